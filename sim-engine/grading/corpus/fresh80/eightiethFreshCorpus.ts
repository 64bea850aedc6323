import type { LabelledAnswer } from '../corpusTypes';
import { EIGHTIETH_A_OTHER_CORPUS } from './eightiethOtherAnswersA';
import { EIGHTIETH_B_OTHER_CORPUS } from './eightiethOtherAnswersB';
import { EIGHTIETH_C_OTHER_CORPUS } from './eightiethOtherAnswersC';
import { EIGHTIETH_A_STRONG_CORPUS } from './eightiethStrongAnswersA';
import { EIGHTIETH_B_STRONG_CORPUS } from './eightiethStrongAnswersB';
import { EIGHTIETH_C_STRONG_CORPUS } from './eightiethStrongAnswersC';

/**
 * The eightieth fresh held-out set (ch001–ch060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Utah English register in speech ("oh my heck", "fetch"), a bakery
 * pre-order app PM, every answer laid out as a bakery menu with courses ("To start", "Mains",
 * "Something sweet", "Today's specials"), stages named after the bake (the proof, the oven, the
 * display case), each sign-off as two named people who "both taste it", holds as "a full Saturday
 * of pre-orders" or a count of orders, thresholds as "if it's more than N worse than now, it goes
 * back in the bin", rollback as "whoever's on call swaps back to yesterday's batch", one specials
 * board wiped and rewritten halfway; an Alaskan English register in speech ("Outside", "breakup",
 * "the bush"), a bush-plane charter booking PM whose model estimates weather delays, answers as
 * radio transmissions between a pilot and a dispatcher with call signs, stages named after the
 * legs of a flight (the first leg, the fuel stop, the last leg), sign-off as "dispatch and I both
 * say go", holds as "a full week of breakup weather" or a count of bookings, thresholds as "more
 * than N worse than today and we turn around", rollback as "whoever has the duty phone puts the
 * old version back, no waiting on me", one a pre-flight briefing to a new pilot; a Bermudian
 * English register in writing ("ace boy", "up the country"), a moped-rental app PM whose vision
 * model estimates damage from return photos, answers written as an obituary for the old version
 * with the plan for its successor inside it, stages named after the island's parishes (St
 * George's, Hamilton, Sandys), sign-off as "the shop manager and I both put our names in the
 * book", holds as "a full cruise-ship week" or a count of rentals, thresholds as "if it's more
 * than N worse than now, it's done", rollback as "whoever's on call brings the old one back, no
 * need to ring me", one a eulogy read aloud (the eighty-first protocol). Held out entirely: graded
 * once after the grader was frozen, never tuned on (../README.md).
 */
export const EIGHTIETH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...EIGHTIETH_A_STRONG_CORPUS,
  ...EIGHTIETH_A_OTHER_CORPUS,
  ...EIGHTIETH_B_STRONG_CORPUS,
  ...EIGHTIETH_B_OTHER_CORPUS,
  ...EIGHTIETH_C_STRONG_CORPUS,
  ...EIGHTIETH_C_OTHER_CORPUS,
];
