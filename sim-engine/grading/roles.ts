import type { Match } from './match';
import { findAll } from './match';
import type { Token } from './tokens';
import { ROLES } from './vocabulary';

/**
 * People named by role: the roles of the vocabulary, and any "<team> lead" ("the payments lead",
 * "the data science lead"), whose head the tagger often reads as the verb "lead".
 */

const ROLE_HEADS = new Set(['lead', 'leads']);
const QUALIFIER_POS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Where people are named by role in a sentence. */
export function rolesNamed(tokens: readonly Token[]): Match[] {
  const found = [...findAll(tokens, ROLES)];
  tokens.forEach((token, i) => {
    // "the eng lead's": the possessive the tagger leaves on the head is still the role.
    const head = withoutPossessive(token.text);
    if (!ROLE_HEADS.has(head) || !QUALIFIER_POS.has(tokens[i - 1]?.pos ?? '')) return;
    // "Staff lead the way" has a verb after it; a role is a noun phrase's end.
    if (tokens[i + 1]?.pos === 'DET') return;
    found.push({ start: i - 1, end: i + 1 });
  });
  return found;
}

/** The word without a possessive ending: asked of every word, so no pattern is run on it. */
function withoutPossessive(text: string): string {
  return text.endsWith("'s") || text.endsWith('’s') ? text.slice(0, -2) : text;
}

/** True when a role no negation covers is named. */
export function namesRole(tokens: readonly Token[]): boolean {
  return rolesNamed(tokens).some((match) => !tokens[match.start]?.negated);
}
