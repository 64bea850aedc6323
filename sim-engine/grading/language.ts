import winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The English language model (wink-nlp with its lite web model): sentences, tokens, lemmas,
 * parts of speech and negation. Reading the model costs a few hundred milliseconds, so it is
 * built on first use and kept; the app's worker calls `loadLanguageModel` at start-up so a
 * candidate never waits for it.
 */

// Named-entity recognition is left out: the grader reads quantities from tokens, and NER costs
// a third of the reading time on a long answer.
const PIPE = ['sbd', 'negation', 'pos'];

let instance: WinkMethods | null = null;

/** The loaded model; loads it on first use. */
export function languageModel(): WinkMethods {
  instance ??= winkNLP(model, PIPE);
  return instance;
}

/** Loads the model ahead of the first grade (the worker calls this when it starts). */
export function loadLanguageModel(): void {
  languageModel();
}
