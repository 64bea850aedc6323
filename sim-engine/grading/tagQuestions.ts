import type { Token } from './tokens';

/**
 * A statement with a question tagged on ("For that, a randomised A/B test once it's out, vale?",
 * "… safe, not better, right?") asks nothing: the speaker checks the listener follows. It is read
 * as the statement it is; a question that opens on its question word ("Who signs off, then?")
 * stays a question.
 */

/** One-word tags, in the Englishes and the borrowings candidates use. */
const TAGS = new Set([
  'right',
  'yes',
  'yeah',
  'no',
  'ok',
  'okay',
  'eh',
  'innit',
  'correct',
  'agreed',
  'vale',
  'yah',
  'ja',
]);
const QUESTION_WORDS = new Set(['who', 'what', 'when', 'how', 'which', 'why', 'where', 'whom']);
const STATEMENT_END: Pick<Token, 'text' | 'lemma'> = { text: '.', lemma: '.' };

/** The tokens with a tag question's mark read as a full stop; the same tokens otherwise. */
export function withoutTagQuestion(tokens: readonly Token[]): readonly Token[] {
  const mark = tokens.at(-1);
  if (mark?.text !== '?' || tokens.at(-3)?.text !== ',') return tokens;
  if (!TAGS.has(tokens.at(-2)?.text ?? '')) return tokens;
  const first = tokens.find((token) => token.kind !== 'mark');
  if (first === undefined || QUESTION_WORDS.has(first.text) || first.pos === 'AUX') return tokens;
  return [...tokens.slice(0, -1), { ...mark, ...STATEMENT_END }];
}
