import type { LabelledAnswer } from '../corpusTypes';
import { SEVENTY_THIRD_A_OTHER_CORPUS } from './seventyThirdOtherAnswersA';
import { SEVENTY_THIRD_B_OTHER_CORPUS } from './seventyThirdOtherAnswersB';
import { SEVENTY_THIRD_C_OTHER_CORPUS } from './seventyThirdOtherAnswersC';
import { SEVENTY_THIRD_A_STRONG_CORPUS } from './seventyThirdStrongAnswersA';
import { SEVENTY_THIRD_B_STRONG_CORPUS } from './seventyThirdStrongAnswersB';
import { SEVENTY_THIRD_C_STRONG_CORPUS } from './seventyThirdStrongAnswersC';

/**
 * The seventy-third fresh held-out set (ca001–ca060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Nottingham (East Midlands) English register in speech, an
 * allotment-plot booking app PM, stages named after the parts of an allotment (the cold frame, the
 * greenhouse, the open beds), each sign-off as two named people who "both put their name on the
 * shed board", holds as "a full fortnight of Sunday digs" or a count of plot bookings, thresholds
 * as "if it's gone N past where we are now, we stop", cohorts by allotment site and by a
 * plot-holder's years, rollback as "putting last Tuesday's version back" by whoever's on call, a
 * story about a hosepipe ban; a Pittsburgh (Western Pennsylvania) American English register in
 * writing, a steel-mill sensor anomaly-detection model PM, answers as meeting notes with action
 * items, stages named after the city's bridges, holds as "two full shift rotations" or a count of
 * heats, sign-off as "the melt-shop super and I both say 'we're good' on the shift huddle",
 * thresholds as "anything N worse than what we're running now", cohorts by mill and by line,
 * rollback as "the on-call tech flips it back to the old model"; a Hawaii Pidgin-influenced English
 * register in speech, a surf-school lesson booking chatbot (language model) PM, stages named after
 * where the waves break (the shore break, the inside, the outside), sign-off as two named people
 * who "both give it the shaka", holds as "one full swell week" or a count of lessons, thresholds as
 * "if it go more than N past what we get now, we pull um", rollback as "whoever get da pager switch
 * back to da old model", answers as an interview transcript with the interviewer's questions
 * between (the seventy-fourth protocol). Held out entirely: graded once after the grader was
 * frozen, never tuned on (../README.md).
 */
export const SEVENTY_THIRD_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SEVENTY_THIRD_A_STRONG_CORPUS,
  ...SEVENTY_THIRD_A_OTHER_CORPUS,
  ...SEVENTY_THIRD_B_STRONG_CORPUS,
  ...SEVENTY_THIRD_B_OTHER_CORPUS,
  ...SEVENTY_THIRD_C_STRONG_CORPUS,
  ...SEVENTY_THIRD_C_OTHER_CORPUS,
];
