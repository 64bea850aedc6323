import { CLAUSE_MARKS } from './pieces';
import type { Piece } from './tokens';

/**
 * "No advance before the head tuner and I both strike the fork", "no stage moves before we both
 * sign": what must come before every advance is affirmed, as after "until". The model carries
 * the "no" to the sentence's end.
 */

const ADVANCES = new Set(['advance', 'move', 'promotion', 'widening', 'step']);
const STAGES = new Set(['stage', 'step', 'gate', 'wave']);

export function withNoAdvanceBefore(pieces: Piece[]): Piece[] {
  pieces.forEach((piece, at) => {
    if (piece.text !== 'no') return;
    const before = beforeAt(pieces, at + 1);
    if (before < 0) return;
    for (let i = before; i < pieces.length && !CLAUSE_MARKS.has(pieces[i]?.text ?? '.'); i++) {
      (pieces[i] as Piece).negated = false;
    }
  });
  return pieces;
}

/** After "no": "advance before" or "stage moves before"; where "before" stands, or -1. */
function beforeAt(pieces: readonly Piece[], from: number): number {
  const head = pieces[from]?.lemma ?? '';
  if (ADVANCES.has(head) && pieces[from + 1]?.text === 'before') return from + 1;
  const moves = ADVANCES.has(pieces[from + 1]?.lemma ?? '');
  if (STAGES.has(head) && moves && pieces[from + 2]?.text === 'before') return from + 2;
  return -1;
}
