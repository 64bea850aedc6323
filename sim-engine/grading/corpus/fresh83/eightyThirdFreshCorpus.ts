import type { LabelledAnswer } from '../corpusTypes';
import { EIGHTY_THIRD_A_OTHER_CORPUS } from './eightyThirdOtherAnswersA';
import { EIGHTY_THIRD_B_OTHER_CORPUS } from './eightyThirdOtherAnswersB';
import { EIGHTY_THIRD_C_OTHER_CORPUS } from './eightyThirdOtherAnswersC';
import { EIGHTY_THIRD_A_STRONG_CORPUS } from './eightyThirdStrongAnswersA';
import { EIGHTY_THIRD_B_STRONG_CORPUS } from './eightyThirdStrongAnswersB';
import { EIGHTY_THIRD_C_STRONG_CORPUS } from './eightyThirdStrongAnswersC';

/**
 * The eighty-third fresh held-out set (ck001–ck060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: an Icelandic English register in writing ("jæja", "takk", "this will all
 * work out"), a geothermal lagoon booking PM whose language model answers visitors' questions,
 * every answer an annotated chess game with the plan told in the annotations, stages named after
 * the game (the opening, the middlegame, the endgame), sign-off as "the lagoon manager and I both
 * shake hands over the board", holds as "a full week of northern-lights tours" or a count,
 * thresholds as "more than N worse than now and we resign the game", cohorts by region and winters
 * booked, rollback as "whoever is on call takes the move back and restores the old version, no
 * need to wake me", one a post-game analysis; an Ozark English register in speech ("I'll swan",
 * "over yonder", "purt near"), a float-trip canoe rental PM whose language model estimates river
 * levels, every answer a church bulletin with notices, stages named after the river (the put-in,
 * the gravel bar, the take-out), sign-off as "the river boss and I both sign the float log",
 * holds as "a full Fourth of July weekend of floats" or a count of rentals, thresholds as "if it's
 * more than N worse than now, we pull the canoes out", cohorts by county and summers floated,
 * rollback as "whoever has the duty phone sets the old version back in the water, no call to me
 * needed", one bulletin with a correction the following week; a Puerto Rican English register in
 * speech ("wepa", "ay bendito", "mano"), a baseball-ticket resale PM whose language model flags
 * fake listings, every answer a screenplay scene with stage directions and dialogue, stages named
 * after the innings (the first inning, the seventh-inning stretch, the ninth), sign-off as "the
 * ops lead and I both give the sign from the dugout", holds as "a full homestand" or a count of
 * tickets, thresholds as "more than N worse than now and we pull the pitcher", cohorts by town and
 * seasons buying, rollback as "whoever is on call brings in the old version from the bullpen, no
 * need to call me", one scene cut and reshot halfway (the eighty-fourth protocol). Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const EIGHTY_THIRD_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...EIGHTY_THIRD_A_STRONG_CORPUS,
  ...EIGHTY_THIRD_A_OTHER_CORPUS,
  ...EIGHTY_THIRD_B_STRONG_CORPUS,
  ...EIGHTY_THIRD_B_OTHER_CORPUS,
  ...EIGHTY_THIRD_C_STRONG_CORPUS,
  ...EIGHTY_THIRD_C_OTHER_CORPUS,
];
