import type { LabelledAnswer } from '../corpusTypes';
import { ELEVENTH_A_OTHER_CORPUS } from './eleventhOtherAnswersA';
import { ELEVENTH_B_OTHER_CORPUS } from './eleventhOtherAnswersB';
import { ELEVENTH_A_STRONG_CORPUS } from './eleventhStrongAnswersA';
import { ELEVENTH_B_STRONG_CORPUS } from './eleventhStrongAnswersB';

/**
 * The eleventh fresh held-out set (x001–x040), written by two authors who had read neither the
 * grader nor the other answers, nor each other's (README-a.md, README-b.md). Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const ELEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...ELEVENTH_A_STRONG_CORPUS,
  ...ELEVENTH_A_OTHER_CORPUS,
  ...ELEVENTH_B_STRONG_CORPUS,
  ...ELEVENTH_B_OTHER_CORPUS,
];
