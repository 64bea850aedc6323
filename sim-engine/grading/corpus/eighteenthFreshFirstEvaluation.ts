import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eighteenth fresh held-out set's figures (i001–i060, three authors) from its one evaluation
 * (2026-12-02 16:21 UTC; grader frozen at commit e121d07, `corpus18a`, `corpus18b` and `corpus18c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const EIGHTEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 26, recall: 25 / 27 },
    'cohort-order': { precision: 27 / 27, recall: 27 / 32 },
    thresholds: { precision: 23 / 25, recall: 23 / 25 },
    holds: { precision: 25 / 28, recall: 25 / 26 },
    'sign-off': { precision: 23 / 27, recall: 23 / 26 },
    rollback: { precision: 26 / 26, recall: 26 / 29 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 24 },
    'model-metrics': { precision: 14 / 18, recall: 14 / 15 },
  },
  classes: {
    strong: { min: 0, max: 98 },
    middling: { min: 34, max: 46 },
    weak: { min: 0, max: 8 },
    salad: { min: 5, max: 52 },
    negated: { min: 0, max: 51 },
    misconception: { min: 20, max: 51 },
    'off-topic': { min: 0, max: 7 },
  },
};
