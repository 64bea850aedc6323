import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { LIMITS, OWNER, plan } from '../testing/planSentences';

// The hundred-and-thirtieth round (corpus/README.md): an answer said in one breath, an act done
// together to nothing, and an order's items on the line under "Order:". Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));

describe('an answer said in one breath', () => {
  it('reads "they forgive and they tell us, then …" as a reason when a colon comes only past a semicolon', () => {
    const breath =
      'Before kick-off I say what is mine, the order of customers, the limits and the holds, and what is engineering’s, the routing and the flag; staff go first because they forgive and they tell us, then the opted-in customers, and last the new customers; then the limits, written before traffic moves, because a stick is cut early: errors more than 0.5 % worse than now, p99 more than 200 ms worse.';
    expect(service.covered(breath)).toEqual(expect.arrayContaining(['pm-owns', 'thresholds']));
  });

  it("still hears a blog's plan told before its colon (must not deny)", () => {
    const told = plan('Their blog says it plainly: hold a day at each of 5 %, 25 % and 100 %.');
    expect(service.covered(told)).not.toContain('holds');
  });
});

describe('an act done together', () => {
  it('reads no sign-off in "the head potter and I sit together" at every gate', () => {
    expect(
      service.covered(plan('At every gate the head potter and I sit together.')),
    ).not.toContain('sign-off');
  });

  it('reads "the head potter and I lift it together" at every gate as a sign-off (must not deny)', () => {
    expect(
      service.covered(plan('At every gate the head potter and I lift it together.')),
    ).toContain('sign-off');
  });
});

describe('an order on the line under "Order:"', () => {
  it('reads "Order:" then "our weavers; trial-list buyers, three years and more; … last: …"', () => {
    const lined =
      'Order:\nour weavers; trial-list buyers, three years and more; export buyers last: they do not forgive.';
    expect(service.covered(`${OWNER}\n${lined}\n${LIMITS}`)).toContain('cohort-order');
  });

  it('reads no order of groups in "Order:" then "errors; latency; conversion last." (must not deny)', () => {
    const metrics = 'Order:\nerrors; latency; conversion last.';
    expect(service.covered(`${OWNER}\n${metrics}\n${LIMITS}`)).not.toContain('cohort-order');
  });
});
