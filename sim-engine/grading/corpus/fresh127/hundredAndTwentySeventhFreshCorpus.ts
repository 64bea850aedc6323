import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_TWENTY_SEVENTH_A_OTHER_CORPUS } from './hundredAndTwentySeventhOtherAnswersA';
import { HUNDRED_AND_TWENTY_SEVENTH_B_OTHER_CORPUS } from './hundredAndTwentySeventhOtherAnswersB';
import { HUNDRED_AND_TWENTY_SEVENTH_C_OTHER_CORPUS } from './hundredAndTwentySeventhOtherAnswersC';
import { HUNDRED_AND_TWENTY_SEVENTH_A_STRONG_CORPUS } from './hundredAndTwentySeventhStrongAnswersA';
import { HUNDRED_AND_TWENTY_SEVENTH_B_STRONG_CORPUS } from './hundredAndTwentySeventhStrongAnswersB';
import { HUNDRED_AND_TWENTY_SEVENTH_C_STRONG_CORPUS } from './hundredAndTwentySeventhStrongAnswersC';

/**
 * The hundred-and-twenty-seventh fresh held-out set (ec001–ec060), written by three authors who
 * had read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-twenty-seventh round from main at
 * 84f62e26, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-twenty-eighth round). The voices they were given: a
 * Lingala (Kinshasa) English register in speech with Lingala and French words ("mbote",
 * "matondo", "malembe"), a pagne tailoring shop, every answer a karate referee's match card with
 * one point withdrawn on the video, stages named after the tailoring (the first cut panel, the
 * pressing table, the whole Marché Central), sign-off as "the head tailor and I both pull the
 * first seam tight", thresholds "… and we fold the bolts away", rollback "whoever is on call pins
 * the old shirts back on the front rail"; an Ilocano (Vigan) English register in writing with
 * Ilocano words ("naimbag nga aldaw", "agyamanak", "ay apo"), an inabel blanket weaving shop,
 * every answer a figure-skating technical panel's protocol sheet with one jump downgraded on the
 * replay, stages named after the weaving (the first inabel thread, the bamboo frame, the whole
 * Calle Crisologo stalls), sign-off as "the eldest inabel weaver and I both fold the first blanket
 * corner to corner", thresholds "… and we drape the frames", rollback "whoever is on call stacks
 * the old blankets back on the counter"; an Occitan (Toulouse) English register in speech with
 * Occitan and French words ("adieu", "mercés", "allez"), a candied-violet confectionery, every
 * answer a beach-volleyball referee's scoresheet with one point replayed on the challenge, stages
 * named after the violets (the first picked bunch, the sugaring pan, the whole Capitole market),
 * sign-off as "the head confectioner and I both taste the first sugared flower", thresholds "… and
 * we shut the sugar pans", rollback "whoever is on call puts the old boxes back in the window"
 * (each author changed the phrases earlier voices had used, as their READMEs say). All three note
 * that the root `tsc --noEmit` checks none of their files; each lists in its README what it ran
 * beyond the brief. Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const HUNDRED_AND_TWENTY_SEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_TWENTY_SEVENTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_SEVENTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_SEVENTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_SEVENTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_SEVENTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_SEVENTH_C_OTHER_CORPUS,
];
