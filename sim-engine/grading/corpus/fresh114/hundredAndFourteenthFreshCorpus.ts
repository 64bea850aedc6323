import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_FOURTEENTH_A_OTHER_CORPUS } from './hundredAndFourteenthOtherAnswersA';
import { HUNDRED_AND_FOURTEENTH_B_OTHER_CORPUS } from './hundredAndFourteenthOtherAnswersB';
import { HUNDRED_AND_FOURTEENTH_C_OTHER_CORPUS } from './hundredAndFourteenthOtherAnswersC';
import { HUNDRED_AND_FOURTEENTH_A_STRONG_CORPUS } from './hundredAndFourteenthStrongAnswersA';
import { HUNDRED_AND_FOURTEENTH_B_STRONG_CORPUS } from './hundredAndFourteenthStrongAnswersB';
import { HUNDRED_AND_FOURTEENTH_C_STRONG_CORPUS } from './hundredAndFourteenthStrongAnswersC';

/**
 * The hundred-and-fourteenth fresh held-out set (dp001–dp060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-fourteenth round from main at
 * f05cec64, before any tuning, and landed on `main` sealed while that round went on (imported by
 * nothing until the grader was frozen). The voices they were given: a Northern Sámi (Kautokeino)
 * English register in speech with Northern Sámi and Norwegian words ("buorre beaivi", "giitu",
 * "juo"), a duodji workshop of pewter-thread bracelets, every answer a mountain guide's route card
 * with one pitch re-graded, stages named after the thread (the author's "the first twist", the
 * plaiting board, the whole fair stall), sign-off as "the master craftswoman and I both pull the
 * first thread tight", thresholds "… and we put the antler aside", rollback "whoever is on call
 * hangs the old bracelets back on the antler rack"; an Oaxacan English register in writing with
 * Spanish and Zapotec words ("órale", "sale", "xquixe"), an alebrije workshop, every answer a
 * fencing referee's calls with one touch annulled on review, stages named after the wood (the
 * first cut of copal, the painting table, the whole market), sign-off as "the head painter and I
 * both sign the base of the first figure", thresholds "… and we put the brushes in water",
 * rollback "whoever is on call sets the old figures back on the market table"; a Sri Lankan
 * (Kandy) English register in writing with Sinhala words ("ayubowan", "hari", "istuti"), a
 * Kandyan lacquerware workshop, every answer a tea-taster's notes with one cup tasted again,
 * stages named after the lacquer (the first coat, the polishing cloth, the author's "the final
 * gloss"), sign-off as the master lacquerer and the speaker running a thumb along "the first
 * lid", thresholds "… and we put the lac sticks away" (the author's changes of earlier voices'
 * words), rollback "whoever is on call returns the old boxes to the glass-fronted cabinet". All
 * three note that the root `tsc --noEmit` checks none of their files (the first type-checked its
 * own with `tsc --ignoreConfig`); each lists in its README what it ran beyond the brief. Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_FOURTEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_FOURTEENTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_FOURTEENTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_FOURTEENTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_FOURTEENTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_FOURTEENTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_FOURTEENTH_C_OTHER_CORPUS,
];
