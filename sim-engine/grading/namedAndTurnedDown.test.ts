import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { gradeAnswer } from './gradeAnswer';

// The fifty-seventh round (corpus/README.md): the PM named by the function "Product", a sign-off
// given by "someone", a proposal reported and turned down in the speaker's reply, "treat … as"
// under a negation, a practice judged "more than this deserves", and notes with no one in them.
// Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered } = gradedFor(service);

describe('"Product" as the one who decides', () => {
  it('is the PM owning the release decisions', () => {
    const answer =
      'Product decides the cohorts, the limits and how long each stage holds; the platform team owns the flag and the deploy.';
    expect(covered(answer)).toContain('pm-owns');
  });

  it('is not "the product" that the team builds (must not credit)', () => {
    const answer =
      'The product decides which offers each shopper sees, from their history and the limits of their plan.';
    expect(covered(answer)).not.toContain('pm-owns');
  });

  it('still lets "the product team" own the decisions (must not deny)', () => {
    const answer =
      'The product team will own the decisions: which cohorts go first, the limits that send us back and how long each stage holds.';
    expect(covered(answer)).toContain('pm-owns');
  });
});

describe('a sign-off from "someone"', () => {
  it('names no one, so the sign-off is not covered', () => {
    expect(covered('Someone will sign off each stage before we widen it.')).not.toContain(
      'sign-off',
    );
  });

  it('still counts "someone named" (must not deny)', () => {
    expect(covered('Someone named signs each advance before we widen it.')).toContain('sign-off');
  });

  it('still counts someone placed in a team (must not deny)', () => {
    expect(covered('Someone from support signs off every stage before it opens.')).toContain(
      'sign-off',
    );
  });
});

describe('a proposal reported, then turned down in the same sentence', () => {
  it('is not the speaker’s plan when the reply is "no"', () => {
    const answer = 'She asked about stages with a sign-off at each one; I said no.';
    expect(covered(answer)).not.toContain('sign-off');
  });

  it('is not the speaker’s plan when the reply skips it', () => {
    const answer =
      'Our tech lead raised a sign-off at every stage, and I told him we would skip the sign-offs since they only add meetings.';
    expect(covered(answer)).not.toContain('sign-off');
  });

  it('stays the plan when the reply takes it up (must not deny)', () => {
    const answer =
      'The tech lead asked for a hold of 12 hours at each of the 2, 10, 30 and 100 % stages, and I said we would keep it.';
    expect(covered(answer)).toContain('holds');
  });

  it('is not a reply when "we answer" is the plan’s own habit (must not deny)', () => {
    const answer =
      'Support asked for rollback limits of 0.5 % on errors and 300 ms on p99, fixed before launch; we answer requests like that with no delay.';
    expect(covered(answer)).toContain('thresholds');
  });

  it('is not a reply when "so" makes it a consequence (must not deny)', () => {
    const answer =
      'Finance asked for rollback limits of 0.5 % on errors and 300 ms on p99, fixed before launch, so we said yes, not maybe.';
    expect(covered(answer)).toContain('thresholds');
  });
});

describe('"treat … as" under a negation', () => {
  it('negates what comes after "as"', () => {
    const answer =
      'I would not treat this change as needing a randomised A/B test afterwards to show it is better.';
    expect(covered(answer)).not.toContain('canary-vs-ab');
  });

  it('leaves "as" alone when no negator stands before the verb (must not deny)', () => {
    const answer =
      'We treat the canary as a safety check and never as proof that the change is better, which only a randomised A/B test gives.';
    expect(covered(answer)).toContain('canary-vs-ab');
  });

  it('leaves a verb alone that no negator of its own stands before (must not deny)', () => {
    const answer =
      'I see the payments lead and myself as the two who sign off each stage, in writing, before it widens.';
    expect(covered(answer)).toContain('sign-off');
  });

  it('is not carried in from an earlier negation in an unpunctuated transcript (must not deny)', () => {
    const answer =
      'the people who feel it first can live with a slow evening not our biggest accounts what we count as bad errors more than half a percentage point over control p99 more than 300 milliseconds slower both fixed before launch';
    expect(covered(answer)).toContain('thresholds');
  });

  it('stops at the next finite verb in an unpunctuated transcript (must not deny)', () => {
    const answer =
      'i would not see the new ranking as ready the rollback limits are fixed before launch errors more than half a percentage point over control or p99 more than 300 milliseconds slower';
    expect(covered(answer)).toContain('thresholds');
  });
});

