import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_TWENTY_FIFTH_A_OTHER_CORPUS } from './hundredAndTwentyFifthOtherAnswersA';
import { HUNDRED_AND_TWENTY_FIFTH_B_OTHER_CORPUS } from './hundredAndTwentyFifthOtherAnswersB';
import { HUNDRED_AND_TWENTY_FIFTH_C_OTHER_CORPUS } from './hundredAndTwentyFifthOtherAnswersC';
import { HUNDRED_AND_TWENTY_FIFTH_A_STRONG_CORPUS } from './hundredAndTwentyFifthStrongAnswersA';
import { HUNDRED_AND_TWENTY_FIFTH_B_STRONG_CORPUS } from './hundredAndTwentyFifthStrongAnswersB';
import { HUNDRED_AND_TWENTY_FIFTH_C_STRONG_CORPUS } from './hundredAndTwentyFifthStrongAnswersC';

/**
 * The hundred-and-twenty-fifth fresh held-out set (ea001–ea060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-twenty-fifth round from main at
 * 4b176657, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-twenty-sixth round). The voices they were given: a Kikuyu
 * (Nyeri, Kenya) English register in speech with Kikuyu and Swahili words ("wĩmwega", "nĩ ũguo",
 * "sawa"), a Nyeri beekeepers' cooperative shop, every answer a pétanque umpire's scoresheet with
 * one point given back on the second measure, stages named after the hive (the first frame lifted,
 * the extractor drum, the whole Karatina market), sign-off as "the eldest beekeeper and I both
 * taste the first spoon", thresholds "… and we smoke the hives shut", rollback "whoever is on call
 * puts the old jars back on the front shelf"; a Marathi (Pune) English register in writing with
 * Marathi words ("namaskar", "barobar", "dhanyavaad"), a Paithani sari weaving house, every answer
 * a kho-kho referee's match sheet with one tag struck off at the line, stages named after the loom
 * (the first warp thread, the pit loom, the whole Laxmi Road shops), sign-off as "the master weaver
 * and I both hold the first border to the window", thresholds "… and we cover the looms", rollback
 * "whoever is on call folds the old saris back onto the display"; a Northern Sámi (Kautokeino)
 * English register in speech with Sámi and Norwegian words ("buorre beaivi", "giitu", "ja vel"), a
 * reindeer-hide and duodji shop, every answer a biathlon range judge's sheet with one miss turned
 * to a hit on the target camera, stages named after the herd (the first calf marked, the autumn
 * corral, the whole Easter market), sign-off as "the eldest herder and I both pull on the first
 * boot", thresholds "… and we close the corral gate", rollback "whoever is on call hangs the old
 * boots back on the wall" (each author changed the phrases earlier voices had used, as their
 * READMEs say). All three note that the root `tsc --noEmit` checks none of their files; each lists
 * in its README what it ran beyond the brief. Held out entirely: graded once after the grader was
 * frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_TWENTY_FIFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_TWENTY_FIFTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_FIFTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_FIFTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_FIFTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_FIFTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_FIFTH_C_OTHER_CORPUS,
];
