import type { Piece } from './tokens';

/** How far a negation reaches inside a sentence, beyond what the language model marks. */

/** Marks that end the reach of a negation inside a sentence. */
const SCOPE_ENDS = new Set([':', '→', ';', '.', '(', ')', 'but', 'whereas', 'while', 'although']);
/**
 * Words the model does not treat as negators but a candidate uses to reject something, and the
 * sign of inequality in notes ("clean canary ≠ better"), which denies what follows it.
 */
const EXTRA_NEGATORS = new Set(['nobody', 'skip', 'skipping', 'nor', 'without', '≠']);
const ADDITIVE = new Set(['just', 'only', 'merely', 'simply']);
/** Negators that quantify ("nobody", "no step"): an exception after them affirms what it names. */
const QUANTIFYING_NEGATORS = new Set(['no', 'nobody', 'nothing', 'none', 'never', 'neither']);
/** "Nobody moves us up unless both say yes": the exception is the rule that is affirmed. */
const EXCEPTIONS = new Set(['unless', 'until', 'except']);
const WORD_NEGATORS = new Set(['no', 'not', 'non']);

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
    } else if (carrying && opensPredicate(pieces, i)) {
      // "I'd skip staged cohorts and just route 10 % at random": "skip" rejects its own object,
      // not the second verb's.
      carrying = false;
      cut = true;
    } else if (!piece.negated && !carrying) {
      cut = false;
    }
    // "No stage opens without a sign-off": two negations affirm what follows the second.
    // A series of "without"s ("without thresholds, without holds, …") repeats one negation.
    if (piece.text === 'without' && lastWordNegated && lastNegator !== 'without') doubled = true;
    if (EXCEPTIONS.has(piece.text) && lastWordNegated && QUANTIFYING_NEGATORS.has(lastNegator)) {
      doubled = true;
    }
    if (
      isNegator(piece) ||
      QUANTIFYING_NEGATORS.has(piece.text) ||
      EXTRA_NEGATORS.has(piece.text)
    ) {
      lastNegator = piece.text;
    }
    piece.negated = !doubled && ((piece.negated && !cut) || (carrying && piece.kind !== 'mark'));
    // "The go or no-go is mine": a negator inside a hyphenated word negates that word only.
    if (piece.afterHyphen && previous !== undefined && WORD_NEGATORS.has(previous.text)) {
      cut = true;
      carrying = false;
    }
    if (piece.kind !== 'mark') lastWordNegated = piece.negated;
  }
  return pieces;
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
/** Splitting pieces also reads "no … beyond" and "not exceeding" as bounds. */
const BOUNDS = new Set([...BOUND_COMPARATIVES, 'beyond', 'exceeding']);
const BOUND_ENDS = new Set([',', ...SCOPE_ENDS]);

/**
 * "Failures no more than 0.5 % above control" states a limit, not a denial: the model's negation
 * after a negator that bounds a comparative is cleared up to the end of the fragment.
 */
function withBoundsAffirmed(pieces: Piece[]): void {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    if (!(piece.text === 'no' || piece.text === 'not') || !BOUNDS.has(pieces[i + 1]?.text ?? '')) {
      continue;
    }
    for (let j = i + 1; j < pieces.length && !BOUND_ENDS.has(pieces[j]?.text ?? '.'); j++) {
      (pieces[j] as Piece).negated = false;
    }
  }
}

const REPORT_BREAKS = new Set(['but', ';', ',', '—']);
const PRO_FORMS = new Set(['that', 'this', 'it', 'them', 'so', 'either', 'any', 'too']);
/** Verbs that turn down what a pro-form points back to: "…, so I'd skip them". */
const DISMISSING = new Set(['skip', 'drop', 'avoid', 'ditch', 'ignore']);
/** A short closing rejection has at most this many words. */
const SHORT_REJECTION = 7;

/**
 * "Others stage the ramp at 1 %, 5 % and 25 %; I would not." A sentence that reports a practice
 * and closes with a short rejection of it ("but I would not do that") claims none of it: the
 * whole report is negated.
 */
export function withRejectedReport(pieces: Piece[]): Piece[] {
  let last = -1;
  for (let i = pieces.length - 1; i >= 0; i--) {
    if (REPORT_BREAKS.has(pieces[i]?.text ?? '')) {
      last = i;
      break;
    }
  }
  if (last <= 0) return pieces;
  const tail = pieces.slice(last + 1).filter((piece) => piece.kind !== 'mark');
  const rejects = shortRefusal(tail) || refusesPointingBack(tail);
  if (rejects) for (let i = 0; i < last; i++) (pieces[i] as Piece).negated = true;
  return pieces;
}

const REFUSAL_POS = new Set(['PRON', 'AUX', 'PART', 'ADV', 'VERB']);
/** What follows a pro-form in "any of that", "none of it", "all of this". */
const PRO_FORM_LINKS = new Set(['of', 'all', 'none', 'those', 'these']);

/** "… but I would not", "…, so I'd skip them": a few words of refusal and pro-forms. */
function shortRefusal(tail: readonly Word[]): boolean {
  return (
    tail.length > 0 &&
    tail.length <= SHORT_REJECTION &&
    tail.some((piece) => isNegator(piece) || DISMISSING.has(piece.lemma)) &&
    tail.every((piece) => PRO_FORMS.has(piece.text) || REFUSAL_POS.has(piece.pos))
  );
}

/**
 * "The textbook says you should X, Y and Z, but I wouldn't do any of that for this migration":
 * a negated verb whose object is a pro-form pointing back at the report, then at most an adjunct
 * without a verb of its own.
 */
