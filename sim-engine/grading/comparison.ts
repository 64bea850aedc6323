import { provesGainWithCanary } from './canaryProof';
import { callsCanaryAnAbTest } from './canaryCalledTest';
import { answersNo } from './readingDenied';
import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteMisconception, noteNamed } from './findings';
import type { Match } from './match';
import {
  findAffirmed,
  findAll,
  fragmentOf,
  fragmentsWith,
  has,
  hasAny,
  lexicon,
  localLexicon,
} from './match';
import { canaryAnswersSafety, ONLY, OUT_OF_SCOPE, pointerShowsSafe } from './canarySafety';
import {
  isLabelledAnswer,
  labelsSafeAgainstBetter,
  notesSafeAgainstBetter,
} from './labelledAnswers';
import { testDeclaredUnneeded } from './unneededTest';
import { isRejected } from './rejection';
import type { Sentence } from './sentences';
import { openingWord } from './sentences';
import type { Token } from './tokens';
import { questionStart } from './questionLabels';
import {
  BETTER,
  CANARY,
  EXPERIMENT,
  HEDGE,
  NOT_RANDOM,
  SAFE,
  SEQUENCE,
  OTHER_GAINS,
} from './vocabulary';

/** Canary vs A/B: the canary says safe, a randomised A/B test says better, and which comes first. */

const NEGATORS = lexicon(
  'not | no | never | without | nor | neither | unlike | rather | instead | ≠ | nothing | silent',
);
/** Words that explain a lift away: "anecdotal", "biased by how we chose them". */
const EXPLAINED_AWAY = localLexicon(
  'anecdot* | biased | bias | selection | noise | noisy | artifact* | confound* | skewed | ' +
    'misleading | coincidence | who we picked | who we chose | how we chose | how we picked | ' +
    // "lift read off a canary cohort lies": the lift called false is not read off the canary.
    'lies | lie | lying',
);
/** Finds the safe/better split, randomisation, the A/B test following, and lift read from a canary. */
export function detectCanaryVsAb(sentences: readonly Sentence[]): Findings {
  const findings = emptyFindings();
  let canarySafe: Sentence | null = null;
  let testBetter: Sentence | null = null;
  let previousCanary = false;
  let previousBetter = false;
  let betterBefore = false;
  let canaryBefore = false;
  let endedOnDenial = false;
  // The sentences since the plan was last pointed at as showing safety ("this tells us it's safe").
  let pointedSafe: { sentence: Sentence; since: number } | null = null;
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const experiment = namesExperiment(tokens);
    // A negated canary is still the canary talked about ("careful not to read the canary as …").
    const canary = hasAny(tokens, CANARY);
    if (experiment) noteNamed(findings, sentence);
    const better = hasAny(tokens, BETTER) || hasAny(tokens, OTHER_GAINS);
    // "Canary: safe, not better.", "Better: a randomised A/B test.": the note's colon says what
    // its label is, as "is" would, so the note states it as a clause does.
    // "Safe, not better: randomised A/B test afterwards.": the split as a label, the test after it.
    const splitLabelled = experiment && labelsSafeAgainstBetter(tokens, SAFE, BETTER);
    const labelled =
      splitLabelled || isLabelledAnswer(tokens, CANARY) || isLabelledAnswer(tokens, BETTER);
    const read = labelled && !sentence.isClause ? { ...sentence, isClause: true } : sentence;
    if (splitLabelled) {
      canarySafe ??= read;
      testBetter ??= read;
    }
    // "Last rally: safe, not better." then "A randomised A/B test later.": the canary's answer.
    if (!experiment && notesSafeAgainstBetter(tokens, SAFE, BETTER)) {
      canarySafe ??= { ...sentence, isClause: true };
    }
    if (read.isClause && canaryAnswersSafety(tokens, canary, previousCanary, better)) {
      canarySafe ??= read;
      // "This is a safety check, not an A/B test": the canary set against an experiment.
      if (deniedAsExperiment(tokens)) {
        noteNamed(findings, sentence);
        testBetter ??= sentence;
      }
    }
    previousCanary = canary;
    // "… not evidence it is better. If we care, we run a randomised A/B test": the test answers the
    // question of "better" the sentence before raised.
    // "Warmer = better? A/B afterwards.", "Better for customers? Not from the canary. A randomised
    // A/B test afterwards.": in notes, the test placed after the canary answers the question of
    // "better" raised just before, clause or not.
    const placed = experiment && has(tokens, SEQUENCE) && (previousBetter || betterBefore);
    const answered = better || previousBetter || placed;
    if ((read.isClause || placed) && experiment && answered) {
      testBetter ??= read;
      // "This tells us the index is safe. Better search? A randomised A/B test afterwards.": the
      // question of "better", raised just after the plan showed safety, is sent to the test.
      if (placed && pointedSafe !== null && pointedSafe.since <= SAFE_THEN_BETTER) {
        canarySafe ??= pointedSafe.sentence;
      }
    }
    if (pointedSafe !== null) pointedSafe.since++;
    if (read.isClause && !better && pointerShowsSafe(tokens)) pointedSafe = { sentence, since: 0 };
    betterBefore = previousBetter && !better;
    previousBetter = better;
    if ((experiment || canary) && randomises(tokens)) {
      noteDetail(findings, 'randomised', read);
    }
    if (experiment && has(tokens, SEQUENCE)) noteDetail(findings, 'sequence', sentence);
    if (
      !asksOnly(tokens) &&
      !answersNo(tokens) &&
      (readsLiftFromCanary(tokens) ||
        callsCanaryAnAbTest(tokens, canaryBefore && !endedOnDenial) ||
        provesGainWithCanary(tokens) ||
        testDeclaredUnneeded(tokens, canaryBefore && !endedOnDenial))
    ) {
      noteMisconception(findings, sentence);
    }
    canaryBefore = canary;
    // "Canary = safe, not proof that wallets lift orders. That's the A/B test in May.": after a
    // sentence ending on a denied claim, "that" points at the claim, not at the canary.
    endedOnDenial = lastWordNegated(tokens);
  }
  if (canarySafe !== null && testBetter !== null) {
    // A test placed in a note ("A/B afterwards.") is evidenced with the canary's clause.
    noteDetail(findings, 'safe-better', testBetter.isClause ? testBetter : canarySafe);
  }
  return findings;
}

