import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eighty-third fresh held-out set's figures (ck001–ck060, three authors) from its one
 * evaluation (2026-12-05 16:51 UTC; grader frozen at commit bfd28d6, `corpus83a`, `corpus83b` and
 * `corpus83c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const EIGHTY_THIRD_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 27 },
    'cohort-order': { precision: 23 / 23, recall: 23 / 30 },
    thresholds: { precision: 25 / 25, recall: 25 / 25 },
    holds: { precision: 23 / 23, recall: 23 / 28 },
    'sign-off': { precision: 18 / 18, recall: 18 / 27 },
    rollback: { precision: 24 / 24, recall: 24 / 26 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 23 },
    'model-metrics': { precision: 16 / 16, recall: 16 / 19 },
  },
  classes: {
    strong: { min: 64, max: 96 },
    middling: { min: 10, max: 47 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 11 },
    negated: { min: 0, max: 7 },
    misconception: { min: 12, max: 39 },
    'off-topic': { min: 0, max: 8 },
  },
};
