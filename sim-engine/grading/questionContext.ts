import { headedBySpeaker } from './listHeadings';
import { negatedToken } from './pieces';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * An answer written as the interviewer's questions, each answered by the speaker ("How long per
 * step? A full day each."): the short answer means what it says about the thing the question
 * asked. The answer is read with the question's words before it, filling the gap the question
 * word left, as a listener hears it ("(each stage runs) a full day each"); an answer that opens
 * on a denial denies what was asked. The question alone still earns nothing it did not before.
 */

const MEASURE_POS = new Set(['ADJ', 'ADV']);
// The tokenizer keeps a full stop on a bare "no." at a sentence's end.
const DENIALS = new Set(['no', 'no.', 'not', 'nope', 'never']);
const WH = new Set(['who', 'what', 'when', 'how', 'which', 'why', 'where', 'whom']);
/** A short answer: longer ones name their own subject. */
const SHORT_ANSWER = 14;

const SEPARATOR: Token = { text: ';', lemma: ';', kind: 'mark', pos: 'PUNCT', negated: false };

/** Each short answer to a question carries the question's words after its own. */
export function withQuestionsAnswered(
  sentences: readonly Sentence[],
  asWritten: readonly Sentence[] = sentences,
): Sentence[] {
  return sentences.map((sentence, i) => {
    // "Short quiz: … Q1: PM owns? A: order, limits, holds": a quiz's question, set by someone
    // else and so not the speaker's claim, still frames the answer labelled as the speaker's.
    const before = labelledAnswer(sentence.tokens) ? asWritten[i - 1] : sentences[i - 1];
    const question = asInterviewerPutIt(before);
    if (question === undefined || !asks(question.tokens) || asks(sentence.tokens)) return sentence;
    if (sentence.tokens.length === 0 || sentence.words > SHORT_ANSWER) return sentence;
    if (!interrogative(question.tokens) || offersOptions(question.tokens)) return sentence;
    // "Does a clean canary prove it better? Answer: it proves it is safe.": a clause of its own.
    if (yesNo(question.tokens) && ownClause(sentence.tokens)) return sentence;
    // "L3 Q. Owners? L4 A. Me: cohort order, limits, holds.": an answer headed by the speaker
    // says whose its items are itself.
    if (headedBySpeaker(sentence.tokens)) return sentence;
    const asked = askedAbout(question.tokens);
    // The answer, or the sentence after it, may name what was asked itself.
    const said = [...sentence.tokens, ...(sentences[i + 1]?.tokens ?? [])];
    if (asked.length === 0 || restatesAsked(asked, said)) return sentence;
    // "Better for customers? Not from the canary.": an answer opening on a denial denies what was asked.
    if (refusesAsked(sentence.tokens)) {
      const denied = asked.map(negatedToken);
      return { ...sentence, tokens: [...sentence.tokens, SEPARATOR, ...denied] };
    }
    // The answer fills the question's gap: "(each stage runs) a full day each"; "Q1: PM owns?
    // A: order of users, …" reads "PM owns order of users, …", the answer's label left out.
    // Filled in so, the answer is the question's clause with its object: a clause, not a list.
    if (asksForObject(asked)) {
      return {
        ...sentence,
        tokens: [...asked, ...withoutAnswerLabel(sentence.tokens)],
        isClause: true,
      };
    }
    return { ...sentence, tokens: [...asked, ...sentence.tokens] };
  });
}

/** The label a quiz or an interview puts before an answer: "A:", "Answer:". */
const ANSWER_LABELS = new Set(['a', 'answer', 'ans']);

/** "PM owns?": a question that ends on its verb asks for the verb's object, which the answer is. */
function asksForObject(asked: readonly Token[]): boolean {
  return asked.filter((token) => token.kind !== 'mark').at(-1)?.pos === 'VERB';
}

/** Past a bullet or a dash, where the answer's label stands. */
function labelAt(tokens: readonly Token[]): number {
  return tokens[0]?.kind === 'mark' ? 1 : 0;
}

function labelledAnswer(tokens: readonly Token[]): boolean {
  const at = labelAt(tokens);
  return ANSWER_LABELS.has(tokens[at]?.text ?? '') && tokens[at + 1]?.text === ':';
}

function withoutAnswerLabel(tokens: readonly Token[]): readonly Token[] {
  return labelledAnswer(tokens) ? tokens.slice(labelAt(tokens) + 2) : tokens;
}

/**
 * "Better? Canary says safe, nothing more; better takes a randomised A/B test afterward.", "Better?
 * A canary says safe. Better takes a randomised A/B test after.": an answer that names what was
 * asked itself, there or in the sentence after it, places it; carried in front, the question's
 * word would be said again of the wrong subject.
 */
function restatesAsked(asked: readonly Token[], answer: readonly Token[]): boolean {
  const words = asked.filter((token) => token.kind === 'word');
  return (
    words.length > 0 && words.every((word) => answer.some((token) => token.lemma === word.lemma))
  );
}

/**
 * "Better for customers? Not from the canary.", "Who goes first? Touch right: not the staff, not
 * the regulars …": an answer that opens on a denial, past a short label of its own, refuses what
 * was asked; so does one whose first verb is negated.
 */
