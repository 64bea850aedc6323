import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The sixty-first fresh held-out set's figures (bo001–bo060, three authors) from its one
 * evaluation (2026-12-04 15:12 UTC; grader frozen at commit 7e84bbe, `corpus61a`, `corpus61b` and
 * `corpus61c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const SIXTY_FIRST_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 28 / 28, recall: 28 / 28 },
    'cohort-order': { precision: 28 / 29, recall: 28 / 28 },
    thresholds: { precision: 23 / 25, recall: 23 / 26 },
    holds: { precision: 32 / 32, recall: 32 / 32 },
    'sign-off': { precision: 25 / 26, recall: 25 / 27 },
    rollback: { precision: 26 / 27, recall: 26 / 27 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 23 },
    'model-metrics': { precision: 18 / 18, recall: 18 / 18 },
  },
  classes: {
    strong: { min: 74, max: 98 },
    middling: { min: 29, max: 50 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 47 },
    negated: { min: 0, max: 7 },
    misconception: { min: 11, max: 25 },
    'off-topic': { min: 0, max: 15 },
  },
};
