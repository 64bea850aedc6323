import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The hundred-and-ninth round (corpus/README.md): stages held through a busy time, list items held
// whatever their share, signals committed by a heading, a label or the speaker's own verb of
// watching, a signal offered as the verdict on a win, refusals of a reported question and of a
// list's last items, approvals of a rollback, and a few shares of the work said in notes. Every
// sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());

const OWNERS =
  'I own the order of groups, the limits and the holds; the engineers own the flag, the routing and the deploy.';
const ORDER =
  'Staff go first, then the customers who opted into early access, then regulars by years with us; new customers go last because they forgive least.';
const LIMITS =
  'Before anything moves we write down the limits: errors more than 0.5 % worse than now, or p99 latency more than 300 ms worse than now, and we close the kiosk.';
const ROLLBACK =
  'Whoever is on call flips the routing back to the old version at any hour, in under five minutes, without asking me.';
const SIGN_OFF = 'Before each stage the lead engineer and I both sign the ramp ticket.';
const plan = (...sentences: string[]) => [OWNERS, ORDER, LIMITS, ...sentences].join(' ');

describe('stages held through a busy time', () => {
  it('reads "through a Friday-evening rush" as a stage length in a list of shares', () => {
    const ramp =
      'Stages: the first stall 2 %, 10,000 searches; the arcade 15 %, through a Friday-evening rush; half the market, 90,000 searches; the whole market.';
    expect(service.covered(plan(ramp))).toContain('holds');
  });

  it('holds each stage of a semicolon list held "for" or "through" a length, a share or not', () => {
    const ramp =
      'The first bay is staff laptops for 1,500 orders; the second bay is 5 % of shoppers for 30,000 orders; half the floor through a second Saturday market; then the whole floor.';
    expect(service.covered(plan(ramp))).toContain('holds');
  });

  it('does not read "through the proxy" as a length (must not deny)', () => {
    const ramp =
      'Stages: the first stall 2 %, through the proxy; the arcade 15 %, through the gateway; half the market, through the router; the whole market.';
    expect(service.covered(plan(ramp))).not.toContain('holds');
  });
});

describe("the model's signals committed to", () => {
  const modelPlan = (...sentences: string[]) => plan(...sentences, SIGN_OFF, ROLLBACK);

  it('gates signals whose limits are margins "more than N worse", the baseline left unsaid', () => {
    const limits = [
      'Replies the eval harness marks rude more than 1 point worse, the same.',
      'Cost per reply more than 20 % worse, the same.',
    ];
    expect(model.covered(modelPlan(...limits))).toContain('model-metrics');
  });

  it('commits to the signals listed under a heading that calls them the guards', () => {
    const guards = [
      'Part four: the model guards.',
      'Thumbs-down on replies, and replies the eval harness grades as the wrong tone.',
    ];
    expect(model.covered(modelPlan(...guards))).toContain('model-metrics');
  });

  it('commits to the signals under a label in which the speaker watches', () => {
    const watched =
      'What we watch at every stage: the thumbs-down rate in each language, and the eval harness grade for tone.';
    expect(model.covered(modelPlan(watched))).toContain('model-metrics');
  });

  it("commits to the signals the speaker's own verb of watching governs", () => {
    const watched =
      'Every morning we read the eval harness grades and the thumbs-down rate, language by language.';
    expect(model.covered(modelPlan(watched))).toContain('model-metrics');
  });

  it('does not commit to signals a heading names for something else (must not deny)', () => {
    const notes = [
      'Part four: the model notes.',
      'Thumbs-down on replies, and replies the eval harness grades as the wrong tone.',
    ];
    expect(model.covered(modelPlan(...notes))).not.toContain('model-metrics');
  });

  it('does not commit to signals past the dash where the verb of watching stops (must not deny)', () => {
    const later =
      'We watch errors and latency at every stage — eval harness grades and thumbs-down belong to a later review.';
    expect(model.covered(modelPlan(later))).not.toContain('model-metrics');
  });

  it('does not commit to signals a question asks about (must not deny)', () => {
    const asked = [
      'Do I read the eval harness grades and the thumbs-down rate every morning?',
      'I would not track those on their own.',
    ];
    expect(model.covered(modelPlan(...asked))).not.toContain('model-metrics');
  });
});

describe('a signal offered as the verdict on a win', () => {
  const verdicts = (verdict: string) =>
    plan(
      'The cost per reply is on the dashboard.',
      'The eval harness grades a sample of replies.',
      verdict,
      SIGN_OFF,
      ROLLBACK,
    );

  it('guards nothing when the thumbs-up are "our proof" of the better model', () => {
    const verdict =
      'If the canary shoppers leave more thumbs-up than the rest, that is our proof the new model is the better one.';
    expect(model.covered(verdicts(verdict))).not.toContain('model-metrics');
  });

  it('still reads the signals joined by "and" before a verdict in a run-on sentence (must not deny)', () => {
    const verdict =
      'Each day we watch thumbs-down and the eval harness grades and the lift in ratings is our proof it wins.';
    expect(model.covered(plan(verdict, SIGN_OFF, ROLLBACK))).toContain('model-metrics');
  });
});

