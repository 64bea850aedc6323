import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The ninety-third round (corpus/README.md): holds given as notes, as "each" after a ladder or as
// "no stage … until"; an entry put off by "not this year"; the canary called "our a b test" in a
// transcript; model signals gating the release by numbered limits; the speaker's heading after a
// label; limits left to the watching; a joint act before the release goes higher. Every sentence
// is our own.
const model = fixtureScenario();
const { credit, covered, misconceptions } = gradedFor(model);

describe('a ladder held by a note for each of its stages', () => {
  it('reads "the tune-up at 20 %" as a stage of the ladder and "300 repairs each" as its holds', () => {
    const catalogue =
      'Description: the test ride at 2 %, the tune-up at 20 %, the overhaul at 100 %. Days to grow: 300 repairs each.';
    expect(covered(catalogue)).toContain('holds');
  });

  it("gives no holds to the same ladder when the count is not each stage's (must not deny)", () => {
    const once =
      'Description: the test ride at 2 %, the tune-up at 20 %, the overhaul at 100 %. Days to grow: 300 repairs.';
    expect(credit(once, 'holds')).toBe(0);
  });

  it('reads "Each holds two weekend nights" after a ladder as its holds', () => {
    const scoops =
      'Stages: the first scoop (5 %), the second scoop (25 %), the cherry on top (100 %). Each holds two weekend nights and one payday.';
    expect(covered(scoops)).toContain('holds');
  });

  it('gives no holds to "Each gets a new flavour card" after a ladder (must not deny)', () => {
    const cards =
      'Stages: the first scoop (5 %), the second scoop (25 %), the cherry on top (100 %). Each gets a new flavour card.';
    expect(credit(cards, 'holds')).toBe(0);
  });
});

describe('hold notes in turn', () => {
  it('reads two notes opening on "Hold" with a length, read to their first comma, as held stages', () => {
    const notes =
      'The first round: our own staff. Hold 500 orders and one Saturday, so the weekend peak is in the count. The second round: early-access customers. Hold a full week of the fair. The last round: everyone.';
    expect(covered(notes)).toContain('holds');
  });

  it('reads "Hold until the harness has graded 40 of their answers" as a note\'s length', () => {
    const graded =
      'The first round: our own staff. Hold until the harness has graded 40 of their answers. The second round: early-access customers. Hold a full week of the fair.';
    expect(covered(graded)).toContain('holds');
  });

  it('gives no holds to "Hold until the head chef says so" beside one note (must not deny)', () => {
    const chef =
      'The first round: our own staff. Hold until the head chef says so. The second round: early-access customers. Hold a full week of the fair.';
    expect(credit(chef, 'holds')).toBe(0);
  });

  it('reads "The frame holds 500 bookings. … The doors hold for 3,000 bookings" as held stages', () => {
    const frame =
      'The frame holds 500 bookings. The shelves come next. The doors hold for 3,000 bookings, then everyone.';
    expect(covered(frame)).toContain('holds');
  });

  it('gives no holds when a long subject, not a stage, holds the counts (must not deny)', () => {
    const meetings =
      'The team from the north office holds 500 meetings a year. The crew on the night shift holds 3,000 calls.';
    expect(credit(meetings, 'holds')).toBe(0);
  });
});

describe('"no" stage until a length or a count', () => {
  it('reads "No wall is done until it has lived through a Friday rush and 2,000 paid sessions" as held walls', () => {
    const walls =
      'Route: warm-up wall 5 %, crux 25 %, top-out 100 %. No wall is done until it has lived through a Friday rush and 2,000 paid sessions.';
    expect(covered(walls)).toContain('holds');
  });

  it('gives no holds to "No wall is done until the head setter and I both sign" (must not deny)', () => {
    const signed =
      'Route: warm-up wall 5 %, crux 25 %, top-out 100 %. No wall is done until the head setter and I both sign.';
    expect(credit(signed, 'holds')).toBe(0);
  });
});

