import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { plan } from '../testing/planSentences';

// The hundred-and-sixteenth round (corpus/README.md): a call told of once is not a call held,
// engineering calling its own work, a gate and an advance said in other words, the old version
// returned and its note of terms, a count given to every stage, a quotation taken back, and a
// question turned down by its answer. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));

describe('a call told of once', () => {
  it('owns nothing in "Call overruled: I called the median the number to watch."', () => {
    const told = 'Call overruled: I called the median the number to watch.';
    expect(service.covered(plan(told))).not.toContain('pm-owns');
  });

  it('still gives "Order, limits, holds: I decide." to the speaker (must not deny)', () => {
    const held = 'Order, limits, holds: I decide.';
    expect(service.covered(plan(held))).toContain('pm-owns');
  });

  it('gives "15–0 · Mine: order, limits, holds." to the speaker past the score\'s tag', () => {
    const scored =
      '15–0 · Mine: cohort order, rollback limits, holds. Engineering: routing, deploy.';
    expect(service.covered(plan(scored))).toContain('pm-owns');
  });

  it('owns nothing in a split refused after "without": "… without asking me, and I do not split what I own …"', () => {
    const refused =
      'I will not give the on-call engineer a switch without asking me, and I do not split what I own from what engineering owns.';
    expect(service.covered(plan(refused))).not.toContain('pm-owns');
  });

  it('still affirms what "nobody moves us up unless …" allows, past a later "no permission needed" (must not deny)', () => {
    const spoken =
      'nobody moves us up a step unless my eng lead and i have both said yes in the channel anyone on call can send traffic back to the old checkout no permission needed it is a routing switch about two minutes';
    expect(service.covered(plan(spoken))).toContain('rollback');
  });
});

describe('engineering calling its own work', () => {
  it('hears "Engineering calls the routing, the deploy and the flags" as the contrast, not a misconception', () => {
    const shares =
      'I call the order of customers, the rollback limits and the length of every hold. Engineering calls the routing, the deploy and the flags.';
    expect(service.misconceptions(plan(shares))).not.toContain('pm-owns');
    expect(service.covered(plan(shares))).toContain('pm-owns');
  });

  it('still hears "The order is an engineering call" as the misconception (must not deny)', () => {
    const givenAway = 'The order is an engineering call, not mine.';
    expect(service.misconceptions(plan(givenAway))).toContain('pm-owns');
  });

  it('gives "I call the road: who goes first, the limits, the holds." to the speaker', () => {
    expect(
      service.covered(plan('I call the road: who goes first, the limits, the holds.')),
    ).toContain('pm-owns');
  });
});

describe('a gate and an advance said in other words', () => {
  it('hears "Each gate, X and I both …" as each gate\'s sign-off', () => {
    const gate = 'Each gate, the head of support and I both ring the first bell, or it waits.';
    expect(service.covered(plan(gate))).toContain('sign-off');
  });

  it('hears "Advance only when X and I both …" as every advance\'s sign-off', () => {
    const advance = 'Advance only when the head of support and I both ring the first bell.';
    expect(service.covered(plan(advance))).toContain('sign-off');
  });
});

describe('the old version returned', () => {
  it('hears "Whoever is on call returns the old checkout …" and its note as the rollback', () => {
    const back =
      'Rollback. Checked. Whoever is on call returns the old checkout to every customer, no need to call me. Flag flip, three minutes, any hour.';
    expect(service.covered(plan(back))).toContain('rollback');
  });

  it('hears no rollback in "Whoever is on call may not return the old checkout" (must not credit)', () => {
    const refused =
      'Rollback. Checked. Whoever is on call may not return the old checkout on their own. Flag flip, three minutes, any hour.';
    expect(service.covered(plan(refused))).not.toContain('rollback');
  });
});

describe('a question turned down by its answer', () => {
  it('orders no one when "Who goes first?" is answered "Second ruling: not the staff, not the regulars …"', () => {
    const refused = 'Who goes first? Second ruling: not the staff, not the regulars who opted in.';
    expect(service.credit(refused, 'cohort-order')).toBe(0);
  });

  it('refuses the last place with the wait in "new customers do not wait until last"', () => {
    const order = 'Staff go first, then regulars who opted in, and new customers';
    const refused = service.credit(`${order} do not wait until last.`, 'cohort-order');
    expect(refused).toBeLessThan(service.credit(`${order} wait until last.`, 'cohort-order'));
  });

  it('still reads "Who can pull it? Whoever is on call, any hour, no permission needed." as the rollback (must not deny)', () => {
    const waived =
      'Q: What makes us roll back? A: Errors more than 0.5 % worse than now. Q: Who says go? A: Me and the eng lead, at every step. Q: Who can pull it? A: Whoever is on call, any hour, no permission needed. It is a feature flag, back in about two minutes.';
    expect(service.credit(plan(waived), 'rollback')).toBe(1);
  });

  it('still keeps the question answered "No." to a yes-or-no question (must not deny)', () => {
    const answered =
      'Does a clean canary mean the new checkout sells better? No. It means we found no harm. Whether it sells better is for a randomised A/B test afterwards.';
    expect(service.credit(plan(answered), 'canary-vs-ab')).toBe(1);
  });
});

describe('a count given to every stage, and a quotation taken back', () => {
  const ramp = 'Staff first at 1 %, then 10 %, 25 %, 50 % and everyone; we hold at every stage.';

  it('hears "Pause: 600 paid orders per stage." as what each stage is held for', () => {
    const counted = service.credit(`${ramp} Pause: 600 paid orders per stage.`, 'holds');
    expect(counted).toBeGreaterThan(service.credit(ramp, 'holds'));
  });

  it('still holds the stages in "Corrected: "we hold each stage a week."" (must not deny)', () => {
    const shares = 'Staff first, 5 %, 25 %, then everyone.';
    expect(
      service.credit(`${shares} Corrected: "we hold each stage a week."`, 'holds'),
    ).toBeGreaterThan(0);
  });

  it('names nothing held in "Withdrawn: "we hold each stage a week.""', () => {
    const shares = 'Staff first, 5 %, 25 %, then everyone.';
    expect(service.credit(`${shares} Withdrawn: "we hold each stage a week."`, 'holds')).toBe(0);
  });
});

describe("a rollback's note and a joint act with notes after it", () => {
  it('reads "Any hour, a model flag, three minutes, no approval." after the clause as its terms', () => {
    const back =
      'Whoever is on call puts the old checkout back, no need to call me. Any hour, a model flag, three minutes, no approval.';
    expect(service.credit(back, 'rollback')).toBeGreaterThan(0.8);
  });

  it('hears "…, Ana, and I both ring the bell; no ring, no climb." as a clause of its own', () => {
    const gate =
      'At each gate the head of support, Ana, and I both ring the first bell; no ring, no climb.';
    expect(service.covered(plan(gate))).toContain('sign-off');
  });
});
