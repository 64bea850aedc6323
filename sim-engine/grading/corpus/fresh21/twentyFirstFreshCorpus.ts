import type { LabelledAnswer } from '../corpusTypes';
import { TWENTY_FIRST_A_OTHER_CORPUS } from './twentyFirstOtherAnswersA';
import { TWENTY_FIRST_B_OTHER_CORPUS } from './twentyFirstOtherAnswersB';
import { TWENTY_FIRST_C_OTHER_CORPUS } from './twentyFirstOtherAnswersC';
import { TWENTY_FIRST_A_STRONG_CORPUS } from './twentyFirstStrongAnswersA';
import { TWENTY_FIRST_B_STRONG_CORPUS } from './twentyFirstStrongAnswersB';
import { TWENTY_FIRST_C_STRONG_CORPUS } from './twentyFirstStrongAnswersC';

/**
 * The twenty-first fresh held-out set (aa001–aa060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Each author's voices include notes whose dashes run in lower case, a schedule or
 * timeline and a dictated answer (the twenty-second protocol). Held out entirely: graded once
 * after the grader was frozen, never tuned on (../README.md).
 */
export const TWENTY_FIRST_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...TWENTY_FIRST_A_STRONG_CORPUS,
  ...TWENTY_FIRST_A_OTHER_CORPUS,
  ...TWENTY_FIRST_B_STRONG_CORPUS,
  ...TWENTY_FIRST_B_OTHER_CORPUS,
  ...TWENTY_FIRST_C_STRONG_CORPUS,
  ...TWENTY_FIRST_C_OTHER_CORPUS,
];
