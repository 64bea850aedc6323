import type { LabelledAnswer } from '../corpusTypes';
import { SIXTH_A_OTHER_CORPUS } from './sixthOtherAnswersA';
import { SIXTH_B_OTHER_CORPUS } from './sixthOtherAnswersB';
import { SIXTH_A_STRONG_CORPUS } from './sixthStrongAnswersA';
import { SIXTH_B_STRONG_CORPUS } from './sixthStrongAnswersB';

/**
 * The sixth fresh held-out set (n001–n040), written by two authors who had read neither the
 * grader nor the other answers, nor each other's (README-a.md, README-b.md). Held out entirely:
 * graded once after the grader was frozen (8915003), never tuned on (../README.md).
 */
export const SIXTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SIXTH_A_STRONG_CORPUS,
  ...SIXTH_A_OTHER_CORPUS,
  ...SIXTH_B_STRONG_CORPUS,
  ...SIXTH_B_OTHER_CORPUS,
];
