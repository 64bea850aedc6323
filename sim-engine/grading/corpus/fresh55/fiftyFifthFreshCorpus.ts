import type { LabelledAnswer } from '../corpusTypes';
import { FIFTY_FIFTH_A_OTHER_CORPUS } from './fiftyFifthOtherAnswersA';
import { FIFTY_FIFTH_B_OTHER_CORPUS } from './fiftyFifthOtherAnswersB';
import { FIFTY_FIFTH_C_OTHER_CORPUS } from './fiftyFifthOtherAnswersC';
import { FIFTY_FIFTH_A_STRONG_CORPUS } from './fiftyFifthStrongAnswersA';
import { FIFTY_FIFTH_B_STRONG_CORPUS } from './fiftyFifthStrongAnswersB';
import { FIFTY_FIFTH_C_STRONG_CORPUS } from './fiftyFifthStrongAnswersC';

/**
 * The fifty-fifth fresh held-out set (bi001–bi060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Tongan English register in writing, a home-energy
 * meter PM, a weaker candidate's mistakes each followed by what to do instead, durations in
 * minutes or hours only, stages by how many real users they reach, the one metric watched most
 * closely; a Nauruan English register in speech, a ferry-ticketing PM, a conversation with the
 * engineering lead in reported speech, thresholds as absolute values, each decision closed with
 * who is told, a rollout that went well; a Palauan English register in writing, a recipe-video
 * PM, numbered commitments with a rationale under each, cohorts by device or platform, the
 * rollback step by step as on-call would do it, what would stop the rollout inside every limit
 * (the fifty-sixth protocol). Held out entirely: graded once after the grader was frozen, never
 * tuned on (../README.md).
 */
export const FIFTY_FIFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FIFTY_FIFTH_A_STRONG_CORPUS,
  ...FIFTY_FIFTH_A_OTHER_CORPUS,
  ...FIFTY_FIFTH_B_STRONG_CORPUS,
  ...FIFTY_FIFTH_B_OTHER_CORPUS,
  ...FIFTY_FIFTH_C_STRONG_CORPUS,
  ...FIFTY_FIFTH_C_OTHER_CORPUS,
];
