import type { Lexicon, Match } from './match';
import type { Token } from './tokens';

/**
 * Matching one phrase at a place, and scanning a sentence for one lexicon: the lexicons built per
 * scenario and the rare ones kept out of the shared index (match.ts scans the rest at once).
 */

/** One word of a phrase: a whole word, or the stem of a prefix ("hallucinat" of "hallucinat*"). */
export interface PhraseWord {
  readonly text: string;
  readonly prefix: boolean;
}
export type Phrase = readonly PhraseWord[];

/** A prefix phrase is indexed by this many first letters. */
export const KEY_LENGTH = 3;

function wordMatches(word: PhraseWord, text: string): boolean {
  return word.prefix ? text.startsWith(word.text) : text === word.text;
}

/** A phrase word matches a token's normal form or its lemma ("signs off" ~ "sign off"). */
export function matchAt(tokens: readonly Token[], at: number, phrase: Phrase): boolean {
  for (let offset = 0; offset < phrase.length; offset++) {
    const token = tokens[at + offset];
    const word = phrase[offset];
    if (token === undefined || word === undefined) return false;
    if (!wordMatches(word, token.text) && !wordMatches(word, token.lemma)) return false;
  }
  return true;
}

/** Every match of one lexicon in a sentence, left to right (overlaps allowed). */
export function scanOne(tokens: readonly Token[], lex: Lexicon): Match[] {
  const found: Match[] = [];
  // A scenario's segment names are whole words: no first letters to cut or look up.
  const { keys, lemmaKeys } = lex.prefixed.size === 0 ? NO_HEADS : headsOf(tokens);
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const byText = lex.exact.get(token.text) ?? NO_PHRASES;
    const byLemma =
      token.lemma === token.text ? NO_PHRASES : (lex.exact.get(token.lemma) ?? NO_PHRASES);
    // The text's phrases, then the lemma's, as one list would give them (no list built per token).
    for (const phrase of byText) {
      if (matchAt(tokens, at, phrase)) found.push({ start: at, end: at + phrase.length });
    }
    if (byLemma !== byText) {
      for (const phrase of byLemma) {
        if (matchAt(tokens, at, phrase)) found.push({ start: at, end: at + phrase.length });
      }
    }
    if (lex.prefixed.size === 0) continue;
    for (const phrase of lex.prefixed.get(keys[at] as string) ?? NO_PHRASES) {
      if (matchAt(tokens, at, phrase)) found.push({ start: at, end: at + phrase.length });
    }
    const lemmaKey = lemmaKeys[at] as string;
    if (lemmaKey !== keys[at]) {
      for (const phrase of lex.prefixed.get(lemmaKey) ?? NO_PHRASES) {
        if (matchAt(tokens, at, phrase)) found.push({ start: at, end: at + phrase.length });
      }
    }
  }
  return found;
}

const NO_PHRASES: readonly Phrase[] = [];
/** The first letters of each token's text and lemma, cut once per sentence. */
type Heads = { readonly keys: readonly string[]; readonly lemmaKeys: readonly string[] };
const heads = new WeakMap<readonly Token[], Heads>();
const NO_HEADS: Heads = { keys: [], lemmaKeys: [] };

function headsOf(tokens: readonly Token[]): Heads {
  const known = heads.get(tokens);
  if (known !== undefined) return known;
  const keys: string[] = [];
  const lemmaKeys: string[] = [];
  for (const token of tokens) {
    const key = token.text.slice(0, KEY_LENGTH);
    keys.push(key);
    lemmaKeys.push(token.lemma === token.text ? key : token.lemma.slice(0, KEY_LENGTH));
  }
  heads.set(tokens, { keys, lemmaKeys });
  return { keys, lemmaKeys };
}

/**
 * Whether a phrase of the lexicon starts at `at`: the same as a match of `findAll` starting
 * there, read at that one place (a reader that asks only there need not scan a sentence built
 * for it, such as a heading joined to its line).
 */
export function startsAt(tokens: readonly Token[], at: number, lex: Lexicon): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  const heads = [
    lex.exact.get(token.text),
    lex.exact.get(token.lemma),
    lex.prefixed.get(token.text.slice(0, KEY_LENGTH)),
    lex.prefixed.get(token.lemma.slice(0, KEY_LENGTH)),
  ];
  return heads.some((phrases) => phrases?.some((phrase) => matchAt(tokens, at, phrase)) === true);
}
