import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The seventy-fourth fresh held-out set's figures (cb001–cb060, three authors) from its one
 * evaluation (2026-12-05 10:29 UTC; grader frozen at commit 6cc4042, `corpus74a`, `corpus74b` and
 * `corpus74c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const SEVENTY_FOURTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 23 / 24, recall: 23 / 26 },
    'cohort-order': { precision: 29 / 30, recall: 29 / 29 },
    thresholds: { precision: 27 / 28, recall: 27 / 27 },
    holds: { precision: 17 / 17, recall: 17 / 32 },
    'sign-off': { precision: 15 / 16, recall: 15 / 28 },
    rollback: { precision: 26 / 26, recall: 26 / 27 },
    'canary-vs-ab': { precision: 24 / 24, recall: 24 / 24 },
    'model-metrics': { precision: 14 / 14, recall: 14 / 18 },
  },
  classes: {
    strong: { min: 61, max: 95 },
    middling: { min: 14, max: 66 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 29 },
    negated: { min: 0, max: 6 },
    misconception: { min: 14, max: 39 },
    'off-topic': { min: 0, max: 7 },
  },
};
