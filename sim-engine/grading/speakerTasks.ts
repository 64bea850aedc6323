import type { Token } from './tokens';

/**
 * A task given to the speaker in meeting notes (read by ownership.ts): "Me: send the limits round
 * to the team", "Me: chase the purchase order". A word and then its object after "Me:" gives the
 * speaker a job, not the release's decisions, unless the word is a decision's verb ("Me: decide
 * the order", "Me: set the limits"); "Me: the order, the limits, the holds" names no task.
 */

/** Verbs of a task that are the PM's decisions. */
const DECIDING_VERBS = new Set([
  'own',
  'decide',
  'set',
  'choose',
  'pick',
  'call',
  'approve',
  'fix',
]);
/** What opens a task's object, or the particle of a phrasal verb: "send round", "write up". */
const TASK_OBJECT_OPENS = new Set(['the', 'a', 'an', 'our', 'my', 'it', 'them', 'up', 'round']);

/** Whether the words from `at` are a task that is not one of the release's decisions. */
export function speakersTask(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  if (verb === undefined || verb.kind !== 'word') return false;
  if (DECIDING_VERBS.has(verb.lemma) || DECIDING_VERBS.has(verb.text)) return false;
  return TASK_OBJECT_OPENS.has(tokens[at + 1]?.text ?? '');
}
