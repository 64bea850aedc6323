import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The ninety-first round (corpus/README.md): ownership set out as an entry headed by the speaker,
// as the PM's possessive share, or as an object spelled out after a colon; hold notes that open on
// "held" as a ramp's stages; writing the limits down refused of a pro-form; a label over an
// unbroken run of terms; a joint act before the release takes any more traffic. Every sentence is
// our own.
const service = fixtureScenario({ changeKind: 'backend' });
const { credit, covered, misconceptions } = gradedFor(service);

describe('ownership set out in an entry, a share or a spelled-out object', () => {
  it('reads an entry headed "(me, the PM)" listing the order, the limits and the holds', () => {
    const entry =
      'The Booking Heron (me, the PM)\nRange: the cohort order, the limits, the holds. Engineering owns the flag and the routing.';
    expect(credit(entry, 'pm-owns')).toBe(1);
  });

  it('gives no ownership to an entry headed by someone else (must not deny)', () => {
    const pilot = 'The Booking Heron (our pilot)\nRange: the cohort order, the limits, the holds.';
    expect(credit(pilot, 'pm-owns')).toBe(0);
  });

  it('reads "the PM\'s part of this job: the order, the limits, the holds" as ownership', () => {
    const share = "The PM's part of this job: the order, the limits, the holds.";
    expect(credit(share, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('gives no ownership to "the PM\'s part of the demo: the slides" (must not deny)', () => {
    const demo = "The PM's part of the demo: the slides and the intro.";
    expect(credit(demo, 'pm-owns')).toBe(0);
  });

  it('reads "I call the tune: order, limits, holds" as ownership', () => {
    expect(credit('I call the tune: order, limits, holds.', 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('gives no ownership to "I call the shop: the flag, the routing" (must not deny)', () => {
    expect(credit('I call the shop: the flag, the routing.', 'pm-owns')).toBe(0);
  });
});

describe('hold notes in turn', () => {
  it('reads three notes opening on "held" with a length as held stages', () => {
    const notes =
      'I own the order. Swing to the left! (Held through 200 orders.) Swing to the right! (Held a full week of the fair.) Swing to the back! (Held through 600 orders, newcomers among them.)';
    expect(covered(notes)).toContain('holds');
  });

  // Since the ninety-third round two such notes are held stages too (almanacsAndCatalogues.test.ts):
  // a ramp of three stages holds its first two and ends on everyone.
  it('gives no holds to one such note (must not deny)', () => {
    const one =
      'I own the order. Swing to the left! (Held through 200 orders.) Swing to the right!';
    expect(credit(one, 'holds')).toBe(0);
  });
});

describe('writing the limits down refused of a pro-form', () => {
  it('charges "Limits fixed before launch are guesses. I don\'t write any down ahead of time."', () => {
    const refused =
      "Limits fixed before launch are guesses. I don't write any down ahead of time. We watch the dashboards.";
    expect(misconceptions(refused)).toContain('thresholds');
  });

  it('charges nothing when the sentence before is not about the limits (must not deny)', () => {
    const notes =
      "The release notes matter. I don't write any down ahead of time. We watch the dashboards.";
    expect(misconceptions(notes)).toEqual([]);
  });
});

describe('a label over an unbroken run of terms', () => {
  it('earns nothing from lines of terms under ordinal labels', () => {
    const salad = [
      'Intro: the new checkout.',
      'First: staff beta regulars newcomers last because churn county years.',
      'Second: thresholds 2 % 0.5 % 200 ms pre-committed baseline control.',
      'Third: stages 1 % 5 % 25 % hold gate day metrics.',
      'Fourth: rollback on call any hour config switch five minutes no redeploy.',
      'Fifth: sign-off lead PM owns engineering routing flags deploy.',
    ].join('\n');
    expect(credit(salad, 'rollback')).toBeLessThan(0.5);
  });

  it('still reads a labelled note with its grammar (must not deny)', () => {
    const note =
      'Third: we hold each stage for a day and the support lead and I sign off before it widens.';
    expect(covered(note)).toContain('holds');
  });
});

describe('a joint act before the release takes any more traffic', () => {
  it('reads "… both sign the log before the proxy takes any more traffic" as the sign-off', () => {
    const more =
      'The support lead and I both sign the log before the proxy takes any more traffic.';
    expect(credit(more, 'sign-off')).toBe(1);
  });

  it('gives no sign-off to "… before the proxy takes more memory" (must not deny)', () => {
    const memory = 'The support lead and I both sign the log before the proxy takes more memory.';
    expect(credit(memory, 'sign-off')).toBe(0);
  });
});
