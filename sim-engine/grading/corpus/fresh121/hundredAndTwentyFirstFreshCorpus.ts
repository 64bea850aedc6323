import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_TWENTY_FIRST_A_OTHER_CORPUS } from './hundredAndTwentyFirstOtherAnswersA';
import { HUNDRED_AND_TWENTY_FIRST_B_OTHER_CORPUS } from './hundredAndTwentyFirstOtherAnswersB';
import { HUNDRED_AND_TWENTY_FIRST_C_OTHER_CORPUS } from './hundredAndTwentyFirstOtherAnswersC';
import { HUNDRED_AND_TWENTY_FIRST_A_STRONG_CORPUS } from './hundredAndTwentyFirstStrongAnswersA';
import { HUNDRED_AND_TWENTY_FIRST_B_STRONG_CORPUS } from './hundredAndTwentyFirstStrongAnswersB';
import { HUNDRED_AND_TWENTY_FIRST_C_STRONG_CORPUS } from './hundredAndTwentyFirstStrongAnswersC';

/**
 * The hundred-and-twenty-first fresh held-out set (dw001–dw060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-twenty-first round from main at
 * 352c7a78, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-twenty-second round). The voices they were given: a Zulu
 * (Durban) English register in speech with isiZulu words ("sawubona", "ngiyabonga", "yebo"), a Zulu
 * beadwork workshop, every answer a netball umpire's calls with one goal disallowed after the two
 * umpires conferred, stages named after the beadwork (the first thread, the bead loom, the whole
 * Victoria Street market), sign-off as "the eldest beadworker and I both hold the first necklace up
 * to the window", thresholds "… and we pour the beads back into their jars", rollback "whoever is
 * on call hangs the old necklaces back on the stand"; a Scottish Gaelic (Stornoway, Isle of Lewis)
 * English register in writing with Gaelic words ("halò", "tapadh leat", "tha"), a Harris Tweed
 * weaving workshop, every answer a shinty referee's match report with one hail chalked off after
 * the referee spoke to the goal judge, stages named after the tweed (the first warp, the treadle
 * loom, the whole mill shop on Cromwell Street), sign-off as "the master weaver and I both run a
 * hand along the first bolt", thresholds "… and we stop the looms", rollback "whoever is on call
 * folds the old tweed back onto the shelves"; a Kyrgyz (Bishkek) English register in speech with
 * Kyrgyz and Russian words ("salamatsyzby", "rakhmat", "ooba"), a yurt-making workshop, every answer
 * a water-polo referee's calls with one exclusion rescinded on the video review, stages named after
 * the yurt (the first lattice wall, the roof ring, the whole Osh bazaar), sign-off as "the eldest
 * yurt-maker and I both raise the first roof ring", thresholds "… and we take the felt covers off",
 * rollback "whoever is on call puts the old yurts back up in the yard" (all three changed voice
 * phrases earlier voices had used). All three note that the root `tsc --noEmit` checks none of
 * their files (the first type-checked the `sim-engine` project, the second its two files
 * directly); each lists in its README what it ran beyond the brief. Held out entirely: graded once
 * after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_TWENTY_FIRST_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_TWENTY_FIRST_A_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_FIRST_A_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_FIRST_B_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_FIRST_B_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_FIRST_C_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_FIRST_C_OTHER_CORPUS,
];
