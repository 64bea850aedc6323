import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-second fresh held-out set's figures (dd001–dd060, three authors) from its one
 * evaluation (2026-12-06 11:28 UTC; grader frozen at commit 76de38b, `corpus102a`, `corpus102b`
 * and `corpus102c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record,
 * not a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const HUNDRED_AND_SECOND_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 26, recall: 25 / 26 },
    'cohort-order': { precision: 28 / 31, recall: 28 / 29 },
    thresholds: { precision: 26 / 26, recall: 26 / 27 },
    holds: { precision: 26 / 26, recall: 26 / 33 },
    'sign-off': { precision: 27 / 29, recall: 27 / 27 },
    rollback: { precision: 27 / 29, recall: 27 / 27 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 22 },
    'model-metrics': { precision: 13 / 13, recall: 13 / 16 },
  },
  classes: {
    strong: { min: 68, max: 96 },
    middling: { min: 16, max: 51 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 35 },
    negated: { min: 0, max: 35 },
    misconception: { min: 17, max: 19 },
    'off-topic': { min: 0, max: 0 },
  },
};
