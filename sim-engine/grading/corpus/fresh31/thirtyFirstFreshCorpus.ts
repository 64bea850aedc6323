import type { LabelledAnswer } from '../corpusTypes';
import { THIRTY_FIRST_A_OTHER_CORPUS } from './thirtyFirstOtherAnswersA';
import { THIRTY_FIRST_B_OTHER_CORPUS } from './thirtyFirstOtherAnswersB';
import { THIRTY_FIRST_C_OTHER_CORPUS } from './thirtyFirstOtherAnswersC';
import { THIRTY_FIRST_A_STRONG_CORPUS } from './thirtyFirstStrongAnswersA';
import { THIRTY_FIRST_B_STRONG_CORPUS } from './thirtyFirstStrongAnswersB';
import { THIRTY_FIRST_C_STRONG_CORPUS } from './thirtyFirstStrongAnswersC';

/**
 * The thirty-first fresh held-out set (ak001–ak060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: a story of the last canary, an email to a VP, a dated decision
 * log, a markdown table of stages, an interview dialogue, personas for cohorts, a terse SRE answer,
 * a memo, a self-correcting candidate, a pull-request review reply (the thirty-second protocol).
 * Held out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const THIRTY_FIRST_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...THIRTY_FIRST_A_STRONG_CORPUS,
  ...THIRTY_FIRST_A_OTHER_CORPUS,
  ...THIRTY_FIRST_B_STRONG_CORPUS,
  ...THIRTY_FIRST_B_OTHER_CORPUS,
  ...THIRTY_FIRST_C_STRONG_CORPUS,
  ...THIRTY_FIRST_C_OTHER_CORPUS,
];
