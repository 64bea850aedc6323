import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_TWENTIETH_A_OTHER_CORPUS } from './hundredAndTwentiethOtherAnswersA';
import { HUNDRED_AND_TWENTIETH_B_OTHER_CORPUS } from './hundredAndTwentiethOtherAnswersB';
import { HUNDRED_AND_TWENTIETH_C_OTHER_CORPUS } from './hundredAndTwentiethOtherAnswersC';
import { HUNDRED_AND_TWENTIETH_A_STRONG_CORPUS } from './hundredAndTwentiethStrongAnswersA';
import { HUNDRED_AND_TWENTIETH_B_STRONG_CORPUS } from './hundredAndTwentiethStrongAnswersB';
import { HUNDRED_AND_TWENTIETH_C_STRONG_CORPUS } from './hundredAndTwentiethStrongAnswersC';

/**
 * The hundred-and-twentieth fresh held-out set (dv001–dv060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-twentieth round from main at
 * 280f4e47, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-twenty-first round). The voices they were given: an
 * Amharic (Addis Ababa) English register in speech with Amharic words ("selam", "ameseginalehu",
 * "awo"), a mesob basket-weaving workshop, every answer a table-tennis umpire's calls with one
 * point awarded back after a service-fault review, stages named after the basket (the first coil,
 * the weaving mat, the whole Merkato stall), sign-off as "the eldest basket-maker and I both lift
 * the lid of the first mesob", thresholds "… and we put the grass away", rollback "whoever is on
 * call stacks the old baskets back by the door"; a Shona (Harare) English register in writing
 * with Shona words ("mhoroi", "ndatenda", "hongu"), a serpentine stone-sculpture workshop, every
 * answer a rowing-regatta umpire's log with one result overturned on the photo finish, stages
 * named after the stone (the first chisel mark, the polishing bench, the whole Mbare market),
 * sign-off as "the head sculptor and I both run a wet cloth over the first piece", thresholds "…
 * and we cover the stones", rollback "whoever is on call puts the old sculptures back on the
 * plinths"; a Kurdish (Erbil) English register in speech with Kurdish words ("silav", "spas",
 * "belê"), a kilim-weaving workshop, every answer a freestyle-wrestling referee's calls with one
 * takedown overturned on the video challenge, stages named after the kilim (the first knot row,
 * the loom frame, the whole Qaysari bazaar), sign-off as "the loom mistress and I both shake out
 * the first kilim", thresholds "… and we roll the kilims up", rollback "whoever is on call hangs
 * the old kilims back on the bazaar wall" (the first and third changed voice phrases earlier
 * voices had used). All three note that the root `tsc --noEmit` checks none of their files (the
 * first and second type-checked them another way); each lists in its README what it ran beyond
 * the brief. Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const HUNDRED_AND_TWENTIETH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_TWENTIETH_A_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTIETH_A_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTIETH_B_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTIETH_B_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTIETH_C_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTIETH_C_OTHER_CORPUS,
];
