import winkNLP from 'wink-nlp';
import type { Document, WinkMethods } from 'wink-nlp';
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

/**
 * The model's word table as wink keeps it inside (not its public API): each word it meets and
 * did not know is added to `hash` (word → id) and `list` (id → word), and the tokenizer then
 * reads that word whole wherever it meets it again ("lead’s" once read whole at a sentence's
 * end is no longer split into "lead" + "’s" later). So a grade would depend on what the process
 * read before. Forgetting the words from `hash` before each text makes each reading depend on
 * its text alone; ids are never reused (the list is kept), so what wink stores by id stays right.
 */
interface WordTable {
  readonly hash: Record<string, number | undefined>;
  readonly list: readonly string[];
}

interface LoadedModel {
  readonly nlp: WinkMethods;
  readonly words: WordTable;
  /** Ids from here on were learned since the last text: the ones to forget. */
  learnedFrom: number;
}

let loaded: LoadedModel | null = null;

function load(): LoadedModel {
  // The model's typings leave its loaders opaque; `core` is a function that builds the tables.
  const loadCore = model.core as unknown as () => { features: { lexeme: WordTable } };
  let core: ReturnType<typeof loadCore> | undefined;
  const nlp = winkNLP({ ...model, core: () => (core = loadCore()) } as typeof model, PIPE);
  const words = core?.features.lexeme;
  if (!words) throw new Error('The language model did not expose its word table.');
  return { nlp, words, learnedFrom: words.list.length };
}

/** The loaded model; loads it on first use. */
export function languageModel(): WinkMethods {
  loaded ??= load();
  return loaded.nlp;
}

/** Reads one text as the freshly loaded model would, whatever was read before it. */
export function readDocument(text: string): Document {
  loaded ??= load();
  const { words } = loaded;
  for (let id = loaded.learnedFrom; id < words.list.length; id++) {
    const word = words.list[id];
    if (word !== undefined && words.hash[word] === id) delete words.hash[word];
  }
  loaded.learnedFrom = words.list.length;
  return loaded.nlp.readDoc(text);
}

/** Loads the model ahead of the first grade (the worker calls this when it starts). */
export function loadLanguageModel(): void {
  languageModel();
}
