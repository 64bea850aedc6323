import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The forty-ninth round (corpus/README.md): decisions asked before a colon and refused after it,
// a second refusal joined by "or with", and the calls held as the speaker's. Every sentence is
// our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

const { covered } = gradedFor(service);

describe('a decision named before a colon and refused after it', () => {
  it.each([
    ['Who goes first: I would not pick.', 'pm-owns'],
    ['Who approves each stage: nobody, because there would be no stages.', 'sign-off'],
    ['An A/B test afterwards: we would not run one either.', 'canary-vs-ab'],
  ])('earns nothing: "%s"', (answer, point) => {
    expect(covered(answer)).not.toContain(point);
  });

  it.each([
    // A refusal that goes on to say something.
    [
      'Rollback: nobody waits for me, the on-call engineer flips the flag in two minutes.',
      'rollback',
    ],
    // One thing refused, another taken on.
    [
      'Ownership: I do not own the routing, engineering does; I own the order and the limits.',
      'pm-owns',
    ],
  ])('leaves a statement after the colon as it was: "%s"', (answer, point) => {
    expect(covered(answer)).toContain(point);
  });
});

describe('a preposition repeated after "or" under a negation', () => {
  it('carries the negation past a list of numbers', () => {
    const answer =
      'We would not trouble ourselves with steps of 2 pct, 10 pct and 40 pct with waits at each, or with a sign-off from anybody at every step.';
    expect(covered(answer)).not.toContain('sign-off');
  });

  it('stops at "but"', () => {
    const answer =
      'We would not bother with holds at each stage, but with a sign-off from the ops lead at every step.';
    expect(covered(answer)).toContain('sign-off');
  });
});

describe('the calls held by the speaker', () => {
  it('is ownership when engineering has the mechanics', () => {
    const answer =
      "Engineering's got the serving and the routing; I've got the calls: who sees it when, what stops it, and how long we wait.";
    expect(covered(answer)).toContain('pm-owns');
  });

  it('is not ownership when the calls are telephone calls', () => {
    expect(covered('I have the calls from support every morning.')).not.toContain('pm-owns');
  });
});
