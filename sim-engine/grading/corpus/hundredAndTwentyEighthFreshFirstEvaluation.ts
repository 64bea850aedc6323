import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-twenty-eighth fresh held-out set's figures (ed001–ed060, three authors) from
 * its one evaluation (2026-12-08; grader frozen at commit 0b111a67, the set landed sealed on `main`
 * at 4191da1f and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_TWENTY_EIGHTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 25, recall: 25 / 26 },
    'cohort-order': { precision: 26 / 26, recall: 26 / 30 },
    thresholds: { precision: 25 / 25, recall: 25 / 27 },
    holds: { precision: 24 / 24, recall: 24 / 25 },
    'sign-off': { precision: 22 / 22, recall: 22 / 25 },
    rollback: { precision: 27 / 28, recall: 27 / 29 },
    'canary-vs-ab': { precision: 22 / 22, recall: 22 / 23 },
    'model-metrics': { precision: 14 / 14, recall: 14 / 16 },
  },
  classes: {
    strong: { min: 0, max: 99 },
    middling: { min: 14, max: 44 },
    weak: { min: 0, max: 6 },
    salad: { min: 0, max: 5 },
    negated: { min: 0, max: 3 },
    misconception: { min: 11, max: 24 },
    'off-topic': { min: 0, max: 8 },
  },
};
