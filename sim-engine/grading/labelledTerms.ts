import type { Token } from './tokens';

/**
 * Labels that bind nothing of what follows them (read by lists.ts): a script's speaker, a label
 * over bare terms, a label over an unbroken run of terms. A note's heading relates its items; these
 * only stand before them.
 */

/** Grammar words and marks that bind terms into a statement, even a terse note's. */
export const BINDING_POS = new Set(['DET', 'PRON', 'AUX', 'SCONJ', 'CCONJ', 'PART']);
export const BINDING_MARKS = new Set([':', '→', '=', '≠', '(']);

/** Who speaks in a script or a transcript: "HOST:", "CONTESTANT:" (not "Seed:", a stage's label). */
const SCRIPT_SPEAKERS = new Set([
  'host',
  'contestant',
  'player',
  'caller',
  'announcer',
  'presenter',
  'quizmaster',
  'panelist',
  'interviewer',
  'candidate',
]);

/**
 * A one-word label before a colon that binds nothing after it: a script's speaker, or a label over
 * bare terms ("Aries: prompt, warm, casual"). Over values with units it heads a stage's note
 * ("Seed: staff, 2 %, three days"), which relates them as a heading does.
 */
export function labelBindsNothing(tokens: readonly Token[]): boolean {
  if (tokens[1]?.text !== ':' || tokens[0]?.kind !== 'word') return false;
  if (SCRIPT_SPEAKERS.has(tokens[0]?.text ?? '')) return true;
  return tokens[0]?.pos === 'PROPN' && !tokens.some((token) => token.unit !== undefined);
}

/** Words after a label that a note runs to without a comma before it strings terms. */
const UNBROKEN_WORDS = 8;

/**
 * "Second: thresholds 2 % 0.5 % 200 ms 300 ms reel in pre-committed", "Fifth: rollback on call any
 * hour config switch five minutes no redeploy": eight words or more after a label with no comma,
 * semicolon or dash between them and at most two grammar words (one to five words), which a note
 * of the plan would use to set its items apart or relate them.
 */
function unbrokenRun(said: readonly Token[]): boolean {
  const words = said.filter((token) => token.kind !== 'mark');
  if (words.length < UNBROKEN_WORDS) return false;
  if (said.some((token) => token.kind === 'mark' && token.text !== '.' && token.text !== '!')) {
    return false;
  }
  const binding = words.filter((token) => BINDING_POS.has(token.pos)).length;
  return binding <= MAX_BINDING && binding * BINDING_SHARE <= words.length;
}
const MAX_BINDING = 2;
/** One grammar word to five words at most. */
const BINDING_SHARE = 5;

/** A one-word label, a colon, then an unbroken run of terms. */
export function termsRunAfterLabel(tokens: readonly Token[]): boolean {
  const labelled = tokens[1]?.text === ':' && tokens[0]?.kind === 'word';
  return labelled && unbrokenRun(tokens.slice(2));
}
