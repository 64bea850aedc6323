import type { Lexicon } from './match';
import { findAll } from './match';
import type { Token } from './tokens';

/**
 * "Canary: safe, not better.", "Better: a randomised A/B test.": an exam answer's terse notes put
 * the question as a label and the answer after the colon, the colon standing for "is". Such a
 * note relates its label and its answer as a clause would, though it has no verb.
 */

/** Words a label runs to before its colon: "Canary", "The canary", "Our canary". */
const LABEL_WORDS = 2;
/** Words a note of this kind runs to: longer, it is a heading over a list, not one answer. */
const NOTE_WORDS = 12;

/** "Safe, not better": an answer and what it is set against; a third item makes a list. */
const MAX_COMMAS = 1;

/** Whether the sentence is a short note labelled by the lexicon's word: "Canary: safe, …". */
export function isLabelledAnswer(tokens: readonly Token[], label: Lexicon): boolean {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 1 || colon > LABEL_WORDS) return false;
  if (tokens.slice(0, colon).some((token) => token.kind === 'mark')) return false;
  if (colon === tokens.length - 1 || tokens.slice(colon + 1).some((t) => t.text === ':')) {
    return false;
  }
  if (tokens.filter((token) => token.kind !== 'mark').length > NOTE_WORDS) return false;
  // "Canary: A/B test, rollback, holds, safe, …" lists terms under a label; it answers nothing.
  const commas = tokens.slice(colon + 1).filter((token) => token.text === ',').length;
  if (commas > MAX_COMMAS) return false;
  return findAll(tokens, label).some((match) => match.start < colon);
}

/** Words "Safe, not better" runs to before its colon. */
const CONTRAST_WORDS = 5;

/**
 * "Safe, not better: randomised A/B test afterwards.": the canary's answer set against the
 * question it leaves, as a label, and what answers that question after the colon. In notes about
 * one release the label needs no "canary"; it is the whole distinction in one line.
 */
export function labelsSafeAgainstBetter(
  tokens: readonly Token[],
  safe: Lexicon,
  better: Lexicon,
): boolean {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 2 || colon > CONTRAST_WORDS) return false;
  const label = tokens.slice(0, colon);
  const not = label.findIndex((token) => token.text === 'not');
  const safeAt = findAll(label, safe).find((match) => match.start < not);
  const betterAt = findAll(label, better).find((match) => match.start === not + 1);
  return not > 0 && safeAt !== undefined && betterAt !== undefined;
}

/** Words the note "Last rally: safe, not better." runs to, its label with it. */
const SAFE_NOTE_WORDS = 7;

/**
 * "Safe, not better.", "Last rally: safe, not better.": in notes about one release, the canary's
 * answer set against the question it leaves, after a short label or none. A test that answers
 * "better" must follow for the point (comparison.ts).
 */
export function notesSafeAgainstBetter(
  tokens: readonly Token[],
  safe: Lexicon,
  better: Lexicon,
): boolean {
  if (tokens.filter((token) => token.kind !== 'mark').length > SAFE_NOTE_WORDS) return false;
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon > LABEL_WORDS) return false;
  const body = tokens.slice(colon + 1);
  const not = body.findIndex((token) => token.text === 'not');
  const safeAt = findAll(body, safe).find(
    (match) => match.start < not && !body[match.start]?.negated,
  );
  const betterAt = findAll(body, better).find((match) => match.start === not + 1);
  return not > 0 && safeAt !== undefined && betterAt !== undefined;
}
