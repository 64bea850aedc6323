import { isPastForm } from './commitmentTurns';
import { adopts } from './reportedAdvice';
import { supposedTelling } from './supposedTelling';
import { colonAfter, isSpeaker, tellsAt, verbAfter } from './tellings';
import {
  TELLING,
  THIRD_PRONOUNS,
  ERRING,
  MODALS,
  CONTRASTS,
  GENERIC_AGENTS,
  GENERIC_KINDS,
  INDEFINITE,
  SOURCES,
  HABITUAL,
  VERB_POS,
  SOURCE_WORDS,
  DECIDING,
  THIRD_OWNERS,
  DOCUMENTS,
  THIRD_POSSESSIVES,
} from './narratorWords';
import type { Token } from './tokens';

/**
 * Who narrates the plan. An interviewer credits a plan to the candidate only when the candidate is
 * the one telling it as theirs: in their own voice (I, we, my, our, us, "mine"), or as an unmarked
 * plan — bullets, fragments, present or future statements about this release — in which no other
 * voice tells it. Each sentence is read for the voice it ends in: the speaker's, or another
 * narrator's — a source or person telling a plan ("the poets say", "here's what it said"), practice
 * in general ("one usually …", "people tend to …", "a good PM would …"), a third party's story in
 * the past ("Their PM owned the order"), a source named as the answer's frame ("Oh, the textbook,
 * naturally.") — or none of its own. Whether another narrator's telling governs the sentences after
 * it (a telling that introduces what follows, a story, a source as frame) is read here too;
 * narratedRuns.ts carries it, speakerCommits.ts judges the whole answer. The narrator is read from
 * the clause's subject and verb as the language model tags them, so a new telling ("the vendor's
 * whitepaper lays it out like this:") is heard without a cue naming it; narratorWords.ts holds
 * the word classes as data.
 */

export type Voice = 'speaker' | 'other' | 'none';

export { isSpeaker };

/** "one usually lets …", "people tend to …", "a good PM would …": practice in general. */
function genericAt(tokens: readonly Token[], at: number): boolean {
  const subject = tokens[at] as Token;
  if (!isGeneralWord(subject)) return false;
  const before = tokens[at - 1];
  const opensClause = before === undefined || before.kind === 'mark' || before.pos === 'CCONJ';
  const verb = verbAfter(tokens, at);
  const acts = tokens[verb];
  if (acts === undefined || acts.lemma === 'be' || ERRING.has(acts.lemma)) return false;
  const modal = MODALS.has(acts.text);
  // "one usually lets …", "one writes the numbers down"; never "one is enough" (a count), nor
  // "one forced cold-cache restart" (a count before a participle): the generic "one" takes the
  // present or a modal.
  if (subject.text === 'one') return opensClause && (modal || acts.text.endsWith('s'));
  if (GENERIC_AGENTS.has(subject.text) && subject.pos !== 'VERB') {
    // "People hesitate at night" describes users; "people usually …", "teams would …" a practice.
    const habit = tokens.slice(at + 1, verb + 2).some((token) => HABITUAL.has(token.lemma));
    return opensClause && (habit || modal);
  }
  if (!GENERIC_KINDS.has(subject.lemma)) return false;
  const article = tokens.slice(Math.max(0, at - 2), at).some((token) => INDEFINITE.has(token.text));
  return article && modal;
}

/** "Oh, the textbook, naturally.": a short sentence with no verb that names a source. */
function namesSource(tokens: readonly Token[]): boolean {
  let words = 0;
  let source = false;
  for (const [at, token] of tokens.entries()) {
    if (token.kind === 'mark') continue;
    if (++words > SOURCE_WORDS || VERB_POS.has(token.pos)) return false;
    source ||= SOURCES.has(token.lemma) && !numberedPart(tokens, at);
  }
  return source;
}

/** "Article 1.", "Verse 2": a part of the answer's own, numbered, not a source it cites. */
function numberedPart(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next !== undefined && (next.kind === 'number' || next.pos === 'NUM');
}

