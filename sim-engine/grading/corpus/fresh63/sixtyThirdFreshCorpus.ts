import type { LabelledAnswer } from '../corpusTypes';
import { SIXTY_THIRD_A_OTHER_CORPUS } from './sixtyThirdOtherAnswersA';
import { SIXTY_THIRD_B_OTHER_CORPUS } from './sixtyThirdOtherAnswersB';
import { SIXTY_THIRD_C_OTHER_CORPUS } from './sixtyThirdOtherAnswersC';
import { SIXTY_THIRD_A_STRONG_CORPUS } from './sixtyThirdStrongAnswersA';
import { SIXTY_THIRD_B_STRONG_CORPUS } from './sixtyThirdStrongAnswersB';
import { SIXTY_THIRD_C_STRONG_CORPUS } from './sixtyThirdStrongAnswersC';

/**
 * The sixty-third fresh held-out set (bq001–bq060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Grenadian English register in writing, a car-sharing phone-as-key
 * unlock PM, each section closing on the number that would make us stop, thresholds as "we stop
 * if …", cohorts by how long members have had the app and how often they book, a worry from the
 * insurance partner answered; a Geordie English register in speech, a smart-thermostat
 * schedule-learning model PM, stages named after football-league divisions, sign-offs as
 * "thumbs" in a named chat from two people, holds as "a full week, Monday to Monday", rollback as
 * pushing the previous model version from the fleet console, a mistake the speaker once made; a
 * Basotho English register in writing, a court-booking app PM for tennis and padel clubs, "We
 * will … / We will not …" pairs, thresholds against the old version's median day, cohorts by club
 * size and membership tier, the first question the candidate would ask the interviewer back (the
 * sixty-fourth protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const SIXTY_THIRD_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SIXTY_THIRD_A_STRONG_CORPUS,
  ...SIXTY_THIRD_A_OTHER_CORPUS,
  ...SIXTY_THIRD_B_STRONG_CORPUS,
  ...SIXTY_THIRD_B_OTHER_CORPUS,
  ...SIXTY_THIRD_C_STRONG_CORPUS,
  ...SIXTY_THIRD_C_OTHER_CORPUS,
];
