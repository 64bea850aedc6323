import { MAX_GENERATOR_SEED, type GenerationRequest, type GeneratorLevel } from './request';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day of the week of a calendar date, 0 = Sunday (Sakamoto's method: no Date, no time zone). */
export function weekday(year: number, month: number, day: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (
    (y +
      Math.floor(y / 4) -
      Math.floor(y / 100) +
      Math.floor(y / 400) +
      offsets[month - 1]! +
      day) %
    7
  );
}

function isRealDate(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/**
 * The level of the day: an easy start to the week, standard midweek, hard at the weekend when
 * there is time for it. Monday and Tuesday introductory, Wednesday to Friday standard,
 * Saturday and Sunday hard.
 */
export function dailyLevel(day: number): GeneratorLevel {
  if (day === 1 || day === 2) return 'introductory';
  if (day === 0 || day === 6) return 'hard';
  return 'standard';
}

/** FNV-1a of the date text, 31 bits: the same seed for everyone on that date, on any machine. */
function dateSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & MAX_GENERATOR_SEED;
}

/** Today's challenge from the learner's local date (YYYY-MM-DD): offline, the same for everyone that day. */
export function dailyChallengeRequest(localDate: string): GenerationRequest {
  const match = DATE_PATTERN.exec(localDate);
  const [year, month, day] = (match?.slice(1) ?? []).map(Number);
  if (
    !match ||
    year === undefined ||
    month === undefined ||
    day === undefined ||
    !isRealDate(year, month, day)
  )
    throw new RangeError(
      `the daily challenge needs a real date like "2026-12-01", not "${localDate}"`,
    );
  return {
    seed: dateSeed(`daily\u0000${localDate}`),
    level: dailyLevel(weekday(year, month, day)),
  };
}
