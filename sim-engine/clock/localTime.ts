/** The scenario's local wall clock: weekdays and hours matter for sign-off and rollback. */

export interface LocalTime {
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** Minutes since local midnight, 0–1439. */
  readonly minuteOfDay: number;
  /** Fractional hour of the day, 0–24. */
  readonly hour: number;
}

export interface ScenarioClock {
  /** Local time at a minute from the scenario start. */
  at(minute: number): LocalTime;
  /** The label shown to a reader, e.g. `Tue 02:10`. */
  label(minute: number): string;
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const START_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm; no Date needed). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Parses `YYYY-MM-DDTHH:mm`; the pack validator has already checked the shape. */
export function createScenarioClock(start: string): ScenarioClock {
  const match = START_PATTERN.exec(start);
  if (!match) throw new RangeError(`Scenario start "${start}" is not YYYY-MM-DDTHH:mm.`);
  const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  // 1970-01-01 was a Thursday (weekday 3 counting from Monday).
  const startWeekday = (((daysFromCivil(year, month, day) + 3) % 7) + 7) % 7;
  const startMinuteOfDay = hours * 60 + minutes;

  const at = (minute: number): LocalTime => {
    const total = startMinuteOfDay + Math.floor(minute);
    const minuteOfDay = ((total % 1440) + 1440) % 1440;
    // Minutes before the start (a segment whose clock runs behind) keep a weekday in 0–6.
    const weekday = (((startWeekday + Math.floor(total / 1440)) % 7) + 7) % 7;
    return { weekday, minuteOfDay, hour: minuteOfDay / 60 };
  };
  const label = (minute: number) => {
    const time = at(minute);
    const hh = String(Math.floor(time.minuteOfDay / 60)).padStart(2, '0');
    const mm = String(time.minuteOfDay % 60).padStart(2, '0');
    return `${WEEKDAY_NAMES[time.weekday]} ${hh}:${mm}`;
  };
  return { at, label };
}

export const BUSINESS_DAY_START_HOUR = 9;
export const BUSINESS_DAY_END_HOUR = 18;

/** Monday to Friday, 09:00–18:00 local. */
export function isBusinessHours(time: LocalTime): boolean {
  return (
    time.weekday < 5 && time.hour >= BUSINESS_DAY_START_HOUR && time.hour < BUSINESS_DAY_END_HOUR
  );
}

/** The first minute at or after `minute` that falls in business hours. */
export function nextBusinessMinute(clock: ScenarioClock, minute: number): number {
  const time = clock.at(minute);
  if (isBusinessHours(time)) return minute;
  const startOfDay = BUSINESS_DAY_START_HOUR * 60;
  let candidate = minute - time.minuteOfDay + startOfDay;
  if (time.minuteOfDay >= startOfDay) candidate += 1440;
  while (!isBusinessHours(clock.at(candidate))) candidate += 1440;
  return candidate;
}
