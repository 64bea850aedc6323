import type { LabelledAnswer } from '../corpusTypes';
import { SIXTY_SIXTH_A_OTHER_CORPUS } from './sixtySixthOtherAnswersA';
import { SIXTY_SIXTH_B_OTHER_CORPUS } from './sixtySixthOtherAnswersB';
import { SIXTY_SIXTH_C_OTHER_CORPUS } from './sixtySixthOtherAnswersC';
import { SIXTY_SIXTH_A_STRONG_CORPUS } from './sixtySixthStrongAnswersA';
import { SIXTY_SIXTH_B_STRONG_CORPUS } from './sixtySixthStrongAnswersB';
import { SIXTY_SIXTH_C_STRONG_CORPUS } from './sixtySixthStrongAnswersC';

/**
 * The sixty-sixth fresh held-out set (bt001–bt060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Manx (Isle of Man) English register in speech, a gym class-booking app
 * PM, stages named after the parts of a workout (warm-up, first set, second set, cool-down), each
 * sign-off as a named person "giving the nod" on the release call, holds as "three full
 * timetables" or a count of mornings, thresholds as "no more than N over what we see today",
 * cohorts by gym branch, rollback as "reverting to yesterday's build" by whoever is on call, a
 * story about a January rush; a Bristolian English register in writing, a museum audio-guide
 * translation model PM, the answer written as questions the speaker asks themself with the answer
 * under each, thresholds called "tolerances", each sign-off as "initials on the release sheet" from
 * the head of visitor experience and one other named role, holds "across two Saturdays" or a count
 * of visits, cohorts by language and by gallery, model quality as how often visitors skip a
 * translated clip and reports of a wrong fact, the one risk the speaker fears most; a Cockney (East
 * London) English register in speech, a recruitment CV-screening model PM, stages as "rounds"
 * (round one, round two …), thresholds as "a point and a half" style percentage points, cohorts by
 * hiring team and region, rollback as "putting the old one back on" with a config toggle the
 * release captain owns, sign-off as two named people "saying yes in writing in the release thread",
 * holds as "a full hiring week" or N working days, a mistake the speaker once made (the
 * sixty-seventh protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const SIXTY_SIXTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SIXTY_SIXTH_A_STRONG_CORPUS,
  ...SIXTY_SIXTH_A_OTHER_CORPUS,
  ...SIXTY_SIXTH_B_STRONG_CORPUS,
  ...SIXTY_SIXTH_B_OTHER_CORPUS,
  ...SIXTY_SIXTH_C_STRONG_CORPUS,
  ...SIXTY_SIXTH_C_OTHER_CORPUS,
];
