import type { LabelledAnswer } from '../corpusTypes';
import { FORTY_THIRD_A_OTHER_CORPUS } from './fortyThirdOtherAnswersA';
import { FORTY_THIRD_B_OTHER_CORPUS } from './fortyThirdOtherAnswersB';
import { FORTY_THIRD_C_OTHER_CORPUS } from './fortyThirdOtherAnswersC';
import { FORTY_THIRD_A_STRONG_CORPUS } from './fortyThirdStrongAnswersA';
import { FORTY_THIRD_B_STRONG_CORPUS } from './fortyThirdStrongAnswersB';
import { FORTY_THIRD_C_STRONG_CORPUS } from './fortyThirdStrongAnswersC';

/**
 * The forty-third fresh held-out set (aw001–aw060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * The voices they were given: a Kenyan English register in speech, interview notes written up in
 * the candidate's voice, a ride-hailing PM, what could go wrong first, a checklist of boxes,
 * paragraphs opened by one-word labels, numbers written as words; a Jamaican English register in
 * speech, a bank's change-advisory-board submission, an interviewer and candidate dialogue, a
 * smart-home PM, a comparison with the last rollout, arrows for consequences, commitments the PM
 * signs; a New Zealand English register in writing, a travel-booking PM under a freeze, what we
 * will do differently this time, headings as questions, prose with a config block, a hedging PM,
 * one long sentence joined with semicolons (the forty-fourth protocol). Held out entirely: graded
 * once after the grader was frozen, never tuned on (../README.md).
 */
export const FORTY_THIRD_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FORTY_THIRD_A_STRONG_CORPUS,
  ...FORTY_THIRD_A_OTHER_CORPUS,
  ...FORTY_THIRD_B_STRONG_CORPUS,
  ...FORTY_THIRD_B_OTHER_CORPUS,
  ...FORTY_THIRD_C_STRONG_CORPUS,
  ...FORTY_THIRD_C_OTHER_CORPUS,
];
