import { POSSESSED_TEAMS } from './listenerAsOwner';
import { findAll } from './match';
import type { Token } from './tokens';
import { ENGINEERING } from './vocabulary';

/**
 * The work split as two labelled shares, the speaker's and engineering's: "My bag: cohort order,
 * limits, holds." beside "Engineering's bag: routing and the flag." (or "Engineering's: …"). The
 * label's noun is any container of duties (bag, pile, column, corner); what makes it ownership is
 * the team's share set beside it, in the same sentence or the one next to it. A lone "My bag:
 * the spare strings" owns nothing.
 */
export function speakersShareBesideTeams(
  tokens: readonly Token[],
  next: readonly Token[],
  previous: readonly Token[],
): boolean {
  const share = speakersShareLabel(tokens);
  if (share === null) return false;
  return [tokens, next, previous].some((told) => teamsShareLabel(told, share));
}

/** "My bag:" opening the sentence (past a bullet): the label's noun, or null. */
function speakersShareLabel(tokens: readonly Token[]): string | null {
  const at = tokens[0]?.kind === 'mark' ? 1 : 0;
  const noun = tokens[at + 1];
  if (tokens[at]?.text !== 'my' || noun?.pos !== 'NOUN' || tokens[at + 2]?.text !== ':') {
    return null;
  }
  return noun.lemma;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** "Engineering's bag:", "Engineering's:": the team's share under the same label, or none. */
function teamsShareLabel(tokens: readonly Token[], share: string): boolean {
  const labelled = (at: number): boolean =>
    tokens[at]?.text === ':' || (tokens[at]?.lemma === share && tokens[at + 1]?.text === ':');
  const joined = tokens.some((token, at) => POSSESSED_TEAMS.has(token.text) && labelled(at + 1));
  return (
    joined ||
    findAll(tokens, ENGINEERING).some(
      ({ end }) => POSSESSIVE.has(tokens[end]?.text ?? '') && labelled(end + 1),
    )
  );
}
