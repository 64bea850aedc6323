import type { LabelledAnswer } from '../corpusTypes';
import { SEVENTY_SECOND_A_OTHER_CORPUS } from './seventySecondOtherAnswersA';
import { SEVENTY_SECOND_B_OTHER_CORPUS } from './seventySecondOtherAnswersB';
import { SEVENTY_SECOND_C_OTHER_CORPUS } from './seventySecondOtherAnswersC';
import { SEVENTY_SECOND_A_STRONG_CORPUS } from './seventySecondStrongAnswersA';
import { SEVENTY_SECOND_B_STRONG_CORPUS } from './seventySecondStrongAnswersB';
import { SEVENTY_SECOND_C_STRONG_CORPUS } from './seventySecondStrongAnswersC';

/**
 * The seventy-second fresh held-out set (bz001–bz060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Potteries (Stoke-on-Trent) English register in speech, a pottery-class
 * booking app PM, stages named after kiln firings (the bisque, the glaze, the lustre), each sign-off
 * as two named people who "both sign the kiln log" before the next firing, holds as "a full week of
 * Saturday classes" or a count of firings, thresholds as "if it's more than N worse than now, we
 * pull it", cohorts by studio and by membership tier, rollback as "putting yesterday's release back"
 * by whoever is on call, a story about a kiln that cracked; a Hull (East Yorkshire) English register
 * in writing, a fish-auction price-prediction model PM, an email with bold headings, stages called
 * "auctions", holds as "two full auction weeks" or a count of landings, sign-off as "a yes from the
 * auctioneer and me in the sale log", thresholds as a two-column list of limits, cohorts by port and
 * by buyer size, rollback as "ops swing it back to the old model"; a Suffolk English register in
 * speech, a village-hall hire booking chatbot (language model) PM, stages named after the bells of a
 * peal (the treble, the middle bells, the tenor), sign-off as two named roles who both say "go you
 * on", holds as "a full harvest-supper week" or a count of jumble sales, thresholds as "anything
 * more than N off what we've got", rollback as "swapping the old model back in" by whoever holds the
 * phone, a story about a power cut, answers given as a numbered list of decisions (the
 * seventy-third protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const SEVENTY_SECOND_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SEVENTY_SECOND_A_STRONG_CORPUS,
  ...SEVENTY_SECOND_A_OTHER_CORPUS,
  ...SEVENTY_SECOND_B_STRONG_CORPUS,
  ...SEVENTY_SECOND_B_OTHER_CORPUS,
  ...SEVENTY_SECOND_C_STRONG_CORPUS,
  ...SEVENTY_SECOND_C_OTHER_CORPUS,
];
