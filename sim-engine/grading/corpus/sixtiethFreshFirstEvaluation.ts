import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The sixtieth fresh held-out set's figures (bn001–bn060, three authors) from its one evaluation
 * (2026-12-04 13:14 UTC; grader frozen at commit a5afe44, `corpus60a`, `corpus60b` and
 * `corpus60c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const SIXTIETH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 29, recall: 26 / 26 },
    'cohort-order': { precision: 27 / 27, recall: 27 / 29 },
    thresholds: { precision: 30 / 30, recall: 30 / 30 },
    holds: { precision: 31 / 31, recall: 31 / 33 },
    'sign-off': { precision: 23 / 23, recall: 23 / 25 },
    rollback: { precision: 25 / 25, recall: 25 / 26 },
    'canary-vs-ab': { precision: 21 / 22, recall: 21 / 22 },
    'model-metrics': { precision: 18 / 18, recall: 18 / 18 },
  },
  classes: {
    strong: { min: 68, max: 99 },
    middling: { min: 7, max: 55 },
    weak: { min: 0, max: 12 },
    salad: { min: 0, max: 0 },
    negated: { min: 0, max: 5 },
    misconception: { min: 18, max: 72 },
    'off-topic': { min: 0, max: 7 },
  },
};
