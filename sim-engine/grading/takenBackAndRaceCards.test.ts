import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { gradeAnswer } from './gradeAnswer';

// The hundred-and-eighth round (corpus/README.md): one piece of a spoken answer taken back, race
// cards and runway notes (numbered entries held by a note, "Each race:" and "Safe, not better:"
// as labels, shares held by the items of a list), refusals that point back or close a clause,
// and a signal's limit set against the release as it stands. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());

/** The credit a service answer earns for one point, covered or not. */
function credit(answer: string, point: string): number {
  const graded = gradeAnswer(answer, fixtureScenario({ changeKind: 'backend' }));
  return graded.points.find((found) => found.id === point)?.credit ?? Number.NaN;
}

const OWNERS =
  'I own the order of groups, the limits and the holds; the engineers own the flag, the routing and the deploy.';
const ORDER =
  'Staff go first, then the customers who opted into early access, then regulars by years with us; new customers go last because they forgive least.';
const LIMITS =
  'Before anything moves we write down the limits: errors more than 0.5 % worse than now, or p95 latency more than 300 ms worse than now, and we close the bakery.';

describe('one piece of the answer taken back', () => {
  const told = (retraction: string) =>
    [
      OWNERS,
      ORDER,
      LIMITS,
      'At the ovens the first tray was 1 % for an afternoon.',
      retraction,
      'The real one: the first tray is 1 % held for 3,000 orders, the rack 10 % held for 20,000, half the shop 50 % for a full week, then everyone.',
    ].join(' ');

  it('takes back only the sentence before "Scratch that story, …"', () => {
    const graded = service.covered(told('Scratch that story, the baker is listening.'));
    expect(graded).toEqual(expect.arrayContaining(['pm-owns', 'cohort-order', 'thresholds']));
  });

  it('tells the candidate which sentence was taken back', () => {
    const notices = gradeAnswer(
      told('Scratch that story, the baker is listening.'),
      fixtureScenario({ changeKind: 'backend' }),
    ).notices.join(' ');
    expect(notices).toContain('the sentence just before this one, taken back by it');
  });

  it('still lets a bare "Scratch that." withdraw the whole plan before it (must not deny)', () => {
    expect(service.covered(told('Scratch that.'))).not.toContain('pm-owns');
  });
});

describe('a refused label that points back at all of it', () => {
  it('turns down a long label refused by "none of it"', () => {
    const refused =
      'Staff first, opted-in bakers first, regulars by years buying: none of it. We open to everyone at once.';
    expect(service.covered(refused)).not.toContain('cohort-order');
  });

  it('keeps a long label whose "none of it" goes on to say something (must not deny)', () => {
    const kept =
      'Staff first, then opted-in bakers, then regulars by years buying, new customers last because they forgive least: none of it is left to chance.';
    expect(service.covered(kept)).toContain('cohort-order');
  });
});

describe('a race card', () => {
  const card = [
    'Runner 1: our own staff.',
    'Hold: 1,500 orders.',
    'Runner 2: customers who opted into early access.',
    'Hold: 8,000 orders.',
    'Runner 3: regulars by years buying; new customers last.',
  ];

  it('holds numbered entries that each "Hold:" note after them holds', () => {
    expect(service.covered(card.join(' '))).toContain('holds');
  });

  it('needs two entries held: one "Hold:" note alone names no ramp (must not deny)', () => {
    expect(credit(card.slice(0, 3).join(' '), 'holds')).toBe(0);
  });

  it('reads "Each race:" with a joint act as the sign-off of each race the card names', () => {
    const races = [
      'Race 1, the first tray.',
      'Runner 1: staff, 1 %.',
      'Race 2, the rack.',
      'Runner 2: opted-in customers, 10 %.',
      'Race 3, the whole shop.',
      'Runner 3: everyone else.',
      'Each race: the head baker and I both cut the first loaf.',
    ].join(' ');
    expect(service.covered(races)).toContain('sign-off');
  });

  it('reads "Each gate:" with a joint act as a sign-off at every stage', () => {
    const gate = 'Each gate: the head baker, our lead engineer, and I both cut the first loaf.';
    expect(service.covered(gate)).toContain('sign-off');
  });

  it('reads "between the races" as between every stage', () => {
    const between =
      'Between the races the head baker, our lead engineer, and I both cut the first loaf, and the next race starts only then.';
    expect(service.covered(between)).toContain('sign-off');
  });

  it('turns down an entry scratched by the note after it', () => {
    const scratched =
      'Runner 1: staff first, then customers who opted into early access, new customers last because they forgive least. Not declared.';
    expect(service.covered(scratched)).not.toContain('cohort-order');
  });

  it('keeps an entry whose note sets it against something else (must not deny)', () => {
    const contrasted =
      'Runner 1: staff first, then customers who opted into early access, then new customers last because they forgive least. Not picked at random, but by how much a bad loaf costs them.';
    expect(service.covered(contrasted)).toContain('cohort-order');
  });
});

