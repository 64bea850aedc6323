import type { LabelledAnswer } from '../corpusTypes';
import { FOURTEENTH_A_OTHER_CORPUS } from './fourteenthOtherAnswersA';
import { FOURTEENTH_B_OTHER_CORPUS } from './fourteenthOtherAnswersB';
import { FOURTEENTH_C_OTHER_CORPUS } from './fourteenthOtherAnswersC';
import { FOURTEENTH_A_STRONG_CORPUS } from './fourteenthStrongAnswersA';
import { FOURTEENTH_B_STRONG_CORPUS } from './fourteenthStrongAnswersB';
import { FOURTEENTH_C_STRONG_CORPUS } from './fourteenthStrongAnswersC';

/**
 * The fourteenth fresh held-out set (j001–j060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * Held out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const FOURTEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FOURTEENTH_A_STRONG_CORPUS,
  ...FOURTEENTH_A_OTHER_CORPUS,
  ...FOURTEENTH_B_STRONG_CORPUS,
  ...FOURTEENTH_B_OTHER_CORPUS,
  ...FOURTEENTH_C_STRONG_CORPUS,
  ...FOURTEENTH_C_OTHER_CORPUS,
];
