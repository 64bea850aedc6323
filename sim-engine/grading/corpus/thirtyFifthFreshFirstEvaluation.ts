import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The thirty-fifth fresh held-out set's figures (ao001–ao060, three authors) from its one evaluation
 * (2026-12-03 10:30 UTC; grader frozen at commit d008666, `corpus35a`, `corpus35b` and `corpus35c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const THIRTY_FIFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 25, recall: 24 / 26 },
    'cohort-order': { precision: 26 / 27, recall: 26 / 28 },
    thresholds: { precision: 27 / 28, recall: 27 / 28 },
    holds: { precision: 26 / 28, recall: 26 / 28 },
    'sign-off': { precision: 24 / 25, recall: 24 / 27 },
    rollback: { precision: 29 / 31, recall: 29 / 29 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 24 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 15 },
  },
  classes: {
    strong: { min: 62, max: 96 },
    middling: { min: 13, max: 52 },
    weak: { min: 0, max: 11 },
    salad: { min: 0, max: 64 },
    negated: { min: 2, max: 12 },
    misconception: { min: 18, max: 40 },
    'off-topic': { min: 0, max: 7 },
  },
};
