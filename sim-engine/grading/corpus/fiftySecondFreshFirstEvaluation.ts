import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fifty-second fresh held-out set's figures (bf001–bf060, three authors) from its one
 * evaluation (2026-12-03 23:31 UTC; grader frozen at commit aad9901, `corpus52a`, `corpus52b` and
 * `corpus52c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FIFTY_SECOND_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 28 / 28, recall: 28 / 29 },
    'cohort-order': { precision: 29 / 31, recall: 29 / 30 },
    thresholds: { precision: 32 / 32, recall: 32 / 34 },
    holds: { precision: 31 / 31, recall: 31 / 32 },
    'sign-off': { precision: 24 / 26, recall: 24 / 25 },
    rollback: { precision: 28 / 28, recall: 28 / 28 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 22 },
    'model-metrics': { precision: 13 / 13, recall: 13 / 15 },
  },
  classes: {
    strong: { min: 56, max: 97 },
    middling: { min: 15, max: 48 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 5 },
    negated: { min: 0, max: 18 },
    misconception: { min: 24, max: 71 },
    'off-topic': { min: 0, max: 14 },
  },
};
