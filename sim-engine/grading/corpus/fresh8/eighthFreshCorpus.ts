import type { LabelledAnswer } from '../corpusTypes';
import { EIGHTH_A_OTHER_CORPUS } from './eighthOtherAnswersA';
import { EIGHTH_B_OTHER_CORPUS } from './eighthOtherAnswersB';
import { EIGHTH_A_STRONG_CORPUS } from './eighthStrongAnswersA';
import { EIGHTH_B_STRONG_CORPUS } from './eighthStrongAnswersB';

/**
 * The eighth fresh held-out set (q001–q040), written by two authors who had read neither the
 * grader nor the other answers, nor each other's (README-a.md, README-b.md). Held out entirely:
 * graded once after the grader was frozen (7299ef5), never tuned on (../README.md).
 */
export const EIGHTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...EIGHTH_A_STRONG_CORPUS,
  ...EIGHTH_A_OTHER_CORPUS,
  ...EIGHTH_B_STRONG_CORPUS,
  ...EIGHTH_B_OTHER_CORPUS,
];
