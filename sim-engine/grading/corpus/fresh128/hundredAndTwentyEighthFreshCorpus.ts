import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_TWENTY_EIGHTH_A_OTHER_CORPUS } from './hundredAndTwentyEighthOtherAnswersA';
import { HUNDRED_AND_TWENTY_EIGHTH_B_OTHER_CORPUS } from './hundredAndTwentyEighthOtherAnswersB';
import { HUNDRED_AND_TWENTY_EIGHTH_C_OTHER_CORPUS } from './hundredAndTwentyEighthOtherAnswersC';
import { HUNDRED_AND_TWENTY_EIGHTH_A_STRONG_CORPUS } from './hundredAndTwentyEighthStrongAnswersA';
import { HUNDRED_AND_TWENTY_EIGHTH_B_STRONG_CORPUS } from './hundredAndTwentyEighthStrongAnswersB';
import { HUNDRED_AND_TWENTY_EIGHTH_C_STRONG_CORPUS } from './hundredAndTwentyEighthStrongAnswersC';

/**
 * The hundred-and-twenty-eighth fresh held-out set (ed001–ed060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-twenty-eighth round from main at
 * f241e8f9, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-twenty-ninth round). The voices they were given: a
 * Javanese (Yogyakarta) English register in speech with Javanese and Indonesian words ("sugeng
 * enjing", "matur nuwun", "monggo"), a Kotagede silver filigree workshop, every answer a
 * water-polo referee's game sheet with one goal overturned on the video, stages named after the
 * silver (the first twisted wire, the soldering bench, the whole Kotagede market street), sign-off
 * as "the eldest filigree maker and I both run a thumbnail along the first spiral", thresholds "…
 * and we bank the charcoal", rollback "whoever is on call pins the old brooches back onto the
 * velvet board"; a Hmong American (St Paul) English register in writing with Hmong words ("nyob
 * zoo", "ua tsaug", "maj mam"), a paj ntaub story-cloth shop, every answer an ice-hockey referee's
 * game sheet with one goal overturned on the coach's challenge, stages named after the needlework
 * (the first appliqué square, the quilting frame, the whole Hmongtown Marketplace), sign-off as
 * "the eldest needleworker and I both smooth the first story cloth flat on the table", thresholds
 * "… and we put the needles back in the tin", rollback "whoever is on call rolls the old cloths
 * back out on the front table"; a Kinyarwanda (Kigali) English register in speech with
 * Kinyarwanda and French words ("muraho", "murakoze", "buhoro buhoro"), an agaseke basket
 * cooperative, every answer a rugby referee's match notes with one try ruled out by the
 * television match official, stages named after the weaving (the first coil of sisal, the weaving
 * mat under the tree, the whole Kimironko market), sign-off as "the eldest weaver and I both set
 * the first lid on its basket", thresholds "… and we bundle the sisal away", rollback "whoever is
 * on call carries the old baskets back out to the front mat" (each author changed the phrases
 * earlier voices had used, as their READMEs say). The second and third note that the root `tsc
 * --noEmit` checks none of their files and that they type-checked their two files on their own;
 * the first did not confirm it; each lists in its README what it ran beyond the brief. Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_TWENTY_EIGHTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_TWENTY_EIGHTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_EIGHTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_EIGHTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_EIGHTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_EIGHTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_EIGHTH_C_OTHER_CORPUS,
];
