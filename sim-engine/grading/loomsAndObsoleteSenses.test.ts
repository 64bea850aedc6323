import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The hundredth round (corpus/README.md): "lay" as placing, not telling, and a dictionary's
// obsolete sense. Every sentence is our own.
const { covered, misconceptions } = gradedFor(fixtureScenario({ changeKind: 'backend' }));

const RAMP = 'Stages: 1 %, 10 %, 100 %, each held for a day. ';

describe('"lay" as placing something', () => {
  it('reads "Whoever\'s on call lays the old build back on the shelf, …" as the rollback', () => {
    const laid = `${RAMP}Whoever's on call lays the old build back on the shelf, no need to call me: one config switch, any hour, under five minutes.`;
    expect(covered(laid)).toContain('rollback');
  });

  it("does not let that rollback tell the sentences after it as someone else's plan", () => {
    const after = `${RAMP}Whoever's on call lays the old build back on the shelf, no need to call me: one config switch, any hour. The canary shows the switch is safe, not that it sells more; a randomised A/B test afterwards shows that.`;
    expect(covered(after)).toContain('canary-vs-ab');
  });

  it('still hears a plan laid out by another as theirs (must not deny)', () => {
    const told =
      'Priya lays it out: staff first, then beta customers, then everyone, new customers last because they leave fastest.';
    expect(covered(told)).not.toContain('cohort-order');
  });
});

describe('an obsolete sense', () => {
  it('does not charge a random slice given under "Sense 5, obs."', () => {
    const obsolete = [
      'Staff first, then beta customers, then everyone, new customers last because they leave fastest.',
      'Sense 5, obs.',
      ': to canary, meaning to hand it to a random five percent on a Monday and wait.',
    ].join('\n');
    expect(misconceptions(obsolete)).not.toContain('cohort-order');
  });
});
