import type { LabelledAnswer } from '../corpusTypes';
import { FIFTIETH_A_OTHER_CORPUS } from './fiftiethOtherAnswersA';
import { FIFTIETH_B_OTHER_CORPUS } from './fiftiethOtherAnswersB';
import { FIFTIETH_C_OTHER_CORPUS } from './fiftiethOtherAnswersC';
import { FIFTIETH_A_STRONG_CORPUS } from './fiftiethStrongAnswersA';
import { FIFTIETH_B_STRONG_CORPUS } from './fiftiethStrongAnswersB';
import { FIFTIETH_C_STRONG_CORPUS } from './fiftiethStrongAnswersC';

/**
 * The fiftieth fresh held-out set (bd001–bd060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * The voices they were given: a Zimbabwean English register in writing, a hotel-booking PM,
 * short questions asked and answered at once, "first / then / finally", an opening that restates
 * the question, times given as parts of the day, a postscript; a Liberian English register in
 * speech, a music-streaming PM, a walk through a dashboard panel by panel, thinking aloud with
 * self-corrections, the number at the end of its sentence, sentences opening on "So", a closing
 * list of who owns what; a Barbadian English register in writing, a hospital-scheduling PM, the
 * release told from the on-call engineer's side, bracketed tags, "I will" throughout, each stage
 * as a card in prose, a closing line to the interviewer (the fifty-first protocol). Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const FIFTIETH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FIFTIETH_A_STRONG_CORPUS,
  ...FIFTIETH_A_OTHER_CORPUS,
  ...FIFTIETH_B_STRONG_CORPUS,
  ...FIFTIETH_B_OTHER_CORPUS,
  ...FIFTIETH_C_STRONG_CORPUS,
  ...FIFTIETH_C_OTHER_CORPUS,
];
