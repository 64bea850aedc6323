import type { LabelledAnswer } from '../corpusTypes';
import { TWENTY_EIGHTH_A_OTHER_CORPUS } from './twentyEighthOtherAnswersA';
import { TWENTY_EIGHTH_B_OTHER_CORPUS } from './twentyEighthOtherAnswersB';
import { TWENTY_EIGHTH_C_OTHER_CORPUS } from './twentyEighthOtherAnswersC';
import { TWENTY_EIGHTH_A_STRONG_CORPUS } from './twentyEighthStrongAnswersA';
import { TWENTY_EIGHTH_B_STRONG_CORPUS } from './twentyEighthStrongAnswersB';
import { TWENTY_EIGHTH_C_STRONG_CORPUS } from './twentyEighthStrongAnswersC';

/**
 * The twenty-eighth fresh held-out set (ah001–ah060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: a post on an internal forum, "never" and "always" rules, a
 * voice note the night before, an imagined bad launch as a timeline, exit criteria as "done when
 * …", a reply on a code review, a decision table in prose, a nervous on-call plan, a stakeholder's
 * questions interleaved (the twenty-ninth protocol). Held out entirely: graded once after the
 * grader was frozen, never tuned on (../README.md).
 */
export const TWENTY_EIGHTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...TWENTY_EIGHTH_A_STRONG_CORPUS,
  ...TWENTY_EIGHTH_A_OTHER_CORPUS,
  ...TWENTY_EIGHTH_B_STRONG_CORPUS,
  ...TWENTY_EIGHTH_B_OTHER_CORPUS,
  ...TWENTY_EIGHTH_C_STRONG_CORPUS,
  ...TWENTY_EIGHTH_C_OTHER_CORPUS,
];
