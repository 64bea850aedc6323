import type { Token } from './tokens';

/** The speaker, in any case: the one whose commitment the grade is about. */
export const SPEAKER_WORDS: ReadonlySet<string> = new Set(['i', 'we', 'me', 'my', 'our', 'us']);

export function hasSpeaker(tokens: readonly Token[]): boolean {
  return tokens.some((token) => SPEAKER_WORDS.has(token.text));
}
