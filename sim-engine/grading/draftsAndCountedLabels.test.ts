import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { plan } from '../testing/planSentences';

// The hundred-and-twenty-second round (corpus/README.md): the speaker's earlier draft told as
// superseded, a lift said to lie, the on-call role's flag beside a refused approval, a gate after
// "without …", and a counted label before the speaker's heading. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const ROLLBACK =
  'Whoever is on call switches the flag back to the old service within five minutes, any hour, no approval needed.';

describe("the speaker's earlier draft", () => {
  it('raises no misconception for "I had written that rollback means a redeploy; no, too slow"', () => {
    const draft = 'I had written that rollback means redeploying the old build; no, far too slow.';
    expect(service.misconceptions(plan(draft, ROLLBACK))).not.toContain('rollback');
  });

  it('raises no misconception for "I had rollback as a redeploy" after a reversal', () => {
    const draft = 'Second half, call reversed: I had rollback as a redeploy.';
    expect(service.misconceptions(plan(draft, ROLLBACK))).not.toContain('rollback');
  });

  it('credits nothing for "I almost said the on-call person could flip it back"', () => {
    const draft =
      'Call reversed: I almost said the on-call person could flip it back in minutes at any hour.';
    expect(service.covered(plan(draft))).not.toContain('rollback');
  });

  it('credits nothing for "I had drawn up stages …, each with a hold"', () => {
    const draft =
      'Call reversed: I had drawn up stages, the first bench and the drying rack, each with a hold of a few days.';
    expect(service.covered(plan(draft))).not.toContain('holds');
  });

  it('keeps the plan after the draft\'s correction, "…, reversed, whoever is on call …" (must not deny)', () => {
    const corrected =
      'I had said a rollback needs my nod, reversed, whoever is on call switches the flag back at any hour, three minutes, no need to call me.';
    expect(service.covered(plan(corrected))).toContain('rollback');
  });

  it('still reads "I had engineering add a flag, so the on-call engineer …" as the plan (must not deny)', () => {
    const had =
      'I had engineering add a flag, so the on-call engineer switches the old service back in minutes, any hour, no approval needed.';
    expect(service.covered(plan(had))).toContain('rollback');
  });
});

describe('a lift called false, a refused approval and a gate after "without"', () => {
  it('reads "lift read off a canary cohort lies" as no lift read from the canary', () => {
    const lies =
      'The canary says the new service is safe; whether it sells more is a randomised A/B test afterwards; lift read off a canary cohort lies.';
    expect(service.misconceptions(plan(lies))).not.toContain('canary-vs-ab');
  });

  it('still charges "the canary cohort shows a lift, so it is better" (must not deny)', () => {
    const lift = 'The canary cohort shows a 3 % lift in orders, so the new service is better.';
    expect(service.misconceptions(plan(lift))).toContain('canary-vs-ab');
  });

  it('reads the on-call flag flip beside "no approval asked" as the way back', () => {
    const quick =
      'Whoever is on call, at 3 a.m. or at noon, flips the routing flag within five minutes, no approval asked.';
    expect(service.covered(plan(quick))).toContain('rollback');
  });

  it('keeps "before each stage" after "without rocking" as every stage\'s gate', () => {
    const act =
      'Our head baker and I both set the first loaf down and see it sits without sagging before each stage.';
    expect(service.covered(plan(act))).toContain('sign-off');
  });

  it('still refuses the hold in "without holding before every stage" (must not credit)', () => {
    const refused =
      'The rollout goes to 5 %, then 25 %, then everyone. We widen without holding before every stage for two days.';
    expect(service.covered(refused)).not.toContain('holds');
  });

  it('reads "P1, corners: me = order, limits, holds" as the speaker\'s heading', () => {
    const heading =
      'P1, corners: me = order of customers, limits, holds, sign-off. Engineering = routing, deploy, flag.';
    expect(service.covered(heading)).toContain('pm-owns');
  });
});
