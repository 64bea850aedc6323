import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The forty-second fresh held-out set's figures (av001–av060, three authors) from its one
 * evaluation (2026-12-03 16:02 UTC; grader frozen at commit 5cd49ff, `corpus42a`, `corpus42b` and
 * `corpus42c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FORTY_SECOND_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 28 / 29, recall: 28 / 29 },
    'cohort-order': { precision: 32 / 32, recall: 32 / 32 },
    thresholds: { precision: 30 / 31, recall: 30 / 32 },
    holds: { precision: 29 / 30, recall: 29 / 29 },
    'sign-off': { precision: 25 / 27, recall: 25 / 25 },
    rollback: { precision: 28 / 30, recall: 28 / 29 },
    'canary-vs-ab': { precision: 23 / 25, recall: 23 / 24 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 16 },
  },
  classes: {
    strong: { min: 10, max: 100 },
    middling: { min: 29, max: 51 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 72 },
    negated: { min: 0, max: 7 },
    misconception: { min: 23, max: 37 },
    'off-topic': { min: 0, max: 7 },
  },
};
