import type { LabelledAnswer } from '../corpusTypes';
import { NINETY_SECOND_A_OTHER_CORPUS } from './ninetySecondOtherAnswersA';
import { NINETY_SECOND_B_OTHER_CORPUS } from './ninetySecondOtherAnswersB';
import { NINETY_SECOND_C_OTHER_CORPUS } from './ninetySecondOtherAnswersC';
import { NINETY_SECOND_A_STRONG_CORPUS } from './ninetySecondStrongAnswersA';
import { NINETY_SECOND_B_STRONG_CORPUS } from './ninetySecondStrongAnswersB';
import { NINETY_SECOND_C_STRONG_CORPUS } from './ninetySecondStrongAnswersC';

/**
 * The ninety-second fresh held-out set (ct001–ct060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Kolkata (Bengali) English register in speech ("dada", "arre", "na?"),
 * a kayak and canoe rental booking PM whose language model answers paddlers' questions about river
 * levels and tides, every answer a pub-quiz sheet read aloud by the quizmaster with the plan told
 * in the answers, stages named after the river trip (the put-in, the rapids, the take-out),
 * sign-off as "the head guide and I both blow the whistle", holds as "a full week of Durga Puja" or
 * a count of rentals, thresholds as "more than N worse than now and we pull the boats out", cohorts
 * by ghat and seasons paddled, rollback as "whoever's on call paddles the old version back in, no
 * need to ring me", one wrong answer read out first and corrected; a Peruvian (Lima) English
 * register in writing ("pues", "chévere", "ya"), a beekeeping-supplies shop PM whose language
 * model answers beekeepers' questions about hive health, every answer a hiking trail guide with
 * numbered mile markers and the plan told at each, stages named after the hive (the brood box, the
 * first super, the honey flow), sign-off as "the head beekeeper and I both lift the lid", holds as
 * "a full week of Inti Raymi" or a count of orders, thresholds as "more than N worse than now and
 * we close the hive", cohorts by Lima district and seasons buying, rollback as "whoever's on call
 * puts the old version back in the hive, no need to call me", one tempting shortcut described and
 * not taken; an Indonesian (Jakarta) English register in writing ("ya", "dong", "kok"), a
 * barbershop booking PM whose language model suggests haircut styles from a customer's
 * description, every answer a set of museum exhibit placards with a title, a date line and a
 * caption each, stages named after the haircut (the wash, the clipper, the razor finish), sign-off
 * as "the head barber and I both sweep the chair", holds as "a full week of Lebaran" or a count of
 * haircuts, thresholds as "more than N worse than now and we put the scissors down", cohorts by
 * Jakarta district and years as a regular, rollback as "whoever's on call brings the old version
 * back to the chair, no need to call me", one placard withdrawn from display and replaced (the
 * ninety-third protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const NINETY_SECOND_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...NINETY_SECOND_A_STRONG_CORPUS,
  ...NINETY_SECOND_A_OTHER_CORPUS,
  ...NINETY_SECOND_B_STRONG_CORPUS,
  ...NINETY_SECOND_B_OTHER_CORPUS,
  ...NINETY_SECOND_C_STRONG_CORPUS,
  ...NINETY_SECOND_C_OTHER_CORPUS,
];
