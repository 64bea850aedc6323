import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The forty-fifth fresh held-out set's figures (ay001–ay060, three authors) from its one
 * evaluation (2026-12-03 16:58 UTC; grader frozen at commit c1b52b1, `corpus45a`, `corpus45b` and
 * `corpus45c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FORTY_FIFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 27, recall: 25 / 26 },
    'cohort-order': { precision: 30 / 31, recall: 30 / 31 },
    thresholds: { precision: 29 / 30, recall: 29 / 31 },
    holds: { precision: 32 / 34, recall: 32 / 32 },
    'sign-off': { precision: 27 / 28, recall: 27 / 27 },
    rollback: { precision: 25 / 26, recall: 25 / 26 },
    'canary-vs-ab': { precision: 21 / 22, recall: 21 / 21 },
    'model-metrics': { precision: 18 / 19, recall: 18 / 19 },
  },
  classes: {
    strong: { min: 42, max: 98 },
    middling: { min: 32, max: 47 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 15 },
    negated: { min: 0, max: 87 },
    misconception: { min: 22, max: 68 },
    'off-topic': { min: 0, max: 8 },
  },
};
