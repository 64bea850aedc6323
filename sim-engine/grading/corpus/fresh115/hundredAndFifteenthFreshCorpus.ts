import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_FIFTEENTH_A_OTHER_CORPUS } from './hundredAndFifteenthOtherAnswersA';
import { HUNDRED_AND_FIFTEENTH_B_OTHER_CORPUS } from './hundredAndFifteenthOtherAnswersB';
import { HUNDRED_AND_FIFTEENTH_C_OTHER_CORPUS } from './hundredAndFifteenthOtherAnswersC';
import { HUNDRED_AND_FIFTEENTH_A_STRONG_CORPUS } from './hundredAndFifteenthStrongAnswersA';
import { HUNDRED_AND_FIFTEENTH_B_STRONG_CORPUS } from './hundredAndFifteenthStrongAnswersB';
import { HUNDRED_AND_FIFTEENTH_C_STRONG_CORPUS } from './hundredAndFifteenthStrongAnswersC';

/**
 * The hundred-and-fifteenth fresh held-out set (dq001–dq060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned during the hundred-and-fifteenth round from main at 7279f6f8, before
 * its freeze, and landed on `main` sealed (imported by nothing until the grader was frozen, in the
 * hundred-and-sixteenth round). The voices they were given: a Tahitian (Papeete) English register
 * in speech with Tahitian and French words ("ia ora na", "māuruuru", "aita pe'ape'a"), a tapa
 * bark-cloth workshop, every answer an archery judge's scoring calls with one arrow re-scored
 * after a line check, stages named after the cloth (the author's "the first aute strip", "the
 * tutua", "the whole Marché"), sign-off as the author's "Mama Vaea and I lay a tiare on the first
 * roll", thresholds as the author's "… and the mallets go quiet", rollback the author's "whoever
 * is on call rolls the old tapa back out in the fare"; an Asturian (Oviedo) English register in
 * writing with Asturian and Spanish words ("hola", "gracies", "ho", "vale"), a madreñas (wooden
 * clog) workshop, every answer a snooker referee's calls with one frame's score corrected on
 * review, stages named after the clogs (the author's "the first billet", the shaping horse, the
 * whole feria), sign-off as "the master madreñero and I both stamp the first pair on the workshop
 * floor", thresholds "… and we hang up the gouges", rollback "whoever is on call sets the old
 * clogs back by the door"; a Jeju (South Korea) English register in writing with Korean and Jeju
 * words ("honjeopsseoye", "gamsahamnida", "-nim"), an onggi pottery, every answer a gymnastics
 * judge's scoresheet with one score amended after an inquiry, stages named after the jar (the
 * first coil, the author's "the paddle bench", the whole courtyard), sign-off as the author's
 * "run our palms round the rim of the first jar", thresholds the author's "… and we leave the clay
 * to rest", rollback the author's "whoever is on call carries the old jars back out to the
 * jangdokdae, nobody has to ring me first". All three note that the root `tsc --noEmit` checks
 * none of their files; each lists in its README what it ran beyond the brief. Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_FIFTEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_FIFTEENTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_FIFTEENTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_FIFTEENTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_FIFTEENTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_FIFTEENTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_FIFTEENTH_C_OTHER_CORPUS,
];