function refusesPointingBack(tail: readonly Word[]): boolean {
  let at = 0;
  let refused = false;
  while (
    at < tail.length &&
    REFUSAL_POS.has(tail[at]?.pos ?? '') &&
    !PRO_FORMS.has(tail[at]?.text ?? '')
  ) {
    const piece = tail[at] as Word;
    refused ||= isNegator(piece) || DISMISSING.has(piece.lemma);
    at++;
  }
  if (!refused || at > SHORT_REJECTION) return false;
  const verbEnd = at;
  // "I wouldn't bother with that": a preposition may lead the pro-form.
  if (tail[at]?.pos === 'ADP' && PRO_FORMS.has(tail[at + 1]?.text ?? '')) at++;
  while (
    at < tail.length &&
    (PRO_FORMS.has(tail[at]?.text ?? '') || PRO_FORM_LINKS.has(tail[at]?.text ?? ''))
  )
    at++;
  if (at === tail.length) return true;
  // Past the verb only a pro-form may be its object, and an adjunct after it adds no verb.
  const pointsBack = at > verbEnd;
  return pointsBack && tail.slice(at).every((piece) => piece.pos !== 'VERB' && piece.pos !== 'AUX');
}

/** Words that report what others hold: "the textbook says", "people will tell you", "best practice". */
const REPORTING = new Set([
  'say',
  'tell',
  'recommend',
  'suggest',
  'advise',
  'claim',
  'argue',
  'teach',
  'insist',
  'textbook',
  'playbook',
  'advice',
  'orthodoxy',
]);
const SPEAKERS = new Set(['i', 'we']);
/** A refusal in a sentence of its own is only these: "I wouldn't.", "We won't do any of that." */
const BARE_REFUSAL_POS = new Set(['PRON', 'AUX', 'PART']);
const BARE_REFUSAL_WORDS = new Set(['do', 'bother', 'follow', 'here', 'either', 'personally']);

/** What the refusal checks read of a token or a piece. */
type Word = Pick<Piece, 'text' | 'lemma' | 'pos' | 'kind'>;

/**
 * "The textbook says to get a sign-off at every gate. I wouldn't." A sentence that is only the
 * speaker's refusal turns down what the sentence before it reported.
 */
export function refusesReported(reported: readonly Word[], refusal: readonly Word[]): boolean {
  const words = refusal.filter((word) => word.kind !== 'mark');
  if (!words.some((word) => isNegator(word) || DISMISSING.has(word.lemma))) return false;
  // "… I don't buy it for a recommender: …": the refusal may be the next sentence's opening
  // fragment, a negated verb whose object points back at the report.
  const opening = openingFragment(refusal).filter((word) => word.kind !== 'mark');
  return (isBareRefusal(words) || refusesPointingBack(opening)) && reportsOthers(reported);
}

/** Only the refusal: "I wouldn't.", "We won't do any of that here." */
function isBareRefusal(words: readonly Word[]): boolean {
  return (
    words.length > 0 &&
    words.length <= SHORT_REJECTION + 1 &&
    words.every(
      (word) =>
        BARE_REFUSAL_POS.has(word.pos) ||
        PRO_FORMS.has(word.text) ||
        PRO_FORM_LINKS.has(word.text) ||
        BARE_REFUSAL_WORDS.has(word.lemma) ||
        DISMISSING.has(word.lemma),
    )
  );
}

/** The words before the first mark that ends a fragment. */
function openingFragment(words: readonly Word[]): Word[] {
  const end = words.findIndex((word) => FRAGMENT_ENDS.has(word.text));
  return end < 0 ? [...words] : words.slice(0, end);
}

/** A reporting word whose subject is not the speaker: "the textbook says", not "I'd say". */
function reportsOthers(words: readonly Word[]): boolean {
  return words.some((word, i) => {
    if (!REPORTING.has(word.lemma) && !REPORTING.has(word.text)) return false;
    let before = i - 1;
    while (before >= 0 && ['AUX', 'ADV', 'PART'].includes(words[before]?.pos ?? '')) before--;
    return !SPEAKERS.has(words[before]?.text ?? '');
  });
}

function isNegator(piece: Word): boolean {
  return piece.text === 'not' || piece.text === 'no' || piece.text === 'never';
}

/** "and (just) route …": a conjunction that opens a second verb of its own. */
function opensPredicate(pieces: readonly Piece[], at: number): boolean {
  if (pieces[at]?.text !== 'and' && pieces[at]?.text !== 'or') return false;
  let next = at + 1;
  while (pieces[next]?.pos === 'ADV') next++;
  return pieces[next]?.pos === 'VERB';
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

// The model reads a bare "No." as one word, "no." (as in "No. 5").
const OPENING_NEGATORS = new Set([
  'no',
  'no.',
  'not',
  'never',
  'nobody',
  'none',
  'nothing',
  'nope',
]);
const FRAGMENT_ENDS = new Set([',', ';', ':', '.', '!', '—']);

/**
 * "A named sign-off for each stage? No." A practice posed as a question and answered at once by
 * a refusal ("No.", "Not necessary", "Nobody should …", "We won't run one") is turned down, not
 * proposed. A tag question ("…, right?") asks for assent to a statement and stays one.
 */
export function answersNo(question: readonly Word[], answer: readonly Word[]): boolean {
  if (question.at(-1)?.text !== '?' || question.at(-3)?.text === ',') return false;
  const opening = openingFragment(answer).filter((word) => word.kind !== 'mark');
  const first = opening[0]?.text ?? '';
  if (OPENING_NEGATORS.has(first)) return true;
  // "We won't be running one.": the speaker's short refusal.
  return (
    SPEAKERS.has(first) &&
    opening.length <= SHORT_REJECTION &&
    opening.some((word) => isNegator(word))
  );
}
