import type { LabelledAnswer } from '../corpusTypes';
import { FIFTY_THIRD_A_OTHER_CORPUS } from './fiftyThirdOtherAnswersA';
import { FIFTY_THIRD_B_OTHER_CORPUS } from './fiftyThirdOtherAnswersB';
import { FIFTY_THIRD_C_OTHER_CORPUS } from './fiftyThirdOtherAnswersC';
import { FIFTY_THIRD_A_STRONG_CORPUS } from './fiftyThirdStrongAnswersA';
import { FIFTY_THIRD_B_STRONG_CORPUS } from './fiftyThirdStrongAnswersB';
import { FIFTY_THIRD_C_STRONG_CORPUS } from './fiftyThirdStrongAnswersC';

/**
 * The fifty-third fresh held-out set (bg001–bg060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Seychellois English register in writing, a
 * grocery-delivery PM, the answer as promises made to the support lead, durations in hours only,
 * thresholds as "no worse than" the control, sentences opening on the metric's name; a Namibian
 * English register in speech, a language-learning PM, the answer given to a sceptical finance
 * director, each decision marked fixed or flexible, thresholds as multiples of the baseline, what
 * the candidate would ask engineering first; a Samoan English register in writing, a telehealth
 * booking PM, the plan told as one request's journey through the canary, thresholds as budgets to
 * spend, a baseline week measured first, paragraphs opening on a one-word verdict (the
 * fifty-fourth protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const FIFTY_THIRD_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FIFTY_THIRD_A_STRONG_CORPUS,
  ...FIFTY_THIRD_A_OTHER_CORPUS,
  ...FIFTY_THIRD_B_STRONG_CORPUS,
  ...FIFTY_THIRD_B_OTHER_CORPUS,
  ...FIFTY_THIRD_C_STRONG_CORPUS,
  ...FIFTY_THIRD_C_OTHER_CORPUS,
];
