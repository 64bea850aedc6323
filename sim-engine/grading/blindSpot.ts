/**
 * What the grade cannot judge, said to the candidate with every grade (the app's feedback and
 * `canary-coach grade`). Five blind red teams wrote answers that use every point's words and
 * numbers without committing to a plan — a quiz, a poll, a forecast of another PM's plan, a menu,
 * a review of someone else's answer — and on first sight 7 to 11 of each team's 12 still scored
 * over 30 (corpus/README.md). Reading what a text as a whole is for has not generalised round to
 * round, so the product says so instead of implying a certainty the grader does not have.
 */
export const GRADER_BLIND_SPOT =
  'It reads what your answer says, sentence by sentence, and credits a plan stated in your own ' +
  'voice. It cannot reliably tell a plan you would stand behind from the same words dressed up ' +
  'as something else — a quiz, a forecast, a menu of options, a review of another answer — so a ' +
  'high score says what you covered, not that the plan is yours. An interviewer checks that ' +
  'with follow-up questions.';
