import type { ItsFunction, WinkMethods } from 'wink-nlp';

/**
 * The grader's view of one sentence, read from the language model's tokens: the word's normal
 * form and lemma, its part of speech, whether a negation covers it, and quantities with units.
 * What stays here is the domain's notation the model does not know: "a/b", "5xx", "24/7", units.
 */

export type Unit = 'percent' | 'pp' | 'ms' | 's' | 'min' | 'h' | 'd' | 'w' | 'x';

export interface Token {
  /** Lower-case normal form ("would" for "'d", "not" for "n't"). */
  readonly text: string;
  readonly lemma: string;
  readonly kind: 'word' | 'number' | 'mark';
  /** Universal part of speech from the model ("VERB", "NOUN", "ADP", …). */
  readonly pos: string;
  /** Inside the scope of a negation ("not a code deploy"). */
  readonly negated: boolean;
  /** Numbers only, also spelled out ("five minutes", "half a percent"). */
  readonly value?: number;
  /** Numbers only, when a unit follows in any spelling: "0.5 %", "200ms", "six hours", "12-hour". */
  readonly unit?: Unit;
}

/** The raw columns of one document, as the model gives them. */
export interface RawTokens {
  readonly normal: readonly string[];
  readonly lemma: readonly string[];
  readonly type: readonly string[];
  readonly pos: readonly string[];
  readonly negated: readonly boolean[];
  readonly spaces: readonly string[];
  readonly value: readonly string[];
}

export interface ReadBlock {
  readonly raw: RawTokens;
  readonly spans: number[][];
  /** Word tokens, and those the English model has never seen (a German answer: most). */
  readonly words: number;
  readonly unknown: number;
}

/** Reads a document's columns once (the model's array outputs are its fast path). */
export function rawTokens(nlp: WinkMethods, text: string): ReadBlock {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const its = nlp.its;
  const type = tokens.out(its.type);
  const normal = tokens.out(its.normal);
  let words = 0;
  let unknown = 0;
  // Answers repeat their words: ask the model about each distinct word once.
  const known = new Map<string, boolean>();
  type.forEach((kind, i) => {
    if (kind !== 'word') return;
    words++;
    const word = normal[i] ?? '';
    let isKnown = known.get(word);
    if (isKnown === undefined) {
      isKnown = !doc.isOOV(word);
      known.set(word, isKnown);
    }
    if (!isKnown) unknown++;
  });
  return {
    words,
    unknown,
    raw: {
      normal,
      // The lemma helper's declared signature differs from `out`'s parameter type; it works as one.
      lemma: tokens.out(its.lemma as unknown as ItsFunction<string>),
      type,
      pos: tokens.out(its.pos) as string[],
      negated: tokens.out(its.negationFlag) as unknown as boolean[],
      spaces: tokens.out(its.precedingSpaces),
      value: tokens.out(its.value),
    },
    spans: doc.sentences().out(its.span) as unknown as number[][],
  };
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
  wk: 'w',
  week: 'w',
  x: 'x',
};
const UNIT_PAIRS: Readonly<Record<string, Unit>> = {
  'per cent': 'percent',
  'percentage point': 'pp',
  'basis point': 'pp',
};
/** Spelled-out numbers: the model tags them NUM but gives no value. */
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
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
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
};
const DURATIONS = new Set<Unit>(['min', 'h', 'd', 'w']);
/** Marks that end the reach of a negation inside a sentence. */
const SCOPE_ENDS = new Set([':', '→', ';', '.', '(', ')', 'but', 'whereas', 'while', 'although']);
/** Words the model does not treat as negators but a candidate uses to reject something. */
const EXTRA_NEGATORS = new Set(['nobody', 'skip', 'skipping', 'nor']);
const ADDITIVE = new Set(['just', 'only', 'merely', 'simply']);
const MARK_TYPES = new Set(['punctuation', 'symbol', 'unk', 'emoji', 'emoticon', 'tabCRLF']);

/** The tokens of the span [start, end] of a document, with numbers, units and negation scope. */
export function tokensOf(raw: RawTokens, start: number, end: number): Token[] {
  const pieces = piecesOf(raw, start, end);
  return withQuantities(withRejectedReport(withScopedNegation(pieces)));
}

interface Piece {
  text: string;
  lemma: string;
  kind: Token['kind'];
  pos: string;
  negated: boolean;
  glued: boolean;
}

