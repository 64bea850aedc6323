import type { Scenario } from '../domain/scenario';
import {
  concretenessCap,
  lengthCap,
  MISCONCEPTION_CAP,
  misconceptionFactor,
  notesFactor,
  repeatedShare,
  repetitionFactor,
  stuffingFactor,
} from './answerChecks';
import type { KindLexicons } from './cohorts';
import { detectCohortOrder, kindLexicons } from './cohorts';
import { readCommitment } from './commitment';
import { committedOnly, commitmentNotices } from './commitmentResult';
import { detectCanaryVsAb } from './comparison';
import type { MisconceptionFound, SentenceFeedback } from './feedback';
import { earningSentences, misconceptionsFound, sentenceFeedback } from './feedback';
import type { Findings } from './findings';
import { detectModelMetrics } from './modelMetrics';
import { detectOwnership } from './ownership';
import { withQuestionsAnswered } from './questionContext';
import type { AnswerPoint, AnswerPointId } from './points';
import { applicablePoints, COVERED_AT, LISTED_CREDIT, NAMED_CREDIT } from './points';
import { detectHolds } from './ramp';
import { detectRollback } from './rollback';
import { detectSignOff } from './signOff';
import type { Sentence } from './sentences';
import { MAX_ANSWER_CHARS, readAnswer } from './sentences';
import { stuffedSentences } from './stuffing';
import { impersonalNotesFactor } from './impersonalNotes';
import { detectThresholds } from './thresholds';

/** How one point of a strong answer was met, with the sentence that earned it. */
export interface PointGrade {
  readonly id: string;
  readonly label: string;
  readonly covered: boolean;
  /** 0–1. */
  readonly credit: number;
  readonly evidence: string | null;
  readonly advice: string;
  /** Indices of the sentences that earned this point. */
  readonly sentences: number[];
  /** One line of what a strong answer says about this point. */
  readonly strongSays: string;
  /** A short example in our own words. */
  readonly example: string;
}

/** The written answer's grade: the Communication dimension and `canary-coach grade`. */
export interface AnswerGrade {
  /** 0–100 integer. */
  readonly score: number;
  readonly covered: string[];
  readonly missed: string[];
  readonly points: PointGrade[];
  /** Every sentence with the points it earned or the misconception it raised. */
  readonly sentences: SentenceFeedback[];
  /** Each misconception costs the whole answer: quoted here. */
  readonly misconceptions: MisconceptionFound[];
  /** Plain notices about how the answer was read (not English, cut at the limit, repeated). */
  readonly notices: string[];
}

type Detector = (sentences: readonly Sentence[], kinds: KindLexicons) => Findings;

const DETECTORS: Readonly<Record<AnswerPointId, Detector>> = {
  'pm-owns': detectOwnership,
  'cohort-order': detectCohortOrder,
  thresholds: detectThresholds,
  holds: detectHolds,
  'sign-off': detectSignOff,
  rollback: detectRollback,
  'canary-vs-ab': detectCanaryVsAb,
  'model-metrics': detectModelMetrics,
};

const EVIDENCE_CHARS = 280;

/** Grades a written interview answer for the points of a strong canary answer; never throws. */
export function gradeAnswer(
  answer: string,
  scenario: Pick<Scenario, 'changeKind' | 'segments'>,
): AnswerGrade {
  const points = applicablePoints(scenario.changeKind);
  const kinds = kindLexicons(scenario.segments);
  const detect = (sentences: readonly Sentence[]) =>
    points.map((point) => DETECTORS[point.id](sentences, kinds));
  const read = readAnswer(typeof answer === 'string' ? answer : '');
  // An answer in another language is not graded on its numbers alone: it earns nothing, and the
  // notice says why.
  // Only what the speaker commits to for this change is graded (commitment.ts).
  const uncommitted = readsAsEnglish(read) ? readCommitment(read.sentences) : new Map();
  let sentences = readsAsEnglish(read)
    ? withQuestionsAnswered(committedOnly(read.sentences, uncommitted), read.sentences)
    : [];
  let found = detect(sentences);
  const stuffed = stuffedSentences(sentences, found);
  if (stuffed.size > 0) {
    // Rare in real answers, so the second pass costs nothing in the common case.
    sentences = sentences.map((s) => (stuffed.has(s.index) ? { ...s, isClause: false } : s));
    found = detect(sentences);
  }
  // An answer mostly of notes keeps, on every point, the part of the credit its statements carry.
  const notes = Math.min(notesFactor(read.sentences), impersonalNotesFactor(read.sentences));
  const graded = points.map((point, i) => gradePoint(point, found[i], sentences, notes));
  const misconceptions = misconceptionsFound(sentences, points, found);
  const repeated = repeatedShare(sentences);
  const score = totalScore(points, graded, found, sentences) * repetitionFactor(repeated);
  const trusted =
    misconceptions.length === 0
      ? score
      : Math.min(MISCONCEPTION_CAP, score * misconceptionFactor(misconceptions.length));
  const covered = graded.filter((point) => point.covered).map((point) => point.id);
  return {
    score: Math.max(0, Math.min(100, Math.round(trusted))),
    covered,
    missed: graded.filter((point) => !point.covered).map((point) => point.id),
    points: graded,
    sentences: sentenceFeedback(read.sentences, points, found, new Set(covered)),
    misconceptions,
    notices: [...commitmentNotices(read.sentences, uncommitted), ...notices(read, repeated, notes)],
  };
}

