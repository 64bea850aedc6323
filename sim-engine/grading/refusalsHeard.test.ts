import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The thirteenth round's readings of language (corpus/README.md, thirteenth protocol). Every
// sentence is our own wording; none is a corpus answer's.
const service = fixtureScenario({ changeKind: 'backend' });
const OWNER = 'I own the release calls for this change. ';
const SAFE = 'The canary tells us the new version is safe; it tells us nothing about better. ';

function credits(answer: string, point: string): boolean {
  return gradeAnswer(answer, service).covered.includes(point);
}

describe('an experiment the speaker turns down is not the canary-vs-A/B point', () => {
  it.each([
    [
      'declined with "one" pointing back',
      `${OWNER}${SAFE}The A/B test after it, we won't run one.`,
    ],
    [
      'said only to cost time',
      `${OWNER}${SAFE}A split test afterwards would just delay the launch.`,
    ],
  ])('%s', (_name, answer) => {
    expect(credits(answer, 'canary-vs-ab')).toBe(false);
  });

  it.each([
    [
      'an inference refused, not the test ("I will not read it off …")',
      `${OWNER}${SAFE}Any claim of lift needs a randomised A/B test afterwards; I won't read it off the staff cohort.`,
    ],
    [
      'a measured delay conceded',
      `${OWNER}${SAFE}A randomised A/B test afterwards only delays the launch by a week, and we run it.`,
    ],
  ])('but keeps it when %s', (_name, answer) => {
    expect(credits(answer, 'canary-vs-ab')).toBe(true);
  });
});

describe('ownership is read from the possessive, and from the speaker’s named part', () => {
  it('does not read ownership from the noun "mine" (the coal-mine story of the name)', () => {
    const answer =
      'A canary rollout borrows its name from the birds miners took down the coal mine. You show the new build to a few users first.';
    expect(credits(answer, 'pm-owns')).toBe(false);
  });

  it.each([
    ['the possessive after a copula', 'The exposure order and the stop rules are mine.'],
    [
      'the speaker’s part named',
      'The platform team runs the routing; my part is deciding who goes first and when we stop.',
    ],
  ])('credits %s', (_name, answer) => {
    expect(credits(answer, 'pm-owns')).toBe(true);
  });

  it('does not read "for my part" (as for me) as a part of the work', () => {
    expect(credits('For my part, I think staff should see it before customers.', 'pm-owns')).toBe(
      false,
    );
  });
});
