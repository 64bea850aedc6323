import type { Match } from './match';
import { findAffirmed } from './match';
import { namesRole } from './roles';
import type { Token } from './tokens';
import { MARKS } from './vocabulary';

/**
 * Marks of assent a person puts on a step (read by signOff.ts): "two names on it", "a signature
 * from me", "two stamps, the merchandising lead's and the data lead's".
 */

/** Counted or owned, "names" are marks ("two names on it", "our names"); else the verb "names". */
const MARK_LEADS = new Set(['NUM', 'DET', 'PRON']);
/**
 * One "name" is a mark only as someone's own: "both put our name on the shed board", not "a name
 * for the stage" or "name the stages".
 */
const OWNERS = new Set(['our', 'their', 'my', 'his', 'her', 'your']);

function isMarkNoun(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.text;
  if (word === 'name') return OWNERS.has(tokens[at - 1]?.text ?? '');
  if (word !== 'names') return true;
  return MARK_LEADS.has(tokens[at - 1]?.pos ?? '');
}

/** The marks of assent a sentence affirms. */
export function marksFound(tokens: readonly Token[]): Match[] {
  return findAffirmed(tokens, MARKS).filter((match) => isMarkNoun(tokens, match.start));
}

/** Marks of assent put by a named role: "two names on it: mine and …", "the data lead's stamp" */
export function marksGiven(tokens: readonly Token[]): boolean {
  return marksFound(tokens).length > 0 && namesRole(tokens);
}
