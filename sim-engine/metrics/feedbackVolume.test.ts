import { describe, expect, it } from 'vitest';
import { fixtureScenario, regression } from '../testing/fixtures';
import { emptyMix, mixArm } from './armMix';
import { feedbackRateFor } from './feedbackVolume';
import { baselineParameters, canaryParameters } from './segmentParameters';

function mixWith(thumbsDownRise: number) {
  const scenario = fixtureScenario();
  const bad = regression({
    effects: [{ metric: 'thumbs_down_rate', change: 'relative', amount: thumbsDownRise }],
  });
  const parameters = scenario.segments.map((segment) =>
    thumbsDownRise === 0 ? baselineParameters(segment) : canaryParameters(segment, [bad], [1]),
  );
  const requests = scenario.segments.map((segment) => segment.share * 1000);
  const mix = emptyMix(0);
  mixArm(scenario.segments, requests, parameters, 0, mix);
  return mix;
}

describe('user feedback', () => {
  it('keeps its volume while answers are as good as ever', () => {
    expect(feedbackRateFor(0.01, 0.05, 0.05)).toBe(0.01);
  });

  it('rises in volume as answers get worse, by the two kinds of user it assumes', () => {
    // Worked by hand: unhappy users give feedback 5× as often; 5 % → 12.5 % thumbs-down is
    // 1.04 % → 2.78 % unhappy answers, feedback × 16/15; 5 % → 50 % is × 1.6.
    expect(feedbackRateFor(0.01, 0.05, 0.125)).toBeCloseTo(0.01 * (16 / 15), 12);
    expect(feedbackRateFor(0.01, 0.05, 0.5)).toBeCloseTo(0.016, 12);
    expect(feedbackRateFor(0.01, 0.05, 0.02)).toBeLessThan(0.01);
  });

  it('brings more feedback on a worse model while the thumbs-down share is the one declared', () => {
    const healthy = mixWith(0);
    const worse = mixWith(1.5);
    const muchWorse = mixWith(6);
    expect(worse.feedbackRate).toBeGreaterThan(healthy.feedbackRate);
    expect(muchWorse.feedbackRate).toBeGreaterThan(worse.feedbackRate);
    expect(worse.thumbsDownRate / healthy.thumbsDownRate).toBeGreaterThan(2.4);
    expect(worse.thumbsDownRate / healthy.thumbsDownRate).toBeLessThan(2.6);
  });
});
