import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The sixty-second fresh held-out set's figures (bp001–bp060, three authors) from its one
 * evaluation (2026-12-04 15:53 UTC; grader frozen at commit 2e53d75, `corpus62a`, `corpus62b` and
 * `corpus62c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const SIXTY_SECOND_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 27, recall: 24 / 27 },
    'cohort-order': { precision: 29 / 29, recall: 29 / 31 },
    thresholds: { precision: 25 / 28, recall: 25 / 26 },
    holds: { precision: 26 / 28, recall: 26 / 29 },
    'sign-off': { precision: 21 / 24, recall: 21 / 28 },
    rollback: { precision: 28 / 31, recall: 28 / 29 },
    'canary-vs-ab': { precision: 24 / 24, recall: 24 / 25 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 19 },
  },
  classes: {
    strong: { min: 14, max: 98 },
    middling: { min: 21, max: 47 },
    weak: { min: 0, max: 15 },
    salad: { min: 0, max: 59 },
    negated: { min: 0, max: 25 },
    misconception: { min: 18, max: 63 },
    'off-topic': { min: 0, max: 19 },
  },
};
