import type { Piece } from './tokens';
import { hasVerbBefore } from './fragmentVerbs';
import { waivesAStep } from './waivedSteps';
import { negatedInRelativeClause } from './relativeNegation';

/** How far a negation reaches inside a sentence, beyond what the language model marks. */

/** Marks that end the reach of a negation inside a sentence. */
// A spaced dash opens a clause of its own: "It will not tell us that — that's an A/B test".
const SCOPE_ENDS = new Set([
  ':',
  '→',
  ';',
  '.',
  '(',
  ')',
  '—',
  '–',
  'but',
  'whereas',
  'while',
  'although',
  // The model ends a negation at "until" but not at "till": "it doesn't move on till the eng
  // lead and I have both said aye" affirms the approval, as "until" would.
  'till',
]);
/**
 * Words the model does not treat as negators but a candidate uses to reject something, and the
 * sign of inequality in notes ("clean canary ≠ better"), which denies what follows it.
 */
const EXTRA_NEGATORS = new Set(['nobody', 'skip', 'skipping', 'nor', 'without', '≠']);
const ADDITIVE = new Set(['just', 'only', 'merely', 'simply']);
/** Negators that quantify ("nobody", "no step"): an exception after them affirms what it names. */
const QUANTIFYING_NEGATORS = new Set(['no', 'nobody', 'nothing', 'none', 'never', 'neither']);
/** "Nobody moves us up unless both say yes": the exception is the rule that is affirmed. */
const EXCEPTIONS = new Set(['unless', 'until', 'till', 'except']);
const WORD_NEGATORS = new Set(['no', 'not', 'non']);
/** Negators of a verb: "do not split", "will never ask". */
const VERB_NEGATORS = new Set(['not', 'never']);

/**
 * The model marks the words after a negator up to the next punctuation. Two corrections: a colon,
 * an arrow or "but" ends the scope, and a list that continues after a comma with no verb of its
 * own stays negated ("we would not hold at 1 %, 5 %, 25 %"). "Not just X" adds X rather than
 * denying it.
 */
