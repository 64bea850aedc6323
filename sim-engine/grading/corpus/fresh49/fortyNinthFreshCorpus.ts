import type { LabelledAnswer } from '../corpusTypes';
import { FORTY_NINTH_A_OTHER_CORPUS } from './fortyNinthOtherAnswersA';
import { FORTY_NINTH_B_OTHER_CORPUS } from './fortyNinthOtherAnswersB';
import { FORTY_NINTH_C_OTHER_CORPUS } from './fortyNinthOtherAnswersC';
import { FORTY_NINTH_A_STRONG_CORPUS } from './fortyNinthStrongAnswersA';
import { FORTY_NINTH_B_STRONG_CORPUS } from './fortyNinthStrongAnswersB';
import { FORTY_NINTH_C_STRONG_CORPUS } from './fortyNinthStrongAnswersC';

/**
 * The forty-ninth fresh held-out set (bc001–bc060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Botswana English register in writing, an airline
 * booking app's PM, every paragraph two sentences, figures hedged with "about", the cohort order
 * told by cities and regions, a closing "what I need from you" list, an email signed with name and
 * title; a Canadian (Ontario) English register in speech, a food-delivery PM, a lightning talk
 * announcing its slides, a refrain line, three points previewed then detailed, instructions mixed
 * with "I" statements, abbreviations left unexplained; a Sierra Leonean English register in
 * writing, a tax-filing service's PM, remarks numbered like a code review, colleagues quoted and
 * agreed with, guard rails and tripwires, sentences opening on "Rule:", a one-line summary at the
 * end (the fiftieth protocol). Held out entirely: graded once after the grader was frozen, never
 * tuned on (../README.md).
 */
export const FORTY_NINTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FORTY_NINTH_A_STRONG_CORPUS,
  ...FORTY_NINTH_A_OTHER_CORPUS,
  ...FORTY_NINTH_B_STRONG_CORPUS,
  ...FORTY_NINTH_B_OTHER_CORPUS,
  ...FORTY_NINTH_C_STRONG_CORPUS,
  ...FORTY_NINTH_C_OTHER_CORPUS,
];
