import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fifty-eighth fresh held-out set's figures (bl001–bl060, three authors) from its one
 * evaluation (2026-12-04 07:30 UTC; grader frozen at commit 5015629, `corpus58a`, `corpus58b` and
 * `corpus58c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FIFTY_EIGHTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 25, recall: 25 / 27 },
    'cohort-order': { precision: 26 / 26, recall: 26 / 28 },
    thresholds: { precision: 29 / 30, recall: 29 / 31 },
    holds: { precision: 31 / 31, recall: 31 / 31 },
    'sign-off': { precision: 26 / 26, recall: 26 / 27 },
    rollback: { precision: 26 / 26, recall: 26 / 26 },
    'canary-vs-ab': { precision: 24 / 24, recall: 24 / 24 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 16 },
  },
  classes: {
    strong: { min: 76, max: 98 },
    middling: { min: 28, max: 49 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 0 },
    negated: { min: 0, max: 24 },
    misconception: { min: 16, max: 63 },
    'off-topic': { min: 0, max: 9 },
  },
};
