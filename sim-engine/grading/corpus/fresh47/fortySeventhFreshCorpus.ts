import type { LabelledAnswer } from '../corpusTypes';
import { FORTY_SEVENTH_A_OTHER_CORPUS } from './fortySeventhOtherAnswersA';
import { FORTY_SEVENTH_B_OTHER_CORPUS } from './fortySeventhOtherAnswersB';
import { FORTY_SEVENTH_C_OTHER_CORPUS } from './fortySeventhOtherAnswersC';
import { FORTY_SEVENTH_A_STRONG_CORPUS } from './fortySeventhStrongAnswersA';
import { FORTY_SEVENTH_B_STRONG_CORPUS } from './fortySeventhStrongAnswersB';
import { FORTY_SEVENTH_C_STRONG_CORPUS } from './fortySeventhStrongAnswersC';

/**
 * The forty-seventh fresh held-out set (ba001–ba060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Ugandan English register in writing, an
 * online-learning PM, "we" throughout, parenthetical asides, one sentence per line with no full
 * stops, percentages as "pct", short numbered lists inside prose; a Nepali English register in
 * speech, a payroll PM, a podcast answer, a strong opinion first, each paragraph ending on a
 * one-line summary, numbers as ranges, contractions everywhere; a Cameroonian English register in
 * writing, a PM at a bank's mobile app, a one-page memo with numbered paragraphs, a colon before
 * every decision, a table described in prose, units written in full, conditions as "unless" (the
 * forty-eighth protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const FORTY_SEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FORTY_SEVENTH_A_STRONG_CORPUS,
  ...FORTY_SEVENTH_A_OTHER_CORPUS,
  ...FORTY_SEVENTH_B_STRONG_CORPUS,
  ...FORTY_SEVENTH_B_OTHER_CORPUS,
  ...FORTY_SEVENTH_C_STRONG_CORPUS,
  ...FORTY_SEVENTH_C_OTHER_CORPUS,
];
