import type { LabelledAnswer } from '../corpusTypes';
import { TWENTY_FIFTH_A_OTHER_CORPUS } from './twentyFifthOtherAnswersA';
import { TWENTY_FIFTH_B_OTHER_CORPUS } from './twentyFifthOtherAnswersB';
import { TWENTY_FIFTH_C_OTHER_CORPUS } from './twentyFifthOtherAnswersC';
import { TWENTY_FIFTH_A_STRONG_CORPUS } from './twentyFifthStrongAnswersA';
import { TWENTY_FIFTH_B_STRONG_CORPUS } from './twentyFifthStrongAnswersB';
import { TWENTY_FIFTH_C_STRONG_CORPUS } from './twentyFifthStrongAnswersC';

/**
 * The twenty-fifth fresh held-out set (ae001–ae060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: a retro with a "This time:" heading, a pre-mortem told as a
 * story, a runbook with limits under headings, if/then rules, a FAQ, user stories, a timeline in
 * relative days, meeting minutes (the twenty-sixth protocol). Held out entirely: graded once after
 * the grader was frozen, never tuned on (../README.md).
 */
export const TWENTY_FIFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...TWENTY_FIFTH_A_STRONG_CORPUS,
  ...TWENTY_FIFTH_A_OTHER_CORPUS,
  ...TWENTY_FIFTH_B_STRONG_CORPUS,
  ...TWENTY_FIFTH_B_OTHER_CORPUS,
  ...TWENTY_FIFTH_C_STRONG_CORPUS,
  ...TWENTY_FIFTH_C_OTHER_CORPUS,
];
