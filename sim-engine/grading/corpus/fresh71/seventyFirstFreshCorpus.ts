import type { LabelledAnswer } from '../corpusTypes';
import { SEVENTY_FIRST_A_OTHER_CORPUS } from './seventyFirstOtherAnswersA';
import { SEVENTY_FIRST_B_OTHER_CORPUS } from './seventyFirstOtherAnswersB';
import { SEVENTY_FIRST_C_OTHER_CORPUS } from './seventyFirstOtherAnswersC';
import { SEVENTY_FIRST_A_STRONG_CORPUS } from './seventyFirstStrongAnswersA';
import { SEVENTY_FIRST_B_STRONG_CORPUS } from './seventyFirstStrongAnswersB';
import { SEVENTY_FIRST_C_STRONG_CORPUS } from './seventyFirstStrongAnswersC';

/**
 * The seventy-first fresh held-out set (by001–by060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Northumbrian English register in speech, a golf tee-time booking app
 * PM, stages named after points on a round (the first tee, the turn, the eighteenth green), each
 * sign-off as two named people who both "give it the green flag" before the next stage, holds as "a
 * full round of Sunday fourballs" or a count of tee-times, thresholds as "owt more than N over par"
 * against what we see now, cohorts by club and by handicap, rollback as "putting last week's build
 * back" by whoever is on call, a story about a club championship weekend; a Somerset (West Country)
 * English register in writing, a fruit-ripeness image-classifier model PM for a cider-apple buyer,
 * the answer as a letter to the team, stages called "pressings", holds as "a full harvest week" or
 * a count of deliveries, sign-off as "the orchard manager and I both put our initials in the
 * ledger", thresholds as a bulleted list of "tripwires", cohorts by farm and by contract size,
 * rollback as "the on-call swaps back to last season's model"; a Lincolnshire English register in
 * speech, a farm-shop recipe-suggestion chatbot (language model) PM, stages named after the parts
 * of a market town (the back lane, the square, the high street), sign-off as two named roles who
 * both say "right, crack on", holds as "a full pea-vining week" or a count of Friday fish-van
 * rounds, thresholds as "owt past N on the board", rollback as "flicking back to the old model" by
 * the duty developer, answers that open with a one-line summary and then run on, a story about a
 * flood (the seventy-second protocol). Held out entirely: graded once after the grader was frozen,
 * never tuned on (../README.md).
 */
export const SEVENTY_FIRST_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SEVENTY_FIRST_A_STRONG_CORPUS,
  ...SEVENTY_FIRST_A_OTHER_CORPUS,
  ...SEVENTY_FIRST_B_STRONG_CORPUS,
  ...SEVENTY_FIRST_B_OTHER_CORPUS,
  ...SEVENTY_FIRST_C_STRONG_CORPUS,
  ...SEVENTY_FIRST_C_OTHER_CORPUS,
];
