import type { Piece, Unit } from './tokens';

/** The words of quantities: units in every spelling, numbers said in words, vague counts. */

export const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  '%': 'percent',
  percent: 'percent',
  pct: 'percent',
  pp: 'pp',
  bps: 'pp',
  // "0.5 points above the old model", "+0.5pt": a difference of rates in points.
  point: 'pp',
  pt: 'pp',
  pts: 'pp',
  ms: 'ms',
  msec: 'ms',
  millisecond: 'ms',
  s: 's',
  sec: 's',
  second: 's',
  min: 'min',
  minute: 'min',
  h: 'h',
  hr: 'h',
  hour: 'h',
  d: 'd',
  day: 'd',
  // "held at least two nights": a night is a day's turn of the clock, its quietest hours lived.
  night: 'd',
  // "Two sleeps at soundcheck": days counted as a child counts them, a night's sleep each.
  sleep: 'd',
  // "Each stage holds three full mornings": days counted by the part of them a load comes in.
  morning: 'd',
  evening: 'd',
  // "Each stage holds six shifts": a working shift is a stretch of hours someone is on duty.
  shift: 'h',
  wk: 'w',
  week: 'w',
  // "a full fortnight of school runs": two weeks, held as a length of weeks.
  fortnight: 'w',
  x: 'x',
};
export const UNIT_PAIRS: Readonly<Record<string, Unit>> = {
  'per cent': 'percent',
  'percentage point': 'pp',
  'basis point': 'pp',
};
/** First words of the two-word units, so other words build no pair to look up. */
export const PAIR_FIRSTS = new Set(Object.keys(UNIT_PAIRS).map((pair) => pair.split(' ')[0]));
/**
 * Spelled-out numbers: the model tags them NUM but gives no value. Maps, not objects: most words
 * are no number, and a miss on an object walks its prototype (and "constructor" would hit).
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
    half: 0.5,
  }),
);
export const DURATIONS = new Set<Unit>(['min', 'h', 'd', 'w']);
/** Counts said without a number, read as one only before hours, days or weeks. */
export const VAGUE_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['several', 3],
  ['few', 3],
  ['couple', 2],
]);
export const LONG_DURATIONS = new Set<Unit>(['h', 'd', 'w']);

/** Ordinals that end a compound: "ninety-ninth", "ninety-fifth". */
export const ORDINAL_ONES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
  }),
);

/** Words that tell what a length of hours, days or weeks is spent on: "hiring", "clinic". */
const KIND_OF_TIME_POS = new Set(['NOUN', 'VERB']);

/**
 * Days named by the weekday, a length only when said whole: "two full planting Saturdays", "a
 * whole Friday". Bare, they are dates or hours: "across two Saturdays", "at 2 on a Sunday".
 */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
/** Words that make a count of weekdays whole days: "two full Saturdays". */
const WHOLE_DAY = new Set(['full', 'whole', 'entire']);

/** Parts of the calendar kept as words: "a weekend day" is held through a weekend. */
const CALENDAR_PARTS = new Set([
  'weekend',
  'weekday',
  'holiday',
  'peak',
  'night',
  'lunch',
  'dinner',
]);

/** A word before hours, days or weeks that names what they are spent on: "a full hiring week". */
export function namesKindOfTime(pieces: readonly Piece[], at: number): boolean {
  const word = pieces[at];
  if (word === undefined || !KIND_OF_TIME_POS.has(word.pos)) return false;
  // "Three minutes day or night": a unit is no qualifier of the next.
  if (CALENDAR_PARTS.has(word.lemma) || UNIT_WORDS[word.lemma] !== undefined) return false;
  const unit = pieces[at + 1];
  if (unit !== undefined && WEEKDAYS.has(unit.text.replace(/s$/, ''))) return true;
  const next = unit === undefined ? undefined : (UNIT_WORDS[unit.text] ?? UNIT_WORDS[unit.lemma]);
  return next !== undefined && LONG_DURATIONS.has(next);
}

const NOUNS = new Set(['NOUN', 'PROPN']);

/**
 * "Two full planting Saturdays": whole weekdays counted are days, the unit of the number before
 * `from`. Not a part of one the next noun names: "held through a full Friday dinner" is an
 * evening's peak.
 */
export function wholeWeekday(pieces: readonly Piece[], from: number, at: number): Unit | undefined {
  const day = (pieces[at]?.text ?? '').replace(/s$/, '');
  if (!WEEKDAYS.has(day) || NOUNS.has(pieces[at + 1]?.pos ?? '')) return undefined;
  const said = pieces.slice(from, at).some((piece) => WHOLE_DAY.has(piece.text));
  return said ? 'd' : undefined;
}
