import type { LabelledAnswer } from '../corpusTypes';
import { THIRTEENTH_A_OTHER_CORPUS } from './thirteenthOtherAnswersA';
import { THIRTEENTH_B_OTHER_CORPUS } from './thirteenthOtherAnswersB';
import { THIRTEENTH_C_OTHER_CORPUS } from './thirteenthOtherAnswersC';
import { THIRTEENTH_A_STRONG_CORPUS } from './thirteenthStrongAnswersA';
import { THIRTEENTH_B_STRONG_CORPUS } from './thirteenthStrongAnswersB';
import { THIRTEENTH_C_STRONG_CORPUS } from './thirteenthStrongAnswersC';

/**
 * The thirteenth fresh held-out set (e001–e060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * Held out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const THIRTEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...THIRTEENTH_A_STRONG_CORPUS,
  ...THIRTEENTH_A_OTHER_CORPUS,
  ...THIRTEENTH_B_STRONG_CORPUS,
  ...THIRTEENTH_B_OTHER_CORPUS,
  ...THIRTEENTH_C_STRONG_CORPUS,
  ...THIRTEENTH_C_OTHER_CORPUS,
];
