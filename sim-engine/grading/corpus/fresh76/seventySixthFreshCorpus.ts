import type { LabelledAnswer } from '../corpusTypes';
import { SEVENTY_SIXTH_A_OTHER_CORPUS } from './seventySixthOtherAnswersA';
import { SEVENTY_SIXTH_B_OTHER_CORPUS } from './seventySixthOtherAnswersB';
import { SEVENTY_SIXTH_C_OTHER_CORPUS } from './seventySixthOtherAnswersC';
import { SEVENTY_SIXTH_A_STRONG_CORPUS } from './seventySixthStrongAnswersA';
import { SEVENTY_SIXTH_B_STRONG_CORPUS } from './seventySixthStrongAnswersB';
import { SEVENTY_SIXTH_C_STRONG_CORPUS } from './seventySixthStrongAnswersC';

/**
 * The seventy-sixth fresh held-out set (cd001–cd060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Baltimore American English register in speech, a
 * crab-house table reservation app PM, stages named after the tables of a crab feast (the first
 * table, the long table, the whole deck), each sign-off as two named people who "both stamp the
 * order pad" before the next stage, holds as "a full weekend of Orioles home games" or a count of
 * reservations, thresholds as "if it's more than N worse than today, hon, it comes off", cohorts
 * by neighbourhood and by summers booked, rollback as "putting Tuesday's build back" by whoever's
 * got the pager, a story about a summer storm; an Ethiopian English register in writing, a
 * coffee-export price-forecasting model PM, answers as a short RFC with numbered sections
 * (problem, proposal, alternatives considered and rejected), stages named after the steps of
 * coffee processing (the drying beds, the hulling, the cupping), holds as "two full trading days
 * on the exchange" or a count of forecasts, sign-off as "the export manager and I co-sign the
 * release minute", thresholds as "a deviation above N from the current baseline triggers
 * reversal", cohorts by region and by exporter size, rollback as "the on-duty engineer restores
 * the previous model"; an Essex English register in speech, a nail-salon booking chatbot
 * (language model) PM, stages named after the salon (the front chair, the middle chairs, the whole
 * salon), each sign-off as two named roles who both say "go on then", holds as "a full Saturday
 * rush" or a count of appointments, thresholds as "if it's more than N worse than now, it's off",
 * rollback as "whoever's on call sticks the old version back", each answer opening with what went
 * wrong at a friend's salon last year (the seventy-seventh protocol). Held out entirely: graded
 * once after the grader was frozen, never tuned on (../README.md).
 */
export const SEVENTY_SIXTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SEVENTY_SIXTH_A_STRONG_CORPUS,
  ...SEVENTY_SIXTH_A_OTHER_CORPUS,
  ...SEVENTY_SIXTH_B_STRONG_CORPUS,
  ...SEVENTY_SIXTH_B_OTHER_CORPUS,
  ...SEVENTY_SIXTH_C_STRONG_CORPUS,
  ...SEVENTY_SIXTH_C_OTHER_CORPUS,
];
