import type { LabelledAnswer } from '../corpusTypes';
import { EIGHTY_FIRST_A_OTHER_CORPUS } from './eightyFirstOtherAnswersA';
import { EIGHTY_FIRST_B_OTHER_CORPUS } from './eightyFirstOtherAnswersB';
import { EIGHTY_FIRST_C_OTHER_CORPUS } from './eightyFirstOtherAnswersC';
import { EIGHTY_FIRST_A_STRONG_CORPUS } from './eightyFirstStrongAnswersA';
import { EIGHTY_FIRST_B_STRONG_CORPUS } from './eightyFirstStrongAnswersB';
import { EIGHTY_FIRST_C_STRONG_CORPUS } from './eightyFirstStrongAnswersC';

/**
 * The eighty-first fresh held-out set (ci001–ci060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Kentucky English register in speech ("y'all", "fixin' to", "might
 * could"), a farm-equipment parts ordering app PM whose language model answers mechanics'
 * questions, answers spoken as live horse-race commentary calling the release as it runs, stages
 * named after the race (the starting gate, the backstretch, the home stretch), sign-off as "the
 * trainer and I both nod", holds as "a full Derby week of orders" or a count, thresholds as "more
 * than N worse than now and we pull up", cohorts by county and seasons ordered, rollback as
 * "whoever's on call puts the old version back on the track, no need to holler for me", one a
 * voicemail left for a colleague; a Lebanese English register in writing ("yalla", "khalas",
 * French touches), a wedding-hall booking app PM whose language model drafts seating plans, every
 * answer a museum audio guide with numbered stops, stages named after a wedding (the engagement,
 * the henna night, the zaffe), sign-off as "the hall manager and I both put our stamp on it",
 * holds as "a full summer weekend of weddings" or a count of bookings, thresholds as "more than N
 * worse than today, khalas, it stops", rollback as "whoever is on call brings back the old version,
 * no need to wait for me", one a field-guide entry describing the release as a bird; a Cape Breton
 * (Nova Scotia) English register in speech ("some good", "b'y"), a yarn-shop online ordering app
 * PM whose language model suggests knitting patterns, every answer a knitting pattern with rows
 * and pattern abbreviations, stages named after the garment (the cast-on, the body, the sleeves),
 * sign-off as "the shop owner and I both check the tension", holds as "a full week of the fall
 * festival" or a count of orders, thresholds as "if it's more than N worse than now, we rip it
 * back", rollback as "whoever's on call rips back to the old version, no need to phone me", one a
 * story told at a kitchen party (the eighty-second protocol). Held out entirely: graded once after
 * the grader was frozen, never tuned on (../README.md).
 */
export const EIGHTY_FIRST_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...EIGHTY_FIRST_A_STRONG_CORPUS,
  ...EIGHTY_FIRST_A_OTHER_CORPUS,
  ...EIGHTY_FIRST_B_STRONG_CORPUS,
  ...EIGHTY_FIRST_B_OTHER_CORPUS,
  ...EIGHTY_FIRST_C_STRONG_CORPUS,
  ...EIGHTY_FIRST_C_OTHER_CORPUS,
];
