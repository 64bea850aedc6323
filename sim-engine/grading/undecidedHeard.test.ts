import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// Notes of a discussion with nothing decided, and a map of what each party wants, are not the
// speaker's plan (undecided.ts). Our own wording throughout.
const service = fixtureScenario({ changeKind: 'backend' });
const covered = (answer: string) => gradeAnswer(answer, service).covered;

describe('an item recorded as still open is not decided', () => {
  it.each([
    [
      'a note closed by "Still open."',
      'Notes from the review. Rollback: the on-call engineer flips the route back at any hour, about two minutes. Nobody knows if the old database survives the month. Still open.',
    ],
    [
      'a note put off "to be decided"',
      'Notes from the review. Who signs each promotion, the PM or the platform lead, is to be decided by the director.',
    ],
  ])('%s', (_name, answer) => {
    expect(covered(answer)).toEqual([]);
  });

  it('keeps a decided note next to an open one', () => {
    const answer =
      'I own the release calls. Rollback: the on-call engineer flips the route back at any hour, about two minutes. Pricing copy: still open.';
    expect(covered(answer)).toContain('rollback');
  });

  it('keeps the speaker’s own duty ("my job is to decide …")', () => {
    const answer =
      'My job as PM is to decide who goes first, when we stop and how long we hold; engineering runs the routing.';
    expect(covered(answer)).toContain('pm-owns');
  });
});

describe('what each party wants is not the speaker’s plan', () => {
  it('credits nothing of a stakeholder map', () => {
    const answer =
      'Stakeholders as I found them.\n- Support: wants staff first, then beta users, enterprise last.\n- SRE: wants a rollback by config flip in two minutes, on-call at any hour.\n- Finance: prefers 1 / 10 / 50 / 100 with a day at each step.';
    expect(covered(answer)).toEqual([]);
  });

  it('credits the speaker’s own note in the same form', () => {
    const answer =
      'Me: staff first, then beta users, enterprise last, because staff forgive breakage.\nRollback: the on-call engineer flips the config back in two minutes, at any hour.';
    expect(covered(answer)).toEqual(expect.arrayContaining(['cohort-order', 'rollback']));
  });
});

describe('a decision handed to someone else at run time is not decided', () => {
  it.each([
    [
      '"… is the duty engineer’s call"',
      'Which customers see it first, staff or beta users, is the duty engineer’s call on the night.',
    ],
    [
      '"theirs to set"',
      'The limits, say 0.5 % errors or 200 ms on p99 over control, are theirs to set on the night.',
    ],
    [
      '"whoever holds the pager"',
      'The sign-off at every gate is whoever holds the pager that hour.',
    ],
    [
      'the decision fronted before its decider',
      'How long each stage holds, six hours or a day, the duty engineer decides.',
    ],
  ])('%s', (_name, answer) => {
    expect(covered(`The platform team runs this release. ${answer}`)).toEqual([]);
  });

  it.each([
    [
      'the call to roll back given to the on-call engineer',
      'Rolling back is the on-call engineer’s call alone, at any hour: a config flip, two minutes.',
      'rollback',
    ],
    [
      'a consensus the speaker is part of',
      'Before launch we write the limits down, 0.5 % errors and 200 ms p99 over control, and everyone agrees.',
      'thresholds',
    ],
  ])('keeps %s', (_name, answer, point) => {
    expect(covered(answer)).toContain(point);
  });
});

describe('an analogy about another domain earns nothing until it is brought back', () => {
  const analogy =
    'Think of it as a new chef joining a busy kitchen. The chef first cooks for the staff, then for regulars who asked to try the new menu, and only later for the big banquets. The head cook agrees in advance what sends the chef back to prep: more than 0.5 % of plates returned, or tickets 200 ms slower than the old chef.';

  it('credits nothing of the other domain', () => {
    expect(covered(analogy)).toEqual([]);
  });

  it('credits the plan once the speaker maps it back', () => {
    const answer = `${analogy} We do the same here: staff first, then beta users, enterprise accounts last, because staff forgive breakage.`;
    expect(covered(answer)).toContain('cohort-order');
  });

  it('keeps a plan told after a one-line image in the speaker’s voice', () => {
    const answer =
      'It’s like a dimmer, not a switch. We start with staff, then beta users, and enterprise accounts last, because staff forgive breakage.';
    expect(covered(answer)).toContain('cohort-order');
  });
});
