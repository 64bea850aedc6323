import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { splitSentences } from './sentences';

// The sixty-fifth round (corpus/README.md): sign-offs given as thumbs in a named chat, cost per
// conversation as a cost guard, quality signals kept when errors are said to miss them, "enough
// to read" said of a sample, stages named as lights, a full stop inside a command, the old version
// "back", a decision word naming a kind of thing, consultants' jargon strung around points, and a
// giver named before their role. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();
const forService = gradedFor(service);
const forModel = gradedFor(model);

describe('sign-offs given as thumbs in a chat', () => {
  it('reads both leads giving a thumbs in a named channel before anything widens', () => {
    const answer =
      'Stages are 5 %, 25 % and 100 %. Nothing widens until the ops lead and I both give a thumbs in #fares-release.';
    expect(forService.covered(answer)).toContain('sign-off');
  });

  it('reads "have thumbed it" in the release chat as the approval of a step', () => {
    const answer =
      'Stages are 5 %, 25 % and 100 %. We advance only when the search lead and I have thumbed it in #index-release.';
    expect(forService.covered(answer)).toContain('sign-off');
  });

  it('does not read a thumbs-down rate as a sign-off (must not deny)', () => {
    const answer =
      'Stages are 5 %, 25 % and 100 %. Each stage moves up only if the ops lead and I see a thumbs-down rate within 2 points of control.';
    expect(forModel.covered(answer)).not.toContain('sign-off');
  });
});

describe('quality signals for a model change', () => {
  it('counts cost per conversation as a cost guard beside hallucinations and p95', () => {
    const answer =
      'For the new model we watch the hallucination rate and p95 every day, and cost per conversation too.';
    expect(forModel.covered(answer)).toContain('model-metrics');
  });

  it('does not count a cost per conversation handed to finance (must not deny)', () => {
    const answer =
      'For the new model the hallucination rate and p95 are on the daily dashboard; cost per conversation is something finance can review at month end.';
    expect(forModel.covered(answer)).not.toContain('model-metrics');
  });

  it('keeps two quality signals when the answer says errors alone would miss them', () => {
    const answer =
      'Errors alone would miss a worse reply, so for the new model we watch the thumbs-down rate and the eval harness scores every day.';
    expect(forModel.covered(answer)).toContain('model-metrics');
  });

  it('still wants more than two signals named without that reason (must not deny)', () => {
    const answer =
      'For the new model the thumbs-down rate and the eval harness scores are on the daily dashboard.';
    expect(forModel.covered(answer)).not.toContain('model-metrics');
  });

  it('does not read "there is enough to read" about a sample as errors being enough', () => {
    const answer =
      'Roll back if the eval harness error rate rises 2 points; it grades one reply in twenty, so there is enough to read.';
    expect(forModel.misconceptions(answer)).not.toContain('model-metrics');
  });

  it('still reads "the error rate is enough" as the misconception (must not deny)', () => {
    const answer = 'For the new model, the error rate is enough.';
    expect(forModel.misconceptions(answer)).toContain('model-metrics');
  });
});

describe('stages named as the lights of a traffic light', () => {
  it('reads "each light holds 72 hours" as the stages held', () => {
    const answer =
      'Lights, in order. Red: staff. Amber: the opted-in beta. Green: everyone. Each light holds 72 hours; we move not a minute before.';
    expect(forService.covered(answer)).toContain('holds');
  });

  it('does not read a green light given after a wait as stages (must not deny)', () => {
    const answer = 'We give it the green light once the numbers look fine, after 72 hours.';
    expect(forService.covered(answer)).not.toContain('holds');
  });
});

describe('a full stop inside a command or a file name', () => {
  it('ends no sentence', () => {
    const sentences = splitSentences(
      'On-call types `flags set checkout.version=v1` at any hour. Then we look.',
    );
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'On-call types `flags set checkout.version=v1` at any hour.',
      'Then we look.',
    ]);
  });

  it('still ends a sentence before a capital written without a space (must not deny)', () => {
    expect(splitSentences('Each stage holds a day.Then we widen.')).toHaveLength(2);
  });
});

describe('the old version said to be back', () => {
  it('names the rollback and its speed after the on-call flips the flag', () => {
    const answer =
      'Breach at any hour: the on-call engineer flips the prompt flag, no call to me first. The old prompt is back within a minute, no redeploy.';
    expect(forModel.credit(answer, 'rollback')).toBeGreaterThanOrEqual(0.9);
  });

  it('names nothing when the old version being back is denied (must not deny)', () => {
    const answer = 'We never promise that the old prompt is back within a minute.';
    expect(forModel.credit(answer, 'rollback')).toBe(0);
  });
});

