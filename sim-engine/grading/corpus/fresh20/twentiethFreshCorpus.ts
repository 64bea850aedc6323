import type { LabelledAnswer } from '../corpusTypes';
import { TWENTIETH_A_OTHER_CORPUS } from './twentiethOtherAnswersA';
import { TWENTIETH_B_OTHER_CORPUS } from './twentiethOtherAnswersB';
import { TWENTIETH_C_OTHER_CORPUS } from './twentiethOtherAnswersC';
import { TWENTIETH_A_STRONG_CORPUS } from './twentiethStrongAnswersA';
import { TWENTIETH_B_STRONG_CORPUS } from './twentiethStrongAnswersB';
import { TWENTIETH_C_STRONG_CORPUS } from './twentiethStrongAnswersC';

/**
 * The twentieth fresh held-out set (o001–o060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * Each author's voices include a dictated answer with little punctuation and one whose thoughts
 * are joined by dashes (the twenty-first protocol). Held out entirely: graded once after the
 * grader was frozen, never tuned on (../README.md).
 */
export const TWENTIETH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...TWENTIETH_A_STRONG_CORPUS,
  ...TWENTIETH_A_OTHER_CORPUS,
  ...TWENTIETH_B_STRONG_CORPUS,
  ...TWENTIETH_B_OTHER_CORPUS,
  ...TWENTIETH_C_STRONG_CORPUS,
  ...TWENTIETH_C_OTHER_CORPUS,
];
