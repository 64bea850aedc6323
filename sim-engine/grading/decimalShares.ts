import type { Piece, Unit } from './tokens';

/** Words that may stand between "of" and the whole: "0.05 of the bookings", "0.1 of all clinics". */
const WHOLE_LEADS = new Set(['the', 'all', 'our', 'a', 'an', 'rated', 'graded']);

/**
 * "Hallucination in more than 0.02 of graded summaries", "0.05 of bookings": a decimal below one
 * taken "of" a whole is a share, in percent (2 %, 5 %). "0.5 of a second" is a time: a unit
 * after "of" leaves the number as it was.
 */
export function decimalShare(
  pieces: readonly Piece[],
  at: number,
  value: number,
  next: number,
  unitAt: (pieces: readonly Piece[], j: number) => { unit: Unit; next: number } | null,
): number | null {
  if (!(value > 0 && value < 1) || !(pieces[at]?.text ?? '').includes('.')) return null;
  if (pieces[next]?.text !== 'of') return null;
  let whole = next + 1;
  while (WHOLE_LEADS.has(pieces[whole]?.text ?? '')) whole++;
  if (unitAt(pieces, whole) !== null || pieces[whole]?.kind !== 'word') return null;
  return Number((value * 100).toPrecision(6));
}
