import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_FOURTH_A_OTHER_CORPUS } from './hundredAndFourthOtherAnswersA';
import { HUNDRED_AND_FOURTH_B_OTHER_CORPUS } from './hundredAndFourthOtherAnswersB';
import { HUNDRED_AND_FOURTH_C_OTHER_CORPUS } from './hundredAndFourthOtherAnswersC';
import { HUNDRED_AND_FOURTH_A_STRONG_CORPUS } from './hundredAndFourthStrongAnswersA';
import { HUNDRED_AND_FOURTH_B_STRONG_CORPUS } from './hundredAndFourthStrongAnswersB';
import { HUNDRED_AND_FOURTH_C_STRONG_CORPUS } from './hundredAndFourthStrongAnswersC';

/**
 * The hundred-and-fourth fresh held-out set (df001–df060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Lithuanian (Vilnius) English register in writing
 * (exact, reserved, "nu", "gerai", "ačiū", "labai"), a linen shop PM whose language model
 * suggests which linen suits a table, bed or window, every answer written on a prescription pad
 * ("Rx", numbered lines, "Dispense as written") with one line struck through, initialled and
 * replaced, stages named after the linen (the first thread, the hem, the whole tablecloth),
 * sign-off as "the flax master and I both stamp the bolt", holds as "a full week of the Kaziukas
 * fair" or a count of orders, thresholds as "more than N worse than now, and we stop the spinning
 * wheel", cohorts by Vilnius district and years buying, rollback as "whoever's on call puts the
 * old linen back on the shelves, no need to call me"; an Uzbek (Samarkand) English register in
 * speech ("xo'p", "rahmat", "yaxshi", "aka", "opa"), a suzani embroidery shop PM whose language
 * model suggests which pattern, colours and size suit a room, every answer a circus ringmaster
 * announcing the evening's acts with one act cancelled and replaced, stages named after the
 * suzani (the first stitch, the border, the whole suzani), sign-off as "the master embroiderer
 * and I both tie off the thread", holds as "a full week of Navruz" or a count of orders,
 * thresholds as "more than N worse than now, and we put the needle down", cohorts by Samarkand
 * district or mahalla and years buying, rollback as "whoever's on call unrolls the old suzani
 * again, no need to call me"; a Bolivian (La Paz) English register in speech ("ya pues", "¿no
 * ve?", "caserita", "yapa", "jallalla"), a salteña kitchen PM whose language model suggests which
 * fillings and how many suit an order, every answer a ring announcer calling a night of cholita
 * wrestling with one bout called off and replaced, stages named after the salteña (the first
 * bite, the tray, the whole counter), sign-off as "the filling master and I both taste the
 * jigote", holds as "a full week of Alasitas" or a count of orders, thresholds as "more than N
 * worse than now, and we shut the oven", cohorts by La Paz zone and years ordering, rollback as
 * "whoever's on call bakes the old dough again, no need to call me" (the hundred-and-fifth
 * protocol). Beyond the brief's list the first author looked at the prettier settings and
 * checked that the package and TypeScript configs exist; the second did the same and ran `git
 * branch --show-current` and `git status --short`; the third listed its own new, empty folder
 * once and checked each committed text against its draft with a read-only python word count.
 * They name as closest an earlier Estonian and Slovene written register (the first), a Kazakh
 * speaker and earlier carpet and rug shops (the second), a Lima register and earlier frames
 * announced aloud (the third), and steered away from their words. Each drafted only in a private
 * folder. Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const HUNDRED_AND_FOURTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_FOURTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_FOURTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_FOURTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_FOURTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_FOURTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_FOURTH_C_OTHER_CORPUS,
];