describe('an entry put off', () => {
  it('gives nothing to "Description: an A/B test after the canary. Days to grow: not this year."', () => {
    const putOff = 'Description: an A/B test after the canary. Days to grow: not this year.';
    expect(credit(putOff, 'canary-vs-ab')).toBe(0);
  });

  it('keeps the credit when the note says "this year" (must not deny)', () => {
    const kept = 'Description: an A/B test after the canary. Days to grow: this year.';
    expect(credit(kept, 'canary-vs-ab')).toBeGreaterThan(0);
  });
});

describe('the canary called the A/B test, the letters said apart or the groups compared', () => {
  it('charges "the canary is our a b test the members on the new model against everyone on the old one"', () => {
    const spoken =
      'the canary is our a b test the members on the new model against everyone still on the old one';
    expect(misconceptions(spoken)).toContain('canary-vs-ab');
  });

  it('charges "The canary is our A/B test with the new model against the old one"', () => {
    expect(
      misconceptions('The canary is our A/B test with the new model against the old one.'),
    ).toContain('canary-vs-ab');
  });

  it('charges nothing when the speaker decided against it (must not deny)', () => {
    const refused = 'We decided against treating the canary as our A/B test.';
    expect(misconceptions(refused)).not.toContain('canary-vs-ab');
  });
});

describe('model signals given numbered limits', () => {
  it('guards model quality with two signals when a clause sets their limits against now', () => {
    const limits =
      'We watch thumbs-down per language and the eval harness score for polite address. Written first: thumbs-down more than 1.5 points worse than now, the harness score more than 3 points worse, errors more than 0.5 % worse, and we stop.';
    expect(covered(limits)).toContain('model-metrics');
  });

  it('does not when the clause gives the numbers against nothing (must not deny)', () => {
    const bare =
      'Thumbs-down per language and the eval harness score for polite address are on the dashboard. Written first: thumbs-down 1.5 points, the harness score 3 points, errors 0.5 %, and we stop.';
    expect(covered(bare)).not.toContain('model-metrics');
  });
});

describe("the speaker's heading after a label", () => {
  it('reads "NOTICE: the PM, me, owns who goes first, the rollback limits and the holds" as ownership', () => {
    const notice = 'NOTICE: the PM, me, owns who goes first, the rollback limits and the holds.';
    expect(credit(notice, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('reads "The Director (me, the PM): the running order, …" as ownership', () => {
    const director =
      'The Director (me, the PM): the cohort order, the rollback lines, how long each act holds.';
    expect(credit(director, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('gives no ownership to "The Director (the stage manager): …" (must not deny)', () => {
    const manager =
      'The Director (the stage manager): the cohort order, the rollback lines, how long each act holds.';
    expect(credit(manager, 'pm-owns')).toBe(0);
  });
});

describe('limits left to the watching', () => {
  it('charges "I\'d rather eyeball the dashboard and decide on the day what looks bad enough to pull"', () => {
    const eyeballed =
      "I'd rather eyeball the dashboard each evening and decide on the day what looks bad enough to pull.";
    expect(misconceptions(eyeballed)).toContain('thresholds');
  });

  it('charges nothing when the limits were written first (must not deny)', () => {
    const written =
      'The limits are written down before launch; if anything looks bad enough to pull, whoever is on call pulls it.';
    expect(misconceptions(written)).not.toContain('thresholds');
  });

  it('charges "Don\'t fix the limits before."', () => {
    expect(misconceptions("Don't fix the limits before.")).toContain('thresholds');
  });

  it('charges nothing for "We fix the limits before." (must not deny)', () => {
    expect(misconceptions('We fix the limits before.')).not.toContain('thresholds');
  });
});

describe('a joint act before the release goes higher', () => {
  it('reads "the head chef and I both ring the bell before we go higher" as the sign-off', () => {
    const bell = 'The head chef and I both ring the bell before we go higher.';
    expect(covered(bell)).toContain('sign-off');
  });

  it('gives no sign-off to "… before we go home" (must not deny)', () => {
    expect(credit('The head chef and I both ring the bell before we go home.', 'sign-off')).toBe(0);
  });
});
