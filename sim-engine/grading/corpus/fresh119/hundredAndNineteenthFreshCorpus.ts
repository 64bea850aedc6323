import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_NINETEENTH_A_OTHER_CORPUS } from './hundredAndNineteenthOtherAnswersA';
import { HUNDRED_AND_NINETEENTH_B_OTHER_CORPUS } from './hundredAndNineteenthOtherAnswersB';
import { HUNDRED_AND_NINETEENTH_C_OTHER_CORPUS } from './hundredAndNineteenthOtherAnswersC';
import { HUNDRED_AND_NINETEENTH_A_STRONG_CORPUS } from './hundredAndNineteenthStrongAnswersA';
import { HUNDRED_AND_NINETEENTH_B_STRONG_CORPUS } from './hundredAndNineteenthStrongAnswersB';
import { HUNDRED_AND_NINETEENTH_C_STRONG_CORPUS } from './hundredAndNineteenthStrongAnswersC';

/**
 * The hundred-and-nineteenth fresh held-out set (du001–du060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-nineteenth round from main at
 * 322213ae, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-twentieth round). The voices they were given: a Hawaiian
 * (Hilo) English register in speech with Hawaiian and Pidgin words ("aloha", "mahalo", "brah"), a
 * lei-making workshop, every answer an outrigger-canoe race official's calls with one penalty
 * rescinded after the officials watched the change again, stages named after the lei (the first
 * blossom, the stringing table, the whole Merrie Monarch fair), sign-off as "the master lei-maker
 * and I both lay the first lei over a shoulder", thresholds "… and we close the stringing table",
 * rollback "whoever is on call hangs the old lei back on the hooks"; a West Frisian (Leeuwarden)
 * English register in writing with Frisian and Dutch words ("goeie", "tankewol", "ja"), a
 * Hindeloopen painted-furniture workshop, every answer a fierljeppen (canal pole-vaulting) judge's
 * record with one jump voided on review, stages named after the furniture (the first brush
 * stroke, the drying rack, the whole Sneek market), sign-off as "the master painter and I both sit
 * down on the first chair", thresholds "… and we put the lids back on the paint pots", rollback
 * "whoever is on call carries the old chairs back into the showroom" (the author changed the
 * rollback, sign-off, stage and threshold wordings where they overlapped earlier voices); a Quechua
 * (Cusco) English register in speech with Quechua and Spanish words ("allillanchu", "sulpayki",
 * "arí"), a backstrap-loom weaving workshop, every answer a chess arbiter's scoresheet with one
 * move taken back on a touch-move appeal, stages named after the cloth (the first warp thread, the
 * backstrap loom, the whole Pisac market), sign-off as "the eldest weaver and I both fold the first
 * poncho over an arm", thresholds "… and we roll the looms up", rollback "whoever is on call folds
 * the old ponchos back onto the table". All three note that the root `tsc --noEmit` checks none of
 * their files (the second type-checked the `sim-engine` project); each lists in its README what it
 * ran beyond the brief. Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const HUNDRED_AND_NINETEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_NINETEENTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_NINETEENTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_NINETEENTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_NINETEENTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_NINETEENTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_NINETEENTH_C_OTHER_CORPUS,
];
