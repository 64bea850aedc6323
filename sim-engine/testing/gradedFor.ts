import type { Scenario } from '../domain/scenario';
import { gradeAnswer } from '../grading/gradeAnswer';

/** What the grading tests ask of one answer, graded against one scenario. */
export interface GradedFor {
  /** The points the answer covers. */
  readonly covered: (answer: string) => string[];
  /** The points whose misconception the answer raises. */
  readonly misconceptions: (answer: string) => string[];
  /** The credit (0–1) the answer earns on one point. */
  readonly credit: (answer: string, point: string) => number;
}

/** The sentence tests' two questions, bound to the scenario the file grades against. */
export function gradedFor(scenario: Scenario): GradedFor {
  return {
    covered: (answer) => gradeAnswer(answer, scenario).covered,
    misconceptions: (answer) =>
      gradeAnswer(answer, scenario).misconceptions.map((found) => found.point),
    credit: (answer, point) =>
      gradeAnswer(answer, scenario).points.find((graded) => graded.id === point)?.credit ?? 0,
  };
}
