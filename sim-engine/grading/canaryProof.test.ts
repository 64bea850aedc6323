import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The sixteenth round (corpus/README.md): the canary denied as proof of a claim keeps it to its
// own question, and "claim" followed by an auxiliary is the claim, not someone claiming. Every
// sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

function covers(answer: string): boolean {
  return gradeAnswer(answer, service).covered.includes('canary-vs-ab');
}

describe('the canary denied as proof of a claim is the canary side of the contrast', () => {
  it.each([
    'The conversion claim is not proven by the canary. If we want to show it is better, that is a proper A/B test later.',
    'To be straight with the board: the speed claim does not get proven by the canary. Whether it is better is for a separate A/B test.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // No test for "better" follows: half a contrast.
    'The conversion claim is not proven by the canary, and we will not bother proving it.',
    // The canary and an experiment both turned down.
    "We won't run an A/B test; the canary doesn't prove anything and nobody needs proof of better.",
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});
