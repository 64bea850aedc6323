import type { LabelledAnswer } from '../corpusTypes';
import { FORTY_FIFTH_A_OTHER_CORPUS } from './fortyFifthOtherAnswersA';
import { FORTY_FIFTH_B_OTHER_CORPUS } from './fortyFifthOtherAnswersB';
import { FORTY_FIFTH_C_OTHER_CORPUS } from './fortyFifthOtherAnswersC';
import { FORTY_FIFTH_A_STRONG_CORPUS } from './fortyFifthStrongAnswersA';
import { FORTY_FIFTH_B_STRONG_CORPUS } from './fortyFifthStrongAnswersB';
import { FORTY_FIFTH_C_STRONG_CORPUS } from './fortyFifthStrongAnswersC';

/**
 * The forty-fifth fresh held-out set (ay001–ay060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * The voices they were given: a Hong Kong English register in writing, a music-streaming PM, a
 * short speech to the release team, the passive voice throughout, assumptions first, a brief
 * answer then "More detail:" sections, every number in parentheses; an Australian English
 * register in speech, a telecom PM, a handover note, a long email asking a peer for review, one
 * bad night worked through, "I" and "we" mixed, "Decisions" and "Open questions" lists; a
 * Québécois English register in writing, an insurance-comparison PM, every sentence opening on
 * "We will", a customer's story woven through, a two-level numbered list, each decision with its
 * cost, a colleague's draft corrected line by line (the forty-sixth protocol). Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const FORTY_FIFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FORTY_FIFTH_A_STRONG_CORPUS,
  ...FORTY_FIFTH_A_OTHER_CORPUS,
  ...FORTY_FIFTH_B_STRONG_CORPUS,
  ...FORTY_FIFTH_B_OTHER_CORPUS,
  ...FORTY_FIFTH_C_STRONG_CORPUS,
  ...FORTY_FIFTH_C_OTHER_CORPUS,
];
