import type { LabelledAnswer } from '../corpusTypes';
import { THIRTY_NINTH_A_OTHER_CORPUS } from './thirtyNinthOtherAnswersA';
import { THIRTY_NINTH_B_OTHER_CORPUS } from './thirtyNinthOtherAnswersB';
import { THIRTY_NINTH_C_OTHER_CORPUS } from './thirtyNinthOtherAnswersC';
import { THIRTY_NINTH_A_STRONG_CORPUS } from './thirtyNinthStrongAnswersA';
import { THIRTY_NINTH_B_STRONG_CORPUS } from './thirtyNinthStrongAnswersB';
import { THIRTY_NINTH_C_STRONG_CORPUS } from './thirtyNinthStrongAnswersC';

/**
 * The thirty-ninth fresh held-out set (as001–as060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: an Indian English register in writing, a Confluence page with
 * open questions, a food-delivery PM, risks mapped to guards, a status update with emoji, numbers
 * first, nested bullets, a Ghanaian English register in speech, a decision log, a B2B analytics
 * PM, paragraphs opening on verbs, one imagined customer's journey, a terse candidate, numbered
 * rules, a New Zealand English register in speech, a one-page brief, a health-records PM, a table
 * of thresholds with colons, who / what / when / how, a closing summary, "we" for the team and
 * "I" for the PM (the fortieth protocol). Held out entirely: graded once after the grader was
 * frozen, never tuned on (../README.md).
 */
export const THIRTY_NINTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...THIRTY_NINTH_A_STRONG_CORPUS,
  ...THIRTY_NINTH_A_OTHER_CORPUS,
  ...THIRTY_NINTH_B_STRONG_CORPUS,
  ...THIRTY_NINTH_B_OTHER_CORPUS,
  ...THIRTY_NINTH_C_STRONG_CORPUS,
  ...THIRTY_NINTH_C_OTHER_CORPUS,
];
