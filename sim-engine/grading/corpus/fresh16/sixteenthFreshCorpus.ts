import type { LabelledAnswer } from '../corpusTypes';
import { SIXTEENTH_A_OTHER_CORPUS } from './sixteenthOtherAnswersA';
import { SIXTEENTH_B_OTHER_CORPUS } from './sixteenthOtherAnswersB';
import { SIXTEENTH_C_OTHER_CORPUS } from './sixteenthOtherAnswersC';
import { SIXTEENTH_A_STRONG_CORPUS } from './sixteenthStrongAnswersA';
import { SIXTEENTH_B_STRONG_CORPUS } from './sixteenthStrongAnswersB';
import { SIXTEENTH_C_STRONG_CORPUS } from './sixteenthStrongAnswersC';

/**
 * The sixteenth fresh held-out set (d001–d060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * Held out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const SIXTEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SIXTEENTH_A_STRONG_CORPUS,
  ...SIXTEENTH_A_OTHER_CORPUS,
  ...SIXTEENTH_B_STRONG_CORPUS,
  ...SIXTEENTH_B_OTHER_CORPUS,
  ...SIXTEENTH_C_STRONG_CORPUS,
  ...SIXTEENTH_C_OTHER_CORPUS,
];
