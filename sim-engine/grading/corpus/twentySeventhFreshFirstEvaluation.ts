import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The twenty-seventh fresh held-out set's figures (ag001–ag060, three authors) from its one
 * evaluation (2026-12-03 03:08 UTC; grader frozen at commit 4d73087, `corpus27a`, `corpus27b` and
 * `corpus27c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record,
 * not a target: the grader was not tuned on this set before it (README.md). The corpus test
 * checks the grader does no worse than this.
 */
export const TWENTY_SEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 25, recall: 25 / 27 },
    'cohort-order': { precision: 27 / 28, recall: 27 / 29 },
    thresholds: { precision: 26 / 26, recall: 26 / 28 },
    holds: { precision: 28 / 29, recall: 28 / 28 },
    'sign-off': { precision: 23 / 24, recall: 23 / 26 },
    rollback: { precision: 27 / 28, recall: 27 / 28 },
    'canary-vs-ab': { precision: 24 / 25, recall: 24 / 24 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 15 },
  },
  classes: {
    strong: { min: 68, max: 95 },
    middling: { min: 28, max: 48 },
    weak: { min: 6, max: 9 },
    salad: { min: 5, max: 14 },
    negated: { min: 0, max: 6 },
    misconception: { min: 18, max: 52 },
    'off-topic': { min: 0, max: 7 },
  },
};
