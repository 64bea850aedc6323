import type { LabelledAnswer } from '../corpusTypes';
import { FIFTEENTH_A_OTHER_CORPUS } from './fifteenthOtherAnswersA';
import { FIFTEENTH_B_OTHER_CORPUS } from './fifteenthOtherAnswersB';
import { FIFTEENTH_C_OTHER_CORPUS } from './fifteenthOtherAnswersC';
import { FIFTEENTH_A_STRONG_CORPUS } from './fifteenthStrongAnswersA';
import { FIFTEENTH_B_STRONG_CORPUS } from './fifteenthStrongAnswersB';
import { FIFTEENTH_C_STRONG_CORPUS } from './fifteenthStrongAnswersC';

/**
 * The fifteenth fresh held-out set (a001–a060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * Held out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const FIFTEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FIFTEENTH_A_STRONG_CORPUS,
  ...FIFTEENTH_A_OTHER_CORPUS,
  ...FIFTEENTH_B_STRONG_CORPUS,
  ...FIFTEENTH_B_OTHER_CORPUS,
  ...FIFTEENTH_C_STRONG_CORPUS,
  ...FIFTEENTH_C_OTHER_CORPUS,
];
