import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { readAnswer } from './sentences';

// The thirty-seventh round: the speaker's decisions as the objects of one verb. Our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

describe('"I own order, limits, holds, go/no-go" is a statement, not a list', () => {
  it('credits what the PM owns in terse notes', () => {
    const grade = gradeAnswer(
      'Ownership: platform runs the flag and the deploy. I own order, limits, holds, go/no-go.',
      service,
    );
    expect(grade.covered).toContain('pm-owns');
  });

  it('still reads "We use canary, thresholds, p99, A/B, holds." as a list (must not credit)', () => {
    const [sentence] = readAnswer('We use canary, thresholds, p99, A/B, holds.').sentences;
    expect(sentence?.isClause).toBe(false);
  });
});
