import type { Scenario } from '../../domain/scenario';
import type { AnswerGrade } from '../gradeAnswer';
import { gradeAnswer } from '../gradeAnswer';
import type { AnswerPointId } from '../points';
import type { AnswerClass, LabelledAnswer } from './corpusTypes';

/** How the grader does on a set of labelled answers: per-point precision and recall, scores per class. */

export interface PointTally {
  readonly point: AnswerPointId;
  /** Labelled covered and graded covered. */
  truePositives: number;
  /** Graded covered, not labelled. */
  falsePositives: number;
  /** Labelled covered, not graded covered. */
  falseNegatives: number;
}

export interface GradedAnswer {
  readonly answer: LabelledAnswer;
  readonly grade: AnswerGrade;
}

export interface Evaluation {
  readonly graded: readonly GradedAnswer[];
  readonly points: readonly PointTally[];
  /** Score range per class. */
  readonly classes: ReadonlyMap<AnswerClass, { min: number; max: number; count: number }>;
}

export interface CorpusScenarios {
  readonly service: Scenario;
  readonly model: Scenario;
}

/** Grades every answer and tallies each applicable point against its hand label. */
export function evaluate(
  answers: readonly LabelledAnswer[],
  scenarios: CorpusScenarios,
): Evaluation {
  const tallies = new Map<AnswerPointId, PointTally>();
  const classes = new Map<AnswerClass, { min: number; max: number; count: number }>();
  const graded = answers.map((answer) => {
    const grade = gradeAnswer(answer.text, scenarios[answer.scenario]);
    for (const point of grade.points) {
      const id = point.id as AnswerPointId;
      const tally = tallies.get(id) ?? {
        point: id,
        truePositives: 0,
        falsePositives: 0,
        falseNegatives: 0,
      };
      const labelled = answer.points.includes(id);
      if (labelled && point.covered) tally.truePositives++;
      else if (point.covered) tally.falsePositives++;
      else if (labelled) tally.falseNegatives++;
      tallies.set(id, tally);
    }
    const range = classes.get(answer.class) ?? { min: 100, max: 0, count: 0 };
    classes.set(answer.class, {
      min: Math.min(range.min, grade.score),
      max: Math.max(range.max, grade.score),
      count: range.count + 1,
    });
    return { answer, grade };
  });
  return { graded, points: [...tallies.values()], classes };
}

/** Precision (NaN when the grader never covered the point). */
export function precision(tally: PointTally): number {
  return tally.truePositives / (tally.truePositives + tally.falsePositives);
}

/** Recall (NaN when no answer was labelled with the point). */
export function recall(tally: PointTally): number {
  return tally.truePositives / (tally.truePositives + tally.falseNegatives);
}

/** An answer whose score misses one of issue 14's score targets for its class. */
export interface TargetMiss {
  readonly id: string;
  readonly class: AnswerClass;
  readonly score: number;
  readonly target: string;
}

const STRONG_AT_LEAST = 75;
const POOR_AT_MOST = 30;
const MISLED_AT_MOST = 55;
const POOR_CLASSES: ReadonlySet<AnswerClass> = new Set(['weak', 'salad', 'negated']);

/**
 * The score targets, answer by answer: every strong answer 75 or more; weak, salad and negated 30
 * or less; misconception-led 55 or less and below every strong answer of the same set.
 */
export function targetMisses(evaluation: Evaluation): TargetMiss[] {
  const weakestStrong = evaluation.classes.get('strong')?.min ?? 100;
  const misses: TargetMiss[] = [];
  for (const { answer, grade } of evaluation.graded) {
    const miss = (target: string) =>
      misses.push({ id: answer.id, class: answer.class, score: grade.score, target });
    if (answer.class === 'strong' && grade.score < STRONG_AT_LEAST) miss('strong ≥ 75');
    if (POOR_CLASSES.has(answer.class) && grade.score > POOR_AT_MOST) miss(`${answer.class} ≤ 30`);
    if (answer.class === 'misconception' && grade.score > MISLED_AT_MOST) {
      miss('misconception-led ≤ 55');
    }
    if (answer.class === 'misconception' && grade.score >= weakestStrong) {
      miss('misconception-led below every strong answer');
    }
  }
  return misses;
}
