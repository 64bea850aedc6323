import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The sixty-sixth fresh held-out set's figures (bt001–bt060, three authors) from its one
 * evaluation (2026-12-04 22:08 UTC; grader frozen at commit 21a891d, `corpus66a`, `corpus66b` and
 * `corpus66c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const SIXTY_SIXTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 26, recall: 24 / 26 },
    'cohort-order': { precision: 28 / 29, recall: 28 / 30 },
    thresholds: { precision: 23 / 24, recall: 23 / 25 },
    holds: { precision: 16 / 16, recall: 16 / 31 },
    'sign-off': { precision: 25 / 25, recall: 25 / 28 },
    rollback: { precision: 27 / 28, recall: 27 / 28 },
    'canary-vs-ab': { precision: 24 / 25, recall: 24 / 24 },
    'model-metrics': { precision: 16 / 16, recall: 16 / 18 },
  },
  classes: {
    strong: { min: 14, max: 97 },
    middling: { min: 27, max: 49 },
    weak: { min: 0, max: 6 },
    salad: { min: 0, max: 37 },
    negated: { min: 0, max: 35 },
    misconception: { min: 14, max: 38 },
    'off-topic': { min: 0, max: 8 },
  },
};
