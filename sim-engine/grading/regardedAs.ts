import { isNegator } from './negationScope';
import { copyPiece } from './pieces';
import type { Piece } from './tokens';

/**
 * "I wouldn't treat this as needing an A/B test": what a negated verb of regarding takes after
 * "as" is inside its negation, up to the clause's end or the next finite verb, wherever the
 * model's scope stopped (it often stops at "as"). "I treat it as a safety check" is untouched: no
 * negator stands before its verb.
 */

const REGARDING = new Set(['treat', 'regard', 'see', 'view', 'count', 'consider', 'frame']);
const CLAUSE_ENDS = new Set([',', '.', ';', ':', '!', '?', '—', '–', 'but']);
/** How far the verb's object may run before its "as": "treat the new ranking model as …". */
const OBJECT_REACH = 5;

export function withRegardedAsNegated(pieces: Piece[]): Piece[] {
  pieces.forEach((piece, verb) => {
    if (!REGARDING.has(piece.lemma) || piece.pos !== 'VERB' || !negatedHere(pieces, verb)) return;
    const as = asAfter(pieces, verb);
    if (as < 0) return;
    // "… what counts as bad is written down …": a finite verb opens a clause of its own, which
    // a transcript without punctuation does not mark otherwise.
    for (let at = as; at < pieces.length && !endsComplement(pieces[at] as Piece); at++) {
      if (!(pieces[at] as Piece).negated)
        pieces[at] = copyPiece(pieces[at] as Piece, { negated: true });
    }
  });
  return pieces;
}

function endsComplement(piece: Piece): boolean {
  return CLAUSE_ENDS.has(piece.text) || piece.pos === 'AUX';
}

/**
 * The verb's own negator just before it ("wouldn't treat", "would not really count"), not a
 * scope the model ran on from an earlier clause ("… not our biggest contracts what counts as bad").
 */
function negatedHere(pieces: readonly Piece[], verb: number): boolean {
  const before = pieces[verb - 1]?.pos === 'ADV' ? verb - 2 : verb - 1;
  return pieces[before] !== undefined && isNegator(pieces[before] as Piece);
}

/** The "as" after the verb's object, or -1. */
function asAfter(pieces: readonly Piece[], verb: number): number {
  for (let at = verb + 1; at <= verb + OBJECT_REACH + 1 && at < pieces.length; at++) {
    const piece = pieces[at] as Piece;
    if (piece.text === 'as') return at;
    if (CLAUSE_ENDS.has(piece.text)) return -1;
  }
  return -1;
}
