import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The ninety-ninth round (corpus/README.md): items taken out of a list or answered "Ni", work
// split into labelled shares, quizzes, and a few readings of holds, limits and model signals.
// Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());

const RAMP = 'Stages: 1 %, 10 %, 100 %. ';

describe('items refused or taken out', () => {
  it('reads "Ni" after a question as "No"', () => {
    const asked =
      'Staff first, then beta customers, then everyone else, new customers last because they leave fastest? Ni.';
    expect(service.credit(asked, 'cohort-order')).toBeLessThan(0.5);
  });

  it('turns down a long label with "not" and a verb: "…, new customers last …: not doing it."', () => {
    const refused =
      'Staff first, then beta customers, then everyone else, new customers last because they leave fastest: not doing it.';
    expect(service.credit(refused, 'cohort-order')).toBeLessThan(0.5);
  });

  it('keeps "Holds at every stage: not skipped." (must not deny)', () => {
    const kept = `${RAMP}Holds of two full days at every stage: not skipped.`;
    expect(service.credit(kept, 'holds')).toBeGreaterThan(0.5);
  });

  it('withdraws the line before "No, out." and reads the one repacked after it', () => {
    const repacked = `${RAMP}Rollback: redeploy the old build. No, out. Repacked: whoever's on call flips the flag back, any hour, no need to call me.`;
    expect(service.misconceptions(repacked)).not.toContain('rollback');
    expect(service.credit(repacked, 'rollback')).toBeGreaterThan(0.5);
  });

  it('does not take back a line for a sentence that merely ends on "out" (must not deny)', () => {
    const order =
      'Staff first, then beta customers, then everyone else, new customers last because they leave fastest. Nobody is left out.';
    expect(service.credit(order, 'cohort-order')).toBeGreaterThan(0.5);
  });
});

describe('the work split into shares', () => {
  it('hears "My bag: …" beside "Engineering\'s bag: …" as ownership', () => {
    const bags = "My bag: cohort order, limits, holds. Engineering's bag: routing and the flag.";
    expect(service.covered(bags)).toContain('pm-owns');
  });

  it('does not hear "My bag: …" beside another label of the team\'s (must not deny)', () => {
    const lunch = "My bag: cohort order, limits, holds. Engineering's lunch: the usual sandwiches.";
    expect(service.covered(lunch)).not.toContain('pm-owns');
  });

  it('hears "I pack the decisions: …" beside "Engineering packs the routing"', () => {
    const packed =
      'I pack the decisions: which riders go first, the limits, how long each stage holds. Engineering packs the routing and the flag.';
    expect(service.covered(packed)).toContain('pm-owns');
  });

  it('hears "Yours: …" beside "Engineering\'s: …" as the reader cast as the PM', () => {
    const yours = "Yours: cohort order, limits, holds. Engineering's: routing, flag.";
    expect(service.covered(yours)).toContain('pm-owns');
  });

  it('reads "The PM, that\'s who I\'d be, owns …" as the speaker owning', () => {
    const role =
      "The PM, that's who I'd be, owns the order riders go in, the limits that stop it and how long each stage sits.";
    expect(service.covered(role)).toContain('pm-owns');
  });

  it('reads a quiz answer to "PM owns?" as what the PM owns', () => {
    const quiz =
      'Short quiz for new hires. Q1: PM owns? A: order of riders, limits, holds; engineering owns the flag and the routing.';
    expect(service.covered(quiz)).toContain('pm-owns');
  });
});

describe('limits decided by eye', () => {
  it('charges "decide, when I see the curve, what is too bad"', () => {
    const byEye =
      "Last month was a holiday, so every number looks odd. I'd rather eyeball the dashboard each morning and decide, when I see the curve, what is too bad.";
    expect(service.misconceptions(byEye)).toContain('thresholds');
  });

  it('gives no ownership to "Limits: I do not believe in numbers fixed before."', () => {
    expect(
      service.credit('Limits: I do not believe in numbers fixed before.', 'pm-owns'),
    ).toBeLessThan(0.5);
  });

  it('gives no ownership to limits set "from what looks normal then"', () => {
    const late = "I'd rather watch for a week and set the limits from what looks normal then.";
    expect(service.credit(late, 'pm-owns')).toBeLessThan(0.5);
  });
});

describe('stages and their holds', () => {
  it('hears "and only then we go on" after a joint act as a gate on every advance', () => {
    const gate = `${RAMP}The last stage holds a full week of the spring fair. Then the head mechanic and I both ring the bell, and only then we go on.`;
    expect(service.covered(gate)).toContain('sign-off');
  });

  it('hears periods counted in the plural: "holds through two nightly backup windows"', () => {
    const windows = 'Each stage holds through two nightly backup windows and 4,000 rides.';
    expect(service.credit(windows, 'holds')).toBeGreaterThan(0.6);
  });

  it('reads "Each stage, the harbour, the bridge, the hill, holds for …" as one clause', () => {
    const laps =
      'Each stage, the harbour, the bridge, the hill, holds for 2,000 rides before it moves.';
    expect(service.covered(laps)).toContain('holds');
  });
});

describe('orders, comparisons and model signals', () => {
  it('does not charge "the first are the most valuable" after a group put last', () => {
    const former =
      'Staff first, then beta riders. Last, the largest paying fleets and fleets in their first month: the first are the most valuable, the second the least patient.';
    expect(service.misconceptions(former)).not.toContain('cohort-order');
  });

  it('reads "quicker for riders say," as "for example", not riders telling', () => {
    const example =
      'The canary tells us the switch is safe; whether it is better, quicker for riders say, is for a randomised A/B test afterwards.';
    expect(service.covered(example)).toContain('canary-vs-ab');
  });

  it('hears "cost per prediction" as the cost per output', () => {
    const cost = 'We also watch the eval score, rider thumbs-down and cost per prediction.';
    expect(model.covered(cost)).toContain('model-metrics');
  });

  it('hears predictions checked against what happened as how right the outputs are', () => {
    const checked =
      'Beyond errors and latency we watch predicted arrival times against measured arrival times, and thumbs-down in the app.';
    expect(model.covered(checked)).toContain('model-metrics');
  });
});
