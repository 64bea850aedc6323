import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The ninety-seventh round (corpus/README.md): a columnist telling the reader what is theirs, a
// fable's teller who is one of its characters, the speaker's appositions, stages named only by the
// order's labels, a joint act the tagger reads as an adjective, and limits left to what looks bad
// enough. Every sentence is our own.
const service = fixtureScenario({ changeKind: 'backend' });
const { credit, misconceptions } = gradedFor(service);

const RAMP = ' Stages: 1 %, 10 %, 100 %, each held two days.';

describe('who holds the decisions', () => {
  it('hears a columnist\'s "Your part is the order …" beside the platform team\'s share', () => {
    const column =
      'Your part is the order of customers, the limits and the holds. The platform team owns the routing, the flag and the deploy.';
    expect(credit(column + RAMP, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('hears "What is yours: …" then "What is engineering\'s: …"', () => {
    const yours =
      "What is yours: the order, the limits, the holds. What is engineering's: the flag, the routing, the deploy.";
    expect(credit(yours + RAMP, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it("hears no ownership in a host's unpunctuated \"what's yours from what's engineering's\" (must not deny)", () => {
    const host =
      "host will you split what's yours from what's engineering's contestant no nobody owns any part of it";
    expect(credit(host, 'pm-owns')).toBeLessThan(0.5);
  });

  it('hears "I, the PM, own …" past the speaker\'s apposition', () => {
    const apposed =
      'I, the PM, own the order, the limits and the holds; the engineers own the routing and the deploy.';
    expect(credit(apposed + RAMP, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('hears a fable\'s "the badger owns …" once the teller has said "I am the old badger …"', () => {
    const fable =
      'I am the old badger in this story, the product manager. The foxes own the routing and the deploy; the badger owns who goes first, the limits and how long we wait.';
    expect(credit(fable + RAMP, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('reads no one as the speaker after "I am the product manager here" (must not deny)', () => {
    const role =
      'I am the product manager here, but I would not split the calls. The engineering manager owns the order, the limits and the holds.';
    expect(credit(role + RAMP, 'pm-owns')).toBeLessThan(0.5);
  });
});

describe('stages and their gates', () => {
  it("hears stages named only by the order's labels, then held in turn by those labels", () => {
    const trays = [
      'The first tray: our own bakers.',
      'The second tray: customers who opted in to try new things.',
      'The last tray: everyone else, new customers last.',
      'The first tray holds two days; the second tray holds a full week; the last tray holds 5,000 orders.',
    ].join(' ');
    expect(credit(trays, 'holds')).toBeGreaterThan(0.5);
  });

  it('hears a joint act the tagger reads as an adjective: "… and I both flip the tortilla"', () => {
    const flip =
      'Stages: 1 %, 10 %, 100 %. At each gate the head cook and I both flip the tortilla.';
    expect(credit(flip, 'sign-off')).toBeGreaterThan(0.5);
  });
});

describe('limits decided while watching', () => {
  it('charges "watch … and decide there what is bad enough to switch back" after refusing limits', () => {
    const watching =
      'Limits? I would not fix them yet: watch the graphs during the first stage and decide there what is bad enough to switch back.';
    expect(misconceptions(watching)).toContain('thresholds');
  });
});
