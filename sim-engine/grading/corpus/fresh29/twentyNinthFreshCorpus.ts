import type { LabelledAnswer } from '../corpusTypes';
import { TWENTY_NINTH_A_OTHER_CORPUS } from './twentyNinthOtherAnswersA';
import { TWENTY_NINTH_B_OTHER_CORPUS } from './twentyNinthOtherAnswersB';
import { TWENTY_NINTH_C_OTHER_CORPUS } from './twentyNinthOtherAnswersC';
import { TWENTY_NINTH_A_STRONG_CORPUS } from './twentyNinthStrongAnswersA';
import { TWENTY_NINTH_B_STRONG_CORPUS } from './twentyNinthStrongAnswersB';
import { TWENTY_NINTH_C_STRONG_CORPUS } from './twentyNinthStrongAnswersC';

/**
 * The twenty-ninth fresh held-out set (ai001–ai060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: a plan written for an auditor, a weekly calendar, a senior
 * engineer's blunt review, "gate" for every stage, numbers first in a block, a message to the
 * support lead, a dictated answer with bracketed notes, rules with their exceptions (the
 * thirtieth protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const TWENTY_NINTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...TWENTY_NINTH_A_STRONG_CORPUS,
  ...TWENTY_NINTH_A_OTHER_CORPUS,
  ...TWENTY_NINTH_B_STRONG_CORPUS,
  ...TWENTY_NINTH_B_OTHER_CORPUS,
  ...TWENTY_NINTH_C_STRONG_CORPUS,
  ...TWENTY_NINTH_C_OTHER_CORPUS,
];
