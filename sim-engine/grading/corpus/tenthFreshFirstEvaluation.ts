import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The tenth fresh held-out set's figures (u001–u040) from its one evaluation (2026-12-02
 * 04:59 UTC; grader frozen at commit 7a35daa, `corpus10a` and `corpus10b` merged after it),
 * copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the grader was not
 * tuned on this set before it (README.md). The corpus test checks the grader does no worse than
 * this.
 */
export const TENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 13 / 14, recall: 13 / 16 },
    'cohort-order': { precision: 19 / 19, recall: 19 / 20 },
    thresholds: { precision: 18 / 18, recall: 18 / 18 },
    holds: { precision: 19 / 19, recall: 19 / 19 },
    'sign-off': { precision: 16 / 17, recall: 16 / 17 },
    rollback: { precision: 19 / 19, recall: 19 / 19 },
    'canary-vs-ab': { precision: 15 / 17, recall: 15 / 15 },
    'model-metrics': { precision: 10 / 10, recall: 10 / 11 },
  },
  classes: {
    strong: { min: 65, max: 99 },
    middling: { min: 18, max: 60 },
    weak: { min: 6, max: 8 },
    salad: { min: 3, max: 5 },
    negated: { min: 0, max: 12 },
    misconception: { min: 10, max: 39 },
    'off-topic': { min: 0, max: 7 },
  },
};
