import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The hundred-and-eighteenth round (corpus/README.md): an answer's own book pointed at in its
// closing line, a numbered line's label before a refusing one, and "they" for a group just named.
// Every sentence is our own.
const model = gradedFor(fixtureScenario());
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));

const CANARY =
  'The canary shows the new model is safe. Whether it sells more is for a randomised A/B test afterwards.';

describe("an answer's own book", () => {
  it('keeps the plan when "Yes, that is the book." closes an answer titled "The book for …"', () => {
    const answer = `The book for the new suggestion model, as my scoresheet. ${CANARY} Yes, that is the book.`;
    expect(model.covered(answer)).toContain('canary-vs-ab');
  });

  it('still hands the plan to a textbook with "Yes, that is the textbook." (must not credit)', () => {
    const answer = `My notes for the new suggestion model. ${CANARY} Yes, that is the textbook.`;
    expect(model.covered(answer)).not.toContain('canary-vs-ab');
  });
});

describe("a numbered line's label before a refusing one", () => {
  it('refuses what follows "Attempt 2, not taken:"', () => {
    const refused =
      'Attempt 2, not taken: staff first, the early-access list next, new customers last.';
    expect(service.credit(refused, 'cohort-order')).toBe(0);
  });

  it('still keeps what follows "Holds are counted, not timed:" (must not deny)', () => {
    const counted =
      'Staff at 5 %, then 25 %, then everyone. Holds are counted, not timed: each stage holds until 1,000 orders have gone through.';
    expect(service.credit(counted, 'holds')).toBe(1);
  });
});

describe('"they" for a group just named', () => {
  it('reads "Step 2: early-access buyers; they opted in." as the order, not a story', () => {
    const order =
      'Step 1: workshop staff first. Step 2: early-access buyers; they opted in. Step 3: regular buyers. Step 4: new buyers last; they forgive least.';
    expect(service.credit(order, 'cohort-order')).toBe(1);
  });

  it('still hears "…, then everyone; they held each stage a full day." as a third party\'s story (must not credit)', () => {
    const story = 'Staff first, then 5 %, then everyone; they held each stage for a full day.';
    expect(service.covered(story)).not.toContain('holds');
  });
});
