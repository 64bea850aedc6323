import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The hundred-and-sixth round (corpus/README.md): motions voted down and acts struck, labels
// before an owner's heading, orders written tersely, the old one made again, a test declared
// unneeded after the canary, rates of wrong outputs, stages closing on a count, and shares that
// grow. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());

describe('lines voted down or struck', () => {
  it('hears "Defeated." as voting down the motion just read', () => {
    const motions = [
      'Motion 1, that our staff go first, then the beta, and new customers last, because they leave fastest.',
      'Defeated.',
    ].join(' ');
    expect(service.covered(motions)).not.toContain('cohort-order');
  });

  it('keeps a list headed "Rejected:" from voting down the line before it (must not deny)', () => {
    const adopted = [
      'Adopted: our staff go first, then the beta, and new customers last, because they leave fastest.',
      'Rejected: a random 5 % to start.',
    ].join(' ');
    expect(service.covered(adopted)).toContain('cohort-order');
  });

  it('hears "…: struck." at a line\'s end as striking what stands before its colon', () => {
    const bill =
      'Item two, limits like "errors more than 0.5 % worse than now and we stop": struck.';
    expect(service.covered(bill)).not.toContain('thresholds');
  });

  it('keeps the limits before a colon followed by "struck a fair balance" (must not deny)', () => {
    const kept =
      'Errors more than 0.5 % worse than now and we stop, p99 more than 200 ms worse the same, written before launch: struck a fair balance, says the team.';
    expect(service.covered(kept)).toContain('thresholds');
  });
});

describe('owners, orders and the old one made again', () => {
  it('reads "Round 1, owners: me for order, limits, holds; …" as the speaker owning them', () => {
    const owners =
      'Round 1, owners: me for order, limits, holds; engineering for flag, routing, app release.';
    expect(service.covered(owners)).toContain('pm-owns');
  });

  it('still reads "Owners: me for …" without a label as the speaker owning them (must not deny)', () => {
    const owners = 'Owners: me for order, limits, holds; engineering for flag, routing.';
    expect(service.covered(owners)).toContain('pm-owns');
  });

  it('reads a terse order with three places as an order of groups', () => {
    const order =
      'The guests: staff and our bakers first; opted-in early testers next, in both cities; then ordinary customers of the north side, the harbour and the hill; customers of less than a year, and the hotel buyers, last, because they can least forgive.';
    expect(service.covered(order)).toContain('cohort-order');
  });

  it('still reads a string of terms with one place word as terms (must not deny)', () => {
    const salad =
      'holds for a week, canary on the beta, rollback by the flag, p99 under the limit, sign-off by the lead, cohorts by region, staff first, A/B after launch, flags by the team.';
    expect(service.covered(salad)).toEqual([]);
  });

  it('hears "whoever\'s on call bakes the old bread again" as the way back', () => {
    const rollback = [
      "Last: whoever's on call bakes the old bread again, no need to call me.",
      'A config flag in the router, back in under five minutes, at any hour.',
    ].join(' ');
    expect(service.covered(rollback)).toContain('rollback');
  });

  it('does not hear a baker making the old bread again as a way back (must not deny)', () => {
    const baker =
      'On Sundays our baker makes the old bread again, any hour the oven is free, in five minutes.';
    expect(service.credit(baker, 'rollback')).toBe(0);
  });
});

describe('the canary, model signals, holds and sign-off', () => {
  it('hears "no separate A/B test needed" after "The canary is our proof." as the misconception', () => {
    const proof = [
      'The canary is our proof.',
      'If the thumbs-up rise at the first stage, the warm prompt is better, and no separate A/B test needed.',
    ].join(' ');
    expect(model.misconceptions(proof)).toContain('canary-vs-ab');
  });

  it('does not charge a test declared unneeded when no gain is claimed (must not deny)', () => {
    const safe = [
      'The canary is our safety check.',
      'At the first stage we only check errors and latency, so no separate A/B test needed now.',
    ].join(' ');
    expect(model.misconceptions(safe)).not.toContain('canary-vs-ab');
  });

  it('hears "the harness\'s wrong-spice rate" beside thumbs-down as guarding quality', () => {
    const signals =
      "At every stage we watch the harness's wrong-spice rate and the thumbs-down rate.";
    expect(model.covered(signals)).toContain('model-metrics');
  });

  it('does not hear a wrong turn at the rate of growth as a signal (must not deny)', () => {
    const prose =
      'We took a wrong turn with the rate of growth, the thumbs-down rate and the eval harness grade.';
    expect(model.covered(prose)).not.toContain('model-metrics');
  });

  it('reads "a stage only closes when each language has 1,500 suggestions" as a hold', () => {
    const held = [
      'The first bite 5 %, the tray 40 %, the whole counter.',
      'A stage only closes when each language has 1,500 suggestions of its own.',
    ].join(' ');
    expect(model.covered(held)).toContain('holds');
  });

  it('does not read "when 2,000 customers complain" without a stage ending as a hold (must not deny)', () => {
    const complaint = [
      'The first bite 5 %, the tray 40 %, the whole counter.',
      'At each stage we look again when 2,000 customers complain.',
    ].join(' ');
    expect(model.covered(complaint)).not.toContain('holds');
  });

  it('hears "each time the share grows, X and I both …" as a sign-off before every advance', () => {
    const signed =
      'Act four: each time the share grows, the head of engineering and I both sign the release log.';
    expect(service.covered(signed)).toContain('sign-off');
  });
});
