import type { LabelledAnswer } from '../corpusTypes';
import { THIRTY_SECOND_A_OTHER_CORPUS } from './thirtySecondOtherAnswersA';
import { THIRTY_SECOND_B_OTHER_CORPUS } from './thirtySecondOtherAnswersB';
import { THIRTY_SECOND_C_OTHER_CORPUS } from './thirtySecondOtherAnswersC';
import { THIRTY_SECOND_A_STRONG_CORPUS } from './thirtySecondStrongAnswersA';
import { THIRTY_SECOND_B_STRONG_CORPUS } from './thirtySecondStrongAnswersB';
import { THIRTY_SECOND_C_STRONG_CORPUS } from './thirtySecondStrongAnswersC';

/**
 * The thirty-second fresh held-out set (al001–al060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: five minutes spoken fast, a contractor's "shall", a handover
 * before leave, status tags, a numbered on-call runbook, a customer's week, the passive voice, five
 * long sentences, release notes, a decision table, a one-line-per-point summary (the
 * thirty-third protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const THIRTY_SECOND_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...THIRTY_SECOND_A_STRONG_CORPUS,
  ...THIRTY_SECOND_A_OTHER_CORPUS,
  ...THIRTY_SECOND_B_STRONG_CORPUS,
  ...THIRTY_SECOND_B_OTHER_CORPUS,
  ...THIRTY_SECOND_C_STRONG_CORPUS,
  ...THIRTY_SECOND_C_OTHER_CORPUS,
];
