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
