import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The fortieth round (corpus/README.md): a Scots negative in an otherwise standard answer, a ramp
// of bare numbers rising to everyone, rollback notes under a spoken heading, a condition on what
// a test will say. Every sentence is our own wording; none is a corpus answer's.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();

function misconceptions(answer: string, scenario = service): string[] {
  return gradeAnswer(answer, scenario).misconceptions.map((found) => found.point);
}

describe('a Scots negative verb is a negation wherever it is written', () => {
  it('reads no misconception in "the canary doesnae tell us it\'s better"', () => {
    const answer =
      "But the canary doesnae tell us it's better, just that it's no dangerous. Better is an A/B test, after.";
    expect(misconceptions(answer)).toEqual([]);
    expect(gradeAnswer(answer, service).covered).toContain('canary-vs-ab');
  });

  it('still reads "the canary tells us it\'s better" as the misconception (must not deny)', () => {
    expect(misconceptions("The canary tells us it's better, so we ship it.")).toContain(
      'canary-vs-ab',
    );
  });
});

describe('a ramp of bare numbers rising to everyone is a ramp', () => {
  it('earns holds for "1, 5, 25, 50, then everybody", a day at each', () => {
    const answer =
      "I own the pace. Ramp's 1, 5, 25, 50, then everybody. A full day at each, and we only move if every number is inside its limit.";
    expect(gradeAnswer(answer, model).covered).toContain('holds');
  });

  it('does not read falling numbers before "everybody" as a ramp (must not deny)', () => {
    const answer =
      'I own the pace. We saw 50, 25, 5, then everybody complained. A full day at each.';
    expect(gradeAnswer(answer, model).covered).not.toContain('holds');
  });
});

describe('rollback notes under a spoken heading', () => {
  it('earns rollback for "Rollback. On-call, any hour, no asking. Flag back …, under five minutes."', () => {
    const answer =
      'My calls as PM: order, limits, pace. Rollback.\nOn-call, any hour, no asking.\nFlag back to the old SDK, under five minutes.';
    expect(gradeAnswer(answer, service).covered).toContain('rollback');
  });
});

describe('a condition on what a test will say tells no other voice', () => {
  it('keeps the plan before "… if that\'s what it says" the speaker\'s', () => {
    const answer =
      'Staff get it first, then beta users, then everyone, each stage held for two days. ' +
      "For that we run a randomised A/B test afterwards, and I'd keep the old prompt if that's what it says.";
    const notices = gradeAnswer(answer, service).notices.join(' ');
    expect(notices).not.toContain('another voice');
  });

  it('still reads "That\'s what the textbook says." as handing the plan back (must not deny)', () => {
    const answer =
      "Staff get it first, then beta users, then everyone, each stage held for two days. That's what the textbook says.";
    expect(gradeAnswer(answer, service).covered).not.toContain('cohort-order');
  });
});

describe('a group named as the opening of a note', () => {
  it('reads "Staff phones." under "Who first." as the first group', () => {
    const answer =
      'Who first.\nStaff phones.\nThen beta testers who opted in.\nThen small cities.\nBig-city customers last, they hurt most if a payment fails.';
    expect(gradeAnswer(`I own the order. ${answer}`, service).covered).toContain('cohort-order');
  });
});

// The forty-first round: a sign-off before the next move, and the on-call engineer's authority
// said with a pronoun.
describe('a signature before the next move, and the rollback told through a pronoun', () => {
  it('earns sign-off for "me and the engineering lead, we both sign before we move"', () => {
    const answer =
      'I own the order and the pace. Staff first, then beta riders, then everyone, each stage held a day. Me and the engineering lead, we both sign before we move.';
    expect(gradeAnswer(answer, service).covered).toContain('sign-off');
  });

  it('earns rollback when "she" carries the on-call engineer', () => {
    const answer =
      "I own the pace.\nThe on-call engineer rolls back, full stop.\nShe doesn't wake me, she doesn't wait.\nIt's a flag, back to the old pricing in two, three minutes.";
    expect(gradeAnswer(answer, service).covered).toContain('rollback');
  });

  it('does not read "she" with no rollback before as one (must not deny)', () => {
    const answer =
      "I own the pace. Our designer likes the new page. She doesn't wait. It's a flag, in two minutes.";
    expect(gradeAnswer(answer, service).covered).not.toContain('rollback');
  });
});
