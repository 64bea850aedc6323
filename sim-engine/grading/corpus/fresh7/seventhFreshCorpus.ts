import type { LabelledAnswer } from '../corpusTypes';
import { SEVENTH_A_OTHER_CORPUS } from './seventhOtherAnswersA';
import { SEVENTH_B_OTHER_CORPUS } from './seventhOtherAnswersB';
import { SEVENTH_A_STRONG_CORPUS } from './seventhStrongAnswersA';
import { SEVENTH_B_STRONG_CORPUS } from './seventhStrongAnswersB';

/**
 * The seventh fresh held-out set (p001–p040), written by two authors who had read neither the
 * grader nor the other answers, nor each other's (README-a.md, README-b.md). Held out entirely:
 * graded once after the grader was frozen (577e305), never tuned on (../README.md).
 */
export const SEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SEVENTH_A_STRONG_CORPUS,
  ...SEVENTH_A_OTHER_CORPUS,
  ...SEVENTH_B_STRONG_CORPUS,
  ...SEVENTH_B_OTHER_CORPUS,
];
