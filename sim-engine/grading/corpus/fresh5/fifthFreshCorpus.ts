import type { LabelledAnswer } from '../corpusTypes';
import { FIFTH_A_OTHER_CORPUS } from './fifthOtherAnswersA';
import { FIFTH_B_OTHER_CORPUS } from './fifthOtherAnswersB';
import { FIFTH_A_STRONG_CORPUS } from './fifthStrongAnswersA';
import { FIFTH_B_STRONG_CORPUS } from './fifthStrongAnswersB';

/**
 * The fifth fresh held-out set (m001–m040), written by two authors who had read neither the
 * grader nor the other answers, nor each other's (README-a.md, README-b.md). Held out entirely:
 * graded once after the grader was frozen (8126f31), never tuned on (../README.md).
 */
export const FIFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FIFTH_A_STRONG_CORPUS,
  ...FIFTH_A_OTHER_CORPUS,
  ...FIFTH_B_STRONG_CORPUS,
  ...FIFTH_B_OTHER_CORPUS,
];
