import type { Token } from './tokens';

/** A counted entry opening a line, read by listHeadings.ts's line labels. */

/** A letter and its number as one word: "R6", "Q1" (not "12", which may open a ramp "12, 25, …"). */
const LETTERED_NUMBER = /^[a-z]\d+$/u;

/**
 * "R6," or "Round 6," opening the line, a word after its comma: the entry's tokens, or 0. A number
 * alone is not an entry ("1, 5, 25, 100" is a ramp).
 */
export function countedEntryLength(tokens: readonly Token[], start: number): number {
  const label = entryTokens(tokens[start], tokens[start + 1]);
  const closed = label > 0 && tokens[start + label]?.text === ',';
  return closed && tokens[start + label + 1]?.kind === 'word' ? label + 1 : 0;
}

/** "R6" is one token of entry, "Round 6" two; anything else none. */
function entryTokens(first: Token | undefined, next: Token | undefined): number {
  if (first === undefined) return 0;
  if (LETTERED_NUMBER.test(first.text)) return 1;
  return first.kind === 'word' && next?.kind === 'number' ? 2 : 0;
}
