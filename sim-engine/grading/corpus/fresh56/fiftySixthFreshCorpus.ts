import type { LabelledAnswer } from '../corpusTypes';
import { FIFTY_SIXTH_A_OTHER_CORPUS } from './fiftySixthOtherAnswersA';
import { FIFTY_SIXTH_B_OTHER_CORPUS } from './fiftySixthOtherAnswersB';
import { FIFTY_SIXTH_C_OTHER_CORPUS } from './fiftySixthOtherAnswersC';
import { FIFTY_SIXTH_A_STRONG_CORPUS } from './fiftySixthStrongAnswersA';
import { FIFTY_SIXTH_B_STRONG_CORPUS } from './fiftySixthStrongAnswersB';
import { FIFTY_SIXTH_C_STRONG_CORPUS } from './fiftySixthStrongAnswersC';

/**
 * The fifty-sixth fresh held-out set (bj001–bj060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Cook Islands English register in writing, a
 * library e-book lending PM, three questions the candidate asks themselves, percentages as "per
 * cent", cohorts by how long the account has existed, what customers would be told; a Tuvaluan
 * English register in speech, a parking-payment PM, the plan as told to the incident commander,
 * holds as counts of requests or events, each sign-off by role with a named backup, a metric that
 * once misled the candidate; a Marshallese English register in writing, a language-learning
 * chatbot PM, gates each with a "passes if" line, thresholds relative to the previous week's
 * baseline, what the canary cannot tell the team, what the candidate would do differently next
 * time (the fifty-seventh protocol). Held out entirely: graded once after the grader was frozen,
 * never tuned on (../README.md).
 */
export const FIFTY_SIXTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...FIFTY_SIXTH_A_STRONG_CORPUS,
  ...FIFTY_SIXTH_A_OTHER_CORPUS,
  ...FIFTY_SIXTH_B_STRONG_CORPUS,
  ...FIFTY_SIXTH_B_OTHER_CORPUS,
  ...FIFTY_SIXTH_C_STRONG_CORPUS,
  ...FIFTY_SIXTH_C_OTHER_CORPUS,
];
