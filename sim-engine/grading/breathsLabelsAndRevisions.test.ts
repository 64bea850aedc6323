import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { plan } from '../testing/planSentences';

// The hundred-and-thirteenth round (corpus/README.md): a plan said in one long breath, a part's
// label before the speaker's heading, a group named by a relative clause, a ramp's last note
// after "then", a line's former wording after "I had", the company's own tradespeople, stages
// listed after "before", and a release "made wider". Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());

describe('a plan said in one long breath', () => {
  it('reads a clause whose verbs are auxiliaries after nouns as a statement, not a list', () => {
    const breath =
      'Tile 12, the new quote page, in one go: the two forms of our quote become one, the saved site and size filled in, and the builders liked it on the bench, but builders are not the ones ordering their first roof, so part one, mine, is the order, the limits and the holds, and part two, the routing, the flag and the deploy, belongs to engineering and I leave it there; then staff first, first-time buyers last.';
    expect(service.covered(breath)).toContain('pm-owns');
  });

  it('still hears a dozen terms hung on one "is" as a list (must not deny)', () => {
    const salad =
      'The whole of it is the harness, the error rate, p99, the flag, staff, beta, holds, limits, the switch, sign-off, the on-call, A/B and cost, with my order and the limits and the holds.';
    expect(model.covered(salad)).not.toContain('pm-owns');
  });
});

describe("a part's label before the speaker's heading", () => {
  it('gives the list to the speaker in "Parts: A, mine: order, limits, holds."', () => {
    const parts = 'Parts: A, mine: order, limits, holds. Part B is engineering: routing, deploy.';
    expect(service.covered(plan(parts))).toContain('pm-owns');
  });

  it('gives it in "K2 drying loft: me = order, limits, holds."', () => {
    const loft = 'K2 drying loft: me = order, limits, holds. Engineers = routing, deploy, flag.';
    expect(service.credit(plan(loft), 'pm-owns')).toBeGreaterThan(0.9);
  });

  it('hears "The engineers\': routing, flags, deploy." as what engineering runs', () => {
    const split = "Mine: order, limits, holds. The engineers': routing, flags, deploy.";
    expect(service.credit(plan(split), 'pm-owns')).toBeGreaterThan(0.9);
  });

  it('gives nothing to the speaker under "Parts: A, B: order, limits, holds." (must not deny)', () => {
    const nobody = 'Parts: A, B: order, limits, holds. Part C: routing, deploy.';
    expect(service.covered(plan(nobody))).not.toContain('pm-owns');
  });
});

describe('a group named by a relative clause', () => {
  it('keeps "Then the friends of the yard who asked to try it." in the order', () => {
    const order =
      "First round: the workshop's own people. Then the friends of the yard who asked to try it. Then buyers of five years and more. New buyers last: the fair brings them in and they judge us on one order.";
    expect(service.credit(order, 'cohort-order')).toBeGreaterThan(0.9);
  });

  it('still reads "A friend who worked at a bakery ran her canary …" as her story (must not deny)', () => {
    const story =
      'A friend who worked at a bakery ran her canary with staff first, then early-access customers, then everyone else, new customers last.';
    expect(service.covered(story)).not.toContain('cohort-order');
  });
});

describe('a ramp\'s last note after "then"', () => {
  it('ends the ramp on "Then the whole market." after two shares held', () => {
    const ramp =
      'The first kiln: 2 %, held for 400 orders. The glaze room: 25 %, five days, first-timers join here. Then the whole market.';
    expect(service.covered(plan(ramp))).toContain('holds');
  });
});

describe('a line\'s former wording after "I had"', () => {
  it('does not credit the rollback in "Step 5, redone: I had \'whoever is on call can put the old prompt back\'." then "Cut."', () => {
    const redone =
      'Step 5, redone: I had "whoever is on call can put the old prompt back in two minutes, any hour, with a flag". Cut. If it is bad we talk on Monday.';
    expect(model.covered(redone)).not.toContain('rollback');
  });

  it('still credits a rollback the speaker had the on-call do, unquoted (must not deny)', () => {
    const told =
      'I had the on-call engineer switch the flag back in two minutes at 3 a.m. last time, without asking anyone, and whoever is on call does the same here.';
    expect(model.covered(told)).toContain('rollback');
  });
});

describe("the company's own tradespeople", () => {
  it('places "our own glaziers and fitters first" in the order', () => {
    const order =
      'The order: our own glaziers and fitters first, they see every quote anyway. Then buyers on the early list. New buyers and the big site contracts last.';
    expect(service.credit(order, 'cohort-order')).toBeGreaterThan(0.7);
  });

  it('does not make "our own subscribers" staff (must not deny)', () => {
    const order =
      'The order: our own subscribers first. Then buyers on the early list. New buyers and the big site contracts last.';
    expect(service.credit(order, 'cohort-order')).toBeLessThan(0.7);
  });
});

describe('stages listed after "before", and a release made wider', () => {
  it('hears "Before the first kiln, the glaze room and the market, X and I both …" as each gate\'s sign-off', () => {
    const joint =
      'Before the first kiln, the glaze room and the market, the head potter and I both tap the first bowl.';
    expect(service.covered(plan(joint))).toContain('sign-off');
  });

  it("does not hear a joint act before one moment as every gate's (must not deny)", () => {
    const once = 'Before the spring fair, the head potter and I both tap the first bowl.';
    expect(service.covered(plan(once))).not.toContain('sign-off');
  });

  it('hears "Each time we make it wider, X and I both …" as each gate\'s sign-off', () => {
    const wider = 'Each time we make it wider, the head potter and I both tap the first bowl.';
    expect(service.covered(plan(wider))).toContain('sign-off');
  });

  it('does not hear "Each time we make it, X and I both …" as a gate (must not deny)', () => {
    const made = 'Each time we make it, the head potter and I both tap the first bowl.';
    expect(service.covered(plan(made))).not.toContain('sign-off');
  });
});
