import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The eighty-second round (corpus/README.md): going back said as the former version put back
// ("swaps back to Monday's build", "brings the old one back"); a joint act of two named people
// before every stage as the sign-off, whatever the house word for it; groups held in sequence, and
// a ramp whose last stage of everyone follows its last hold; an ownership heading after a label
// ("Arrangements, mine to set: …"); the canary's own cohort said to be a random slice, even when
// it is called a fair test; the canary named before a colon and called the A/B test after it.
// Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, credit, misconceptions } = gradedFor(service);

describe('going back said as the former version put back', () => {
  it('reads "swaps back to Monday\'s build" as the rollback', () => {
    const swapped =
      "Whoever holds the pager swaps back to Monday's build, any hour, in about two minutes.";
    expect(covered(swapped)).toContain('rollback');
  });

  it('reads "brings the old one back" as the rollback', () => {
    const brought =
      'The engineer on call brings the old one back without ringing anyone: a routing change, under five minutes.';
    expect(covered(brought)).toContain('rollback');
  });

  it('reads "restores the prior version" as the rollback', () => {
    const restored =
      'At any hour the on-call engineer restores the prior version, a quick change in minutes.';
    expect(covered(restored)).toContain('rollback');
  });

  it('gives nothing when nobody is to bring the old one back (must not deny)', () => {
    const refused = 'Nobody brings the old one back; if it breaks we patch it in the next build.';
    expect(credit(refused, 'rollback')).toBe(0);
  });

  it('gives nothing when the on-call engineer never swaps back (must not deny)', () => {
    const never =
      "Whoever is on call never swaps back to Monday's build, any hour, in about two minutes.";
    expect(credit(never, 'rollback')).toBe(0);
  });

  it('does not cover the rollback for "the engineers can bring the old page back" alone', () => {
    expect(
      covered('If it goes wrong, the engineers can always bring the old page back.'),
    ).not.toContain('rollback');
  });
});

describe('a joint act before every stage', () => {
  it('reads "Before each move, the ops lead and I both try it" as the sign-off', () => {
    const tried = 'Before each move, Marta from operations and I both try it ourselves.';
    expect(covered(tried)).toContain('sign-off');
  });

  it('reads two people with appositions who both act before each move as the sign-off', () => {
    const apposed =
      'Imogen, our finance lead, and Rafe, the platform lead, both test it before each move.';
    expect(covered(apposed)).toContain('sign-off');
  });

  it('gives no sign-off when they never do it before a stage (must not deny)', () => {
    const negated = 'The platform lead and I never try it before each stage; it just moves on.';
    expect(credit(negated, 'sign-off')).toBe(0);
  });
});

describe('groups held in sequence', () => {
  it('reads "The harbour stores hold for 900 orders, the hillside ones for a full week" as holds', () => {
    const sequence =
      'The harbour stores hold for 900 orders, the hillside ones for a full week, then uptown.';
    expect(covered(sequence)).toContain('holds');
  });

  it('reads a ramp whose "then …, everyone" follows its last hold as held stages', () => {
    const ramp =
      'Harbour, 5 %, holds through a full weekend; Hillside, 20 %, holds for 40,000 orders; then Uptown, everyone.';
    expect(covered(ramp)).toContain('holds');
  });

  it('gives no holds to groups held for a handful of testers (must not deny)', () => {
    const handful =
      'The harbour stores hold for 3 testers, the hillside ones for 4 testers, then uptown.';
    expect(credit(handful, 'holds')).toBe(0);
  });
});

describe('an ownership heading after a label', () => {
  it('reads "Arrangements, mine to set: the order, the limits, the holds" as the PM owning them', () => {
    expect(covered('Arrangements, mine to set: the order, the limits, the holds.')).toContain(
      'pm-owns',
    );
  });
});

describe("the canary's own cohort said to be a random slice", () => {
  it('charges the cohort misconception when the random canary is called the fair test', () => {
    const fairTest =
      'Our canary group should be a random 5 % of all customers, because a random slice is the only fair test.';
    expect(misconceptions(fairTest)).toContain('cohort-order');
  });

  it('leaves the A/B test afterwards with its random split alone (must not deny)', () => {
    const afterwards =
      'Staff go first, then beta users; afterwards a fair test splits shoppers at random, half and half.';
    expect(misconceptions(afterwards)).not.toContain('cohort-order');
  });
});

describe('the canary named before a colon and called the A/B test after it', () => {
  it('charges the misconception for "what this canary is for: it\'s our A/B test"', () => {
    const called = 'Here is what our canary is for: it is our A/B test for the new checkout.';
    expect(misconceptions(called)).toContain('canary-vs-ab');
  });

  it('leaves "what this canary is for: it is a safety check" alone (must not deny)', () => {
    const safety =
      'Here is what our canary is for: it is a safety check; a randomised A/B test afterwards says whether it is better.';
    expect(misconceptions(safety)).not.toContain('canary-vs-ab');
  });
});
