import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fifty-sixth fresh held-out set's figures (bj001–bj060, three authors) from its one
 * evaluation (2026-12-04 06:30 UTC; grader frozen at commit 8129b7f, `corpus56a`, `corpus56b` and
 * `corpus56c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FIFTY_SIXTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 29, recall: 27 / 27 },
    'cohort-order': { precision: 28 / 28, recall: 28 / 29 },
    thresholds: { precision: 29 / 29, recall: 29 / 29 },
    holds: { precision: 30 / 30, recall: 30 / 31 },
    'sign-off': { precision: 24 / 25, recall: 24 / 26 },
    rollback: { precision: 30 / 30, recall: 30 / 30 },
    'canary-vs-ab': { precision: 23 / 25, recall: 23 / 24 },
    'model-metrics': { precision: 16 / 18, recall: 16 / 16 },
  },
  classes: {
    strong: { min: 36, max: 100 },
    middling: { min: 16, max: 50 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 18 },
    negated: { min: 0, max: 15 },
    misconception: { min: 18, max: 69 },
    'off-topic': { min: 0, max: 8 },
  },
};
