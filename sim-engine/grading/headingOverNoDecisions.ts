import { DECISIONS } from './decisionHolder';
import { has } from './match';
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
  return next === undefined || !has(next.tokens, DECISIONS);
}
