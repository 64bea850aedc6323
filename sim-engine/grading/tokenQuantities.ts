import { decimalShare } from './decimalShares';
import { spokenMultiple, timesAt } from './multiples';
import { copyPiece } from './pieces';
import {
  DURATIONS,
  LONG_DURATIONS,
  NUMBER_WORDS,
  ORDINAL_ONES,
  PAIR_FIRSTS,
  UNIT_PAIRS,
  UNIT_WORDS,
  wholeWeekday,
  VAGUE_NUMBERS,
  namesKindOfTime,
} from './quantityWords';
import type { Piece, Token, Unit } from './tokens';

/** Quantities: numbers in digits or words, joined with the unit that follows them. */

/** Turns numbers (digits or words) and the unit after them into one token each. */
export function withQuantities(written: readonly Piece[]): Token[] {
  const pieces = withoutNumberBrackets(written);
  const tokens: Token[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const multiple = spokenMultiple(pieces, i);
    if (multiple !== null) {
      tokens.push(multiple);
      continue;
    }
    const number = numberAt(pieces, i);
    if (number === null) {
      tokens.push(plain(piece));
      continue;
    }
    if (number.ordinal === true) {
      // "Ninety-ninth percentile" names a metric as "99th percentile" does: one word, no quantity.
      const text = `${number.value}th`;
      tokens.push(copyPiece(piece, { text, lemma: text, pos: 'ADJ' }));
      i = number.next - 1;
      continue;
    }
    const share = number.vague === true ? null : shareAfter(pieces, i, number);
    if (share !== null) {
      // Its text is the share ("0.5"), so "one in two hundred gives us …" has no pronoun "one".
      const text = String(share.value);
      const percent = { text, lemma: text, value: share.value, unit: 'percent' as const };
      tokens.push(copyPiece(piece, { ...percent, kind: 'number', pos: 'NUM' }));
      i = share.next - 1;
      continue;
    }
    const unit = unitAt(pieces, number.next);
    // "Several days", "a couple of days" are hold lengths; "a few minutes" stays words (a speed).
    if (number.vague === true && (unit === null || !LONG_DURATIONS.has(unit.unit))) {
      tokens.push(plain(piece));
      continue;
    }
    const isArticle = piece.text === 'a' || piece.text === 'an';
    if (isArticle && number.value === 1 && !isOneLength(pieces, unit)) {
      tokens.push(plain(piece));
      continue;
    }
    const before = unit === null ? leadingUnit(tokens) : null;
    const unitFound = unit?.unit ?? before;
    // "A percent and a half", "a day and a half": the half said after the unit.
    const end = unit === null ? number.next : unit.next;
    const halfAfter = unit !== null && andAHalf(pieces, end);
    tokens.push(
      copyPiece(piece, {
        kind: 'number',
        pos: 'NUM',
        value: halfAfter ? number.value + 0.5 : number.value,
        unit: unitFound ?? undefined,
      }),
    );
    i = (halfAfter ? end + 3 : end) - 1;
  }
  return tokens;
}

/** A share said as a count out of a whole ("1 in 200") or as a decimal of one ("0.02 of answers"). */
function shareAfter(
  pieces: readonly Piece[],
  at: number,
  number: { value: number; next: number },
): { value: number; next: number } | null {
  const rate = rateAfter(pieces, number.value, number.next);
  if (rate !== null) return rate;
  const decimal = decimalShare(pieces, at, number.value, number.next, unitAt);
  return decimal === null ? null : { value: decimal, next: number.next };
}

const NOUN_POS = new Set(['NOUN', 'PROPN']);
/** The smallest whole a rate is said out of: "1 in 200", not "1 in 5 stages". */
const RATE_WHOLE = 20;

/** Words between a count and its whole: "1 in 200", "1 in every hundred", "2 per 1,000". */
const OUT_OF = new Set(['in', 'per']);

/**
 * "More than 1 in 200 home screens failing", "one in a thousand trips", "more than 2 per 1,000
 * above baseline", "1 in every hundred": a count out of a whole is a share, in percent (0.5 %,
 * 0.1 %).
 */
function rateAfter(
  pieces: readonly Piece[],
  part: number,
  next: number,
): { value: number; next: number } | null {
  if (!OUT_OF.has(pieces[next]?.text ?? '')) return null;
  const every = pieces[next + 1]?.text === 'every' ? 1 : 0;
  const whole = numberAt(pieces, next + 1 + every);
  if (whole === null || whole.vague === true || whole.ordinal === true) return null;
  if (whole.value < RATE_WHOLE || whole.value <= part) return null;
  return { value: (part / whole.value) * 100, next: whole.next };
}

/**
 * "A day", "a second slower": one unit of time after an article. "A second wave", "a second
 * look" count, not time: an ordinal before a noun.
 */
