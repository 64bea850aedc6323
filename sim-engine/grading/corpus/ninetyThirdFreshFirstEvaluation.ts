import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The ninety-third fresh held-out set's figures (cu001–cu060, three authors) from its one
 * evaluation (2026-12-06 00:49 UTC; grader frozen at commit 5f87b5d, `corpus93a`, `corpus93b` and
 * `corpus93c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const NINETY_THIRD_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 25, recall: 25 / 27 },
    'cohort-order': { precision: 26 / 27, recall: 26 / 30 },
    thresholds: { precision: 27 / 27, recall: 27 / 27 },
    holds: { precision: 25 / 25, recall: 25 / 29 },
    'sign-off': { precision: 21 / 21, recall: 21 / 26 },
    rollback: { precision: 27 / 27, recall: 27 / 28 },
    'canary-vs-ab': { precision: 20 / 20, recall: 20 / 23 },
    'model-metrics': { precision: 12 / 13, recall: 12 / 15 },
  },
  classes: {
    strong: { min: 50, max: 97 },
    middling: { min: 11, max: 37 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 14 },
    negated: { min: 0, max: 4 },
    misconception: { min: 17, max: 27 },
    'off-topic': { min: 0, max: 8 },
  },
};
