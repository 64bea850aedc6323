import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The seventy-ninth fresh held-out set's figures (cg001–cg060, three authors) from its one
 * evaluation (2026-12-05 14:19 UTC; grader frozen at commit 290f69a, `corpus79a`, `corpus79b` and
 * `corpus79c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const SEVENTY_NINTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 24, recall: 24 / 28 },
    'cohort-order': { precision: 28 / 31, recall: 28 / 30 },
    thresholds: { precision: 24 / 25, recall: 24 / 28 },
    holds: { precision: 26 / 27, recall: 26 / 31 },
    'sign-off': { precision: 19 / 21, recall: 19 / 25 },
    rollback: { precision: 23 / 23, recall: 23 / 27 },
    'canary-vs-ab': { precision: 20 / 23, recall: 20 / 22 },
    'model-metrics': { precision: 12 / 13, recall: 12 / 17 },
  },
  classes: {
    strong: { min: 0, max: 98 },
    middling: { min: 16, max: 46 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 35 },
    negated: { min: 0, max: 9 },
    misconception: { min: 13, max: 63 },
    'off-topic': { min: 0, max: 7 },
  },
};
