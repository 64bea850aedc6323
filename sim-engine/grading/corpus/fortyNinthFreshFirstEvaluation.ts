import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The forty-ninth fresh held-out set's figures (bc001–bc060, three authors) from its one
 * evaluation (2026-12-03 19:15 UTC; grader frozen at commit a351e1c, `corpus49a`, `corpus49b` and
 * `corpus49c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FORTY_NINTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 27 },
    'cohort-order': { precision: 30 / 30, recall: 30 / 31 },
    thresholds: { precision: 30 / 30, recall: 30 / 31 },
    holds: { precision: 33 / 33, recall: 33 / 33 },
    'sign-off': { precision: 26 / 28, recall: 26 / 26 },
    rollback: { precision: 24 / 24, recall: 24 / 26 },
    'canary-vs-ab': { precision: 22 / 24, recall: 22 / 22 },
    'model-metrics': { precision: 15 / 15, recall: 15 / 16 },
  },
  classes: {
    strong: { min: 83, max: 99 },
    middling: { min: 16, max: 52 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 5 },
    negated: { min: 0, max: 35 },
    misconception: { min: 14, max: 61 },
    'off-topic': { min: 0, max: 8 },
  },
};
