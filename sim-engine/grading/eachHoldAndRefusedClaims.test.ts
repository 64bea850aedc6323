import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { plan } from '../testing/planSentences';

// The hundred-and-twelfth round (corpus/README.md): a hold note labelled for each stage, a claim
// the speaker refuses to make, and a plan named and then refused as "not for this one". Every
// sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());

const LADDER = 'Stages: the first jetty 2 % → the harbour 20 % → the whole bay 100 %.';

describe('a hold note labelled for each stage', () => {
  it('holds each stage of the ladder by "Hold at each: 4,000 conversations."', () => {
    expect(
      model.covered(plan(LADDER, 'Hold at each: 4,000 conversations, 1,000 of them in Welsh.')),
    ).toContain('holds');
  });

  it('holds them by "Hold at each stage: 2,000 bookings."', () => {
    expect(service.covered(plan(LADDER, 'Hold at each stage: 2,000 bookings.'))).toContain('holds');
  });

  it('does not hold them by a note that is no hold (must not deny)', () => {
    expect(service.covered(plan(LADDER, 'Count at each: 4,000 conversations.'))).not.toContain(
      'holds',
    );
  });
});

describe('a claim the speaker refuses to make', () => {
  it('does not credit ownership in "I will not say the order, the limits and the holds are mine"', () => {
    const refusal =
      "No, I will not say the order, the limits and the holds are mine and the routing is engineering's.";
    expect(service.covered(plan(refusal))).not.toContain('pm-owns');
  });

  it('keeps what the claim waits on: "I would not claim that without a randomised A/B test" (must not deny)', () => {
    const verdict =
      'The canary will not tell us whether the new model is better, and I would not claim that without a randomised A/B test afterwards.';
    expect(model.covered(plan(verdict))).toContain('canary-vs-ab');
  });
});

describe('a plan named and refused as "not for this one"', () => {
  it('turns down the order in "staff first, opted-in next, new customers last: not for this one."', () => {
    const refused =
      'Item 2 — staff first, opted-in early access next, first-time customers last: not for this one.';
    expect(service.covered(refused)).not.toContain('cohort-order');
  });

  it('keeps an order whose "not for" names an act it rules out (must not deny)', () => {
    const kept =
      'Item 2 — staff first, opted-in early access next, first-time customers last: not for skipping anyone.';
    expect(service.covered(kept)).toContain('cohort-order');
  });
});
