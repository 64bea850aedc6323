import type { LabelledAnswer } from '../corpusTypes';
import { FORTY_FIRST_A_OTHER_CORPUS } from './fortyFirstOtherAnswersA';
import { FORTY_FIRST_B_OTHER_CORPUS } from './fortyFirstOtherAnswersB';
import { FORTY_FIRST_C_OTHER_CORPUS } from './fortyFirstOtherAnswersC';
import { FORTY_FIRST_A_STRONG_CORPUS } from './fortyFirstStrongAnswersA';
import { FORTY_FIRST_B_STRONG_CORPUS } from './fortyFirstStrongAnswersB';
import { FORTY_FIRST_C_STRONG_CORPUS } from './fortyFirstStrongAnswersC';

/**
 * The forty-first fresh held-out set (au001–au060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md).
 * The voices they were given: a Nigerian English register in speech, FAQ pairs, a healthcare-app
 * PM, a candidate revising a number aloud, a former backend engineer, a numbered thread of posts,
 * a junior PM coached in the second person; an Irish English register in speech, a runbook of
 * steps, a letter to a VP, a grocery PM under deadline, key: value lines, an analogy running
 * through, a past release told first; an Indian English register in writing, a Markdown table of
 * stages, a compliance-minded fintech PM, very short sentences, one long paragraph, risks and
 * mitigations, a timeline (the forty-second protocol). Held out entirely: graded once after the
 * grader was frozen, never tuned on (../README.md).
 */
export const FORTY_FIRST_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FORTY_FIRST_A_STRONG_CORPUS,
  ...FORTY_FIRST_A_OTHER_CORPUS,
  ...FORTY_FIRST_B_STRONG_CORPUS,
  ...FORTY_FIRST_B_OTHER_CORPUS,
  ...FORTY_FIRST_C_STRONG_CORPUS,
  ...FORTY_FIRST_C_OTHER_CORPUS,
];
