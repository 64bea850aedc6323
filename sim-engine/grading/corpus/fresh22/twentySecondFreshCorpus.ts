import type { LabelledAnswer } from '../corpusTypes';
import { TWENTY_SECOND_A_OTHER_CORPUS } from './twentySecondOtherAnswersA';
import { TWENTY_SECOND_B_OTHER_CORPUS } from './twentySecondOtherAnswersB';
import { TWENTY_SECOND_C_OTHER_CORPUS } from './twentySecondOtherAnswersC';
import { TWENTY_SECOND_A_STRONG_CORPUS } from './twentySecondStrongAnswersA';
import { TWENTY_SECOND_B_STRONG_CORPUS } from './twentySecondStrongAnswersB';
import { TWENTY_SECOND_C_STRONG_CORPUS } from './twentySecondStrongAnswersC';

/**
 * The twenty-second fresh held-out set (ab001–ab060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Each author's voices include an objection-and-answer form, lower-case notes with
 * headings and dashes, and a timeline (the twenty-third protocol). Held out entirely: graded once
 * after the grader was frozen, never tuned on (../README.md).
 */
export const TWENTY_SECOND_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...TWENTY_SECOND_A_STRONG_CORPUS,
  ...TWENTY_SECOND_A_OTHER_CORPUS,
  ...TWENTY_SECOND_B_STRONG_CORPUS,
  ...TWENTY_SECOND_B_OTHER_CORPUS,
  ...TWENTY_SECOND_C_STRONG_CORPUS,
  ...TWENTY_SECOND_C_OTHER_CORPUS,
];
