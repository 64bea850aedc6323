import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The ninety-fifth fresh held-out set's figures (cw001–cw060, three authors) from its one
 * evaluation (2026-12-06 05:13 UTC; grader frozen at commit 5679276, `corpus95a`, `corpus95b` and
 * `corpus95c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const NINETY_FIFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 21 / 22, recall: 21 / 29 },
    'cohort-order': { precision: 27 / 28, recall: 27 / 30 },
    thresholds: { precision: 23 / 25, recall: 23 / 25 },
    holds: { precision: 28 / 28, recall: 28 / 30 },
    'sign-off': { precision: 20 / 20, recall: 20 / 23 },
    rollback: { precision: 27 / 27, recall: 27 / 28 },
    'canary-vs-ab': { precision: 24 / 24, recall: 24 / 24 },
    'model-metrics': { precision: 15 / 15, recall: 15 / 18 },
  },
  classes: {
    strong: { min: 56, max: 95 },
    middling: { min: 16, max: 38 },
    weak: { min: 0, max: 12 },
    salad: { min: 2, max: 8 },
    negated: { min: 0, max: 8 },
    misconception: { min: 10, max: 62 },
    'off-topic': { min: 0, max: 0 },
  },
};
