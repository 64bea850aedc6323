import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The seventy-eighth fresh held-out set's figures (cf001–cf060, three authors) from its one
 * evaluation (2026-12-05 13:56 UTC; grader frozen at commit 8aa902a, `corpus78a`, `corpus78b` and
 * `corpus78c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const SEVENTY_EIGHTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 20 / 20, recall: 20 / 28 },
    'cohort-order': { precision: 22 / 22, recall: 22 / 29 },
    thresholds: { precision: 24 / 24, recall: 24 / 28 },
    holds: { precision: 19 / 19, recall: 19 / 31 },
    'sign-off': { precision: 16 / 18, recall: 16 / 24 },
    rollback: { precision: 23 / 23, recall: 23 / 28 },
    'canary-vs-ab': { precision: 17 / 17, recall: 17 / 23 },
    'model-metrics': { precision: 12 / 12, recall: 12 / 18 },
  },
  classes: {
    strong: { min: 0, max: 92 },
    middling: { min: 13, max: 39 },
    weak: { min: 0, max: 6 },
    salad: { min: 0, max: 24 },
    negated: { min: 0, max: 7 },
    misconception: { min: 14, max: 65 },
    'off-topic': { min: 0, max: 0 },
  },
};
