import type { LabelledAnswer } from '../corpusTypes';
import { FIFTY_EIGHTH_A_OTHER_CORPUS } from './fiftyEighthOtherAnswersA';
import { FIFTY_EIGHTH_B_OTHER_CORPUS } from './fiftyEighthOtherAnswersB';
import { FIFTY_EIGHTH_C_OTHER_CORPUS } from './fiftyEighthOtherAnswersC';
import { FIFTY_EIGHTH_A_STRONG_CORPUS } from './fiftyEighthStrongAnswersA';
import { FIFTY_EIGHTH_B_STRONG_CORPUS } from './fiftyEighthStrongAnswersB';
import { FIFTY_EIGHTH_C_STRONG_CORPUS } from './fiftyEighthStrongAnswersC';

/**
 * The fifty-eighth fresh held-out set (bl001–bl060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Norfolk Island English register in writing, a
 * pharmacy-refill reminder PM, a decision record with Context, Decision and Consequences,
 * thresholds as "no more than", cohorts by time zone, what to look at a week after 100 %; an
 * Anguillan English register in speech, a tax-filing assistant PM, answers to the interviewer's
 * follow-ups each opening "You asked …", stages by day number, sign-offs by job title only, a
 * teammate's concern; a Montserratian English register in writing, a surge-pricing PM, the
 * release told backwards from 100 %, holds in weeks, cohorts by how long users have been active,
 * the decision the candidate is least sure of (the fifty-ninth protocol). Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const FIFTY_EIGHTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FIFTY_EIGHTH_A_STRONG_CORPUS,
  ...FIFTY_EIGHTH_A_OTHER_CORPUS,
  ...FIFTY_EIGHTH_B_STRONG_CORPUS,
  ...FIFTY_EIGHTH_B_OTHER_CORPUS,
  ...FIFTY_EIGHTH_C_STRONG_CORPUS,
  ...FIFTY_EIGHTH_C_OTHER_CORPUS,
];
