import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundredth fresh held-out set's figures (db001–db060, three authors) from its one evaluation
 * (2026-12-06 09:07 UTC; grader frozen at commit 2df5eef, `corpus100a`, `corpus100b` and
 * `corpus100c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const HUNDREDTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 18 / 20, recall: 18 / 25 },
    'cohort-order': { precision: 30 / 30, recall: 30 / 31 },
    thresholds: { precision: 25 / 25, recall: 25 / 28 },
    holds: { precision: 22 / 22, recall: 22 / 31 },
    'sign-off': { precision: 26 / 26, recall: 26 / 27 },
    rollback: { precision: 24 / 24, recall: 24 / 27 },
    'canary-vs-ab': { precision: 17 / 17, recall: 17 / 23 },
    'model-metrics': { precision: 14 / 15, recall: 14 / 16 },
  },
  classes: {
    strong: { min: 35, max: 96 },
    middling: { min: 11, max: 51 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 17 },
    negated: { min: 0, max: 3 },
    misconception: { min: 14, max: 28 },
    'off-topic': { min: 0, max: 6 },
  },
};
