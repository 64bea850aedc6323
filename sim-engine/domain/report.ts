import type { Plan } from './plan';
import type { Outcome, RunEvent } from './run';
import type { Counterfactual, NarrativeStep, Score } from './score';

/** A mock interview's record: what was asked, what the learner wrote, the time used. */
export interface MockTranscript {
  readonly limitMinutes: number;
  readonly usedSeconds: number;
  readonly probes: readonly { readonly atSecond: number; readonly text: string }[];
  readonly answer: string;
}

/**
 * The score report: what `canary-coach run --json` prints and the app exports
 * (`canary-report/1`, DESIGN §6). Fields beyond the contract's minimum are additive.
 */
export interface CanaryReport {
  readonly format: 'canary-report/1';
  readonly scenarioId: string;
  readonly scenarioTitle: string;
  readonly packId: string;
  /** The pack's own version ('' in reports saved before it was recorded). */
  readonly packVersion: string;
  readonly seed: number;
  readonly engineVersion: string;
  readonly mode: 'practice' | 'mock' | 'cli';
  readonly plan: Plan;
  readonly score: Score;
  readonly outcome: Outcome;
  readonly events: readonly RunEvent[];
  readonly narrative: readonly NarrativeStep[];
  readonly counterfactuals: readonly Counterfactual[];
  /** The scenario author's notes for the debrief, shown after the run. */
  readonly debriefNotes: readonly string[];
  readonly hintsUsed: number;
  readonly mock?: MockTranscript;
  /** ISO 8601, written by the app or CLI (the engine has no clock). */
  readonly createdAt?: string;
  readonly learner?: string;
}
