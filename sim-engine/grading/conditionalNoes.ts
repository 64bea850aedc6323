import type { Piece, Token } from './tokens';

/**
 * "No sign-off from both of us, no next stage.", "No green dashboard, no widening": two "no"s
 * set side by side make the first a condition of the second, as "no pay, no work" does. When the
 * second names the ramp going on and ends the sentence, the first is what each advance needs, not
 * something refused: its words are read as stated, and the sentence as a statement, not a list.
 * Three or more ("no Monday stage, no Wednesday stage, no holds") are refusals in a row.
 */

/** Words that name the ramp going on: "no next stage", "no widening", "no advance". */
const GOING_ON = new Set([
  'stage',
  'step',
  'next',
  'advance',
  'advancing',
  'widening',
  'ramp',
  'promotion',
  'expansion',
  'go',
  'rollout',
]);
/** Words the ramp's part may have: "no next stage", "no move to the next step". */
const CONSEQUENCE_WORDS = 4;
const CLAUSE_BREAKS = new Set([',', ';', '—', '–']);

type Word = Pick<Token, 'text' | 'lemma' | 'pos' | 'kind'>;

/** Where the condition ends (its comma), or -1 when the words are no such pair. */
function conditionEnd(words: readonly Word[]): number {
  const start = words[0]?.kind === 'mark' ? 1 : 0;
  if (words[start]?.text !== 'no') return -1;
  const comma = words.findIndex((word, at) => at > start && CLAUSE_BREAKS.has(word.text));
  if (comma < 0 || words[comma + 1]?.text !== 'no') return -1;
  // The condition has no verb of its own ("No sign-off from both of us").
  const condition = words.slice(start + 1, comma);
  if (condition.some((word) => word.pos === 'VERB' || word.pos === 'AUX')) return -1;
  const rest = words.slice(comma + 2);
  const end = rest.findIndex((word) => word.kind === 'mark');
  const consequence = end < 0 ? rest : rest.slice(0, end);
  // The consequence ends the sentence: only its closing mark may follow.
  if (end >= 0 && rest.slice(end).some((word) => word.kind !== 'mark')) return -1;
  if (consequence.length > CONSEQUENCE_WORDS) return -1;
  const goesOn = consequence.some((word) => GOING_ON.has(word.lemma) || GOING_ON.has(word.text));
  return goesOn ? comma : -1;
}

/** The condition's words read as stated. */
export function withConditionalNoes(pieces: Piece[]): Piece[] {
  const comma = conditionEnd(pieces);
  for (let at = 0; at < comma; at++) (pieces[at] as Piece).negated = false;
  return pieces;
}

/** Whether a sentence is such a pair: a statement of what the ramp needs. */
export function isConditionalNoes(tokens: readonly Token[]): boolean {
  return conditionEnd(tokens) >= 0;
}