/** Joins the notation the model splits ("a / b", "5 xx", "- >") and splits hyphenated words. */
function piecesOf(raw: RawTokens, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  for (let i = start; i <= end; i++) {
    const text = raw.normal[i] ?? '';
    const glued = (raw.spaces[i] ?? '') === '';
    const type = raw.type[i] ?? '';
    const previous = out.at(-1);
    if (glued && previous !== undefined && joinInto(previous, text)) continue;
    if (text === '-' && glued && isWordLike(raw, i - 1) && isWordLike(raw, i + 1)) continue;
    const piece: Piece = {
      text: MINUS.has(text) ? '-' : text,
      lemma: raw.lemma[i] ?? text,
      kind: type === 'number' ? 'number' : MARK_TYPES.has(type) ? 'mark' : 'word',
      pos: raw.pos[i] ?? 'X',
      negated: raw.negated[i] === true,
      glued,
    };
    if (text === '24/7') out.push({ ...piece, text: 'twentyfourseven', lemma: '', kind: 'word' });
    else if (piece.kind === 'word' && text.length > 2 && text.includes('-'))
      splitHyphen(piece, out);
    else out.push(piece);
  }
  return out;
}

const MINUS = new Set(['−', '–', '—']);

function isWordLike(raw: RawTokens, i: number): boolean {
  const type = raw.type[i];
  return type === 'word' || type === 'number';
}

/** Merges a glued piece into the previous one when together they are one piece of notation. */
function joinInto(previous: Piece, text: string): boolean {
  const pair = `${previous.text}${text}`;
  if (pair === 'a/' || pair === 'a/b' || pair === '->' || pair === '=>') {
    previous.text = pair === '->' || pair === '=>' ? '→' : pair;
    previous.lemma = previous.text;
    previous.pos = pair === 'a/b' ? 'PROPN' : previous.pos;
    previous.kind = pair === 'a/' ? 'mark' : previous.text === '→' ? 'mark' : 'word';
    return true;
  }
  if (/^\d+$/.test(previous.text) && (text === 'xx' || text === '00s' || text === 'xxs')) {
    previous.text = `${previous.text}${text}`;
    previous.lemma = previous.text;
    previous.kind = 'word';
    return true;
  }
  return false;
}

function splitHyphen(piece: Piece, out: Piece[]): void {
  const parts = piece.text.split('-').filter(Boolean);
  const lemmaParts = piece.lemma.split('-').filter(Boolean);
  parts.forEach((part, k) => {
    const lemma = k === parts.length - 1 ? (lemmaParts.at(-1) ?? part) : part;
    out.push({ ...piece, text: part, lemma });
  });
}

/**
 * The model marks the words after a negator up to the next punctuation. Two corrections: a colon,
 * an arrow or "but" ends the scope, and a list that continues after a comma with no verb of its
 * own stays negated ("we would not hold at 1 %, 5 %, 25 %"). "Not just X" adds X rather than
 * denying it.
 */
function withScopedNegation(pieces: Piece[]): Piece[] {
  let cut = false;
  let carrying = false;
  let doubled = false;
  let lastWordNegated = false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const previous = pieces[i - 1];
    if (previous !== undefined && EXTRA_NEGATORS.has(previous.text)) carrying = true;
    if (previous !== undefined && isNegator(previous) && ADDITIVE.has(piece.text)) {
      carrying = false;
      cut = true;
    }
    if (SCOPE_ENDS.has(piece.text)) {
      cut = true;
      carrying = false;
      doubled = false;
    } else if (piece.text === ',') {
      carrying = lastWordNegated && !cut && !doubled && !hasVerbBefore(pieces, i + 1);
    } else if (!piece.negated && !carrying) {
      cut = false;
    }
    // "No stage opens without a sign-off": two negations affirm what follows the second.
    if (piece.text === 'without' && lastWordNegated) doubled = true;
    piece.negated = !doubled && ((piece.negated && !cut) || (carrying && piece.kind !== 'mark'));
    if (piece.kind !== 'mark') lastWordNegated = piece.negated;
  }
  return pieces;
}

const REPORT_BREAKS = new Set(['but', ';', ',', '—']);
const PRO_FORMS = new Set(['that', 'this', 'it', 'so', 'either', 'any', 'too']);
/** A short closing rejection has at most this many words. */
const SHORT_REJECTION = 7;

/**
 * "Others stage the ramp at 1 %, 5 % and 25 %; I would not." A sentence that reports a practice
 * and closes with a short rejection of it ("but I would not do that") claims none of it: the
 * whole report is negated.
 */
