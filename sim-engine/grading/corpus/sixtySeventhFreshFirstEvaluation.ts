import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The sixty-seventh fresh held-out set's figures (bu001–bu060, three authors) from its one
 * evaluation (2026-12-04 22:41 UTC; grader frozen at commit 3e416e1, `corpus67a`, `corpus67b` and
 * `corpus67c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const SIXTY_SEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 27, recall: 27 / 28 },
    'cohort-order': { precision: 28 / 28, recall: 28 / 29 },
    thresholds: { precision: 27 / 29, recall: 27 / 27 },
    holds: { precision: 19 / 19, recall: 19 / 29 },
    'sign-off': { precision: 24 / 24, recall: 24 / 28 },
    rollback: { precision: 28 / 29, recall: 28 / 29 },
    'canary-vs-ab': { precision: 21 / 21, recall: 21 / 24 },
    'model-metrics': { precision: 19 / 19, recall: 19 / 20 },
  },
  classes: {
    strong: { min: 37, max: 98 },
    middling: { min: 20, max: 48 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 16 },
    negated: { min: 0, max: 5 },
    misconception: { min: 15, max: 53 },
    'off-topic': { min: 0, max: 8 },
  },
};
