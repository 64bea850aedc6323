import type { LabelledAnswer } from '../corpusTypes';
import { EIGHTY_SECOND_A_OTHER_CORPUS } from './eightySecondOtherAnswersA';
import { EIGHTY_SECOND_B_OTHER_CORPUS } from './eightySecondOtherAnswersB';
import { EIGHTY_SECOND_C_OTHER_CORPUS } from './eightySecondOtherAnswersC';
import { EIGHTY_SECOND_A_STRONG_CORPUS } from './eightySecondStrongAnswersA';
import { EIGHTY_SECOND_B_STRONG_CORPUS } from './eightySecondStrongAnswersB';
import { EIGHTY_SECOND_C_STRONG_CORPUS } from './eightySecondStrongAnswersC';

/**
 * The eighty-second fresh held-out set (cj001–cj060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Korean English register in writing ("aigoo",
 * "hwaiting!", "-ssi" after names), a skincare subscription-box PM whose language model recommends
 * routines, every answer a football match report with the plan told inside it, stages named after
 * the match (the kick-off, half-time, the final whistle), sign-off as "the head of formulation and
 * I both press our seals on it", holds as "a full Chuseok week of orders" or a count, thresholds
 * as "more than N worse than now and the referee stops the match", cohorts by city district and
 * years subscribed, rollback as "whoever is on duty sends yesterday's version back out, no need to
 * call me", one a half-time team talk; a Jersey (Channel Islands) English register in writing
 * ("the island", "ch'est", "mon vieux"), a Jersey Royal potato box delivery PM whose language
 * model answers cooking questions, every answer an agony-aunt column with the plan told in the
 * reply, stages named after the harvest (the first lifting, the main crop, the last of the
 * earlies), sign-off as "the farm manager and I both tick the lifting sheet", holds as "a full
 * Battle of Flowers week" or a count of boxes, thresholds as "if it's more than N worse than now,
 * it goes back in the ground", cohorts by side of the island and seasons ordered, rollback as
 * "whoever's on call puts last season's version back, no waiting for me", one reply opening by
 * disagreeing with the reader's plan; an Upper Peninsula of Michigan ("Yooper") English register
 * in speech ("eh", "holy wah", "youse"), a snowmobile trail-pass PM whose language model predicts
 * trail conditions, every answer the label on a product ("Ingredients:", "Directions:",
 * "Warnings:", "Best before:"), stages named after the trail (the trailhead, the first warming hut,
 * the bridge), sign-off as "the trail boss and I both punch the card", holds as "a full week of
 * lake-effect snow" or a count of passes, thresholds as "if it's more than N worse than now, we
 * pull over", cohorts by county and winters ridden, rollback as "whoever's on call switches the
 * old version back on, no need to phone me", one label with a recall notice stuck over it halfway
 * (the eighty-third protocol). Held out entirely: graded once after the grader was frozen, never
 * tuned on (../README.md).
 */
export const EIGHTY_SECOND_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...EIGHTY_SECOND_A_STRONG_CORPUS,
  ...EIGHTY_SECOND_A_OTHER_CORPUS,
  ...EIGHTY_SECOND_B_STRONG_CORPUS,
  ...EIGHTY_SECOND_B_OTHER_CORPUS,
  ...EIGHTY_SECOND_C_STRONG_CORPUS,
  ...EIGHTY_SECOND_C_OTHER_CORPUS,
];