function isOneLength(pieces: readonly Piece[], unit: { unit: Unit; next: number } | null): boolean {
  if (unit === null) return false;
  // "Up a percent": one percent. ("A point" stays a word: "at a point", "a point of view".)
  if (DURATIONS.has(unit.unit) || unit.unit === 'percent') return true;
  return unit.unit === 's' && !NOUN_POS.has(pieces[unit.next]?.pos ?? '');
}

/** A piece that is no quantity is already a token: kept as it is, not copied (long answers). */
function plain(piece: Piece): Token {
  return piece;
}

/** The number starting at pieces[i] and the index after it: "0.5", "+200", "twenty five", "two hundred", "half a", "a". */
function numberAt(
  pieces: readonly Piece[],
  i: number,
): { value: number; next: number; vague?: boolean; ordinal?: boolean } | null {
  const piece = pieces[i];
  // "… sampling one in": an answer cut off where a number should follow.
  if (piece === undefined) return null;
  const vague = VAGUE_NUMBERS.get(piece.text);
  if (vague !== undefined) {
    return { value: vague, next: pieces[i + 1]?.text === 'of' ? i + 2 : i + 1, vague: true };
  }
  if (piece.kind === 'number') {
    const value = Number(piece.text.replace(/^\+/, '').replace(/,/g, ''));
    return Number.isFinite(value) ? { value, next: i + 1 } : null;
  }
  if (piece.text === 'a' || piece.text === 'an') {
    // "a hundred percent" is 100; "a day" is one day.
    if (pieces[i + 1]?.text !== 'hundred') return { value: 1, next: i + 1 };
    const more = tensAfterHundreds(pieces, i + 2);
    return more === null
      ? { value: 100, next: i + 2 }
      : { value: 100 + more.value, next: more.next };
  }
  // Most pieces are neither tagged as numbers nor "half": no look-up for them.
  if (piece.pos !== 'NUM' && piece.text !== 'half') return null;
  const word = NUMBER_WORDS.get(piece.text);
  if (word === undefined) return null;
  if (piece.text === 'half') {
    const skip = pieces[i + 1]?.text === 'a' || pieces[i + 1]?.text === 'an' ? 2 : 1;
    return { value: 0.5, next: i + skip };
  }
  let value = word;
  let next = i + 1;
  const following = NUMBER_WORDS.get(pieces[next]?.text ?? '');
  if (following === 100) {
    value *= 100;
    next += 1;
  } else if (following !== undefined && following < 10 && word >= 20 && word < 100) {
    value += following;
    next += 1;
  } else if (word >= 20 && word < 100 && ORDINAL_ONES.has(pieces[next]?.text ?? '')) {
    return {
      value: word + (ORDINAL_ONES.get(pieces[next]?.text ?? '') ?? 0),
      next: next + 1,
      ordinal: true,
    };
  }
  if (value >= 100 && value % 100 === 0) {
    const more = tensAfterHundreds(pieces, next);
    if (more !== null) {
      value += more.value;
      next = more.next;
    }
  }
  return withHalf(pieces, withSpokenDecimal(pieces, value, next));
}

/** "Two hundred and fifty", "a hundred fifty": the tens and ones said after the hundreds. */
function tensAfterHundreds(
  pieces: readonly Piece[],
  at: number,
): { value: number; next: number } | null {
  const from = pieces[at]?.text === 'and' ? at + 1 : at;
  const tens = NUMBER_WORDS.get(pieces[from]?.text ?? '');
  if (tens === undefined || tens >= 100 || tens === 0.5) return null;
  const ones = NUMBER_WORDS.get(pieces[from + 1]?.text ?? '');
  return ones !== undefined && ones < 10 && tens >= 20
    ? { value: tens + ones, next: from + 2 }
    : { value: tens, next: from + 1 };
}

/** "One and a half": the half after the whole number. */
function withHalf(
  pieces: readonly Piece[],
  number: { value: number; next: number },
): { value: number; next: number } {
  return andAHalf(pieces, number.next)
    ? { value: number.value + 0.5, next: number.next + 3 }
    : number;
}

function andAHalf(pieces: readonly Piece[], at: number): boolean {
  const article = pieces[at + 1]?.text;
  return (
    pieces[at]?.text === 'and' &&
    (article === 'a' || article === 'an') &&
    pieces[at + 2]?.text === 'half'
  );
}

/** "Zero point five" is 0.5: spoken digits after "point" are the decimals. */
function withSpokenDecimal(
  pieces: readonly Piece[],
  whole: number,
  at: number,
): { value: number; next: number } {
  if (pieces[at]?.text !== 'point') return { value: whole, next: at };
  let decimals = '';
  let next = at + 1;
  for (let digit = NUMBER_WORDS.get(pieces[next]?.text ?? ''); digit !== undefined && digit < 10;) {
    decimals += String(digit);
    next += 1;
    digit = NUMBER_WORDS.get(pieces[next]?.text ?? '');
  }
  return decimals === ''
    ? { value: whole, next: at }
    : { value: Number(`${whole}.${decimals}`), next };
}

