/**
 * The engine's second public entry: grading a written answer (the mock interview's
 * Communication dimension and `canary-coach grade`).
 *
 * It is apart from `sim-engine/index.ts` because the grader reads English with a language model
 * (wink-nlp's English web model) of about 3.6 MB, loaded in a few hundred milliseconds. Only the
 * app's grading worker and the command line import this entry, so the page's bundle carries no
 * model and the page never waits for it. The page reaches the grader's types and its length limit
 * through `sim-engine/index.ts`, which must never import this entry or the grading modules' code
 * (test/repository/engineEntries.test.ts walks the imports to check).
 */

export { gradeAnswer, type AnswerGrade, type PointGrade } from './grading/gradeAnswer';
export type { MisconceptionFound, SentenceFeedback } from './grading/feedback';
export { MAX_ANSWER_CHARACTERS } from './grading/answerLimits';
export { GRADER_BLIND_SPOT } from './grading/blindSpot';
export { loadLanguageModel } from './grading/language';
export {
  STRONG_ANSWER_POINTS,
  applicablePoints,
  type AnswerPoint,
  type AnswerPointId,
  type PointDetail,
} from './grading/points';
