import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The second fresh held-out set's figures (g001–g030) from its one evaluation (2026-12-01
 * 16:35 UTC; grader frozen at commit a9db891, `corpus2` merged after it), copied from
 * `npx tsx test/bench/grading.bench.ts`. A record, not a target: the grader was not tuned on this
 * set and must not be (README.md). The corpus test checks the grader does no worse than this.
 */
export const SECOND_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 6 / 6, recall: 6 / 11 },
    'cohort-order': { precision: 11 / 13, recall: 11 / 14 },
    thresholds: { precision: 10 / 10, recall: 10 / 11 },
    holds: { precision: 9 / 11, recall: 9 / 13 },
    'sign-off': { precision: 3 / 3, recall: 3 / 10 },
    rollback: { precision: 8 / 9, recall: 8 / 9 },
    'canary-vs-ab': { precision: 7 / 7, recall: 7 / 8 },
    'model-metrics': { precision: 6 / 7, recall: 6 / 6 },
  },
  classes: {
    strong: { min: 22, max: 86 },
    middling: { min: 2, max: 53 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 6 },
    negated: { min: 13, max: 18 },
    misconception: { min: 11, max: 31 },
    'off-topic': { min: 0, max: 0 },
  },
};