describe('a practice judged more than the change deserves', () => {
  it('is turned down', () => {
    const answer =
      'Running a randomised A/B test afterwards to learn whether it is better is more than this change deserves.';
    expect(covered(answer)).not.toContain('canary-vs-ab');
  });

  it('leaves a stage that runs "more than the change needs" alone (must not deny)', () => {
    const answer =
      'Each stage holds 12 hours and runs more than the change needs, so every limit is seen at a weekday peak.';
    expect(covered(answer)).toContain('holds');
  });

  it('leaves a limit "more than" a number alone, however it is said (must not deny)', () => {
    const answer =
      'Rollback limits, fixed before launch: an error rate that is more than 0.5 % over control needs a rollback.';
    expect(covered(answer)).toContain('thresholds');
  });
});

describe('notes with no one in them', () => {
  const salad = [
    'The redesigned checkout, lighter and quicker.',
    'Tail latency, p99 and p95.',
    'Errors 0.5 % over control, 250 ms on p99, conversion 1.5 %, baseline.',
    'Staff, beta shoppers, new shoppers, large accounts last.',
    'Stages 2, 10, 30, 60, 100.',
    'Holds and gates, 12 hours each, sign-off, product manager and platform lead.',
    'On-call, rollback, feature flag, three minutes, any hour, no approval.',
    'Ownership, decisions versus flag.',
    'Safety, not improvement, a randomised A/B test afterwards.',
    'Limits pre-committed, baseline, noise.',
  ].join('\n');

  it('cover nothing when hardly a sentence has a verb that says something', () => {
    expect(covered(salad)).toEqual([]);
  });

  it('keep their credit when a person is in them (must not deny)', () => {
    const owned = salad.replace('Ownership, decisions versus flag.', 'Mine: the decisions.');
    expect(covered(owned)).toContain('thresholds');
  });

  it('keep their credit when written as a config’s settings (must not deny)', () => {
    const settings = [
      'change: new ranking model for search',
      'pm_decides: cohort order, stop limits, hold lengths',
      'engineering_owns: model endpoint, routing',
      'limits_agreed_before_launch:',
      'error_rate: +0.5 % over control',
      'p95_latency: +300 ms over control',
      'hallucination_rate_on_eval_sample: above 1 %',
      'cost_per_request: above 1.3 × today',
      'thumbs_down_rate: +10 % over control',
      'cohorts_in_order: staff, beta volunteers, everyone, largest accounts last',
      'stages: 2 %, 10 %, 50 %, 100 %',
      'rollback_owner: on-call, any hour, no approval, under 5 min',
    ].join('\n');
    expect(gradedFor(fixtureScenario()).covered(settings)).toContain('thresholds');
  });

  it('keep terse strong notes whose subjects are nouns, with no person in them (must not deny)', () => {
    const answer = [
      'Checkout redesign canary.',
      'Product owns order, limits, holds; engineering owns the flag.',
      'Staff go first, beta shoppers next, largest accounts last, because an outage costs them most.',
      'Limits fixed before launch: errors 0.5 % over control, p99 250 ms slower, conversion down 1.5 %.',
      'Stages 2, 10, 30, 60, 100 %, 12 hours each, advancing only when every limit holds.',
      'Product lead and platform lead sign each step.',
      'On-call flips the flag back at any hour without asking, in three minutes.',
      'Canary shows safety; better takes a randomised A/B test.',
    ].join('\n');
    expect(gradeAnswer(answer, service).score).toBeGreaterThanOrEqual(75);
  });

  it('keep a terse strong answer whose sentences say things, with no person in it (must not deny)', () => {
    const answer =
      'Checkout redesign canary. Product owns the order, the limits and the holds; engineering runs the flag. ' +
      'Staff go first, then beta shoppers, then everyone, with the largest accounts last because an outage costs them most. ' +
      'Limits are fixed before any traffic moves: errors more than 0.5 % over control, p99 more than 250 ms slower, or conversion down 1.5 % sends it back. ' +
      'Stages of 2, 10, 30, 60 and 100 % each hold 12 hours and advance only when every limit holds. ' +
      'The product lead and the platform lead sign each step. ' +
      'On-call flips the flag back at any hour without asking, in about three minutes. ' +
      'The canary shows the redesign is safe; whether it is better takes a randomised A/B test.';
    expect(gradeAnswer(answer, service).score).toBeGreaterThanOrEqual(75);
  });
});
