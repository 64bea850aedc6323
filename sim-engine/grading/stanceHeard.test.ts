import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import type { AnswerPointId } from './points';
import { gradeAnswer } from './gradeAnswer';

// The ninth round's stance families (corpus/README.md): what the speaker turns down, what they
// report as others' advice, and limits decided while watching. Every sentence is our own wording.
const model = fixtureScenario();

function graded(answer: string) {
  const grade = gradeAnswer(answer, model);
  return {
    covers: (point: AnswerPointId) => grade.covered.includes(point),
    misled: (point: AnswerPointId) => grade.misconceptions.some((found) => found.point === point),
  };
}

describe('a bad practice the speaker turns down is neither a point nor a misconception', () => {
  it.each([
    "I'd resist the urge, and it is strong, to sell the canary group's conversion as the win.",
    'The mistake most teams make is reading the canary cohort’s uplift as proof the model is better.',
    'Don’t fall for treating the canary slice’s better numbers as the result.',
    'It is tempting to call the canary an A/B test that proves the new version wins, but it is not one.',
    'I refuse to present the canary cohort’s lift as a win for the model.',
    'Avoid reading the canary group’s improvement as the launch result.',
    'I’d be wary of reading the canary cohort’s uplift as proof it is better.',
    'Beware of treating the canary slice’s uplift as the win.',
    'The classic error is reading the canary cohort’s uplift as the win.',
    'The anti-pattern here is calling the canary group’s lift a win.',
    'I’d push back on anyone presenting the canary cohort’s uplift as the win.',
    // The tempted named between "tempt" and "to" (twenty-eighth round).
    'The eval gain will tempt people to call the canary cohort’s uplift a win.',
  ])('raises no misconception for "%s"', (answer) => {
    expect(graded(answer).misled('canary-vs-ab')).toBe(false);
  });

  it('and blocks none of the points the answer then makes', () => {
    const answer =
      "I'd resist the temptation to present the canary cohort's basket numbers as the win. " +
      'The canary tells us the new version is safe to ship. ' +
      'Whether it is better is a separate randomised A/B test afterwards.';
    expect(graded(answer).misled('canary-vs-ab')).toBe(false);
    expect(graded(answer).covers('canary-vs-ab')).toBe(true);
  });

  it.each([
    // Held, not turned down.
    "I'd present the canary cohort's basket numbers as the win for the new model.",
    'The canary cohort’s conversion proves the new model is better.',
    // Tempted and giving in: the speaker's own claim after the temptation's clause.
    'The eval gain tempts people to guess; I call the canary cohort’s uplift a win.',
  ])('still flags "%s"', (answer) => {
    expect(graded(answer).misled('canary-vs-ab')).toBe(true);
  });

  it.each([
    // "To avoid" is a purpose, not a refusal.
    'We hold each stage for a day to avoid exposing everyone to a bad model at once.',
    // The speaker's own clause after what they turn down is theirs.
    'The mistake would be to ramp too fast, so we hold each stage for 24 hours before moving on.',
    // "Error" as a metric is not a mistake of practice.
    'If the error is above 0.5 % for an hour we stop; otherwise each stage holds for 24 hours.',
    'We avoid widening during peak hours and hold each stage for 24 hours before moving on.',
  ])('still credits the hold in "%s"', (answer) => {
    expect(graded(answer).covers('holds')).toBe(true);
  });
});

describe("others' advice earns nothing unless the speaker adopts it", () => {
  it.each([
    'Conventional wisdom is to hold each stage for 24 hours before moving on.',
    "You'll hear that each stage should hold for 24 hours before moving on.",
    'People usually tell you to hold every stage for a full day before widening.',
    'The textbook answer is a 24-hour hold at every stage before moving on.',
    'Every blog post will tell you to hold each stage for 24 hours before moving on.',
    'Some would say hold each stage for 24 hours before moving on.',
    'The orthodox approach is to hold each stage for 24 hours before moving on.',
    'According to the textbook, you hold each stage for 24 hours before moving on.',
  ])('does not credit holds for "%s"', (answer) => {
    expect(graded(answer).covers('holds')).toBe(false);
  });

  it.each([
    'Most teams would tell you to go staff first, then beta users, then everyone.',
    // Adoption must be affirmed: a denied one adopts nothing.
    'Most teams would tell you to go staff first, then beta users, then everyone. That’s not right here.',
    'People tell you to go staff first, then beta users, then everyone, and I never do.',
  ])('does not credit the cohort order reported in "%s"', (answer) => {
    expect(graded(answer).covers('cohort-order')).toBe(false);
  });

  it.each([
    // Adopted in the same sentence, in the next, or by "as".
    'People tell you to start with staff, and I do: staff, then beta users, then everyone.',
    'People usually tell you to go staff, then beta users, then everyone. I agree.',
    'As the textbook says, go staff first, then beta users, then everyone.',
  ])('credits the advice adopted in "%s"', (answer) => {
    expect(graded(answer).covers('cohort-order')).toBe(true);
  });

  it.each([
    // The team's own runbook is not common wisdom.
    'Our runbook says each stage holds for 24 hours before moving on.',
    'Our approach is to hold each stage for 24 hours before moving on.',
    'Many will say hold each stage for 24 hours before moving on, and they’re right.',
    // The speaker's own clause after the report is theirs.
    'Most teams tell you to hurry, so we hold each stage for 24 hours before moving on.',
  ])('credits the hold in "%s"', (answer) => {
    expect(graded(answer).covers('holds')).toBe(true);
  });
});

