import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { plan } from '../testing/planSentences';

// The hundred-and-fourteenth round (corpus/README.md): a whole plan strung on semicolons in one
// sentence, leave given to hold the decisions, one's own corner, a rollback's note after its
// clause, a telling conceded, and a stage becoming the next. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));

const ENGINEERING = 'The platform team owns the routing, the flag and the deploy.';

describe('a whole plan strung on semicolons in one sentence', () => {
  const steps =
    'Buenas, tower log read straight through the way the old controller taught me, one call after another: Call one, me, the PM, I own the order of customers, the limits and the holds, while the platform team owns the routing and the deploy; Call two, staff go first, then customers who opted into early access, then regulars by years with us, and new customers come last because they forgive least; Call three, before anything moves we write the limits down, errors more than 0.5 % worse than now or p99 more than 300 ms worse than now and we stop; Call four, the stages are 1 %, 5 %, 25 % and 100 %, each held two days and moved on only while every limit holds; Call five, before each stage the support lead and I both sign the sheet; Call six, whoever is on call switches the flag back at any hour in under five minutes, no redeploy and no approval; Call seven, the canary tells us it is safe, not that it is better, and a randomised A/B test afterwards tells us that.';

  it('hears each step of a plan said in one sentence of a hundred words', () => {
    const covered = service.covered(steps);
    expect(covered).toContain('cohort-order');
    expect(covered).toContain('rollback');
    expect(covered).toContain('canary-vs-ab');
  });

  it('keeps the items of a hypothetical list in its one clause (must not deny)', () => {
    const someday =
      'Honestly, we are not ready. Once the platform team has a real flag and an on-call rota, we could look at something like: the PM owning the order and the limits; staff, then beta testers, then everyone, loyal customers last; a ceiling of +0.5 % on errors against the old build, p99 +200 ms, checkouts −2 %; steps of 1, 5, 25 and 100 %, a day at each, with the PM and the platform manager signing off; on-call flipping back in a couple of minutes at any hour; and later an A/B test on whether the new flow lifts orders.';
    expect(service.covered(someday)).toEqual([]);
  });
});

describe('leave given to hold the decisions', () => {
  it('hears "Cleared to own the order of players, the limits, the holds." as ownership', () => {
    const cleared = 'Cleared to own the order of players, the limits, the holds.';
    expect(service.covered(plan(cleared, ENGINEERING))).toContain('pm-owns');
  });

  it('hears "PM cleared for: cohort order, rollback limits, holds." as ownership', () => {
    const cleared = 'Board row 1 | PM cleared for: cohort order, rollback limits, holds.';
    expect(service.covered(plan(cleared, ENGINEERING))).toContain('pm-owns');
  });

  it('does not give the speaker what the engineers are free to decide (must not deny)', () => {
    const theirs = 'My engineers are free to decide the order, the limits and the holds.';
    expect(service.covered(plan(theirs, ENGINEERING))).not.toContain('pm-owns');
  });
});

describe("one's own corner", () => {
  it('hears "My corner: cohort order, limits, holds." as the speaker\'s share', () => {
    const corner = 'Round 1: My corner: cohort order, limits, holds.';
    expect(service.covered(plan(corner, ENGINEERING))).toContain('pm-owns');
  });
});

describe("a rollback's note after its clause", () => {
  it('gives the rollback its hours, way and speed from "Any hour, proxy route flip, under 5 min, no redeploy."', () => {
    const rollback =
      'Whoever is on call rolls the old version back, no need to call me. Any hour, proxy route flip, under 5 min, no redeploy, no approval.';
    expect(service.credit(plan(rollback), 'rollback')).toBe(1);
  });
});

describe('a telling conceded', () => {
  it('keeps the rollback said before "whatever the end of the quarter says"', () => {
    const conceded =
      'Whoever is on call switches the flag back at any hour in under five minutes, no redeploy, no need to call me, which is why the old service stays on until the whole site has held a week, whatever the end of the quarter says.';
    expect(service.covered(conceded)).toContain('rollback');
  });

  it('still hears "or so the platform handbook says" as a source\'s (must not deny)', () => {
    const sourced =
      'Whoever is on call switches the flag back at any hour in under five minutes, no redeploy, no need to call me, or so the platform handbook says.';
    expect(service.covered(sourced)).not.toContain('rollback');
  });
});

describe('a stage becoming the next', () => {
  it('hears "before the harbour becomes the open sea, X and I both check …" as each gate\'s sign-off', () => {
    const becomes =
      'Before the harbour becomes the open sea, the support lead and I both check the first hull.';
    expect(service.covered(plan(becomes))).toContain('sign-off');
  });

  it('does not hear "before it becomes a problem" as a gate (must not deny)', () => {
    const problem =
      'Before it becomes a problem, the support lead and I both check the first hull.';
    expect(service.covered(plan(problem))).not.toContain('sign-off');
  });
});
