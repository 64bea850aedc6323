import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_SEVENTEENTH_A_OTHER_CORPUS } from './hundredAndSeventeenthOtherAnswersA';
import { HUNDRED_AND_SEVENTEENTH_B_OTHER_CORPUS } from './hundredAndSeventeenthOtherAnswersB';
import { HUNDRED_AND_SEVENTEENTH_C_OTHER_CORPUS } from './hundredAndSeventeenthOtherAnswersC';
import { HUNDRED_AND_SEVENTEENTH_A_STRONG_CORPUS } from './hundredAndSeventeenthStrongAnswersA';
import { HUNDRED_AND_SEVENTEENTH_B_STRONG_CORPUS } from './hundredAndSeventeenthStrongAnswersB';
import { HUNDRED_AND_SEVENTEENTH_C_STRONG_CORPUS } from './hundredAndSeventeenthStrongAnswersC';

/**
 * The hundred-and-seventeenth fresh held-out set (ds001–ds060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-seventeenth round from main at
 * 2e5a44dc, before any of its changes, and landed on `main` sealed (imported by nothing until the
 * grader was frozen, in the hundred-and-eighteenth round). The voices they were given: a Khmer
 * (Siem Reap) English register in speech with Khmer words ("suosdei", "arkun", "baat"), a
 * silk-weaving workshop, every answer a judo referee's calls with one score downgraded after the
 * video review, stages named after the silk (the first thread, the loom bench, the whole night
 * market), sign-off as "the master weaver and I both draw the first scarf through our fingers",
 * thresholds "… and we cover the looms", rollback "whoever is on call folds the old scarves back
 * into the cedar chest" (the author changed phrases earlier voices had used; its README says
 * which); a Friulian (Udine) English register in writing with Friulian and Italian words
 * ("mandi", "graciis", "dai"), a workshop of scarpets (embroidered velvet slippers), every answer
 * a croquet referee's notes with one hoop point disallowed (the author's "ball not clean
 * through"), stages named after the slipper (the author's "the first sole", "the embroidered
 * toe", "the sagra stand"), sign-off as the author's "walk the first pair round the cortile",
 * thresholds the author's "… and we fold the velvet away", rollback "whoever is on call lines the
 * old slippers back up on the rack"; an Igbo (Enugu) English register in writing with Igbo words
 * ("ndewo", "daalụ", "biko"), a workshop of carved masks and stools, every answer a badminton
 * umpire's score sheet with one line call reversed on challenge, stages named after the wood (the
 * first cut of iroko, the carving mat, the whole Ogbete market stall), sign-off as "the master
 * carver and I both run a palm over the first stool", thresholds "… and we lay the adzes down",
 * rollback "whoever is on call carries the old masks back to the wall". All three note that the
 * root `tsc --noEmit` checks none of their files (the first and third checked theirs directly);
 * each lists in its README what it ran beyond the brief. Held out entirely: graded once after the
 * grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_SEVENTEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_SEVENTEENTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_SEVENTEENTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_SEVENTEENTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_SEVENTEENTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_SEVENTEENTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_SEVENTEENTH_C_OTHER_CORPUS,
];