describe('limits decided while watching are the thresholds misconception, however said', () => {
  it.each([
    'I would not fix the rollback limits in advance.',
    "We won't define any thresholds up front for a new model.",
    'For limits, we’ll see what normal looks like in the first days and go from there.',
    'We pick the thresholds while we watch the first day of traffic.',
    'Thresholds are a judgement call: I would not set them ahead of time. I’d see where the metrics settle and decide where the line is.',
    // Set after exposure has begun, or refused as pre-agreed.
    "We'll set the limits once we've seen a few days of traffic.",
    'Thresholds get decided after the first day of traffic.',
    'Pre-committing thresholds is guesswork; we tune them as the rollout runs.',
    'No pre-agreed limits: we decide on the day.',
    'I’d let the data tell us where the thresholds should be.',
  ])('flags "%s"', (answer) => {
    expect(graded(answer).misled('thresholds')).toBe(true);
  });

  it.each([
    'We never change limits agreed in advance, whatever the dashboard shows.',
    'The thresholds are written down before launch, not set while we watch.',
    'Rollback limits are fixed in advance: 0.5 points of errors over control and 200 ms of p99.',
    // The late time belongs to promotion or review, not to setting the limits.
    'With the limits set in advance, we decide after the first day whether to promote.',
    'We set the thresholds before launch and review them after the first day.',
  ])('does not flag "%s"', (answer) => {
    expect(graded(answer).misled('thresholds')).toBe(false);
  });
});

describe('the smaller misses of the eighth set, by their families', () => {
  it('does not credit groups shrugged off as not mattering', () => {
    const answer = 'Staff, beta users, everyone — doesn’t matter for a product page.';
    expect(graded(answer).covers('cohort-order')).toBe(false);
  });

  it('still credits an order whose details alone are said not to matter', () => {
    const answer =
      'Staff first, then beta users, then everyone — the exact percentages don’t matter.';
    expect(graded(answer).covers('cohort-order')).toBe(true);
  });

  it('does not read a control group used as a limit’s baseline as an A/B test', () => {
    const answer = 'Completed bookings must stay within 2 % of the control group.';
    expect(graded(answer).covers('canary-vs-ab')).toBe(false);
  });

  it('still credits a randomised A/B test against a control group after the canary', () => {
    const answer =
      'The canary only tells us the new version is safe; after it, a randomised A/B test against a control group tells us whether it is better.';
    expect(graded(answer).covers('canary-vs-ab')).toBe(true);
  });

  it('hears percentile latency and failed searches named in words as metric families', () => {
    const answer =
      'Limits fixed in advance: the 95th percentile query time no more than 200 ms over the old index, failed searches no more than 0.3 points over it.';
    expect(graded(answer).covers('thresholds')).toBe(true);
  });

  it.each([
    'Go/no-go per step: me + ML lead, written in the launch doc.',
    'Go or no-go at every stage: the support lead and I.',
  ])('hears the go/no-go given at every stage by named roles as a sign-off: "%s"', (answer) => {
    expect(graded(answer).covers('sign-off')).toBe(true);
  });

  it.each([
    // Owned once, or held once at kickoff: no gate's approval.
    'I own the go or no-go; engineering runs the rollout.',
    'We hold a go/no-go meeting once, at kickoff, with the ML lead.',
  ])('does not credit sign-off for "%s"', (answer) => {
    expect(graded(answer).covers('sign-off')).toBe(false);
  });
});

// The sixteenth round: a colon after what is turned down may open the speaker's own reason.
describe('a colon opening a clause ends what is turned down', () => {
  it('credits the reason given after the colon', () => {
    const answer =
      "I'd push back on Sales if they want to call the pilot a success: the canary tells us nothing broke, and whether it sells more is for a randomised A/B test afterwards.";
    expect(graded(answer).covers('canary-vs-ab')).toBe(true);
  });

  it.each([
    // More of the practice after the colon, not a clause of the speaker's own.
    "I'd resist the usual shortcut: calling the canary cohort's uplift a win.",
    'The classic error is this: reading the canary slice’s better numbers as the result.',
  ])('still reads the practice as turned down in "%s"', (answer) => {
    expect(graded(answer).misled('canary-vs-ab')).toBe(false);
  });
});

// The twenty-sixth round: the limit said as what counts as a problem, decided once day one is
// seen, with setting it first said to be too hard.
describe('a limit decided once the first numbers are seen, however it is named', () => {
  it('flags "what counts as a problem once I have seen the first day"', () => {
    const answer =
      "I'll decide what drop counts as a problem once I've seen the first day, since it's hard to call in advance.";
    expect(graded(answer).misled('thresholds')).toBe(true);
  });

  it('does not flag a problem line decided in advance (must not deny)', () => {
    const answer = 'I decide in advance what counts as a problem: errors over 1 % of requests.';
    expect(graded(answer).misled('thresholds')).toBe(false);
  });
});

// The twenty-ninth round: examples held up to be appraised, then set aside by "but".
describe('limits held up as examples and set aside', () => {
  it('credits no thresholds for "Things like +0.5 points on errors look rigorous, but …"', () => {
    const answer =
      'Things like +0.5 points on errors or -2 % conversion look rigorous, but every release is different.';
    expect(graded(answer).covers('thresholds')).toBe(false);
  });

  it('still credits limits stated plainly (must not deny)', () => {
    const answer =
      'We agree the limits before launch: errors more than 0.5 points over control, or conversion down 2 %.';
    expect(graded(answer).covers('thresholds')).toBe(true);
  });
});
