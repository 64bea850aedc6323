import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The forty-sixth round (corpus/README.md): a plan set against the speaker's and judged at its
// subject is turned down; a canary's result pointed back to as proof of a gain is the
// misconception. Our own words.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();

function misconceptions(answer: string, scenario = service): string[] {
  return gradeAnswer(answer, scenario).misconceptions.map((found) => found.point);
}

describe('a weak plan set beside the speaker’s', () => {
  it('is what the answer turns down, not a misconception', () => {
    const answer =
      'A weak plan starts with a random 5 % of users. ' +
      'Mine starts with staff, then beta customers, then everyone, with enterprise accounts last.';
    expect(misconceptions(answer)).toEqual([]);
  });

  it('keeps a sentence about a wrong answer from the model (must not deny)', () => {
    const answer =
      'A wrong answer about a payslip is costly, so the on-call engineer rolls back at any hour, ' +
      'without asking anyone, by flipping the model flag in two minutes.';
    expect(gradeAnswer(answer, model).covered).toContain('rollback');
  });

  it('still reads the speaker’s own random start as the misconception (must not deny)', () => {
    const answer = 'A simple plan works here: we start with a random 5 % of users and widen daily.';
    expect(misconceptions(answer)).toContain('cohort-order');
  });
});

describe('a canary’s result pointed back to as proof', () => {
  it('is the canary-vs-ab misconception', () => {
    const answer =
      'I own the order; engineering owns routing. ' +
      'If answer ratings in the canary beat the rest, that proves the bigger model is better.';
    expect(misconceptions(answer, model)).toContain('canary-vs-ab');
  });

  it('is not, when the proof after the pointer is an A/B test’s (must not deny)', () => {
    const answer =
      'I own the order; engineering owns routing. ' +
      'If ratings in the canary look good, that proves nothing; a randomised A/B test afterwards tells us if it is better.';
    expect(misconceptions(answer, model)).not.toContain('canary-vs-ab');
  });
});
