import type { Match } from './match';
import { CLAUSE_ENDS } from './supposition';
import type { Token } from './tokens';

/**
 * Release decisions listed as a verb's whole object (read by decisionHolder.ts): "holds the order
 * of cohorts, the limits and the hold lengths", "call the figure: order, limits, holds".
 */

/** Decisions named by a wh-word decide a case on the spot ("and decide what counts as a drop"). */
export const CASE_WORDS = new Set(['which', 'what', 'who', 'when', 'whether', 'how']);

/**
 * "The PM (me) holds the order of cohorts, the limits and the hold lengths": a list of two release
 * decisions or more, as the whole clause's object, is held as rulings are ("I hold the limits"
 * alone may keep them steady).
 */
export function decisionsListedAfter(
  tokens: readonly Token[],
  decisions: readonly Match[],
  verb: number,
): boolean {
  const end = clauseEnd(tokens, verb);
  const listed = decisions.filter(
    (match) =>
      match.start > verb && match.start < end && !CASE_WORDS.has(tokens[match.start]?.text ?? ''),
  );
  return listed.length >= 2 && tokens.slice(verb + 1, end).some((token) => token.text === ',');
}

/** Words of the object before the colon that opens its list: "call the figure:". */
const OBJECT_BEFORE_COLON = 3;

/**
 * "I call the figure: order, limits, holds": the object named and then spelled out after a colon,
 * two release decisions or more.
 */
export function listedAfterColon(
  tokens: readonly Token[],
  decisions: readonly Match[],
  verb: number,
): boolean {
  const colon = tokens.findIndex(
    (token, at) => at > verb && at <= verb + OBJECT_BEFORE_COLON + 1 && token.text === ':',
  );
  if (colon < 0 || tokens.slice(verb + 1, colon).some((token) => token.kind !== 'word'))
    return false;
  const end = clauseEnd(tokens, colon);
  return decisions.filter((match) => match.start > colon && match.start < end).length >= 2;
}

/** Release decisions an object spelled out after its comma or colon must name. */
const SPELLED_OUT = 3;
/** Where a spelled-out list ends: its clause's end, or a dash that opens the next thought. */
const LIST_ENDS = new Set([...CLAUSE_ENDS, '—', '–']);
/** Tokens from the verb to the comma or colon that opens the list: "carry the route, pues:". */
const SPELLED_OUT_REACH = 5;

/**
 * "I write the score, which guests hear it in which order, the limits and how long we rest", "I
 * carry the route, pues: the cohort order, the limits and how long we stop": a short object, then
 * after a comma or colon three release decisions or more, wh-clauses among them, before the clause
 * ends.
 */
export function decisionsSpelledOut(
  tokens: readonly Token[],
  decisions: readonly Match[],
  verb: number,
): boolean {
  const near = (at: number) => at > verb && at <= verb + SPELLED_OUT_REACH;
  // "I carry the route, pues: the cohort order, …": a colon a word on from a comma opens the list.
  const colon = tokens.findIndex((token, at) => near(at) && token.text === ':');
  const comma = tokens.findIndex((token, at) => near(at) && token.text === ',');
  const mark = colon >= 0 ? colon : comma;
  const object = tokens.slice(verb + 1, mark);
  // "… the decisions I've been holding: the order, …" names no object of its own to spell out.
  if (mark < 0 || !object.some((token) => token.kind === 'word')) return false;
  if (object.some((token) => token.kind !== 'word' && token.text !== ',')) return false;
  let end = mark + 1;
  while (end < tokens.length && !LIST_ENDS.has(tokens[end]?.text ?? '.')) end++;
  return decisions.filter((match) => match.start > mark && match.start < end).length >= SPELLED_OUT;
}

/** Where the verb's object ends: the clause's end or another verb ("pick a random 1 % and see what …"). */
export function clauseEnd(tokens: readonly Token[], verb: number): number {
  let end = verb + 1;
  while (end < tokens.length && !CLAUSE_ENDS.has(tokens[end]?.text ?? '.')) {
    if (tokens[end]?.pos === 'VERB') return end;
    end++;
  }
  return end;
}
