import type { LabelledAnswer } from '../corpusTypes';
import { THIRD_A_OTHER_CORPUS } from './thirdOtherAnswers';
import { THIRD_B_OTHER_CORPUS } from './thirdOtherAnswersB';
import { THIRD_A_STRONG_CORPUS } from './thirdStrongAnswers';
import { THIRD_B_STRONG_CORPUS } from './thirdStrongAnswersB';

/**
 * The third fresh held-out set (h001–h040), written by two authors who had read neither the
 * grader nor the other answers, nor each other's (README-a.md, README-b.md). Held out entirely:
 * graded once after the grader was frozen (5047ea8), never tuned on (../README.md).
 */
export const THIRD_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...THIRD_A_STRONG_CORPUS,
  ...THIRD_A_OTHER_CORPUS,
  ...THIRD_B_STRONG_CORPUS,
  ...THIRD_B_OTHER_CORPUS,
];
