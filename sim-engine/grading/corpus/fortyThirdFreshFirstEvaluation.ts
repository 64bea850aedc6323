import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The forty-third fresh held-out set's figures (aw001–aw060, three authors) from its one
 * evaluation (2026-12-03 16:23 UTC; grader frozen at commit 4d6f44e, `corpus43a`, `corpus43b` and
 * `corpus43c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FORTY_THIRD_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 29 / 29, recall: 29 / 29 },
    'cohort-order': { precision: 30 / 30, recall: 30 / 30 },
    thresholds: { precision: 31 / 31, recall: 31 / 33 },
    holds: { precision: 32 / 32, recall: 32 / 33 },
    'sign-off': { precision: 26 / 27, recall: 26 / 27 },
    rollback: { precision: 26 / 27, recall: 26 / 26 },
    'canary-vs-ab': { precision: 21 / 22, recall: 21 / 22 },
    'model-metrics': { precision: 14 / 15, recall: 14 / 16 },
  },
  classes: {
    strong: { min: 76, max: 98 },
    middling: { min: 15, max: 48 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 5 },
    negated: { min: 0, max: 25 },
    misconception: { min: 19, max: 63 },
    'off-topic': { min: 0, max: 10 },
  },
};