function withRejectedReport(pieces: Piece[]): Piece[] {
  let last = -1;
  for (let i = pieces.length - 1; i >= 0; i--) {
    if (REPORT_BREAKS.has(pieces[i]?.text ?? '')) {
      last = i;
      break;
    }
  }
  if (last <= 0) return pieces;
  const tail = pieces.slice(last + 1).filter((piece) => piece.kind !== 'mark');
  const rejects =
    tail.length > 0 &&
    tail.length <= SHORT_REJECTION &&
    tail.some((piece) => isNegator(piece)) &&
    tail.every(
      (piece) =>
        PRO_FORMS.has(piece.text) || ['PRON', 'AUX', 'PART', 'ADV', 'VERB'].includes(piece.pos),
    );
  if (rejects) for (let i = 0; i < last; i++) (pieces[i] as Piece).negated = true;
  return pieces;
}

function isNegator(piece: Piece): boolean {
  return piece.text === 'not' || piece.text === 'no' || piece.text === 'never';
}

/** True when the fragment starting at `from` (up to the next comma) has a verb. */
function hasVerbBefore(pieces: readonly Piece[], from: number): boolean {
  for (let i = from; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    if (piece.text === ',' || SCOPE_ENDS.has(piece.text)) return false;
    if (piece.pos === 'VERB' || piece.pos === 'AUX') return true;
  }
  return false;
}

/** Turns numbers (digits or words) and the unit after them into one token each. */
function withQuantities(pieces: readonly Piece[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const number = numberAt(pieces, i);
    if (number === null) {
      tokens.push(plain(piece));
      continue;
    }
    const unit = unitAt(pieces, number.next);
    const isArticle = piece.text === 'a' || piece.text === 'an';
    if (isArticle && number.value === 1 && (unit === null || !DURATIONS.has(unit.unit))) {
      tokens.push(plain(piece));
      continue;
    }
    tokens.push({
      text: piece.text,
      lemma: piece.lemma,
      kind: 'number',
      pos: 'NUM',
      negated: piece.negated,
      value: number.value,
      ...(unit === null ? {} : { unit: unit.unit }),
    });
    i = (unit === null ? number.next : unit.next) - 1;
  }
  return tokens;
}

/** A piece that is no quantity is already a token: kept as it is, not copied (long answers). */
function plain(piece: Piece): Token {
  return piece;
}

/** The number starting at pieces[i] and the index after it: "0.5", "+200", "twenty five", "two hundred", "half a", "a". */
function numberAt(pieces: readonly Piece[], i: number): { value: number; next: number } | null {
  const piece = pieces[i] as Piece;
  if (piece.kind === 'number') {
    const value = Number(piece.text.replace(/^\+/, '').replace(/,/g, ''));
    return Number.isFinite(value) ? { value, next: i + 1 } : null;
  }
  if (piece.text === 'a' || piece.text === 'an') {
    // "a hundred percent" is 100; "a day" is one day.
    return pieces[i + 1]?.text === 'hundred'
      ? { value: 100, next: i + 2 }
      : { value: 1, next: i + 1 };
  }
  const word = NUMBER_WORDS[piece.text];
  if (word === undefined || (piece.pos !== 'NUM' && piece.text !== 'half')) return null;
  if (piece.text === 'half') {
    const skip = pieces[i + 1]?.text === 'a' || pieces[i + 1]?.text === 'an' ? 2 : 1;
    return { value: 0.5, next: i + skip };
  }
  let value = word;
  let next = i + 1;
  const following = NUMBER_WORDS[pieces[next]?.text ?? ''];
  if (following === 100) {
    value *= 100;
    next += 1;
  } else if (following !== undefined && following < 10 && word >= 20 && word < 100) {
    value += following;
    next += 1;
  }
  return { value, next };
}

/** The unit at pieces[j] (allowing "12-hour"), and the index after it. */
const UNIT_ADJECTIVES = new Set(['-', 'full', 'whole', 'entire', 'complete', 'more']);

function unitAt(pieces: readonly Piece[], j: number): { unit: Unit; next: number } | null {
  const at = UNIT_ADJECTIVES.has(pieces[j]?.text ?? '') ? j + 1 : j;
  const first = pieces[at];
  if (first === undefined) return null;
  const pair = UNIT_PAIRS[`${first.lemma} ${pieces[at + 1]?.lemma ?? ''}`];
  if (pair !== undefined) return { unit: pair, next: at + 2 };
  const single = UNIT_WORDS[first.text] ?? UNIT_WORDS[first.lemma];
  return single === undefined ? null : { unit: single, next: at + 1 };
}

/** True for a duration unit: minutes, hours, days, weeks. */
export function isDuration(unit: Unit | undefined): boolean {
  return unit === 'min' || unit === 'h' || unit === 'd' || unit === 'w';
}
