import type { LabelledAnswer } from '../corpusTypes';
import { SEVENTIETH_A_OTHER_CORPUS } from './seventiethOtherAnswersA';
import { SEVENTIETH_B_OTHER_CORPUS } from './seventiethOtherAnswersB';
import { SEVENTIETH_C_OTHER_CORPUS } from './seventiethOtherAnswersC';
import { SEVENTIETH_A_STRONG_CORPUS } from './seventiethStrongAnswersA';
import { SEVENTIETH_B_STRONG_CORPUS } from './seventiethStrongAnswersB';
import { SEVENTIETH_C_STRONG_CORPUS } from './seventiethStrongAnswersC';

/**
 * The seventieth fresh held-out set (bx001–bx060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Lancashire English register in speech, a pie-shop click-and-collect
 * ordering app PM, stages named after the stops on a tram route, each sign-off as two named people
 * who "give it the nod" before the next stop, holds as "a full market day" or a count of half-day
 * closings, thresholds as "if it goes above N, that's us done", cohorts by town and by how often
 * people order, rollback as "putting the old build back on" by whoever is on call, a story about a
 * bank-holiday rush; a Hebridean (Western Isles) English register in writing, a ferry arrival-time
 * prediction model PM, a memo with headed sections, stages called "crossings", holds as "two full
 * weekly timetables" or a count of sailings, sign-off as "the skipper and the harbourmaster both
 * tick the box", thresholds written as a small table of "red lines", cohorts by island and by
 * ticket type, rollback as "the purser flips the model switch back"; a Teesside English register
 * in speech, a second-hand car valuation chatbot (language model) PM, stages named after football
 * league divisions (non-league, League Two, League One, the Championship), sign-off as "we both put
 * our hands up" (two named roles) before going up a division, holds as "a full month-end" or a
 * count of payday weekends, thresholds as "owt worse than N on the scoreboard", rollback as
 * "subbing the old model back on" by the duty engineer, numbered answers with asides in brackets
 * (the seventy-first protocol). Held out entirely: graded once after the grader was frozen, never
 * tuned on (../README.md).
 */
export const SEVENTIETH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SEVENTIETH_A_STRONG_CORPUS,
  ...SEVENTIETH_A_OTHER_CORPUS,
  ...SEVENTIETH_B_STRONG_CORPUS,
  ...SEVENTIETH_B_OTHER_CORPUS,
  ...SEVENTIETH_C_STRONG_CORPUS,
  ...SEVENTIETH_C_OTHER_CORPUS,
];
