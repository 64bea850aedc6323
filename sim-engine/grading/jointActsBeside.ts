import { actsJointly, beforeEveryStage } from './jointActs';
import { findAll } from './match';
import { rolesNamed } from './roles';
import type { Token } from './tokens';
import { EACH_GATE } from './vocabulary';

/**
 * A joint act read beside the sentences around it (read by signOff.ts): after a gate that awaits
 * it, under a "Gate:" heading, or before a note of every stage.
 */

/**
 * "Between songs, nobody moves on until the hold is over." then "Then the dive master, Joaquin,
 * and I both hit the buzzer.": the joint act that comes next after every stage's gate is its
 * sign-off.
 */
export function actsJointlyAfterEachGate(
  tokens: readonly Token[],
  before: readonly Token[] | undefined,
): boolean {
  if (before === undefined) return false;
  const eachGate = findAll(before, EACH_GATE).length > 0;
  if (tokens.find((token) => token.kind === 'word')?.text !== 'then') {
    return eachGate && awaitsSigner(before) && actsJointly(tokens);
  }
  return actsJointly(tokens) && (beforeEveryStage(before) || eachGate);
}

/** Words of a note that names every stage: "Every advance.", "At each gate." */
const EACH_NOTE_WORDS = 3;

/**
 * "Mama Vaea and I both lay a tiare on the first roll." then "Every advance.": a joint act whose
 * next line is only a note of every stage is each stage's sign-off.
 */
export function actsJointlyBeforeEachNote(
  tokens: readonly Token[],
  next: readonly Token[] | undefined,
): boolean {
  if (next === undefined) return false;
  const words = next.filter((token) => token.kind === 'word');
  if (words.length === 0 || words.length > EACH_NOTE_WORDS) return false;
  return (
    findAll(next, EACH_GATE).length > 0 &&
    !words.some((word) => word.negated) &&
    actsJointly(tokens)
  );
}

const GATE_HEADINGS = new Set(['gate', 'gates']);

/**
 * "Gate: the master corker and I both stamp the first bale.": a joint act under the heading of
 * the gate itself is that gate's sign-off, as "at each gate" before it would make it.
 */
export function actsJointlyAtGate(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  const headed = GATE_HEADINGS.has(tokens[start]?.text ?? '') && tokens[start + 1]?.text === ':';
  return headed && actsJointly(tokens);
}

const SIGNATURES = new Set(['signature', 'signatures', 'sign-off', 'approval', 'go-ahead']);

/**
 * "No stage moves without a signature." then "The head tuner and I both strike the fork.": a gate
 * that waits on a signature no one is named for yet is signed by the joint act that follows.
 */
function awaitsSigner(gate: readonly Token[]): boolean {
  const signature = gate.some((token) => SIGNATURES.has(token.text) && !token.negated);
  return signature && rolesNamed(gate).length === 0;
}
