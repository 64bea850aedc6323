import type { LabelledAnswer } from '../corpusTypes';
import { SIXTY_FIRST_A_OTHER_CORPUS } from './sixtyFirstOtherAnswersA';
import { SIXTY_FIRST_B_OTHER_CORPUS } from './sixtyFirstOtherAnswersB';
import { SIXTY_FIRST_C_OTHER_CORPUS } from './sixtyFirstOtherAnswersC';
import { SIXTY_FIRST_A_STRONG_CORPUS } from './sixtyFirstStrongAnswersA';
import { SIXTY_FIRST_B_STRONG_CORPUS } from './sixtyFirstStrongAnswersB';
import { SIXTY_FIRST_C_STRONG_CORPUS } from './sixtyFirstStrongAnswersC';

/**
 * The sixty-first fresh held-out set (bo001–bo060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Bahamian English register in writing, a ride-hailing driver-payout PM,
 * each section opening with the risk it guards against, thresholds as multiples or ratios of the
 * old version, cohorts by the phone platform users run, a question from the legal team answered in
 * passing; a Newfoundland English register in speech, a telehealth triage chatbot PM, stages named
 * after the weekday they start on, each sign-off as two named people approving in the release
 * channel, an aside about a past incident, rollback as the exact runbook step; a Malawian English
 * register in writing, a school-fees mobile-money PM, the answer laid out as numbered interview
 * questions each followed by its answer, holds as counts of transactions or conversations, cohorts
 * by district or region, one metric the candidate would add next quarter (the sixty-second
 * protocol). Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const SIXTY_FIRST_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SIXTY_FIRST_A_STRONG_CORPUS,
  ...SIXTY_FIRST_A_OTHER_CORPUS,
  ...SIXTY_FIRST_B_STRONG_CORPUS,
  ...SIXTY_FIRST_B_OTHER_CORPUS,
  ...SIXTY_FIRST_C_STRONG_CORPUS,
  ...SIXTY_FIRST_C_OTHER_CORPUS,
];
