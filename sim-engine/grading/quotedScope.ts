import type { Piece } from './tokens';
import { NEGATOR_WORDS } from './match';
import { copyPiece } from './pieces';

/**
 * 'I would not bother writing "no worse than control" limits up front': a quotation opened inside
 * a refusal is part of what is refused, and so are the few words after it that it describes. The
 * model's scope stops at the quotation mark, and the quotation's own "no" reads as a negator of
 * its own, so the limit it quotes was read as written.
 */

const OPENING_QUOTES = new Set(['"', '“', '‘']);
const CLOSING_QUOTES = new Set(['"', '”', '’']);
const CLAUSE_ENDS = new Set(['.', ';', ':', '!', '?', ',', 'but', '—', '–']);

export function withQuotationsInScope(pieces: Piece[]): Piece[] {
  for (let at = 1; at < pieces.length; at++) {
    const opening = pieces[at] as Piece;
    if (!OPENING_QUOTES.has(opening.text)) continue;
    const closing = pieces.findIndex((piece, i) => i > at && CLOSING_QUOTES.has(piece.text));
    if (closing < 0) return pieces;
    // A quotation is skipped whole, so its closing mark is never taken for an opening one.
    if (!refusedJustBefore(pieces, at)) {
      at = closing;
      continue;
    }
    // The noun the quotation describes, a few words after it: '"…" limits up front'.
    let end = closing + 1;
    while (end < pieces.length && end <= closing + AFTER_REACH && isWord(pieces[end] as Piece)) {
      end++;
    }
    for (let i = at; i < end; i++) pieces[i] = copyPiece(pieces[i] as Piece, { negated: true });
    at = end;
  }
  return pieces;
}

const NEGATOR_REACH = 4;
const AFTER_REACH = 4;

function isWord(piece: Piece): boolean {
  return piece.kind !== 'mark' && !CLAUSE_ENDS.has(piece.text);
}

/**
 * A negator a few words before the quotation, in the same clause: "would not bother writing
 * "…"". A run of notes negated from far back opens none.
 */
function refusedJustBefore(pieces: readonly Piece[], at: number): boolean {
  for (let back = at - 1; back >= 0 && back >= at - NEGATOR_REACH; back--) {
    const piece = pieces[back] as Piece;
    if (CLAUSE_ENDS.has(piece.text)) return false;
    if (NEGATOR_WORDS.has(piece.text)) return true;
  }
  return false;
}
