import type { Piece } from './tokens';
import { boundsAMeasure } from './boundedMeasures';
import { isNegator, type Word } from './negationScope';
import { PLACE_WORDS } from './vocabulary';
import {
  asksIndirectly,
  deniesWhatItDoes,
  insideCondition,
  offersTheListener,
  repliesNo,
} from './readingDenied';

/**
 * Refusals: a practice reported or proposed and then turned down by the speaker claims nothing
 * ("the textbook says …, but I wouldn't"; "A named sign-off for each stage? No.").
 */

const REPORT_BREAKS = new Set(['but', ';', ',', '—']);
const PRO_FORMS = new Set(['that', 'this', 'it', 'them', 'so', 'either', 'any', 'too']);
/** Verbs that turn down what a pro-form points back to: "…, so I'd skip them". */
const DISMISSING = new Set(['skip', 'drop', 'avoid', 'ditch', 'ignore']);
/**
 * Verbs of drawing a conclusion: "…; I will not read it off a beta cohort" refuses an inference
 * from a source, not the practice before it.
 */
const INFERRING = new Set(['read', 'infer', 'conclude', 'deduce', 'derive']);
/**
 * Verbs of changing: "…, the limits agreed with engineering — we don't change them mid-rollout"
 * keeps what came before fixed; it refuses nothing.
 */
const CHANGING = new Set([
  'change',
  'edit',
  'move',
  'touch',
  'alter',
  'adjust',
  'revise',
  'tweak',
  'renegotiate',
  'reopen',
  'revisit',
  'relax',
  'loosen',
  'rewrite',
]);
/**
 * Verbs of harming a group: "…, customers of ten years last, we cannot lose them" guards who came
 * before; it refuses nothing.
 */
export const HARMING: ReadonlySet<string> = new Set([
  'lose',
  'disappoint',
  'upset',
  'hurt',
  'alienate',
  'annoy',
]);
/** "…, I wouldn't run one": "one" as the object points back at the practice just named. */
const INDEFINITE_PRO_FORM = 'one';
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
  const whole = pieces.slice(last + 1).filter((piece) => piece.kind !== 'mark');
  // "…, so I'd set none and let the ML team tell us": the refusal is the tail's first predicate.
  const tail = firstPredicate(whole);
  // The refusal is the speaker's: a closing clause about someone else ("…, he does not need to
  // ask me") is a statement of its own, not a rejection of what came before.
  const rejects =
    !(contrasts(tail) && pieces[last]?.text !== 'but') &&
    !boundsAMeasure(tail) &&
    bySpeaker(tail) &&
    (shortRefusal(tail) || refusesPointingBack(tail));
  if (rejects) for (let i = 0; i < last; i++) (pieces[i] as Piece).negated = true;
  return pieces;
}

/** The words before "and" opens a second predicate ("and let …"), or all of them. */
function firstPredicate(tail: readonly Word[]): readonly Word[] {
  const second = tail.findIndex(
    (piece, i) => i > 0 && piece.pos === 'CCONJ' && tail[i + 1]?.pos === 'VERB',
  );
  return second < 0 ? tail : tail.slice(0, second);
}

/**
 * "…, that's an A/B test, not this", "…, it's a randomised A/B test, not these numbers": a bare
 * "not" and what it sets aside, after a comma, contrast what came before with it; with no
 * auxiliary and no speaker of its own the tail refuses nothing, whatever the tagger calls its
 * last word ("…, but not that" still turns it down).
 */
function contrasts(tail: readonly Word[]): boolean {
  // "…, never for this canary" sets aside as "not" does.
  if (tail.length < 2 || !SETTING_ASIDE.has(tail[0]?.text ?? '')) return false;
  return tail.every((piece) => piece.pos !== 'AUX' && !SPEAKERS_IN_TAIL.has(piece.text));
}

const SPEAKERS_IN_TAIL = new Set(['i', 'we', 'me', 'us']);
const SETTING_ASIDE = new Set(['not', 'never']);

const REFUSAL_POS = new Set(['PRON', 'AUX', 'PART', 'ADV', 'VERB']);
/** What follows a pro-form in "any of that", "none of it", "all of this". */
const PRO_FORM_LINKS = new Set(['of', 'all', 'none', 'those', 'these']);

