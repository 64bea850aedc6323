import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eighty-eighth fresh held-out set's figures (cp001–cp060, three authors) from its one
 * evaluation (2026-12-05 19:45 UTC; grader frozen at commit f725524, `corpus88a`, `corpus88b` and
 * `corpus88c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const EIGHTY_EIGHTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 30, recall: 26 / 27 },
    'cohort-order': { precision: 26 / 29, recall: 26 / 30 },
    thresholds: { precision: 25 / 27, recall: 25 / 27 },
    holds: { precision: 25 / 27, recall: 25 / 31 },
    'sign-off': { precision: 24 / 27, recall: 24 / 25 },
    rollback: { precision: 28 / 30, recall: 28 / 29 },
    'canary-vs-ab': { precision: 18 / 21, recall: 18 / 23 },
    'model-metrics': { precision: 13 / 14, recall: 13 / 17 },
  },
  classes: {
    strong: { min: 32, max: 98 },
    middling: { min: 11, max: 46 },
    weak: { min: 0, max: 12 },
    salad: { min: 0, max: 51 },
    negated: { min: 0, max: 68 },
    misconception: { min: 15, max: 46 },
    'off-topic': { min: 0, max: 14 },
  },
};
