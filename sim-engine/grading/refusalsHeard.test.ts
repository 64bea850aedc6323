import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { splitSentences } from './sentences';

// The thirteenth round's readings of language (corpus/README.md, thirteenth protocol). Every
// sentence is our own wording; none is a corpus answer's.
const service = fixtureScenario({ changeKind: 'backend' });
const OWNER = 'I own the release calls for this change. ';
const SAFE = 'The canary tells us the new version is safe; it tells us nothing about better. ';

function credits(answer: string, point: string): boolean {
  return gradeAnswer(answer, service).covered.includes(point);
}

describe('an experiment the speaker turns down is not the canary-vs-A/B point', () => {
  it.each([
    [
      'declined with "one" pointing back',
      `${OWNER}${SAFE}The A/B test after it, we won't run one.`,
    ],
    [
      'said only to cost time',
      `${OWNER}${SAFE}A split test afterwards would just delay the launch.`,
    ],
  ])('%s', (_name, answer) => {
    expect(credits(answer, 'canary-vs-ab')).toBe(false);
  });

  it.each([
    [
      'an inference refused, not the test ("I will not read it off …")',
      `${OWNER}${SAFE}Any claim of lift needs a randomised A/B test afterwards; I won't read it off the staff cohort.`,
    ],
    [
      'a measured delay conceded',
      `${OWNER}${SAFE}A randomised A/B test afterwards only delays the launch by a week, and we run it.`,
    ],
  ])('but keeps it when %s', (_name, answer) => {
    expect(credits(answer, 'canary-vs-ab')).toBe(true);
  });
});

describe('ownership is read from the possessive, and from the speaker’s named part', () => {
  it('does not read ownership from the noun "mine" (the coal-mine story of the name)', () => {
    const answer =
      'A canary rollout borrows its name from the birds miners took down the coal mine. You show the new build to a few users first.';
    expect(credits(answer, 'pm-owns')).toBe(false);
  });

  it.each([
    ['the possessive after a copula', 'The exposure order and the stop rules are mine.'],
    [
      'the speaker’s part named',
      'The platform team runs the routing; my part is deciding who goes first and when we stop.',
    ],
  ])('credits %s', (_name, answer) => {
    expect(credits(answer, 'pm-owns')).toBe(true);
  });

  it('does not read "for my part" (as for me) as a part of the work', () => {
    expect(credits('For my part, I think staff should see it before customers.', 'pm-owns')).toBe(
      false,
    );
  });
});

describe('a heading over one note says what the note is', () => {
  it('reads the note under an approval heading as the sign-off', () => {
    const answer = 'Sign-off\n- Product manager and the platform lead, in writing, at every step.';
    expect(credits(answer, 'sign-off')).toBe(true);
  });

  it('does not read the note under another heading as a sign-off', () => {
    const answer = 'Rollback\n- Product manager and the platform lead, at every step.';
    expect(credits(answer, 'sign-off')).toBe(false);
  });
});

describe('customer groups named in the words of a business', () => {
  // "First" before "and" leads the group before it, not the valuable group after it.
  it.each([
    [
      'institutional customers last',
      'We show it to staff first and to institutional accounts last, because their contracts carry penalties.',
    ],
    [
      'regular customers after staff',
      'Order: employees, then casual visitors, because staff report breakage fast.',
    ],
  ])('orders %s', (_name, answer) => {
    expect(credits(answer, 'cohort-order')).toBe(true);
  });
});

describe('the most valuable customers first is still the misconception', () => {
  it('reads "start with the enterprise accounts, then staff" as valuable-first', () => {
    const grade = gradeAnswer('We start with the enterprise accounts, then staff.', service);
    expect(grade.misconceptions.map((found) => found.point)).toContain('cohort-order');
  });
});

