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
  if (pieces[at]?.text !== 'times') return null;
  if (!COMPARED.has(pieces[at + 1]?.text ?? '') && !boundedAtClauseEnd(pieces, at)) return null;
  return { unit: 'x', next: at + 1 };
}

/** Words of a bound just before its number: "no more than", "at most", "up to". */
const BOUNDS = new Set(['than', 'most', 'to']);

/**
 * "Against the old prompt: error rate no more than 1.2 times; …": a bounded multiple closing its
 * clause, the comparison said before it. "We check no more than three times a day" goes on.
 */
function boundedAtClauseEnd(pieces: readonly Piece[], at: number): boolean {
  const next = pieces[at + 1];
  const closes = next === undefined || next.pos === 'PUNCT';
  return closes && BOUNDS.has(pieces[at - 2]?.text ?? '');
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
