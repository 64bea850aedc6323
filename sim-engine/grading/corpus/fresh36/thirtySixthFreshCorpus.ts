import type { LabelledAnswer } from '../corpusTypes';
import { THIRTY_SIXTH_A_OTHER_CORPUS } from './thirtySixthOtherAnswersA';
import { THIRTY_SIXTH_B_OTHER_CORPUS } from './thirtySixthOtherAnswersB';
import { THIRTY_SIXTH_C_OTHER_CORPUS } from './thirtySixthOtherAnswersC';
import { THIRTY_SIXTH_A_STRONG_CORPUS } from './thirtySixthStrongAnswersA';
import { THIRTY_SIXTH_B_STRONG_CORPUS } from './thirtySixthStrongAnswersB';
import { THIRTY_SIXTH_C_STRONG_CORPUS } from './thirtySixthStrongAnswersC';

/**
 * The thirty-sixth fresh held-out set (ap001–ap060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: a Welsh English register in speech, promises to the support
 * team, a postmortem, a Notion-style page, "Decision — Owner — Why" lines, long winding
 * sentences, a Kenyan English register, go/no-go meetings, an airline PM, bold labels, a
 * candidate correcting themselves, a Jira epic, an Australian English register, a flowchart in
 * words, a fintech PM, a conversation with the CEO (the thirty-seventh protocol). Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const THIRTY_SIXTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...THIRTY_SIXTH_A_STRONG_CORPUS,
  ...THIRTY_SIXTH_A_OTHER_CORPUS,
  ...THIRTY_SIXTH_B_STRONG_CORPUS,
  ...THIRTY_SIXTH_B_OTHER_CORPUS,
  ...THIRTY_SIXTH_C_STRONG_CORPUS,
  ...THIRTY_SIXTH_C_OTHER_CORPUS,
];
