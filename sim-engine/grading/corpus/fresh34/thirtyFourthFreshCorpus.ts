import type { LabelledAnswer } from '../corpusTypes';
import { THIRTY_FOURTH_A_OTHER_CORPUS } from './thirtyFourthOtherAnswersA';
import { THIRTY_FOURTH_B_OTHER_CORPUS } from './thirtyFourthOtherAnswersB';
import { THIRTY_FOURTH_C_OTHER_CORPUS } from './thirtyFourthOtherAnswersC';
import { THIRTY_FOURTH_A_STRONG_CORPUS } from './thirtyFourthStrongAnswersA';
import { THIRTY_FOURTH_B_STRONG_CORPUS } from './thirtyFourthStrongAnswersB';
import { THIRTY_FOURTH_C_STRONG_CORPUS } from './thirtyFourthStrongAnswersC';

/**
 * The thirty-fourth fresh held-out set (an001–an060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: a Scottish English register in speech, a pre-mortem, an
 * email to the engineering manager, numbers said in words, a Nigerian English register, a Slack
 * thread, a RACI table, a PM at a bank, headings as questions, an Indian English register, a
 * timeline week by week, an FAQ for support, a working agreement, advice to a junior PM (the
 * thirty-fifth protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const THIRTY_FOURTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...THIRTY_FOURTH_A_STRONG_CORPUS,
  ...THIRTY_FOURTH_A_OTHER_CORPUS,
  ...THIRTY_FOURTH_B_STRONG_CORPUS,
  ...THIRTY_FOURTH_B_OTHER_CORPUS,
  ...THIRTY_FOURTH_C_STRONG_CORPUS,
  ...THIRTY_FOURTH_C_OTHER_CORPUS,
];
