import type { Token } from './tokens';

/** Headings over a joint act that name every stage (read by jointActs.ts). */

/** What sets "Each gate" off from the act it heads. */
export const HEADING_MARKS: ReadonlySet<string> = new Set([':', ',']);
/** Words that make a stage every stage: "each gate", "every step", "any advance". */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['each', 'every', 'any']);

/** Nouns of moving from one stage to the next, after a word or two: "each crew change". */
const STAGE_CHANGES = new Set([
  'change',
  'changeover',
  'handover',
  'move',
  'step',
  'stage',
  'gate',
]);
const CHANGE_WORDS = 2;

/** "Each crew change: the master lei-maker and I both …": a heading of every stage's change. */
export function headedByEachChange(tokens: readonly Token[], opening: number): boolean {
  if (!QUANTIFIERS.has(tokens[opening]?.text ?? '')) return false;
  for (let at = opening + 2; at <= opening + CHANGE_WORDS + 1; at++) {
    const token = tokens[at];
    if (token === undefined || token.kind === 'mark') return false;
    if (STAGE_CHANGES.has(token.text)) return HEADING_MARKS.has(tokens[at + 1]?.text ?? '');
  }
  return false;
}

const GATE_NOUNS = new Set(['gate', 'gates']);

/**
 * "The gate: the eldest grinder, …, and I both set the first jar on the scale": the plan's gate,
 * named as a heading, is the one every stage passes.
 */
export function headedByTheGate(tokens: readonly Token[], opening: number): boolean {
  const gate = tokens[opening + 1]?.text ?? '';
  return (
    tokens[opening]?.text === 'the' && GATE_NOUNS.has(gate) && tokens[opening + 2]?.text === ':'
  );
}
