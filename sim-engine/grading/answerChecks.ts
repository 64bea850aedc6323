import type { Sentence } from './sentences';

/**
 * Whole-answer checks that keep the score honest whatever the per-point credit says: a very short
 * answer cannot be strong, an answer without numbers cannot be acted on, an answer that repeats
 * itself says it once, and a misconception costs the whole answer's trust.
 */

/** Below this many words an answer is capped steeply: it cannot cover the points. */
const SHORT_WORDS = 25;
/** From this many words length no longer caps the score (terse bullets run from ~60). */
const FULL_WORDS = 60;
const SHORT_CAP = 15;

/** The highest score an answer of this length can reach. */
export function lengthCap(sentences: readonly Sentence[]): number {
  const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
  if (words < SHORT_WORDS) return (SHORT_CAP * words) / SHORT_WORDS;
  const progress = Math.min(1, (words - SHORT_WORDS) / (FULL_WORDS - SHORT_WORDS));
  return SHORT_CAP + (100 - SHORT_CAP) * progress;
}

/** Without a single number an answer stays weak; four concrete numbers lift the cap entirely. */
const NO_NUMBERS_CAP = 35;
const FACTS_FOR_FULL = 4;

/** The highest score an answer with this many concrete, unit-bearing facts can reach. */
export function concretenessCap(facts: number): number {
  return NO_NUMBERS_CAP + (100 - NO_NUMBERS_CAP) * Math.min(1, facts / FACTS_FOR_FULL);
}

/** How much of a list-only mention costs: all mentions in lists keep 40 % of the credit. */
const LIST_PENALTY = 0.6;

/** A factor in [0.4, 1]: the share of concept mentions made in statements rather than lists. */
export function stuffingFactor(clauseMentions: number, listMentions: number): number {
  const total = clauseMentions + listMentions;
  return total === 0 ? 1 : 1 - (LIST_PENALTY * listMentions) / total;
}

const NGRAM = 4;
const wordIds = new Map<string, number>();
/** A bound on the memo of word numbers (answers use a few thousand words). */
const MAX_REMEMBERED_WORDS = 50_000;

/**
 * The share of the answer's word 4-grams that already occurred earlier in it: about 0 for a real
 * answer, near 1 for a paragraph pasted forty times.
 */
export function repeatedShare(sentences: readonly Sentence[]): number {
  // Words become numbers, kept from one grade to the next (answers share most of their words),
  // so no string or set is built per gram. Cleared only between grades, past a bound.
  if (wordIds.size >= MAX_REMEMBERED_WORDS) wordIds.clear();
  const words: number[] = [];
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      if (token.kind === 'mark') continue;
      let id = wordIds.get(token.text);
      if (id === undefined) {
        id = wordIds.size;
        wordIds.set(token.text, id);
      }
      words.push(id);
    }
  }
  // Each gram is looked up by a small-integer hash in one open-addressed table of gram starts and
  // compared word by word with the grams already there: exact, with no object built per gram.
  const total = Math.max(0, words.length - NGRAM + 1);
  const size = tableSize(total);
  const table = new Int32Array(size);
  let repeated = 0;
  for (let i = 0; i < total; i++) {
    let slot = gramHash(words, i) & (size - 1);
    for (;;) {
      const stored = table[slot] ?? 0;
      if (stored === 0) {
        table[slot] = i + 1;
        break;
      }
      if (sameGram(words, stored - 1, i)) {
        repeated++;
        break;
      }
      slot = (slot + 1) & (size - 1);
    }
  }
  return total === 0 ? 0 : repeated / total;
}

/** A power of two at least twice the grams: the table stays at most half full. */
function tableSize(grams: number): number {
  let size = 16;
  while (size < grams * 2) size *= 2;
  return size;
}

function gramHash(words: readonly number[], at: number): number {
  let hash = 0;
  for (let k = 0; k < NGRAM; k++) hash = (Math.imul(hash, 31) + (words[at + k] ?? 0)) | 0;
  return hash;
}

function sameGram(words: readonly number[], a: number, b: number): boolean {
  for (let k = 0; k < NGRAM; k++) if (words[a + k] !== words[b + k]) return false;
  return true;
}

/** Repetition below this share is ordinary (a phrase said twice); above it the answer is padded. */
const ORDINARY_REPETITION = 0.25;

/** A factor in [0, 1]: an answer padded by repeating itself keeps only its unrepeated share. */
export function repetitionFactor(share: number): number {
  return share <= ORDINARY_REPETITION ? 1 : 1 - share;
}

/** The first misconception halves the answer; each further one takes a fifth of what is left. */
const FIRST_MISCONCEPTION = 0.5;
const FURTHER_MISCONCEPTION = 0.8;
/** An answer built on a misconception is never better than middling. */
export const MISCONCEPTION_CAP = 50;

/** The factor for an answer stating this many distinct misconceptions. */
export function misconceptionFactor(count: number): number {
  if (count === 0) return 1;
  return FIRST_MISCONCEPTION * FURTHER_MISCONCEPTION ** (count - 1);
}

/**
 * The share of an answer's words that must stand in statements for its notes to count in full.
 * In the labelled corpus no strong answer states less than 0.78 of its words, and no salad of
 * notes more than 0.57 (one one-sentence salad aside).
 */
const STATED_SHARE = 0.7;

/**
 * A factor in [0, 1]: an answer whose words are mostly notes — terms with no clause saying what
 * the speaker does — keeps the part of its credit its statements carry, scaled up to STATED_SHARE.
 * The share is read over a full answer's words; a shorter one is held down by its length cap.
 */
export function notesFactor(sentences: readonly { words: number; isClause: boolean }[]): number {
  let words = 0;
  let stated = 0;
  for (const sentence of sentences) {
    words += sentence.words;
    if (sentence.isClause) stated += sentence.words;
  }
  if (words < FULL_WORDS) return 1;
  return Math.min(1, stated / words / STATED_SHARE);
}
