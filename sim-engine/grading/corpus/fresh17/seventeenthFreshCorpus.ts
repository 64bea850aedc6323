import type { LabelledAnswer } from '../corpusTypes';
import { SEVENTEENTH_A_OTHER_CORPUS } from './seventeenthOtherAnswersA';
import { SEVENTEENTH_B_OTHER_CORPUS } from './seventeenthOtherAnswersB';
import { SEVENTEENTH_C_OTHER_CORPUS } from './seventeenthOtherAnswersC';
import { SEVENTEENTH_A_STRONG_CORPUS } from './seventeenthStrongAnswersA';
import { SEVENTEENTH_B_STRONG_CORPUS } from './seventeenthStrongAnswersB';
import { SEVENTEENTH_C_STRONG_CORPUS } from './seventeenthStrongAnswersC';

/**
 * The seventeenth fresh held-out set (b001–b060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * Held out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const SEVENTEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SEVENTEENTH_A_STRONG_CORPUS,
  ...SEVENTEENTH_A_OTHER_CORPUS,
  ...SEVENTEENTH_B_STRONG_CORPUS,
  ...SEVENTEENTH_B_OTHER_CORPUS,
  ...SEVENTEENTH_C_STRONG_CORPUS,
  ...SEVENTEENTH_C_OTHER_CORPUS,
];
