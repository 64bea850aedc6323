import type { LabelledAnswer } from '../corpusTypes';
import { FOURTH_A_OTHER_CORPUS } from './fourthOtherAnswersA';
import { FOURTH_B_OTHER_CORPUS } from './fourthOtherAnswersB';
import { FOURTH_A_STRONG_CORPUS } from './fourthStrongAnswersA';
import { FOURTH_B_STRONG_CORPUS } from './fourthStrongAnswersB';

/**
 * The fourth fresh held-out set (k001–k040), written by two authors who had read neither the
 * grader nor the other answers, nor each other's (README-a.md, README-b.md). Held out entirely:
 * graded once after the grader was frozen (2a8e48f), never tuned on (../README.md).
 */
export const FOURTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FOURTH_A_STRONG_CORPUS,
  ...FOURTH_A_OTHER_CORPUS,
  ...FOURTH_B_STRONG_CORPUS,
  ...FOURTH_B_OTHER_CORPUS,
];
