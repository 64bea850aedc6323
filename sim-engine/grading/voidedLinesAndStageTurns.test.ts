import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The ninety-eighth round (corpus/README.md): lines struck from a list or an invoice, and stages
// that end or are advanced to only on a joint act. Every sentence is our own.
const service = fixtureScenario({ changeKind: 'backend' });
const { credit, misconceptions } = gradedFor(service);

const RAMP = 'Stages: 1 %, 10 %, 100 %. ';

describe('lines struck out', () => {
  it('withdraws every line that ends ": crossed out"', () => {
    const struck = [
      '1. PM owns the order and the limits: crossed out.',
      '2. Staff first, then beta, then everyone: crossed out.',
      '3. Limits fixed before launch, errors more than 0.5 % worse: crossed out.',
      'It goes to 100 % today.',
    ].join('\n');
    expect(credit(struck, 'pm-owns')).toBeLessThan(0.5);
    expect(credit(struck, 'cohort-order')).toBeLessThan(0.5);
  });

  it('withdraws the line before "VOID — reissued as line 4." and reads the reissued one', () => {
    const voided = `${RAMP}Rollback: redeploy the old build. VOID — reissued as line 4. Whoever's on call flips the flag back, any hour, no need to call me.`;
    expect(misconceptions(voided)).not.toContain('rollback');
    expect(credit(voided, 'rollback')).toBeGreaterThan(0.5);
  });

  it('keeps a limit whose consequence is "cancelled" (must not deny)', () => {
    const limits =
      'Fixed before launch: p95 more than 800 ms worse than now: cancelled. Errors more than 0.5 % worse than now: cancelled.';
    expect(credit(limits, 'thresholds')).toBeGreaterThan(0.5);
  });
});

describe('stages that turn only on a joint act', () => {
  it('hears "A stage ends only when … and I both ring the bell"', () => {
    const ends = `${RAMP}A stage ends only when the head baker and I both ring the bell.`;
    expect(credit(ends, 'sign-off')).toBeGreaterThan(0.5);
  });

  it('hears "To advance, … and I both ring the bell", the verb tagged a noun', () => {
    const purpose = `${RAMP}To advance, the head baker (Anna, our platform lead) and I both ring the bell.`;
    expect(credit(purpose, 'sign-off')).toBeGreaterThan(0.5);
  });
});
