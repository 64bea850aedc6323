import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_THIRTEENTH_A_OTHER_CORPUS } from './hundredAndThirteenthOtherAnswersA';
import { HUNDRED_AND_THIRTEENTH_B_OTHER_CORPUS } from './hundredAndThirteenthOtherAnswersB';
import { HUNDRED_AND_THIRTEENTH_C_OTHER_CORPUS } from './hundredAndThirteenthOtherAnswersC';
import { HUNDRED_AND_THIRTEENTH_A_STRONG_CORPUS } from './hundredAndThirteenthStrongAnswersA';
import { HUNDRED_AND_THIRTEENTH_B_STRONG_CORPUS } from './hundredAndThirteenthStrongAnswersB';
import { HUNDRED_AND_THIRTEENTH_C_STRONG_CORPUS } from './hundredAndThirteenthStrongAnswersC';

/**
 * The hundred-and-thirteenth fresh held-out set (do001–do060), written by three authors who had
 * read neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned at the start of the hundred-and-thirteenth round from main at
 * 1883cd61, before any tuning, and landed on `main` sealed while that round went on (imported by
 * nothing until the grader was frozen). The voices they were given: a Galician (Vigo) English
 * register in speech with Galician and Spanish words ("bos días", "moi ben", "graciñas"), a gaita
 * (bagpipe) maker, every answer a rally co-driver's pace notes with one note corrected, stages
 * named after the pipe (the first reed, the turning lathe, the whole band), sign-off as "the
 * master piper and I both blow the first note", thresholds "… and we pull the reeds", rollback
 * "whoever is on call lays the old chanters back in the drawer"; a Greenlandic (Nuuk) English
 * register in speech with Kalaallisut and Danish words ("aap", "naamik", "qujanaq"), a soapstone
 * and bone carving workshop, every answer a tennis umpire's calls with one call overruled after a
 * challenge, stages named after the stone (the first chip, the polishing bench, the whole
 * gallery), sign-off as "the old carver and I both turn the first piece in our hands", thresholds
 * "… and we set the files down", rollback "whoever is on call sets the old carvings back on the
 * shelf"; a Tuvan (Kyzyl) English register in writing with Tuvan and Russian words ("ekii",
 * "chettirdim", "iye"), a horsehead-fiddle (igil) maker, every answer a court stenographer's
 * transcript with one line read back and corrected, stages named after the fiddle (the first
 * string, the second string, the whole ensemble), sign-off as "the master maker and I both draw
 * the bow once across the first string", thresholds "… and we lift the bow from the strings",
 * rollback "whoever is on call wraps the old fiddles back in their felt" (the third author's
 * changes of the brief's "a full week of Naadym", "we loosen the strings", "the drying shelf" and
 * "in their felt cases", earlier voices' words). All three note that the root `tsc --noEmit`
 * checks none of their files; each lists in its README what it ran beyond the brief. Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_THIRTEENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_THIRTEENTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_THIRTEENTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_THIRTEENTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_THIRTEENTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_THIRTEENTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_THIRTEENTH_C_OTHER_CORPUS,
];
