import type { Word } from './negationScope';

const SPEAKERS = new Set(['i', 'we', 'me', 'us']);

/** Verbs of a measure moving: "must not drop", "should not rise". */
const MOVING = new Set([
  'drop',
  'fall',
  'rise',
  'exceed',
  'regress',
  'dip',
  'climb',
  'slip',
  'worsen',
]);

/**
 * "The offline evals, re-run on each stage's traffic, must not drop": a tail with no speaker that
 * ends on a verb of moving bounds the measure named before it, as a limit does; it refuses
 * nothing, though "drop" is also a verb of dismissing.
 */
export function boundsAMeasure(tail: readonly Word[]): boolean {
  if (tail.some((piece) => SPEAKERS.has(piece.text))) return false;
  const verb = tail.find((piece) => piece.pos === 'VERB');
  return verb !== undefined && MOVING.has(verb.lemma) && tail.at(-1) === verb;
}
