import { WEEKDAYS } from './quantityWords';
import { hasSpeaker } from './speaker';
import type { Token } from './tokens';
import { isDuration } from './tokens';

/**
 * How the speaker turns within an answer (read by commitment.ts): hedging, telling the past,
 * re-anchoring on this change, adopting a plan told before, or dropping everything said so far.
 */

/** Verbs that put aside everything said before: "skip all that", "drop the lot". */
export const DROPPING: ReadonlySet<string> = new Set([
  'skip',
  'drop',
  'forget',
  'ditch',
  'scrap',
  'abandon',
  'bypass',
  'bin',
  'ignore',
  'shelve',
]);
const ALL_OF_IT = new Set(['all', 'everything', 'lot', 'whole', 'most']);
/** A release to everyone at once: "just ship it to everyone", "switch everyone over". */
export const RELEASING: ReadonlySet<string> = new Set([
  'ship',
  'release',
  'launch',
  'push',
  'switch',
  'move',
  'flip',
  'put',
  'turn',
  'enable',
  'open',
  'roll',
  'give',
  'send',
]);
const AT_ONCE = new Set(['just', 'straight', 'simply']);
/** How a speaker turns away from what they said: "but honestly", "in practice", "here". */
const WITHDRAWING = new Set([
  'but',
  'honestly',
  'realistically',
  'practice',
  'reality',
  'frankly',
  'truthfully',
  'though',
  'however',
  'here',
  'actually',
]);
const EVERYONE = new Set(['everyone', 'everybody', 'all']);
/** Conditions and sequence that make a release to everyone a plan's last stage, not a shortcut. */
const STAGED = new Set([
  'if',
  'once',
  'after',
  'when',
  'until',
  'then',
  'unless',
  'only',
  'finally',
  'eventually',
  'last',
  'lastly',
]);
/** Re-anchoring on this change: "here", "this time", "for this launch". */
const THIS_CHANGE = new Set(['here', 'now']);
const SAME_AGAIN = new Set(['same', 'exactly', 'likewise', 'again']);
const DOING = new Set(['do', 'follow', 'copy', 'repeat', 'reuse', 'apply', 'keep', 'run', 'want']);
const POINTING = new Set(['that', 'this', 'it', 'those', 'these']);
const VERBISH = new Set(['VERB', 'AUX']);
const THIS_TIME = (tokens: readonly Token[]): boolean =>
  tokens.some((token, i) => token.text === 'this' && tokens[i + 1]?.text === 'time');
const THIRD_PARTY = new Set(['she', 'he', 'they', 'her', 'his', 'their', 'them']);

/** "It depends." opening a sentence: the speaker declines to choose. */
export function opensWithItDepends(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'mark').slice(0, 3);
  if (words[0]?.text === 'it' && words.some((word) => word.lemma === 'depend')) return true;
  return declinesToCommit(tokens);
}

/**
 * "Hard to say", "I'm not sure": the speaker declines to choose. (Refusing to commit to numbers
 * up front is a stance on the limits, read as such, not a hedge.)
 */
function declinesToCommit(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    const next = tokens[i + 1]?.text;
    if (token.text === 'hard' && next === 'to' && tokens[i + 2]?.text === 'say') return true;
    return token.text === 'not' && next === 'sure' && tokens[i - 1]?.text === 'am';
  });
}

/** A verb in a past form as the model reads it ("owned", "went", "had", "was"), not a participle after an auxiliary. */
export function isPastForm(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (!VERBISH.has(token.pos)) return false;
  if (['was', 'were', 'did', 'had'].includes(token.text)) return true;
  if (token.pos !== 'VERB') return false;
  if (token.text === token.lemma) return bareAfterSingular(tokens, at);
  if (token.text.endsWith('ing') || token.text.endsWith('s')) return false;
  return tokens[at - 1]?.pos !== 'AUX';
}

/** One person or thing as the subject: its present verb would end in -s. */
const SINGULAR_SUBJECTS = new Set(['someone', 'somebody', 'he', 'she', 'nobody', 'everyone']);

/**
 * "Someone read the canary as proof", "she put it live": a verb whose past is its bare form, after
 * a singular subject that would need "reads" or "puts" in the present (not after "should she").
 */
function bareAfterSingular(tokens: readonly Token[], at: number): boolean {
  return SINGULAR_SUBJECTS.has(tokens[at - 1]?.text ?? '') && tokens[at - 2]?.pos !== 'AUX';
}

/** The first verb or auxiliary of the sentence is in a past form: it tells what happened. */
export function toldInPast(tokens: readonly Token[]): boolean {
  // The first clause decides; the tagger may read a noun as a verb ("staff got it first"), so a
  // bare form does not end the search, a present or future auxiliary does.
  let verbs = 0;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    // "My honest guesses: it told someone …": a label before a colon is no clause of its own.
    if (token.text === ':' && verbs === 0) continue;
    // "Three days in, finance noticed …": a fronted time before the first verb is no clause.
    if (token.text === ',' && verbs === 0 && frontedTime(tokens.slice(0, at))) continue;
    // "— My guesses: …": a sentence may open on a list's or a run-on's dash.
    if (at === 0 && token.kind === 'mark') continue;
    if (CLAUSE_ENDS.has(token.text)) return false;
    if (VERBISH.has(token.pos)) verbs++;
    if (token.pos === 'AUX' && PRESENT_AUXILIARIES.has(token.text)) return false;
    if (VERBISH.has(token.pos) && isPastForm(tokens, at)) return true;
  }
  return false;
}

const CLAUSE_ENDS = new Set([',', ';', ':', '.', '!', '?', '—']);

