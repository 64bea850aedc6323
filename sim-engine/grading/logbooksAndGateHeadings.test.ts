import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The hundred-and-eleventh round (corpus/README.md): stages whose notes end on their length, a
// joint act under a gate's heading, a rollback whose notes say when and how, the speaker's heading
// with the PM's role in brackets, a ramp ending on "the whole" place, statements with any tag, a
// flag the tagger calls a verb, outputs that do not fit, and refusals that reach past an aside.
// Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());

const ORDER =
  'Staff go first, then the customers who opted into early access, then regulars by years with us; new customers go last because they forgive least.';
const LIMITS =
  'Before anything moves we write down the limits: errors more than 0.5 % worse than now, or p99 latency more than 300 ms worse than now, and we close the hatch.';
const plan = (...sentences: string[]) => [ORDER, LIMITS, ...sentences].join(' ');

describe('stages whose notes end on their length', () => {
  it('holds "The quay, 2 %, 3,000 bookings. The harbour, 25 %, 20,000 bookings."', () => {
    const ramp = [
      'Stages: the quay, 2 %, 3,000 bookings.',
      'The harbour, 25 %, 20,000 bookings.',
      'Then the whole coast.',
    ];
    expect(service.covered(plan(...ramp))).toContain('holds');
  });

  it('does not read "3,000 users" as a length: it sizes the stage (must not deny)', () => {
    const ramp = [
      'Stages: the quay, 2 %, 3,000 users.',
      'The harbour, 25 %, 20,000 users.',
      'Then the whole coast.',
    ];
    expect(service.covered(plan(...ramp))).not.toContain('holds');
  });
});

describe("a joint act under the gate's heading", () => {
  it('reads "Gate: the ferry lead and I both stamp the first ticket." as the sign-off', () => {
    const gate = 'Gate: the ferry lead, Marta Sousa, and I both stamp the first ticket.';
    expect(service.covered(plan(gate))).toContain('sign-off');
  });

  it("does not read the same act under any other heading as a gate's (must not deny)", () => {
    const note = 'Note: the ferry lead, Marta Sousa, and I both stamp the first ticket.';
    expect(service.covered(plan(note))).not.toContain('sign-off');
  });
});

describe('a rollback whose notes say when and how', () => {
  it('carries the rollback through "Any hour." to "Flag flip, under four minutes, no redeploy."', () => {
    const rollback = [
      'Rollback: whoever is on watch puts the old timetable back on the board, no need to call me.',
      'Any hour.',
      'Flag flip, under four minutes, no redeploy.',
    ];
    expect(service.covered(plan(...rollback))).toContain('rollback');
  });

  it('reads "prompt switch, two minutes" as the way back, however the switch is tagged', () => {
    const rollback = [
      'Rollback: whoever is on watch puts the old timetable back on the board, no need to call me.',
      'Any hour; prompt switch, two minutes; no approval.',
    ];
    expect(service.covered(plan(...rollback))).toContain('rollback');
  });
});

describe("the speaker's heading with the PM's role in brackets", () => {
  it('gives "Mine (PM): order, limits, holds." to the speaker', () => {
    const owners = [
      'Mine (PM): traveller order, limits, holds.',
      "Engineering's: routing, deploy, flags.",
    ];
    expect(model.covered(plan(...owners))).toContain('pm-owns');
  });
});

describe('a ramp ending on the whole place', () => {
  const ramp = (last: string) =>
    plan(
      'The first quay, 5 %.',
      'The harbour wall, 25 %.',
      last,
      'Each holds 10,000 bookings and one Friday rush.',
    );

  it('ends the ramp on "The whole coast." and holds each stage', () => {
    expect(service.covered(ramp('The whole coast.'))).toContain('holds');
  });

  it('does not end it on a longer note that opens with "the whole" (must not deny)', () => {
    expect(service.covered(ramp('The whole coast, then the islands.'))).not.toContain('holds');
  });
});

describe('a statement with any tag', () => {
  it('reads "…, a randomised A/B test afterwards, alle?" as the statement it is', () => {
    const verdict =
      'Kindly note the canary tells us the new model is safe; whether it is better is a separate randomised A/B test afterwards, alle?';
    expect(model.covered(plan(verdict))).toContain('canary-vs-ab');
  });

  it('keeps a short line with a tag a question (must not deny)', () => {
    expect(model.covered(plan('A/B test after, anyone?'))).not.toContain('canary-vs-ab');
  });
});

describe('outputs that do not fit', () => {
  const feedback =
    'Thumbs-down on suggestions more than 2 points worse than now, and we close the hatch.';

  it('reads "suggested cabins that do not fit the party" as wrong outputs, a second model signal', () => {
    const misfits =
      'Suggested cabins that do not fit the party the traveller entered more than 1 point worse than now, the same.';
    expect(model.covered(plan(feedback, misfits))).toContain('model-metrics');
  });

  it('does not read "suggested cabins that fit the party" as a fault (must not deny)', () => {
    const fits =
      'Suggested cabins that fit the party the traveller entered more than 1 point worse than now, the same.';
    expect(model.covered(plan(feedback, fits))).not.toContain('model-metrics');
  });
});

describe('refusals that reach past an aside', () => {
  it('refuses the stamp in "I will not ask the ferry lead, or anybody, to stamp the ticket before we widen."', () => {
    const refusal =
      'I will not ask the ferry lead, or anybody, to stamp the first ticket before we widen.';
    expect(service.covered(plan(refusal))).not.toContain('sign-off');
  });

  it('refuses a signing under a "Sign-off." heading', () => {
    const refusal = [
      'Item 5.',
      'Sign-off.',
      'Recommendation: the ferry lead and I will not sign any inspection slip.',
    ];
    expect(service.covered(plan(...refusal))).not.toContain('sign-off');
  });
});
