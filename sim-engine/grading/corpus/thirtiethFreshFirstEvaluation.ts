import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The thirtieth fresh held-out set's figures (aj001–aj060, three authors) from its one evaluation
 * (2026-12-03 06:47 UTC; grader frozen at commit 8700f6f, `corpus30a`, `corpus30b` and `corpus30c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const THIRTIETH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 23 / 24, recall: 23 / 27 },
    'cohort-order': { precision: 25 / 26, recall: 25 / 29 },
    thresholds: { precision: 25 / 25, recall: 25 / 26 },
    holds: { precision: 28 / 29, recall: 28 / 28 },
    'sign-off': { precision: 26 / 28, recall: 26 / 27 },
    rollback: { precision: 28 / 28, recall: 28 / 29 },
    'canary-vs-ab': { precision: 20 / 21, recall: 20 / 24 },
    'model-metrics': { precision: 15 / 15, recall: 15 / 15 },
  },
  classes: {
    strong: { min: 24, max: 100 },
    middling: { min: 24, max: 48 },
    weak: { min: 0, max: 7 },
    salad: { min: 1, max: 12 },
    negated: { min: 0, max: 14 },
    misconception: { min: 18, max: 50 },
    'off-topic': { min: 0, max: 12 },
  },
};