/** Below this share of words the English model knows, the answer is probably in another language. */
const ENGLISH_KNOWN_SHARE = 0.5;
const MIN_WORDS_FOR_LANGUAGE = 8;

function readsAsEnglish(read: ReturnType<typeof readAnswer>): boolean {
  const words = read.knownWords + read.unknownWords;
  return words < MIN_WORDS_FOR_LANGUAGE || read.knownWords / words >= ENGLISH_KNOWN_SHARE;
}

function notices(read: ReturnType<typeof readAnswer>, repeated: number, notes: number): string[] {
  const result: string[] = [];
  if (!readsAsEnglish(read)) {
    result.push(
      'This answer does not read as English: most of its words are unknown to the English model, ' +
        'so it earned no points. Write it in English to be graded.',
    );
  }
  if (read.truncated) {
    result.push(
      `Only the first ${MAX_ANSWER_CHARS.toLocaleString('en-GB')} characters were graded.`,
    );
  }
  if (repetitionFactor(repeated) < 1) {
    result.push('Much of this answer repeats itself; each thing counts once.');
  }
  if (notes < 1) {
    result.push(
      'Most of this answer is notes: terms with no sentence saying what you will do. ' +
        'Only part of its credit counts; say each decision as a sentence.',
    );
  }
  return result;
}

function gradePoint(
  point: AnswerPoint,
  findings: Findings | undefined,
  sentences: readonly Sentence[],
  notes: number,
): PointGrade {
  const credit = findings === undefined ? 0 : pointCredit(point, findings) * notes;
  const evidenceAt = findings === undefined ? null : evidenceSentence(point, findings);
  const text = evidenceAt === null ? null : (sentences[evidenceAt]?.text ?? null);
  return {
    id: point.id,
    label: point.label,
    covered: credit >= COVERED_AT,
    credit: Math.round(credit * 100) / 100,
    evidence: text === null ? null : clip(text),
    advice: findings === undefined ? point.missingTip : advise(point, findings),
    sentences: findings === undefined ? [] : earningSentences(findings),
    strongSays: point.strongSays,
    example: point.example,
  };
}

/** Named in a clause: half; each concrete detail adds its weight; a misconception loses the point. */
function pointCredit(point: AnswerPoint, findings: Findings): number {
  if (findings.misconception !== null) return 0;
  if (findings.named === null) return findings.listMentions.size > 0 ? LISTED_CREDIT : 0;
  const earned = point.details.filter((detail) => findings.details.has(detail.id));
  const credit = Math.min(1, NAMED_CREDIT + earned.reduce((sum, d) => sum + d.weight, 0));
  const numeric = earned.some((detail) => detail.numeric);
  const lacksDetail = point.needsDetail !== undefined && !findings.details.has(point.needsDetail);
  return (point.needsNumbers && !numeric) || lacksDetail ? Math.min(credit, NAMED_CREDIT) : credit;
}

/** The sentence that earned the most detail weight; else the one that named the point. */
function evidenceSentence(point: AnswerPoint, findings: Findings): number | null {
  if (findings.misconception !== null) return findings.misconception;
  const weightBySentence = new Map<number, number>();
  for (const detail of point.details) {
    const at = findings.details.get(detail.id);
    if (at !== undefined) weightBySentence.set(at, (weightBySentence.get(at) ?? 0) + detail.weight);
  }
  let best: number | null = findings.named;
  let bestWeight = 0;
  weightBySentence.forEach((weight, at) => {
    if (weight > bestWeight || (weight === bestWeight && best !== null && at < best)) {
      best = at;
      bestWeight = weight;
    }
  });
  return best;
}

function advise(point: AnswerPoint, findings: Findings): string {
  if (findings.misconception !== null) return point.misconceptionTip;
  if (findings.named === null) return point.missingTip;
  const missing = point.details.filter((detail) => !findings.details.has(detail.id));
  return missing.length === 0
    ? 'Covered with concrete detail.'
    : missing.map((d) => d.tip).join(' ');
}

function clip(text: string): string {
  return text.length <= EVIDENCE_CHARS ? text : `${text.slice(0, EVIDENCE_CHARS - 1)}…`;
}

/** Weighted point credit, scaled down for stuffing and capped by length and concreteness. */
function totalScore(
  points: readonly AnswerPoint[],
  graded: readonly PointGrade[],
  found: readonly Findings[],
  sentences: readonly Sentence[],
): number {
  const maximum = points.reduce((sum, point) => sum + point.weight, 0);
  const earned = points.reduce((sum, point, i) => sum + point.weight * (graded[i]?.credit ?? 0), 0);
  const clauses = found.reduce((sum, f) => sum + f.clauseMentions.size, 0);
  const lists = found.reduce((sum, f) => sum + f.listMentions.size, 0);
  const facts = points.reduce((sum, point, i) => sum + numericFacts(point, found[i]), 0);
  const raw = maximum === 0 ? 0 : (100 * earned) / maximum;
  const capped = Math.min(
    raw * stuffingFactor(clauses, lists),
    lengthCap(sentences),
    concretenessCap(facts),
  );
  return Math.max(0, Math.min(100, capped));
}

function numericFacts(point: AnswerPoint, findings: Findings | undefined): number {
  if (findings === undefined || findings.misconception !== null) return 0;
  return point.details.filter((detail) => detail.numeric && findings.details.has(detail.id)).length;
}
