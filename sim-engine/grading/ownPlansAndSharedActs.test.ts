import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { LIMITS, OWNER, plan } from '../testing/planSentences';

// The hundred-and-twenty-eighth round (corpus/README.md): the answer's own plan "says", groups
// each followed by their place, an act two people share, a person apposed before "and I", a
// draft the speaker "'d said", a list item that opens on an article, a thumbs-down limit and a
// number floated. Every sentence is our own.
const model = gradedFor(fixtureScenario());
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));

describe("the answer's own plan", () => {
  it('reads the rows under a "What the plan says" column as the speaker\'s plan', () => {
    const table = [
      'Round | Area | What the plan says | Score',
      '1 | Ownership | Mine: the order of customers, the limits, the holds.',
      'The engineers’: routing, deploy, flag. | 9',
    ].join('\n');
    expect(service.covered(plan(table))).toContain('pm-owns');
  });

  it("still hears someone else's plan as told (must not deny)", () => {
    const told =
      'Their plan says: I own the order of customers, the limits and the holds; engineering owns the routing.';
    expect(service.covered(plan(told))).not.toContain('pm-owns');
  });
});

describe('groups each followed by their place', () => {
  it('reads "our weavers first; trial-list buyers next; … last, because …" as an order', () => {
    const turns =
      'Our weavers first; trial-list buyers next; first-time and export buyers last, because one poor suggestion loses them.';
    expect(service.covered(`${OWNER} ${turns} ${LIMITS}`)).toContain('cohort-order');
  });

  it('reads no order in things placed in turn (must not deny)', () => {
    const things =
      'Our dashboards first; the logs next; the traces last, because they load slowly.';
    expect(service.covered(`${OWNER} ${things} ${LIMITS}`)).not.toContain('cohort-order');
  });
});

describe('an act two people share', () => {
  it('reads "the head potter and I lift the first bowl between us" at every gate as a sign-off', () => {
    const shared = plan('At every gate the head potter and I lift the first bowl between us.');
    expect(service.covered(shared)).toContain('sign-off');
  });

  it('reads none when nothing makes the act one of both (must not deny)', () => {
    const side = plan('At every gate the head potter and I lift the first bowl.');
    expect(service.covered(side)).not.toContain('sign-off');
  });

  it('reads a person apposed before "and I" as the one acting with the speaker', () => {
    const apposed = plan('At every gate Rosa, our eldest weaver, and I taste the first cup.');
    expect(service.covered(apposed)).toContain('sign-off');
  });

  it('reads no pair when no name is set off before "and I" (must not deny)', () => {
    const listed = plan(
      'The engineers own the SDK work, the routing and the flag, and I leave those to them at every stage.',
    );
    expect(service.covered(listed)).not.toContain('sign-off');
  });

  it('reads a person after a fronted time and before "and I" (must not deny)', () => {
    const fronted = plan('At every gate, Rosa and I taste the first cup.');
    expect(service.covered(fronted)).toContain('sign-off');
  });
});

describe("what the speaker 'd said", () => {
  it('credits no model signals the speaker "\'d said" and then takes back', () => {
    const taken = plan(
      "Set 2, point replayed on the challenge: I'd said we would watch the relevance score and the share of fallback suggestions.",
      "No, we won't track those.",
    );
    expect(model.covered(taken)).not.toContain('model-metrics');
  });

  it('keeps what the speaker "\'d" watch (must not deny)', () => {
    const would = plan(
      "I'd watch the relevance score and the share of fallback suggestions at every stage.",
    );
    expect(model.covered(would)).toContain('model-metrics');
  });
});

describe('a refused list whose item opens on an article', () => {
  it('refuses every item of "No to staff first, an opted-in preview list, or …"', () => {
    const refused =
      'No to staff first, an opted-in preview list, or holding first-year buyers back. Everyone gets it at once.';
    expect(service.covered(`${OWNER} ${refused} ${LIMITS}`)).not.toContain('cohort-order');
  });

  it('ends the refusal at an item with a verb of its own (must not deny)', () => {
    const affirmed = plan(
      'Nobody needs my approval, the on-call engineer flips the flag back at any hour within two minutes, and there is no redeploy.',
    );
    expect(service.covered(affirmed)).toContain('rollback');
  });
});

describe('limits on what users say', () => {
  const ONLY_ERRORS =
    'Before anything moves we write down the limits: errors more than 0.5 % worse than now, and we shut the gate.';

  it('gives a thumbs-down limit the credit of a business limit', () => {
    const feedback = `${ONLY_ERRORS} Thumbs-down more than 2 points worse than now shuts it too.`;
    expect(model.credit(feedback, 'thresholds')).toBeGreaterThan(
      model.credit(ONLY_ERRORS, 'thresholds'),
    );
  });

  it('gives none for thumbs-down only watched beside a number about something else (must not deny)', () => {
    const watched = `${ONLY_ERRORS} Offline evals scored three points up; we read the thumbs-down in the chat.`;
    expect(model.credit(watched, 'thresholds')).toBe(model.credit(ONLY_ERRORS, 'thresholds'));
  });

  it('gives none for a number past a mark after thumbs-down (must not deny)', () => {
    const another = `${ONLY_ERRORS} Thumbs-down is worse: if 1 % of customers rate, nine ratings an hour.`;
    expect(model.credit(another, 'thresholds')).toBe(model.credit(ONLY_ERRORS, 'thresholds'));
  });

  it('gives none for a number floated "maybe … or so"', () => {
    const floated = `${ONLY_ERRORS} If conversion falls, maybe five points or so, we will talk about it.`;
    expect(model.credit(floated, 'thresholds')).toBe(model.credit(ONLY_ERRORS, 'thresholds'));
  });
});

describe('a first draft struck off, and a hold that covers peaks', () => {
  it('charges no misconception for what the speaker "first wrote" under a struck-off label', () => {
    const struck = plan(
      'Round 2, goal struck off at the line: I first wrote "a random 5 % of customers".',
      'Random is no order.',
    );
    expect(service.misconceptions(struck)).not.toContain('cohort-order');
  });

  it("keeps the speaker's present rule under such a label (must not deny)", () => {
    const rule = plan(
      'Round 2, goal struck off at the line: we always hold each stage two full days, then move on.',
    );
    expect(service.covered(rule)).toContain('holds');
  });

  it('reads "hold three days covering three New Jersey evening peaks" in a list of stages', () => {
    const stages = plan(
      'Stages and holds: the first kiln at 2 %, hold three days covering three New Jersey evening peaks; the second kiln at 20 %, hold a full week; then everyone.',
    );
    expect(service.covered(stages)).toContain('holds');
  });
});
