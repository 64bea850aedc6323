import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The fifty-eighth round (corpus/README.md): a claim named before a colon only to be refused, a
// model's quality signals dismissed or not worth the time, errors and latency called "the whole
// dashboard", and the A/B test declared unneeded once the canary shows a gain. Every sentence is
// our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();
const forService = gradedFor(service);
const forModel = gradedFor(model);

describe('a claim named before a colon only to be refused', () => {
  it('is not the speaker’s claim', () => {
    const answer =
      'One line I never want to read in the launch note: that the canary proved the new search is better.';
    expect(forService.misconceptions(answer)).not.toContain('canary-vs-ab');
  });

  it('is still the claim when the heading wants it heard (must not deny)', () => {
    const answer = 'One claim I want everyone to hear: the canary proved the new search is better.';
    expect(forService.misconceptions(answer)).toContain('canary-vs-ab');
  });

  it('is still the claim when the heading refuses something else (must not deny)', () => {
    const answer =
      'I don’t want to hear about delays later: the canary proved the new search is better, so we ship.';
    expect(forService.misconceptions(answer)).toContain('canary-vs-ab');
  });
});

describe('a model’s quality signals set aside', () => {
  it('leaves errors and latency as "the whole dashboard"', () => {
    expect(forModel.misconceptions('Error rate and latency are the whole dashboard.')).toContain(
      'model-metrics',
    );
  });

  it('is the misconception when the feedback is too sparse to mean anything', () => {
    const answer =
      'We will not track thumbs-down or eval scores for this prompt, because the feedback is too sparse to mean anything.';
    expect(forModel.misconceptions(answer)).toContain('model-metrics');
  });

  it('is not dismissed by feedback too sparse for a sampling rate (must not deny)', () => {
    const answer =
      'During the canary the harness grades one answer in twenty, not one in two hundred, since at 5 % the thumbs-down counts are too sparse.';
    expect(forModel.misconceptions(answer)).not.toContain('model-metrics');
  });

  it('is the misconception when the harness and ratings are not worth the time', () => {
    expect(
      forModel.misconceptions('I wouldn’t spend time on the eval harness or on ratings.'),
    ).toContain('model-metrics');
  });

  it('keeps a check the next clause still gates on (must not deny)', () => {
    const answer = 'We won’t bother with ratings, and the eval harness gates every stage at 1 %.';
    expect(forModel.misconceptions(answer)).not.toContain('model-metrics');
  });

  it('still refuses limits on hallucinations and thumbs-down with ratings named beside them (must not deny)', () => {
    const answer =
      'I won’t set hallucination or thumbs-down limits before launch, with so few ratings to go on.';
    expect(forModel.misconceptions(answer)).toContain('model-metrics');
  });
});

describe('the A/B test declared unneeded', () => {
  it('is the canary taken for the experiment when the canary shows a gain', () => {
    const answer =
      'If the canary group’s checkout rate beats last month’s, that is our uplift and we will not need a separate A/B test.';
    expect(forService.misconceptions(answer)).toContain('canary-vs-ab');
  });

  it('is not the misconception when no gain is claimed (must not deny)', () => {
    const answer =
      'The canary only shows it is safe; we will not need an A/B test because we are not claiming it is better.';
    expect(forService.misconceptions(answer)).not.toContain('canary-vs-ab');
  });

  it('is not the canary misconception when the canary is not in it (must not deny)', () => {
    const answer =
      'If conversion beats last month’s, that is our uplift and we will not need a separate A/B test.';
    expect(forService.misconceptions(answer)).not.toContain('canary-vs-ab');
  });
});
