import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_TWENTY_FOURTH_A_OTHER_CORPUS } from './hundredAndTwentyFourthOtherAnswersA';
import { HUNDRED_AND_TWENTY_FOURTH_B_OTHER_CORPUS } from './hundredAndTwentyFourthOtherAnswersB';
import { HUNDRED_AND_TWENTY_FOURTH_C_OTHER_CORPUS } from './hundredAndTwentyFourthOtherAnswersC';
import { HUNDRED_AND_TWENTY_FOURTH_A_STRONG_CORPUS } from './hundredAndTwentyFourthStrongAnswersA';
import { HUNDRED_AND_TWENTY_FOURTH_B_STRONG_CORPUS } from './hundredAndTwentyFourthStrongAnswersB';
import { HUNDRED_AND_TWENTY_FOURTH_C_STRONG_CORPUS } from './hundredAndTwentyFourthStrongAnswersC';

/**
 * The hundred-and-twenty-fourth fresh held-out set (dz001–dz060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-twenty-fourth round from main at
 * 85596f96, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-twenty-fifth round). The voices they were given: a
 * Tigrinya (Asmara) English register in speech with Tigrinya and Italian words ("selam",
 * "yekenyeley", "va bene"), an Asmara spice-blend shop, every answer a cycling race commissaire's
 * notes with one time penalty cancelled after the footage, stages named after the spice (the first
 * roasted chilli, the grinding stone, the whole Medeber market), sign-off as "the eldest
 * spice-grinder and I both weigh the first jar", thresholds "… and we close the sacks", rollback
 * "whoever is on call puts the old blends back in the front sacks"; a Navajo (Window Rock) English
 * register in writing with Navajo words ("yá'át'ééh", "ahéhee'", "aoo'"), a turquoise and silver
 * jewellery workshop, every answer a lacrosse referee's game report with one goal taken off the
 * board after the crease review, stages named after the jewellery (the first stone set, the
 * stamping block, the whole Gallup flea market), sign-off as "the master silversmith and I both
 * hold the first cuff to the light", thresholds "… and we put the torches out", rollback "whoever
 * is on call lays the old cuffs back in the case"; a Pashto (Peshawar) English register in speech
 * with Pashto and Urdu words ("salaam", "manana", "yara"), a Peshawari chappal workshop, every
 * answer a tent-pegging judge's card with one carried peg ruled a drop on video, stages named after
 * the chappal (the first sole, the hammering bench, the whole Qissa Khwani bazaar), sign-off as
 * "the eldest chappal-maker and I both press the first sole flat", thresholds "… and we lock the
 * tool chest", rollback "whoever is on call sets the old chappals back on the rack" (the third
 * author changed several phrases earlier voices had used, as its README says). All three note
 * that the root `tsc --noEmit` checks none of their files; each lists in its README what it ran
 * beyond the brief. Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const HUNDRED_AND_TWENTY_FOURTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_TWENTY_FOURTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_FOURTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_FOURTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_FOURTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_FOURTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_FOURTH_C_OTHER_CORPUS,
];
