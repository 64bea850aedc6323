import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The seventy-ninth round (corpus/README.md): a practice closed by any verdict of refusal after a
// colon ("…: thrown out", "…: no.") is turned down; a card's or a slide's number ("Card 1:") files
// a sentence without standing where its heading belongs; a stage held "till" a count is held for
// it; stages listed with their articles and shares name the answer's own stage word; people "in
// their first year" are new customers; and deciding "then what is too much" is choosing the limits
// while watching; and "I'm the only one who can roll this back" keeps the rollback for the speaker.
// Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, credit, misconceptions } = gradedFor(service);

describe('a practice closed by a verdict of refusal', () => {
  it('does not read "Rollback by redeploy: thrown out, because …" as the misconception', () => {
    const thrown =
      'Rollback by redeploy: thrown out, because forty minutes is forty minutes of errors.';
    expect(misconceptions(thrown)).not.toContain('rollback');
  });

  it('does not read "Limits picked once we see the graphs: no." as the misconception', () => {
    expect(misconceptions('Limits picked once we see the graphs: no.')).not.toContain('thresholds');
  });

  it('still reads the plan before "A big-bang launch: no." (must not deny)', () => {
    const plan =
      'Staff first, then opted-in users, with the paying business accounts last since they lose the most.';
    expect(covered(`${plan} A big-bang launch: no.`)).toContain('cohort-order');
  });
});

describe('a numbered card or slide', () => {
  it('reads "Card 1: Mine: the cohorts, the limits, the holds." as the speaker owning them', () => {
    const card =
      'Card 1: Mine: the cohorts, the limits, the holds. Card 2: Engineering’s: the routing.';
    expect(covered(card)).toContain('pm-owns');
  });

  it('still reads "Stage 1: staff" as a stage (must not deny)', () => {
    const stages =
      'Stage 1: staff, a full day. Stage 2: 5 % of users, two days. Stage 3: 25 %, two days. Stage 4: everyone.';
    expect(covered(stages)).toContain('holds');
  });
});

describe('stages held till a count', () => {
  it('reads stages listed with their articles and a hold "till we got 5,000" as holds', () => {
    const frames =
      'The first frame, the middle frames at 5 and 25 percent, the tenth frame. Each holds till we have 5,000 graded summaries, not a clock.';
    expect(covered(frames)).toContain('holds');
  });
});

describe('people counted from when they joined', () => {
  it('reads "riders in their first year last" as new customers last, for full credit', () => {
    const order =
      'Staff first, then riders who opted into the beta, then everyone else, with riders in their first year last.';
    expect(credit(order, 'cohort-order')).toBe(1);
  });

  it('does not read "hires in their first week" as a segment (must not deny)', () => {
    const hiring =
      "I'd open the designer roles first, since they can start reviewing copy in their first week, and the writer role second, as those searches take longer.";
    expect(misconceptions(hiring)).not.toContain('cohort-order');
  });
});

describe('the limit said as what is too much', () => {
  it('reads "watch the dashboard the first day and decide then what is too much" as the misconception', () => {
    const late = "I'd rather watch the dashboard the first day and decide then what is too much.";
    expect(misconceptions(late)).toContain('thresholds');
  });
});

describe('the speaker as the only one who may roll back', () => {
  it('reads "I\'m the only one who can roll this back" as the rollback waiting on the speaker', () => {
    expect(misconceptions("One rule: I'm the only one who can roll this back.")).toContain(
      'rollback',
    );
  });

  it('does not read "I\'m not the only one who can roll this back" so (must not deny)', () => {
    const shared = "I'm not the only one who can roll this back: on-call can, at any hour.";
    expect(misconceptions(shared)).not.toContain('rollback');
  });
});
