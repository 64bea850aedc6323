import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The forty-sixth fresh held-out set's figures (az001–az060, three authors) from its one
 * evaluation (2026-12-03 18:14 UTC; grader frozen at commit 7f5124c, `corpus46a`, `corpus46b` and
 * `corpus46c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FORTY_SIXTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 28 / 28, recall: 28 / 29 },
    'cohort-order': { precision: 26 / 26, recall: 26 / 29 },
    thresholds: { precision: 32 / 32, recall: 32 / 33 },
    holds: { precision: 31 / 31, recall: 31 / 32 },
    'sign-off': { precision: 28 / 29, recall: 28 / 28 },
    rollback: { precision: 25 / 26, recall: 25 / 27 },
    'canary-vs-ab': { precision: 21 / 22, recall: 21 / 21 },
    'model-metrics': { precision: 14 / 15, recall: 14 / 16 },
  },
  classes: {
    strong: { min: 78, max: 98 },
    middling: { min: 0, max: 51 },
    weak: { min: 0, max: 13 },
    salad: { min: 3, max: 21 },
    negated: { min: 0, max: 11 },
    misconception: { min: 22, max: 76 },
    'off-topic': { min: 0, max: 6 },
  },
};
