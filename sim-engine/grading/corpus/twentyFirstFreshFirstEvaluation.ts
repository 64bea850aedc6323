import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The twenty-first fresh held-out set's figures (aa001–aa060, three authors) from its one evaluation
 * (2026-12-02 19:38 UTC; grader frozen at commit 517d01a, `corpus21a`, `corpus21b` and `corpus21c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const TWENTY_FIRST_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 27, recall: 27 / 28 },
    'cohort-order': { precision: 25 / 29, recall: 25 / 27 },
    thresholds: { precision: 27 / 28, recall: 27 / 28 },
    holds: { precision: 27 / 28, recall: 27 / 29 },
    'sign-off': { precision: 24 / 25, recall: 24 / 26 },
    rollback: { precision: 30 / 33, recall: 30 / 30 },
    'canary-vs-ab': { precision: 21 / 22, recall: 21 / 24 },
    'model-metrics': { precision: 14 / 14, recall: 14 / 15 },
  },
  classes: {
    strong: { min: 39, max: 99 },
    middling: { min: 15, max: 47 },
    weak: { min: 0, max: 17 },
    salad: { min: 1, max: 11 },
    negated: { min: 0, max: 22 },
    misconception: { min: 19, max: 64 },
    'off-topic': { min: 0, max: 7 },
  },
};
