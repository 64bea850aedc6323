import type { Token } from './tokens';

/**
 * A release told as a timeline (a release week hour by hour, a run of show): its entries open on
 * a day, a clock time or a time from launch — "Tuesday 19:00 — 1 %, employees only.", "Day 3:
 * beta users at 5 %.", "T+1d: 5 %, two smaller markets.", "09:00 Gate." — and the order of the
 * entries is the order of the release. Read by
 * cohortPlaces.ts (an entry that moves exposure places its groups) and signOff.ts (a go/no-go or
 * a gate in an entry is a stage's decision).
 */

const WEEKDAYS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(
    ' ',
  ),
);
const PERIODS = new Set(['day', 'week', 'night']);
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}$/;

/** The entry opens on a weekday, a clock time, or "Day 3", "Week 2". */
export function opensOnTime(tokens: readonly Token[]): boolean {
  const [first, second] = tokens;
  if (first === undefined) return false;
  if (WEEKDAYS.has(first.text) || CLOCK_TIME.test(first.text)) return true;
  // "T+0", "T+2h", "T+1d": a time counted from the launch.
  if (first.text === 't' && /^[+-]\d/.test(second?.text ?? '')) return true;
  return PERIODS.has(first.text) && second?.pos === 'NUM';
}

/** Words a gate note may hold besides its time: "09:00 Gate.", "Wed 10:00 — gate". */
const GATE_NOTE_WORDS = 3;

/** A note that is only a gate: a stage's decision falls here, and the next sentence says whose. */
export function gateNote(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word' && !opensOnTime([token]));
  if (words.length === 0 || words.length > GATE_NOTE_WORDS) return false;
  if (tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return false;
  return words.some((token) => token.lemma === 'gate');
}
