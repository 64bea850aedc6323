import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eleventh fresh held-out set's figures (x001–x040) from its one evaluation (2026-12-02
 * 08:08 UTC; grader frozen at commit 29dad6e, `corpus11a` and `corpus11b` merged after it),
 * copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the grader was not
 * tuned on this set before it (README.md). The corpus test checks the grader does no worse than
 * this.
 */
export const ELEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 16 / 18, recall: 16 / 17 },
    'cohort-order': { precision: 20 / 21, recall: 20 / 22 },
    thresholds: { precision: 17 / 17, recall: 17 / 17 },
    holds: { precision: 17 / 17, recall: 17 / 17 },
    'sign-off': { precision: 14 / 14, recall: 14 / 15 },
    rollback: { precision: 16 / 16, recall: 16 / 17 },
    'canary-vs-ab': { precision: 15 / 17, recall: 15 / 16 },
    'model-metrics': { precision: 10 / 10, recall: 10 / 10 },
  },
  classes: {
    strong: { min: 71, max: 100 },
    middling: { min: 22, max: 49 },
    weak: { min: 7, max: 12 },
    salad: { min: 5, max: 6 },
    negated: { min: 0, max: 13 },
    misconception: { min: 12, max: 29 },
    'off-topic': { min: 7, max: 11 },
  },
};
