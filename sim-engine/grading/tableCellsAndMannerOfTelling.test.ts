import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { plan } from '../testing/planSentences';

// The hundred-and-twentieth round (corpus/README.md): a table row's number cell, a telling in
// someone's manner, a particle before a joint act's object, a trade's own people, a quotation
// taken back in two words, and "including" as a preposition. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));

const STAGES = 'The rollout goes to 5 %, then 25 %, then everyone.';

describe("a table row and a telling in the speaker's own voice", () => {
  it('reads "1 | Ownership | Me, the PM: …" as the speaker\'s heading', () => {
    const row =
      '1 | Ownership | Me, the PM: order of customers, rollback limits, holds. Engineering: routing, flags, deploy.';
    expect(service.covered(row)).toContain('pm-owns');
  });

  it('keeps the plan after "as the referee says it:" with the speaker', () => {
    const manner =
      'Here is my plan in one breath, as the referee says it on the field: as PM I own the order of customers, the limits and the holds, while engineering owns the routing and the deploy.';
    expect(service.covered(manner)).toContain('pm-owns');
  });

  it('still hears "as the textbook says:" as another voice (must not credit)', () => {
    const told =
      'As the textbook says: the PM owns the order of customers, the limits and the holds, and engineering owns the routing.';
    expect(service.covered(told)).not.toContain('pm-owns');
  });
});

describe("a joint act, a trade's own people and a quotation taken back", () => {
  it('reads "X and I both open out the first …" at every gate as the sign-off', () => {
    const act = 'Our head baker and I both open out the first loaf at every gate.';
    expect(service.covered(plan(act))).toContain('sign-off');
  });

  it('reads "the bakers\' own phones first" as the workshop\'s own people', () => {
    const order =
      "The bakers' own phones first. Then the customers who opted in early. Last, our elders of fifteen years buying.";
    expect(service.credit(order, 'cohort-order')).toBeGreaterThan(0.5);
  });

  it("still counts customers' own phones as no staff (must not credit)", () => {
    const order =
      "The buyers' own phones first. Then the customers who opted in early. Last, our elders of fifteen years buying.";
    expect(service.credit(order, 'cohort-order')).toBeLessThan(0.8);
  });

  it('takes back the quoted line before "Taken back:"', () => {
    const taken =
      'I nearly said "the head baker and I sign off each stage". Taken back: there are no stages, so nobody signs.';
    expect(service.covered(`${STAGES} ${taken}`)).not.toContain('sign-off');
  });

  it('still keeps a plan\'s own line before "Taken back:" when nothing is quoted (must not deny)', () => {
    const kept =
      'The head baker and I both taste the first loaf before each stage widens. Taken back: the old idea of a single big launch.';
    expect(service.covered(plan(kept))).toContain('sign-off');
  });
});

describe('"including" as a preposition', () => {
  it('holds stages "held four days including two New Jersey evening peaks"', () => {
    const held =
      'Stages: the first proof at 2 %, held four days including two New Jersey evening peaks; the shaping bench at 25 %, held five days; then everyone.';
    expect(service.credit(plan(held), 'holds')).toBeGreaterThan(0.5);
  });
});
