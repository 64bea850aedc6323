import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The twenty-fifth fresh held-out set's figures (ae001–ae060, three authors) from its one
 * evaluation (2026-12-03 02:28 UTC; grader frozen at commit dd29dac, `corpus25a`, `corpus25b` and
 * `corpus25c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record,
 * not a target: the grader was not tuned on this set before it (README.md). The corpus test
 * checks the grader does no worse than this.
 */
export const TWENTY_FIFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 25, recall: 25 / 27 },
    'cohort-order': { precision: 24 / 25, recall: 24 / 27 },
    thresholds: { precision: 27 / 28, recall: 27 / 28 },
    holds: { precision: 26 / 27, recall: 26 / 28 },
    'sign-off': { precision: 24 / 25, recall: 24 / 26 },
    rollback: { precision: 27 / 27, recall: 27 / 30 },
    'canary-vs-ab': { precision: 21 / 22, recall: 21 / 24 },
    'model-metrics': { precision: 14 / 14, recall: 14 / 15 },
  },
  classes: {
    strong: { min: 17, max: 99 },
    middling: { min: 29, max: 52 },
    weak: { min: 0, max: 7 },
    salad: { min: 2, max: 9 },
    negated: { min: 0, max: 12 },
    misconception: { min: 15, max: 45 },
    'off-topic': { min: 0, max: 7 },
  },
};