export function withScopedNegation(pieces: Piece[]): Piece[] {
  withBoundsAffirmed(pieces);
  let cut = false;
  let carrying = false;
  let doubled = false;
  let lastWordNegated = false;
  let lastNegator = '';
  let lastNegatorAt = -1;
  let quantifierAt = NO_QUANTIFIER;
  let previousFlags = 0;
  // A negator inside quotation marks is part of a quoted label ("not interested" taps, a "don't
  // show this" button): its reach ends at the closing mark.
  // A negation already running when the quote opens ("we would not log "…" taps") runs on.
  let quoted = false;
  let negatorQuoted = false;
  let negatedAtOpen = false;
  let quoteCut = false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const previous = pieces[i - 1];
    const flags = wordFlags(piece.text);
    if ((flags & QUOTE) !== 0) {
      if (quoted) quoteCut = negatorQuoted && !negatedAtOpen;
      else negatedAtOpen = lastWordNegated;
      quoted = !quoted;
      negatorQuoted = false;
    } else if ((flags & (NEGATOR_WORDS | SCOPE_END)) !== 0) {
      // A negator of its own after the quote starts its own reach.
      quoteCut = false;
    }
    if (previous !== undefined && (previousFlags & EXTRA_NEGATOR) !== 0) carrying = true;
    // "New buyers don't wait until last": what a refused wait would have waited for is refused
    // with it ("we don't advance until both sign" affirms the signing: no wait is refused there).
    if (piece.text === 'until' && previous?.negated === true && previous.lemma === 'wait') {
      carrying = true;
    }
    if (previous !== undefined && isNegator(previous) && (flags & ADDITIVE_WORD) !== 0) {
      carrying = false;
      cut = true;
    }
    if ((flags & SCOPE_END) !== 0) {
      cut = true;
      carrying = false;
      doubled = false;
    } else if (piece.text === ',') {
      // "I don't want stages with holds, or two nods from named leads": "or" goes on with the
      // refused list, whatever the tagger calls its words.
      const orMore = ALTERNATIVES.has(pieces[i + 1]?.text ?? '');
      // "I will not ask the master, or anybody, to stamp the bale": the refused verb's own
      // infinitive goes on after the aside.
      const infinitive = pieces[i + 1]?.text === 'to';
      // "… not that it sells better, for that an A/B test": what is refused is pointed back to.
      const pointsBack = pieces[i + 1]?.text === 'for' && POINTERS.has(pieces[i + 2]?.text ?? '');
      carrying =
        !pointsBack &&
        lastWordNegated &&
        !cut &&
        !doubled &&
        (orMore || infinitive || !hasVerbBefore(pieces, i + 1, SCOPE_ENDS)) &&
        !waivesAStep(pieces, lastNegatorAt) &&
        !negatedInRelativeClause(pieces, lastNegatorAt, i);
    } else if (
      carrying &&
      lastNegator === 'without' &&
      opensTimeClause(pieces, i, pieces[lastNegatorAt + 1])
    ) {
      // "… see it sits without rocking before each stage widens": "without" reaches its own
      // words; a clause of time after them, with its own verb, says when the whole is done.
      carrying = false;
      cut = true;
    } else if (carrying && opensPredicate(pieces, i)) {
      // "I'd skip staged cohorts and just route 10 % at random": "skip" rejects its own object,
      // not the second verb's.
      carrying = false;
      cut = true;
    } else if (!piece.negated && !carrying && !APOSTROPHES.has(piece.text)) {
      // A possessive's apostrophe ends no run: "not better: the wallets' lift needs …" stays cut.
      cut = false;
    }
    // "No stage opens without a sign-off": two negations affirm what follows the second.
    // A series of "without"s ("without thresholds, without holds, …") repeats one negation.
    // "Nothing advances without my name on it": a quantifying subject just before, even where the
    // model marks no negation after it, makes "without" its exception.
    // "… without asking me, and I do not split what I own from …": a verb's own negator in a
    // clause after "without" starts its own reach ("nobody moves unless …, no permission needed"
    // stays affirmed; speech without commas keeps the clause undivided).
    const afterWithout =
      lastNegator === 'without' && clauseOpensJustBefore(pieces, lastNegatorAt, i);
    if (doubled && afterWithout && VERB_NEGATORS.has(piece.text)) doubled = false;
    // "… without asking me, and no to any line between …": a "no to" refuses on its own.
    if (doubled && piece.text === 'no' && pieces[i + 1]?.text === 'to') doubled = false;
    const quantified = i - quantifierAt <= QUANTIFIER_REACH;
    if (piece.text === 'without' && (lastWordNegated || quantified) && lastNegator !== 'without') {
      doubled = true;
    }
    // Only a quantifier opening its clause is its subject ("Nothing advances …").
    const opensClause = previous === undefined || previous.kind === 'mark';
    if ((flags & QUANTIFYING_NEGATOR) !== 0 && opensClause) quantifierAt = i;
    // "No limits, without holds": the subject's reach ends at a comma or a scope's end.
    else if (piece.text === ',' || (flags & SCOPE_END) !== 0) quantifierAt = NO_QUANTIFIER;
    if (
      (flags & EXCEPTION) !== 0 &&
      lastWordNegated &&
      (wordFlags(lastNegator) & QUANTIFYING_NEGATOR) !== 0
    ) {
      doubled = true;
    }
    if (isNegator(piece) || (flags & (QUANTIFYING_NEGATOR | EXTRA_NEGATOR)) !== 0) {
      lastNegator = piece.text;
      lastNegatorAt = i;
      negatorQuoted ||= quoted;
    }
    piece.negated =
      !doubled && !quoteCut && ((piece.negated && !cut) || (carrying && piece.kind !== 'mark'));
    // "The go or no-go is mine": a negator inside a hyphenated word negates that word only.
    if (piece.afterHyphen && previous !== undefined && (previousFlags & WORD_NEGATOR) !== 0) {
      cut = true;
      carrying = false;
    }
    if (piece.kind !== 'mark') lastWordNegated = piece.negated;
    previousFlags = flags;
  }
  return pieces;
}

