import type { LabelledAnswer } from '../corpusTypes';
import { TWENTY_FOURTH_A_OTHER_CORPUS } from './twentyFourthOtherAnswersA';
import { TWENTY_FOURTH_B_OTHER_CORPUS } from './twentyFourthOtherAnswersB';
import { TWENTY_FOURTH_C_OTHER_CORPUS } from './twentyFourthOtherAnswersC';
import { TWENTY_FOURTH_A_STRONG_CORPUS } from './twentyFourthStrongAnswersA';
import { TWENTY_FOURTH_B_STRONG_CORPUS } from './twentyFourthStrongAnswersB';
import { TWENTY_FOURTH_C_STRONG_CORPUS } from './twentyFourthStrongAnswersC';

/**
 * The twenty-fourth fresh held-out set (ad001–ad060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: a retro or a pre-mortem turned into the plan, a plan told
 * group by group with how long each stays, notes joined by '+' or '/', a dialogue with the
 * interviewer, a table of stages, a voice memo (the twenty-fifth protocol). Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const TWENTY_FOURTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...TWENTY_FOURTH_A_STRONG_CORPUS,
  ...TWENTY_FOURTH_A_OTHER_CORPUS,
  ...TWENTY_FOURTH_B_STRONG_CORPUS,
  ...TWENTY_FOURTH_B_OTHER_CORPUS,
  ...TWENTY_FOURTH_C_STRONG_CORPUS,
  ...TWENTY_FOURTH_C_OTHER_CORPUS,
];