function refusesAsked(tokens: readonly Token[]): boolean {
  return DENIALS.has(tokens[pastAnswerLabel(tokens)]?.text ?? '') || refusesFirst(tokens);
}

/**
 * "Who goes first? Touch right: not the staff, …": a question that asks who, what or which, turned
 * down by an answer that opens on a denial. ("Does a clean canary mean it is better? No." answers a yes-or-no question:
 * the denial is the answer, and the question stays the speaker's own.)
 */
export function whQuestionRefused(question: readonly Token[], answer: readonly Token[]): boolean {
  // Only a denial opening the answer: "Whoever is on call, no permission needed" waives a step.
  const denied = DENIALS.has(answer[pastAnswerLabel(answer)]?.text ?? '');
  return WH.has(question[pastAnswerLabel(question)]?.text ?? '') && denied;
}

/** Words of an answer's own label before its colon: "A:", "Touch right:", "Call two, ruled:". */
const ANSWER_LABEL_WORDS = 3;

/** Where an answer's words begin, past a bullet and a short label ending on a colon. */
function pastAnswerLabel(tokens: readonly Token[]): number {
  const start = labelAt(tokens);
  const colon = tokens.findIndex((token, at) => at > start && token.text === ':');
  const label = tokens.slice(start, colon);
  const short = colon > start && label.length <= ANSWER_LABEL_WORDS + 1;
  return short && label.filter((token) => token.kind === 'word').length <= ANSWER_LABEL_WORDS
    ? colon + 1
    : start;
}

/**
 * "Rolling back? We won't set up a switch for the on-call to flip.": an answer whose first verb is
 * negated refuses what was asked, as one opening on "no" does.
 */
function refusesFirst(tokens: readonly Token[]): boolean {
  return tokens.find((token) => token.pos === 'VERB')?.negated === true;
}

/**
 * "A random 5 % of stores, or a chosen order?": the answer picks one option in its own words;
 * carried into it, the question would hand it the option it turned down.
 */
function offersOptions(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => token.text === 'or' && tokens[i - 1]?.text === ',');
}

const TOLD_BACK: Token = { text: '?', lemma: '?', kind: 'mark', pos: 'PUNCT', negated: false };

/**
 * The question as the interviewer put it: "You asked who signs off." tells it back, and is read
 * as "who signs off?".
 */
function asInterviewerPutIt(sentence: Sentence | undefined): Sentence | undefined {
  const tokens = sentence?.tokens ?? [];
  const opens = tokens[0]?.kind === 'mark' ? 1 : 0;
  const toldBack =
    tokens.at(-1)?.text === '.' &&
    tokens[opens]?.text === 'you' &&
    tokens[opens + 1]?.lemma === 'ask' &&
    WH.has(tokens[opens + 2]?.text ?? '');
  if (sentence === undefined || !toldBack) return sentence;
  return { ...sentence, tokens: [...tokens.slice(opens + 2, -1), TOLD_BACK] };
}

function asks(tokens: readonly Token[]): boolean {
  return tokens.at(-1)?.text === '?';
}

const SHORT_QUESTION = 4;

/**
 * An interviewer's question: it opens on a question word or an auxiliary ("Does each stage …?"),
 * or names its topic in a few words ("Ramp?"); not a statement with a question mark ("I guess
 * I'd try it and see how it goes?").
 */
function interrogative(tokens: readonly Token[]): boolean {
  const first = tokens[afterLabel(tokens)];
  if (first === undefined) return false;
  if (WH.has(first.text) || first.pos === 'AUX') return true;
  return tokens.filter((token) => token.kind !== 'mark').length <= SHORT_QUESTION + 1;
}

function afterLabel(tokens: readonly Token[]): number {
  let at = tokens[0]?.kind === 'mark' ? 1 : 0;
  if (tokens[at + 1]?.text === ':' && tokens[at]?.kind === 'word') at += 2;
  return at;
}

/** The question's words past its label and its question word, without the question mark. */
function askedAbout(tokens: readonly Token[]): Token[] {
  let at = afterLabel(tokens);
  if (WH.has(tokens[at]?.text ?? '')) at++;
  // "How long", "how fast", "how many": the question's measure is what the answer gives.
  if (tokens[at - 1]?.text === 'how' && MEASURE_POS.has(tokens[at]?.pos ?? '')) at++;
  // "Does each stage run?" asks whether; the answer states it.
  if (tokens[at]?.pos === 'AUX') at++;
  return tokens.slice(at, -1);
}

/** "Does each stage run …?": a question answered yes or no, opening on an auxiliary. */
function yesNo(tokens: readonly Token[]): boolean {
  return tokens[afterLabel(tokens)]?.pos === 'AUX';
}

const SUBJECTS = new Set(['it', 'we', 'i', 'they', 'that', 'this']);

/** "Answer: it proves it is safe": past its label the answer opens on a subject and its verb. */
function ownClause(tokens: readonly Token[]): boolean {
  const at = afterLabel(tokens);
  const verb = tokens[at + 1];
  return SUBJECTS.has(tokens[at]?.text ?? '') && (verb?.pos === 'VERB' || verb?.pos === 'AUX');
}
