import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The seventy-seventh fresh held-out set's figures (ce001–ce060, three authors) from its one
 * evaluation (2026-12-05 13:28 UTC; grader frozen at commit 006a1d1, `corpus77a`, `corpus77b` and
 * `corpus77c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const SEVENTY_SEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 25, recall: 24 / 26 },
    'cohort-order': { precision: 26 / 26, recall: 26 / 31 },
    thresholds: { precision: 25 / 25, recall: 25 / 26 },
    holds: { precision: 26 / 26, recall: 26 / 32 },
    'sign-off': { precision: 25 / 25, recall: 25 / 26 },
    rollback: { precision: 21 / 21, recall: 21 / 27 },
    'canary-vs-ab': { precision: 21 / 22, recall: 21 / 24 },
    'model-metrics': { precision: 13 / 13, recall: 13 / 18 },
  },
  classes: {
    strong: { min: 28, max: 92 },
    middling: { min: 16, max: 43 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 5 },
    negated: { min: 0, max: 24 },
    misconception: { min: 12, max: 48 },
    'off-topic': { min: 0, max: 7 },
  },
};