const TIME_CLAUSE_OPENERS = new Set(['before', 'after', 'until', 'once', 'when', 'whenever']);
/** Words from the opener to its clause's verb: "before each stage widens". */
const TIME_CLAUSE_REACH = 4;
const EVERY = new Set(['each', 'every']);
const WAITING = new Set(['wait', 'hold', 'pause', 'stop', 'check', 'sign', 'ask']);

/** A clause of time opens here: its opener, and a verb of its own a few words on. */
function opensTimeClause(pieces: readonly Piece[], at: number, refused?: Piece): boolean {
  if (!TIME_CLAUSE_OPENERS.has(pieces[at]?.text ?? '')) return false;
  // "… without rocking before each stage": every stage's gate, a time of its own; but "without
  // waiting before each stage" refuses the wait at every stage.
  if (EVERY.has(pieces[at + 1]?.text ?? '')) return !WAITING.has(refused?.lemma ?? '');
  for (let verb = at + 2; verb <= at + TIME_CLAUSE_REACH + 1; verb++) {
    const piece = pieces[verb];
    if (piece === undefined || piece.kind === 'mark') return false;
    if (piece.pos === 'VERB' && !piece.text.endsWith('ing')) return true;
  }
  return false;
}

/** Words from a clause's comma to its verb's negator: ", and I do not", ", we will never". */
const CLAUSE_OPENING_REACH = 4;

/** A comma after `from` opens the clause whose negator is at `at`, a few words before it. */
function clauseOpensJustBefore(pieces: readonly Piece[], from: number, at: number): boolean {
  const opening = Math.max(from + 1, at - CLAUSE_OPENING_REACH);
  return pieces.slice(opening, at).some((piece) => piece.text === ',');
}

const POINTERS = new Set(['that', 'this', 'which']);

/** Words after a comma that go on with a refused list: "…, or two nods", "…, nor a sign-off". */
const ALTERNATIVES = new Set(['or', 'nor']);

/** How near a quantifying subject must stand to "without" to make it an exception. */
const QUANTIFIER_REACH = 4;
/** No quantifier in reach: a small integer, so the hot loop's arithmetic stays on integers. */
const NO_QUANTIFIER = -1000;
const EXTRA_NEGATOR = 1;
const ADDITIVE_WORD = 2;
const SCOPE_END = 4;
const EXCEPTION = 8;
const QUANTIFYING_NEGATOR = 16;
const WORD_NEGATOR = 32;
const QUOTE = 64;
const NEGATOR_WORDS = EXTRA_NEGATOR | QUANTIFYING_NEGATOR | WORD_NEGATOR;
const QUOTE_MARKS = new Set(['"', '“', '”']);
const APOSTROPHES = new Set(["'", '’']);
/** Each word's memberships in the sets above, read once per word: every piece asks up to six. */
const flagsByWord = new Map<string, number>();
/** A bound on the memo: past it, it starts again (answers use a few thousand words). */
const MAX_REMEMBERED_WORDS = 50_000;

function wordFlags(word: string): number {
  let flags = flagsByWord.get(word);
  if (flags === undefined) {
    if (flagsByWord.size >= MAX_REMEMBERED_WORDS) flagsByWord.clear();
    flags =
      (EXTRA_NEGATORS.has(word) ? EXTRA_NEGATOR : 0) |
      (ADDITIVE.has(word) ? ADDITIVE_WORD : 0) |
      (SCOPE_ENDS.has(word) ? SCOPE_END : 0) |
      (EXCEPTIONS.has(word) ? EXCEPTION : 0) |
      (QUANTIFYING_NEGATORS.has(word) ? QUANTIFYING_NEGATOR : 0) |
      (WORD_NEGATORS.has(word) ? WORD_NEGATOR : 0) |
      (QUOTE_MARKS.has(word) ? QUOTE : 0);
    flagsByWord.set(word, flags);
  }
  return flags;
}

