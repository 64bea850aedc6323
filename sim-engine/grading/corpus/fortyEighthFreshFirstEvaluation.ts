import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The forty-eighth fresh held-out set's figures (bb001–bb060, three authors) from its one
 * evaluation (2026-12-03 19:04 UTC; grader frozen at commit 6ad77c3, `corpus48a`, `corpus48b` and
 * `corpus48c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FORTY_EIGHTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 29 / 32, recall: 29 / 29 },
    'cohort-order': { precision: 28 / 30, recall: 28 / 29 },
    thresholds: { precision: 31 / 32, recall: 31 / 32 },
    holds: { precision: 32 / 33, recall: 32 / 32 },
    'sign-off': { precision: 26 / 28, recall: 26 / 27 },
    rollback: { precision: 28 / 28, recall: 28 / 28 },
    'canary-vs-ab': { precision: 21 / 21, recall: 21 / 21 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 17 },
  },
  classes: {
    strong: { min: 81, max: 97 },
    middling: { min: 20, max: 56 },
    weak: { min: 0, max: 8 },
    salad: { min: 0, max: 37 },
    negated: { min: 4, max: 22 },
    misconception: { min: 24, max: 66 },
    'off-topic': { min: 0, max: 12 },
  },
};
