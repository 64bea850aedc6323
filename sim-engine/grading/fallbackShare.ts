import { isNegated } from './match';
import type { Token } from './tokens';

/**
 * How often a model's outputs fall back to a default (read by modelSignals.ts): "the share of home
 * screens falling back to the default basket", "fallbacks to the default list more than 1 point
 * worse", "suggestions served from the fallback list". Each is a model output that was never
 * given, a quality guard a recommender's release watches; not "we fall back to the old model",
 * which is a rollback, nor a fallback no measure is set on.
 */

const FALLBACK_NOUNS = new Set(['fallback', 'fallbacks']);
/** What a fall-back lands on, a few words on: "falls back to the default combos". */
const DEFAULT_REACH = 4;
/** Words that measure how often: "the share of", "how often", "more than 2 points worse". */
const MEASURES = new Set(['share', 'rate', 'often', 'worse', 'points', 'point', 'percent', '%']);

export function outputsFallingBack(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    // The cheap tests first: this runs on every sentence graded, and few fall back.
    const noun = FALLBACK_NOUNS.has(token.text);
    if (!noun && (token.lemma !== 'fall' || tokens[at + 1]?.text !== 'back')) return false;
    if (isNegated(tokens, at) || !measuredNear(tokens, at)) return false;
    if (noun) return tokens[at + 1]?.text !== 'plan';
    // "We fall back to the default model": people falling back roll back.
    if (PEOPLE.has(tokens[at - 1]?.text ?? '') || PEOPLE.has(tokens[at - 2]?.text ?? '')) {
      return false;
    }
    return tokens
      .slice(at + 2, at + 2 + DEFAULT_REACH)
      .some((word) => word.text === 'default' || word.text === 'fallback');
  });
}

const PEOPLE = new Set(['we', 'i', 'you', 'they']);
/** Words from the fall-back to its measure, within the clause: "…, more than 1 point worse". */
const MEASURE_REACH = 12;
const CLAUSE_ENDS = new Set([';', '.', ':', '?', '!']);

function measuredNear(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - MEASURE_REACH); i--) {
    if (CLAUSE_ENDS.has(tokens[i]?.text ?? '')) break;
    if (MEASURES.has(tokens[i]?.text ?? '')) return true;
  }
  for (let i = at + 1; i < Math.min(tokens.length, at + MEASURE_REACH); i++) {
    if (CLAUSE_ENDS.has(tokens[i]?.text ?? '')) break;
    if (MEASURES.has(tokens[i]?.text ?? '')) return true;
  }
  return false;
}
