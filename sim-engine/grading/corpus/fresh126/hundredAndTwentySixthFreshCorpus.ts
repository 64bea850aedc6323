import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_TWENTY_SIXTH_A_OTHER_CORPUS } from './hundredAndTwentySixthOtherAnswersA';
import { HUNDRED_AND_TWENTY_SIXTH_B_OTHER_CORPUS } from './hundredAndTwentySixthOtherAnswersB';
import { HUNDRED_AND_TWENTY_SIXTH_C_OTHER_CORPUS } from './hundredAndTwentySixthOtherAnswersC';
import { HUNDRED_AND_TWENTY_SIXTH_A_STRONG_CORPUS } from './hundredAndTwentySixthStrongAnswersA';
import { HUNDRED_AND_TWENTY_SIXTH_B_STRONG_CORPUS } from './hundredAndTwentySixthStrongAnswersB';
import { HUNDRED_AND_TWENTY_SIXTH_C_STRONG_CORPUS } from './hundredAndTwentySixthStrongAnswersC';

/**
 * The hundred-and-twenty-sixth fresh held-out set (eb001–eb060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-twenty-sixth round from main at
 * bc9b58c1, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-twenty-seventh round). The voices they were given: a
 * Luganda (Kampala) English register in speech with Luganda words ("oli otya", "webale", "mpola
 * mpola"), a Kampala barkcloth workshop, every answer a sumo referee's bout sheet with one decision
 * reversed after the judges conferred, stages named after the barkcloth (the first beaten strip,
 * the drying rack, the whole Owino market), sign-off as "the senior bark-beater and I both run a
 * palm along the first cloth", thresholds "… and we roll the cloths up", rollback "whoever is on
 * call hangs the old cloths back on the front line"; an Aymara (El Alto) English register in
 * writing with Aymara and Spanish words ("kamisaki", "jallalla", "yuspagara"), an alpaca-knitting
 * cooperative, every answer a dressage judge's score sheet with one mark revised on the video,
 * stages named after the wool (the first skein spun, the dyeing pot, the whole 16 de Julio fair),
 * sign-off as "the eldest knitter and I both stretch the first poncho across our arms", thresholds
 * "… and we bag the yarn", rollback "whoever is on call folds the old ponchos back onto the stall";
 * an Afrikaans (Stellenbosch) English register in speech with Afrikaans words ("goeie môre",
 * "dankie", "lekker"), a ceramics studio, every answer a hurling referee's match notes with one
 * point disallowed on the replay, stages named after the clay (the first thrown bowl, the kiln
 * shelf, the whole Saturday Oude Libertas market), sign-off as "the head potter and I both tap the
 * first bowl to hear it ring", thresholds "… and we switch the kiln off", rollback "whoever is on
 * call puts the old bowls back on the front shelf" (each author changed the phrases earlier voices
 * had used, as their READMEs say). All three note that the root `tsc --noEmit` checks none of
 * their files; each lists in its README what it ran beyond the brief. Held out entirely: graded
 * once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_TWENTY_SIXTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_TWENTY_SIXTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_SIXTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_SIXTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_SIXTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_TWENTY_SIXTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_TWENTY_SIXTH_C_OTHER_CORPUS,
];
