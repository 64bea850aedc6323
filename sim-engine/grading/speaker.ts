import type { Token } from './tokens';

/** The speaker, in any case: the one whose commitment the grade is about. */
export const SPEAKER_WORDS: ReadonlySet<string> = new Set(['i', 'we', 'me', 'my', 'our', 'us']);

/** The speaker set beside a role: "The PM, me, owns", "The PM — myself — owns", "(PM, me)". */
export const SPEAKER_BESIDE_ROLE: ReadonlySet<string> = new Set(['me', 'myself', 'i']);

export function hasSpeaker(tokens: readonly Token[]): boolean {
  return tokens.some((token) => SPEAKER_WORDS.has(token.text));
}
