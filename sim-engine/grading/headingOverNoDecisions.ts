import { DECISIONS } from './decisionHolder';
import { findAll, isNegated } from './match';
import type { Sentence } from './sentences';

/** Words of a heading alone on its line: "My calls:", "Mine:". */
const HEADING_WORDS = 2;

/**
 * "My calls:" alone on its line, then "Quarter 1, the first toe: 5 % for two days": a heading
 * that gives the speaker what follows owns what it lists, and stages with their holds are the
 * plan, not decisions set apart from engineering's work. It owns something only when the line
 * after it names a release decision ("My calls:" then "cohort order, limits, holds").
 */
export function headingOverNoDecisions(sentence: Sentence, next: Sentence | undefined): boolean {
  const tokens = sentence.tokens;
  if (sentence.words > HEADING_WORDS || tokens.at(-1)?.text !== ':') return false;
  if (next === undefined) return true;
  // "5 % of orders for two days": purchases counted, not the order of customers decided.
  const decisions = findAll(next.tokens, DECISIONS).filter(
    ({ start }) => next.tokens[start]?.text !== 'orders' && !isNegated(next.tokens, start),
  );
  return decisions.length === 0;
}
