/** Words, marks and quantities with units: the grader's view of one sentence. */

export type Unit = 'percent' | 'pp' | 'ms' | 's' | 'min' | 'h' | 'd' | 'w' | 'x';

export interface Token {
  readonly text: string;
  readonly kind: 'word' | 'number' | 'mark';
  /** Numbers only: the value, also for number words ("five minutes"). */
  readonly value?: number;
  /** Numbers only, when a unit follows: "0.5 %", "200ms", "6 hours", "24-hour". */
  readonly unit?: Unit;
}

const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  '%': 'percent',
  percent: 'percent',
  pct: 'percent',
  pp: 'pp',
  bps: 'pp',
  ms: 'ms',
  msec: 'ms',
  millisecond: 'ms',
  milliseconds: 'ms',
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  wk: 'w',
  wks: 'w',
  week: 'w',
  weeks: 'w',
  x: 'x',
};

/** Two-word units: "per cent", "percentage points", "basis points". */
const UNIT_PAIRS: Readonly<Record<string, Unit>> = {
  'per cent': 'percent',
  'percentage point': 'pp',
  'percentage points': 'pp',
  'basis points': 'pp',
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
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
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  hundred: 100,
  half: 0.5,
};

/** "a day", "an hour": the article counts as one only before a duration. */
const ARTICLE_UNITS = new Set<Unit>(['min', 'h', 'd', 'w']);
const PERCENTILES = new Set(['50', '75', '90', '95', '99', '999']);

const MARKS = new Set('%→,;:()/+<>=$€£?!.-'.split(''));
const RAW = /\d+(?:\.\d+)?|\p{L}+|[%→,;:()/+<>=$€£?!.-]/gu;

/** Lower-cases and folds the typographic variants people type: arrows, quotes, dashes, hyphenated words. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/->|=>|[→⇒➔➝⟶⟹➜]/g, ' → ')
    .replace(/[–—−]/g, '-')
    .replace(CONTRACTION, (found) => CONTRACTIONS[found] ?? expandSuffix(found))
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
    .replace(/\b24\s*[/x×]\s*7\b/g, ' twentyfourseven ');
}

// One pass for every contraction: whole words first, then suffixes ("doesn't", "we'll").
const CONTRACTION =
  /\b(?:can'?t|won'?t|cannot|(?:it|that|what|there|here|he|she|who)'s)\b|n't\b|'(?:re|ll|d|m|ve|s)\b/g;
const CONTRACTIONS: Readonly<Record<string, string>> = {
  "can't": 'can not',
  cant: 'can not',
  "won't": 'will not',
  wont: 'will not',
  cannot: 'can not',
  "n't": ' not',
  "'re": ' are',
  "'ll": ' will',
  "'d": ' would',
  "'m": ' am',
  "'ve": ' have',
  "'s": '',
};

function expandSuffix(found: string): string {
  return found.endsWith("'s") ? `${found.slice(0, -2)} is` : found;
}

/** Splits normalised text into tokens, merging numbers with their units and "p99"-style percentiles. */
export function tokenise(normalised: string): Token[] {
  const raw = normalised.match(RAW) ?? [];
  const tokens: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const merged = mergeAt(raw, i, tokens);
    i += merged;
  }
  return tokens;
}

/** Pushes the token(s) starting at raw[i]; returns how many extra raw pieces were consumed. */
function mergeAt(raw: readonly string[], i: number, out: Token[]): number {
  const piece = raw[i] ?? '';
  const next = raw[i + 1];
  if (piece === 'p' && next !== undefined && PERCENTILES.has(next)) {
    out.push(word(`p${next}`));
    return 1;
  }
  const code = piece.charCodeAt(0);
  if (code >= 48 && code <= 57) return mergeNumber(raw, i, Number(piece), out, true);
  if (piece === 'a' || piece === 'an') return mergeNumber(raw, i, 1, out, false);
  const named = NUMBER_WORDS[piece];
  if (named !== undefined) return mergeNumber(raw, i, named, out, false);
  out.push(MARKS.has(piece) ? { text: piece, kind: 'mark' } : word(piece));
  return 0;
}

function word(text: string): Token {
  return { text, kind: 'word' };
}

/** Digits always become numbers; number words only when a unit follows ("three decisions" stays words). */
function mergeNumber(
  raw: readonly string[],
  i: number,
  value: number,
  out: Token[],
  digits: boolean,
): number {
  const piece = raw[i] ?? '';
  if (digits && raw[i + 1] === 'th' && raw[i + 2] === 'percentile' && PERCENTILES.has(piece)) {
    out.push(word(`p${piece}`));
    return 2;
  }
  if (digits && raw[i + 1] === 'xx') {
    out.push(word(`${piece}xx`));
    return 1;
  }
  if (digits && raw[i + 1] === 's' && /^5\d\d$/.test(piece)) {
    // "500s" are server errors, not eight minutes.
    out.push(word(`${piece}s`));
    return 1;
  }
  const unit = unitAfter(raw, i + 1);
  if (piece === 'a' || piece === 'an') {
    if (unit === null || !ARTICLE_UNITS.has(unit.unit)) {
      if (piece === 'a' && raw[i + 1] === '/' && raw[i + 2] === 'b') {
        out.push(word('a/b'));
        return 2;
      }
      out.push(word(piece));
      return 0;
    }
  } else if (!digits && unit === null) {
    out.push(word(piece));
    return 0;
  }
  const tens = !digits && value >= 20 && value < 100 ? NUMBER_WORDS[raw[i + 1] ?? ''] : undefined;
  if (tens !== undefined && tens < 10) {
    return 1 + mergeNumber(raw, i + 1, value + tens, out, false);
  }
  if (unit === null) {
    out.push({ text: piece, kind: 'number', value });
    return 0;
  }
  out.push({ text: piece, kind: 'number', value, unit: unit.unit });
  return unit.length;
}

/** The unit at raw[j] (allowing "24-hour"), and how many raw pieces it spans from the number. */
function unitAfter(raw: readonly string[], j: number): { unit: Unit; length: number } | null {
  const skip = raw[j] === '-' ? 1 : 0;
  const first = raw[j + skip];
  if (first === undefined) return null;
  const pair = UNIT_PAIRS[`${first} ${raw[j + skip + 1] ?? ''}`];
  if (pair !== undefined) return { unit: pair, length: skip + 2 };
  const single = UNIT_WORDS[first];
  return single === undefined ? null : { unit: single, length: skip + 1 };
}

/** True for a duration unit: minutes, hours, days, weeks. */
export function isDuration(unit: Unit | undefined): boolean {
  return unit === 'min' || unit === 'h' || unit === 'd' || unit === 'w';
}
