import type { Piece } from './tokens';

/**
 * "… thumbs-down share, suggestions naming products we do not sell, cost per suggestion": a
 * negation inside a clause that describes a noun (its subject a pronoun right after the noun, its
 * verb the last word before the comma) reaches no further than that clause; the list it stands in
 * goes on affirmed (read by negationScope.ts). "We would not hold at 1 %, 5 %, …" is not one: its
 * verb has an object, and no noun stands before its subject.
 */
export function negatedInRelativeClause(
  pieces: readonly Piece[],
  negatorAt: number,
  comma: number,
): boolean {
  if (comma !== negatorAt + 2 || pieces[negatorAt + 1]?.pos !== 'VERB') return false;
  let subject = negatorAt - 1;
  while (pieces[subject]?.pos === 'AUX') subject--;
  return pieces[subject]?.pos === 'PRON' && pieces[subject - 1]?.pos === 'NOUN';
}
