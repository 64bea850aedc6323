import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The forty-first fresh held-out set's figures (au001–au060, three authors) from its one
 * evaluation (2026-12-03 15:39 UTC; grader frozen at commit 46bcdf4, `corpus41a`, `corpus41b` and
 * `corpus41c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FORTY_FIRST_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 27, recall: 27 / 29 },
    'cohort-order': { precision: 26 / 26, recall: 26 / 29 },
    thresholds: { precision: 32 / 34, recall: 32 / 35 },
    holds: { precision: 29 / 29, recall: 29 / 32 },
    'sign-off': { precision: 26 / 27, recall: 26 / 26 },
    rollback: { precision: 25 / 26, recall: 25 / 25 },
    'canary-vs-ab': { precision: 22 / 22, recall: 22 / 22 },
    'model-metrics': { precision: 16 / 18, recall: 16 / 17 },
  },
  classes: {
    strong: { min: 66, max: 98 },
    middling: { min: 7, max: 46 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 11 },
    negated: { min: 0, max: 12 },
    misconception: { min: 21, max: 92 },
    'off-topic': { min: 0, max: 7 },
  },
};
