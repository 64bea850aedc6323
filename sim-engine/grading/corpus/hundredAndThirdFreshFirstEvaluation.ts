import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-third fresh held-out set's figures (de001–de060, three authors) from its one
 * evaluation (2026-12-06; grader frozen at commit 152694a, `corpus103a`, `corpus103b` and
 * `corpus103c` merged after it and after the test mend eb0e616), copied from `npx tsx
 * test/bench/grading.bench.ts`. A record, not a target: the grader was not tuned on this set before
 * it (README.md). The corpus test checks the grader does no worse than this.
 */
export const HUNDRED_AND_THIRD_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 28, recall: 26 / 26 },
    'cohort-order': { precision: 24 / 27, recall: 24 / 30 },
    thresholds: { precision: 25 / 25, recall: 25 / 26 },
    holds: { precision: 31 / 33, recall: 31 / 33 },
    'sign-off': { precision: 27 / 29, recall: 27 / 27 },
    rollback: { precision: 24 / 24, recall: 24 / 27 },
    'canary-vs-ab': { precision: 24 / 25, recall: 24 / 25 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 17 },
  },
  classes: {
    strong: { min: 68, max: 96 },
    middling: { min: 16, max: 55 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 2 },
    negated: { min: 0, max: 51 },
    misconception: { min: 18, max: 45 },
    'off-topic': { min: 0, max: 7 },
  },
};
