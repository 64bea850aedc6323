import type { LabelledAnswer } from '../corpusTypes';
import { FIFTY_FIRST_A_OTHER_CORPUS } from './fiftyFirstOtherAnswersA';
import { FIFTY_FIRST_B_OTHER_CORPUS } from './fiftyFirstOtherAnswersB';
import { FIFTY_FIRST_C_OTHER_CORPUS } from './fiftyFirstOtherAnswersC';
import { FIFTY_FIRST_A_STRONG_CORPUS } from './fiftyFirstStrongAnswersA';
import { FIFTY_FIRST_B_STRONG_CORPUS } from './fiftyFirstStrongAnswersB';
import { FIFTY_FIRST_C_STRONG_CORPUS } from './fiftyFirstStrongAnswersC';

/**
 * The fifty-first fresh held-out set (be001–be060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Rwandan English register in writing, a car-rental
 * PM, a letter to the candidate's future self, every sentence under twelve words, conditions with
 * "provided that", shares as decimals, a closing list of three numbers; a Guyanese English
 * register in speech, an online-learning PM, a question back to the interviewer first,
 * consequences joined with "which means", metric names in capital snake case, a one-sentence
 * aside on a past mistake, a social-media post at the end; a Tanzanian English register in
 * writing, a utility billing portal's PM, the rollback explained first, "Why:" lines after each
 * decision, units abbreviated, stages named with letters, what the candidate would not compromise
 * on (the fifty-second protocol). Held out entirely: graded once after the grader was frozen,
 * never tuned on (../README.md).
 */
export const FIFTY_FIRST_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FIFTY_FIRST_A_STRONG_CORPUS,
  ...FIFTY_FIRST_A_OTHER_CORPUS,
  ...FIFTY_FIRST_B_STRONG_CORPUS,
  ...FIFTY_FIRST_B_OTHER_CORPUS,
  ...FIFTY_FIRST_C_STRONG_CORPUS,
  ...FIFTY_FIRST_C_OTHER_CORPUS,
];
