import { copyPiece } from './pieces';
import type { Piece } from './tokens';

/**
 * "We would not bother with stages of 1, 5 and 25 % …, or with a sign-off at every step": a
 * preposition repeated after "or" or "nor" carries the negation of the first one, wherever the
 * model's scope stopped (here at the numbers). "We would not bother with holds, but with a
 * sign-off at every step" turns it round, and a clause's end stops it.
 */

const JOINS = new Set(['or', 'nor']);
const CLAUSE_ENDS = new Set(['.', ';', ':', '!', '?', 'but', '—', '–']);

export function withCoordinatedNegation(pieces: Piece[]): Piece[] {
  const negatedPrepositions = new Set<string>();
  let carrying = false;
  for (let at = 0; at < pieces.length; at++) {
    const piece = pieces[at] as Piece;
    if (CLAUSE_ENDS.has(piece.text)) {
      negatedPrepositions.clear();
      carrying = false;
      continue;
    }
    if (carrying && !piece.negated) pieces[at] = copyPiece(piece, { negated: true });
    else if (piece.pos === 'ADP' && piece.negated) negatedPrepositions.add(piece.text);
    const next = pieces[at + 1];
    if (JOINS.has(piece.text) && next !== undefined && negatedPrepositions.has(next.text)) {
      carrying = true;
    }
  }
  return pieces;
}
