import type { LabelledAnswer } from '../corpusTypes';
import { SIXTY_SECOND_A_OTHER_CORPUS } from './sixtySecondOtherAnswersA';
import { SIXTY_SECOND_B_OTHER_CORPUS } from './sixtySecondOtherAnswersB';
import { SIXTY_SECOND_C_OTHER_CORPUS } from './sixtySecondOtherAnswersC';
import { SIXTY_SECOND_A_STRONG_CORPUS } from './sixtySecondStrongAnswersA';
import { SIXTY_SECOND_B_STRONG_CORPUS } from './sixtySecondStrongAnswersB';
import { SIXTY_SECOND_C_STRONG_CORPUS } from './sixtySecondStrongAnswersC';

/**
 * The sixty-second fresh held-out set (bp001–bp060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Vincentian English register in writing, a rooftop-solar quote and
 * financing PM, the first stage told as a walk through its first day hour by hour, thresholds as
 * "the canary may cost us at most …", cohorts by route and island, a colleague's objection
 * answered in the middle; a Yorkshire English register in speech, a contract-clause summariser PM
 * at a law firm, stages named after the colours of a traffic light, sign-offs as "nods" from two
 * named roles, a near miss from a previous job, holds as "not a minute before", rollback as what
 * the on-call person types; a Kittitian English register in writing, a hospital shift-scheduling
 * PM, "Decision — Choice — Why" lines, thresholds against the same weekday last week, cohorts by
 * ward with the emergency department last, one assumption to check with engineering first (the
 * sixty-third protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const SIXTY_SECOND_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SIXTY_SECOND_A_STRONG_CORPUS,
  ...SIXTY_SECOND_A_OTHER_CORPUS,
  ...SIXTY_SECOND_B_STRONG_CORPUS,
  ...SIXTY_SECOND_B_OTHER_CORPUS,
  ...SIXTY_SECOND_C_STRONG_CORPUS,
  ...SIXTY_SECOND_C_OTHER_CORPUS,
];
