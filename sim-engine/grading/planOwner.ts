import type { CueProfile } from './commitmentProfile';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { VIEW_VERBS } from './othersView';
import { adoptsWhatCameBefore, isPastForm, toldInPast } from './commitmentTurns';
import { adopts } from './reportedAdvice';

/**
 * Whose plan an answer tells, read from the subject of its clauses rather than from cue phrases:
 * a sentence whose subject is a third person ("She sends staff first", "They wrote the limits
 * down") or a third person's thing ("Her doc says …", "Their runbook holds a day …") tells
 * someone else's plan. A thing owned by someone else keeps every following sentence in which the
 * speaker does not appear ("Her doc says … The ramp is 1, 5, 25 % …"); a third person alone keeps
 * only the sentences that go on about them ("They …", "It …"), since "They know the product" is
 * as often a cohort's reason. The speaker's own clause (I, we, our team …) takes the answer back.
 * A story is the same in time: two sentences in a row opened by a subject and its verb in the
 * past ("The team did it by the book. The PM owned the order …") tell what others did, until a
 * sentence leaves the past. Fragments, tables and passive memos never open either: they name no
 * other owner and no past.
 */

type Owner = 'none' | 'person' | 'thing' | 'story';

const THIRD_PERSONS = new Set(['she', 'he', 'they']);
// "Their" is as often a cohort's or the platform team's ("Their on-call flips it back"): not an owner.
const THIRD_OWNERS = new Set(['her', 'his']);
/** Verbs by which a document or a person tells a plan: what it says, lists, proposes. */
const TELLING = new Set([
  ...VIEW_VERBS,
  'list',
  'cover',
  'describe',
  'write',
  'lay',
  'set',
  'outline',
]);
const OPENERS = new Set(['and', 'but', 'so', 'then', 'also']);

/** Who the subject of the sentence's first clause is, when it is not the speaker. */
export function thirdPersonOwns(tokens: readonly Token[]): Owner {
  const words = tokens.filter((token) => token.kind !== 'mark');
  let at = 0;
  while (OPENERS.has(words[at]?.text ?? '')) at++;
  const first = words[at];
  if (first === undefined) return 'none';
  const following = words.slice(at + 1, at + 4);
  const verb = following.some((word) => word.pos === 'VERB' || word.pos === 'AUX');
  // "They sign each gate" may be the speaker's approvers; "They wrote the limits down" tells a story.
  const told = following.some(
    (word, i) => isPastForm(words, at + 1 + i) && !DECIDING.has(word.lemma),
  );
  if (THIRD_PERSONS.has(first.text)) return verb && told ? 'person' : 'none';
  // "Her doc says …" tells her plan; "Her team flips the route back" is part of the speaker's.
  const telling = following.some((word) => word.pos === 'VERB' && TELLING.has(word.lemma));
  if (THIRD_OWNERS.has(first.text) && words[at + 1]?.pos === 'NOUN' && telling) return 'thing';
  return 'none';
}

/** "It sends employees first …" after "Her doc says …": the other owner's plan goes on. */
function pointsBack(tokens: readonly Token[]): boolean {
  const first = tokens.find((token) => token.kind !== 'mark');
  return first?.text === 'it' && tokens[1]?.pos === 'VERB';
}

const SUBJECTS = new Set(['NOUN', 'PROPN', 'PRON']);
const STORY_SUBJECT_WORDS = 4;
/** A decision taken stands for this change: "The PM decided the order: …", "She approved the limits". */
const DECIDING = new Set(['decide', 'agree', 'approve', 'choose', 'fix', 'set', 'sign', 'settle']);
const STORY_OPENERS = new Set(['DET', 'PROPN', 'PRON']);

/** A subject, then its verb in the past, opening the sentence: "The team did it by the book." */
function pastFirst(tokens: readonly Token[]): boolean {
  const verb = tokens.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX');
  const subject = tokens.slice(0, verb);
  if (verb < 1 || verb > STORY_SUBJECT_WORDS || !SUBJECTS.has(tokens[verb - 1]?.pos ?? '')) {
    return false;
  }
  // "You asked about limits.": the interviewer's question told back, not a story.
  if (tokens[verb - 1]?.text === 'you' && tokens[verb]?.lemma === 'ask') return false;
  // A clause, not a fragment: a determiner or a name opens it and nothing but words come before
  // the verb, and the verb is not a label ("Order: staff → beta …", "Stages held: a day each").
  const opens = STORY_OPENERS.has(tokens[0]?.pos ?? '');
  const label = tokens[verb + 1]?.kind !== 'word' && tokens[verb + 1]?.kind !== 'number';
  // "The order was agreed: staff, beta, everyone" records a decision taken, in a memo's passive.
  if (tokens[verb]?.pos === 'AUX' && tokens[verb + 1]?.pos === 'VERB') return false;
  if (DECIDING.has(tokens[verb]?.lemma ?? '')) return false;
  return (
    opens && !label && subject.every((token) => token.kind === 'word') && isPastForm(tokens, verb)
  );
}

/**
 * "The prompt was only read by the English lot, so the Berlin office gets it day one": a past
 * fact given as the reason for a consequence in the present is the plan's reason, not a story.
 */
function presentConsequence(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (token.text !== 'so' || !CONSEQUENCE_MARKS.has(tokens[at - 1]?.text ?? '')) return false;
    const rest = tokens.slice(at + 1);
    return rest.some((word) => word.pos === 'VERB' || word.pos === 'AUX') && !toldInPast(rest);
  });
}

const CONSEQUENCE_MARKS = new Set([',', ';']);

