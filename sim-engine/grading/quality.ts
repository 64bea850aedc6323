import type { Sentence } from './sentences';

/**
 * Whole-answer checks that keep the score honest whatever the per-point credit says:
 * a very short answer cannot be strong, an answer without numbers cannot be acted on,
 * and concepts dropped into lists of nouns are keyword stuffing.
 */

/** Below this many words an answer is capped steeply: it cannot cover the points. */
const SHORT_WORDS = 25;
/** From this many words length no longer caps the score (the seed's strong answer has ~190). */
const FULL_WORDS = 100;
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

/**
 * A factor in [0.4, 1]: the share of concept mentions made in real sentences. A keyword list names
 * every concept without saying anything about it.
 */
export function stuffingFactor(clauseMentions: number, listMentions: number): number {
  const total = clauseMentions + listMentions;
  return total === 0 ? 1 : 1 - (LIST_PENALTY * listMentions) / total;
}
