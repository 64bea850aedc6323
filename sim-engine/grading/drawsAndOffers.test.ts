import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The hundred-and-fifth round (corpus/README.md): groups described by "who", a switch set back in
// a note, lines declared void or reworded, choices offered to the listener and refused, terse
// ramps with holds, and recommenders suggesting what cannot be had. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());

describe('groups and their order', () => {
  it('reads "the customers who said yes to early trials" as a group placed, not a view', () => {
    const order = [
      'Our own baristas first.',
      'Then the customers who said yes to early trials in the spring.',
      'Then ordinary buyers.',
      'Buyers of ten years and more go last, because a bad page loses them.',
    ].join('\n');
    expect(service.covered(order)).toContain('cohort-order');
  });

  it('still hears "Sequencing:" as heading the groups after it (must not deny)', () => {
    const order = [
      'Sequencing:',
      'our own staff',
      'the opted-in beta',
      'everyone else, because a bad week costs them least',
    ].join('\n');
    expect(service.covered(order)).toContain('cohort-order');
  });

  it('hears "We will not order the cohorts at all." as refusing the order asked', () => {
    const refused =
      'Every step below is one we skip. Second step: staff first, then opted-in guests, new guests last? We will not order the cohorts at all.';
    expect(service.covered(refused)).not.toContain('cohort-order');
  });
});

describe('menus, draws and lines withdrawn', () => {
  it('hears "Press 2 if you want staff first, …" refused by the line after it', () => {
    const offered = [
      "Press 2 if you want staff first, then opted-in club members, with first-year buyers last. We won't order customers like that, not in the north, not in the south.",
      "Press 3 if you want limits written down before traffic moves, like errors more than 0.5 % worse than now and we stop. We won't fix any limit in advance.",
    ].join('\n');
    expect(service.covered(offered)).not.toContain('cohort-order');
  });

  it('keeps a choice offered when the line after it carries it out (must not deny)', () => {
    const carried =
      'Press 2 if you want staff first, then opted-in club members, with first-year buyers last, because they leave fastest. That is what we do.';
    expect(service.covered(carried)).toContain('cohort-order');
  });

  it('hears "Bù, …" and "There is no such split here." as refusals of what was asked', () => {
    const refused = [
      'Press 1: staff first, then the beta, new customers last?',
      'Bù, we put no one in any order.',
      'Press 6: I own the order and the limits, engineering owns the routing?',
      'There is no such split here.',
    ].join('\n');
    expect(service.covered(refused)).not.toContain('cohort-order');
    expect(service.covered(refused)).not.toContain('pm-owns');
  });

  it('hears "Line 4 is void; the redraw: …" as withdrawing the line just called', () => {
    const voided = [
      'Fourth line: the lead engineer and I both sign before each stage?',
      'Line 4 is void; the redraw: no sign-off at all.',
    ].join('\n');
    expect(service.covered(voided)).not.toContain('sign-off');
  });

  it('keeps the line before "Version 2 is ready." (must not deny)', () => {
    const kept = [
      'The lead engineer and I both sign before each stage advances.',
      'Version 2 is ready.',
    ].join('\n');
    expect(service.covered(kept)).toContain('sign-off');
  });

  it('reads a menu whose "Option 2 has changed." before the holds it gives', () => {
    const menu = [
      'Option 2 has changed.',
      'Press 2 now for: holds.',
      'The porch, 5 %, holds for 2,000 orders.',
      'The hall, 25 %, holds a full week.',
      'Then the whole house.',
    ].join('\n');
    expect(service.covered(menu)).toContain('holds');
  });

  it('still hears "Options: …" as laying out choices, none chosen (must not deny)', () => {
    const laidOut = 'Options: a 5 % stage held for two full days, or a launch to everyone at once.';
    expect(service.covered(laidOut)).not.toContain('holds');
  });

  it('still hears an option changed, joined to the terms after it, as heading them (must not deny)', () => {
    const joined =
      'option 2 has changed — press 2 now for: holds, two days, 5 %, 25 %, the porch, the hall, the whole house — press 3 for rollback, flag flip, on-call, lead engineer, sign-off, A/B, safe versus better';
    expect(service.covered(joined)).toEqual([]);
  });

  it('hears "It used to say \'…\'" as wording replaced, and the limits after it as the plan', () => {
    const reworded = [
      'Press 3 now for: the limits, written before we start.',
      "It used to say 'we will decide when we see the numbers'.",
      'Now: errors more than 0.5 % worse than now, or conversion more than 2 % worse, and we stop.',
    ].join('\n');
    expect(service.covered(reworded)).toContain('thresholds');
    expect(service.misconceptions(reworded)).not.toContain('thresholds');
  });

  it('still charges "we will decide when we see the numbers" said without quotation (must not deny)', () => {
    const said =
      'It used to be slow, so this time we will decide the limits when we see the numbers.';
    expect(service.misconceptions(said)).toContain('thresholds');
  });
});

describe('ramps, rollbacks and answers told tersely', () => {
  it('reads a terse ramp whose shares are each followed by a hold as holding', () => {
    const ramp =
      'Seedlings: the doorway, about 1 %, until 2,000 suggestions; the big room, about 10 %, through a full week of the town festival; the cellar, 50 %, for another week; then the whole house.';
    expect(model.covered(ramp)).toContain('holds');
  });

  it('does not read a string of terms with one share and its hold as a clause (must not deny)', () => {
    const salad =
      'holds for a week, canary on the beta, rollback by the flag, 5 %, until launch, p99 under the limit, sign-off by the lead, cohorts by region, A/B after launch.';
    expect(service.covered(salad)).toEqual([]);
  });

  it('hears "Ne, the canary says safe, not better; …" under a heading as a clause', () => {
    const told =
      'Picking: ne, the canary says safe, not better; better is a randomised A/B test later.';
    expect(service.covered(told)).toContain('canary-vs-ab');
  });

  it('hears "…: one flag back to the old model, two minutes" as the way back', () => {
    const rollback =
      "Whoever's on call sings the old song again, no need to wake me: at 04:00 as well, one flag back to the old model, two minutes, no redeploy.";
    expect(model.covered(rollback)).toContain('rollback');
  });

  it('does not hear a photo put back in its old album as a way back (must not deny)', () => {
    const tidied =
      'Spring cleaning at the studio: the photo back to the old album, the caption back to the old wording.';
    expect(model.credit(tidied, 'rollback')).toBe(0);
  });
});

describe('model signals', () => {
  it('hears suggesting dishes the kitchen has sold out of as a signal of wrong outputs', () => {
    const signals =
      "Press 4 for model signals: the thumbs-down rate, the eval harness grade, and the harness's rate of suggesting dishes the kitchen has sold out of.";
    expect(model.covered(signals)).toContain('model-metrics');
  });

  it('does not hear products that sold out, suggested by no one, as a model signal (must not deny)', () => {
    const stock =
      'The thumbs-down rate and the eval harness grade are on the dashboard; the shop counts which products sold out last week.';
    expect(model.covered(stock)).not.toContain('model-metrics');
  });
});
