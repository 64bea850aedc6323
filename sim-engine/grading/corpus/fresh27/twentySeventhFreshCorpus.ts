import type { LabelledAnswer } from '../corpusTypes';
import { TWENTY_SEVENTH_A_OTHER_CORPUS } from './twentySeventhOtherAnswersA';
import { TWENTY_SEVENTH_B_OTHER_CORPUS } from './twentySeventhOtherAnswersB';
import { TWENTY_SEVENTH_C_OTHER_CORPUS } from './twentySeventhOtherAnswersC';
import { TWENTY_SEVENTH_A_STRONG_CORPUS } from './twentySeventhStrongAnswersA';
import { TWENTY_SEVENTH_B_STRONG_CORPUS } from './twentySeventhStrongAnswersB';
import { TWENTY_SEVENTH_C_STRONG_CORPUS } from './twentySeventhStrongAnswersC';

/**
 * The twenty-seventh fresh held-out set (ag001–ag060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: a lightning-talk script, a contract between PM and
 * engineering, an aviation metaphor, yes/no checklists before each step, a colleague's plan kept
 * in part, a Jira ticket, a plan told to a new PM in the second person, a dialogue with the
 * on-call engineer, an answer that starts from the rollback (the twenty-eighth protocol). Held
 * out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const TWENTY_SEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...TWENTY_SEVENTH_A_STRONG_CORPUS,
  ...TWENTY_SEVENTH_A_OTHER_CORPUS,
  ...TWENTY_SEVENTH_B_STRONG_CORPUS,
  ...TWENTY_SEVENTH_B_OTHER_CORPUS,
  ...TWENTY_SEVENTH_C_STRONG_CORPUS,
  ...TWENTY_SEVENTH_C_OTHER_CORPUS,
];
