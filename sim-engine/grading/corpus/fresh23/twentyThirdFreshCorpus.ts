import type { LabelledAnswer } from '../corpusTypes';
import { TWENTY_THIRD_A_OTHER_CORPUS } from './twentyThirdOtherAnswersA';
import { TWENTY_THIRD_B_OTHER_CORPUS } from './twentyThirdOtherAnswersB';
import { TWENTY_THIRD_C_OTHER_CORPUS } from './twentyThirdOtherAnswersC';
import { TWENTY_THIRD_A_STRONG_CORPUS } from './twentyThirdStrongAnswersA';
import { TWENTY_THIRD_B_STRONG_CORPUS } from './twentyThirdStrongAnswersB';
import { TWENTY_THIRD_C_STRONG_CORPUS } from './twentyThirdStrongAnswersC';

/**
 * The twenty-third fresh held-out set (ac001–ac060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: a plan told from the incident it guards against, a
 * colleague's bad suggestions quoted and answered, a timeline of clock times and stage notes, a
 * runbook, gates with exit criteria, a phone transcript (the twenty-fourth protocol). Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const TWENTY_THIRD_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...TWENTY_THIRD_A_STRONG_CORPUS,
  ...TWENTY_THIRD_A_OTHER_CORPUS,
  ...TWENTY_THIRD_B_STRONG_CORPUS,
  ...TWENTY_THIRD_B_OTHER_CORPUS,
  ...TWENTY_THIRD_C_STRONG_CORPUS,
  ...TWENTY_THIRD_C_OTHER_CORPUS,
];
