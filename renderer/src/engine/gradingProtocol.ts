import type { AnswerGrade, Scenario } from '../../../sim-engine/index';

/** Messages between the app and its grading worker: plain data. */

/** What the grader needs of a scenario: which segments it has and what kind of change it is. */
export type GradedScenario = Pick<Scenario, 'changeKind' | 'segments'>;

export interface GradeRequest {
  readonly id: number;
  readonly answer: string;
  readonly scenario: GradedScenario;
}

export type GradeResponse =
  | { readonly id: number; readonly type: 'graded'; readonly grade: AnswerGrade }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };

/** The grader itself: the worker's, or one a test hands the in-thread client. */
export type AnswerGrader = (answer: string, scenario: GradedScenario) => AnswerGrade;

/** Grades one request into its response; a failure becomes a message, never a thrown error. */
export function answerRequest(request: GradeRequest, grade: AnswerGrader): GradeResponse {
  try {
    return { id: request.id, type: 'graded', grade: grade(request.answer, request.scenario) };
  } catch (error) {
    return {
      id: request.id,
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
