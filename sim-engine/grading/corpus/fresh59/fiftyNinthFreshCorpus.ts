import type { LabelledAnswer } from '../corpusTypes';
import { FIFTY_NINTH_A_OTHER_CORPUS } from './fiftyNinthOtherAnswersA';
import { FIFTY_NINTH_B_OTHER_CORPUS } from './fiftyNinthOtherAnswersB';
import { FIFTY_NINTH_C_OTHER_CORPUS } from './fiftyNinthOtherAnswersC';
import { FIFTY_NINTH_A_STRONG_CORPUS } from './fiftyNinthStrongAnswersA';
import { FIFTY_NINTH_B_STRONG_CORPUS } from './fiftyNinthStrongAnswersB';
import { FIFTY_NINTH_C_STRONG_CORPUS } from './fiftyNinthStrongAnswersC';

/**
 * The fifty-ninth fresh held-out set (bm001–bm060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Saint Helenian English register in writing, a
 * pet-insurance claims assistant PM, sections headed by the metric they protect, thresholds as
 * "at most" or "at least", cohorts by the language users write in, a metric deliberately not
 * gated on; a Falkland Islands English register in speech, a food-delivery arrival-time PM, each
 * decision as "Before X, I need Y", stages as "one in N" users, two named people who must both
 * agree at each sign-off, a competitor's outage; a Gibraltarian English register in writing, a
 * hotel-search ranking PM, the agenda of a release kickoff meeting, holds as "not before",
 * cohorts by the size of the customer's account, what to automate next time (the sixtieth
 * protocol). Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const FIFTY_NINTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FIFTY_NINTH_A_STRONG_CORPUS,
  ...FIFTY_NINTH_A_OTHER_CORPUS,
  ...FIFTY_NINTH_B_STRONG_CORPUS,
  ...FIFTY_NINTH_B_OTHER_CORPUS,
  ...FIFTY_NINTH_C_STRONG_CORPUS,
  ...FIFTY_NINTH_C_OTHER_CORPUS,
];