/** Units said before their number in notes ("ms two hundred worse"): only these are unambiguous. */
const LEADING_UNITS = new Set<Unit>(['ms', 'percent', 'pp']);

/** The unit just before a number, when it belongs to no other number ("p99, ms 200 worse"). */
function leadingUnit(tokens: Token[]): Unit | null {
  const previous = tokens.at(-1);
  if (previous === undefined || previous.kind === 'number') return null;
  const unit = UNIT_WORDS[previous.text] ?? UNIT_WORDS[previous.lemma];
  if (unit === undefined || !LEADING_UNITS.has(unit) || tokens.at(-2)?.kind === 'number') {
    return null;
  }
  tokens.pop();
  return unit;
}

/** The unit at pieces[j] (allowing "12-hour"), and the index after it. */
const UNIT_ADJECTIVES = new Set([
  '-',
  '—',
  'full',
  'whole',
  'entire',
  'complete',
  'more',
  // Kinds of day: "one business day per stage".
  'business',
  'working',
  'calendar',
]);

function unitAt(pieces: readonly Piece[], j: number): { unit: Unit; next: number } | null {
  const qualifier = pieces[j]?.text ?? '';
  if (
    pieces[j]?.pos === 'ADJ' &&
    !UNIT_ADJECTIVES.has(qualifier) &&
    !VAGUE_NUMBERS.has(qualifier)
  ) {
    // Any adjective may qualify a length of time: "eight consecutive hours", "six clean hours".
    const qualified = unitAt(pieces, j + 1);
    return qualified !== null && DURATIONS.has(qualified.unit) ? qualified : null;
  }
  const times = timesAt(pieces, j);
  if (times !== null) return times;
  // "two full working days": a unit may carry two of them.
  let at = j;
  while (at < j + 2 && UNIT_ADJECTIVES.has(pieces[at]?.text ?? '')) at++;
  // "A full hiring week", "two clinic days": a word of the work the time is spent on.
  if (namesKindOfTime(pieces, at)) at++;
  const first = pieces[at];
  if (first === undefined) return null;
  if (PAIR_FIRSTS.has(first.lemma)) {
    const pair = UNIT_PAIRS[`${first.lemma} ${pieces[at + 1]?.lemma ?? ''}`];
    if (pair !== undefined) return { unit: pair, next: at + 2 };
  }
  const single =
    UNIT_WORDS[first.text] ??
    UNIT_WORDS[first.lemma] ??
    abbreviatedUnit(pieces, at) ??
    wholeWeekday(pieces, j, at);
  return single === undefined ? null : { unit: single, next: at + 1 };
}

/** A number with its sign: a change by so much ("+300", "−2"). */
export const SIGNED = /^[+−]\d/u;

/**
 * "… holds 48 h." at the end of an answer: the model keeps a unit's abbreviation with its full
 * stop ("h.", "hrs.", "ms."); without the stop it is the unit. Only in a sentence with a verb: a
 * note of terms ("Rollback: on-call, flag, 5 min.") stays the note it was, not a statement.
 */
function abbreviatedUnit(pieces: readonly Piece[], at: number): Unit | undefined {
  const text = pieces[at]?.text ?? '';
  if (text.length < 2 || !text.endsWith('.')) return undefined;
  // "p95 +300 ms.": a note's last word after a signed number, a change by so much, is its unit.
  const change = at === pieces.length - 1 && SIGNED.test(pieces[at - 1]?.text ?? '');
  if (!change && !pieces.some((piece) => piece.pos === 'VERB')) return undefined;
  const bare = text.slice(0, -1);
  return UNIT_WORDS[bare] ?? (bare.endsWith('s') ? UNIT_WORDS[bare.slice(0, -1)] : undefined);
}

/**
 * "Above (4) seconds", "(1) in (200) summaries", "under (0.5 %)": a number set alone in brackets
 * inside a clause is the number, and the unit after the brackets is its unit. A bracketed number
 * that opens a sentence or follows a mark ("(1) staff first; (2) …") numbers an item and stays.
 */
function withoutNumberBrackets(pieces: readonly Piece[]): readonly Piece[] {
  if (!pieces.some((piece) => piece.text === '(')) return pieces;
  const kept: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const close = bracketedNumberEnd(pieces, i);
    if (close === null || kept.at(-1)?.kind !== 'word') {
      kept.push(pieces[i] as Piece);
      continue;
    }
    for (let k = i + 1; k < close; k++) kept.push(pieces[k] as Piece);
    i = close;
  }
  return kept;
}

/** Where the bracket closes when pieces[at] opens brackets around one number and its unit. */
function bracketedNumberEnd(pieces: readonly Piece[], at: number): number | null {
  if (pieces[at]?.text !== '(' || pieces[at + 1]?.kind !== 'number') return null;
  if (pieces[at + 2]?.text === ')') return at + 2;
  const unit = unitAt(pieces, at + 2);
  return unit !== null && pieces[unit.next]?.text === ')' ? unit.next : null;
}
