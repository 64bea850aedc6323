import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_TWENTY_NINTH_A_OTHER_CORPUS } from './hundredAndTwentyNinthOtherAnswersA';
import { HUNDRED_AND_TWENTY_NINTH_B_OTHER_CORPUS } from './hundredAndTwentyNinthOtherAnswersB';
import { HUNDRED_AND_TWENTY_NINTH_C_OTHER_CORPUS } from './hundredAndTwentyNinthOtherAnswersC';
import { HUNDRED_AND_TWENTY_NINTH_A_STRONG_CORPUS } from './hundredAndTwentyNinthStrongAnswersA';
import { HUNDRED_AND_TWENTY_NINTH_B_STRONG_CORPUS } from './hundredAndTwentyNinthStrongAnswersB';
import { HUNDRED_AND_TWENTY_NINTH_C_STRONG_CORPUS } from './hundredAndTwentyNinthStrongAnswersC';

/**
 * The hundred-and-twenty-ninth fresh held-out set (ee001–ee060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-twenty-ninth round from main at
 * 4c524d64, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-thirtieth round). The voices they were given: a Sesotho
 * (Maseru) English register in speech with Sesotho words ("lumela", "kea leboha", "khotso"), a
 * Teyateyaneng mohair tapestry shop, every answer a table-tennis umpire's scoresheet with one
 * point replayed as a let on review, stages named after the weaving (the first carded fleece, the
 * upright loom, the whole Maseru craft market), sign-off as "the eldest weaver and I both run our
 * fingers down the first finished border", thresholds "… and we cut the warp threads loose",
 * rollback "whoever is on call rehangs the old tapestries on the front wall"; a Tibetan
 * (Dharamshala) English register in writing with Tibetan words ("thuk je che", "kale shu"), a
 * thangka painting studio, every answer a synchronised-swimming panel's score sheet with one
 * element's mark lowered on the video, stages named after the painting (the first sketched grid,
 * the mineral-pigment table, the whole Losar market along Temple Road), sign-off as "the master
 * painter and I both unroll the first brocade mount", thresholds "… and we cover the pigment
 * bowls", rollback "whoever is on call rolls the old thangkas back onto the display rail"; a
 * Luxembourgish (Luxembourg City) English register in speech with Luxembourgish, French and German
 * words ("moien", "merci", "äddi"), an umbrella maker, every answer a show-jumping judge's sheet
 * with one knock-down cancelled on the video, stages named after the umbrellas (the first
 * stretched canopy, the rib-bending bench, the whole Schueberfouer fair), sign-off as "the master
 * umbrella-maker and I both snap the first canopy open", thresholds "… and we furl the canopies",
 * rollback "whoever is on call sets the old umbrellas back in the stand by the door" (each author
 * changed the phrases earlier voices had used, as their READMEs say; the second dropped "tashi
 * delek", which an earlier voice had used). All three note that the root `tsc --noEmit` checks
 * none of their files; each lists in its README what it ran beyond the brief. Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_TWENTY_NINTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_TWENTY_NINTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_NINTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_NINTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_NINTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_NINTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_NINTH_C_OTHER_CORPUS,
];
