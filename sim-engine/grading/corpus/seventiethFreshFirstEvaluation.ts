import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The seventieth fresh held-out set's figures (bx001–bx060, three authors) from its one evaluation
 * (2026-12-05 04:24 UTC; grader frozen at commit 27e095d, `corpus70a`, `corpus70b` and `corpus70c`
 * merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const SEVENTIETH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 24, recall: 24 / 27 },
    'cohort-order': { precision: 31 / 31, recall: 31 / 32 },
    thresholds: { precision: 26 / 26, recall: 26 / 26 },
    holds: { precision: 19 / 19, recall: 19 / 29 },
    'sign-off': { precision: 21 / 22, recall: 21 / 26 },
    rollback: { precision: 26 / 27, recall: 26 / 26 },
    'canary-vs-ab': { precision: 24 / 24, recall: 24 / 24 },
    'model-metrics': { precision: 16 / 16, recall: 16 / 18 },
  },
  classes: {
    strong: { min: 60, max: 96 },
    middling: { min: 20, max: 45 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 4 },
    negated: { min: 0, max: 3 },
    misconception: { min: 18, max: 35 },
    'off-topic': { min: 0, max: 15 },
  },
};
