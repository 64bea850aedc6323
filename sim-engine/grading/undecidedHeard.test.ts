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