/** "… but I would not", "…, so I'd skip them": a few words of refusal and pro-forms. */
function shortRefusal(tail: readonly Word[]): boolean {
  return (
    tail.length > 0 &&
    tail.length <= SHORT_REJECTION &&
    tail.some((piece, i) => refuses(piece) || removes(tail, i)) &&
    // "…, and engineering owns the routing, I don't touch that": hands kept off, nothing refused.
    !tail.some((piece) => CHANGING.has(piece.lemma) || HARMING.has(piece.lemma)) &&
    !heldBack(tail) &&
    tail.every(
      (piece) => PRO_FORMS.has(piece.text) || REFUSAL_POS.has(piece.pos) || REMOVED.has(piece.text),
    )
  );
}

/** Verbs that take written words back with their particle: "struck it out", "took both off". */
const REMOVING = new Set(['strike', 'cross', 'scratch', 'take']);
/** The particles, and "both" pointing back at two practices ("I took both off again"). */
const REMOVED = new Set(['out', 'off', 'both']);

/** "…; I struck it out again", "…; I took both off again": the speaker removes what came before. */
function removes(tail: readonly Word[], at: number): boolean {
  if (!REMOVING.has(tail[at]?.lemma ?? '')) return false;
  // What is removed is pointed back to between the verb and its particle; a bare "— struck off"
  // is a verdict's label (refusingLabels.ts), not the speaker's act.
  const pointed = PRO_FORMS.has(tail[at + 1]?.text ?? '') || tail[at + 1]?.text === 'both';
  const off = tail[at + 2]?.text ?? '';
  return pointed && (off === 'out' || off === 'off');
}

/** Verbs of the release going on to its next stage. */
const ADVANCING = new Set(['advance', 'widen', 'proceed', 'progress', 'expand']);

/**
 * "… both tug the first seam; unsigned, it does not advance": the release ("it") held at its
 * stage until the act is done; the act is the condition, not a practice turned down.
 */
function heldBack(tail: readonly Word[]): boolean {
  return tail[0]?.text === 'it' && tail.some((piece) => ADVANCING.has(piece.lemma));
}

/** A negator, a dismissing verb, or "none" as the object ("…, so I'd set none"). */
function refuses(piece: Word): boolean {
  return isNegator(piece) || DISMISSING.has(piece.lemma) || piece.text === 'none';
}

/**
 * No pronoun but the speaker's and pro-forms pointing back: "he does not need to ask me" is not
 * one; nor is a tail whose subject is left out and is someone else acting ("…; growth is told,
 * but doesn't sign": "does" continues growth, as "I" or "we" would take "do"). A practice judged
 * ("…, but doesn't fit here", "…, but isn't needed") is still turned down.
 */
function bySpeaker(tail: readonly Word[]): boolean {
  if (othersAct(tail)) return false;
  return tail.every((piece) => piece.pos !== 'PRON' || SPEAKER_OR_POINTING.has(piece.text));
}

/** What someone other than the speaker does in a release: signing, approving, deciding. */
const OTHERS_ACTS = new Set(['sign', 'approve', 'decide', 'vote', 'veto']);

/** "doesn't sign", "does not approve": a third person's act, its subject left out. */
function othersAct(tail: readonly Word[]): boolean {
  const negated = tail[1] !== undefined && isNegator(tail[1]);
  return tail[0]?.text === 'does' && negated && OTHERS_ACTS.has(tail[2]?.lemma ?? '');
}

/** Pronouns a refusal may hold: the speaker, and pro-forms pointing back at what it refuses. */
const SPEAKER_OR_POINTING = new Set(['i', 'we', 'us', INDEFINITE_PRO_FORM, ...PRO_FORMS]);

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
    !PRO_FORMS.has(tail[at]?.text ?? '') &&
    !(at > 0 && tail[at]?.text === INDEFINITE_PRO_FORM)
  ) {
    const piece = tail[at] as Word;
    if (INFERRING.has(piece.lemma) || CHANGING.has(piece.lemma) || HARMING.has(piece.lemma)) {
      return false;
    }
    refused ||= isNegator(piece) || DISMISSING.has(piece.lemma);
    at++;
  }
  if (!refused || at > SHORT_REJECTION) return false;
  const verbEnd = at;
  if (tail[at]?.text === INDEFINITE_PRO_FORM && at > 0 && tail[at - 1]?.pos === 'VERB') at++;
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

