import type { Piece } from './tokens';

/**
 * "… thumbs-down share, suggestions naming products we do not sell, cost per suggestion" (or
 * "…, suggestions for stones we no longer stock under 1 %, and thumbs-down …"): a
 * negation inside a clause that describes a noun (its subject a pronoun right after the noun, its
 * verb the last word before the comma) reaches no further than that clause; the list it stands in
 * goes on affirmed (read by negationScope.ts). The noun must stand in a list's item, after a comma
 * or a colon: "In the first week we do not watch, …" opens its sentence, and "We would not hold at
 * 1 %, 5 %, …" has no noun before its subject.
 */
export function negatedInRelativeClause(
  pieces: readonly Piece[],
  negatorAt: number,
  comma: number,
): boolean {
  // "we do not sell,", "we no longer stock under 1 %,": the verb, then at most its bound.
  const verbAt = pieces[negatorAt + 1]?.text === 'longer' ? negatorAt + 2 : negatorAt + 1;
  if (pieces[verbAt]?.pos !== 'VERB' || !onlyABound(pieces, verbAt + 1, comma)) return false;
  let subject = negatorAt - 1;
  while (pieces[subject]?.pos === 'AUX') subject--;
  if (pieces[subject]?.pos !== 'PRON' || pieces[subject - 1]?.pos !== 'NOUN') return false;
  return inListItem(pieces, subject - 1);
}

/** What may stand between the clause's verb and the comma: a bound on the item ("under 1 %"). */
const BOUND_POS = new Set(['ADP', 'NUM', 'SYM']);

function onlyABound(pieces: readonly Piece[], from: number, comma: number): boolean {
  if (comma < from) return false;
  return pieces
    .slice(from, comma)
    .every((piece) => BOUND_POS.has(piece.pos) || piece.unit !== undefined);
}

const ITEM_OPENERS = new Set([',', ':', ';']);
const CLAUSE_POS = new Set(['PRON', 'AUX']);

/** Whether the noun at `at` stands in an item a comma or colon opened, with no clause before it. */
function inListItem(pieces: readonly Piece[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const piece = pieces[i] as Piece;
    if (ITEM_OPENERS.has(piece.text)) return true;
    if (CLAUSE_POS.has(piece.pos)) return false;
  }
  return false;
}
