import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_NINTH_A_OTHER_CORPUS } from './hundredAndNinthOtherAnswersA';
import { HUNDRED_AND_NINTH_B_OTHER_CORPUS } from './hundredAndNinthOtherAnswersB';
import { HUNDRED_AND_NINTH_C_OTHER_CORPUS } from './hundredAndNinthOtherAnswersC';
import { HUNDRED_AND_NINTH_A_STRONG_CORPUS } from './hundredAndNinthStrongAnswersA';
import { HUNDRED_AND_NINTH_B_STRONG_CORPUS } from './hundredAndNinthStrongAnswersB';
import { HUNDRED_AND_NINTH_C_STRONG_CORPUS } from './hundredAndNinthStrongAnswersC';

/**
 * The hundred-and-ninth fresh held-out set (dk001–dk060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). Commissioned from main at 488c78dc and landed on `main` sealed as soon as it was
 * written (imported by nothing until the grader was frozen), because the set before it had been
 * lost with a machine while its branches waited unmerged. The voices they were given: a Sardinian
 * (Cagliari) English register in writing, a cork workshop, every answer a ship's logbook with one
 * entry struck and re-entered; a Paraguayan (Asunción) English register in speech with Guaraní
 * words, a ñandutí lace workshop, every answer a darts referee's calls with one score corrected; a
 * Nepali (Kathmandu) English register in writing, a singing-bowl workshop, every answer a lab
 * notebook with one measurement struck through and re-recorded. All three note that the root
 * `tsc --noEmit` checks none of their files; the second changed the brief's "we lift the needle"
 * (an earlier author's words) to "we lay the bastidor down"; the second and third generated or
 * checked their TypeScript from their drafts with small scripts; the third ran `git status` and
 * `git branch`, listed the root folder and read the head of package.json and tsconfig.json. Each
 * lists in its README what it did beyond the brief. Held out entirely: graded once after the
 * grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_NINTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_NINTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_NINTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_NINTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_NINTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_NINTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_NINTH_C_OTHER_CORPUS,
];
