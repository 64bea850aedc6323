import { adoptsWhatCameBefore, isPastForm } from './commitmentTurns';
import { adopts } from './reportedAdvice';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * Who narrates the plan. An interviewer credits a plan to the candidate only when the candidate is
 * the one telling it as theirs: in their own voice (I, we, my, our, us, "mine"), or as an unmarked
 * plan — bullets, fragments, present or future statements about this release — in which no other
 * voice tells it. Once another narrator takes the plan over (a source or person telling it: "the
 * poets say", "here's what it said", "their blog spelled it out"; general practice: "one usually
 * …", "people tend to …", "a good PM would …"; a source named as the answer's frame: "Oh, the
 * textbook, naturally."), every following sentence the speaker does not voice is that narrator's,
 * until the speaker speaks again; and a closing pointer that hands everything before to another
 * narrator ("That's how it's generally done.", "That's the poem, anyway.", "but that's what it
 * said") takes back every earlier sentence the speaker did not voice. The narrator is read from
 * the clause's subject and verb as the language model tags them, so a new telling ("the vendor's
 * whitepaper lays it out") is heard without a cue naming it; the word classes below are the domain
 * as data.
 */

export type Voice = 'speaker' | 'other' | 'none';

const SPEAKER = new Set([
  'i',
  'we',
  'me',
  'my',
  'our',
  'us',
  'mine',
  'ours',
  'myself',
  'ourselves',
]);
/** Verbs by which someone tells a plan: says, writes, spells out, recommends, answers. */
const TELLING = new Set([
  'say',
  'tell',
  'describe',
  'recommend',
  'suggest',
  'propose',
  'advise',
  'spell',
  'outline',
  'claim',
  'argue',
  'preach',
  'teach',
  'prescribe',
  'explain',
  'lay',
  'insist',
  'swear',
  'put',
]);
/** Third persons who may tell a plan, read by part of speech rather than by name. */
const THIRD_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
/** A telling followed by an assent or a metric's reading is a sign-off or a signal, not a plan. */
const NOT_A_TELLING = new Set([
  'go',
  'yes',
  'no',
  'ok',
  'okay',
  'stop',
  'safe',
  'better',
  'nothing',
  'so',
  'red',
  'green',
  'otherwise',
]);
/** Things that measure rather than tell: "the canary says safe", "the dashboard says red". */
const INSTRUMENTS = new Set([
  'canary',
  'dashboard',
  'metric',
  'data',
  'number',
  'graph',
  'chart',
  'alert',
  'monitor',
  'test',
  'result',
  'harness',
  'eval',
  'rate',
  'error',
  'date',
  'calendar',
  'clock',
  'signal',
  'score',
  'experiment',
  'comparison',
  'log',
  'trace',
  'latency',
]);
/** Generic people erring ("people often confuse this …") are corrected by the speaker, not followed. */
const ERRING = new Set(['confuse', 'mistake', 'forget', 'assume', 'misread', 'conflate', 'skip']);
const MODALS = new Set(['would', 'should', 'must', 'will', 'can', 'could', 'might', 'may']);
/** "The lab suggests it is better, but …": the speaker answers the report, in their own voice. */
const CONTRASTS = new Set(['but', 'however', 'though', 'although', 'yet']);
/** General practice: a subject standing for anyone ("one", "people", "teams", "most companies"). */
const GENERIC_AGENTS = new Set([
  'people',
  'folks',
  'teams',
  'companies',
  'organisations',
  'organizations',
  'orgs',
  'shops',
  'pms',
  'candidates',
  'everyone',
  'everybody',
]);
const GENERIC_KINDS = new Set([
  'pm',
  'team',
  'company',
  'organisation',
  'organization',
  'candidate',
]);
const INDEFINITE = new Set(['a', 'an', 'any', 'every', 'most', 'many', 'some']);
/** A written or recited source named as the whole of a short sentence: "Oh, the textbook.". */
const SOURCES = new Set([
  'textbook',
  'book',
  'blog',
  'poem',
  'ode',
  'verse',
  'song',
  'postmortem',
  'chatbot',
  'bot',
  'article',
  'folklore',
  'gospel',
  'theory',
  'playbook',
]);
const HABITUAL = new Set(['usually', 'generally', 'typically', 'normally', 'often', 'tend']);
const CONDITIONS = new Set(['if', 'when', 'unless', 'whether', 'whenever', 'whatever']);
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const VERB_POS = new Set(['VERB', 'AUX']);
const SOURCE_WORDS = 8;

function isSpeaker(token: Token): boolean {
  return SPEAKER.has(token.text) && (token.text !== 'us' || token.pos === 'PRON');
}

/** The verb after a subject at `at`, within two words (an adverb may come between). */
function verbAfter(tokens: readonly Token[], at: number): number {
  for (let i = at + 1; i <= at + 3 && i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (VERB_POS.has(token.pos)) return i;
    if (token.pos !== 'ADV' && token.pos !== 'PART') return -1;
  }
  return -1;
}

const MODIFIERS = new Set(['NOUN', 'ADJ', 'PROPN']);

/** "our platform team", "my lead": the speaker's own people, not another narrator. */
function ownedBySpeaker(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const token = tokens[i] as Token;
    if (isSpeaker(token)) return true;
    if (!MODIFIERS.has(token.pos)) return false;
  }
  return false;
}

/** "the poets say", "what it said", "their blog spelled it out": another voice telling. */
function tellsAt(tokens: readonly Token[], at: number): boolean {
  const subject = tokens[at] as Token;
  if (!SUBJECT_POS.has(subject.pos) || isSpeaker(subject) || subject.text === 'you') return false;
  if (INSTRUMENTS.has(subject.lemma)) return false;
  if (subject.pos === 'PRON' && !THIRD_PRONOUNS.has(subject.text)) return false;
  if (ownedBySpeaker(tokens, at)) return false;
  const verb = verbAfter(tokens, at);
  const told = tokens[verb];
  if (told === undefined || !TELLING.has(told.lemma) || told.negated) return false;
  const said = tokens.slice(verb + 1).find((token) => token.kind !== 'mark');
  if (NOT_A_TELLING.has(said?.text ?? '')) return false;
  // "If the lead says so …", "when the SRE says stop": a condition, not a telling.
  return !tokens.slice(Math.max(0, at - 3), at).some((token) => CONDITIONS.has(token.text));
}

/** "one usually lets …", "people tend to …", "a good PM would …": practice in general. */
function genericAt(tokens: readonly Token[], at: number): boolean {
  const subject = tokens[at] as Token;
  const before = tokens[at - 1];
  const opensClause = before === undefined || before.kind === 'mark' || before.pos === 'CCONJ';
  const verb = verbAfter(tokens, at);
  const acts = tokens[verb];
  if (acts === undefined || acts.lemma === 'be' || ERRING.has(acts.lemma)) return false;
  const modal = MODALS.has(acts.text);
  // "one usually lets …", "one writes the numbers down"; never "one is enough" (a count).
  if (subject.text === 'one') return opensClause;
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
  const words = tokens.filter((token) => token.kind !== 'mark');
  if (words.length > SOURCE_WORDS || words.some((token) => VERB_POS.has(token.pos))) return false;
  return words.some((token) => SOURCES.has(token.lemma));
}

/** Where another narrator is heard in the sentence (for the feedback and the tests). */
export function otherVoiceAt(tokens: readonly Token[]): number {
  return tokens.findIndex((_, at) => tellsAt(tokens, at) || genericAt(tokens, at));
}

const THIRD_OWNERS = new Set(['they', 'he', 'she', 'their', 'his', 'her', 'its']);
const NOUN_PHRASE = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);