/** A story: this sentence and the next told in the past, neither by the speaker. */
function narrated(sentences: readonly Sentence[], profiles: readonly CueProfile[], at: number) {
  const next = sentences[at + 1];
  const tokens = sentences[at]?.tokens ?? [];
  return (
    next !== undefined &&
    !profiles[at + 1]?.speaker &&
    pastFirst(tokens) &&
    !presentConsequence(tokens) &&
    !limitLine(tokens) &&
    toldInPast(next.tokens) &&
    // "The Numbers Written Down (2:40)." then "Signed on Monday, before any traffic moves: error
    // rate more than 0.5 % worse than now, …": a title over the limits, not a story's opening.
    !limitLine(next.tokens)
  );
}

const COMPARED = new Set(['worse', 'better']);

/**
 * "Baskets added from recommendations more than 2 % worse than the old-model group, tie up": a
 * limit and what it sets off, its participle ("added") no past tense; a story says what got worse
 * with a verb of its own ("errors got 2 % worse").
 */
function limitLine(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, at) =>
      COMPARED.has(token.text) &&
      tokens[at - 1]?.kind === 'number' &&
      !tokens.slice(0, at).some((word) => word.lemma === 'get' || word.lemma === 'become'),
  );
}

const SETTING_LINKS = new Set(['with', 'where', 'that', 'which']);
const THIS_CHANGE = new Set(['this', 'here', 'ours', 'these']);

/** "In a company with a platform team, it goes like this.": a plan for some other place. */
function elsewhere(tokens: readonly Token[]): boolean {
  const [into, a, place, link] = tokens;
  const indefinite = a?.text === 'a' || a?.text === 'an';
  const setting = place?.pos === 'NOUN' && SETTING_LINKS.has(link?.text ?? '');
  // "In a release with this much risk, …" is this change described, not another place.
  const thisChange = tokens.some((token) => THIS_CHANGE.has(token.text) && token.pos !== 'PRON');
  return into?.text === 'in' && indefinite && setting && !thisChange;
}

/** "Here is your homework.", "These are your decisions:": the plan handed to the listener. */
function handedToListener(tokens: readonly Token[]): boolean {
  // "(Finance: that is your number)" is an aside to one reader, not the plan handed over.
  let depth = 0;
  return tokens.some((token, i) => {
    if (token.text === '(') depth++;
    if (token.text === ')') depth = Math.max(0, depth - 1);
    const yours = tokens[i + 1]?.text === 'your' && tokens[i + 2]?.pos === 'NOUN';
    return depth === 0 && token.lemma === 'be' && yours;
  });
}

/** Who owns the plan this sentence opens: a third person, their thing, a story, another place. */
function ownerOf(
  sentences: readonly Sentence[],
  profiles: readonly CueProfile[],
  at: number,
): Owner {
  const tokens = sentences[at]?.tokens ?? [];
  // An interviewer's question ("Q: What is your rollout order?") hands nothing over.
  if (tokens.some((token) => token.text === '?')) return 'none';
  if (elsewhere(tokens) || handedToListener(tokens)) return 'thing';
  const owner = thirdPersonOwns(tokens);
  return owner === 'none' && narrated(sentences, profiles, at) ? 'story' : owner;
}

const SOMEDAY = new Set(['once', 'someday', 'eventually']);
const TENTATIVE = new Set(['could', 'might']);

/**
 * "Once the payments team has a routing switch, we could look at something like: …": a plan for a
 * later time, on a condition not met yet, said with a tentative modal. The sentence alone.
 */
function someday(tokens: readonly Token[]): boolean {
  const comma = tokens.findIndex((token) => token.text === ',');
  if (!SOMEDAY.has(tokens[0]?.text ?? '') || comma < 0) return false;
  return tokens.slice(comma + 1, comma + 4).some((token) => TENTATIVE.has(token.text));
}

/** The sentence that named the plan's owner, and whether it was a later time rather than a person. */
export interface OthersPlan {
  readonly setBy: number;
  readonly later: boolean;
}

/**
 * Sentence indexes told as someone else's plan, each with the sentence that named the owner.
 * Sentences already read under another frame are left as they are by the caller.
 */
export function othersPlan(
  sentences: readonly Sentence[],
  profiles: readonly CueProfile[],
): Map<number, OthersPlan> {
  const found = new Map<number, OthersPlan>();
  let setBy = -1;
  let owner: Owner = 'none';
  // "Two years ago I moved a product …": once the speaker tells their own past, a story told on
  // in the past without them ("The tripwires were agreed before launch") is still theirs.
  const ownPast = sentences.some(
    (sentence, i) => profiles[i]?.speaker === true && toldInPast(sentence.tokens),
  );
  sentences.forEach((sentence, i) => {
    const profile = profiles[i] as CueProfile;
    if (someday(sentence.tokens)) found.set(i, { setBy: i, later: true });
    const told = profile.speaker ? 'none' : ownerOf(sentences, profiles, i);
    const own = told === 'story' && ownPast ? 'none' : told;
    // "Her runbook says … . Here I would do the same.": the speaker adopts the run just told.
    if (profile.speaker && setBy >= 0 && i - 1 >= setBy && found.get(i - 1)?.setBy === setBy) {
      if (adoptsWhatCameBefore(sentence.tokens) || adopts(sentence.tokens)) {
        for (let at = setBy; at < i; at++) if (!found.get(at)?.later) found.delete(at);
      }
    }
    if (profile.speaker) owner = 'none';
    else if (own !== 'none' && owner === 'none') [owner, setBy] = [own, i];
    else if (own === 'none' && owner === 'person' && !pointsBack(sentence.tokens)) owner = 'none';
    else if (owner === 'story' && !toldInPast(sentence.tokens)) owner = 'none';
    if (owner !== 'none') found.set(i, { setBy, later: false });
  });
  return found;
}
