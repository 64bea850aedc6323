import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The fifty-ninth round (corpus/README.md): "how tempting it is to …" as a turning-down, and a
// rollback kept for the PM by a pointer ("so it's mine alone") or after the PM is paged. Every
// sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { misconceptions } = gradedFor(service);

describe('"how tempting it is to …"', () => {
  it('turns the practice down', () => {
    const answer = 'I know how tempting it is to read a lift off the canary. I won’t.';
    expect(misconceptions(answer)).not.toContain('canary-vs-ab');
  });

  it('turns nothing down when no "to" follows (must not deny)', () => {
    const answer = 'I know how tempting it is, and the canary proves the new search is better.';
    expect(misconceptions(answer)).toContain('canary-vs-ab');
  });
});

describe('a rollback kept for the PM', () => {
  it('is the misconception when "it" carries the rollback to "mine alone"', () => {
    expect(misconceptions('Rollback is a product call, so it’s mine alone.')).toContain('rollback');
  });

  it('is not the misconception when a part of the work is mine alone (must not deny)', () => {
    const answer =
      'The rollback limits are a product decision, and that part is mine alone; on-call rolls back without asking.';
    expect(misconceptions(answer)).not.toContain('rollback');
  });

  it('is the misconception when on-call pages the PM, who decides whether to roll back', () => {
    const answer =
      'If errors breach at night, on-call pages me, I check the numbers, and I decide whether we roll back.';
    expect(misconceptions(answer)).toContain('rollback');
  });

  it('is not the misconception when on-call, not the PM, decides (must not deny)', () => {
    const answer =
      'The rollback is theirs: on-call pages me so I know, and they decide whether we roll back.';
    expect(misconceptions(answer)).not.toContain('rollback');
  });
});
