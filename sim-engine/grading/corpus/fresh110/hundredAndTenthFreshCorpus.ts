import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_TENTH_A_OTHER_CORPUS } from './hundredAndTenthOtherAnswersA';
import { HUNDRED_AND_TENTH_B_OTHER_CORPUS } from './hundredAndTenthOtherAnswersB';
import { HUNDRED_AND_TENTH_C_OTHER_CORPUS } from './hundredAndTenthOtherAnswersC';
import { HUNDRED_AND_TENTH_A_STRONG_CORPUS } from './hundredAndTenthStrongAnswersA';
import { HUNDRED_AND_TENTH_B_STRONG_CORPUS } from './hundredAndTenthStrongAnswersB';
import { HUNDRED_AND_TENTH_C_STRONG_CORPUS } from './hundredAndTenthStrongAnswersC';

/**
 * The hundred-and-tenth fresh held-out set (dl001–dl060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-tenth round from main at 2dc574b7,
 * before any tuning, and landed on `main` sealed the same hour (imported by nothing until the
 * grader was frozen). The voices they were given: a Latvian (Riga) English register in writing
 * ("labdien", "paldies", "nu"), an amber jewellery workshop, every answer a figure-skating judge's
 * scorecard with one element's mark revised after review, stages named after the amber (the first
 * polish, the setting bench, the whole display), sign-off as "the master jeweller and I both hold
 * the first piece up to the window", thresholds "… and we stop the polishing drum", rollback
 * "whoever is on call puts the old pieces back in the glass case"; a Zanzibari (Stone Town)
 * English register in speech with Swahili words ("sawa", "pole pole", "hakuna shida"), a
 * carved-door workshop, every answer an orienteering official calling out the control
 * descriptions with one control moved, stages named after the door (the first panel, the carving
 * bench, the whole street), sign-off as "the master carver and I both knock on the first door",
 * thresholds "… and we down chisels", rollback "whoever is on call hangs the old pattern book back
 * on its nail"; an Okinawan (Naha) English register in writing ("haisai", "nifee deebiru"), a
 * bingata stencil-dyeing workshop, every answer a caddie's yardage book with one hole's note rubbed
 * out and rewritten, stages named after the cloth (the first stencil, the drying poles, the whole
 * shop), sign-off as "the head dyer and I both press our hanko on the first cloth", thresholds "…
 * and we roll the stencils up", rollback "whoever is on call hangs the old cloths back on the
 * bamboo poles". All three note that the root `tsc --noEmit` checks none of their files. Beyond
 * the brief the first built its TypeScript from its drafts with a node script, ran `git status`,
 * listed its own folder once, made two `tsc` config queries and one empty `python3` call; the
 * third ran tsc with `--listFilesOnly`, `git status` and an empty `python3` call; the second lists
 * its steps in its README. Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const HUNDRED_AND_TENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_TENTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_TENTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_TENTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_TENTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_TENTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_TENTH_C_OTHER_CORPUS,
];
