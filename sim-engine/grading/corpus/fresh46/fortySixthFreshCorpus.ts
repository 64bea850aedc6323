import type { LabelledAnswer } from '../corpusTypes';
import { FORTY_SIXTH_A_OTHER_CORPUS } from './fortySixthOtherAnswersA';
import { FORTY_SIXTH_B_OTHER_CORPUS } from './fortySixthOtherAnswersB';
import { FORTY_SIXTH_C_OTHER_CORPUS } from './fortySixthOtherAnswersC';
import { FORTY_SIXTH_A_STRONG_CORPUS } from './fortySixthStrongAnswersA';
import { FORTY_SIXTH_B_STRONG_CORPUS } from './fortySixthStrongAnswersB';
import { FORTY_SIXTH_C_STRONG_CORPUS } from './fortySixthStrongAnswersC';

/**
 * The forty-sixth fresh held-out set (az001–az060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * The voices they were given: a Sri Lankan English register in writing, a grocery-delivery PM, a
 * voice memo transcribed with false starts, short imperative sentences, one long paragraph,
 * shares written as fractions or odds, British understatement; a Pakistani English register in
 * speech, a ride-hailing PM, a whiteboard walk-through, rules of thumb first, each decision as
 * "because …, so …", a release told in the past tense, a terse answer written on a phone; a
 * Bangladeshi English register in writing, a public-sector benefits-portal PM, a numbered
 * decision log by stage, the release told from a user's side, a ranked list, the answer written
 * as commitments, every number in words (the forty-seventh protocol). Held out entirely: graded
 * once after the grader was frozen, never tuned on (../README.md).
 */
export const FORTY_SIXTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FORTY_SIXTH_A_STRONG_CORPUS,
  ...FORTY_SIXTH_A_OTHER_CORPUS,
  ...FORTY_SIXTH_B_STRONG_CORPUS,
  ...FORTY_SIXTH_B_OTHER_CORPUS,
  ...FORTY_SIXTH_C_STRONG_CORPUS,
  ...FORTY_SIXTH_C_OTHER_CORPUS,
];
