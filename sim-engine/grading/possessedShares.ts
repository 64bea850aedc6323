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
  if (productNoteBesideMechanics(tokens, next, previous)) return true;
  const share = speakersShareLabel(tokens);
  if (share !== null) {
    if ([tokens, next, previous].some((told) => teamsShareLabel(told, share.noun))) return true;
    // "…, so my whistle is the order, the limits and the holds; engineering owns the routing and
    // the flag": the team's share may follow in the sentence's next clause.
    const sharesBeside = [next, previous, clauseAfterSemicolon(tokens)];
    return decisionsShared(tokens, share.listed) && sharesBeside.some(teamRunsMechanics);
  }
  const verb = speakersVerb(tokens);
  if (verb !== null && [next, previous].some((told) => teamDoesAlike(told, verb))) return true;
  return splitBySameVerb(tokens);
}

/**
 * "…, I keep the order of buyers, the limits and the holds and Ánde's engineers keep the routing,
 * the flag and the stores, …": the speaker's verb and the team's, the same, split the work inside
 * one sentence as two sentences do.
 */
function splitBySameVerb(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    const verb = tokens[at + 1];
    if (token.text !== 'i' || verb?.pos !== 'VERB' || verb.negated) return false;
    const team = findAll(tokens, ENGINEERING).find((match) => match.start > at + 1);
    if (team === undefined || tokens[team.end]?.lemma !== verb.lemma) return false;
    const shared = tokens.slice(at + 2, team.start);
    return findAll(shared, DECISIONS).length >= SHARED_DECISIONS && !tokens[team.end]?.negated;
  });
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

/** Release decisions a share label must list when no team's label answers it. */
const SHARED_DECISIONS = 3;

/**
 * "My whistle: the order of customers, the limits, the holds and the go-ahead.", "My stick is the
 * release calls: which buyers first, the limits, how long we hold": what the share lists, up to
 * the clause where a team's share may begin.
 */
function decisionsShared(tokens: readonly Token[], from: number): boolean {
  const closes = tokens.findIndex((token, at) => at >= from && token.text === ';');
  const listed = tokens.slice(from, closes < 0 ? tokens.length : closes);
  return (
    !listed.some((token) => token.negated) && findAll(listed, DECISIONS).length >= SHARED_DECISIONS
  );
}

function clauseAfterSemicolon(tokens: readonly Token[]): readonly Token[] {
  const semicolon = tokens.findIndex((token) => token.text === ';');
  return semicolon < 0 ? [] : tokens.slice(semicolon + 1);
}

/**
 * "The engineers hold the routing, the model flag, the deploy …": the team opening its sentence
 * on a verb of its own, its object the mechanics (two at least). Beside "My whistle: order, limits,
 * holds, the go-ahead" the work is split as by two labels; "My worries: …" lists no three
 * decisions, and a team that only watches holds no mechanics.
 */
function teamRunsMechanics(tokens: readonly Token[]): boolean {
  const team = findAll(tokens, ENGINEERING)[0];
  if (team === undefined || team.start > TEAM_OPENING) return false;
  const verb = tokens[team.end];
  if (verb?.pos !== 'VERB' || verb.negated) return false;
  const held = tokens.slice(team.end + 1).filter((token) => MECHANICS.has(token.text));
  return held.length >= NOTE_DECISIONS;
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

/**
 * "My bag:" opening the sentence (past a bullet), or "my whistle is" opening it or its clause
 * after the speaker's role ("I am the PM, so my whistle is …"): the label's noun, or null.
 */
function speakersShareLabel(tokens: readonly Token[]): ShareLabel | null {
  const opening = tokens[0]?.kind === 'mark' ? 1 : 0;
  for (let at = opening; at < tokens.length; at++) {
    const noun = tokens[at + 1];
    const labelled = tokens[at + 2]?.text === ':' || COPULAS.has(tokens[at + 2]?.text ?? '');
    if (tokens[at]?.text === 'my' && noun?.pos === 'NOUN' && labelled && !noun.negated) {
      const opens = at === opening || CLAUSE_OPENERS.has(tokens[at - 1]?.text ?? '');
      return opens ? { noun: noun.lemma, listed: at + 3 } : null;
    }
  }
  return null;
}
/** The label's noun, and where what it lists begins. */
interface ShareLabel {
  readonly noun: string;
  readonly listed: number;
}
const COPULAS = new Set(['is', 'are']);
/** What may stand before a share's "my" inside its sentence: "I am the PM, so my whistle is …". */
const CLAUSE_OPENERS = new Set(['so', ',', ';']);

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

/** Words a note's label may take before its colon: "Entry 2 · PM:", "Hery, curing master and ML lead:". */
const NOTE_LABEL_REACH = 7;
const PRODUCT_ROLE = new Set(['pm', 'product']);
/** The release decisions a product note lists, two or more: "cohorts, limits, holds". */
const NOTE_DECISIONS = 2;
/** The mechanics an engineering note lists: "routing, flag, deploy". */
const MECHANICS = new Set(['routing', 'flag', 'flags', 'deploy', 'deploys', 'deployment', 'proxy']);

/** Where a short note's colon stands, within its first few words, or -1. */
function noteColon(tokens: readonly Token[]): number {
  const at = tokens.findIndex((token) => token.text === ':');
  return at > 0 && at <= NOTE_LABEL_REACH + 1 ? at : -1;
}

/**
 * "Entry 2 · PM: cohorts, limits, holds." beside "Hery, curing master and ML lead: routing, flag,
 * deploy.": the product role's note lists release decisions, and the note next to it gives
 * someone else the mechanics. Either alone splits nothing ("PM: Ana" names a person).
 */
export function productNoteBesideMechanics(
  tokens: readonly Token[],
  next: readonly Token[],
  previous: readonly Token[],
): boolean {
  return productNote(tokens) && [next, previous].some(mechanicsNote);
}

function productNote(tokens: readonly Token[]): boolean {
  const colon = noteColon(tokens);
  if (colon < 0 || !PRODUCT_ROLE.has(tokens[colon - 1]?.text ?? '')) return false;
  const listed = tokens.slice(colon + 1);
  if (listed.some((token) => token.negated)) return false;
  return findAll(listed, DECISIONS).length >= NOTE_DECISIONS;
}

function mechanicsNote(tokens: readonly Token[]): boolean {
  const colon = noteColon(tokens);
  if (colon < 0 || PRODUCT_ROLE.has(tokens[colon - 1]?.text ?? '')) return false;
  const listed = tokens.slice(colon + 1).filter((token) => !token.negated);
  return listed.filter((token) => MECHANICS.has(token.text)).length >= NOTE_DECISIONS;
}