/** "They pre-committed …", "Their PM owned the order": a third party's story, told in the past. */
function thirdPartyPastAt(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const opens = before === undefined || before.kind === 'mark' || before.pos === 'CCONJ';
  if (!opens || !THIRD_OWNERS.has(tokens[at]?.text ?? '')) return false;
  let verb = at + 1;
  while (verb < tokens.length && verb <= at + 3 && NOUN_PHRASE.has(tokens[verb]?.pos ?? '')) verb++;
  return VERB_POS.has(tokens[verb]?.pos ?? '') && isPastForm(tokens, verb);
}

const FORWARD = new Set(['follows', 'this', 'so']);

/** "here's roughly what it said", "…, or so the poets say:": the telling introduces what follows. */
function pointsForward(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last?.text === ':') return true;
  return tokens.some((token, at) => {
    const next = tokens[at + 1]?.text ?? '';
    if (token.text === 'here' && tokens[at + 1]?.lemma === 'be') return true;
    if ((token.text === 'as' || token.text === 'like') && FORWARD.has(next)) return true;
    const told = tokens.slice(at + 1, at + 4).some((word) => TELLING.has(word.lemma));
    return token.text === 'what' && told;
  });
}

/** The voice a sentence ends in, and whether another narrator's telling governs what follows. */
export interface VoiceRead {
  readonly voice: Voice;
  readonly governs: boolean;
  /** Marks the whole answer as told, not planned: a telling that governs, or practice in general. */
  readonly marks: boolean;
}

