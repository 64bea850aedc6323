import type { LabelledAnswer } from '../corpusTypes';
import { FIFTY_SEVENTH_A_OTHER_CORPUS } from './fiftySeventhOtherAnswersA';
import { FIFTY_SEVENTH_B_OTHER_CORPUS } from './fiftySeventhOtherAnswersB';
import { FIFTY_SEVENTH_C_OTHER_CORPUS } from './fiftySeventhOtherAnswersC';
import { FIFTY_SEVENTH_A_STRONG_CORPUS } from './fiftySeventhStrongAnswersA';
import { FIFTY_SEVENTH_B_STRONG_CORPUS } from './fiftySeventhStrongAnswersB';
import { FIFTY_SEVENTH_C_STRONG_CORPUS } from './fiftySeventhStrongAnswersC';

/**
 * The fifty-seventh fresh held-out set (bk001–bk060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Niuean English register in writing, a hospital
 * appointment-booking PM, a short letter to the candidate's manager asking for sign-off,
 * durations in days and hours together, cohorts by how users pay, the cost of being wrong each
 * way; a Tokelauan English register in speech, a grocery-substitution model PM, promises to
 * support, engineering and finance, metrics by their full names, each stage by what it is meant
 * to catch, a rollback the candidate once made; a Pitcairn English register in writing, a
 * photo-printing kiosk PM, "what I decide, delegate, refuse to do", shares as counts of stores or
 * users, the sign-off as a ritual in a named channel, how the candidate would know it went well
 * (the fifty-eighth protocol). Held out entirely: graded once after the grader was frozen, never
 * tuned on (../README.md).
 */
export const FIFTY_SEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FIFTY_SEVENTH_A_STRONG_CORPUS,
  ...FIFTY_SEVENTH_A_OTHER_CORPUS,
  ...FIFTY_SEVENTH_B_STRONG_CORPUS,
  ...FIFTY_SEVENTH_B_OTHER_CORPUS,
  ...FIFTY_SEVENTH_C_STRONG_CORPUS,
  ...FIFTY_SEVENTH_C_OTHER_CORPUS,
];
