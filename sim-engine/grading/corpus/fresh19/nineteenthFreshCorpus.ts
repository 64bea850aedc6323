import type { LabelledAnswer } from '../corpusTypes';
import { NINETEENTH_A_OTHER_CORPUS } from './nineteenthOtherAnswersA';
import { NINETEENTH_B_OTHER_CORPUS } from './nineteenthOtherAnswersB';
import { NINETEENTH_C_OTHER_CORPUS } from './nineteenthOtherAnswersC';
import { NINETEENTH_A_STRONG_CORPUS } from './nineteenthStrongAnswersA';
import { NINETEENTH_B_STRONG_CORPUS } from './nineteenthStrongAnswersB';
import { NINETEENTH_C_STRONG_CORPUS } from './nineteenthStrongAnswersC';

/**
 * The nineteenth fresh held-out set (l001–l060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * Held out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const NINETEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...NINETEENTH_A_STRONG_CORPUS,
  ...NINETEENTH_A_OTHER_CORPUS,
  ...NINETEENTH_B_STRONG_CORPUS,
  ...NINETEENTH_B_OTHER_CORPUS,
  ...NINETEENTH_C_STRONG_CORPUS,
  ...NINETEENTH_C_OTHER_CORPUS,
];
