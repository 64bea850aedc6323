import type { LabelledAnswer } from '../corpusTypes';
import { THIRTIETH_A_OTHER_CORPUS } from './thirtiethOtherAnswersA';
import { THIRTIETH_B_OTHER_CORPUS } from './thirtiethOtherAnswersB';
import { THIRTIETH_C_OTHER_CORPUS } from './thirtiethOtherAnswersC';
import { THIRTIETH_A_STRONG_CORPUS } from './thirtiethStrongAnswersA';
import { THIRTIETH_B_STRONG_CORPUS } from './thirtiethStrongAnswersB';
import { THIRTIETH_C_STRONG_CORPUS } from './thirtiethStrongAnswersC';

/**
 * The thirtieth fresh held-out set (aj001–aj060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * Among their voices: a phone call to the colleague who runs it tomorrow, a plain-text pipe table,
 * a startup with no on-call rota, the second person throughout, T+ timestamps, a runbook with roles
 * in capitals, a candidate thinking aloud, headings that are questions, a Slack thread summarised
 * (the thirty-first protocol). Held out entirely: graded once after the grader was frozen, never
 * tuned on (../README.md).
 */
export const THIRTIETH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...THIRTIETH_A_STRONG_CORPUS,
  ...THIRTIETH_A_OTHER_CORPUS,
  ...THIRTIETH_B_STRONG_CORPUS,
  ...THIRTIETH_B_OTHER_CORPUS,
  ...THIRTIETH_C_STRONG_CORPUS,
  ...THIRTIETH_C_OTHER_CORPUS,
];
