import type { Token } from './tokens';

/**
 * A statement with a question tagged on ("For that, a randomised A/B test once it's out, vale?",
 * "… safe, not better, right?") asks nothing: the speaker checks the listener follows. It is read
 * as the statement it is; a question that opens on its question word ("Who signs off, then?")
 * stays a question.
 */

/**
 * A tag is one word after the statement's last comma, in whatever English or borrowing the
 * candidate speaks ("right?", "vale?", "alle?", "sheri?"); the statement before it is at least
 * this many tokens, so "Rollback, anyone?" stays a question.
 */
const MIN_STATEMENT_TOKENS = 6;
const QUESTION_WORDS = new Set(['who', 'what', 'when', 'how', 'which', 'why', 'where', 'whom']);
const STATEMENT_END: Pick<Token, 'text' | 'lemma'> = { text: '.', lemma: '.' };

/** The tokens with a tag question's mark read as a full stop; the same tokens otherwise. */
export function withoutTagQuestion(tokens: readonly Token[]): readonly Token[] {
  const mark = tokens.at(-1);
  if (mark?.text !== '?' || tokens.at(-3)?.text !== ',') return tokens;
  const tag = tokens.at(-2);
  // "…, the formality grade, p95?": a figure ends a list, it tags nothing.
  if (tag?.kind !== 'word' || QUESTION_WORDS.has(tag.text) || /\d/u.test(tag.text)) return tokens;
  if (tokens.length - 3 < MIN_STATEMENT_TOKENS) return tokens;
  const first = tokens.find((token) => token.kind !== 'mark');
  if (first === undefined || QUESTION_WORDS.has(first.text) || first.pos === 'AUX') return tokens;
  return [...tokens.slice(0, -1), { ...mark, ...STATEMENT_END }];
}
