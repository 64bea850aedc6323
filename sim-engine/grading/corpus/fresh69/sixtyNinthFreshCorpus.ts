import type { LabelledAnswer } from '../corpusTypes';
import { SIXTY_NINTH_A_OTHER_CORPUS } from './sixtyNinthOtherAnswersA';
import { SIXTY_NINTH_B_OTHER_CORPUS } from './sixtyNinthOtherAnswersB';
import { SIXTY_NINTH_C_OTHER_CORPUS } from './sixtyNinthOtherAnswersC';
import { SIXTY_NINTH_A_STRONG_CORPUS } from './sixtyNinthStrongAnswersA';
import { SIXTY_NINTH_B_STRONG_CORPUS } from './sixtyNinthStrongAnswersB';
import { SIXTY_NINTH_C_STRONG_CORPUS } from './sixtyNinthStrongAnswersC';

/**
 * The sixty-ninth fresh held-out set (bw001–bw060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Cumbrian English register in speech, a farm-machinery rental booking
 * app PM, stages named after a fell walk (the foothills, the saddle, the summit), each sign-off as
 * a named person's "aye, send it" in the ops channel together with one other named role, holds as
 * "a full lambing week" or a count of milkings, thresholds as "owt past N over what we get now",
 * cohorts by valley and by farm size, rollback as "switching back to yesterday's build" by whoever
 * holds the pager, a story about a snowed-in week; a Dublin English register in writing, a
 * student-accommodation search-ranking model PM, the answer as a to-do list for Monday morning,
 * stages called "rungs", holds as "two full rent days" or a count of viewings, thresholds as "a
 * ceiling of N", cohorts by campus and by year of study, each sign-off as "both names on the
 * release sheet" from the lettings lead and one other named role, model quality as how often
 * students report a listing ranked wrongly and how often letting agents overrule the ranking, a
 * remark about what the canary costs; a Black Country (West Midlands) English register in speech, a
 * canal-boat holiday booking assistant chatbot model PM, stages named after the locks on a flight
 * (bottom lock, middle lock, top lock), thresholds as "anything over N in a thousand", cohorts by
 * boatyard and by first-time versus returning crews, sign-off as the bookings lead and one other
 * named person "shaking on it" after each lock, holds "through a full changeover Saturday" or a
 * count of changeovers, rollback as "putting the old assistant back on" by whoever is on the
 * phones, something the speaker admits they do not know yet (the seventieth protocol). Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const SIXTY_NINTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SIXTY_NINTH_A_STRONG_CORPUS,
  ...SIXTY_NINTH_A_OTHER_CORPUS,
  ...SIXTY_NINTH_B_STRONG_CORPUS,
  ...SIXTY_NINTH_B_OTHER_CORPUS,
  ...SIXTY_NINTH_C_STRONG_CORPUS,
  ...SIXTY_NINTH_C_OTHER_CORPUS,
];
