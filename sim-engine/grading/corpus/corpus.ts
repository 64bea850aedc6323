import type { LabelledAnswer } from './corpusTypes';
import { MIDDLING_CORPUS } from './middlingAnswers';
import { MIXED_CORPUS } from './mixedAnswers';
import { POOR_CORPUS } from './poorAnswers';
import { STRONG_CORPUS } from './strongAnswers';

export { isHeldOut } from './corpusTypes';
/** The fresh held-out set (f001–f030): evaluated once, never tuned on (fresh/README.md). */
export { FRESH_CORPUS } from './fresh/freshCorpus';
export type { AnswerClass, LabelledAnswer } from './corpusTypes';

/** Every labelled answer, in id order. */
export const CORPUS: readonly LabelledAnswer[] = [
  ...STRONG_CORPUS,
  ...MIDDLING_CORPUS,
  ...POOR_CORPUS,
  ...MIXED_CORPUS,
];
