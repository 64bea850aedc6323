import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { LIMITS, OWNER, plan } from '../testing/planSentences';

// The hundred-and-twenty-ninth round (corpus/README.md): people who tell the speaker what
// happens, an order laid out after "Order:" in one line, a release held until a joint act, a
// draft struck out, and stages named and held with an aside before "holds". Every sentence is our
// own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));

describe('people who tell the speaker what happens', () => {
  it('reads "(they tell us first if it sounds rude)" as a reason for a group, not another voice', () => {
    const order =
      'Order: staff, then early-look customers who write Welsh (they tell us first if it sounds rude), then regulars of three years, new customers last: no second chance.';
    expect(service.covered(`${OWNER} ${order} ${LIMITS}`)).toContain('cohort-order');
  });

  it('still hears a plan someone else gives (must not deny)', () => {
    const told = plan('The vendor tells us: hold a day at each of 5 %, 25 % and 100 %.');
    expect(service.covered(told)).not.toContain('holds');
  });
});

describe('an order laid out after "Order:" in one line', () => {
  it('reads "Order: our weavers; early-access clients; regulars of Cardiff; Android users last."', () => {
    const inline =
      'Order: our weavers; early-access clients; regulars of Cardiff; Android users last.';
    expect(service.covered(`${OWNER} ${inline} ${LIMITS}`)).toContain('cohort-order');
  });

  it('reads no order of groups in "Order: errors; latency; conversion; cost last." (must not deny)', () => {
    const metrics = 'Order: errors; latency; conversion; cost last.';
    expect(service.covered(`${OWNER} ${metrics} ${LIMITS}`)).not.toContain('cohort-order');
  });
});

describe('a release held until a joint act', () => {
  it('reads "…; unsigned, it does not advance" as the condition of the act, not a refusal', () => {
    const held = plan(
      'At each gate the head potter and I both taste the first cup; unsigned, it does not advance.',
    );
    expect(service.covered(held)).toContain('sign-off');
  });

  it('still reads "…; it is not needed here" as turning the sign-off down (must not deny)', () => {
    const refused = plan(
      'A sign-off at each gate from the head potter and me; it is not needed here.',
    );
    expect(service.covered(refused)).not.toContain('sign-off');
  });
});

describe('a draft struck out', () => {
  it('credits no sign-off the speaker "struck out again"', () => {
    const struck = plan(
      'Round 4, decision reversed: the judges wrote a sign-off from the head potter before each advance into my sheet; I struck it out again.',
    );
    expect(service.covered(struck)).not.toContain('sign-off');
  });

  it('keeps a sign-off the team "takes up" (must not deny)', () => {
    const taken = plan('Before each stage the head potter signs the step; then we take it up.');
    expect(service.covered(taken)).toContain('sign-off');
  });
});

describe('stages named and held', () => {
  it('reads "the first kiln (staff) holds three days, the glazing bench (20 %) holds four days"', () => {
    const stages = plan(
      'The first kiln (staff) holds three days, the glazing bench (20 %) holds four days or 500 orders, and only then everyone.',
    );
    expect(service.covered(stages)).toContain('holds');
  });

  it('reads no held stages in one thing held (must not deny)', () => {
    expect(service.covered(plan('The flag holds three days.'))).not.toContain('holds');
  });
});
