import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fiftieth fresh held-out set's figures (bd001–bd060, three authors) from its one evaluation
 * (2026-12-03 22:36 UTC; grader frozen at commit 8b21ef2, `corpus50a`, `corpus50b` and
 * `corpus50c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FIFTIETH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 25, recall: 24 / 28 },
    'cohort-order': { precision: 25 / 25, recall: 25 / 31 },
    thresholds: { precision: 30 / 30, recall: 30 / 33 },
    holds: { precision: 31 / 32, recall: 31 / 32 },
    'sign-off': { precision: 25 / 26, recall: 25 / 26 },
    rollback: { precision: 25 / 27, recall: 25 / 26 },
    'canary-vs-ab': { precision: 21 / 22, recall: 21 / 22 },
    'model-metrics': { precision: 14 / 17, recall: 14 / 16 },
  },
  classes: {
    strong: { min: 28, max: 99 },
    middling: { min: 26, max: 59 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 33 },
    negated: { min: 0, max: 23 },
    misconception: { min: 22, max: 70 },
    'off-topic': { min: 0, max: 7 },
  },
};
