import type { LabelledAnswer } from '../corpusTypes';
import { EIGHTY_FOURTH_A_OTHER_CORPUS } from './eightyFourthOtherAnswersA';
import { EIGHTY_FOURTH_B_OTHER_CORPUS } from './eightyFourthOtherAnswersB';
import { EIGHTY_FOURTH_C_OTHER_CORPUS } from './eightyFourthOtherAnswersC';
import { EIGHTY_FOURTH_A_STRONG_CORPUS } from './eightyFourthStrongAnswersA';
import { EIGHTY_FOURTH_B_STRONG_CORPUS } from './eightyFourthStrongAnswersB';
import { EIGHTY_FOURTH_C_STRONG_CORPUS } from './eightyFourthStrongAnswersC';

/**
 * The eighty-fourth fresh held-out set (cl001–cl060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: an Orkney English register in speech ("peedie",
 * "buddo", "ken"), a puffin-watching boat-trip booking PM whose language model answers wildlife
 * questions, every answer a bingo caller's patter with the plan told between the calls, stages
 * named after the game (the first line, two lines, full house), sign-off as "the skipper and I
 * both shout house", holds as "a full week of the St Magnus Festival" or a count of bookings,
 * thresholds as "more than N worse than now and we stop calling", cohorts by island and summers
 * booked, rollback as "whoever has the phone that night puts the old version back, no need to ring
 * me", one game miscounted and started again; a New Orleans ("Yat") English register in speech
 * ("where y'at", "dawlin'", "making groceries"), a po'boy shop delivery PM whose language model
 * answers menu questions, every answer a parade lineup announced float by float, stages named
 * after the parade (the lead float, the marching band, the last float), sign-off as "the captain
 * of the krewe and I both raise our cups", holds as "a full Mardi Gras week" or a count of orders,
 * thresholds as "more than N worse than now and the parade stops", cohorts by ward and years
 * ordering, rollback as "whoever is on call sends the old float back out on the route, no need to
 * call me", one lineup delayed by rain and rewritten; a Guamanian (Chamorro-influenced) English
 * register in speech ("håfa adai", "bai"), a dive-shop booking PM whose language model answers
 * dive-condition questions, every answer a karaoke night MC's running order with the plan told in
 * the introductions, stages named after the set (the warm-up song, the duet, the closing number),
 * sign-off as "the dive master and I both hit the buzzer", holds as "a full typhoon-season week"
 * or a count of bookings, thresholds as "more than N worse than now and the music stops", cohorts
 * by village and years diving, rollback as "whoever is on call puts the old version back on the
 * stage, no need to call me", one running order cut by a power cut and restarted (the
 * eighty-fifth protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const EIGHTY_FOURTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...EIGHTY_FOURTH_A_STRONG_CORPUS,
  ...EIGHTY_FOURTH_A_OTHER_CORPUS,
  ...EIGHTY_FOURTH_B_STRONG_CORPUS,
  ...EIGHTY_FOURTH_B_OTHER_CORPUS,
  ...EIGHTY_FOURTH_C_STRONG_CORPUS,
  ...EIGHTY_FOURTH_C_OTHER_CORPUS,
];
