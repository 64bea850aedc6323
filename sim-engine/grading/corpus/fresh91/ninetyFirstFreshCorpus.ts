import type { LabelledAnswer } from '../corpusTypes';
import { NINETY_FIRST_A_OTHER_CORPUS } from './ninetyFirstOtherAnswersA';
import { NINETY_FIRST_B_OTHER_CORPUS } from './ninetyFirstOtherAnswersB';
import { NINETY_FIRST_C_OTHER_CORPUS } from './ninetyFirstOtherAnswersC';
import { NINETY_FIRST_A_STRONG_CORPUS } from './ninetyFirstStrongAnswersA';
import { NINETY_FIRST_B_STRONG_CORPUS } from './ninetyFirstStrongAnswersB';
import { NINETY_FIRST_C_STRONG_CORPUS } from './ninetyFirstStrongAnswersC';

/**
 * The ninety-first fresh held-out set (cs001–cs060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Punjabi English register in speech ("ji", "haanji", "chalo"), a
 * bicycle-repair shop booking PM whose language model diagnoses bike problems from a rider's
 * description, every answer a seed catalogue with one entry per variety and the plan told in the
 * entries, stages named after the repair (the test ride, the tune-up, the overhaul), sign-off as
 * "the head mechanic and I both sign the work order", holds as "a full week of Vaisakhi" or a count
 * of repairs, thresholds as "more than N worse than now and we put the spanners down", cohorts by
 * town and years riding, rollback as "whoever's on call wheels the old version back in, no need to
 * call me", one entry marked "sold out" and replaced; an Acadian (New Brunswick Chiac) English
 * register in speech ("asteur", "pis", "icitte"), a curling-club ice booking PM whose language
 * model predicts ice conditions, every answer a farmer's almanac page with a forecast and a saying
 * for each month, stages named after the curling game (the first end, the hammer, the last rock),
 * sign-off as "the head ice maker and I both sweep the house", holds as "a full week of the
 * bonspiel" or a count of bookings, thresholds as "more than N worse than now and we pull the
 * rocks", cohorts by county and years curling, rollback as "whoever's on call slides the old
 * version back down the sheet, no need to call me", one page corrected by the next month's; a
 * Brazilian (Carioca) English register in writing ("tudo bem", "beleza", "valeu"), an ice-cream
 * parlour ordering PM whose language model suggests flavour pairings, every answer a patent
 * application with numbered claims, stages named after the scoop (the first scoop, the second
 * scoop, the cherry on top), sign-off as "the head gelato maker and I both ring the bell", holds as
 * "a full week of Carnaval" or a count of orders, thresholds as "more than N worse than now and we
 * close the freezer", cohorts by neighbourhood and years ordering, rollback as "whoever's on call
 * scoops the old version back in, no need to call me", one claim withdrawn and filed again amended
 * (the ninety-second protocol). Held out entirely: graded once after the grader was frozen, never
 * tuned on (../README.md).
 */
export const NINETY_FIRST_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...NINETY_FIRST_A_STRONG_CORPUS,
  ...NINETY_FIRST_A_OTHER_CORPUS,
  ...NINETY_FIRST_B_STRONG_CORPUS,
  ...NINETY_FIRST_B_OTHER_CORPUS,
  ...NINETY_FIRST_C_STRONG_CORPUS,
  ...NINETY_FIRST_C_OTHER_CORPUS,
];