/** Where another narrator is heard in the sentence (for the feedback and the tests). */
export function otherVoiceAt(tokens: readonly Token[]): number {
  return tokens.findIndex((_, at) => tellsAt(tokens, at) || genericAt(tokens, at));
}

const NOUN_PHRASE = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);

/** "They pre-committed …", "Their PM owned the order": a third party's story, told in the past. */
function thirdPartyPastAt(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const opens = before === undefined || before.kind === 'mark' || before.pos === 'CCONJ';
  if (!opens || !THIRD_OWNERS.has(tokens[at]?.text ?? '')) return false;
  let verb = at + 1;
  while (verb < tokens.length && verb <= at + 3 && NOUN_PHRASE.has(tokens[verb]?.pos ?? '')) verb++;
  // "She approved the pace": a decision taken stands for this change; it tells no story.
  const told = tokens[verb];
  if (told === undefined || DECIDING.has(told.lemma)) return false;
  // "Early-access buyers; they opted in.", "the early list (they opted in)": "they" after a group
  // just named is that group, and its past is why it is in the order, not someone's story.
  if (groupNamedBefore(tokens, at)) return false;
  return VERB_POS.has(told.pos) && isPastForm(tokens, verb);
}

/** Words back from "they" to the group it may stand for: "early-access buyers; they". */
const GROUP_REACH = 3;

function groupNamedBefore(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== 'they') return false;
  // "the early-pairs list (they opted in)": a bracket on the group's noun says who they are.
  if (tokens[at - 1]?.text === '(') return tokens[at - 2]?.pos === 'NOUN';
  if (tokens[at - 1]?.text !== ';') return false;
  return tokens
    .slice(Math.max(0, at - 1 - GROUP_REACH), at - 1)
    .some((token) => token.pos === 'NOUN' && token.text !== token.lemma);
}

const FORWARD = new Set(['follows', 'this', 'so']);

function pointsForward(tokens: readonly Token[], from: number): boolean {
  // "The simulator recommends this: staff first, …": the telling's own content follows a colon.
  if (colonAfter(tokens, from)) return true;
  return tokens.some((token, at) => {
    const next = tokens[at + 1]?.text ?? '';
    if (token.text === 'here' && tokens[at + 1]?.lemma === 'be') return true;
    if ((token.text === 'as' || token.text === 'like') && FORWARD.has(next)) return true;
    const told = tokens.slice(at + 1, at + 4).some((word) => TELLING.has(word.lemma));
    return token.text === 'what' && told;
  });
}

function isGeneralWord(token: Token): boolean {
  return token.text === 'one' || GENERIC_AGENTS.has(token.text) || GENERIC_KINDS.has(token.lemma);
}

/** "At Acme they run it like this.": a third party showing how they do it, in any tense. */
function thirdPartyShowsHow(tokens: readonly Token[], at: number): boolean {
  if (!THIRD_PRONOUNS.has(tokens[at]?.text ?? '') || tokens[at]?.text === 'it') return false;
  const verb = tokens[at + 1]?.pos === 'VERB' || tokens[at + 2]?.pos === 'VERB';
  const shows = tokens.some(
    (token, i) => SHOWING.has(token.text) && FORWARD.has(tokens[i + 1]?.text ?? ''),
  );
  return verb && shows;
}

const SHOWING = new Set(['like', 'as']);

/** "Summary of the platform team's proposal:": another's document introducing what follows. */
function anothersDocument(tokens: readonly Token[]): boolean {
  if (!colonAfter(tokens, -1)) return false;
  return tokens.some((token, at) => {
    if (token.text !== "'s" && !THIRD_POSSESSIVES.has(token.text)) return false;
    return tokens.slice(at + 1, at + 4).some((owned) => DOCUMENTS.has(owned.lemma));
  });
}

/**
 * Which readings a sentence needs: a verb of telling, a word for people in general, a third party,
 * the speaker. The commitment reading passes them from its one pass over each sentence's words
 * (commitmentProfile.ts); most sentences have none of the first three and skip their readings.
 */
