import type { LabelledAnswer } from '../corpusTypes';
import { SECOND_MIDDLING_CORPUS } from './secondMiddlingAnswers';
import { SECOND_MIXED_CORPUS } from './secondMixedAnswers';
import { SECOND_POOR_CORPUS } from './secondPoorAnswers';
import { SECOND_STRONG_CORPUS } from './secondStrongAnswers';

/**
 * The second fresh held-out set (g001–g030), written by an author who had read neither the
 * grader nor the other answers. Held out entirely: never tuned on (see README.md).
 */
export const SECOND_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SECOND_STRONG_CORPUS,
  ...SECOND_MIDDLING_CORPUS,
  ...SECOND_POOR_CORPUS,
  ...SECOND_MIXED_CORPUS,
];
