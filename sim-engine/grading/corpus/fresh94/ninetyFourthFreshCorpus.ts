import type { LabelledAnswer } from '../corpusTypes';
import { NINETY_FOURTH_A_OTHER_CORPUS } from './ninetyFourthOtherAnswersA';
import { NINETY_FOURTH_B_OTHER_CORPUS } from './ninetyFourthOtherAnswersB';
import { NINETY_FOURTH_C_OTHER_CORPUS } from './ninetyFourthOtherAnswersC';
import { NINETY_FOURTH_A_STRONG_CORPUS } from './ninetyFourthStrongAnswersA';
import { NINETY_FOURTH_B_STRONG_CORPUS } from './ninetyFourthStrongAnswersB';
import { NINETY_FOURTH_C_STRONG_CORPUS } from './ninetyFourthStrongAnswersC';

/**
 * The ninety-fourth fresh held-out set (cv001–cv060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Polish English register in writing ("no", "dobrze", "słuchaj",
 * "proszę"), a locksmith call-out booking PM whose language model answers customers' questions
 * about their lock and the cost of a call-out, every answer a last will and testament with
 * numbered clauses ("I bequeath", "I direct that", "I appoint … as executor"), stages named after
 * the lock (the key cut, the first turn, the open door), sign-off as "the master locksmith and I
 * both turn the key", holds as "a full week of All Saints'" or a count of call-outs, thresholds as
 * "more than N worse than now and we lock it up", cohorts by Kraków district and years calling us,
 * rollback as "whoever's on call hangs the old version back on its hinges, no need to call me", one
 * will with a codicil that revokes a clause; a Chilean (Santiago) English register in speech
 * ("cachai?", "al tiro", "bacán", "po"), a stargazing-tour booking PM in the Atacama whose
 * language model forecasts how clear the night sky will be, every answer the narration of a
 * nature documentary in a hushed presenter's voice, stages named after the night (dusk, the Milky
 * Way rising, first light), sign-off as "the head astronomer and I both look through the
 * eyepiece", holds as "a full week of Fiestas Patrias" or a count of tours, thresholds as "more
 * than N worse than now and we close the dome", cohorts by region and years touring, rollback as
 * "whoever's on call points the old version back at the sky, no need to call me", one scene
 * stopped by the director ("Cut. Take two.") and narrated again; a Turkish (Istanbul) English
 * register in writing ("abi", "hadi", "tamam", "kolay gelsin"), a hammam booking PM whose
 * language model answers guests' questions about treatments and what to bring, every answer a
 * travel itinerary by day and time, stages named after the bath (the warm room, the hot marble,
 * the cool-down), sign-off as "the head attendant and I both pour the first bowl of water", holds
 * as "a full week of Bayram" or a count of bookings, thresholds as "more than N worse than now and
 * we drain the basin", cohorts by Istanbul district and years visiting, rollback as "whoever's on
 * call warms the old version back up, no need to call me", one day cancelled and rescheduled (the
 * ninety-fifth protocol). The third author reports that the itinerary comes close to the timeline
 * and calendar formats earlier authors were given. Held out entirely: graded once after the grader
 * was frozen, never tuned on (../README.md).
 */
export const NINETY_FOURTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...NINETY_FOURTH_A_STRONG_CORPUS,
  ...NINETY_FOURTH_A_OTHER_CORPUS,
  ...NINETY_FOURTH_B_STRONG_CORPUS,
  ...NINETY_FOURTH_B_OTHER_CORPUS,
  ...NINETY_FOURTH_C_STRONG_CORPUS,
  ...NINETY_FOURTH_C_OTHER_CORPUS,
];