export interface VoiceCandidates {
  readonly telling: boolean;
  readonly general: boolean;
  readonly third: boolean;
  readonly speaks: boolean;
  /** A document's name ("proposal", "runbook"): someone else's may introduce the plan. */
  readonly document: boolean;
}

function candidates(tokens: readonly Token[]): VoiceCandidates {
  let telling = false;
  let general = false;
  let third = false;
  let speaks = false;
  let document = false;
  for (const token of tokens) {
    telling ||= TELLING.has(token.lemma);
    general ||= isGeneralWord(token);
    third ||= THIRD_OWNERS.has(token.text);
    speaks ||= isSpeaker(token);
    document ||= DOCUMENTS.has(token.lemma);
  }
  return { telling, general, third, speaks, document };
}

/** The voice a sentence ends in, and whether another narrator's telling governs what follows. */
export interface VoiceRead {
  readonly voice: Voice;
  readonly governs: boolean;
  /** Marks the whole answer as told, not planned: a telling that governs, or practice in general. */
  readonly marks: boolean;
  /** A third party's story: it runs on only while the sentences after it stay in the past. */
  readonly story: boolean;
}

export function readVoice(
  tokens: readonly Token[],
  words: VoiceCandidates = candidates(tokens),
): VoiceRead {
  // Most sentences have no word any reading needs and skip the scan entirely.
  if (!words.telling && !words.general && !words.third) return unscanned(tokens, words);
  const heard = scan(tokens, words);
  const { speaker, other, story, generic, contrasted } = heard;
  if (other < 0) return speaker >= 0 ? SPEAKER_VOICE : unscanned(tokens, words);
  // "If a candidate told me the following, I'd give full marks: …": what follows the colon is
  // still the telling's, unless the speaker answers it ("…, but I'd hold a day") or takes it up
  // ("People tell you to start with staff, and I do: …").
  const forward = pointsForward(tokens, other);
  if (speaker > other && (contrasted || !forward || adopts(tokens))) return SPEAKER_VOICE;
  const governs = story || forward;
  return { voice: 'other', governs, marks: governs || generic, story: story && !forward };
}

export const SPEAKER_VOICE: VoiceRead = {
  voice: 'speaker',
  governs: false,
  marks: false,
  story: false,
};

/** A sentence with no other narrator: the speaker's, a source named as the frame, or no voice. */
function unscanned(tokens: readonly Token[], words: VoiceCandidates): VoiceRead {
  if (words.speaks) return SPEAKER_VOICE;
  const source = namesSource(tokens) || (words.document && anothersDocument(tokens));
  return { voice: source ? 'other' : 'none', governs: source, marks: source, story: false };
}

interface Heard {
  speaker: number;
  other: number;
  story: boolean;
  generic: boolean;
  contrasted: boolean;
}

/** Where the speaker and another narrator are last heard in the sentence. */
function scan(tokens: readonly Token[], words: VoiceCandidates): Heard {
  const heard: Heard = { speaker: -1, other: -1, story: false, generic: false, contrasted: false };
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const contrast = heard.other >= 0 && CONTRASTS.has(token.text);
    heard.contrasted ||= contrast;
    if (isSpeaker(token) || contrast) heard.speaker = at;
    else if (words.telling && tellsAt(tokens, at) && !supposedTelling(tokens, at)) heard.other = at;
    else if (words.general && genericAt(tokens, at)) [heard.other, heard.generic] = [at, true];
    else if (words.third && thirdPartyPastAt(tokens, at)) [heard.other, heard.story] = [at, true];
    else if (words.third && thirdPartyShowsHow(tokens, at)) heard.other = at;
  }
  return heard;
}

/** The voice the sentence ends in: the speaker's, another narrator's, or none of its own. */
export function voiceOf(tokens: readonly Token[]): Voice {
  return readVoice(tokens).voice;
}
