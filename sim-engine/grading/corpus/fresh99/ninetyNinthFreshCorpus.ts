import type { LabelledAnswer } from '../corpusTypes';
import { NINETY_NINTH_A_OTHER_CORPUS } from './ninetyNinthOtherAnswersA';
import { NINETY_NINTH_B_OTHER_CORPUS } from './ninetyNinthOtherAnswersB';
import { NINETY_NINTH_C_OTHER_CORPUS } from './ninetyNinthOtherAnswersC';
import { NINETY_NINTH_A_STRONG_CORPUS } from './ninetyNinthStrongAnswersA';
import { NINETY_NINTH_B_STRONG_CORPUS } from './ninetyNinthStrongAnswersB';
import { NINETY_NINTH_C_STRONG_CORPUS } from './ninetyNinthStrongAnswersC';

/**
 * The ninety-ninth fresh held-out set (da001–da060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Swedish (Stockholm) English register in writing (understated and even,
 * "lagom", "fika", "precis", "tack"), an antiquarian bookshop PM whose language model writes short
 * catalogue descriptions of old books, every answer a job advertisement for the release (About
 * us, The role, What you will do, What we offer, How to apply) with one line withdrawn ("Update:
 * this line no longer applies: …"), stages named after the book (the spine, the pages, the
 * binding), sign-off as "the head bookbinder and I both stamp the flyleaf", holds as "a full week
 * of the Stockholm book fair" or a count of orders, thresholds as "more than N worse than now and
 * we close the book", cohorts by Stockholm district and years buying, rollback as "whoever's on
 * call shelves the old version back, no need to call me"; a Cuban (Havana) English register in
 * speech ("asere", "qué bolá", "mi hermano", "oye"), a classic-car taxi booking PM whose language
 * model predicts the fare and the arrival time, every answer a TV cooking show segment (the
 * ingredients, the method, the dish shown, the chef's tip) with one step redone on camera ("Cut!
 * Again from step N: …"), stages named after the ride (the ignition, the first gear, the open
 * road), sign-off as "the head mechanic and I both honk the horn", holds as "a full week of the
 * Havana carnival" or a count of rides, thresholds as "more than N worse than now and we stop the
 * engine", cohorts by Havana neighbourhood and years riding, rollback as "whoever's on call drives
 * the old version back in, no need to call me"; a Georgian (Tbilisi) English register in speech
 * ("gaumarjos", "diakh", "kargi", "genatsvale", "ara" for no), a shop for churchkhela and walnut
 * sweets whose language model suggests gift boxes for an occasion, every answer the toasts of a
 * supra proposed by the tamada with one toast taken back and proposed again, stages named after
 * the sweet (the string of walnuts, the dip, the drying), sign-off as "the head confectioner and I
 * both raise the drinking horn", holds as "a full week of Tbilisoba" or a count of orders,
 * thresholds as "more than N worse than now and we put the horn down", cohorts by Tbilisi district
 * and years buying, rollback as "whoever's on call hangs the old version back up to dry, no need
 * to call me" (the hundredth protocol). The second author reports that ride-hailing and
 * arrival-time PMs, a "head mechanic" sign-off, a carnival hold and a retake on camera were given
 * before; the third, that a single toast, a bakery, a "drying" stage and a rollback hung "back on
 * its hinges" were. The first and second authors drafted in scratch folders under /tmp; the first
 * saw files there that were not its own and did not open them. Held out entirely: graded once
 * after the grader was frozen, never tuned on (../README.md).
 */
export const NINETY_NINTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...NINETY_NINTH_A_STRONG_CORPUS,
  ...NINETY_NINTH_A_OTHER_CORPUS,
  ...NINETY_NINTH_B_STRONG_CORPUS,
  ...NINETY_NINTH_B_OTHER_CORPUS,
  ...NINETY_NINTH_C_STRONG_CORPUS,
  ...NINETY_NINTH_C_OTHER_CORPUS,
];
