import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_TWENTY_SECOND_A_OTHER_CORPUS } from './hundredAndTwentySecondOtherAnswersA';
import { HUNDRED_AND_TWENTY_SECOND_B_OTHER_CORPUS } from './hundredAndTwentySecondOtherAnswersB';
import { HUNDRED_AND_TWENTY_SECOND_C_OTHER_CORPUS } from './hundredAndTwentySecondOtherAnswersC';
import { HUNDRED_AND_TWENTY_SECOND_A_STRONG_CORPUS } from './hundredAndTwentySecondStrongAnswersA';
import { HUNDRED_AND_TWENTY_SECOND_B_STRONG_CORPUS } from './hundredAndTwentySecondStrongAnswersB';
import { HUNDRED_AND_TWENTY_SECOND_C_STRONG_CORPUS } from './hundredAndTwentySecondStrongAnswersC';

/**
 * The hundred-and-twenty-second fresh held-out set (dx001–dx060), written by three authors who
 * had read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-twenty-second round from main at
 * 6fc26b11, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-twenty-third round). The voices they were given: a Somali
 * (Hargeisa) English register in speech with Somali words ("iska warran", "mahadsanid", "haa"), a
 * clay incense-burner (dabqaad) workshop, every answer a handball referee's calls with one goal
 * disallowed on the video review, stages named after the burner (the first clay coil, the kiln,
 * the whole Waheen market), sign-off as "the eldest potter and I both light the first burner",
 * thresholds "… and we put the coals out", rollback "whoever is on call sets the old burners back
 * on the shelf"; a Catalan (Girona) English register in writing with Catalan words ("bon dia",
 * "gràcies", "d'acord"), an espadrille-making workshop, every answer a castellers judge's record
 * with one tower's score annulled after the judges reviewed the footage, stages named after the
 * espadrille (the first jute sole, the sewing bench, the whole Girona autumn fair), sign-off as
 * "the master espadrille-maker and I both lace the first pair", thresholds "… and we cover the
 * soles", rollback "whoever is on call puts the old espadrilles back in the window"; a Telugu
 * (Hyderabad) English register in speech with Telugu and Hyderabadi Urdu words ("namaskaram",
 * "dhanyavadalu", "avunu"), a Kalamkari textile workshop, every answer a squash referee's calls
 * with one let changed to a stroke on video, stages named after the cloth (the first outline, the
 * dye vat, the whole Shilparamam fair), sign-off as "the master painter and I both unroll the
 * first cloth", thresholds "… and we cap the dye pots", rollback "whoever is on call hangs the old
 * cloths back on the line" (each author changed the phrases earlier voices had used, as their
 * READMEs say). All three note that the root `tsc --noEmit` checks none of their files (the first
 * type-checked the `sim-engine` project, the second its two files directly); each lists in its
 * README what it ran beyond the brief. Held out entirely: graded once after the grader was
 * frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_TWENTY_SECOND_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_TWENTY_SECOND_A_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_SECOND_A_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_SECOND_B_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_SECOND_B_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_SECOND_C_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_SECOND_C_OTHER_CORPUS,
];
