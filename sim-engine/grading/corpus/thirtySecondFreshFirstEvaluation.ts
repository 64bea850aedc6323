import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The thirty-second fresh held-out set's figures (al001–al060, three authors) from its one evaluation
 * (2026-12-03 07:48 UTC; grader frozen at commit ebf5216, `corpus32a`, `corpus32b` and `corpus32c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const THIRTY_SECOND_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 23 / 24, recall: 23 / 27 },
    'cohort-order': { precision: 24 / 24, recall: 24 / 27 },
    thresholds: { precision: 24 / 25, recall: 24 / 26 },
    holds: { precision: 27 / 27, recall: 27 / 28 },
    'sign-off': { precision: 25 / 25, recall: 25 / 27 },
    rollback: { precision: 24 / 24, recall: 24 / 29 },
    'canary-vs-ab': { precision: 21 / 21, recall: 21 / 24 },
    'model-metrics': { precision: 14 / 15, recall: 14 / 15 },
  },
  classes: {
    strong: { min: 9, max: 96 },
    middling: { min: 28, max: 48 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 5 },
    negated: { min: 0, max: 5 },
    misconception: { min: 15, max: 34 },
    'off-topic': { min: 0, max: 14 },
  },
};
