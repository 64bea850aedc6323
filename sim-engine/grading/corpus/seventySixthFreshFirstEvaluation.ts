import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The seventy-sixth fresh held-out set's figures (cd001–cd060, three authors) from its one
 * evaluation (2026-12-05 11:39 UTC; grader frozen at commit f787afe, `corpus76a`, `corpus76b` and
 * `corpus76c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const SEVENTY_SIXTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 23 / 26, recall: 23 / 26 },
    'cohort-order': { precision: 29 / 31, recall: 29 / 29 },
    thresholds: { precision: 25 / 25, recall: 25 / 25 },
    holds: { precision: 26 / 26, recall: 26 / 31 },
    'sign-off': { precision: 25 / 28, recall: 25 / 28 },
    rollback: { precision: 27 / 27, recall: 27 / 29 },
    'canary-vs-ab': { precision: 23 / 25, recall: 23 / 25 },
    'model-metrics': { precision: 17 / 18, recall: 17 / 18 },
  },
  classes: {
    strong: { min: 66, max: 99 },
    middling: { min: 17, max: 50 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 24 },
    negated: { min: 0, max: 35 },
    misconception: { min: 18, max: 25 },
    'off-topic': { min: 0, max: 12 },
  },
};