describe('a decision word naming a kind of thing', () => {
  it('keeps limits set "like a pilot\'s decision speeds"', () => {
    const answer =
      "Like a pilot's decision speeds, the limits are set before launch: errors up 0.3 points over the old index.";
    expect(forService.covered(answer)).toContain('thresholds');
  });

  it("still hands over limits that are the on-call engineer's call (must not deny)", () => {
    const answer =
      "The limits are the on-call engineer's call, when it happens: errors up 0.3 points over the old index.";
    expect(forService.covered(answer)).not.toContain('thresholds');
  });
});

describe("consultants' jargon strung around the points", () => {
  it('gives no credit to a sentence that leverages thresholds and holds for alignment', () => {
    const answer =
      'The canary leverages cohort-based thresholds of 0.5 % and holds of 24 hours with sign-off and an any-hour config rollback for A/B alignment across the model.';
    expect(forModel.covered(answer)).toEqual([]);
  });

  it('keeps a rollback plan that leverages the flag (must not deny)', () => {
    const answer =
      'We leverage the feature flag so the on-call engineer can roll back in two minutes, at any hour, without asking.';
    expect(forService.covered(answer)).toContain('rollback');
  });
});

describe('a giver named before their role', () => {
  it('reads "go from Priya", the eng lead, and "go from Sam", that\'s me, as the sign-off', () => {
    const answer =
      'Each stage needs "go from Priya", the eng lead, and "go from Sam", that\'s me, in the release channel.';
    expect(forService.covered(answer)).toContain('sign-off');
  });

  it('does not read a go from a name with no role or speaker beside it (must not deny)', () => {
    const answer = 'Each stage needs "go from Priya" in the release channel before Friday.';
    expect(forService.covered(answer)).not.toContain('sign-off');
  });
});

describe('approvals at each advance', () => {
  const stages = 'Stages are 5 %, 25 % and 100 %, each held a day. ';

  it('reads "2 signatures per advance: mine and the ML lead\'s" as the sign-off', () => {
    expect(
      forService.covered(`${stages}2 signatures per advance: mine and the ML lead's.`),
    ).toContain('sign-off');
  });

  it('does not read signatures per advance with nobody named (must not deny)', () => {
    expect(
      forService.covered(`${stages}We log two signatures per advance in the audit trail.`),
    ).not.toContain('sign-off');
  });

  it('reads "without me and the eng lead both signing" as the sign-off', () => {
    const answer = `${stages}Nobody moves a step without me and the support eng lead both signing.`;
    expect(forService.covered(answer)).toContain('sign-off');
  });

  it('reads a lead replying "green" and the PM writing "advance" as the sign-off', () => {
    const answer = `${stages}Each advance is a short ritual in #pricing-release: on-call posts the numbers, the pricing lead replies "green", and I write "advance".`;
    expect(forService.covered(answer)).toContain('sign-off');
  });

  it('does not read a dashboard showing "green" as an approval (must not deny)', () => {
    const answer = `${stages}Each advance, the dashboard shows "green" when all limits hold.`;
    expect(forService.covered(answer)).not.toContain('sign-off');
  });

  it('reads both leads saying aye before it moves on as the sign-off', () => {
    const answer = `${stages}It doesn't move on till the numbers are clean and the eng lead and me have both said aye in the release channel.`;
    expect(forService.covered(answer)).toContain('sign-off');
  });

  it('reads "both sign before the next" as the sign-off between stages', () => {
    const answer = `${stages}Each holds a full clinic day, and the eng lead and I both sign before the next.`;
    expect(forService.covered(answer)).toContain('sign-off');
  });
});

describe("the listener's process played back", () => {
  it('credits nothing told back in the second person before "Did I get that right?"', () => {
    const answer = [
      "Before I answer, I'd like to play back what you told me earlier about how your team ships model changes, so I build on it.",
      'Your PMs own the exposure order and the limits, and the platform team owns the gateway.',
      'You send support staff first, then the preview group, then members, with enterprise tenants last.',
      'Your standing limits are hallucinations on the eval harness up more than 1 point, thumbs-down up 20 %, p95 plus 300 ms, and errors half a point over control.',
      'You step 1, 5, 25 and 100 with a day at each, and the support director signs each gate.',
      'Your on-call flips the model version back at any hour in two minutes, and you run an A/B test afterwards for whether it is better.',
      'Did I get that right?',
    ].join(' ');
    expect(forModel.covered(answer)).toEqual([]);
  });

  it('still reads a plan told in the generic "you" with nothing played back (must not deny)', () => {
    const answer =
      'You send support staff first, then the preview group, then members, with enterprise tenants last because they matter most. You step 1, 5, 25 and 100 with a day at each, and the support director signs each gate.';
    expect(forModel.covered(answer)).toContain('cohort-order');
  });
});