export function readVoice(tokens: readonly Token[]): VoiceRead {
  let speaker = -1;
  let other = -1;
  let story = false;
  let generic = false;
  tokens.forEach((token, at) => {
    if (isSpeaker(token) || (other >= 0 && CONTRASTS.has(token.text))) speaker = at;
    else if (tellsAt(tokens, at)) other = at;
    else if (genericAt(tokens, at)) [other, generic] = [at, true];
    else if (thirdPartyPastAt(tokens, at)) [other, story] = [at, true];
  });
  if (other < 0 && speaker < 0 && namesSource(tokens)) {
    return { voice: 'other', governs: true, marks: true };
  }
  if (other < 0 && speaker < 0) return { voice: 'none', governs: false, marks: false };
  if (speaker > other) return { voice: 'speaker', governs: false, marks: false };
  const governs = story || pointsForward(tokens);
  return { voice: 'other', governs, marks: governs || generic };
}

/** The voice the sentence ends in: the speaker's, another narrator's, or none of its own. */
export function voiceOf(tokens: readonly Token[]): Voice {
  return readVoice(tokens).voice;
}

const POINTERS = new Set(['that', 'this', 'those', 'these']);

/** "That's how it's generally done.", "That's the poem, anyway.", "but that's what it said". */
function handsBack(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (!POINTERS.has(token.text) || tokens[at + 1]?.lemma !== 'be') return false;
    const rest = tokens.slice(at + 2);
    if (rest.some(isSpeaker)) return false;
    const generic = rest.some((word) => HABITUAL.has(word.lemma));
    return generic || rest.some((word) => SOURCES.has(word.lemma)) || voiceOf(rest) === 'other';
  });
}

/** A sentence told by another narrator, with the sentence that made it theirs. */
export interface Narrated {
  readonly setBy: number;
}

/**
 * Sentences whose narrator is not the speaker. Each sentence's own voice sets the narrator; a
 * sentence with no voice of its own keeps the narrator before it (none at the start: an unmarked
 * plan is the speaker's). The speaker adopting what was just told ("That's what I'd do here",
 * "I agree") makes the run theirs again.
 */
export function narratedByOthers(
  sentences: readonly Sentence[],
  reads: readonly VoiceRead[],
): Map<number, Narrated> {
  const found = new Map<number, Narrated>();
  const voices = reads.map((read) => read.voice);
  let setBy = -1;
  reads.forEach(({ voice, governs }, i) => {
    const tokens = sentences[i]?.tokens ?? [];
    if (voice === 'speaker') {
      if (setBy >= 0 && (adoptsWhatCameBefore(tokens) || adopts(tokens))) {
        for (let at = setBy; at < i; at++) found.delete(at);
      }
      setBy = -1;
    }
    // A report that stands alone ("Legal says consent comes first.") is its own sentence only; a
    // telling that introduces what follows, or a story, governs the sentences after it.
    if (voice === 'other') found.set(i, { setBy: i });
    if (voice === 'other' && governs && setBy < 0) setBy = i;
    if (setBy >= 0) found.set(i, { setBy });
    if (handsBack(tokens)) {
      for (let before = 0; before <= i; before++) {
        if (voices[before] !== 'speaker' && !found.has(before)) found.set(before, { setBy: i });
      }
    }
  });
  return found;
}
