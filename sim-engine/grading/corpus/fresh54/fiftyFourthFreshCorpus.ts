import type { LabelledAnswer } from '../corpusTypes';
import { FIFTY_FOURTH_A_OTHER_CORPUS } from './fiftyFourthOtherAnswersA';
import { FIFTY_FOURTH_B_OTHER_CORPUS } from './fiftyFourthOtherAnswersB';
import { FIFTY_FOURTH_C_OTHER_CORPUS } from './fiftyFourthOtherAnswersC';
import { FIFTY_FOURTH_A_STRONG_CORPUS } from './fiftyFourthStrongAnswersA';
import { FIFTY_FOURTH_B_STRONG_CORPUS } from './fiftyFourthStrongAnswersB';
import { FIFTY_FOURTH_C_STRONG_CORPUS } from './fiftyFourthStrongAnswersC';

/**
 * The fifty-fourth fresh held-out set (bh001–bh060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Kiribati English register in writing, a
 * pet-insurance claims PM, the answer as a short story told to a new hire, every threshold with the
 * reason for its size, stages named after the people in them, a paragraph admitting a disliked
 * trade-off; a Vanuatu English register in speech, a pharmacy refill PM, three failure stories the
 * plan would catch, roles named by team, durations in business days, a closing sentence on success
 * at 100 %; a Solomon Islands English register in writing, a school-timetable PM, the plan as
 * promises opening "We promise", thresholds as ranges of acceptable values, each stage with its
 * exit criteria after a dash, what the candidate would do if the on-call engineer disagreed (the
 * fifty-fifth protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const FIFTY_FOURTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FIFTY_FOURTH_A_STRONG_CORPUS,
  ...FIFTY_FOURTH_A_OTHER_CORPUS,
  ...FIFTY_FOURTH_B_STRONG_CORPUS,
  ...FIFTY_FOURTH_B_OTHER_CORPUS,
  ...FIFTY_FOURTH_C_STRONG_CORPUS,
  ...FIFTY_FOURTH_C_OTHER_CORPUS,
];
