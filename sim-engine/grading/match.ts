import type { Phrase } from './lexiconScan';
import { KEY_LENGTH, matchAt, scanOne } from './lexiconScan';
import type { Token } from './tokens';

/** Phrase matching over tokens: synonyms as data, negation by position, fragments by punctuation. */

/** A set of phrases indexed by first word, so matching a sentence costs one lookup per token. */
export interface Lexicon {
  readonly exact: ReadonlyMap<string, readonly Phrase[]>;
  /** Phrases whose first word ends in `*` (a prefix: "hallucinat*"), by its first letters. */
  readonly prefixed: ReadonlyMap<string, readonly Phrase[]>;
  /** Part of the shared index (module-level vocabulary) rather than built per scenario. */
  readonly shared: boolean;
  /** A shared lexicon's place in a sentence's matches (numbered at import); -1 for a local one. */
  readonly slot: number;
}

export interface Match {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

interface Entry {
  readonly slot: number;
  readonly phrase: Phrase;
}

/**
 * The shared phrases that start with one exact word: those of one word or a prefix second word,
 * and the rest by their second word, so a common first word ("i", "the") tries only the phrases
 * its next word can continue.
 */
interface Bucket {
  readonly open: Entry[];
  readonly bySecond: Map<string, Entry[]>;
}

// Every module-level lexicon also joins one index, filled once at import, so a sentence is
// scanned once for all of them instead of once per lexicon (the grader asks ~70 per sentence).
const sharedExact = new Map<string, Bucket>();
const sharedPrefixed = new Map<string, Entry[]>();
let sharedLexicons = 0;

/** Builds a module-level lexicon from `|`-separated phrases; `*` ends a prefix word ("employee*"). */
export function lexicon(spec: string): Lexicon {
  return build(spec, true);
}

/** Builds a lexicon for one grading call (a scenario's segment names), kept out of the shared index. */
export function localLexicon(spec: string): Lexicon {
  return build(spec, false);
}

function build(spec: string, shared: boolean): Lexicon {
  const exact = new Map<string, Phrase[]>();
  const prefixed = new Map<string, Phrase[]>();
  const lex: Lexicon = { exact, prefixed, shared, slot: shared ? sharedLexicons++ : -1 };
  for (const raw of spec.split('|')) {
    const words = raw.trim().split(/\s+/).filter(Boolean);
    const first = words[0];
    if (first === undefined) continue;
    // Stems are cut once here, not at every comparison (the grader's hot loop).
    const phrase = words.map((word) =>
      word.endsWith('*')
        ? { text: word.slice(0, -1), prefix: true }
        : { text: word, prefix: false },
    );
    const isPrefix = first.endsWith('*');
    const key = isPrefix ? first.slice(0, KEY_LENGTH) : first;
    append(isPrefix ? prefixed : exact, key, phrase);
    if (shared && isPrefix) append(sharedPrefixed, key, { slot: lex.slot, phrase });
    else if (shared) addExact(key, { slot: lex.slot, phrase });
  }
  return lex;
}

function addExact(first: string, entry: Entry): void {
  let bucket = sharedExact.get(first);
  if (bucket === undefined) {
    bucket = { open: [], bySecond: new Map() };
    sharedExact.set(first, bucket);
  }
  const second = entry.phrase[1];
  if (second === undefined || second.prefix) bucket.open.push(entry);
  else append(bucket.bySecond, second.text, entry);
}

function append<K, T>(index: Map<K, T[]>, key: K, value: T): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else list.push(value);
}

const NO_MATCHES: readonly Match[] = [];

/** One sentence's matches: the shared lexicons' by slot, a scenario's own as they are asked. */
interface SentenceMatches {
  readonly shared: (Match[] | undefined)[];
  local: Map<Lexicon, Match[]> | undefined;
}

// Detectors ask the same sentence about the same lexicon many times; tokens are never mutated.
const cache = new WeakMap<readonly Token[], SentenceMatches>();
// A detector asks one sentence about many lexicons in a row (about 8 asks per sentence read):
// the last sentence is kept at hand, before the weak map.
let lastTokens: readonly Token[] | null = null;
let lastMatches: SentenceMatches | undefined;

/** Every match of the lexicon, left to right (overlaps allowed). */
export function findAll(tokens: readonly Token[], lex: Lexicon): readonly Match[] {
  let matches = tokens === lastTokens ? lastMatches : cache.get(tokens);
  if (matches === undefined) {
    matches = { shared: scanShared(tokens), local: undefined };
    cache.set(tokens, matches);
  }
  lastTokens = tokens;
  lastMatches = matches;
  if (lex.slot >= 0) return matches.shared[lex.slot] ?? NO_MATCHES;
  matches.local ??= new Map();
  let found = matches.local.get(lex);
  if (found === undefined) {
    found = scanOne(tokens, lex);
    matches.local.set(lex, found);
  }
  return found;
}

// The two scans are the grader's hot loop: plain loops, no closures or spreads per token.
function scanShared(tokens: readonly Token[]): (Match[] | undefined)[] {
  // One slot per shared lexicon from the start: filled at scattered slots, a growing list would
  // be copied several times per sentence.
  const found = new Array<Match[] | undefined>(sharedLexicons);
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const byText = headsOfWord(token.text);
    if (byText.exact !== undefined) collectBucket(tokens, at, byText.exact, found, false);
    if (byText.prefixed !== undefined) collectShared(tokens, at, byText.prefixed, found, false);
    if (token.lemma !== token.text) {
      const byLemma = headsOfWord(token.lemma);
      if (byLemma.exact !== undefined && byLemma.exact !== byText.exact)
        collectBucket(tokens, at, byLemma.exact, found, true);
      // "held" ~ "hold*": a prefix phrase is reached by the lemma's first letters too.
      if (byLemma.key !== byText.key && byLemma.prefixed !== undefined)
        collectShared(tokens, at, byLemma.prefixed, found, true);
    }
  }
  return found;
}

