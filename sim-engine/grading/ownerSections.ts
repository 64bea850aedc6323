import { assignsToPerson } from './lists';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * A section heading on a line of its own that names who decides ("ownership:", "Owners:",
 * "Decisions:") heads the role lines under it ("pm: order, limits, holds"), as it would on the
 * same line ("Ownership: PM: order, …"), until the next heading. A config or a memo splits its
 * keys from their values this way; the lines under it are read with the heading before them.
 */

const OWNER_SECTIONS = new Set([
  'owner',
  'owners',
  'ownership',
  'decider',
  'deciders',
  'decisions',
]);
const SECTION_WORDS = 3;

/** Each sentence's tokens, with the owner section's heading before them when one heads it. */
export function underOwnerSections(sentences: readonly Sentence[]): (readonly Token[])[] {
  let heading: readonly Token[] | null = null;
  return sentences.map(({ tokens }) => {
    if (isSectionHeading(tokens)) {
      heading = tokens.some((token) => OWNER_SECTIONS.has(token.text)) ? tokens : null;
      return tokens;
    }
    return heading === null ? tokens : [...heading, ...tokens];
  });
}

/** A heading of a few words ending in a colon, with nothing after it. */
function isSectionHeading(tokens: readonly Token[]): boolean {
  if (tokens.at(-1)?.text !== ':') return false;
  const words = tokens.filter((token) => token.kind === 'word').length;
  return words > 0 && words <= SECTION_WORDS;
}

/**
 * A role line under an owner section ("ownership:" then "pm: order, limits, holds") states whose
 * the items are, as "Ownership: PM: order, …" does on one line: it is a note that says something,
 * not a bare list.
 */
export function withOwnerSections(sentences: Sentence[]): Sentence[] {
  const headed = underOwnerSections(sentences);
  return sentences.map((sentence, i) => {
    const tokens = headed[i] ?? sentence.tokens;
    if (sentence.isClause || tokens === sentence.tokens || sentence.tokens.length === 0) {
      return sentence;
    }
    return assignsToPerson(tokens) ? { ...sentence, isClause: true } : sentence;
  });
}
