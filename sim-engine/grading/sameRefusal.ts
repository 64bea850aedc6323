import { NEGATOR_WORDS } from './match';
import type { Token } from './tokens';

/**
 * "I'm not committing to numbers. Same with choosing cohorts — staff first, then beta — I don't
 * see the point.": a sentence that opens "Same with …" (or "Same for", "Same goes for") right
 * after the speaker turned something down turns its own practice down too.
 */

const SAME_LINKS = new Set(['with', 'for', 'goes']);
const SPEAKERS = new Set(['i', 'we']);

export function refusedLikeTheLast(previous: readonly Token[], tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  if (tokens[start]?.text !== 'same' || !SAME_LINKS.has(tokens[start + 1]?.text ?? '')) {
    return false;
  }
  return speakerRefuses(previous);
}

/** The speaker and a negation in one sentence: "I wouldn't", "we're not committing to". */
function speakerRefuses(tokens: readonly Token[]): boolean {
  const speaker = tokens.findIndex((token) => SPEAKERS.has(token.text));
  return speaker >= 0 && tokens.some((token, i) => i > speaker && NEGATOR_WORDS.has(token.text));
}