/** Where a word can open a shared phrase: as itself, and by its first letters. */
interface WordHeads {
  readonly exact: Bucket | undefined;
  readonly key: string;
  readonly prefixed: readonly Entry[] | undefined;
}
// Answers repeat their words: a word's heads are looked up once (the index is fixed at import).
const wordHeads = new Map<string, WordHeads>();
/** A bound on the memo: past it, it starts again (answers use a few thousand words). */
const MAX_REMEMBERED_WORDS = 50_000;

function headsOfWord(word: string): WordHeads {
  let heads = wordHeads.get(word);
  if (heads === undefined) {
    if (wordHeads.size >= MAX_REMEMBERED_WORDS) wordHeads.clear();
    const key = word.slice(0, KEY_LENGTH);
    heads = { exact: sharedExact.get(word), key, prefixed: sharedPrefixed.get(key) };
    wordHeads.set(word, heads);
  }
  return heads;
}

function collectBucket(
  tokens: readonly Token[],
  at: number,
  bucket: Bucket,
  found: (Match[] | undefined)[],
  byLemma: boolean,
): void {
  collectShared(tokens, at, bucket.open, found, byLemma);
  const next = tokens[at + 1];
  if (next === undefined || bucket.bySecond.size === 0) return;
  const byText = bucket.bySecond.get(next.text);
  if (byText !== undefined) collectShared(tokens, at, byText, found, byLemma);
  const byNextLemma = next.lemma === next.text ? undefined : bucket.bySecond.get(next.lemma);
  if (byNextLemma !== undefined) collectShared(tokens, at, byNextLemma, found, byLemma);
}

function collectShared(
  tokens: readonly Token[],
  at: number,
  entries: readonly Entry[],
  found: (Match[] | undefined)[],
  byLemma: boolean,
): void {
  for (const entry of entries) {
    if (matchAt(tokens, at, entry.phrase)) {
      const list = found[entry.slot];
      const end = at + entry.phrase.length;
      // The same phrase can be reached by a word and then by its lemma: keep one match.
      if (byLemma && list !== undefined && foundAt(list, at, end)) continue;
      if (list === undefined) found[entry.slot] = [{ start: at, end }];
      else list.push({ start: at, end });
    }
  }
}

/** The scan appends in token order, so a match at `at` can only be among the last ones. */
function foundAt(list: readonly Match[], at: number, end: number): boolean {
  for (let k = list.length - 1; k >= 0; k--) {
    const match = list[k] as Match;
    if (match.start !== at) return false;
    if (match.end === end) return true;
  }
  return false;
}

/** Every match no negation covers: a negated claim is not a claim. */
export function findAffirmed(tokens: readonly Token[], lex: Lexicon): readonly Match[] {
  return findAll(tokens, lex).filter((match) => !isNegated(tokens, match.start));
}

/** True when the lexicon occurs and no negation covers it ("a routing change", not "not a redeploy"). */
export function has(tokens: readonly Token[], lex: Lexicon): boolean {
  for (const match of findAll(tokens, lex)) if (!isNegated(tokens, match.start)) return true;
  return false;
}

/** True when the lexicon occurs at all, negated or not. */
export function hasAny(tokens: readonly Token[], lex: Lexicon): boolean {
  return findAll(tokens, lex).length > 0;
}

/** Kept for the detectors' wording: the same as `has`. */
export const hasAffirmed = has;

/** The words that negate the verb after them: "not", "n't", "never". */
export const NEGATOR_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never']);

/** True when the language model puts the token inside a negation's scope. */
export function isNegated(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.negated === true;
}

/** Marks and conjunctions that end a fragment. */
export const BOUNDARIES = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '.',
  '?',
  '!',
  '→',
  'but',
  'whereas',
  'while',
  'although',
  'though',
  'so',
]);

const fragmentCache = new WeakMap<readonly Token[], readonly number[]>();

/** For each token, the number of the fragment it sits in (split at punctuation and "but", "while"...). */
export function fragmentOf(tokens: readonly Token[]): readonly number[] {
  let known = fragmentCache.get(tokens);
  if (known === undefined) {
    let fragment = 0;
    known = tokens.map((token) => (BOUNDARIES.has(token.text) ? ++fragment : fragment));
    fragmentCache.set(tokens, known);
  }
  return known;
}

/** The fragments in which the lexicon occurs. */
export function fragmentsWith(tokens: readonly Token[], lex: Lexicon): Set<number> {
  const fragment = fragmentOf(tokens);
  return new Set(findAll(tokens, lex).map((match) => fragment[match.start] ?? -1));
}

/**
 * Past an apposition set off by commas right at `from` (", as the PM,", ", who ran bookings
 * before he joined,"), if it closes within `reach` words: where the clause's verb may stand.
 */
export function pastApposition(tokens: readonly Token[], from: number, reach: number): number {
  if (tokens[from]?.text !== ',') return from;
  const close = tokens.findIndex((token, at) => at > from && token.text === ',');
  return close > 0 && close - from <= reach ? close + 1 : from;
}
