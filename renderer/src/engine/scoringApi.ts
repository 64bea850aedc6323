import type { Attempt, AttemptInput, ReferencePlans } from '../../../sim-engine/index';

/** The app's names for the engine's scoring types: what the worker is asked, and answers. */

export type ReferencePlanSet = ReferencePlans;

export type ScoreRequest = AttemptInput;

/** A scored attempt: the run with its typed series, the score, the debrief. */
export type ScoredAttempt = Attempt;
