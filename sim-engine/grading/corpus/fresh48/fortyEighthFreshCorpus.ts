import type { LabelledAnswer } from '../corpusTypes';
import { FORTY_EIGHTH_A_OTHER_CORPUS } from './fortyEighthOtherAnswersA';
import { FORTY_EIGHTH_B_OTHER_CORPUS } from './fortyEighthOtherAnswersB';
import { FORTY_EIGHTH_C_OTHER_CORPUS } from './fortyEighthOtherAnswersC';
import { FORTY_EIGHTH_A_STRONG_CORPUS } from './fortyEighthStrongAnswersA';
import { FORTY_EIGHTH_B_STRONG_CORPUS } from './fortyEighthStrongAnswersB';
import { FORTY_EIGHTH_C_STRONG_CORPUS } from './fortyEighthStrongAnswersC';

/**
 * The forty-eighth fresh held-out set (bb001–bb060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Zambian English register in writing, a mortgage
 * lender's PM, each paragraph opening on its reason, metric names in backticks, a note to the
 * support team, abbreviations spelled out, shares as "x out of y"; a Maltese English register in
 * speech, a ticketing PM, a two-minute stand-up answer with fillers, three non-negotiables first,
 * each stage named after what it proves, times in the 24-hour clock, an aside on what would change
 * the plan; a Fijian English register in writing, a telehealth PM, a glossary at the end, a
 * decision tree told in words, digits and spelled-out numbers mixed, a checklist in prose of
 * "Make sure" items, active and passive sentences alternating (the forty-ninth protocol). Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const FORTY_EIGHTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FORTY_EIGHTH_A_STRONG_CORPUS,
  ...FORTY_EIGHTH_A_OTHER_CORPUS,
  ...FORTY_EIGHTH_B_STRONG_CORPUS,
  ...FORTY_EIGHTH_B_OTHER_CORPUS,
  ...FORTY_EIGHTH_C_STRONG_CORPUS,
  ...FORTY_EIGHTH_C_OTHER_CORPUS,
];
