import { CLAUSE_MARKS } from './pieces';
import type { Piece } from './tokens';

/**
 * "The hallucination rate and the thumbs-down rate go unwatched, and so does the cost per
 * conversation": what goes unwatched, unmonitored or untracked is denied, the subject before it
 * and whatever "so does" adds after it. The model reads no negation in the prefix "un-".
 */

const UNWATCHED = new Set([
  'unwatched',
  'unmonitored',
  'untracked',
  'unmeasured',
  'unchecked',
  'ungated',
  'unlogged',
]);
/** The verbs that leave a thing so: "go unwatched", "are left unmonitored", "stay untracked". */
const LEAVING = new Set(['go', 'be', 'stay', 'remain', 'leave', 'get']);

export function withUnwatchedDenied(pieces: Piece[]): Piece[] {
  pieces.forEach((piece, at) => {
    if (!UNWATCHED.has(piece.text) || !LEAVING.has(pieces[at - 1]?.lemma ?? '')) return;
    let from = at - 1;
    while (from > 0 && !CLAUSE_MARKS.has(pieces[from - 1]?.text ?? '')) from--;
    for (let i = from; i <= at; i++) (pieces[i] as Piece).negated = true;
    soDoes(pieces, at + 1);
  });
  return pieces;
}

/** ", and so does the cost per conversation": the thing added after is left so too. */
function soDoes(pieces: Piece[], from: number): void {
  let at = from;
  while (pieces[at]?.text === ',' || pieces[at]?.text === 'and') at++;
  if (pieces[at]?.text !== 'so' || !['do', 'be'].includes(pieces[at + 1]?.lemma ?? '')) return;
  for (let i = at; i < pieces.length && !CLAUSE_MARKS.has(pieces[i]?.text ?? '.'); i++) {
    (pieces[i] as Piece).negated = true;
  }
}