describe('an adverb does not make a sentence a string of terms', () => {
  it('reads "the load balancer just sends image requests back" as a sentence', () => {
    const answer =
      'Rolling back: the load balancer just sends image requests back to the old service in two minutes.';
    expect(
      gradeAnswer(answer, service).points.find((p) => p.id === 'rollback')?.credit,
    ).toBeGreaterThan(0.5);
  });

  it('still reads a run of terms as salad, adverbs or not', () => {
    const salad =
      'canary ramp holds really gates rollback thresholds quickly cohorts sign-off owner';
    expect(splitSentences(salad)[0]?.isClause).toBe(false);
  });
});

describe('a pronoun-free plan states who owns the decisions by naming the role', () => {
  it.each([
    [
      'a heading with its decisions in brackets',
      'Decisions (order, limits, pace): PM. Routing: the platform team.',
    ],
    [
      'a runbook line recording the owner of the decisions',
      'Write down the owner of the release decisions: the product manager. Owner of routing: platform.',
    ],
  ])('credits %s', (_name, answer) => {
    expect(credits(answer, 'pm-owns')).toBe(true);
  });

  it.each([
    ['the decisions given to another team', 'Decisions (order, limits, pace): platform team.'],
    [
      'the PM named owner of the routing only',
      'Write down the owner of the routing: the product manager.',
    ],
  ])('does not credit %s', (_name, answer) => {
    expect(credits(answer, 'pm-owns')).toBe(false);
  });
});

// The twenty-second round: a practice named as the subject and refused by what it is said to be.
describe('a practice refused as "not something I would do"', () => {
  it.each([
    [
      'thresholds',
      "Limits of half a percent on errors and 200 ms on p99, agreed before launch, aren't something I'd write down.",
    ],
    [
      'rollback',
      "Letting the on-call engineer flip traffic back at night in two minutes without asking me isn't something we'd allow.",
    ],
    ['holds', "A day's hold at every stage of the ramp isn't what we need."],
  ])('does not credit %s for "%s"', (point, answer) => {
    expect(credits(`${OWNER}${answer}`, point)).toBe(false);
  });

  it.each([
    // Must not deny: the refusal is of the bad practice, and the plan is said after it.
    [
      'rollback',
      "Waiting for a manager isn't something we'd do: the on-call engineer rolls back at any hour with a flag flip, no approval needed.",
    ],
    // Must not deny: "something" that is not the speaker's refusal.
    [
      'thresholds',
      'Our error limit of 0.5 % over control is something we agree before launch and never move.',
    ],
  ])('still credits %s for "%s"', (point, answer) => {
    expect(credits(`${OWNER}${answer}`, point)).toBe(true);
  });
});

// The twenty-third round: "…, not these numbers" sets what came before against something else.
describe('a closing "not" and what it sets aside contrast, they do not refuse', () => {
  it('credits the A/B test a sentence sets against "these numbers"', () => {
    const answer = `${OWNER}A clean canary means the cluster is safe. It does not show pages got faster; if we want that claim, it's a randomised A/B test, not these numbers.`;
    expect(credits(answer, 'canary-vs-ab')).toBe(true);
  });

  it('still reads "…, but not that" as turning the practice down', () => {
    const answer = `${OWNER}Some teams hold a full day at every stage of the ramp, but not that.`;
    expect(credits(answer, 'holds')).toBe(false);
  });
});

// The twenty-fourth round: a practice told and then refused by the verb closing its clause.
describe('a practice refused by the verb that closes its clause', () => {
  it.each([
    [
      'holds',
      'We talked about holding every stage of the ramp for a full day, and decided against it.',
    ],
    [
      'thresholds',
      'We discussed a 0.5 % error limit over control, agreed up front, and dropped it.',
    ],
    [
      'rollback',
      'Letting the on-call engineer flip traffic back at any hour in two minutes was ruled out.',
    ],
  ])('does not credit %s for "%s"', (point, answer) => {
    expect(credits(`${OWNER}${answer}`, point)).toBe(false);
  });

  it.each([
    // Must not deny: a refusing verb that does not close the clause, or refuses a bad practice.
    [
      'rollback',
      'If errors pass 0.5 %, the on-call engineer flips the flag and drops it to 0 % in two minutes, at any hour.',
    ],
    [
      'holds',
      'Skipping the holds was ruled out: every stage of the ramp is held for a full day before the next.',
    ],
  ])('still credits %s for "%s"', (point, answer) => {
    expect(credits(`${OWNER}${answer}`, point)).toBe(true);
  });
});

