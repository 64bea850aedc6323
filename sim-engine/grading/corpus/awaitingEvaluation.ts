import type { LabelledAnswer } from './corpusTypes';

/** A fresh set wired in and not yet graded. */
export interface AwaitedSet {
  readonly name: string;
  readonly answers: readonly LabelledAnswer[];
}

/**
 * The fresh set written blind for the round under way, held out until its one evaluation: the
 * grading bench shows it as the held-out set. Once graded it joins FRESH_SET_RECORDS with its
 * figures (freshSetRecords.ts), and this goes back to null until the next set is wired.
 */
export const AWAITING_FIRST_EVALUATION: AwaitedSet | null = null;
