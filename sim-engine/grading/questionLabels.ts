import type { Token } from './tokens';

/** Tokens a question's label may take before its colon: "Question 8 :", "HOST :". */
const QUESTION_LABEL_TOKENS = 4;

/**
 * Where a question starts past its label: "Question 8: does a clean canary prove it better?",
 * "HOST: Who advances us?". 0 when no label opens it.
 */
export function questionStart(tokens: readonly Token[]): number {
  const colon = tokens.findIndex((token, at) => at <= QUESTION_LABEL_TOKENS && token.text === ':');
  return colon + 1;
}
