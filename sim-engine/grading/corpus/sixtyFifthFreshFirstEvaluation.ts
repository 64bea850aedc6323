import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The sixty-fifth fresh held-out set's figures (bs001–bs060, three authors) from its one
 * evaluation (2026-12-04 19:24 UTC; grader frozen at commit 62371c6, `corpus65a`, `corpus65b` and
 * `corpus65c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const SIXTY_FIFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 27, recall: 26 / 27 },
    'cohort-order': { precision: 24 / 25, recall: 24 / 28 },
    thresholds: { precision: 27 / 27, recall: 27 / 27 },
    holds: { precision: 26 / 26, recall: 26 / 28 },
    'sign-off': { precision: 21 / 22, recall: 21 / 26 },
    rollback: { precision: 28 / 29, recall: 28 / 28 },
    'canary-vs-ab': { precision: 23 / 25, recall: 23 / 23 },
    'model-metrics': { precision: 18 / 18, recall: 18 / 18 },
  },
  classes: {
    strong: { min: 59, max: 100 },
    middling: { min: 9, max: 50 },
    weak: { min: 0, max: 6 },
    salad: { min: 0, max: 1 },
    negated: { min: 0, max: 18 },
    misconception: { min: 15, max: 25 },
    'off-topic': { min: 0, max: 18 },
  },
};
