import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The seventy-fifth fresh held-out set's figures (cc001–cc060, three authors) from its one
 * evaluation (2026-12-05 11:08 UTC; grader frozen at commit 6f285bd, `corpus75a`, `corpus75b` and
 * `corpus75c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const SEVENTY_FIFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 30, recall: 26 / 26 },
    'cohort-order': { precision: 30 / 31, recall: 30 / 30 },
    thresholds: { precision: 26 / 26, recall: 26 / 27 },
    holds: { precision: 21 / 21, recall: 21 / 32 },
    'sign-off': { precision: 22 / 24, recall: 22 / 25 },
    rollback: { precision: 25 / 26, recall: 25 / 27 },
    'canary-vs-ab': { precision: 23 / 26, recall: 23 / 24 },
    'model-metrics': { precision: 19 / 20, recall: 19 / 19 },
  },
  classes: {
    strong: { min: 35, max: 99 },
    middling: { min: 24, max: 51 },
    weak: { min: 0, max: 6 },
    salad: { min: 0, max: 12 },
    negated: { min: 0, max: 35 },
    misconception: { min: 18, max: 50 },
    'off-topic': { min: 0, max: 8 },
  },
};
