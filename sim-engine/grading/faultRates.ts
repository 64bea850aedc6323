import type { Token } from './tokens';

/**
 * A rate of outputs that are wrong in one named way: "the harness's wrong-filling rate", "the
 * wrong-tour rate", "the wrong-answer rate". Whatever is named between the fault and the rate, a
 * share of wrong outputs says whether the outputs are right, as accuracy does (read by
 * modelSignals.ts as the hallucination signal, by its role).
 */

const FAULTS = new Set(['wrong', 'incorrect', 'mistaken']);
const RATES = new Set(['rate', 'rates', 'share', 'percentage']);
/** Words a fault may stand before its rate: "wrong-filling rate" (one), "wrong dose size rate". */
const NAMED_REACH = 2;

export function namesFaultRate(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (token.negated || !FAULTS.has(token.text)) return false;
    const named = tokens.slice(at + 1, at + 2 + NAMED_REACH);
    const rate = named.findIndex((word) => RATES.has(word.text));
    // The fault names something before its rate, and nothing but words stand between.
    return rate > 0 && named.slice(0, rate).every((word) => word.kind === 'word');
  });
}

/** What a model puts out, as the sentence names it before "that do not fit". */
const OUTPUTS = new Set([
  'suggestion',
  'suggestions',
  'suggested',
  'recommendation',
  'recommendations',
  'recommended',
  'answer',
  'answers',
  'reply',
  'replies',
  'output',
  'outputs',
]);
/** Verbs of suiting what was asked: outputs that fail them are wrong for the person served. */
const FITTING = new Set(['fit', 'suit', 'match']);
/** Words from the outputs to "that": "suggested sizes that", "suggestions for the room that". */
const OUTPUT_REACH = 4;

/**
 * "Suggested sizes that do not fit the doorway the buyer entered": outputs said not to fit what
 * they were for are wrong outputs, counted as a fault rate is.
 */
export function outputsThatMisfit(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (token.text !== 'that' && token.text !== 'which') return false;
    const verb = tokens.slice(at + 1, at + 4).find((word) => FITTING.has(word.lemma));
    if (verb === undefined || !verb.negated) return false;
    return tokens.slice(Math.max(0, at - OUTPUT_REACH), at).some((word) => OUTPUTS.has(word.text));
  });
}
