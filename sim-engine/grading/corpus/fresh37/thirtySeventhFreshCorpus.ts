import type { LabelledAnswer } from '../corpusTypes';
import { THIRTY_SEVENTH_A_OTHER_CORPUS } from './thirtySeventhOtherAnswersA';
import { THIRTY_SEVENTH_B_OTHER_CORPUS } from './thirtySeventhOtherAnswersB';
import { THIRTY_SEVENTH_C_OTHER_CORPUS } from './thirtySeventhOtherAnswersC';
import { THIRTY_SEVENTH_A_STRONG_CORPUS } from './thirtySeventhStrongAnswersA';
import { THIRTY_SEVENTH_B_STRONG_CORPUS } from './thirtySeventhStrongAnswersB';
import { THIRTY_SEVENTH_C_STRONG_CORPUS } from './thirtySeventhStrongAnswersC';

/**
 * The thirty-seventh fresh held-out set (aq001–aq060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Among their voices: a Nigerian English register in writing, an FAQ, a telehealth
 * PM, a pre-mortem, an email to a sceptical engineering manager, a plan worked back from the
 * rollback, roman-numeral sections, a Singaporean English register in speech, contingencies, a
 * game studio PM, a comment thread, the passive voice, counting on fingers, "We will" lines, an
 * Irish English register in speech, a RACI in sentences, a PM in a hurry, question headings, a
 * timeline, an earlier launch that went well, plain words for an executive (the thirty-eighth
 * protocol). Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const THIRTY_SEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...THIRTY_SEVENTH_A_STRONG_CORPUS,
  ...THIRTY_SEVENTH_A_OTHER_CORPUS,
  ...THIRTY_SEVENTH_B_STRONG_CORPUS,
  ...THIRTY_SEVENTH_B_OTHER_CORPUS,
  ...THIRTY_SEVENTH_C_STRONG_CORPUS,
  ...THIRTY_SEVENTH_C_OTHER_CORPUS,
];
