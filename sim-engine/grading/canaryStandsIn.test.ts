import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The forty-third round (corpus/README.md): an A/B test dismissed because the canary is taken for
// one is the canary-vs-ab misconception. Our own words.
const service = fixtureScenario({ changeKind: 'backend' });

const { misconceptions } = gradedFor(service);

const plan =
  'I own the order, the limits and the holds; engineering owns the routing. ' +
  'Staff first, then beta users, then everyone, with enterprise accounts last. ';

describe('an A/B test dismissed because the canary "is one"', () => {
  it('is the canary-vs-ab misconception', () => {
    const answer = plan + 'No need for a separate A/B test afterwards; the canary already is one.';
    expect(misconceptions(answer)).toContain('canary-vs-ab');
  });

  it.each([
    ['denied', 'We run a randomised A/B test afterwards; the canary is not one.'],
    [
      'a step',
      'A randomised A/B test afterwards tells us if it is better; the canary is one step before it.',
    ],
  ])('is not the misconception otherwise (must not deny): %s', (_form, sentence) => {
    expect(misconceptions(plan + sentence)).not.toContain('canary-vs-ab');
  });
});