/** Sentences between "this tells us it's safe" and the test placed after "Better?": the question. */
const SAFE_THEN_BETTER = 2;

/** Whether the sentence's last word is under a negation ("…, not proof that it lifts orders."). */
function lastWordNegated(tokens: readonly Token[]): boolean {
  for (let at = tokens.length - 1; at >= 0; at--) {
    const token = tokens[at] as Token;
    if (token.kind === 'word') return token.negated;
  }
  return false;
}

/**
 * A question in interrogative form asserts nothing ("Is the canary our A/B test?"); a statement
 * with a question tag still does ("The canary is our A/B test, right?").
 */
function asksOnly(tokens: readonly Token[]): boolean {
  // "Question 8: does a clean canary prove it is better?": the question after its label.
  const first = tokens[questionStart(tokens)];
  if (first === undefined || tokens[tokens.length - 1]?.text !== '?') return false;
  return first.pos === 'AUX' || INTERROGATIVES.has(first.text);
}

const INTERROGATIVES = new Set([
  'what',
  'which',
  'who',
  'whether',
  'why',
  'how',
  'does',
  'do',
  'is',
  'are',
]);

/** "The canary tells us whether it is better": a fragment about the canary claiming lift, unhedged. */
function readsLiftFromCanary(tokens: readonly Token[]): boolean {
  // A claim of lift turned down by its own sentence is not read from the canary ("even if trips
  // look better in the canary group, that's not evidence …").
  const fragment = fragmentOf(tokens);
  const better = new Set(
    findAll(tokens, BETTER)
      .filter(
        (match) =>
          !isRejected(tokens, match.start) &&
          !praisesMethod(tokens, match) &&
          !wonAsPassive(tokens, match.start),
      )
      .map((match) => fragment[match.start] ?? -1),
  );
  if (better.size === 0) return false;
  const canary = fragmentsWith(tokens, CANARY);
  // "The canary only tells us it's safe, …": confined to safety, the sentence sets lift apart.
  if (has(tokens, ONLY) && hasAny(tokens, SAFE)) return false;
  // "Any improvement in the canary is anecdotal": the lift explained away is not read off it.
  if (has(tokens, EXPLAINED_AWAY)) return false;
  const excused = [EXPERIMENT, HEDGE, NEGATORS, OUT_OF_SCOPE].map((lex) =>
    fragmentsWith(tokens, lex),
  );
  // "The lift we claim from the canary is 0": a lift claimed as nothing is no lift claimed.
  excused.push(new Set(tokens.flatMap((token, at) => (isNil(token) ? [fragment[at] ?? -1] : []))));
  return [...better].some(
    (fragment) => canary.has(fragment) && excused.every((set) => !set.has(fragment)),
  );
}

