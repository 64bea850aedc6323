import type { LabelledAnswer } from '../corpusTypes';
import { EIGHTY_SEVENTH_A_OTHER_CORPUS } from './eightySeventhOtherAnswersA';
import { EIGHTY_SEVENTH_B_OTHER_CORPUS } from './eightySeventhOtherAnswersB';
import { EIGHTY_SEVENTH_C_OTHER_CORPUS } from './eightySeventhOtherAnswersC';
import { EIGHTY_SEVENTH_A_STRONG_CORPUS } from './eightySeventhStrongAnswersA';
import { EIGHTY_SEVENTH_B_STRONG_CORPUS } from './eightySeventhStrongAnswersB';
import { EIGHTY_SEVENTH_C_STRONG_CORPUS } from './eightySeventhStrongAnswersC';

/**
 * The eighty-seventh fresh held-out set (co001–co060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: an East Tennessee English register in speech ("a right
 * smart", "airish", "might near"), a fiddle-and-banjo lesson booking PM whose language model
 * answers students' questions about tunings, every answer a game-show script with the plan told in
 * the contestants' answers, stages named after the rounds (the first round, the lightning round,
 * the final question), sign-off as "the head teacher and I both hold up our scorecards", holds as
 * "a full week of the fiddlers' convention" or a count of lessons, thresholds as "more than N
 * worse than now and the game's over", cohorts by county and years taking lessons, rollback as
 * "whoever's on call puts the old version back in the game, no need to call me", one question
 * thrown out and asked again; a Seattle English register in writing ("spendy", "sunbreak"), a
 * coffee-roaster subscription PM whose language model recommends brew settings, every answer a
 * ship's log with the plan told in its watch-by-watch entries, stages named after the voyage
 * (casting off, mid-Sound, docking), sign-off as "the roastmaster and I both sign the log", holds
 * as "a full week of Seafair" or a count of subscriptions, thresholds as "more than N worse than
 * now and we turn back to port", cohorts by neighbourhood and years subscribed, rollback as
 * "whoever has the night watch brings the old version back aboard, no need to wake me", one entry
 * struck through and written again; a Northern California English register in speech ("hella",
 * "the city"), a food-truck park ordering PM whose language model answers allergen questions,
 * every answer a theatre programme with the plan told in the director's notes, stages named after
 * the show (curtain up, the interval, the final bow), sign-off as "the stage manager and I both
 * take a bow", holds as "a full week of the street-food festival" or a count of orders,
 * thresholds as "more than N worse than now and the curtain comes down", cohorts by neighbourhood
 * and years ordering, rollback as "whoever's on call brings the old version back for an encore,
 * no need to call me", one programme with an insert slip announcing a cast change (the
 * eighty-eighth protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const EIGHTY_SEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...EIGHTY_SEVENTH_A_STRONG_CORPUS,
  ...EIGHTY_SEVENTH_A_OTHER_CORPUS,
  ...EIGHTY_SEVENTH_B_STRONG_CORPUS,
  ...EIGHTY_SEVENTH_B_OTHER_CORPUS,
  ...EIGHTY_SEVENTH_C_STRONG_CORPUS,
  ...EIGHTY_SEVENTH_C_OTHER_CORPUS,
];
