import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The forty-eighth round (corpus/README.md): terse notes whose verbs lose their auxiliary
// ("tracked per stage"), a cohort order of partners and opted-in customers, and an owner's label
// with the speaker in brackets. Every sentence is our own wording.
const model = fixtureScenario();

const { covered } = gradedFor(model);

describe('notes of a standing arrangement with no speaker in them', () => {
  const NOTES = [
    '- 0.5 % error delta vs control, 300 ms p95 delta, hallucination rate on the eval set above 2 %: all fixed before the switch.',
    '- 1 % / 10 % / 50 % / 100 %, each stage held 48 h, gate = every limit green.',
    '- Thumbs-down rate tracked per stage.',
    '- Token cost reported to finance daily.',
  ];

  it('are a plan, not a story told in the past', () => {
    expect(covered(NOTES.join('\n'))).toEqual(expect.arrayContaining(['thresholds', 'holds']));
  });

  it('still read events told in the past as a story', () => {
    const story = [
      ...NOTES.slice(0, 2),
      '- Support escalated the first complaints.',
      '- Finance flagged the token bill.',
    ];
    expect(covered(story.join('\n'))).not.toContain('thresholds');
  });
});

describe("a cohort order of the company's own demo practice, partners and opted-in customers", () => {
  it('credits the order with its reason', () => {
    const answer =
      'Practices go in this order: our own demo practice and the partner clinics who try everything for us, then practices that opted into early features, then ordinary practices, and the large multi-site groups last, because a wrong dosage there reaches the most pets.';
    expect(covered(answer)).toContain('cohort-order');
  });
});

describe("an owner's label with the speaker in brackets", () => {
  it('assigns the decisions after the colon to the speaker', () => {
    const answer =
      'PM (me) owns: cohort order, rollback limits, hold lengths. Eng owns the deploy and the traffic split.';
    expect(covered(answer)).toContain('pm-owns');
  });

  it('assigns nothing when the label names engineering', () => {
    const answer = 'Eng owns: the deploy, the routing. Staff go first.';
    expect(covered(answer)).not.toContain('pm-owns');
  });
});
