import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_EIGHTEENTH_A_OTHER_CORPUS } from './hundredAndEighteenthOtherAnswersA';
import { HUNDRED_AND_EIGHTEENTH_B_OTHER_CORPUS } from './hundredAndEighteenthOtherAnswersB';
import { HUNDRED_AND_EIGHTEENTH_C_OTHER_CORPUS } from './hundredAndEighteenthOtherAnswersC';
import { HUNDRED_AND_EIGHTEENTH_A_STRONG_CORPUS } from './hundredAndEighteenthStrongAnswersA';
import { HUNDRED_AND_EIGHTEENTH_B_STRONG_CORPUS } from './hundredAndEighteenthStrongAnswersB';
import { HUNDRED_AND_EIGHTEENTH_C_STRONG_CORPUS } from './hundredAndEighteenthStrongAnswersC';

/**
 * The hundred-and-eighteenth fresh held-out set (dt001–dt060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-eighteenth round from main at
 * 4b7a9fbe, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-nineteenth round). The voices they were given: a Gujarati
 * (Ahmedabad) English register in speech with Gujarati words ("kem cho", "aabhar", "chalo"), a
 * bandhani (tie-dye) workshop, every answer a kabaddi referee's calls with one raid point taken
 * back after the third umpire's look, stages named after the cloth (the first knot, the dyeing
 * vat, the whole Law Garden market), sign-off as "the master dyer and I both open out the first
 * dupatta", thresholds "… and we drain the vats", rollback "whoever is on call hangs the old
 * dupattas back on the line" (the author changed stage, limit and rollback wordings earlier
 * voices had used; its README says which); a Sorbian (Bautzen) English register in writing with
 * Sorbian and German words ("dobry dźeń", "dźakuju so", "haj"), an Easter-egg painting workshop,
 * every answer a sheepdog-trial judge's scoresheet with one run's points deducted again after the
 * judges compared notes, stages named after the egg (the first wax line, the dye bath, the whole
 * Easter market), sign-off as "the master painter and I both turn the first egg in the light",
 * thresholds "… and we let the wax go cold", rollback "whoever is on call puts the old eggs back
 * in the straw"; a Garifuna (Dangriga) English register in speech with Garifuna and Kriol words
 * ("buiti binafi", "seremein", "ayo"), a hammock-weaving workshop, every answer a sepak takraw
 * referee's calls with one point replayed after a net-touch call, stages named after the hammock
 * (the first cord, the weaving frame, the whole Settlement Day market), sign-off as "the master
 * weaver and I both pull the first hammock taut between the posts", thresholds "… and we take
 * the frames down", rollback "whoever is on call hangs the old hammocks back on the porch". All
 * three note that the root `tsc --noEmit` checks none of their files; each lists in its README
 * what it ran beyond the brief (the second amended its commit once). Held out entirely: graded
 * once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_EIGHTEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_EIGHTEENTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_EIGHTEENTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_EIGHTEENTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_EIGHTEENTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_EIGHTEENTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_EIGHTEENTH_C_OTHER_CORPUS,
];
