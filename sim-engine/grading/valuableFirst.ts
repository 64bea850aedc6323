import type { SegmentKind } from '../domain/plan';
import type { Match } from './match';
import { BOUNDARIES, findAll, has, lexicon } from './match';
import type { Sentence } from './sentences';

/**
 * The misconception of the cohort order: the most valuable (or newest) customers put first. It
 * halves a whole answer, so it is read only where the group is given the first place, not where
 * "first" sits near it as another word's attribute or after the group has been put at the end.
 */

/** The groups a careful order puts last: the valuable and the new. */
export const LAST_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>([
  'high-value',
  'new-customer',
]);
/** Words of the end of an order. */
export const LAST = lexicon(
  'last | finally | lastly | at the end | in the end | only after | later | only once | final wave | ' +
    'final stage | final step | final ring',
);

/** "Enterprise customers first" or "start with our biggest accounts": the group put first. */
export function valuableFirst(
  sentence: Sentence,
  found: ReadonlyMap<SegmentKind, Match[]>,
): SegmentKind | undefined {
  const tokens = sentence.tokens;
  for (const kind of LAST_KINDS) {
    for (const match of found.get(kind) ?? []) if (leads(tokens, match)) return kind;
  }
  return undefined;
}

/**
 * The valuable groups a sentence puts at the end without putting them first: "enterprise
 * accounts last", "new customers … in the end". An answer that also does so for a group it
 * seemed to put first does not hold the misconception plainly enough to halve it.
 */
export function valuableLast(
  sentence: Sentence,
  found: ReadonlyMap<SegmentKind, Match[]>,
  led: SegmentKind | undefined,
  into: Set<SegmentKind>,
): void {
  if (!found.has('high-value') && !found.has('new-customer')) return;
  if (!has(sentence.tokens, LAST)) return;
  for (const kind of LAST_KINDS) if (found.has(kind) && kind !== led) into.add(kind);
}

/** "Enterprise first", "start with enterprise": the group leads the order. */
function leads(tokens: Sentence['tokens'], match: Match): boolean {
  // "start with our largest enterprise customers": the group's own adjectives are part of it.
  let opening = match.start;
  while (tokens[opening - 1]?.pos === 'ADJ') opening--;
  // "… who try things first, first-summer renters last": in a run-on, the "first" before a group
  // named by its first summer ends the clause before it.
  if (tokens[opening]?.text === 'first' && tokens[opening - 1]?.text === 'first') return false;
  if (predicateAfterFirst(tokens, opening)) return false;
  return (
    placedFirstAfter(tokens, match.end) ||
    headedFirst(tokens, opening) ||
    // "Staff first and enterprise last": a "first" before "and" or "then" leads the group before.
    (nearby(tokens, opening - 1, -1, 3, ['first', 'start', 'begin', 'starting']) &&
      !nearby(tokens, opening - 1, -1, 3, ['and', 'then']))
  );
}

/**
 * "…: the first are the most valuable, the second the least patient": "the first" points back,
 * as "the former" does, and what it is said to be is no group put first.
 */
function predicateAfterFirst(tokens: Sentence['tokens'], opening: number): boolean {
  const article = tokens[opening - 1]?.pos === 'DET' ? opening - 1 : opening;
  const be = tokens[article - 1];
  if (be?.lemma !== 'be') return false;
  return tokens[article - 2]?.text === 'first' && tokens[article - 3]?.text === 'the';
}

/** "Who goes first: our biggest enterprise customers": a heading that asks for the first place. */
function headedFirst(tokens: Sentence['tokens'], opening: number): boolean {
  let at = opening - 1;
  while (tokens[at]?.pos === 'DET' || tokens[at]?.pos === 'PRON') at--;
  if (tokens[at]?.text !== ':') return false;
  const before = tokens[at - 1]?.text === 'up' ? at - 2 : at - 1;
  return tokens[before]?.text === 'first';
}

// "put enterprise customers on it first": a short phrase may stand between the group and its place.
const FIRST_REACH = 4;
const PLACE_AFTER_REACH = 8;
const NOTE_BREAKS = new Set(['—', '–', '-', '|']);

/**
 * The place the clause gives a group after naming it. "First" before a noun is the noun's
 * attribute ("new customers on their first order"), not a place; a word of the end reached
 * first ("… making a first payment are in the end") puts the group last, so it does not lead.
 */
function placedFirstAfter(tokens: Sentence['tokens'], from: number): boolean {
  let first = -1;
  for (let i = from; i < tokens.length && i - from < PLACE_AFTER_REACH && first < 0; i++) {
    const text = tokens[i]?.text ?? '';
    // "… enterprise tenants — free first because …": a dash starts another note's clause.
    if (BOUNDARIES.has(text) || NOTE_BREAKS.has(text)) return false;
    if (text === 'first' && !modifiesNoun(tokens, i) && !firstToAct(tokens, i)) first = i;
  }
  if (first < 0 || first - from >= FIRST_REACH) return false;
  // Words of the end are looked for only once a "first" is near (most groups have none).
  return !findAll(tokens, LAST).some((end) => end.start >= from && end.start < first);
}

/** Words before "first" that make it part of a noun phrase: "their first three orders". */
const POSSESSIVES = new Set(['their', 'its', 'our', 'his', 'her', 'my', 'your']);
/** What follows a "first" that describes a noun: "first order", "first three orders". */
const MODIFIED = new Set(['NOUN', 'NUM', 'ADJ']);

/**
 * "New customers in their first three orders … go last": a "first" that describes a noun (before
 * it, a number, or after a possessive) dates something in the group, and places nothing.
 */
function modifiesNoun(tokens: Sentence['tokens'], at: number): boolean {
  const next = tokens[at + 1];
  if (next !== undefined && (MODIFIED.has(next.pos) || next.kind === 'number')) return true;
  return POSSESSIVES.has(tokens[at - 1]?.text ?? '');
}

/**
 * "… since they're our highest-value customers and the first to notice bad baskets": "the first
 * to" and a verb says who acts first, not which group the order puts first.
 */
function firstToAct(tokens: Sentence['tokens'], at: number): boolean {
  return tokens[at - 1]?.text === 'the' && tokens[at + 1]?.text === 'to';
}

function nearby(
  tokens: Sentence['tokens'],
  from: number,
  step: 1 | -1,
  reach: number,
  words: readonly string[],
): boolean {
  for (let i = from, n = 0; n < reach && i >= 0 && i < tokens.length; i += step, n++) {
    const text = tokens[i]?.text ?? '';
    // "… wee slices first — the big accounts last": a dash starts another note.
    if (BOUNDARIES.has(text) || NOTE_BREAKS.has(text)) return false;
    if (words.includes(text)) return true;
  }
  return false;
}
