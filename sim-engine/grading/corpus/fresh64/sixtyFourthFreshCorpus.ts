import type { LabelledAnswer } from '../corpusTypes';
import { SIXTY_FOURTH_A_OTHER_CORPUS } from './sixtyFourthOtherAnswersA';
import { SIXTY_FOURTH_B_OTHER_CORPUS } from './sixtyFourthOtherAnswersB';
import { SIXTY_FOURTH_C_OTHER_CORPUS } from './sixtyFourthOtherAnswersC';
import { SIXTY_FOURTH_A_STRONG_CORPUS } from './sixtyFourthStrongAnswersA';
import { SIXTY_FOURTH_B_STRONG_CORPUS } from './sixtyFourthStrongAnswersB';
import { SIXTY_FOURTH_C_STRONG_CORPUS } from './sixtyFourthStrongAnswersC';

/**
 * The sixty-fourth fresh held-out set (br001–br060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Scouse (Liverpool) English register in speech, a concert-ticket resale
 * PM, stages named after the parts of a gig (soundcheck, support act, headliner, encore), each
 * sign-off as "the go-ahead" from a named person at the morning stand-up, holds counted in
 * "sleeps", thresholds as "more than N in every hundred …", cohorts by ticket price band, rollback
 * as flipping the flag back in the admin panel, a story about a sell-out night that went wrong; an
 * Antiguan English register in writing, a customer-support reply-drafting model PM, the answer
 * laid out as a checklist with ticked "[x]" and unticked "[ ]" boxes, thresholds called "red
 * lines", each sign-off as a "co-sign" from the support lead and one other named role, holds as
 * "one full billing cycle" or a count of tickets, cohorts by support queue and language, model
 * quality as how often agents rewrite the draft, one question the speaker is still unsure about; a
 * Cork (Irish) English register in speech, a veterinary-clinic appointment-reminder model PM, the
 * release told as a diary of the week day by day, thresholds as plain counts per thousand, cohorts
 * by clinic chain and by country, rollback as a kill switch with a named owner, sign-off as
 * someone "putting their name to it", a trade-off the speaker admits to (the sixty-fifth
 * protocol). Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const SIXTY_FOURTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SIXTY_FOURTH_A_STRONG_CORPUS,
  ...SIXTY_FOURTH_A_OTHER_CORPUS,
  ...SIXTY_FOURTH_B_STRONG_CORPUS,
  ...SIXTY_FOURTH_B_OTHER_CORPUS,
  ...SIXTY_FOURTH_C_STRONG_CORPUS,
  ...SIXTY_FOURTH_C_OTHER_CORPUS,
];