/**
 * "The textbook says to get a sign-off at every gate. I wouldn't." A sentence that is only the
 * speaker's refusal turns down what the sentence before it reported.
 */
export function refusesReported(reported: readonly Word[], refusal: readonly Word[]): boolean {
  const words = refusal.filter((word) => word.kind !== 'mark');
  if (pushesBack(words)) return reportsOthers(reported);
  if (!words.some((word) => isNegator(word) || DISMISSING.has(word.lemma))) return false;
  // "You said the canary would prove it's better. It can't do that, …": what was reported, denied.
  if (deniesWhatItDoes(openingFragment(refusal))) return reportsOthers(reported);
  // "… I don't buy it for a recommender: …": the refusal may be the next sentence's opening
  // fragment, a negated verb whose object points back at the report.
  const opening = openingFragment(refusal).filter((word) => word.kind !== 'mark');
  return (isBareRefusal(words) || refusesPointingBack(opening)) && reportsOthers(reported);
}

/** Words of a short objection: "I'd push back on both halves of that", "I disagree with that". */
const OBJECTION_WORDS = 10;

/** The speaker objecting to what was just reported, pointing back at it. */
function pushesBack(words: readonly Word[]): boolean {
  if (words.length > OBJECTION_WORDS || !SPEAKERS.has(words[0]?.text ?? '')) return false;
  const objects = words.some(
    (word, i) =>
      (word.lemma === 'push' && words[i + 1]?.text === 'back') ||
      word.lemma === 'disagree' ||
      (word.lemma === 'argue' && words[i + 1]?.text === 'against'),
  );
  return objects && words.some((word) => PRO_FORMS.has(word.text));
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

/** Openers before a refusal: "But in practice we never did that", "Honestly, …". */
const LEADING_LINKS = new Set(['but', 'yet', 'and', 'so']);
const LEADING_ADJUNCTS = new Set(['practice', 'reality', 'fact', 'truth']);

/**
 * The words before the first mark that ends a fragment, past an opening link and adjunct ("But
 * in practice …") and up to a conjunction that opens another clause ("… and it was fine").
 */
function openingFragment(words: readonly Word[]): Word[] {
  let start = 0;
  if (LEADING_LINKS.has(words[start]?.text ?? '')) start++;
  if (words[start]?.text === 'in' && LEADING_ADJUNCTS.has(words[start + 1]?.text ?? '')) start += 2;
  let end = start;
  while (end < words.length && !FRAGMENT_ENDS.has(words[end]?.text ?? '')) {
    if (end > start && words[end]?.pos === 'CCONJ') break;
    end++;
  }
  return words.slice(start, end);
}

/** A reporting word whose subject is not the speaker: "the textbook says", not "I'd say". */
function reportsOthers(words: readonly Word[]): boolean {
  return words.some((word, i) => {
    if (!REPORTING.has(word.lemma) && !REPORTING.has(word.text)) return false;
    if (insideCondition(words, i)) return false;
    let before = i - 1;
    while (before >= 0 && ['AUX', 'ADV', 'PART'].includes(words[before]?.pos ?? '')) before--;
    return !SPEAKERS.has(words[before]?.text ?? '');
  });
}

// The model reads a bare "No." as one word, "no." (as in "No. 5"). The French "non" is said in
// English speech as "no" is ("A sign-off at every stage? Non."), and so are the Ukrainian "ni"
// ("Stages with a hold at each one? Ni."), the Romanian "nu" ("An A/B test afterwards? Nu.") and
// the Mandarin "bù" ("…, new customers last? Bù, we don't put anyone in any order.") and the
// isiZulu "cha" ("Staff first, …, new writers last? Cha, no ordering at all.").
const OPENING_NEGATORS = new Set([
  'no',
  'no.',
  'non',
  'ni',
  'nu',
  'bù',
  'cha',
  'not',
  'never',
  'nobody',
  'none',
  'nothing',
  'nope',
]);
const ONCE_MORE = new Set(['also', 'again', 'still']);
const PASSING_OVER = new Set(['skip', 'pass', 'drop', 'decline', 'forgo']);
const FRAGMENT_ENDS = new Set([',', ';', ':', '.', '!', '—']);

/**
 * "A named sign-off for each stage? No." A practice posed as a question and answered at once by
 * a refusal ("No.", "Not necessary", "Nobody should …", "We won't run one") is turned down, not
 * proposed. A tag question ("…, right?") asks for assent to a statement and stays one.
 */
export function answersNo(question: readonly Word[], answer: readonly Word[]): boolean {
  const asked =
    (question.at(-1)?.text === '?' && !taggedOn(question)) || offersTheListener(question);
  // A question reported ("Mira asked if …") is answered only by a reply that opens on "No".
  if (!asked) return asksIndirectly(question) && repliesNo(withoutLabel(answer));
  const opening = openingFragment(withoutLabel(answer)).filter((word) => word.kind !== 'mark');
  const first = opening[0]?.text ?? '';
  if (OPENING_NEGATORS.has(first)) return true;
  // "Also no.", "Again no." after the second question of a run.
  if (ONCE_MORE.has(first) && OPENING_NEGATORS.has(opening[1]?.text ?? '')) return true;
  // "Will not bother.", "Won't bother.": the speaker's refusal, its subject left out as in notes.
  if (ELIDED_REFUSALS.has(first) && opening[1]?.text === 'not') return true;
  // "There is no such split here.": what was asked, denied to exist.
  if (opening.some((word, at) => word.text === 'no' && opening[at + 1]?.text === 'such')) {
    return true;
  }
  // "We won't be running one.": the speaker's short refusal.
  if (!SPEAKERS.has(first)) return false;
  if (opening.length <= SHORT_REJECTION) {
    // "We skip it.", "We pass.": a short reply that passes the practice over.
    return opening.some(
      (word) => isNegator(word) || (PASSING_OVER.has(word.lemma) && word.pos === 'VERB'),
    );
  }
  // "Staff first, …, new guests last?" — "We won't be sorting guests by county …": a longer
  // refusal at once, of what the question names.
  const refusesAtOnce = opening.slice(1, REFUSAL_OPENS).some((word) => isNegator(word));
  return refusesAtOnce && namesAsked(question, opening);
}

/**
 * "…, right?": one word after the last comma tags a statement. "…, the formality grade, p95?"
 * ends a list: a tag has no figure in it.
 */
function taggedOn(question: readonly Word[]): boolean {
  return question.at(-3)?.text === ',' && !/\d/u.test(question.at(-2)?.text ?? '');
}

/** Auxiliaries a note's refusal opens on when it leaves its subject out: "Will not bother." */
const ELIDED_REFUSALS = new Set(['will', 'would', 'shall', 'can']);

/** Words into a reply its negator must come: "we won't", "we will not". */
const REFUSAL_OPENS = 4;

/** An order asked by its places ("staff first, …, new guests last?") is named by "order" or "cohorts". */
const ORDER_NAMES = new Set(['order', 'cohort', 'sequence', 'segment']);

function namesAsked(question: readonly Word[], answer: readonly Word[]): boolean {
  const asked = new Set(question.filter((word) => word.pos === 'NOUN').map((word) => word.lemma));
  if (answer.some((word) => word.pos === 'NOUN' && asked.has(word.lemma))) return true;
  const order = question.some((word) => PLACE_WORDS.has(word.text));
  return order && answer.some((word) => ORDER_NAMES.has(word.lemma));
}

/** "A: No." — the reply past a bullet and a speaker's label. */
function withoutLabel(words: readonly Word[]): readonly Word[] {
  let at = words[0]?.kind === 'mark' ? 1 : 0;
  // "No: the canary only …" is the reply itself, not a label.
  const label = words[at]?.kind === 'word' && !OPENING_NEGATORS.has(words[at]?.text ?? '');
  if (words[at + 1]?.text === ':' && label) at += 2;
  return words.slice(at);
}
