import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The ninety-sixth fresh held-out set's figures (cx001–cx060, three authors) from its one
 * evaluation (2026-12-06 05:50 UTC; grader frozen at commit 28b191e, `corpus96a`, `corpus96b` and
 * `corpus96c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const NINETY_SIXTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 23 / 24, recall: 23 / 25 },
    'cohort-order': { precision: 28 / 31, recall: 28 / 30 },
    thresholds: { precision: 27 / 28, recall: 27 / 27 },
    holds: { precision: 29 / 29, recall: 29 / 32 },
    'sign-off': { precision: 21 / 23, recall: 21 / 25 },
    rollback: { precision: 25 / 26, recall: 25 / 26 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 22 },
    'model-metrics': { precision: 16 / 17, recall: 16 / 17 },
  },
  classes: {
    strong: { min: 39, max: 97 },
    middling: { min: 16, max: 44 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 12 },
    negated: { min: 0, max: 68 },
    misconception: { min: 17, max: 24 },
    'off-topic': { min: 0, max: 12 },
  },
};
