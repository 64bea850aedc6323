import type { LabelledAnswer } from '../corpusTypes';
import { SEVENTY_FOURTH_A_OTHER_CORPUS } from './seventyFourthOtherAnswersA';
import { SEVENTY_FOURTH_B_OTHER_CORPUS } from './seventyFourthOtherAnswersB';
import { SEVENTY_FOURTH_C_OTHER_CORPUS } from './seventyFourthOtherAnswersC';
import { SEVENTY_FOURTH_A_STRONG_CORPUS } from './seventyFourthStrongAnswersA';
import { SEVENTY_FOURTH_B_STRONG_CORPUS } from './seventyFourthStrongAnswersB';
import { SEVENTY_FOURTH_C_STRONG_CORPUS } from './seventyFourthStrongAnswersC';

/**
 * The seventy-fourth fresh held-out set (cb001–cb060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Boston (Eastern New England) American English
 * register in speech, a community swimming-pool lane booking app PM, stages named after the pool's
 * lanes (the slow lane, the medium lane, the fast lane), each sign-off as two named people who
 * "both initial the lifeguard clipboard" before the next lane, holds as "a full week of
 * early-morning swims" or a count of lane bookings, thresholds as "if it drifts more than N off
 * where it sits today, we yank it", cohorts by pool branch and by years of membership, rollback as
 * "flipping back to last Thursday's build" by whoever has the pager, a story about a nor'easter
 * closing the pools; an Appalachian (West Virginia) American English register in writing, a
 * farm-equipment parts demand-forecasting model PM, answers as a run of short text messages,
 * stages named after the ridges on the way up a mountain (the first ridge, the second ridge, the
 * top), holds as "two full planting Saturdays" or a count of part orders, sign-off as "a 'go on
 * ahead' from the parts manager and me, wrote down in the order book", thresholds as "past N worse
 * than today and it's done", cohorts by county and by the size of the farm, rollback as "whoever's
 * on call puts the old model back"; a Louisiana Cajun English register in speech, a fishing-charter
 * booking assistant chatbot (language model) PM, stages named after the water on the way out (the
 * bayou, the bay, the Gulf), each sign-off as two named roles who both mark it "good to go" on the
 * dock board, holds as "a full week of Saturday charters" or a count of trips, thresholds as "more
 * than N worse than today, it comes out", rollback as "putting the old chatbot back" by whoever's
 * on call, a story about a hurricane, each answer ending with a "lagniappe" extra tip (the
 * seventy-fifth protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const SEVENTY_FOURTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SEVENTY_FOURTH_A_STRONG_CORPUS,
  ...SEVENTY_FOURTH_A_OTHER_CORPUS,
  ...SEVENTY_FOURTH_B_STRONG_CORPUS,
  ...SEVENTY_FOURTH_B_OTHER_CORPUS,
  ...SEVENTY_FOURTH_C_STRONG_CORPUS,
  ...SEVENTY_FOURTH_C_OTHER_CORPUS,
];
