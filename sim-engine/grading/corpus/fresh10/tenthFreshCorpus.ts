import type { LabelledAnswer } from '../corpusTypes';
import { TENTH_A_OTHER_CORPUS } from './tenthOtherAnswersA';
import { TENTH_B_OTHER_CORPUS } from './tenthOtherAnswersB';
import { TENTH_A_STRONG_CORPUS } from './tenthStrongAnswersA';
import { TENTH_B_STRONG_CORPUS } from './tenthStrongAnswersB';

/**
 * The tenth fresh held-out set (u001–u040), written by two authors who had read neither the
 * grader nor the other answers, nor each other's (README-a.md, README-b.md). Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const TENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...TENTH_A_STRONG_CORPUS,
  ...TENTH_A_OTHER_CORPUS,
  ...TENTH_B_STRONG_CORPUS,
  ...TENTH_B_OTHER_CORPUS,
];
