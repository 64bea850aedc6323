import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The ninetieth fresh held-out set's figures (cr001–cr060, three authors) from its one evaluation
 * (2026-12-05 21:58 UTC; grader frozen at commit 504cc42, `corpus90a`, `corpus90b` and
 * `corpus90c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const NINETIETH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 28 },
    'cohort-order': { precision: 30 / 30, recall: 30 / 30 },
    thresholds: { precision: 25 / 25, recall: 25 / 27 },
    holds: { precision: 19 / 19, recall: 19 / 30 },
    'sign-off': { precision: 24 / 25, recall: 24 / 26 },
    rollback: { precision: 27 / 27, recall: 27 / 28 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 24 },
    'model-metrics': { precision: 15 / 15, recall: 15 / 17 },
  },
  classes: {
    strong: { min: 67, max: 96 },
    middling: { min: 6, max: 35 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 15 },
    negated: { min: 0, max: 21 },
    misconception: { min: 18, max: 49 },
    'off-topic': { min: 0, max: 7 },
  },
};
