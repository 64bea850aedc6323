import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eighty-seventh fresh held-out set's figures (co001–co060, three authors) from its one
 * evaluation (2026-12-05 19:35 UTC; grader frozen at commit e8f9342, `corpus87a`, `corpus87b` and
 * `corpus87c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const EIGHTY_SEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 24, recall: 24 / 27 },
    'cohort-order': { precision: 27 / 28, recall: 27 / 29 },
    thresholds: { precision: 25 / 26, recall: 25 / 27 },
    holds: { precision: 25 / 25, recall: 25 / 29 },
    'sign-off': { precision: 18 / 18, recall: 18 / 25 },
    rollback: { precision: 27 / 28, recall: 27 / 27 },
    'canary-vs-ab': { precision: 24 / 25, recall: 24 / 24 },
    'model-metrics': { precision: 14 / 15, recall: 14 / 19 },
  },
  classes: {
    strong: { min: 60, max: 90 },
    middling: { min: 12, max: 53 },
    weak: { min: 0, max: 0 },
    salad: { min: 2, max: 29 },
    negated: { min: 0, max: 16 },
    misconception: { min: 16, max: 24 },
    'off-topic': { min: 0, max: 8 },
  },
};
