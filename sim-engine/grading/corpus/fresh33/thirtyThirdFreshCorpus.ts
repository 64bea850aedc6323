import type { LabelledAnswer } from '../corpusTypes';
import { THIRTY_THIRD_A_OTHER_CORPUS } from './thirtyThirdOtherAnswersA';
import { THIRTY_THIRD_B_OTHER_CORPUS } from './thirtyThirdOtherAnswersB';
import { THIRTY_THIRD_C_OTHER_CORPUS } from './thirtyThirdOtherAnswersC';
import { THIRTY_THIRD_A_STRONG_CORPUS } from './thirtyThirdStrongAnswersA';
import { THIRTY_THIRD_B_STRONG_CORPUS } from './thirtyThirdStrongAnswersB';
import { THIRTY_THIRD_C_STRONG_CORPUS } from './thirtyThirdStrongAnswersC';

/**
 * The thirty-third fresh held-out set (am001–am060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: risks each with its guard, a PM and on-call dialogue, one
 * paragraph with no breaks, a Confluence page, "If X, then Y" rules, numbered footnotes, a
 * stand-up update, a bet, Before / During / After, launch day hour by hour (the thirty-fourth
 * protocol). Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const THIRTY_THIRD_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...THIRTY_THIRD_A_STRONG_CORPUS,
  ...THIRTY_THIRD_A_OTHER_CORPUS,
  ...THIRTY_THIRD_B_STRONG_CORPUS,
  ...THIRTY_THIRD_B_OTHER_CORPUS,
  ...THIRTY_THIRD_C_STRONG_CORPUS,
  ...THIRTY_THIRD_C_OTHER_CORPUS,
];
