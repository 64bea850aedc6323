import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The thirty-fourth fresh held-out set's figures (an001–an060, three authors) from its one evaluation
 * (2026-12-03 09:52 UTC; grader frozen at commit 7f042c0, `corpus34a`, `corpus34b` and `corpus34c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const THIRTY_FOURTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 27 },
    'cohort-order': { precision: 26 / 26, recall: 26 / 28 },
    thresholds: { precision: 24 / 24, recall: 24 / 25 },
    holds: { precision: 29 / 29, recall: 29 / 30 },
    'sign-off': { precision: 25 / 26, recall: 25 / 27 },
    rollback: { precision: 27 / 28, recall: 27 / 28 },
    'canary-vs-ab': { precision: 24 / 24, recall: 24 / 24 },
    'model-metrics': { precision: 14 / 14, recall: 14 / 15 },
  },
  classes: {
    strong: { min: 39, max: 98 },
    middling: { min: 23, max: 45 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 13 },
    negated: { min: 0, max: 4 },
    misconception: { min: 16, max: 49 },
    'off-topic': { min: 0, max: 10 },
  },
};
