import type { LabelledAnswer } from '../corpusTypes';
import { THIRTY_EIGHTH_A_OTHER_CORPUS } from './thirtyEighthOtherAnswersA';
import { THIRTY_EIGHTH_B_OTHER_CORPUS } from './thirtyEighthOtherAnswersB';
import { THIRTY_EIGHTH_C_OTHER_CORPUS } from './thirtyEighthOtherAnswersC';
import { THIRTY_EIGHTH_A_STRONG_CORPUS } from './thirtyEighthStrongAnswersA';
import { THIRTY_EIGHTH_B_STRONG_CORPUS } from './thirtyEighthStrongAnswersB';
import { THIRTY_EIGHTH_C_STRONG_CORPUS } from './thirtyEighthStrongAnswersC';

/**
 * The thirty-eighth fresh held-out set (ar001–ar060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: a South African English register in speech, a pull-request
 * description, a bank's mobile app PM, one paragraph without breaks, a risk register in
 * sentences, a candidate restating the question, the second person, a Caribbean English register
 * in writing, a runbook with owners and times, a streaming PM, questions asked and answered, a
 * letter to the on-call team, a hedge that commits, fragments, a Scottish English register in
 * speech, before / during / after, a casual ride-hailing PM, a table with bars, each number's
 * origin, analogies, short sentences (the thirty-ninth protocol). Held out entirely: graded once
 * after the grader was frozen, never tuned on (../README.md).
 */
export const THIRTY_EIGHTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...THIRTY_EIGHTH_A_STRONG_CORPUS,
  ...THIRTY_EIGHTH_A_OTHER_CORPUS,
  ...THIRTY_EIGHTH_B_STRONG_CORPUS,
  ...THIRTY_EIGHTH_B_OTHER_CORPUS,
  ...THIRTY_EIGHTH_C_STRONG_CORPUS,
  ...THIRTY_EIGHTH_C_OTHER_CORPUS,
];
