import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The hundred-and-third round (corpus/README.md): defined parties, scrubbed steps, contraries in a
// series, numbered labels, counts a stage is held for, joint acts before any advance, decisions
// called the speaker's share. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());

describe('parties a contract defines', () => {
  it('reads "the Client owns …" as the PM\'s ownership once the PM is defined as the Client', () => {
    const contract = [
      'This agreement is made between the Product Manager (the Client) and the Platform team (the Contractor).',
      'The Client owns the rollout order, the limits and the length of each hold; the Contractor owns the routing and the flags.',
    ].join('\n');
    expect(service.covered(contract)).toContain('pm-owns');
  });

  it('does not give the PM what the party defined as engineering owns (must not deny)', () => {
    const contract = [
      'This agreement is made between the Product Manager (the Client) and Engineering (the Builder).',
      'The Builder owns the rollout order, the limits and the length of each hold.',
    ].join('\n');
    expect(service.covered(contract)).not.toContain('pm-owns');
  });
});

describe('a step scrubbed and called again', () => {
  const countdown = [
    'Step 4: rollback means redeploying the old build.',
    'Scrub that.',
    'Step 4 again: whoever is on call flips the flag back in two minutes, at any hour, without asking anyone.',
  ].join('\n');

  it('no longer charges the scrubbed step as a misconception', () => {
    expect(service.misconceptions(countdown)).not.toContain('rollback');
  });

  it('credits the step called again', () => {
    expect(service.covered(countdown)).toContain('rollback');
  });

  it('leaves a line that only mentions scrubbing as it was (must not deny)', () => {
    const cleaning = [
      'Rollback means redeploying the old build.',
      'We scrub that table every night.',
    ].join('\n');
    expect(service.misconceptions(cleaning)).toContain('rollback');
  });
});

describe('a thing set against its contrary', () => {
  it('reads "safe, not better" after a label as one clause with the A/B test', () => {
    expect(
      service.covered('Finale: safe, not better; better is a randomised A/B test afterwards.'),
    ).toContain('canary-vs-ab');
  });

  it('reads a verb the tagger takes for a noun ("better needs") as relating the words', () => {
    expect(
      service.covered('Count 1: safe, not better; better needs a randomised A/B test later.'),
    ).toContain('canary-vs-ab');
  });
});

describe('the speaker under a numbered label', () => {
  it('hears "Bars 1 to 4, my moves as PM: …" as the speaker\'s ownership', () => {
    const sheet = [
      'Bars 1 to 4, my moves as PM: order, limits, holds.',
      'Engineering: routing and flags.',
    ].join('\n');
    expect(service.covered(sheet)).toContain('pm-owns');
  });
});

describe('joint acts', () => {
  it('reads "X, a name, and I both taste …" after a label as a clause that signs each gate', () => {
    expect(
      service.covered(
        'Turn: the head brewer, Tomás, and I both taste from the same cask at each gate.',
      ),
    ).toContain('sign-off');
  });

  it('reads a joint act "before anyone advances" as each stage\'s sign-off', () => {
    expect(
      service.covered(
        'The head chef, Ana Ruiz, and I both taste from the same pot before anyone advances.',
      ),
    ).toContain('sign-off');
  });

  it('reads a joint act "each time we widen it" as each advance\'s sign-off', () => {
    expect(
      service.covered(
        'Each time we widen it, the head chef, Ana Ruiz, and I both taste from the same pot first.',
      ),
    ).toContain('sign-off');
  });
});

describe('stages held for counts', () => {
  it('holds a stage "at 5 % until 1,500 orders" beside one held for a week', () => {
    expect(
      service.covered(
        'The taster at 5 % until 1,500 orders, the tasting room at 30 % for a full week.',
      ),
    ).toContain('holds');
  });

  it('holds stages "at 5 % for 3,000 orders" and "for 3,000 more"', () => {
    expect(
      service.covered(
        'The taster at 5 % for 3,000 orders, the tasting room at 25 % for 3,000 more and one sale weekend, then everyone.',
      ),
    ).toContain('holds');
  });

  it('ends a ramp on "then the whole shop", as on "then everyone"', () => {
    expect(
      service.covered(
        'The taster, 5 % of orders, and we hold there for 2,000 orders; the tasting room, 30 %, and we hold a full week; then the whole shop.',
      ),
    ).toContain('holds');
  });

  it('holds each stage "for three Friday lunches" counted in the plural', () => {
    expect(
      service.covered(
        'Stages at 5 %, 25 % and 100 %, and each one holds for three Friday lunches before the next step.',
      ),
    ).toContain('holds');
  });
});

describe("decisions called the speaker's share", () => {
  it('hears "the order, the limits and the holds are my homework" as ownership', () => {
    const share = [
      'The order of regions, the limits and the holds are my homework.',
      'Engineering owns the routing and the flags.',
    ].join('\n');
    expect(service.covered(share)).toContain('pm-owns');
  });

  it('does not hear one thing called the speaker\'s ("the limits are my guess") (must not deny)', () => {
    const guess = ['The limits are my guess.', 'Engineering owns the routing and the flags.'].join(
      '\n',
    );
    expect(service.covered(guess)).not.toContain('pm-owns');
  });

  it('hears no ownership in "I will not separate what is mine as PM from what is engineering\'s"', () => {
    expect(
      service.covered("I will not separate what is mine as PM from what is engineering's."),
    ).not.toContain('pm-owns');
  });
});

describe('signals beside the error rate', () => {
  it('reads the list after "next to the usual errors:" as signals watched', () => {
    expect(
      model.covered(
        'We watch, next to the usual errors: cost per reply, because finance asked; thumbs-down on replies; and replies the eval harness grades wrong.',
      ),
    ).toContain('model-metrics');
  });

  it('still hears "the usual error is to …" as a mistake named, not endorsed (must not deny)', () => {
    expect(
      model.misconceptions('The usual error is to start with a random 5 % of everyone.'),
    ).not.toContain('cohort-order');
  });

  it('keeps the signals after a limit line whose subject carries a participle', () => {
    const lines = [
      'I own the order, the limits and the holds.',
      'Baskets filled from suggestions more than 2 % worse than the old-model group, tie up.',
      'Model signals beyond errors: the share of suggestions served from fallback because lookups came back empty, click-through on suggested items, and items removed again from the basket.',
    ].join('\n');
    expect(model.covered(lines)).toContain('model-metrics');
  });
});

describe('reasons for a place in the order', () => {
  it('hears "one bad checkout and they\'re gone" as the reason a group goes last', () => {
    const order = 'Staff first, then the beta list, then everyone else, and the Lisbon shops last';
    expect(
      service.credit(`${order}, one bad checkout and they're gone.`, 'cohort-order'),
    ).toBeGreaterThan(service.credit(`${order}.`, 'cohort-order'));
  });
});
