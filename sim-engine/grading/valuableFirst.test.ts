import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The sixteenth round (corpus/README.md): the most valuable customers put first is a misconception
// that halves an answer, so it must be the group's place, not a word near it. "First" before a
// noun is that noun's attribute ("their first order"), and a word of the end reached first puts
// the group last; an answer that also puts the same group at the end does not hold the
// misconception plainly enough to halve it. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

function valuableFirstRead(answer: string): boolean {
  return gradeAnswer(answer, service).misconceptions.some((m) => m.point === 'cohort-order');
}

describe('a valuable group placed last is not read as put first', () => {
  it.each([
    'Our own staff go first; trial users on their first order are kept in the end, since a broken checkout on day one loses them.',
    'Staff, then beta testers, and key accounts doing their first migration come in the end, because a failure there costs the contract.',
    'We start with employees. Enterprise customers with a first renewal due go last, because they would leave as a block.',
    'Internal users, then opted-in testers; new customers placing a first payment at the end since they churn fastest.',
    // Adjectives before a group put last do not carry a "start" from another group's clause.
    'We start with staff and beta users, then our largest enterprise customers come last.',
    // The same group put first in passing and last as the plan: not held plainly enough to halve.
    'Staff go first. We brief enterprise customers first, by email. Enterprise customers go last because they are the least forgiving.',
    // A dash opens the next note: the "first" after it is another group's (twenty-sixth round).
    'order: staff -> beta -> enterprise accounts — internal first, opted-in second; enterprise last because they pay most',
  ])('reads no misconception in "%s"', (answer) => {
    expect(valuableFirstRead(answer)).toBe(false);
  });
});

describe('the most valuable customers put first is still caught', () => {
  it.each([
    'Our most valuable customers go first because they matter most.',
    'Enterprise customers first, then staff, then everyone else.',
    "We'd start with our biggest accounts, since their feedback counts most.",
    'Premium users first and free users last, because they pay for it.',
    'New customers first, because they have no habits to break.',
    // The group's own adjectives stand between "start with" and its name (twenty-fourth round).
    "I'd start with our largest enterprise customers, because we value their feedback most.",
    // Another group at the end does not take back the one put first.
    'New customers first, because they have no habits to break. Enterprise accounts go last.',
    // A short phrase between the group and its place (twenty-sixth round).
    "We'd put our premium users on it first, since they pay the most.",
  ])('reads the misconception in "%s"', (answer) => {
    expect(valuableFirstRead(answer)).toBe(true);
  });
});

// The thirty-eighth round: "the first to notice" says who acts first, not which group goes first;
// "best customers" are a valuable group.
describe('who notices first is not the order', () => {
  it('reads no misconception when the valuable group, last, is "the first to notice"', () => {
    const answer =
      'Order: staff → beta users → casual shoppers → weekly subscribers last, since they are our highest-value customers and the first to notice bad baskets.';
    expect(valuableFirstRead(answer)).toBe(false);
  });

  it('reads "our best customers first" as the misconception (must not deny)', () => {
    expect(
      valuableFirstRead("I'd put our best customers on it first, they'd give us signal fastest."),
    ).toBe(true);
  });
});