// The twenty-fifth round: a spaced dash divides a sentence as a comma does; only a dash glued to
// a number is a minus.
describe('a refusal after a spaced dash', () => {
  it('does not credit an A/B test the speaker turns down after a dash', () => {
    const answer = `${OWNER}${SAFE}Same with a randomised A/B test afterwards — we are not doing one.`;
    expect(credits(answer, 'canary-vs-ab')).toBe(false);
  });

  it('still reads a dash glued to a number as a minus (must not deny)', () => {
    const answer = `${OWNER}We roll back if conversion moves —2 % against control or errors pass 0.5 %, agreed before launch.`;
    expect(credits(answer, 'thresholds')).toBe(true);
  });
});

describe('a dash before a promise to keep, and a dash that opens an answer', () => {
  it('keeps limits the speaker promises not to change after a dash (must not deny)', () => {
    const answer = `${OWNER}We agree the limits before launch: errors 0.5 % over control, p99 200 ms worse — we don't renegotiate them mid-rollout.`;
    expect(credits(answer, 'thresholds')).toBe(true);
  });

  it('reads "— No" opening the reply to a question as the answer no', () => {
    const answer = `${OWNER}**Does a clean canary prove it is better?** — No — it shows the change is safe, and a randomised A/B test afterwards tells us if it is better.`;
    expect(gradeAnswer(answer, service).misconceptions).toHaveLength(0);
  });
});

// The thirty-first round: "none" as the object refuses what the sentence named.
describe('a practice refused as "so I\'d set none"', () => {
  it('does not credit limits "so I\'d set none and let the team tell us"', () => {
    const answer =
      "Fixed numeric limits mostly raise false alarms, so I'd set none and let the platform team tell us when it looks wrong.";
    expect(gradeAnswer(answer, service).points.find((p) => p.id === 'thresholds')?.credit).toBe(0);
  });

  it('still credits limits kept with "so I\'d keep them and let …" (must not deny)', () => {
    const answer =
      "Errors over 0.5 % above control send it back, agreed before launch, so I'd keep that and let the on-call engineer act.";
    expect(credits(answer, 'thresholds')).toBe(true);
  });
});

// The thirty-second round: a practice denied as anyone's way of doing it.
describe('a practice refused as "wouldn\'t be my approach"', () => {
  const LADDER = "I'd send staff first, then beta, then everyone, at 1 %, 5 %, 25 %, 100 %. ";

  it.each([
    'Holding a day at each stage would not be my approach.',
    "Holding a day at each stage isn't our way.",
  ])('does not credit the holds refused in "%s"', (refusal) => {
    expect(credits(`${LADDER}${refusal}`, 'holds')).toBe(false);
  });

  it('still credits "Holding a day at each stage is my approach." (must not deny)', () => {
    expect(credits(`${LADDER}Holding a day at each stage is my approach.`, 'holds')).toBe(true);
  });
});

// The thirty-third round: "Same with …" right after the speaker turned something down.
describe('a practice turned down by "Same with …" after a refusal', () => {
  it('does not credit the order in "Same with choosing cohorts — staff first, then beta, big accounts last — I don\'t see the point."', () => {
    const answer =
      "I'm not committing to rollback numbers before launch. Same with choosing cohorts — staff first, then beta users, the biggest accounts last — I don't see the point here.";
    expect(credits(answer, 'cohort-order')).toBe(false);
  });

  it('still credits "Same with the order" after a commitment (must not deny)', () => {
    const answer =
      'We fix the rollback numbers before launch: errors 0.5 % over control. Same with the order: staff first, then beta users, the biggest accounts last.';
    expect(credits(answer, 'cohort-order')).toBe(true);
  });
});
