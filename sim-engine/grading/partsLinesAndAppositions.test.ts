import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The eighty-fourth round (corpus/README.md): a share after "the last of …" or "the rest of …"
// is a stage, not a limit; "where the line goes" and "numbers down" are the limits, so deciding
// them while looking at a dashboard, or calling them a waste up front, is the thresholds
// misconception; and "I, the PM, own …" is the speaker's ownership. Every sentence is our own
// wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, credit, misconceptions } = gradedFor(service);

describe('a share after "the rest of …"', () => {
  it('reads "the rest of the customers (100 %)" as the ramp\'s last stage', () => {
    const ramp =
      'The pilot (1 %), the wider group (20 %), the rest of the customers (100 %), each held for 2,000 orders.';
    expect(covered(ramp)).toContain('holds');
  });
});

describe('the line decided while looking', () => {
  it('charges "decide then where the line goes" after watching as the misconception', () => {
    const line = "We'll watch the graphs on day one and decide then where the line goes.";
    expect(misconceptions(line)).toContain('thresholds');
  });

  it('charges "open the dashboard … and decide there what is too much" as the misconception', () => {
    const opened =
      'We open the dashboard at launch, compare with what we see, and decide there on the spot what is too much.';
    expect(misconceptions(opened)).toContain('thresholds');
  });

  it('charges "writing numbers down before we start is a waste" as the misconception', () => {
    expect(misconceptions('Writing numbers down before we start is a waste.')).toContain(
      'thresholds',
    );
  });

  it('does not charge engineers who build the dashboards (must not deny)', () => {
    const built =
      'Engineering builds the dashboards, and the support lead and I decide the limits.';
    expect(misconceptions(built)).not.toContain('thresholds');
  });

  it('does not charge a decision about something else after a look (must not deny)', () => {
    const other = 'We check the dashboard and decide what to say about the limits.';
    expect(misconceptions(other)).not.toContain('thresholds');
  });
});

describe('"I, the PM, own …"', () => {
  it('reads the speaker\'s own apposition as "I own"', () => {
    expect(covered('I, the PM, own the cohort order, the limits and the holds.')).toContain(
      'pm-owns',
    );
  });

  it('gives nothing to "I, frankly, would not own any of it" (must not deny)', () => {
    expect(credit('I, frankly, would not own any of it.', 'pm-owns')).toBe(0);
  });
});
