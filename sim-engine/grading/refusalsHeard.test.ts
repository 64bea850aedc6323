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
