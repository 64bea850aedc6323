// The daily challenge is played as a one-scenario pack whose id carries its local date, so a
// saved attempt's report says which day's challenge it was.

const PREFIX = 'daily-challenge-';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The pack id of the challenge of `date` (`YYYY-MM-DD`). */
export function dailyPackId(date: string): string {
  return `${PREFIX}${date}`;
}

/** The local date of a daily challenge's pack, or null for any other pack. */
export function dailyDateOfPack(packId: string): string | null {
  const date = packId.startsWith(PREFIX) ? packId.slice(PREFIX.length) : '';
  return DATE.test(date) ? date : null;
}

/** The learner's local date today, `YYYY-MM-DD` (the challenge changes at local midnight). */
export function localDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
