import type { LabelledAnswer } from '../corpusTypes';
import { FIFTY_SECOND_A_OTHER_CORPUS } from './fiftySecondOtherAnswersA';
import { FIFTY_SECOND_B_OTHER_CORPUS } from './fiftySecondOtherAnswersB';
import { FIFTY_SECOND_C_OTHER_CORPUS } from './fiftySecondOtherAnswersC';
import { FIFTY_SECOND_A_STRONG_CORPUS } from './fiftySecondStrongAnswersA';
import { FIFTY_SECOND_B_STRONG_CORPUS } from './fiftySecondStrongAnswersB';
import { FIFTY_SECOND_C_STRONG_CORPUS } from './fiftySecondStrongAnswersC';

/**
 * The fifty-second fresh held-out set (bf001–bf060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Mauritian English register in writing, a
 * parking-payment PM, the answer framed as three bets, "because" in every paragraph, numbers
 * given with their comparison point first, a paragraph on what the candidate is unsure of, a
 * closing "In short"; a Belizean English register in speech, a photo-printing PM, an answer
 * sketched on a napkin, stages introduced with "Once that's clean,", a colleague's objection
 * answered mid-answer, roles as job titles in capitals, what the candidate would cut if time ran
 * out; a Papua New Guinean English register in writing, a bike-share PM, questions the team must
 * answer yes to before each stage, durations as weekdays and nights, paragraphs of exactly three
 * sentences, semicolons between related decisions, an invitation to push back (the fifty-third
 * protocol). Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const FIFTY_SECOND_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FIFTY_SECOND_A_STRONG_CORPUS,
  ...FIFTY_SECOND_A_OTHER_CORPUS,
  ...FIFTY_SECOND_B_STRONG_CORPUS,
  ...FIFTY_SECOND_B_OTHER_CORPUS,
  ...FIFTY_SECOND_C_STRONG_CORPUS,
  ...FIFTY_SECOND_C_OTHER_CORPUS,
];
