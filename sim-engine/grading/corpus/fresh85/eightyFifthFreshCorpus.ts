import type { LabelledAnswer } from '../corpusTypes';
import { EIGHTY_FIFTH_A_OTHER_CORPUS } from './eightyFifthOtherAnswersA';
import { EIGHTY_FIFTH_B_OTHER_CORPUS } from './eightyFifthOtherAnswersB';
import { EIGHTY_FIFTH_C_OTHER_CORPUS } from './eightyFifthOtherAnswersC';
import { EIGHTY_FIFTH_A_STRONG_CORPUS } from './eightyFifthStrongAnswersA';
import { EIGHTY_FIFTH_B_STRONG_CORPUS } from './eightyFifthStrongAnswersB';
import { EIGHTY_FIFTH_C_STRONG_CORPUS } from './eightyFifthStrongAnswersC';

/**
 * The eighty-fifth fresh held-out set (cm001–cm060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Wisconsin English register in speech ("ope", "you
 * betcha", "come here once"), a supper-club reservation PM whose language model answers questions
 * about the Friday fish fry, every answer an American-football coach's playbook with the plan told
 * in the play notes, stages named after the drive (the opening drive, the two-minute drill, the
 * goal line), sign-off as "the head chef and I both call the play in the huddle", holds as "a full
 * week of deer-hunting season" or a count of reservations, thresholds as "more than N worse than
 * now and we punt", cohorts by county and years reserving, rollback as "whoever's on call runs the
 * old version back onto the field, no need to call me", one play scratched out and redrawn; a
 * Norwegian English register in writing ("ja", "uff", "takk", "koselig"), a cross-country ski
 * rental PM whose language model recommends the day's ski wax, every answer an airport departures
 * board with the plan told in the remarks and notices, stages named after the ski trail (the first
 * kilometre, the waffle cabin, the finish line), sign-off as "the wax technician and I both stamp
 * the boarding pass", holds as "a full Easter week of rentals" or a count of rentals, thresholds
 * as "more than N worse than now and the departure is cancelled", cohorts by valley and winters
 * renting, rollback as "whoever is on call boards the old version again, no need to ring me", one
 * board with a gate change announced halfway; a South Texas Tejano English register in speech
 * ("mijo", "ándale", "órale"), a youth-rodeo entry registration PM whose language model answers
 * questions about livestock-show rules, every answer a newspaper horoscope column with the plan
 * told in the readings, stages named after the rodeo (the grand entry, the barrel race, the bull
 * ride), sign-off as "the arena director and I both tip our hats", holds as "a full county-fair
 * week" or a count of entries, thresholds as "more than N worse than now and we close the chute",
 * cohorts by county and years entering, rollback as "whoever has the on-call phone turns the old
 * version back loose, no need to call me", one column revised halfway when Mercury goes
 * retrograde (the eighty-sixth protocol). Held out entirely: graded once after the grader was
 * frozen, never tuned on (../README.md).
 */
export const EIGHTY_FIFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...EIGHTY_FIFTH_A_STRONG_CORPUS,
  ...EIGHTY_FIFTH_A_OTHER_CORPUS,
  ...EIGHTY_FIFTH_B_STRONG_CORPUS,
  ...EIGHTY_FIFTH_B_OTHER_CORPUS,
  ...EIGHTY_FIFTH_C_STRONG_CORPUS,
  ...EIGHTY_FIFTH_C_OTHER_CORPUS,
];
