import type { LabelledAnswer } from '../corpusTypes';
import { FRESH_MIDDLING } from './freshMiddlingAnswers';
import { FRESH_MIXED } from './freshMixedAnswers';
import { FRESH_POOR } from './freshPoorAnswers';
import { FRESH_STRONG } from './freshStrongAnswers';

/**
 * The fresh held-out corpus (f001–f030), written by an author who never read the grader.
 * Held out entirely: report figures on it, never tune on it (see README.md beside this file).
 */
export const FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FRESH_STRONG,
  ...FRESH_MIDDLING,
  ...FRESH_POOR,
  ...FRESH_MIXED,
];
