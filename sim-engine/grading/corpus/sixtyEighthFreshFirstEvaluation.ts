import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The sixty-eighth fresh held-out set's figures (bv001–bv060, three authors) from its one
 * evaluation (2026-12-05 00:37 UTC; grader frozen at commit 70a8579, `corpus68a`, `corpus68b` and
 * `corpus68c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const SIXTY_EIGHTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 27, recall: 26 / 27 },
    'cohort-order': { precision: 30 / 31, recall: 30 / 30 },
    thresholds: { precision: 26 / 27, recall: 26 / 26 },
    holds: { precision: 22 / 24, recall: 22 / 31 },
    'sign-off': { precision: 16 / 18, recall: 16 / 25 },
    rollback: { precision: 26 / 27, recall: 26 / 26 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 23 },
    'model-metrics': { precision: 17 / 17, recall: 17 / 20 },
  },
  classes: {
    strong: { min: 68, max: 99 },
    middling: { min: 7, max: 58 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 49 },
    negated: { min: 0, max: 0 },
    misconception: { min: 11, max: 53 },
    'off-topic': { min: 0, max: 10 },
  },
};
