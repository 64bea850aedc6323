import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { standardised } from './dialect';
import { REGISTERS } from './dialectRegisters';

// The eightieth round (corpus/README.md): an answer written as a press release about its own
// product manager, named and in the third person, in the present, is the speaker's plan; the
// PM's quoted words are the speaker's; "Product manager Kirsty Duguid" is the PM wherever her
// name comes again; two people who both turn their keys before a stage sign it off; and a Scots
// "nae" opening a quotation is "no". Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered } = gradedFor(service);

const release = [
  'Product manager Fraser Thom, who ran bookings for a games company before he joined, is running',
  'the canary the way he used to open a new game.',
  'Staff go first, then customers who opted in to the beta, and first-time buyers go last.',
  'Each stage holds for two full days before the next one opens.',
].join(' ');

describe('a press release about the answer’s own product manager', () => {
  it('reads the plan of a named PM running this canary now as the speaker’s', () => {
    expect(covered(release)).toEqual(expect.arrayContaining(['cohort-order', 'holds']));
  });

  it('still reads a named PM’s past canary as told, not planned (must not deny)', () => {
    const past = release.replace('is running the canary', 'ran the canary last year');
    expect(covered(past)).not.toContain('holds');
  });

  it('reads "Product manager Kirsty Duguid owns the order …" as the PM owning it', () => {
    const owns =
      'Product manager Kirsty Duguid owns the order of cohorts, the limits and the holds; the platform team owns the routing and the flag.';
    expect(covered(owns)).toContain('pm-owns');
  });

  it('reads the PM’s quoted words as the speaker’s', () => {
    const quoted = [
      'Product manager Kirsty Duguid owns the order of cohorts, the limits and the holds.',
      "'The canary tells us the new service is safe,' said Duguid.",
      "'Whether it is better is for a randomised A/B test afterwards.'",
    ].join(' ');
    expect(covered(quoted)).toContain('canary-vs-ab');
  });

  it('still reads someone else’s quoted words as theirs (must not deny)', () => {
    const others = [
      'Product manager Kirsty Duguid owns the order of cohorts, the limits and the holds.',
      'Platform lead Ishbel Craig owns the routing and the flag.',
      "'The canary tells us it is safe,' said Craig.",
      "'Whether it is better is for a randomised A/B test afterwards.'",
    ].join(' ');
    expect(covered(others)).not.toContain('canary-vs-ab');
  });
});

describe('a two-key rule', () => {
  it('reads "Reid and I both turn our keys" before the next room as a sign-off', () => {
    const keys = 'The stages are rooms. Before the next room opens, Reid and I both turn our keys.';
    expect(covered(keys)).toContain('sign-off');
  });
});

describe('a Scots "nae" opening a quotation', () => {
  it('reads "\'Nae limits get fixed …\'" as "no limits"', () => {
    const scots = REGISTERS.find((register) => register.get('afore') === 'before');
    const quoted = "He said it. 'Nae limits get fixed afore traffic moves.'";
    expect(scots && standardised(quoted, scots).text).toContain("'no limits get fixed before");
  });
});
