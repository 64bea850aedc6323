import { rolesNamed } from './roles';
import type { Token } from './tokens';

/**
 * An approval word that is no stage's approval: given before the plan ("already approved"), said
 * of a group ("the testers who say yes"), or naming a thing of the product ("the approval flow").
 * Read by signOff.ts.
 */

export function approvalOfNoGate(tokens: readonly Token[], start: number, end: number): boolean {
  return (
    modifiesProductNoun(tokens, end) || describesGroup(tokens, start) || alreadyGiven(tokens, start)
  );
}

/** "The reviewers have already approved the tone": an approval given before the plan, no gate's. */
function alreadyGiven(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.text === 'already' || tokens[at - 2]?.text === 'already';
}

const RELATIVES = new Set(['who', 'that', 'which']);

/**
 * "The testers who say yes": assent in a relative clause on a noun describes a group; it approves
 * no stage ("… and who approves moving on" asks who does).
 */
export function describesGroup(tokens: readonly Token[], verb: number): boolean {
  const noun = tokens[verb - 2]?.pos ?? '';
  return RELATIVES.has(tokens[verb - 1]?.text ?? '') && (noun === 'NOUN' || noun === 'PROPN');
}

/** Nouns an approval word may modify and stay an approval: "sign-off gate", "approval step". */
const APPROVAL_HEADS = new Set([
  'gate',
  'gates',
  'stage',
  'step',
  'checkpoint',
  'meeting',
  'process',
]);

/**
 * "Legal reviews the consent wording", "the approval flow of the app": an approval word before
 * another noun names a thing of the product, not an approval given.
 */
function modifiesProductNoun(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  return next !== undefined && next.pos === 'NOUN' && !APPROVAL_HEADS.has(next.text);
}

/** Verbs of moving a release to its next stage: "who advances", "who promotes". */
const ADVANCING = new Set(['advance', 'promote', 'widen', 'expand', 'proceed', 'progress']);
const HEADING_REACH = 3;

/**
 * "Who advances: the ML lead and me, at each gate": a heading asking who moves the release on,
 * answered by named people, is their approval of each move.
 */
export function whoAdvancesAnswered(tokens: readonly Token[]): boolean {
  if (tokens[0]?.text !== 'who' || !ADVANCING.has(tokens[1]?.lemma ?? '')) return false;
  const colon = tokens.findIndex((token, at) => token.text === ':' && at <= 1 + HEADING_REACH);
  return colon > 0 && rolesNamed(tokens).some((role) => role.start > colon);
}
