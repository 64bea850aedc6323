import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_ELEVENTH_A_OTHER_CORPUS } from './hundredAndEleventhOtherAnswersA';
import { HUNDRED_AND_ELEVENTH_B_OTHER_CORPUS } from './hundredAndEleventhOtherAnswersB';
import { HUNDRED_AND_ELEVENTH_C_OTHER_CORPUS } from './hundredAndEleventhOtherAnswersC';
import { HUNDRED_AND_ELEVENTH_A_STRONG_CORPUS } from './hundredAndEleventhStrongAnswersA';
import { HUNDRED_AND_ELEVENTH_B_STRONG_CORPUS } from './hundredAndEleventhStrongAnswersB';
import { HUNDRED_AND_ELEVENTH_C_STRONG_CORPUS } from './hundredAndEleventhStrongAnswersC';

/**
 * The hundred-and-eleventh fresh held-out set (dm001–dm060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-eleventh round from main at 7e5e32f3,
 * before any tuning, and landed on `main` sealed while that round went on (imported by nothing
 * until the grader was frozen). The voices they were given: a Corsican (Ajaccio) English register
 * in writing ("aiò", "bonghjornu", "va bè"), a knife-maker's workshop, every answer a herbarium's
 * specimen sheets with one specimen re-identified, stages named after the knife (the first blank,
 * the grinding wheel, the whole rack), sign-off as "the master cutler and I both test the first
 * edge on paper", thresholds "… and we quench the forge", rollback "whoever is on call hangs the
 * old knives back on the wall"; a Cape Verdean (Mindelo) English register in speech with Kriolu
 * and Portuguese words ("sabe", "morabeza", "tá bom"), a grogue distillery, every answer a
 * horse-race commentator's call with one placing corrected after the photo finish, stages named
 * after the spirit (the first cane, the copper still, the whole cellar), sign-off as "the master
 * distiller and I both hold the first glass up to the light", thresholds "… and we shut the
 * still", rollback "whoever is on call puts the old bottles back behind the bar"; a Lebanese
 * (Beirut) English register in writing with Arabic and French words ("yalla", "khalas", "merci"),
 * an olive-oil soap workshop, every answer a sewing pattern's instruction sheet with one step cut
 * and re-stitched, stages named after the soap (the first bar, the drying room, the whole souk),
 * sign-off as "the soap master and I both wash our hands with the first bar", thresholds "… and we
 * cover the cauldron", rollback "whoever is on call stacks the old bars back in the crates". All
 * three note that the root `tsc --noEmit` checks none of their files (the third type-checked its
 * own separately, and changed stage and threshold names to avoid earlier voices); each lists in
 * its README what it ran beyond the brief. Held out entirely: graded once after the grader was
 * frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_ELEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_ELEVENTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_ELEVENTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_ELEVENTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_ELEVENTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_ELEVENTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_ELEVENTH_C_OTHER_CORPUS,
];
