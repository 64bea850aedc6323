import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The sixty-third round (corpus/README.md): limits given as multiples of the old version with the
// comparison said first, a step a rollback waives, and a speed said without "of". Every sentence
// is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, credit } = gradedFor(service);

describe('limits as multiples of the old version', () => {
  it('reads "no more than 1.2 times" closing its clause as a limit', () => {
    const answer =
      'Limits, agreed before any traffic moves and read against the old version: error rate no more than 1.2 times; p95 latency no more than 1.1 times.';
    expect(credit(answer, 'thresholds')).toBeGreaterThanOrEqual(0.9);
  });

  it('does not read how often someone looks as a limit (must not deny)', () => {
    const looked =
      'Limits, agreed before any traffic moves: we look at the error dashboard no more than three times a day.';
    const plain = 'Limits, agreed before any traffic moves: we look at the error dashboard.';
    expect(credit(looked, 'thresholds')).toBe(credit(plain, 'thresholds'));
  });
});

describe('a step the rollback waives', () => {
  it('ends at its comma, so the speed after it still counts', () => {
    const answer =
      'The on-call engineer flips the flag back at any hour, no asking permission, a couple of minutes.';
    expect(credit(answer, 'rollback')).toBe(1);
  });

  it('leaves a list refused by "no" refused past its commas (must not deny)', () => {
    const answer =
      'Stages are 5 %, 25 % and 100 %. There will be no meetings, sign-offs from the head of support or approvals at any stage.';
    expect(covered(answer)).not.toContain('sign-off');
  });
});

describe('a speed said without "of"', () => {
  it('counts "a couple minutes" as fast', () => {
    const answer =
      'The on-call engineer flips the flag back at any hour without asking; done in a couple minutes.';
    expect(credit(answer, 'rollback')).toBe(1);
  });
});
