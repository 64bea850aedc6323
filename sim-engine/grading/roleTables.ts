import { agentsOf, DECISIONS } from './decisionHolder';
import { findAll } from './match';
import type { Token } from './tokens';

/**
 * Role tables and RACI-like notes: a label that names deciding or a release decision, a
 * separator, then the speaker or the product role ("Decides: PM (me)", "| Exposure order | PM
 * (me) |", "Go/no-go: me"), or a label that names deciding with the speaker in it ("Decisions
 * (mine): order, limits, pace"). "Routing: me" assigns no decision.
 */

/** Labels of a role table that name deciding: "Decides: PM (me)", "Approver | me". */
const DECIDING_LABELS = new Set([
  'owner',
  'ownership',
  'decider',
  'decides',
  'decision',
  'decisions',
  'accountable',
  'approver',
  'approves',
  'dri',
  'call',
  'calls',
]);
/** The speaker inside a label: "Decisions (mine)". */
const LABEL_SPEAKERS = new Set(['mine', 'me', 'myself']);
const HOLDERS = new Set(['me', 'myself', 'i']);
const SEPARATORS = new Set([':', '|', '—', '-', '=']);
const LABEL_WORDS = 4;

/**
 * A role table or a RACI-like note assigns a decision to the speaker: a label that names deciding
 * or a release decision, a separator, then the speaker or the product role ("Decides: PM (me)",
 * "| Exposure order | PM (me) |", "Go/no-go: me"). "Routing: me" assigns no decision.
 */
export function assignedToSpeaker(tokens: readonly Token[]): boolean {
  if (tokens.at(-1)?.text === '?') return false;
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  let separator = start + 1;
  while (separator <= start + LABEL_WORDS && !SEPARATORS.has(tokens[separator]?.text ?? '')) {
    separator++;
  }
  if (!SEPARATORS.has(tokens[separator]?.text ?? '')) return false;
  const label = tokens.slice(start, separator);
  const labelNamesSpeaker = label.some((token) => LABEL_SPEAKERS.has(token.text));
  const namesDeciding =
    label.some((token) => DECIDING_LABELS.has(token.text)) ||
    findAll(tokens, DECISIONS).some((match) => match.start >= start && match.end <= separator);
  if (!namesDeciding) return false;
  // "Decisions (mine): …", "My calls: …": the label names whose they are.
  if (labelNamesSpeaker && label.some((token) => DECIDING_LABELS.has(token.text))) return true;
  const holder = tokens[separator + 1]?.text === 'the' ? separator + 2 : separator + 1;
  const held = tokens[holder];
  if (held === undefined || held.negated) return false;
  return HOLDERS.has(held.text) || agentsOf(tokens).some((agent) => agent.start === holder);
}
