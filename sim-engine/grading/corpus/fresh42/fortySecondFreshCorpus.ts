import type { LabelledAnswer } from '../corpusTypes';
import { FORTY_SECOND_A_OTHER_CORPUS } from './fortySecondOtherAnswersA';
import { FORTY_SECOND_B_OTHER_CORPUS } from './fortySecondOtherAnswersB';
import { FORTY_SECOND_C_OTHER_CORPUS } from './fortySecondOtherAnswersC';
import { FORTY_SECOND_A_STRONG_CORPUS } from './fortySecondStrongAnswersA';
import { FORTY_SECOND_B_STRONG_CORPUS } from './fortySecondStrongAnswersB';
import { FORTY_SECOND_C_STRONG_CORPUS } from './fortySecondStrongAnswersC';

/**
 * The forty-second fresh held-out set (av001–av060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a South African English register in speech, TL;DR
 * first, a mobile-games PM, a sceptical senior PM, numbered principles then the plan,
 * parenthetical asides, a plan already agreed told in the past; a Singaporean English register
 * in writing, an email reply quoting the thread, a video-streaming PM, Goal / Non-goals / Plan
 * headings, a Do / Don't list, footnote markers, a formal academic register; an American Southern
 * register in speech, a parcel-delivery PM, emoji bullets, a ticket with fields, questions
 * answered one by one, options weighed then decided, a terse ex-engineer (the forty-third
 * protocol). Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const FORTY_SECOND_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FORTY_SECOND_A_STRONG_CORPUS,
  ...FORTY_SECOND_A_OTHER_CORPUS,
  ...FORTY_SECOND_B_STRONG_CORPUS,
  ...FORTY_SECOND_B_OTHER_CORPUS,
  ...FORTY_SECOND_C_STRONG_CORPUS,
  ...FORTY_SECOND_C_OTHER_CORPUS,
];
