import { POSSESSED_TEAMS } from './listenerAsOwner';
import { DECISIONS } from './decisionHolder';
import { findAll, has } from './match';
import { POSSESSIVE_MARKS } from './pieces';
import type { Token } from './tokens';
import { ENGINEERING } from './vocabulary';

/**
 * The work split as two labelled shares, the speaker's and engineering's: "My bag: cohort order,
 * limits, holds." beside "Engineering's bag: routing and the flag." (or "Engineering's: …"). The
 * label's noun is any container of duties (bag, pile, column, corner); what makes it ownership is
 * the team's share set beside it, in the same sentence or the one next to it. A lone "My bag:
 * the spare strings" owns nothing. So with a verb: "I pack the decisions: …" beside "Engineering
 * packs the routing".
 */
export function speakersShareBesideTeams(
  tokens: readonly Token[],
  next: readonly Token[],
  previous: readonly Token[],
): boolean {
  const share = speakersShareLabel(tokens);
  if (share !== null) return [tokens, next, previous].some((told) => teamsShareLabel(told, share));
  const verb = speakersVerb(tokens);
  return verb !== null && [next, previous].some((told) => teamDoesAlike(told, verb));
}

/**
 * "I pack the decisions: …" beside "Engineering packs the routing, the deploy and the flag.": the
 * same verb, whatever it is, splits the work between the speaker and the team.
 */
function speakersVerb(tokens: readonly Token[]): string | null {
  const at = tokens[0]?.kind === 'mark' ? 1 : 0;
  const verb = tokens[at + 1];
  if (tokens[at]?.text !== 'i' || verb?.pos !== 'VERB' || verb.negated) return null;
  return has(tokens.slice(at + 2), DECISIONS) ? verb.lemma : null;
}

/** "Engineering packs the routing": the team opening its sentence, on the speaker's verb. */
function teamDoesAlike(tokens: readonly Token[], verb: string): boolean {
  const team = findAll(tokens, ENGINEERING)[0];
  if (team === undefined || team.start > TEAM_OPENING) return false;
  const done = tokens[team.end];
  return done !== undefined && done.lemma === verb && !done.negated;
}

/** How far into its sentence the team may stand: "The platform team packs …". */
const TEAM_OPENING = 2;

/** "My bag:" opening the sentence (past a bullet): the label's noun, or null. */
function speakersShareLabel(tokens: readonly Token[]): string | null {
  const at = tokens[0]?.kind === 'mark' ? 1 : 0;
  const noun = tokens[at + 1];
  if (tokens[at]?.text !== 'my' || noun?.pos !== 'NOUN' || tokens[at + 2]?.text !== ':') {
    return null;
  }
  return noun.lemma;
}

/** "Engineering's bag:", "Engineering's:": the team's share under the same label, or none. */
function teamsShareLabel(tokens: readonly Token[], share: string): boolean {
  const labelled = (at: number): boolean =>
    tokens[at]?.text === ':' || (tokens[at]?.lemma === share && tokens[at + 1]?.text === ':');
  const joined = tokens.some((token, at) => POSSESSED_TEAMS.has(token.text) && labelled(at + 1));
  return (
    joined ||
    findAll(tokens, ENGINEERING).some(
      ({ end }) => POSSESSIVE_MARKS.has(tokens[end]?.text ?? '') && labelled(end + 1),
    )
  );
}
