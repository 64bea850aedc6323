import type { LabelledAnswer } from '../corpusTypes';
import { SIXTIETH_A_OTHER_CORPUS } from './sixtiethOtherAnswersA';
import { SIXTIETH_B_OTHER_CORPUS } from './sixtiethOtherAnswersB';
import { SIXTIETH_C_OTHER_CORPUS } from './sixtiethOtherAnswersC';
import { SIXTIETH_A_STRONG_CORPUS } from './sixtiethStrongAnswersA';
import { SIXTIETH_B_STRONG_CORPUS } from './sixtiethStrongAnswersB';
import { SIXTIETH_C_STRONG_CORPUS } from './sixtiethStrongAnswersC';

/**
 * The sixtieth fresh held-out set (bn001–bn060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Tristan da Cunha English register in writing, a home-insurance quote
 * engine PM, each decision on a line with a "because" line under it, thresholds as "a ceiling of"
 * or "a floor of", cohorts by app version, a cheaper plan rejected; a Bermudian English register
 * in speech, a language-learning chatbot PM, paragraphs ending on a question the next answers,
 * stages as a share and a headcount, sign-offs by initials, what to tell the CEO; a Caymanian
 * English register in writing, a parking-payment PM, the section titles of a release document,
 * holds as counts of business cycles, cohorts by how users signed up, the first thing to check on
 * day one (the sixty-first protocol). Held out entirely: graded once after the grader was frozen,
 * never tuned on (../README.md).
 */
export const SIXTIETH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SIXTIETH_A_STRONG_CORPUS,
  ...SIXTIETH_A_OTHER_CORPUS,
  ...SIXTIETH_B_STRONG_CORPUS,
  ...SIXTIETH_B_OTHER_CORPUS,
  ...SIXTIETH_C_STRONG_CORPUS,
  ...SIXTIETH_C_OTHER_CORPUS,
];
