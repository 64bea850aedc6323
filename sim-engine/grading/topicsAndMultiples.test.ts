import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { readAnswer } from './sentences';

// The fifty-fifth round (corpus/README.md): a "first" that dates a group, limits as multiples,
// practices dismissed as ceremony or "not worth it", limits refused or decided at the time, a
// practice put first and then refused, a quotation inside a refusal, and a cleft naming the PM
// as the one who decides. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, misconceptions } = gradedFor(service);

const unitsOf = (answer: string) =>
  readAnswer(answer).sentences.flatMap((sentence) => sentence.tokens.map((token) => token.unit));

describe('a "first" that dates a valuable group', () => {
  it('places nothing: the group put last is not the cohort misconception', () => {
    const answer =
      'New customers in their first three orders go last, because they are where the revenue is.';
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });

  it('leaves a valuable group put first as the misconception', () => {
    const answer = 'Enterprise accounts go first, because they bring the most revenue.';
    expect(misconceptions(answer)).toContain('cohort-order');
  });
});

describe('limits said as multiples of the baseline', () => {
  it('are limits with numbers', () => {
    const answer =
      'Fixed before launch: we roll back if the error rate reaches twice the baseline or p99 reaches 1.5 times the old service’s.';
    expect(covered(answer)).toContain('thresholds');
  });

  it('are not heard in how often something happens, or in a bare "twice"', () => {
    expect(unitsOf('We check the dashboard three times a day and sign off twice.')).not.toContain(
      'x',
    );
  });
});

describe('a practice dismissed', () => {
  it('as ceremony claims nothing', () => {
    const answer = 'Ramp: 5 %, 25 %, 100 %; holding two days at each step is ceremony for this.';
    expect(covered(answer)).not.toContain('holds');
  });

  it('as "not worth it", pointed back to over a colon, claims nothing', () => {
    const answer =
      'Staff first, then beta users, then everyone else: that kind of ordering is not worth it here.';
    expect(covered(answer)).not.toContain('cohort-order');
  });

  it('as worth it is kept', () => {
    const answer =
      'Ramp: 5 %, 25 %, 100 %; holding two days at each step is worth it for this change.';
    expect(covered(answer)).toContain('holds');
  });

  it('as "not worth skipping" is kept: only "not worth it" or "the effort" dismisses', () => {
    const answer = 'Ramp: 5 %, 25 %, 100 %; holding each stage a full day is not worth skipping.';
    expect(covered(answer)).toContain('holds');
  });

  it('takes in the numbers of a list before it', () => {
    const tokens = readAnswer('Staged holds at 1, 5 and 25 % are not worth it here.').sentences[0]
      ?.tokens;
    expect(tokens?.find((token) => token.text === 'holds')?.negated).toBe(true);
  });

  it('over a colon stops at a dash before the list', () => {
    const answer =
      'Staff first, then beta users, then everyone else — and a second week of soak: that is not worth it.';
    expect(covered(answer)).toContain('cohort-order');
  });

  it('over a colon only when a pointer opens the dismissal', () => {
    const answer =
      'Staff first, then beta users, then everyone else: a second week of soak is not worth it.';
    expect(covered(answer)).toContain('cohort-order');
  });
});

describe('limits refused or set at the time', () => {
  it('"rollback numbers" refused in advance are the thresholds misconception', () => {
    const answer = "I don't think it makes sense to fix rollback numbers in advance.";
    expect(misconceptions(answer)).toContain('thresholds');
  });

  it('decided at the time while watching are the thresholds misconception', () => {
    const answer = "I'll watch the dashboard live and decide at the time what counts as bad.";
    expect(misconceptions(answer)).toContain('thresholds');
  });

  it('reach past a time only for a question word: "decide at each gate to move on" sets none', () => {
    const answer =
      "I'll watch the dashboard and decide at each gate to move on while every limit holds.";
    expect(misconceptions(answer)).not.toContain('thresholds');
  });
});

describe('a practice put first as a topic, then refused', () => {
  it.each([
    ['A sign-off at each step by the support lead, that I would not ask for.', 'sign-off'],
    ['To split what the PM decides from what engineering runs, I do not see the need.', 'pm-owns'],
  ])('claims nothing: %s', (answer, point) => {
    expect(covered(answer)).not.toContain(point);
  });

  it.each([
    // A clause joined by "and" is no topic.
    [
      'Limits: errors 0.5 % over control and p99 200 ms over control, fixed before launch, and we do not need anyone to approve them.',
      'thresholds',
    ],
    // A clause joined by "and" is no topic, here without a mark or a clause of the speaker's.
    [
      'The limits are errors 0.5 % over control and p99 200 ms over control, fixed before launch, and we do not need anyone to approve them.',
      'thresholds',
    ],
    // A topic is words and commas: a dash inside it joins notes, not a topic.
    [
      'Limits fixed before launch — errors 0.5 % over control and p99 200 ms over control, we do not need a second review of them.',
      'thresholds',
    ],
    // Refusing to undo a practice keeps it.
    [
      'Limits fixed before launch, errors 0.5 % over control and p99 200 ms over control, we never change them once traffic moves.',
      'thresholds',
    ],
    // The speaker's own clause before the refusal is a statement, not a topic.
    [
      'If sales want to know which page sells more, we run a randomised A/B test afterwards, we do not read it from the canary.',
      'canary-vs-ab',
    ],
  ])('is not heard in: %s', (answer, point) => {
    expect(covered(answer)).toContain(point);
  });
});

describe('a quotation inside a refusal', () => {
  it('is refused with it: limits refused up front are the thresholds misconception', () => {
    const answer =
      'We would not bother putting "no higher than control" limits in writing up front.';
    expect(misconceptions(answer)).toContain('thresholds');
  });

  const errorsRefused = (answer: string) =>
    readAnswer(answer)
      .sentences.flatMap((sentence) => sentence.tokens)
      .filter((token) => token.text === 'errors')
      .map((token) => token.negated);

  it('is skipped whole when nothing refuses it, so its closing mark opens nothing', () => {
    const answer =
      'Limits: "not interested" taps and errors over 0.5 % or "slow" pages roll it back.';
    expect(errorsRefused(answer)).toEqual([false]);
  });

  it('takes in only the few words after it that it describes', () => {
    const answer =
      'We would not write "no worse than control" limits on day one and errors over 0.5 % still roll it back.';
    expect(errorsRefused(answer)).toEqual([false]);
  });

  it('is kept when nothing before it refuses', () => {
    const answer =
      'Fixed before launch, we roll back on "errors more than 0.5 % over control" and "p99 more than 200 ms over control".';
    expect(covered(answer)).toContain('thresholds');
  });
});

describe('a cleft putting the PM in focus', () => {
  it('names the PM as the one who decides', () => {
    const answer =
      'It is me, the PM, who decides the order, the limits and the holds; engineering runs the deploy.';
    expect(covered(answer)).toContain('pm-owns');
  });

  it.each([
    "Whether it's me or the support lead who decides the order, the limits and the holds, we'll see.",
    'Whether it is me who decides the order, the limits and the holds is still open.',
    "It's either me or the support lead who decides the order, the limits and the holds.",
    "It isn't me who decides the order, the limits and the holds; engineering does.",
  ])('names no owner in: %s', (answer) => {
    expect(covered(answer)).not.toContain('pm-owns');
  });
});