/**
 * "A canary like a match is won one point at a time": what is won, in the passive, is the thing
 * played for; no lift is read off the canary.
 */
function wonAsPassive(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === 'won' && tokens[at - 1]?.lemma === 'be';
}

function isNil(token: Token): boolean {
  return token.value === 0 || token.text === 'zero' || token.text === 'nil';
}

/**
 * "Gradual rollout is always better than everything at once": the canary itself called better
 * than another way to release, a claim about the method, not a lift read off it.
 */
function praisesMethod(tokens: readonly Token[], better: Match): boolean {
  if (tokens[better.end]?.text !== 'than') return false;
  let at = better.start - 1;
  while (tokens[at]?.pos === 'ADV') at--;
  if (tokens[at]?.lemma !== 'be') return false;
  return findAll(tokens, CANARY).some((match) => match.end === at);
}

/** Words that make what follows the baseline of a comparison: "within 1.5 % of the control group". */
const COMPARED_TO = new Set([
  'of',
  'vs',
  'versus',
  'against',
  'than',
  'to',
  'over',
  'with',
  // "… no more than 2 % below the control group": a limit's baseline, above or below.
  'below',
  'above',
  'under',
]);
// Scanned only in sentences about the canary or an experiment (out of the shared index).
const CONTROL = localLexicon('control group*');

/**
 * "… must stay within 1.5 % of the control group": a control group as the baseline a limit is
 * read against is the canary's comparison, not a randomised experiment.
 */
function isBaselineControl(tokens: readonly Token[], match: Match): boolean {
  if (tokens[match.start]?.text !== 'control') return false;
  let before = match.start - 1;
  if (['the', 'a', 'its', 'our'].includes(tokens[before]?.text ?? '')) before--;
  return COMPARED_TO.has(tokens[before]?.text ?? '');
}

/** An experiment named, affirmed, other than a control group read as a limit's baseline. */
function namesExperiment(tokens: readonly Token[]): boolean {
  for (const match of findAll(tokens, EXPERIMENT)) {
    if (!tokens[match.start]?.negated && !isBaselineControl(tokens, match)) return true;
  }
  return false;
}

const ARTICLES = new Set(['a', 'an']);
/** What a "No" denies being an experiment: "Is this / it / the canary an experiment?". */
const DENIED_SUBJECTS = new Set(['this', 'it', 'canary']);

/**
 * The experiment named only to deny that the canary is one: "not an A/B test", "No — …" to "Is
 * this an experiment?"; not an experiment the speaker declines to run.
 */
function deniedAsExperiment(tokens: readonly Token[]): boolean {
  const answersNo = openingWord(tokens) === 'no';
  return findAll(tokens, EXPERIMENT).some((match) => {
    const at = match.start;
    if (!tokens[at]?.negated || !ARTICLES.has(tokens[at - 1]?.text ?? '')) return false;
    const before = tokens[at - 2]?.text ?? '';
    // "…, not an A/B test"; or "No — …" answering "Is this an experiment?".
    return before === 'not' || (answersNo && DENIED_SUBJECTS.has(before));
  });
}

/** Randomisation named, other than a control group read as a limit's baseline. */
function randomises(tokens: readonly Token[]): boolean {
  if (!has(tokens, NOT_RANDOM)) return false;
  const control = findAll(tokens, CONTROL).filter((match) => isBaselineControl(tokens, match));
  const inControl = (at: number) => control.some((match) => at >= match.start && at < match.end);
  return findAffirmed(tokens, NOT_RANDOM).some((match) => !inControl(match.start));
}
