import { findAffirmed, lexicon } from './match';
import type { Token } from './tokens';

/**
 * What a recommender puts forward that cannot be had: "recommended items out of stock", "the
 * rate of suggesting drinks the stall has sold out of", "suggestions of yerba that's out of
 * stock". An output naming what is not there is wrong as an invented fact is (read by
 * modelSignals.ts as the hallucination signal, by its role).
 */

const UNAVAILABLE = lexicon('out of stock | sold out | unavailable | discontinued');
const PUT_FORWARD = new Set(['suggest', 'recommend', 'suggestion', 'recommendation']);
/** Words the unavailable may stand after what put it forward. */
const REACH = 6;

export function suggestsTheUnavailable(tokens: readonly Token[]): boolean {
  const putForwardBefore = (at: number) =>
    tokens
      .slice(Math.max(0, at - REACH), at)
      .some((token) => PUT_FORWARD.has(token.lemma) || PUT_FORWARD.has(token.text));
  if (findAffirmed(tokens, UNAVAILABLE).some((match) => putForwardBefore(match.start))) return true;
  // "suggestions for stones we no longer stock", "suggestions naming products we do not sell":
  // what the shop does not carry, said by the verb refused in the clause describing it.
  return tokens.some(
    (token, at) =>
      token.negated && NOT_CARRIED.has(token.lemma) && token.pos === 'VERB' && putForwardBefore(at),
  );
}
const NOT_CARRIED = new Set(['stock', 'sell', 'carry', 'make', 'offer']);
