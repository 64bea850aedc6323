import { labelOf } from './ownStages';
import type { Token } from './tokens';
import { HOLDING, lengthFollows } from './turnHolds';

/**
 * "The tortilla: our staff." … "The filling: the opted-in customers." … "The salsa: everyone."
 * then "The tortilla holds two days; the filling holds a full week or 8,000 orders; the salsa
 * holds 20,000 orders.": stages named only by the labels of the order's entries, each held in turn
 * for a length or a count, are held stages, whatever the answer calls them (read by ramp.ts).
 */

/** Labels the order must have set out before: three at least, each different. */
const MIN_LABELS = 3;
/** Labels held in the sentence, each by a verb of holding and a length: two at least. */
const MIN_HELD = 2;

export function labelsHeldInTurn(
  sentences: readonly { readonly tokens: readonly Token[] }[],
  at: number,
): boolean {
  const tokens = sentences[at]?.tokens ?? [];
  // No verb of holding, no label held: the labels before need not be gathered (asked per sentence).
  if (!tokens.some((token) => HOLDING.has(token.text) && !token.negated)) return false;
  const labels = labelsBefore(sentences, at);
  if (labels.length < MIN_LABELS) return false;
  const held = labels.filter((label) => heldAfter(tokens, label));
  return held.length >= MIN_HELD;
}

/** The different labels that opened the entries before `at`, as their words. */
function labelsBefore(
  sentences: readonly { readonly tokens: readonly Token[] }[],
  at: number,
): string[][] {
  const seen = new Map<string, string[]>();
  for (const sentence of sentences.slice(0, at)) {
    const words = labelOf(sentence.tokens).map((token) => token.text.toLowerCase());
    if (words.length > 0) seen.set(words.join(' '), words);
  }
  return [...seen.values()];
}

/** The label's words, then a verb of holding no negation covers, then a length or a count. */
function heldAfter(tokens: readonly Token[], label: readonly string[]): boolean {
  return tokens.some((_, start) => {
    const matches = label.every((word, i) => tokens[start + i]?.text === word);
    const verb = tokens[start + label.length];
    if (!matches || verb === undefined || !HOLDING.has(verb.text) || verb.negated) return false;
    return lengthFollows(tokens, start + label.length + 1);
  });
}