/** Words of a time: "Three days in", "By Friday", "An hour later", "That night". */
const TIME_WORDS = new Set([
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'night',
  'morning',
  'evening',
  'afternoon',
  'later',
  'eventually',
  'soon',
  ...WEEKDAYS,
]);
const FRONTED_WORDS = 4;

function frontedTime(fronted: readonly Token[]): boolean {
  // "Three days" reads as one number with its unit.
  const time = (token: Token) => TIME_WORDS.has(token.lemma) || isDuration(token.unit);
  return fronted.length <= FRONTED_WORDS && fronted.some(time);
}
const PRESENT_AUXILIARIES = new Set([
  'is',
  'are',
  'am',
  'will',
  'would',
  'can',
  'shall',
  'do',
  'does',
  'has',
  'have',
  'must',
  'should',
]);

/** "She", "they", "their team": the sentence is about a third party. */
export function aboutThirdParty(tokens: readonly Token[]): boolean {
  return tokens.slice(0, 4).some((token) => THIRD_PARTY.has(token.text)) && !hasSpeaker(tokens);
}

/**
 * The speaker putting aside everything said before: "we would skip all that", "I'd drop the lot",
 * or a release to everyone at once with no stage before it ("just ship it to everyone", "switch
 * everyone over on Monday").
 */
export function dropsThePlan(tokens: readonly Token[]): boolean {
  if (!hasSpeaker(tokens) || tokens.some((token) => STAGED.has(token.text))) return false;
  const withdrawing = tokens.some((token) => WITHDRAWING.has(token.text));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.pos !== 'VERB' || verbNegated(tokens, i)) continue;
    const after = tokens.slice(i + 1, i + 5);
    if (DROPPING.has(token.lemma) && after.some((t) => ALL_OF_IT.has(t.text))) return true;
    // "This time we'll skip it": a pronoun standing for the plan, dropped as a turn away.
    const pronoun = after[0]?.pos === 'PRON' && POINTING.has(after[0]?.text ?? '');
    if (DROPPING.has(token.lemma) && pronoun && (withdrawing || THIS_TIME(tokens))) return true;
    // "But honestly we'd just switch everyone over": a release to all at once, said as a turn away.
    const released = RELEASING.has(token.lemma) && AT_ONCE.has(tokens[i - 1]?.text ?? '');
    if (released && withdrawing && !weighedOnly(tokens, i - 1)) {
      if (after.some((t) => EVERYONE.has(t.text))) return true;
    }
  }
  return false;
}

/** Verbs that weigh an option without taking it: "I did consider just launching to everyone". */
const WEIGHING = new Set(['consider', 'weigh', 'contemplate', 'debate', 'entertain']);

/** The release to everyone is what the speaker weighed, the verb of weighing just before it. */
function weighedOnly(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at - 1];
  return verb !== undefined && WEIGHING.has(verb.lemma) && !verb.negated;
}

/** "We wouldn't skip any of it": a negation before the verb (the verb's own flag may be the object's). */
function verbNegated(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    if (['not', 'never', 'no'].includes(tokens[i]?.text ?? '')) return true;
  }
  return false;
}

/** "Here I'd do the same", "that's what I'd do here", "same plan here": the speaker adopts a plan told before. */
export function adoptsWhatCameBefore(tokens: readonly Token[]): boolean {
  if (!hasSpeaker(tokens) || tokens.some((token) => token.negated)) return false;
  // "So this time I'm doing it differently": done otherwise, not done the same.
  if (tokens.some((token) => DIFFERING.has(token.text))) return false;
  const doing = tokens.some((token) => DOING.has(token.lemma));
  const choosing = tokens.some(
    (token, at) => CHOOSING.has(token.lemma) && speakerChooses(tokens, at),
  );
  // Neither done nor chosen, nothing is adopted: the other cues need not be read (asked per sentence).
  if (!doing && !choosing) return false;
  const same = tokens.some((token) => SAME_AGAIN.has(token.text));
  const pointing = tokens.some((token) => POINTING.has(token.text));
  const what = tokens.some((token) => token.text === 'what');
  // "I would keep that here", "we'd do it this time too": the plan told, pointed to, for this change.
  const here = tokens.some((token) => THIS_CHANGE.has(token.text)) || THIS_TIME(tokens);
  const option = tokens.some((token) => token.lemma === 'option' || token.lemma === 'alternative');
  // "I keep all of that": the whole of what was told, kept.
  const whole = tokens.some((token) => token.text === 'all') && pointing;
  return (
    (doing && (same || whole || (pointing && (what || here)))) || (choosing && (option || pointing))
  );
}

const DIFFERING = new Set(['differently', 'different', 'otherwise', 'instead']);

/** "I'd go with option B", "we pick the second": the speaker chooses among what was laid out. */
const CHOOSING = new Set(['pick', 'choose', 'opt', 'select']);

/**
 * A choosing verb whose subject is the speaker, a word or three before it ("we pick", "I'd
 * probably choose"); "users who opted into previews" is a group's own choice, not the speaker's.
 */
function speakerChooses(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.pos !== 'VERB') return false;
  for (let before = at - 1; before >= 0 && before >= at - 3; before--) {
    const text = tokens[before]?.text ?? '';
    if (RELATIVES.has(text)) return false;
    if (text === 'i' || text === 'we') return true;
  }
  return false;
}

const RELATIVES = new Set(['who', 'that', 'which', 'whom']);

/** Opens on "here", "this time", "for this change/launch": the speaker turns to this change. */
export function turnsToThisChange(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'mark');
  const first = words[0]?.text ?? '';
  if (THIS_CHANGE.has(first)) return true;
  if (first === 'this' && words[1]?.text === 'time') return true;
  return ['for', 'in'].includes(first) && words[1]?.text === 'this';
}
