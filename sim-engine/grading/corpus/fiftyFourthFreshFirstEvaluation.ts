import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fifty-fourth fresh held-out set's figures (bh001–bh060, three authors) from its one
 * evaluation (2026-12-04 04:25 UTC; grader frozen at commit 64feed5, `corpus54a`, `corpus54b` and
 * `corpus54c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FIFTY_FOURTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 28, recall: 27 / 28 },
    'cohort-order': { precision: 29 / 31, recall: 29 / 30 },
    thresholds: { precision: 29 / 30, recall: 29 / 29 },
    holds: { precision: 30 / 31, recall: 30 / 31 },
    'sign-off': { precision: 25 / 27, recall: 25 / 25 },
    rollback: { precision: 26 / 28, recall: 26 / 28 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 23 },
    'model-metrics': { precision: 17 / 17, recall: 17 / 17 },
  },
  classes: {
    strong: { min: 81, max: 98 },
    middling: { min: 6, max: 53 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 41 },
    negated: { min: 0, max: 11 },
    misconception: { min: 16, max: 32 },
    'off-topic': { min: 0, max: 20 },
  },
};
