import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_SIXTEENTH_A_OTHER_CORPUS } from './hundredAndSixteenthOtherAnswersA';
import { HUNDRED_AND_SIXTEENTH_B_OTHER_CORPUS } from './hundredAndSixteenthOtherAnswersB';
import { HUNDRED_AND_SIXTEENTH_C_OTHER_CORPUS } from './hundredAndSixteenthOtherAnswersC';
import { HUNDRED_AND_SIXTEENTH_A_STRONG_CORPUS } from './hundredAndSixteenthStrongAnswersA';
import { HUNDRED_AND_SIXTEENTH_B_STRONG_CORPUS } from './hundredAndSixteenthStrongAnswersB';
import { HUNDRED_AND_SIXTEENTH_C_STRONG_CORPUS } from './hundredAndSixteenthStrongAnswersC';

/**
 * The hundred-and-sixteenth fresh held-out set (dr001–dr060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-sixteenth round from main at
 * 3b304f21, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-seventeenth round). The voices they were given: a Yoruba
 * (Ibadan) English register in speech with Yoruba words ("ẹ káàárọ̀", "ẹ ṣé", "abi?"), an adire
 * indigo-cloth workshop, every answer a cricket scorer calling the book over by over with one
 * ball's runs corrected by the umpires, stages named after the cloth (the first dip, the drying
 * line, the whole Oje market), sign-off as "the master dyer and I both wring the first cloth",
 * thresholds "… and we cover the dye pots", rollback "whoever is on call folds the old cloths back
 * onto the stall"; a Romansh (Chur, Graubünden) English register in writing with Romansh and Swiss
 * German words ("allegra", "grazia fitg", "gea"), a cowbell forge, every answer a ski-jumping
 * judge's style marks with one distance re-measured, stages named after the bell (the first hammer
 * blow, the tuning anvil, the whole Alpabzug), sign-off as "the master smith and I both ring the
 * first bell", thresholds "… and we let the forge go cold", rollback "whoever is on call hangs the
 * old bells back on the beam"; a Tatar (Kazan) English register in writing with Tatar and Russian
 * words ("isänmesez", "rähmät", "äye"), an ichigi (leather-mosaic boot) workshop, every answer a
 * weightlifting jury's record with one lift reversed on jury review, stages named after the boot
 * (the first leather patch, the stitching last, the author's "the whole boot rack"), sign-off as
 * "the master bootmaker and I both pull on the first pair", thresholds "… and we put the awls
 * away", rollback the author's "whoever is on call stands the old boots back in the shop window".
 * All three note that the root `tsc --noEmit` checks none of their files (the second type-checked
 * its own directly); each lists in its README what it ran beyond the brief. Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_SIXTEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_SIXTEENTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_SIXTEENTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_SIXTEENTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_SIXTEENTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_SIXTEENTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_SIXTEENTH_C_OTHER_CORPUS,
];
