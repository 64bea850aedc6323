import { copyPiece } from './pieces';
import type { Piece, Token, Unit } from './tokens';

/**
 * Limits said as multiples of what they are compared with: "1.5 times the old service's", "twice
 * the baseline error rate", "double what control shows". A multiple needs the comparison after
 * it; "three times a day" counts how often, and "twice" alone repeats.
 */

/** Words that open what a multiple is taken of: "the baseline", "what …", "control", "as high". */
const COMPARED = new Set([
  'the',
  'what',
  'baseline',
  'control',
  'our',
  'its',
  'their',
  'as',
  'that',
  'today',
  "today's",
]);

/** "1.5 times the old service's": "times" before the comparison is the unit of a multiple. */
export function timesAt(pieces: readonly Piece[], at: number): { unit: Unit; next: number } | null {
  if (pieces[at]?.text !== 'times' || !COMPARED.has(pieces[at + 1]?.text ?? '')) return null;
  return { unit: 'x', next: at + 1 };
}

/** Words that are a multiple on their own: "twice the baseline", "double what control shows". */
const SPOKEN_MULTIPLES: ReadonlyMap<string, number> = new Map([
  ['twice', 2],
  ['double', 2],
  ['thrice', 3],
  ['triple', 3],
]);

/** "Twice the baseline": a spoken multiple before the comparison, as a number of unit x. */
export function spokenMultiple(pieces: readonly Piece[], at: number): Token | null {
  const piece = pieces[at];
  const value = SPOKEN_MULTIPLES.get(piece?.text ?? '');
  if (piece === undefined || value === undefined) return null;
  if (!COMPARED.has(pieces[at + 1]?.text ?? '')) return null;
  return copyPiece(piece, { kind: 'number', pos: 'NUM', value, unit: 'x' });
}
