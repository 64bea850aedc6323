import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The thirty-ninth fresh held-out set's figures (as001–as060, three authors) from its one evaluation
 * (2026-12-03 13:46 UTC; grader frozen at commit 9d7b3c4, `corpus39a`, `corpus39b` and `corpus39c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const THIRTY_NINTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 23 / 23, recall: 23 / 27 },
    'cohort-order': { precision: 25 / 26, recall: 25 / 27 },
    thresholds: { precision: 28 / 29, recall: 28 / 28 },
    holds: { precision: 27 / 28, recall: 27 / 28 },
    'sign-off': { precision: 21 / 22, recall: 21 / 24 },
    rollback: { precision: 27 / 27, recall: 27 / 29 },
    'canary-vs-ab': { precision: 24 / 26, recall: 24 / 25 },
    'model-metrics': { precision: 14 / 14, recall: 14 / 15 },
  },
  classes: {
    strong: { min: 65, max: 99 },
    middling: { min: 23, max: 59 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 2 },
    negated: { min: 0, max: 12 },
    misconception: { min: 18, max: 47 },
    'off-topic': { min: 0, max: 8 },
  },
};
