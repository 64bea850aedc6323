import type { LabelledAnswer } from '../corpusTypes';
import { NINETY_THIRD_A_OTHER_CORPUS } from './ninetyThirdOtherAnswersA';
import { NINETY_THIRD_B_OTHER_CORPUS } from './ninetyThirdOtherAnswersB';
import { NINETY_THIRD_C_OTHER_CORPUS } from './ninetyThirdOtherAnswersC';
import { NINETY_THIRD_A_STRONG_CORPUS } from './ninetyThirdStrongAnswersA';
import { NINETY_THIRD_B_STRONG_CORPUS } from './ninetyThirdStrongAnswersB';
import { NINETY_THIRD_C_STRONG_CORPUS } from './ninetyThirdStrongAnswersC';

/**
 * The ninety-third fresh held-out set (cu001–cu060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Japanese English register in writing ("-san", "sumimasen"), a
 * piano-tuning appointment booking PM whose language model answers customers' questions about
 * tuning, every answer a telegram in capitals with each sentence ending in STOP, stages named after
 * the piece (the overture, the adagio, the finale), sign-off as "the head tuner and I both strike
 * the tuning fork", holds as "a full Golden Week" or a count of appointments, thresholds as "more
 * than N worse than now and we close the lid", cohorts by ward and years booked, rollback as
 * "whoever's on call plays the old version back in, no need to call me", one line marked
 * CORRECTION; a Vietnamese (Saigon) English register in speech ("anh", "chị", "dạ", "nhé"), a
 * dog-grooming salon booking PM whose language model answers owners' questions about coat care,
 * every answer a tide table read aloud with the plan in each row's note, stages named after the
 * groom (the bath, the trim, the blow-dry), sign-off as "the head groomer and I both ring the bell
 * on the counter", holds as "a full week of Tết" or a count of grooms, thresholds as "more than N
 * worse than now and we put the clippers down", cohorts by district and years as a customer,
 * rollback as "whoever's on call brings the old version back to the table, no need to call me",
 * one row cancelled and replaced; a Filipino (Manila) English register in writing ("po", "naman",
 * "sige"), a vineyard tasting-room booking PM whose language model suggests wine pairings, every
 * answer a page of sheet music with numbered bars and tempo markings, stages named after the
 * harvest (the first pick, the crush, the bottling), sign-off as "the head winemaker and I both
 * raise our glasses", holds as "a full Holy Week" or a count of tastings, thresholds as "more than
 * N worse than now and we cork the bottle", cohorts by city and years in the wine club, rollback
 * as "whoever's on call pours the old version back, no need to call me", one passage marked da
 * capo and played again amended (the ninety-fourth protocol). The third author reports that a
 * Filipino register and a winery tasting room had each been given to an earlier author (the lead's
 * check of earlier voices missed both); the format, the product and the other voices are new.
 * Held out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const NINETY_THIRD_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...NINETY_THIRD_A_STRONG_CORPUS,
  ...NINETY_THIRD_A_OTHER_CORPUS,
  ...NINETY_THIRD_B_STRONG_CORPUS,
  ...NINETY_THIRD_B_OTHER_CORPUS,
  ...NINETY_THIRD_C_STRONG_CORPUS,
  ...NINETY_THIRD_C_OTHER_CORPUS,
];
