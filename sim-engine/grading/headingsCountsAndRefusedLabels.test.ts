import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { ORDER, LIMITS, plan } from '../testing/planSentences';

// The hundred-and-seventeenth round (corpus/README.md): a Markdown heading that refuses its
// bullets, a joint act with a note of every stage after it, a count at each stage, a workshop's
// own people, a group modified by a past form, and labels refused after a colon. Every sentence
// is our own.
const model = gradedFor(fixtureScenario());
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));

const lines = (...blocks: string[]) => [ORDER, LIMITS, '', ...blocks].join('\n');

describe('a Markdown heading that refuses its bullets', () => {
  const wontDo = [
    "### Won't do",
    '- Read "better" off the canary. The canary tells us the new checkout is safe. Whether it sells better is a randomised A/B test afterwards, with a control group.',
    '- Move a stage on a hunch.',
  ].join('\n');

  it('charges no misconception for the refused first sentence of a bullet', () => {
    expect(service.misconceptions(lines(wontDo))).not.toContain('canary-vs-ab');
  });

  it('keeps what the bullet says after it: the A/B test afterwards', () => {
    expect(service.covered(lines(wontDo))).toContain('canary-vs-ab');
  });

  it('still refuses every sentence of a bullet under a heading with a colon (must not credit)', () => {
    const skipped = [
      "Things I'd skip for this one:",
      '- No special order of customers. Staff first, early access next, new customers last: not needed for a change like this.',
    ].join('\n');
    expect(service.covered(skipped)).not.toContain('cohort-order');
  });
});

describe('a joint act with a note of every stage after it', () => {
  it('hears "X and I both ring the first bell." then "Every advance." as each gate\'s sign-off', () => {
    const act = 'The head of support and I both ring the first bell. Every advance.';
    expect(service.credit(plan(act), 'sign-off')).toBe(1);
  });
});

describe('a count at each stage, and who goes first', () => {
  it('hears "150 graded suggestions at 5 %, 400 at 30 %, then everyone" as counts held', () => {
    const counted = 'We hold by count: 150 graded suggestions at 5 %, 400 at 30 %, then everyone.';
    expect(model.covered(counted)).toContain('holds');
  });

  it('still reads "3,000 users at 5 %" as the size of a stage, not its hold (must not credit)', () => {
    const sized = 'We go by size: 3,000 users at 5 %, 20,000 users at 30 %, then everyone.';
    expect(model.covered(sized)).not.toContain('holds');
  });

  it('hears "Workshop people first" as "Workshop staff first"', () => {
    const rest =
      'first, then market buyers of ten years who opted in early, then the other towns; first-time and gift buyers last, they forgive nothing.';
    const people = model.credit(`Workshop people ${rest}`, 'cohort-order');
    expect(people).toBe(model.credit(`Workshop staff ${rest}`, 'cohort-order'));
  });

  it('reads "Then opted-in friends in the old town go first" as a group in the order, not a friend\'s story', () => {
    const order = 'Then opted-in friends in the old town go first, and everyone else after them.';
    expect(model.covered(order)).toContain('cohort-order');
  });

  it('still hears "A friend ran it with staff first, …" as someone else\'s story (must not credit)', () => {
    const story = 'A friend ran hers with staff first, then 5 %, then everyone.';
    expect(service.covered(story)).not.toContain('cohort-order');
  });
});

describe('labels refused after a colon', () => {
  it('turns down a long label with "I would not do that either."', () => {
    const refused =
      'Saying the canary is only about safety and then running a randomised A/B test for the lift: I would not do that either.';
    expect(service.covered(refused)).not.toContain('canary-vs-ab');
  });

  it('still keeps a long plan before "we would not rush." (must not deny)', () => {
    const kept =
      'We put staff first, then early buyers, then everyone, holding a full week at every stage: we would not rush.';
    expect(service.credit(kept, 'holds')).toBeGreaterThan(0);
  });

  it('turns down the label after a line\'s own label: "Note 6, graded: … each step: not needed."', () => {
    const refused = 'Note 6, graded: the head of support signing off each step: not needed.';
    expect(service.covered(plan(refused))).not.toContain('sign-off');
  });

  it('turns down "eval harness, thumbs-down as gates: not gating on any of them."', () => {
    const refused =
      'Eval harness, thumbs-down, cost per conversation as gates: not gating on any of them.';
    expect(model.covered(plan(refused))).not.toContain('model-metrics');
  });
});
