import type { LabelledAnswer } from '../corpusTypes';
import { EIGHTEENTH_A_OTHER_CORPUS } from './eighteenthOtherAnswersA';
import { EIGHTEENTH_B_OTHER_CORPUS } from './eighteenthOtherAnswersB';
import { EIGHTEENTH_C_OTHER_CORPUS } from './eighteenthOtherAnswersC';
import { EIGHTEENTH_A_STRONG_CORPUS } from './eighteenthStrongAnswersA';
import { EIGHTEENTH_B_STRONG_CORPUS } from './eighteenthStrongAnswersB';
import { EIGHTEENTH_C_STRONG_CORPUS } from './eighteenthStrongAnswersC';

/**
 * The eighteenth fresh held-out set (i001–i060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * Held out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const EIGHTEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...EIGHTEENTH_A_STRONG_CORPUS,
  ...EIGHTEENTH_A_OTHER_CORPUS,
  ...EIGHTEENTH_B_STRONG_CORPUS,
  ...EIGHTEENTH_B_OTHER_CORPUS,
  ...EIGHTEENTH_C_STRONG_CORPUS,
  ...EIGHTEENTH_C_OTHER_CORPUS,
];
