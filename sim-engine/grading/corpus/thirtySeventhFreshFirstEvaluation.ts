import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The thirty-seventh fresh held-out set's figures (aq001–aq060, three authors) from its one evaluation
 * (2026-12-03 12:50 UTC; grader frozen at commit 998c6f0, `corpus37a`, `corpus37b` and `corpus37c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const THIRTY_SEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 25, recall: 24 / 27 },
    'cohort-order': { precision: 28 / 28, recall: 28 / 29 },
    thresholds: { precision: 27 / 27, recall: 27 / 28 },
    holds: { precision: 29 / 30, recall: 29 / 29 },
    'sign-off': { precision: 27 / 27, recall: 27 / 27 },
    rollback: { precision: 29 / 29, recall: 29 / 29 },
    'canary-vs-ab': { precision: 20 / 20, recall: 20 / 24 },
    'model-metrics': { precision: 14 / 15, recall: 14 / 15 },
  },
  classes: {
    strong: { min: 48, max: 100 },
    middling: { min: 25, max: 51 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 13 },
    negated: { min: 0, max: 9 },
    misconception: { min: 20, max: 56 },
    'off-topic': { min: 0, max: 8 },
  },
};
