import type { LabelledAnswer } from '../corpusTypes';
import { TWENTY_SIXTH_A_OTHER_CORPUS } from './twentySixthOtherAnswersA';
import { TWENTY_SIXTH_B_OTHER_CORPUS } from './twentySixthOtherAnswersB';
import { TWENTY_SIXTH_C_OTHER_CORPUS } from './twentySixthOtherAnswersC';
import { TWENTY_SIXTH_A_STRONG_CORPUS } from './twentySixthStrongAnswersA';
import { TWENTY_SIXTH_B_STRONG_CORPUS } from './twentySixthStrongAnswersB';
import { TWENTY_SIXTH_C_STRONG_CORPUS } from './twentySixthStrongAnswersC';

/**
 * The twenty-sixth fresh held-out set (af001–af060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: an incident review from a past company, rapid answers opening
 * on "No." or "Yes.", a pre-mortem opening "Imagine it's two weeks after launch", a memo with
 * "Decision:" and "Rationale:", a chat message in lower case, the coming week as a story, a RACI
 * in plain text, a decision log (the twenty-seventh protocol). Held out entirely: graded once
 * after the grader was frozen, never tuned on (../README.md).
 */
export const TWENTY_SIXTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...TWENTY_SIXTH_A_STRONG_CORPUS,
  ...TWENTY_SIXTH_A_OTHER_CORPUS,
  ...TWENTY_SIXTH_B_STRONG_CORPUS,
  ...TWENTY_SIXTH_B_OTHER_CORPUS,
  ...TWENTY_SIXTH_C_STRONG_CORPUS,
  ...TWENTY_SIXTH_C_OTHER_CORPUS,
];