/** Comparatives that a negator turns into a bound: "no more than 0.5 %", "not worse than". */
export const BOUND_COMPARATIVES: ReadonlySet<string> = new Set([
  'more',
  'less',
  'fewer',
  'worse',
  'higher',
  'lower',
  'greater',
  'above',
  'below',
  'over',
  'under',
]);
/**
 * Splitting pieces also reads "no … beyond" and "not exceeding" as bounds, and a floor on time or
 * size: "none shorter than two days", "no sooner than Monday".
 */
const BOUNDS = new Set([
  ...BOUND_COMPARATIVES,
  'beyond',
  'exceeding',
  'shorter',
  'sooner',
  'earlier',
  'smaller',
]);
/**
 * "no", "not", "none" of a list's items ("1, 5, 25 %, none shorter than two days"), and "never"
 * as a floor ("holds until 400 are graded, never under a full week").
 */
const BOUNDING_NEGATORS = new Set(['no', 'not', 'none', 'never']);
const BOUND_ENDS = new Set([',', ...SCOPE_ENDS]);

/**
 * "Failures no more than 0.5 % above control" states a limit, not a denial: the model's negation
 * after a negator that bounds a comparative is cleared up to the end of the fragment.
 */
function withBoundsAffirmed(pieces: Piece[]): void {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    if (!BOUNDING_NEGATORS.has(piece.text) || !boundsAt(pieces, i + 1)) continue;
    for (let j = i + 1; j < pieces.length && !BOUND_ENDS.has(pieces[j]?.text ?? '.'); j++) {
      (pieces[j] as Piece).negated = false;
    }
  }
}

/** Verbs of a measure moving past a line: "must not go over 3 %", "not up more than 1 point". */
const RISING = new Set(['go', 'rise', 'climb', 'drift', 'creep', 'grow', 'get', 'up', 'down']);
/** Verbs that are the bound themselves: "must not exceed 2 points". */
const CROSSING = new Set(['exceed', 'pass', 'cross', 'top']);

/**
 * A bound opens at `at` after a negator: a comparative, or, when a quantity follows, a verb of
 * crossing or of moving ("not exceed 2 %", "not go over 3 %"): with a quantity it is a limit, not
 * a refusal ("we do not go beyond the pilot" stays a denial).
 */
function boundsAt(pieces: readonly Piece[], at: number): boolean {
  const word = pieces[at]?.lemma ?? '';
  if (BOUNDS.has(pieces[at]?.text ?? '')) return true;
  // "Advances not before 48 hours": a floor on time or count ("we do not move before sign-off"
  // stays a denial).
  if (CROSSING.has(word) || word === 'before') return quantityNear(pieces, at + 1);
  let bound = at;
  while (bound < at + 2 && RISING.has(pieces[bound]?.lemma ?? '')) bound++;
  return bound > at && BOUNDS.has(pieces[bound]?.text ?? '') && quantityNear(pieces, bound + 1);
}

/** A number within the next two pieces ("over 3 %", "more than 1 point"). */
function quantityNear(pieces: readonly Piece[], from: number): boolean {
  return pieces[from]?.kind === 'number' || pieces[from + 1]?.kind === 'number';
}

/** What the refusal checks read of a token or a piece. */
export type Word = Pick<Piece, 'text' | 'lemma' | 'pos' | 'kind'>;

export function isNegator(piece: Word): boolean {
  return piece.text === 'not' || piece.text === 'no' || piece.text === 'never';
}

/** "and (just) route …": a conjunction that opens a second verb of its own. */
function opensPredicate(pieces: readonly Piece[], at: number): boolean {
  if (pieces[at]?.text !== 'and' && pieces[at]?.text !== 'or') return false;
  let next = at + 1;
  while (pieces[next]?.pos === 'ADV') next++;
  return pieces[next]?.pos === 'VERB';
}
