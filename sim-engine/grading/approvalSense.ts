import { rolesNamed } from './roles';
import { ASSENT } from './quotedAssent';
import type { Token } from './tokens';
import { questionStart } from './questionLabels';
import { findAll, hasAny } from './match';
import { EACH_GATE, ROLLBACK, STAGE_CHANGE } from './vocabulary';

/**
 * An approval word that is no stage's approval: given before the plan ("already approved"), said
 * of a group ("the testers who say yes"), or naming a thing of the product ("the approval flow").
 * Read by signOff.ts.
 */

export function approvalOfNoGate(tokens: readonly Token[], start: number, end: number): boolean {
  return (
    modifiesProductNoun(tokens, end) ||
    describesGroup(tokens, start) ||
    alreadyGiven(tokens, start) ||
    nobodyShakes(tokens, start) ||
    approvesRollingBack(tokens, start)
  );
}

/** Objects that point back to something named before: "… approve it". */
const POINTED_OBJECTS = new Set(['it', 'that', 'this']);

/**
 * "Rolling back means a redeploy, and only after the head of e-commerce and I approve it": an
 * approval whose object points back to the rollback named before it, in a sentence that speaks of
 * no stage. It is the rollback's misconception (rollback.ts), not a sign-off on advancing.
 */
function approvesRollingBack(tokens: readonly Token[], at: number): boolean {
  if (!POINTED_OBJECTS.has(tokens[at + 1]?.text ?? '')) return false;
  const rollback = findAll(tokens, ROLLBACK).some((match) => match.start < at);
  return rollback && !hasAny(tokens, STAGE_CHANGE) && !hasAny(tokens, EACH_GATE);
}

/**
 * "Shaking on it, bookings lead, changeover Saturday": a handshake that opens its note has nobody
 * shaking; "the bookings lead and I shake on it" has two people.
 */
function nobodyShakes(tokens: readonly Token[], at: number): boolean {
  const opens = tokens.slice(0, at).every((token) => token.kind === 'mark');
  return opens && tokens[at]?.lemma === 'shake';
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
/** A move named as a label's noun phrase: "Moving to the next stage", "Going up a step". */
const MOVES = new Set([...ADVANCING, 'move', 'go']);
/** Nouns that are a stage's move by themselves: "Promotion: me and the ML lead". */
const MOVE_NOUNS = new Set(['promotion', 'promotions', 'advancement']);
/** Where a move is a stage's, not another's ("Plan for the DB move"): toward a next stage or up. */
const MOVED_TO = new Set(['next', 'stage', 'step', 'up', 'on', 'wider']);
const HEADING_REACH = 3;
const LABEL_REACH = 6;

/**
 * "Who advances: the ML lead and me, at each gate", "Moving to the next stage: me and the pricing
 * eng lead, both": a heading asking who moves the release on, or naming the move, answered by
 * named people, is their approval of each move. "Moving to the next stage: after 48 h green"
 * names nobody, and approves nothing.
 */
export function whoAdvancesAnswered(tokens: readonly Token[]): boolean {
  const asked = tokens[0]?.text === 'who' && ADVANCING.has(tokens[1]?.lemma ?? '');
  const reach = asked ? 1 + HEADING_REACH : LABEL_REACH;
  const colon = tokens.findIndex((token, at) => token.text === ':' && at <= reach);
  if (colon <= 0 || !(asked || namesMove(tokens.slice(0, colon)))) return false;
  const roles = rolesNamed(tokens);
  // The label's own words hold no role: "Eng lead moves up: …" is a sentence, not a label.
  return roles.some((role) => role.start > colon) && !roles.some((role) => role.start < colon);
}

function namesMove(label: readonly Token[]): boolean {
  if (label.some((token) => MOVE_NOUNS.has(token.text))) return true;
  const move = label.findIndex((token) => MOVES.has(token.lemma) && !token.negated);
  return move >= 0 && label.slice(move + 1).some((token) => MOVED_TO.has(token.text));
}

/**
 * "Who says go?", "Who signs it off?": a question of who approves, asked of the plan itself. The
 * sentence after it answers it, so an assent given there is the approval of each move.
 */
export function asksWhoApproves(tokens: readonly Token[]): boolean {
  // "HOST: Who advances us?", "Question 6: who signs the advance?": a speaker's or a number's
  // label may stand before the question.
  const start = questionStart(tokens);
  if (tokens[start]?.text !== 'who' || tokens.at(-1)?.text !== '?') return false;
  return tokens.some(
    (token) =>
      ASSENT.has(token.text) ||
      token.lemma === 'sign' ||
      token.lemma === 'approve' ||
      // "Who says we advance?", "Who advances us?": who lets the release move on.
      token.lemma === 'advance',
  );
}
