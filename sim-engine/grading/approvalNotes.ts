import type { Token } from './tokens';

/**
 * Spoken notes under a spoken "Sign-off." heading (read by signOff.ts): "Me and the pricing
 * lead. Both of us. Every step." — short, without a verb, the first naming who signs.
 */

const NOTE_WORDS = 5;

/** "Both of us.", "Every step.": a few words, no verb. */
export function verblessNote(tokens: readonly Token[]): boolean {
  const verb = tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX');
  const words = wordCount(tokens);
  return words > 0 && words <= NOTE_WORDS && !verb;
}

/** People who sign: the speaker or a lead, a manager, a head of something. */
const SIGNERS = new Set(['me', 'i', 'myself', 'lead', 'manager', 'head', 'owner', 'director']);

export function namesSigner(tokens: readonly Token[]): boolean {
  return tokens.some((token) => SIGNERS.has(token.text) || SIGNERS.has(token.lemma));
}

export function wordCount(tokens: readonly Token[]): number {
  return tokens.filter((token) => token.kind === 'word').length;
}
