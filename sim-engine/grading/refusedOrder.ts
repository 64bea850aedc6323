import type { Piece } from './tokens';
import { PLACE_WORDS } from './vocabulary';

/**
 * "We will not order the guests, staff first and opted-in guests next, new guests last; …": the
 * order spelled out after a refused verb of ordering and its object is the order refused, though
 * the model's scope stopped at the comma. "We will not order the guests by hand, staff go first
 * anyway" has a clause of its own after the comma, and stands.
 */

const ORDERING = new Set(['order', 'sort', 'rank', 'sequence', 'queue']);
const SPELLED_OUT_ENDS = new Set(['.', ';', ':', '!', '?', 'but', '—', '–']);
/** Words from the refused verb to the comma: "order the guests", "sort our buyers by district". */
const OBJECT_REACH = 5;
/** Places an order spelled out names: "staff first, …, new guests last". */
const PLACES_NAMED = 2;

export function withRefusedOrderSpelledOut(pieces: Piece[]): Piece[] {
  const verb = pieces.findIndex(
    (piece) => piece.negated && ORDERING.has(piece.lemma) && piece.pos === 'VERB',
  );
  if (verb < 0) return pieces;
  const comma = pieces.findIndex(
    (piece, at) => at > verb && at <= verb + OBJECT_REACH + 1 && piece.text === ',',
  );
  if (comma < 0) return pieces;
  let end = comma + 1;
  while (end < pieces.length && !SPELLED_OUT_ENDS.has(pieces[end]?.text ?? '.')) end++;
  const order = pieces.slice(comma + 1, end);
  const places = order.filter((piece) => PLACE_WORDS.has(piece.text)).length;
  // "opted-in guests": a participle describes a group; a verb of its own makes a clause.
  const participle = (piece: Piece) => piece.text.endsWith('ed') || piece.text.endsWith('ing');
  const clause = order.some(
    (piece) => piece.pos === 'AUX' || (piece.pos === 'VERB' && !participle(piece)),
  );
  if (places < PLACES_NAMED || clause) return pieces;
  for (const piece of order) piece.negated = true;
  return pieces;
}
