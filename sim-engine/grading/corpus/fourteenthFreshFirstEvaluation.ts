import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fourteenth fresh held-out set's figures (j001–j060, three authors) from its one evaluation
 * (2026-12-02 11:56 UTC; grader frozen at commit 81d3c18, `corpus14a`, `corpus14b` and `corpus14c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const FOURTEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 21 / 22, recall: 21 / 25 },
    'cohort-order': { precision: 29 / 29, recall: 29 / 30 },
    thresholds: { precision: 26 / 26, recall: 26 / 26 },
    holds: { precision: 24 / 25, recall: 24 / 26 },
    'sign-off': { precision: 23 / 25, recall: 23 / 24 },
    rollback: { precision: 29 / 29, recall: 29 / 29 },
    'canary-vs-ab': { precision: 21 / 21, recall: 21 / 24 },
    'model-metrics': { precision: 14 / 15, recall: 14 / 14 },
  },
  classes: {
    strong: { min: 37, max: 98 },
    middling: { min: 34, max: 56 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 9 },
    negated: { min: 0, max: 15 },
    misconception: { min: 9, max: 24 },
    'off-topic': { min: 0, max: 12 },
  },
};
