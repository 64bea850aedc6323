import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fifty-fifth fresh held-out set's figures (bi001–bi060, three authors) from its one
 * evaluation (2026-12-04 04:43 UTC; grader frozen at commit 2b5fdf4, `corpus55a`, `corpus55b` and
 * `corpus55c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FIFTY_FIFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 27 },
    'cohort-order': { precision: 28 / 28, recall: 28 / 28 },
    thresholds: { precision: 33 / 35, recall: 33 / 33 },
    holds: { precision: 33 / 33, recall: 33 / 33 },
    'sign-off': { precision: 25 / 27, recall: 25 / 25 },
    rollback: { precision: 25 / 25, recall: 25 / 26 },
    'canary-vs-ab': { precision: 23 / 25, recall: 23 / 23 },
    'model-metrics': { precision: 17 / 17, recall: 17 / 17 },
  },
  classes: {
    strong: { min: 73, max: 99 },
    middling: { min: 15, max: 45 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 23 },
    negated: { min: 0, max: 10 },
    misconception: { min: 23, max: 27 },
    'off-topic': { min: 0, max: 8 },
  },
};
