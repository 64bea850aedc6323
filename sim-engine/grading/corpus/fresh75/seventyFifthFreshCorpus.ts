import type { LabelledAnswer } from '../corpusTypes';
import { SEVENTY_FIFTH_A_OTHER_CORPUS } from './seventyFifthOtherAnswersA';
import { SEVENTY_FIFTH_B_OTHER_CORPUS } from './seventyFifthOtherAnswersB';
import { SEVENTY_FIFTH_C_OTHER_CORPUS } from './seventyFifthOtherAnswersC';
import { SEVENTY_FIFTH_A_STRONG_CORPUS } from './seventyFifthStrongAnswersA';
import { SEVENTY_FIFTH_B_STRONG_CORPUS } from './seventyFifthStrongAnswersB';
import { SEVENTY_FIFTH_C_STRONG_CORPUS } from './seventyFifthStrongAnswersC';

/**
 * The seventy-fifth fresh held-out set (cc001–cc060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Minnesota (Upper Midwest) American English register
 * in speech, an ice-fishing house rental booking app PM, stages named after the thickness of the
 * lake ice (the four-inch ice, the eight-inch ice, the twelve-inch ice), each sign-off as two named
 * people who "both sign the bait-shop ledger" before the next stage, holds as "a full weekend of
 * Saturday rentals" or a count of rentals, thresholds as "if it's N worse than what we see now,
 * we're done", cohorts by lake and by how many winters someone has rented, rollback as "putting
 * last Monday's version back" by whoever's on call, a story about a blizzard; a Texan American
 * English register in writing, an oil-field pump failure-prediction model PM, answers written as
 * "Doing:" and "Not doing:" lines, stages named after a cattle pen's gates (the first gate, the
 * chute, the big pen), holds as "two full crew rotations" or a count of pump readings, sign-off as
 * "the field superintendent and I both give it the nod on the morning tailgate call", thresholds
 * as "if it runs N worse than today, we shut it in", cohorts by oil field and by pump age,
 * rollback as "the on-call puts the old model back"; a Montreal (Quebec) English register in
 * speech, a ski-chalet rental booking chatbot (language model) PM, stages named after ski runs by
 * colour (the green circle, the blue square, the black diamond), each sign-off as two named roles
 * who both say "c'est bon" before the next run, holds as "a full long weekend" or a count of
 * bookings, thresholds as "if it's more than N worse than today, we close it", rollback as
 * "whoever is on call puts the old version back", a story about an ice storm, answers spoken with
 * the candidate correcting themselves once ("no, wait, …") (the seventy-sixth protocol). Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const SEVENTY_FIFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SEVENTY_FIFTH_A_STRONG_CORPUS,
  ...SEVENTY_FIFTH_A_OTHER_CORPUS,
  ...SEVENTY_FIFTH_B_STRONG_CORPUS,
  ...SEVENTY_FIFTH_B_OTHER_CORPUS,
  ...SEVENTY_FIFTH_C_STRONG_CORPUS,
  ...SEVENTY_FIFTH_C_OTHER_CORPUS,
];
