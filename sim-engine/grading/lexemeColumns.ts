import type { ItemToken, ItsFunction, Tokens, WinkMethods } from 'wink-nlp';

/**
 * The word-level columns of a document (type, value, normal form, lemma), read once per distinct
 * word of the model rather than once per token. The model gives each token the id of its lexeme;
 * a lexeme's type, value and normal form never change, and its lemma depends only on its part of
 * speech, except for a contraction's parts ("n't"), whose normal form and lemma are read token by
 * token. Asking the model per token cost about a twentieth of a grade on a long answer.
 */

export interface LexemeColumns {
  readonly type: string[];
  readonly value: string[];
  readonly normal: string[];
  readonly lemma: string[];
  /** Word tokens, and those whose normal form the English model has never seen (a German answer: most). */
  readonly words: number;
  readonly unknown: number;
}

interface Lexeme {
  readonly type: string;
  readonly value: string;
  /** Read at the lexeme's first use outside a contraction. */
  normal: string | undefined;
  /** By part of speech. */
  readonly lemmas: Map<string, string>;
  /** The last part of speech asked and its lemma: a word mostly keeps its part of speech. */
  lastPos: string | undefined;
  lastLemma: string;
  /**
   * A word whose normal form the model was built with: fixed per lexeme (the model's own table,
   * not the words it learns while reading). Read at the lexeme's first use outside a contraction.
   */
  known: boolean | undefined;
}

/**
 * Ids belong to one loaded model: one memo per model. Ids are small whole numbers, so the memo
 * is an array indexed by id: a map of this size was slower to ask once per token. The array is
 * filled up to each id it stores, so that it stays a plain list rather than a sparse table.
 */
interface LexemeMemo {
  readonly byId: (Lexeme | undefined)[];
  size: number;
}

function remember(memo: LexemeMemo, id: number, lexeme: Lexeme): void {
  while (memo.byId.length <= id) memo.byId.push(undefined);
  memo.byId[id] = lexeme;
  memo.size++;
}
const memos = new WeakMap<WinkMethods, LexemeMemo>();
/** A bound on each memo: past it, it starts again (an answer uses a few thousand words). */
const MAX_REMEMBERED_LEXEMES = 100_000;

export function lexemeColumns(
  nlp: WinkMethods,
  tokens: Tokens,
  pos: readonly string[],
  isOutOfVocabulary: (word: string) => boolean,
): LexemeColumns {
  const its = nlp.its;
  // The lemma helper's declared signature differs from `out`'s parameter type; it works as one.
  const lemmaOf = its.lemma as unknown as ItsFunction<string>;
  let memo = memos.get(nlp);
  if (memo === undefined || memo.size >= MAX_REMEMBERED_LEXEMES) {
    memo = { byId: [], size: 0 };
    memos.set(nlp, memo);
  }
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  const contracted = tokens.out(its.contractionFlag) as unknown as boolean[];
  const columns = { type: [] as string[], value: [] as string[], normal: [] as string[] };
  const lemmas: string[] = [];
  let words = 0;
  let unknown = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    const partOfSpeech = pos[i] ?? '';
    let item: ItemToken | undefined;
    let lexeme = memo.byId[id];
    if (lexeme === undefined) {
      item = tokens.itemAt(i);
      lexeme = {
        type: item.out(its.type),
        value: item.out(its.value),
        normal: undefined,
        lemmas: new Map(),
        lastPos: undefined,
        lastLemma: '',
        known: undefined,
      };
      remember(memo, id, lexeme);
    }
    columns.type.push(lexeme.type);
    columns.value.push(lexeme.value);
    const isWord = lexeme.type === 'word';
    if (isWord) words++;
    if (contracted[i] === true) {
      item ??= tokens.itemAt(i);
      const normal = item.out(its.normal);
      columns.normal.push(normal);
      lemmas.push(item.out(lemmaOf));
      if (isWord && isOutOfVocabulary(normal)) unknown++;
      continue;
    }
    lexeme.normal ??= (item ??= tokens.itemAt(i)).out(its.normal);
    let lemma =
      lexeme.lastPos === partOfSpeech ? lexeme.lastLemma : lexeme.lemmas.get(partOfSpeech);
    if (lemma === undefined) {
      lemma = (item ??= tokens.itemAt(i)).out(lemmaOf);
      lexeme.lemmas.set(partOfSpeech, lemma);
    }
    lexeme.lastPos = partOfSpeech;
    lexeme.lastLemma = lemma;
    columns.normal.push(lexeme.normal);
    lemmas.push(lemma);
    if (isWord) {
      lexeme.known ??= !isOutOfVocabulary(lexeme.normal);
      if (!lexeme.known) unknown++;
    }
  }
  const { type, value, normal } = columns;
  return { type, value, normal, lemma: lemmas, words, unknown };
}
