import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The ninety-ninth fresh held-out set's figures (da001–da060, three authors) from its one
 * evaluation (2026-12-06 08:50 UTC; grader frozen at commit 655442c, `corpus99a`, `corpus99b` and
 * `corpus99c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const NINETY_NINTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 29, recall: 27 / 27 },
    'cohort-order': { precision: 29 / 30, recall: 29 / 30 },
    thresholds: { precision: 26 / 26, recall: 26 / 27 },
    holds: { precision: 30 / 31, recall: 30 / 31 },
    'sign-off': { precision: 22 / 26, recall: 22 / 24 },
    rollback: { precision: 25 / 27, recall: 25 / 27 },
    'canary-vs-ab': { precision: 24 / 27, recall: 24 / 24 },
    'model-metrics': { precision: 14 / 17, recall: 14 / 18 },
  },
  classes: {
    strong: { min: 70, max: 100 },
    middling: { min: 12, max: 50 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 35 },
    negated: { min: 0, max: 51 },
    misconception: { min: 20, max: 23 },
    'off-topic': { min: 0, max: 8 },
  },
};
