import { assignsToPerson } from './listHeadings';
import { entryOfSpeaker } from './speakerEntries';
import { productNoteBesideMechanics } from './possessedShares';
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
      heading = tokens.some((token) => OWNER_SECTIONS.has(token.text)) ? withColon(tokens) : null;
      return tokens;
    }
    return heading === null ? tokens : [...heading, ...tokens];
  });
}

/**
 * A heading of a few words ending in a colon, with nothing after it; or, as a ticket or a page
 * sets it on a line of its own, a few words with no mark and no verb at all ("Owners").
 */
function isSectionHeading(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word');
  if (words.length === 0 || words.length > SECTION_WORDS) return false;
  if (tokens.at(-1)?.text === ':') return true;
  return words.length === tokens.length && !tokens.some((token) => token.pos === 'VERB');
}

/** "Owners" reads as "Owners:" before the role lines it heads. */
function withColon(heading: readonly Token[]): readonly Token[] {
  const last = heading.at(-1);
  if (last === undefined || last.text === ':') return heading;
  return [...heading, { ...last, text: ':', lemma: ':', kind: 'mark', pos: 'PUNCT' }];
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
    // "The Manifest Keeper (me, the PM)" then "Habitat: the order, the limits, the holds.": the
    // field states what the speaker holds (speakerEntries.ts).
    if (!sentence.isClause && entryOfSpeaker(sentences[i - 1]?.tokens, sentence.tokens)) {
      return { ...sentence, isClause: true };
    }
    // "PM: cohorts, limits, holds." beside "ML lead: routing, flag, deploy.": a role line too.
    const [before, after] = [sentences[i - 1]?.tokens ?? [], sentences[i + 1]?.tokens ?? []];
    if (!sentence.isClause && productNoteBesideMechanics(sentence.tokens, after, before)) {
      return { ...sentence, isClause: true };
    }
    if (sentence.isClause || tokens === sentence.tokens || sentence.tokens.length === 0) {
      return sentence;
    }
    const roleLine = assignsToPerson(tokens) || productRoleLine(sentence.tokens);
    return roleLine ? { ...sentence, isClause: true } : sentence;
  });
}

/** "Product (PM): exposure order, …": the team's name with the role in brackets, then a colon. */
function productRoleLine(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  const texts = tokens.slice(start, start + 5).map((token) => token.text);
  return (
    texts.join(' ') === 'product ( pm ) :' || texts.slice(0, 4).join(' ') === 'product ( pm ):'
  );
}
