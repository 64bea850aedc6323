import type { LabelledAnswer } from '../corpusTypes';
import { FORTIETH_A_OTHER_CORPUS } from './fortiethOtherAnswersA';
import { FORTIETH_B_OTHER_CORPUS } from './fortiethOtherAnswersB';
import { FORTIETH_C_OTHER_CORPUS } from './fortiethOtherAnswersC';
import { FORTIETH_A_STRONG_CORPUS } from './fortiethStrongAnswersA';
import { FORTIETH_B_STRONG_CORPUS } from './fortiethStrongAnswersB';
import { FORTIETH_C_STRONG_CORPUS } from './fortiethStrongAnswersC';

/**
 * The fortieth fresh held-out set (at001–at060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * Among their voices: a Filipino English register in writing, meeting minutes, an insurance
 * claims PM, the most important rule first, "if we see X → we do Y" lines, a candidate short of
 * time, numbered points with prose under them, a Welsh-Australian register in speech, a Slack
 * thread, a language-learning PM, questions answered at once, a calendar week, a candidate
 * correcting the interviewer, bold labels in asterisks, a sales-minded American PM, "Decision |
 * Why" lines, a travel-booking PM, a new teammate's first day, numbers at the end, "we" and "the
 * PM", long paragraphs without lists (the forty-first protocol). Held out entirely: graded once
 * after the grader was frozen, never tuned on (../README.md).
 */
export const FORTIETH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FORTIETH_A_STRONG_CORPUS,
  ...FORTIETH_A_OTHER_CORPUS,
  ...FORTIETH_B_STRONG_CORPUS,
  ...FORTIETH_B_OTHER_CORPUS,
  ...FORTIETH_C_STRONG_CORPUS,
  ...FORTIETH_C_OTHER_CORPUS,
];
