import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The sixty-fourth fresh held-out set's figures (br001–br060, three authors) from its one
 * evaluation (2026-12-04 18:43 UTC; grader frozen at commit ed7ef87, `corpus64a`, `corpus64b` and
 * `corpus64c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const SIXTY_FOURTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 22 / 23, recall: 22 / 24 },
    'cohort-order': { precision: 28 / 29, recall: 28 / 29 },
    thresholds: { precision: 24 / 24, recall: 24 / 25 },
    holds: { precision: 20 / 20, recall: 20 / 30 },
    'sign-off': { precision: 27 / 27, recall: 27 / 27 },
    rollback: { precision: 26 / 26, recall: 26 / 26 },
    'canary-vs-ab': { precision: 24 / 24, recall: 24 / 24 },
    'model-metrics': { precision: 16 / 17, recall: 16 / 19 },
  },
  classes: {
    strong: { min: 68, max: 98 },
    middling: { min: 20, max: 43 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 5 },
    negated: { min: 0, max: 8 },
    misconception: { min: 13, max: 35 },
    'off-topic': { min: 0, max: 10 },
  },
};
