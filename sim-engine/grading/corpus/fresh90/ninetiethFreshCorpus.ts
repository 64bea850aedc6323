import type { LabelledAnswer } from '../corpusTypes';
import { NINETIETH_A_OTHER_CORPUS } from './ninetiethOtherAnswersA';
import { NINETIETH_B_OTHER_CORPUS } from './ninetiethOtherAnswersB';
import { NINETIETH_C_OTHER_CORPUS } from './ninetiethOtherAnswersC';
import { NINETIETH_A_STRONG_CORPUS } from './ninetiethStrongAnswersA';
import { NINETIETH_B_STRONG_CORPUS } from './ninetiethStrongAnswersB';
import { NINETIETH_C_STRONG_CORPUS } from './ninetiethStrongAnswersC';

/**
 * The ninetieth fresh held-out set (cr001–cr060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Chennai (Tamil Nadu) English register in writing ("kindly", "do the
 * needful", "itself" and "only" for emphasis), a tattoo-studio booking PM whose language model
 * answers clients' questions about aftercare, every answer a patient's medical chart with vitals,
 * history, assessment and plan, stages named after the tattoo (the stencil, the linework, the
 * shading), sign-off as "the head artist and I both initial the chart", holds as "a full week of
 * Pongal" or a count of appointments, thresholds as "more than N worse than now and we stop the
 * session", cohorts by district and years as clients, rollback as "whoever's on call traces the
 * old version back on, no need to call me", one chart with an entry amended and initialled; a
 * Colorado Front Range English register in speech ("bluebird day", "fourteener", "the Springs"),
 * a climbing-gym booking PM whose language model suggests routes by grade, every answer a treasure
 * map's legend and clues, stages named after the climb (the warm-up wall, the crux, the top-out),
 * sign-off as "the head setter and I both clip the last draw", holds as "a full week of the
 * climbing festival" or a count of sessions, thresholds as "more than N worse than now and we
 * lower off", cohorts by county and years climbing, rollback as "whoever's on call belays the old
 * version back in, no need to call me", one map with a torn corner redrawn; a Buenos Aires
 * (Rioplatense) English register in writing ("che", "dale", "bárbaro"), a mushroom-foraging tour
 * booking PM whose language model identifies mushrooms from photos, every answer a page of
 * classified ads with one practice per ad, stages named after the foray (the first basket, the
 * forest floor, the market stall), sign-off as "the head mycologist and I both stamp the basket",
 * holds as "a full week of the autumn rains" or a count of tours, thresholds as "more than N worse
 * than now and we leave the forest", cohorts by province and years foraging, rollback as
 * "whoever's on call carries the old version back out, no need to call me", one ad withdrawn and
 * printed again corrected (the ninety-first protocol). Held out entirely: graded once after the
 * grader was frozen, never tuned on (../README.md).
 */
export const NINETIETH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...NINETIETH_A_STRONG_CORPUS,
  ...NINETIETH_A_OTHER_CORPUS,
  ...NINETIETH_B_STRONG_CORPUS,
  ...NINETIETH_B_OTHER_CORPUS,
  ...NINETIETH_C_STRONG_CORPUS,
  ...NINETIETH_C_OTHER_CORPUS,
];
