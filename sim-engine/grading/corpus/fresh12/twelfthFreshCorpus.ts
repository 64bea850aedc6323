import type { LabelledAnswer } from '../corpusTypes';
import { TWELFTH_A_OTHER_CORPUS } from './twelfthOtherAnswersA';
import { TWELFTH_B_OTHER_CORPUS } from './twelfthOtherAnswersB';
import { TWELFTH_A_STRONG_CORPUS } from './twelfthStrongAnswersA';
import { TWELFTH_B_STRONG_CORPUS } from './twelfthStrongAnswersB';

/**
 * The twelfth fresh held-out set (y001–y040), written by two authors who had read neither the
 * grader nor the other answers, nor each other's (README-a.md, README-b.md). Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const TWELFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...TWELFTH_A_STRONG_CORPUS,
  ...TWELFTH_A_OTHER_CORPUS,
  ...TWELFTH_B_STRONG_CORPUS,
  ...TWELFTH_B_OTHER_CORPUS,
];
