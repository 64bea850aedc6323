import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The hundred-and-tenth round (corpus/README.md): limits given as an announcement in the passive
// ("travellers are reminded that …"), numbered calls each held by an order to hold, stages named
// by the answer's own nouns and held in one sentence, and a rollback's how said in a note. Every
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
const plan = (...sentences: string[]) => [OWNERS, ORDER, ...sentences].join(' ');

describe('limits announced in the passive', () => {
  it('takes "travellers are reminded that the limits are …" as the speaker\'s own limits', () => {
    const limits =
      'Travellers are reminded that the limits are posted before the first ferry sails: errors more than 0.5 % worse than now, p95 latency more than 250 ms worse.';
    expect(service.covered(plan(limits, ROLLBACK))).toContain('thresholds');
  });

  it('takes the same announcement set off by a comma', () => {
    const limits =
      'Travellers are reminded, limits posted before the first ferry: errors more than 0.5 % worse than now, p95 latency more than 250 ms worse.';
    expect(service.covered(plan(limits, ROLLBACK))).toContain('thresholds');
  });

  it('commits the model signals of an announced list of limits', () => {
    const limits =
      'Travellers are reminded that the limits are posted before the first ferry sails: replies the eval harness marks wrong more than 2 points worse than now, thumbs-down more than 1 point worse, errors more than 0.5 % worse.';
    expect(model.covered(plan(limits, ROLLBACK))).toContain('model-metrics');
  });

  it("still reads a manager who is reminding us as someone else's view (must not deny)", () => {
    const limits =
      'My manager is reminding everyone that the limits are errors more than 0.5 % worse than now and p95 latency more than 250 ms worse, set before traffic.';
    expect(service.covered(plan(limits, ROLLBACK))).not.toContain('thresholds');
  });

  it('reads the terms strung after "travellers are reminded:" as a list (must not deny)', () => {
    const salad =
      'Travellers are reminded: rollback, flag, on-call, any hour, three minutes, routing, no approval, ferry, harbour.';
    expect(service.covered(salad)).not.toContain('rollback');
  });
});

describe('numbered calls each held by an order to hold', () => {
  const held = [
    'Call one, the first net: staff and the deckhands, hold 1,200 bookings.',
    'Call two, the harbour wall, 20 %: opted-in travellers from the north quay.',
    'Hold a full week of the regatta.',
    'Call three: the whole fleet.',
  ];

  it('holds a call held in its own entry and a call held by the order after it', () => {
    expect(service.covered(plan(LIMITS, ...held))).toContain('holds');
  });

  it('reads "one full weekend of nights" as a length, as "a full weekend" is', () => {
    const weekend = held.map((sentence) =>
      sentence.replace(
        'a full week of the regatta',
        'one full weekend of nights, Friday and Saturday, and 40,000 bookings',
      ),
    );
    expect(service.covered(plan(LIMITS, ...weekend))).toContain('holds');
  });

  it('does not hold a call whose "hold" gives no length (must not deny)', () => {
    const unheld = [
      'Call one, the first net: staff and the deckhands, hold the line.',
      'Call two, the harbour wall, 20 %: opted-in travellers from the north quay.',
      'Hold tight.',
      'Call three: the whole fleet.',
    ];
    expect(service.covered(plan(LIMITS, ...unheld))).not.toContain('holds');
  });
});

describe("stages named by the answer's own nouns and held in one sentence", () => {
  it('holds "the net holds for 1,500 bookings, and the wall holds across a full regatta rush"', () => {
    const stages = [
      'The net is staff and the deckhands; the wall is opted-in travellers; then the whole fleet.',
      'The net holds for 1,500 bookings, and the wall holds across one full regatta rush.',
    ];
    expect(service.covered(plan(LIMITS, ...stages))).toContain('holds');
  });

  it('does not hold stages that "hold" people rather than last a length (must not deny)', () => {
    const stages = [
      'The net is staff and the deckhands; the wall is opted-in travellers; then the whole fleet.',
      'The net holds the staff, and the wall holds the opted-in travellers.',
    ];
    expect(service.covered(plan(LIMITS, ...stages))).not.toContain('holds');
  });
});

describe("a rollback's how said in a note", () => {
  // Without the owners' sentence, whose "routing" would give the rollback its how.
  const notes = (...sentences: string[]) => [ORDER, LIMITS, ...sentences].join(' ');
  const who = 'Whoever is on call brings the old timetable back to the board, no need to call me.';

  it('reads "any hour, a flag, two minutes" after the rollback as its switch and speed', () => {
    expect(service.covered(notes(who, 'Any hour, it is a flag, two minutes.'))).toContain(
      'rollback',
    );
  });

  it('reads "old timetable back in two minutes" as the old version restored', () => {
    const note = 'Any hour, one flag, old timetable back in two minutes.';
    const onCall = 'Whoever is on call may act without asking me.';
    expect(service.covered(notes(onCall, note))).toContain('rollback');
  });

  it('does not read "the old timetable back in a March folder" as a way back (must not deny)', () => {
    const past = 'We keep the old timetable back in a March folder.';
    const onCall =
      'Whoever is on call may act at any hour, without asking me, in under five minutes.';
    expect(service.covered(notes(past, onCall))).not.toContain('rollback');
  });

  it('does not take a flag named with no speed as the way back (must not deny)', () => {
    expect(service.covered(notes(who, 'Any hour, it is a flag.'))).not.toContain('rollback');
  });
});
