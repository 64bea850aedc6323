import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-eighth fresh held-out set's figures (dj001–dj060, three authors) from its one
 * evaluation (2026-12-06; grader frozen at commit 32d213d1, `corpus108a`, `corpus108b` and
 * `corpus108c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const HUNDRED_AND_EIGHTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 27, recall: 26 / 26 },
    'cohort-order': { precision: 29 / 30, recall: 29 / 29 },
    thresholds: { precision: 19 / 19, recall: 19 / 27 },
    holds: { precision: 22 / 22, recall: 22 / 27 },
    'sign-off': { precision: 26 / 27, recall: 26 / 26 },
    rollback: { precision: 25 / 25, recall: 25 / 27 },
    'canary-vs-ab': { precision: 22 / 22, recall: 22 / 24 },
    'model-metrics': { precision: 9 / 9, recall: 9 / 16 },
  },
  classes: {
    strong: { min: 68, max: 96 },
    middling: { min: 9, max: 42 },
    weak: { min: 0, max: 8 },
    salad: { min: 0, max: 7 },
    negated: { min: 0, max: 8 },
    misconception: { min: 10, max: 21 },
    'off-topic': { min: 0, max: 8 },
  },
};
