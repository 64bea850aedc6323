import type { LabelledAnswer } from '../corpusTypes';
import { THIRTY_FIFTH_A_OTHER_CORPUS } from './thirtyFifthOtherAnswersA';
import { THIRTY_FIFTH_B_OTHER_CORPUS } from './thirtyFifthOtherAnswersB';
import { THIRTY_FIFTH_C_OTHER_CORPUS } from './thirtyFifthOtherAnswersC';
import { THIRTY_FIFTH_A_STRONG_CORPUS } from './thirtyFifthStrongAnswersA';
import { THIRTY_FIFTH_B_STRONG_CORPUS } from './thirtyFifthStrongAnswersB';
import { THIRTY_FIFTH_C_STRONG_CORPUS } from './thirtyFifthStrongAnswersC';

/**
 * The thirty-fifth fresh held-out set (ao001–ao060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: an Irish English register in speech, a decision log with
 * dates, a tickable checklist, small inline tables, terse fragments, three conversations, a South
 * African English register, a memo with a TL;DR, a text thread to the on-call engineer, a
 * public-sector PM, British understatement, user stories, a Singaporean English register, OKRs, a
 * healthcare startup, day 0 to day 7, objections answered, an imperative checklist (the
 * thirty-sixth protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const THIRTY_FIFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...THIRTY_FIFTH_A_STRONG_CORPUS,
  ...THIRTY_FIFTH_A_OTHER_CORPUS,
  ...THIRTY_FIFTH_B_STRONG_CORPUS,
  ...THIRTY_FIFTH_B_OTHER_CORPUS,
  ...THIRTY_FIFTH_C_STRONG_CORPUS,
  ...THIRTY_FIFTH_C_OTHER_CORPUS,
];
