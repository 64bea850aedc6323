import { DECISIONS } from './decisionHolder';
import { findAll } from './match';
import type { Match } from './match';
import { isRejected } from './rejection';
import type { Token } from './tokens';
import { ENGINEERING_ONLY } from './vocabulary';

/**
 * The misconception that the release's decisions are engineering's alone ("it's an engineering
 * call", "not my call"), said and not turned down. Engineering deciding its own work is the
 * contrast a strong answer draws, not the misconception: "Engineering calls the routing, the
 * deploy and the flags" gives away no release decision.
 */
export function engineeringOnlyStated(tokens: readonly Token[]): boolean {
  return findAll(tokens, ENGINEERING_ONLY).some(
    (match) => !isRejected(tokens, match.start) && !callsItsOwnWork(tokens, match),
  );
}

/** Where what a verb takes as its object ends. */
const OBJECT_ENDS = new Set([';', '.', ':', '—', 'while', 'whereas', 'but']);

/** "Engineering calls the routing …": "call" as engineering's verb, with no release decision after it. */
function callsItsOwnWork(tokens: readonly Token[], match: Match): boolean {
  const call = tokens[match.end - 1];
  if (call?.lemma !== 'call' || call.pos !== 'VERB') return false;
  let end = match.end;
  while (end < tokens.length && !OBJECT_ENDS.has(tokens[end]?.text ?? '.')) end++;
  const object = tokens.slice(match.end, end);
  if (!object.some((token) => token.kind === 'word')) return false;
  return findAll(object, DECISIONS).length === 0;
}
