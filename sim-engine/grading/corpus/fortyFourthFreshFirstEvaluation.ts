import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The forty-fourth fresh held-out set's figures (ax001–ax060, three authors) from its one
 * evaluation (2026-12-03 16:46 UTC; grader frozen at commit c2af1c1, `corpus44a`, `corpus44b` and
 * `corpus44c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FORTY_FOURTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 29 / 30, recall: 29 / 29 },
    'cohort-order': { precision: 30 / 30, recall: 30 / 31 },
    thresholds: { precision: 31 / 32, recall: 31 / 32 },
    holds: { precision: 32 / 33, recall: 32 / 33 },
    'sign-off': { precision: 27 / 29, recall: 27 / 27 },
    rollback: { precision: 26 / 28, recall: 26 / 26 },
    'canary-vs-ab': { precision: 21 / 22, recall: 21 / 22 },
    'model-metrics': { precision: 16 / 18, recall: 16 / 16 },
  },
  classes: {
    strong: { min: 26, max: 100 },
    middling: { min: 35, max: 55 },
    weak: { min: 0, max: 15 },
    salad: { min: 0, max: 58 },
    negated: { min: 0, max: 14 },
    misconception: { min: 14, max: 86 },
    'off-topic': { min: 0, max: 12 },
  },
};
