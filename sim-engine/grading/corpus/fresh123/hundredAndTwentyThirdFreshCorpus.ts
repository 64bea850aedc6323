import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_TWENTY_THIRD_A_OTHER_CORPUS } from './hundredAndTwentyThirdOtherAnswersA';
import { HUNDRED_AND_TWENTY_THIRD_B_OTHER_CORPUS } from './hundredAndTwentyThirdOtherAnswersB';
import { HUNDRED_AND_TWENTY_THIRD_C_OTHER_CORPUS } from './hundredAndTwentyThirdOtherAnswersC';
import { HUNDRED_AND_TWENTY_THIRD_A_STRONG_CORPUS } from './hundredAndTwentyThirdStrongAnswersA';
import { HUNDRED_AND_TWENTY_THIRD_B_STRONG_CORPUS } from './hundredAndTwentyThirdStrongAnswersB';
import { HUNDRED_AND_TWENTY_THIRD_C_STRONG_CORPUS } from './hundredAndTwentyThirdStrongAnswersC';

/**
 * The hundred-and-twenty-third fresh held-out set (dy001–dy060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-twenty-third round from main at
 * 91ac98c4, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-twenty-fourth round). The voices they were given: a Hausa
 * (Kano) English register in speech with Hausa words ("sannu", "na gode", "yauwa"), a Kano
 * leatherwork workshop, every answer a taekwondo referee's calls with one head-kick point reversed
 * on the video replay, stages named after the leather (the first hide, the tanning pit, the whole
 * Kurmi market), sign-off as "the eldest leatherworker and I both stitch the first strap",
 * thresholds "… and we hang the hides back up", rollback "whoever is on call puts the old bags back
 * on the stall"; a Croatian (Split) English register in writing with Croatian words ("dobar dan",
 * "hvala", "polako"), a Hvar lavender-oil distillery, every answer a basketball referee's game
 * report with one basket waved off after the instant replay, stages named after the lavender (the
 * first cut bundle, the copper still, the whole Split riva market), sign-off as "the master
 * distiller and I both smell the first bottle", thresholds "… and we close the still", rollback
 * "whoever is on call puts the old bottles back on the shelf by the door"; a Tajik (Dushanbe)
 * English register in speech with Tajik and Russian words ("salom", "rahmat", "khub"), a Pamiri
 * hand-knitted socks workshop, every answer a field-hockey umpire's calls with one penalty corner
 * reversed on the video referral, stages named after the socks, sign-off as "the eldest knitter
 * and I both pull on the first pair", thresholds "… and we put the needles down", rollback
 * "whoever is on call hangs the old socks back on the bazaar line" (each author changed the
 * phrases earlier voices had used, as their READMEs say). All three note that the root `tsc
 * --noEmit` checks none of their files; each lists in its README what it ran beyond the brief.
 * Held out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_TWENTY_THIRD_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_TWENTY_THIRD_A_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_THIRD_A_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_THIRD_B_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_THIRD_B_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_THIRD_C_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_THIRD_C_OTHER_CORPUS,
];
