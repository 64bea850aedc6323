import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_TWELFTH_A_OTHER_CORPUS } from './hundredAndTwelfthOtherAnswersA';
import { HUNDRED_AND_TWELFTH_B_OTHER_CORPUS } from './hundredAndTwelfthOtherAnswersB';
import { HUNDRED_AND_TWELFTH_C_OTHER_CORPUS } from './hundredAndTwelfthOtherAnswersC';
import { HUNDRED_AND_TWELFTH_A_STRONG_CORPUS } from './hundredAndTwelfthStrongAnswersA';
import { HUNDRED_AND_TWELFTH_B_STRONG_CORPUS } from './hundredAndTwelfthStrongAnswersB';
import { HUNDRED_AND_TWELFTH_C_STRONG_CORPUS } from './hundredAndTwelfthStrongAnswersC';

/**
 * The hundred-and-twelfth fresh held-out set (dn001–dn060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-twelfth round from main at f9d1956b,
 * before any tuning, and landed on `main` sealed while that round went on (imported by nothing
 * until the grader was frozen). The voices they were given: a Senegalese (Dakar) English register
 * in speech with Wolof and French words ("nanga def", "jërëjëf", "waaw"), a sabar drum maker,
 * every answer an air-traffic controller's clearances with one clearance amended, stages named
 * after the drum (the first skin, the tuning pegs, the whole troupe), sign-off as "the master
 * drummer and I both strike the first skin", thresholds "… and we slacken the skins", rollback
 * "whoever is on call rolls the old drums back into the workshop"; a Filipino (Cebu) English
 * register in speech with Cebuano words ("lagi", "ambot", "salamat"), a rattan furniture
 * workshop, every answer a boxing trainer's corner notes with one round re-scored, stages named
 * after the rattan, sign-off as "the head craftsman and I both lean back in the first chair",
 * thresholds "… and we put the rattan back to soak", rollback "whoever … hauls the old chairs
 * back to the showroom floor" (the author's change of "carries … back", "sige" and "the frame",
 * earlier voices' words); a Haitian (Port-au-Prince) English register in writing with Kreyòl and
 * French words ("sak pase", "mèsi anpil", "anmwe"), a cut-metal art workshop, every answer a
 * symphony conductor's markings on the score with one bar marked again, stages named after the
 * metal (the first drum lid, the hammering yard, the whole market wall), sign-off as "the master
 * metalworker and I both ring the first piece with a knuckle", thresholds "… and we bank the
 * fire", rollback "whoever is on call hangs the old pieces back on the market wall". All three
 * note that the root `tsc --noEmit` checks none of their files (the first checked its own with
 * `tsc --ignoreConfig`); each lists in its README what it ran beyond the brief. Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_TWELFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_TWELFTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_TWELFTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_TWELFTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_TWELFTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_TWELFTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_TWELFTH_C_OTHER_CORPUS,
];
