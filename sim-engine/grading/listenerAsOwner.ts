import { findAffirmed, findAll, has, lexicon } from './match';
import { supposed } from './decisionHolder';
import { CLAUSE_ENDS } from './supposition';
import type { Token } from './tokens';
import { ENGINEERING, ENGINEERING_WORK } from './vocabulary';

/**
 * The listener cast as the PM by a role split: "You own the calls and my team owns the routing",
 * "you decide the order; engineering runs the gateway". A reviewer's note to the PM, or an answer
 * told in the second person, hands the release decisions to "you" and the mechanics to a team in
 * the same sentence or in one that opens on the team next; without that split ("you own the
 * rollback call", said to the on-call engineer, or "you own the comms; I own the order") the
 * "you" is someone else.
 */

const LISTENER_OWNS = lexicon(
  'you own | you would own | you will own | you decide | you set | you make the call* | ' +
    // A handover: "You now own the product decisions I've been holding".
    'you now own | you now decide | you now set | you now make the call* | ' +
    'you are accountable | you are responsible | the calls are yours | those calls are yours | ' +
    // A columnist to the reader who runs the release: "Your part is the order of customers, the
    // limits and the holds.", "What is yours: the order, the limits, the holds."
    'your part is | your part : | your job is | your share is | what is yours : | yours :',
);
const SPEAKER_OWNS = lexicon('i own | i decide | i set | i am accountable | i am responsible');

export function listenerCastAsOwner(
  tokens: readonly Token[],
  next: readonly Token[],
  previous: readonly Token[] = [],
): boolean {
  if (has(tokens, SPEAKER_OWNS)) return false;
  // "You own the decisions: … . The ML platform team owns the routing.": the split may take two,
  // the team's share told first or next ("The ML platform team owns the deploy. You now own …").
  const splitHere = has(tokens, ENGINEERING) && has(tokens, ENGINEERING_WORK);
  if (!splitHere && !teamRunsMechanics(next) && !teamRunsMechanics(previous)) return false;
  const teams = findAll(tokens, ENGINEERING).map((match) => match.start);
  return findAffirmed(tokens, LISTENER_OWNS).some(
    (match) => !supposed(tokens, match.start) && !ownsMechanics(tokens, match.end, teams),
  );
}

/** "The ML platform team owns the routing at the gateway": a team's share, opening the sentence. */
function teamRunsMechanics(tokens: readonly Token[]): boolean {
  const team = findAll(tokens, ENGINEERING)[0]?.start ?? possessiveTeam(tokens);
  return team >= 0 && team <= TEAM_OPENING && has(tokens, ENGINEERING_WORK);
}

/** The team's possessive, kept one word by the tokenizer: "engineering's". */
export const POSSESSED_TEAMS = new Set([
  "engineering's",
  'engineering’s',
  "engineers'",
  'engineers’',
]);

/** "What is engineering's: the flag, the routing": the team's share, said as its possession. */
function possessiveTeam(tokens: readonly Token[]): number {
  return tokens.findIndex((token) => POSSESSED_TEAMS.has(token.text));
}

/** How far into its sentence the team may stand and still be the subject: "The ML platform team". */
const TEAM_OPENING = 3;

/**
 * "me to the eng lead: 'You own the routing and the dashboards'": what "you" owns is itself the
 * mechanics, so the listener is engineering. The object runs to the clause's end or the team named.
 */
function ownsMechanics(tokens: readonly Token[], from: number, teams: readonly number[]): boolean {
  const team = teams.find((at) => at >= from) ?? tokens.length;
  const end = Math.min(team, clauseEnd(tokens, from));
  return findAll(tokens.slice(from, end), ENGINEERING_WORK).length > 0;
}

function clauseEnd(tokens: readonly Token[], from: number): number {
  const at = tokens.findIndex((token, i) => i >= from && CLAUSE_ENDS.has(token.text));
  return at < 0 ? tokens.length : at;
}
