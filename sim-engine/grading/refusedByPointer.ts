import type { Token } from './tokens';

/**
 * "Here, a randomised A/B test after the canary. We are not running one.": a short sentence in
 * which the speaker turns down, by a pro-form at its end ("one", "either", "that", "any order"),
 * what the sentence before set out (read by recitation.ts, which negates that sentence). Not "it"
 * or "them", which more often mean the change itself ("We don't ship it on Fridays").
 */

const SPEAKERS = new Set(['we', 'i']);
const POINTERS = new Set(['one', 'either', 'that', 'those', 'these']);
/** Words of such a refusal: "we are not tracking either", "we don't give anyone that". */
const SHORT_REFUSAL = 7;

export function refusesPointedBack(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word' || token.kind === 'number');
  if (words.length > SHORT_REFUSAL || !SPEAKERS.has(words[0]?.text ?? '')) return false;
  const last = words.length - 1;
  const pointer = POINTERS.has(words[last]?.text ?? '') ? last : anyOf(words);
  if (pointer < 0) return false;
  // "A separate one" is something new, not a pointer: the pointer follows its verb, or the
  // verb's person ("give anyone that").
  const before = words[pointer - 1];
  if (before === undefined || !(before.pos === 'VERB' || OBJECT_PERSONS.has(before.text))) {
    return decidedAgainst(words.slice(1, pointer + 1));
  }
  const verb = words.slice(1, pointer).find((word) => word.pos === 'VERB');
  return verb !== undefined && verb.negated && DOING.has(verb.lemma);
}

/** Verbs that do a practice, whose refusal turns it down: not "I won't touch those". */
const DOING = new Set([
  'run',
  'track',
  'watch',
  'measure',
  'use',
  'do',
  'keep',
  'set',
  'give',
  'have',
  'want',
  'need',
  'hold',
  'write',
  'follow',
  'allow',
  'offer',
  'plan',
]);
const OBJECT_PERSONS = new Set(['anyone', 'anybody', 'them', 'him', 'her', 'us', 'you']);

/** "… any order" at the end: any of the thing just set out. */
function anyOf(words: readonly Token[]): number {
  const at = words.length - 2;
  return words[at]?.text === 'any' && words[at + 1]?.pos === 'NOUN' ? at : -1;
}

/** "We decided against any order", "we ruled against that": "against" just before the pointer. */
function decidedAgainst(words: readonly Token[]): boolean {
  const against = words.findIndex((word) => word.text === 'against');
  return against > 0 && words[against - 1]?.pos === 'VERB' && against >= words.length - 3;
}
