import type { AnswerPointId } from '../points';

const BY_LETTER: Readonly<Record<string, AnswerPointId>> = {
  P: 'pm-owns',
  C: 'cohort-order',
  T: 'thresholds',
  H: 'holds',
  S: 'sign-off',
  R: 'rollback',
  A: 'canary-vs-ab',
  M: 'model-metrics',
};

/** Labels in short form: "P C T" → pm-owns, cohort-order, thresholds. */
export function points(letters: string): AnswerPointId[] {
  return letters
    .split(/\s+/)
    .filter(Boolean)
    .map((letter) => {
      const id = BY_LETTER[letter];
      if (id === undefined) throw new Error(`unknown point letter ${letter}`);
      return id;
    });
}
