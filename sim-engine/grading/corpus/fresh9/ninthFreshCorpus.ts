import type { LabelledAnswer } from '../corpusTypes';
import { NINTH_A_OTHER_CORPUS } from './ninthOtherAnswersA';
import { NINTH_B_OTHER_CORPUS } from './ninthOtherAnswersB';
import { NINTH_A_STRONG_CORPUS } from './ninthStrongAnswersA';
import { NINTH_B_STRONG_CORPUS } from './ninthStrongAnswersB';

/**
 * The ninth fresh held-out set (r001–r040), written by two authors who had read neither the
 * grader nor the other answers, nor each other's (README-a.md, README-b.md). Held out entirely:
 * graded once after the grader was frozen (24e9f4b), never tuned on (../README.md).
 */
export const NINTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...NINTH_A_STRONG_CORPUS,
  ...NINTH_A_OTHER_CORPUS,
  ...NINTH_B_STRONG_CORPUS,
  ...NINTH_B_OTHER_CORPUS,
];