describe('the safe-and-better split as a label', () => {
  it('credits "Safe, not better: randomised A/B test afterwards."', () => {
    expect(service.covered('Safe, not better: randomised A/B test afterwards.')).toContain(
      'canary-vs-ab',
    );
  });

  it('needs the test after the colon: "Safe, not better: more loaves sold." names none (must not deny)', () => {
    expect(service.covered('Safe, not better: more loaves sold.')).not.toContain('canary-vs-ab');
  });

  it('keeps the canary to safety when "better" is turned away from it', () => {
    const turnedAway =
      'These trays tell us the new oven is safe. Whether it is better is for a randomised A/B test afterwards, never for this canary.';
    expect(service.covered(turnedAway)).toContain('canary-vs-ab');
  });
});

describe('shares held by the items of a list', () => {
  it('holds "1 %, 5,000 orders; 10 %, one Friday dinner; 50 %, another Friday"', () => {
    const list =
      'The ramp: the first tray, 1 %, 5,000 orders; the rack, 10 %, one Friday dinner; 50 %, another Friday; the whole shop.';
    expect(service.covered(list)).toContain('holds');
  });

  it('holds a share "held until 2,000 orders have passed"', () => {
    const held =
      'The first tray at 5 %, held until 2,000 orders have passed. The rack at 25 %, held a full week of the harvest fair. Then the whole shop.';
    expect(service.covered(held)).toContain('holds');
  });

  it('holds stages that "wait for" a count', () => {
    const waits =
      'Each stage waits for 1,000 orders and 300 ratings. First tray 5 %, the rack 25 %, then everyone.';
    expect(service.covered(waits)).toContain('holds');
  });
});

describe('the speaker in the answer', () => {
  it('hears "I, the PM, write the card: …" as what the PM owns', () => {
    const card =
      'I, the PM, write the card: which groups go in which race, the limits, the holds. The head baker and the platform team own the routing and the deploy.';
    expect(service.covered(card)).toContain('pm-owns');
  });

  it('does not hear "Only I, the PM, may decide a rollback" as owning the plan (must not deny)', () => {
    const approval =
      'Only I, the PM, may decide a rollback. The engineers own the flag, the routing and the deploy.';
    expect(credit(approval, 'pm-owns')).toBe(0);
  });

  it('reads "pours from last year\'s batch again" as going back, not as a past job', () => {
    const rollback =
      "At any hour, the Friday rush included, whoever's on call pours from last year's batch again, no need to call me: a config switch sends orders back to the old oven within five minutes, no redeploy.";
    expect(service.covered(rollback)).toContain('rollback');
  });

  it('still reads "Last year we rolled back by redeploy" as a past job (must not deny)', () => {
    const past =
      'Last year we rolled back by redeploying the old build, at any hour, within an hour.';
    expect(
      gradeAnswer(past, fixtureScenario({ changeKind: 'backend' })).notices.join(' '),
    ).toContain('past job');
  });

  it('reads a place name with "Said" in it as a place, not someone telling', () => {
    const place =
      'Staff first; then opted-in regulars from Sidi Bou Said and La Marsa; new customers last, they forgive nothing.';
    expect(service.covered(place)).toContain('cohort-order');
  });

  it('hears "this show says … safe" as the canary, not another voice', () => {
    const show =
      'This show says the new oven is safe, not that it is better; for better, a randomised A/B test afterwards.';
    expect(service.covered(show)).toContain('canary-vs-ab');
  });

  it('keeps "that\'s theatre" after a clause of its own to that clause', () => {
    const own = [
      'We open the first tray at 2 % for two days, then the rack at 20 % for a full week, then everyone.',
      "I won't write numbers down beforehand, that's theatre.",
    ].join(' ');
    expect(service.covered(own)).toContain('holds');
  });

  it('still hears a bare "That\'s theatre." as disowning the plan (must not deny)', () => {
    const disowned = [
      'We open the first tray at 2 % for two days, then the rack at 20 % for a full week, then everyone.',
      "Honestly, that's theatre.",
    ].join(' ');
    expect(service.covered(disowned)).not.toContain('holds');
  });
});

describe("a model signal's limit set against the release as it stands", () => {
  it('gates on two signals when one has "more than 2 points worse than now"', () => {
    const signals =
      'Thumbs-down is more than 2 points worse than now on suggestions, shutter. The harness grades wrong sizes on suggestions above 1 %, shutter.';
    expect(model.covered(signals)).toContain('model-metrics');
  });

  it('needs the number set against now: two signals only watched name no gate (must not deny)', () => {
    const watched =
      'We look at thumbs-down on suggestions. We look at harness-graded wrong sizes on suggestions.';
    expect(model.covered(watched)).not.toContain('model-metrics');
  });
});
