import type { Token } from './tokens';

/**
 * "A weak plan starts with a random 5 % of trips. Mine starts with employees' own rides …": a
 * plan set against the speaker's and judged at its subject (a weak, bad, naive, typical plan) is
 * what the answer turns down, sentence by sentence; none of it is proposed. So is what a heading
 * calls a wrong answer ("Answer: wrong answer first: …").
 */

const ARTICLES = new Set(['a', 'an', 'the']);
const JUDGMENTS = new Set([
  'weak',
  'bad',
  'poor',
  'naive',
  'lazy',
  'sloppy',
  'careless',
  'risky',
  'wrong',
  'typical',
  'worse',
  'weaker',
]);
/** Not "answer": "a wrong answer about a payslip" is the model's output, not a plan. */
const PLANS = new Set(['plan', 'version', 'rollout', 'approach', 'canary', 'release']);
const LEADS = new Set(['and', 'but', 'so']);

/** The sentence's subject is a plan it judges bad: "A weak plan …", "The naive version …". */
export function describesRejectedPlan(tokens: readonly Token[]): boolean {
  let at = tokens[0]?.kind === 'mark' ? 1 : 0;
  if (LEADS.has(tokens[at]?.text ?? '')) at++;
  if (!ARTICLES.has(tokens[at]?.text ?? '')) return false;
  return JUDGMENTS.has(tokens[at + 1]?.text ?? '') && PLANS.has(tokens[at + 2]?.lemma ?? '');
}

/** Words of a heading that judges what follows it: "Wrong answer first:", "Answer, wrong:". */
const HEADING_WORDS = 4;
const WRONG = new Set(['wrong', 'incorrect', 'false']);

/**
 * "Answer: wrong answer first: 'the on-call engineer phones me …'": what a heading calls a wrong
 * answer is read out to be corrected, not proposed.
 */
export function headedAsWrong(tokens: readonly Token[]): boolean {
  let words: Token[] = [];
  for (const token of tokens) {
    if (token.text !== ':') {
      if (token.kind === 'word') words.push(token);
      continue;
    }
    const judged = words.some((word) => WRONG.has(word.text) && !word.negated);
    if (judged && words.length <= HEADING_WORDS && words.some((word) => word.lemma === 'answer')) {
      return true;
    }
    words = [];
  }
  return false;
}
