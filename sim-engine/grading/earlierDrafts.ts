import type { Token } from './tokens';

/*
 * The speaker's own earlier draft, told as superseded: "I had written that rollback means
 * redeploying the old model; no, far too slow", "I almost said the on-call person could flip it
 * back", "I had drawn up stages, the first chisel mark and the waxing fire, each with a hold of a
 * few days", "I had rollback as a redeploy". What the draft said is reported, as others' advice
 * is (reportedAdvice.ts), and the plan is what comes after its correction.
 */

/** Verbs of drafting a plan: "I had written …", "I nearly said …", "I had drawn up …". */
const DRAFTING = new Set([
  'write',
  'say',
  'put',
  'plan',
  'propose',
  'note',
  'suggest',
  'think',
  'draw',
  'sketch',
]);
/** "I almost said …": a draft never said, past simple. */
const ALMOST = new Set(['almost', 'nearly']);
/** Where a draft's words stop: a clause's end, or its correction (below). */
const DRAFT_ENDS = new Set([';', ':', '—', '–', '.', '!', '?']);
/** Corrections that end a draft only after a comma, as they also stand inside one. */
const CORRECTIONS_AFTER_COMMA = new Set(['not', 'but', 'now', 'wrong', 'rather']);

/** Words a draft runs to when nothing marks its end: "i had said a rollback needs my nod …". */
const LONGEST_DRAFT = 16;
/** Corrections that end a draft with or without a comma before them, as speech runs on. */
const CORRECTIONS = new Set([
  'reversed',
  'overturned',
  'whoever',
  'instead',
  'actually',
  'no',
  'nope',
]);

/** Words between the verb of drafting and the draft: "drawn up", "written that". */
const DRAFT_OPENERS = new Set(['up', 'down', 'out', 'that']);

/** Where the verb of drafting is, after "I had" or "I almost", or -1. */
function draftingVerb(tokens: readonly Token[], at: number): number {
  const next = tokens[at + 1]?.text ?? '';
  if (next !== 'had' && !ALMOST.has(next)) return -1;
  const verb = tokens[at + 2];
  if (verb === undefined || verb.negated) return -1;
  if (DRAFTING.has(verb.lemma)) return at + 2;
  return next === 'had' && heldAs(tokens, at + 2) ? at + 1 : -1;
}

/** Words of what the speaker "had" before "as" or its -ing verb: "the head sculptor and me". */
const HELD_WORDS = 6;

/**
 * "I had rollback as a redeploy", "I had the head sculptor and me signing each gate": what the
 * speaker had in the draft, then "as" or an -ing verb saying how.
 */
function heldAs(tokens: readonly Token[], from: number): boolean {
  for (let at = from + 1; at <= from + HELD_WORDS; at++) {
    const token = tokens[at];
    if (token === undefined || token.kind === 'mark') return false;
    if (token.text === 'as' || (token.pos === 'VERB' && token.text.endsWith('ing'))) return true;
  }
  return false;
}

/** [start, end) of the draft's words when the speaker opens one at `at`, else null. */
export function earlierDraftAt(tokens: readonly Token[], at: number): [number, number] | null {
  if (tokens[at]?.text !== 'i' || tokens[at]?.negated) return null;
  const verb = draftingVerb(tokens, at);
  if (verb < 0) return null;
  // "drawn up", "written down", "written that": the particle and the "that" open nothing.
  let from = verb + 1;
  while (DRAFT_OPENERS.has(tokens[from]?.text ?? '')) from++;
  // "I had written: look at the thumbs-down later": the colon opens the draft it quotes.
  if (tokens[from]?.text === ':') from++;
  let end = from;
  // Spoken without marks, a draft ends at its correction or after a draft's length at most.
  const last = Math.min(tokens.length, from + LONGEST_DRAFT);
  while (end < last && !endsDraft(tokens, end)) end++;
  return [from, end];
}

function endsDraft(tokens: readonly Token[], at: number): boolean {
  const text = tokens[at]?.text ?? '';
  if (DRAFT_ENDS.has(text) || CORRECTIONS.has(text)) return true;
  return text === ',' && CORRECTIONS_AFTER_COMMA.has(tokens[at + 1]?.text ?? '');
}
