import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { plan } from '../testing/planSentences';

// The hundred-and-fifteenth round (corpus/README.md): a transcript's lines, an answer and the
// next question joined by a semicolon, a line's number and speaker's letter before what it says,
// and an answer headed by the speaker. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));

describe('an answer and the next question joined by a semicolon', () => {
  it('states the answer before "; (3) Q. Limits?"', () => {
    const line =
      '(2) A. Staff go first, then customers who opted into early access, then regulars by years with us, and new customers last because they forgive least; (3) Q. Limits?';
    expect(service.covered(line)).toContain('cohort-order');
  });

  it('still asks both halves of "Should staff go first …; or should beta go first?" (must not deny)', () => {
    const asked =
      'Should staff go first and beta after, with new customers last; or should beta go first?';
    expect(service.covered(asked)).not.toContain('cohort-order');
  });
});

describe("a line's number and speaker's letter before what it says", () => {
  it('gives "L4 A. Me: cohort order, limits, holds." to the speaker', () => {
    const line =
      'L4 A. Me: cohort order, limits, holds. Engineering owns the routing and the deploy.';
    expect(service.covered(plan(line))).toContain('pm-owns');
  });

  it('hears "L12 A. Each gate: X and I both …" as each gate\'s sign-off', () => {
    const line = 'L12 A. Each gate: the head of support and I both ring the first bell.';
    expect(service.covered(plan(line))).toContain('sign-off');
  });

  it('keeps "L3 Q. Owners?" from swallowing the answer headed by the speaker', () => {
    const lines =
      'L3 Q. Owners? L4 A. Me: cohort order, limits, holds. Engineering: routing, migration, flags.';
    expect(service.covered(plan(lines))).toContain('pm-owns');
  });
});