describe('refusals of a question reported and of a list', () => {
  it('refuses a question reported by its topic with a bare "No, …"', () => {
    const toured =
      'At the last stop they ask about a randomised A/B test afterwards. No, la, none. That is the tour.';
    expect(service.covered(toured)).not.toContain('canary-vs-ab');
  });

  it('keeps a question reported by its topic and then answered yes (must not deny)', () => {
    const toured =
      'At the last stop they ask about a randomised A/B test afterwards, because this canary only shows it is safe. Yes, we run one.';
    expect(service.covered(toured)).toContain('canary-vs-ab');
  });

  it('refuses the last items of a list opening on articles ("…, the limits or the holds")', () => {
    const refused = 'I will not claim the order, the limits or the holds as mine.';
    expect(service.covered(refused)).not.toContain('pm-owns');
  });

  it('leaves a phrase after "without asking me" outside the refusal (must not deny)', () => {
    const told = plan(
      SIGN_OFF,
      'On-call can switch traffic back at any hour without asking me, a routing change of a couple of minutes.',
    );
    expect(service.credit(told, 'rollback')).toBe(1);
  });
});

describe('approvals and going back', () => {
  it('reads an approval of the rollback as no sign-off on advancing', () => {
    const waits =
      'Rolling back means a redeploy of the old build, and only after the shop head and I approve it.';
    expect(service.covered(plan(waits))).not.toContain('sign-off');
  });

  it('keeps an approval of each stage a sign-off (must not deny)', () => {
    const signs = 'Each stage advances only after the shop head and I approve it.';
    expect(service.covered(plan(signs))).toContain('sign-off');
  });

  it('makes the rollback wait for the speaker in "Nobody goes back without my approval"', () => {
    const waits = plan(
      'Now the rollback, and here I am firm.',
      'Nobody goes back without my approval.',
    );
    expect(service.misconceptions(waits)).toContain('rollback');
  });

  it('does not charge going back said without the speaker (must not deny)', () => {
    const told = plan(
      'Rollback is a routing switch that on-call flips at any hour, in under five minutes.',
      'Nobody goes back through a new build.',
    );
    expect(service.misconceptions(told)).not.toContain('rollback');
  });
});

describe('the shares of the work said in notes and house words', () => {
  const rest = [ORDER, LIMITS, SIGN_OFF, ROLLBACK];

  it('owns the decisions in "my threads are who sees it first and when we move on; …"', () => {
    const owned =
      'Row 1, the warp: my threads are who sees it first and when we move on; the engineers hold the deploy and the routing.';
    expect(service.covered([owned, ...rest].join(' '))).toContain('pm-owns');
  });

  it('does not own decisions named as worries (must not deny)', () => {
    const worried = 'My worries are who sees it first and when we move on.';
    expect(service.covered([worried, ...rest].join(' '))).not.toContain('pm-owns');
  });

  it("owns a product note's decisions beside a note giving the mechanics to someone else", () => {
    const notes = [
      'Note 2 · PM: cohorts, limits, holds.',
      'Ana, platform lead: routing, flag, deploy.',
    ];
    expect(service.covered([...notes, ...rest].join(' '))).toContain('pm-owns');
  });

  it('gives no ownership credit to a product note that names a person (must not deny)', () => {
    const notes = ['PM: Ana Souza.', 'Platform lead: routing, flag, deploy.'];
    expect(service.credit([...notes, ORDER].join(' '), 'pm-owns')).toBe(0);
  });
});

describe('titles and descriptions that tell no story', () => {
  it('reads a past-participle title over a line of limits as no story', () => {
    const titled = [
      OWNERS,
      ORDER,
      'The Limits Written Down (track 3).',
      'Signed on Friday, before traffic moves: errors more than 0.5 % worse than now, p95 more than 200 ms worse than now.',
    ].join(' ');
    expect(service.covered(titled)).toContain('thresholds');
  });

  it('reads "1 point more recommended items" as a description, not a telling', () => {
    const limits =
      'Written down before traffic moves: errors more than 0.3 % worse than now, 150 ms worse on p95, 1 point more recommended items out of stock, and it gets reverted.';
    expect(service.covered([OWNERS, ORDER, limits].join(' '))).toContain('thresholds');
  });

  it('still hears a story told under a title (must not deny)', () => {
    const story = [
      OWNERS,
      'The Release Rushed Out.',
      'Errors got 3 % worse and nobody pulled it until morning.',
    ].join(' ');
    expect(service.covered(story)).not.toContain('thresholds');
  });
});
