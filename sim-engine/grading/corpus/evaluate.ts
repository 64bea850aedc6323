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
