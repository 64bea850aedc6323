import type { LabelledAnswer } from '../corpusTypes';
import { FORTY_FOURTH_A_OTHER_CORPUS } from './fortyFourthOtherAnswersA';
import { FORTY_FOURTH_B_OTHER_CORPUS } from './fortyFourthOtherAnswersB';
import { FORTY_FOURTH_C_OTHER_CORPUS } from './fortyFourthOtherAnswersC';
import { FORTY_FOURTH_A_STRONG_CORPUS } from './fortyFourthStrongAnswersA';
import { FORTY_FOURTH_B_STRONG_CORPUS } from './fortyFourthStrongAnswersB';
import { FORTY_FOURTH_C_STRONG_CORPUS } from './fortyFourthStrongAnswersC';

/**
 * The forty-fourth fresh held-out set (ax001–ax060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * The voices they were given: a Malaysian English register in speech, an online-learning PM, a
 * status update in the future tense, everything quantified, a principle then its detail, "we" for
 * the whole team, imperatives to the team; a Welsh English register in writing, a food-delivery
 * PM, a pre-mortem from a future date, who / when / how far, a PM new to canaries thinking aloud,
 * a Roman-numeral outline, one sentence with a reason per item; a Trinidadian English register in
 * speech, a hospital-scheduling PM, an indented outline, a bad plan set against a good one,
 * lower-case dashes, people named with their roles, a very short answer dense with numbers (the
 * forty-fifth protocol). Held out entirely: graded once after the grader was frozen, never tuned
 * on (../README.md).
 */
export const FORTY_FOURTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FORTY_FOURTH_A_STRONG_CORPUS,
  ...FORTY_FOURTH_A_OTHER_CORPUS,
  ...FORTY_FOURTH_B_STRONG_CORPUS,
  ...FORTY_FOURTH_B_OTHER_CORPUS,
  ...FORTY_FOURTH_C_STRONG_CORPUS,
  ...FORTY_FOURTH_C_OTHER_CORPUS,
];
