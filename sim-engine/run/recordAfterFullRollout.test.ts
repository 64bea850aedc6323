import { describe, expect, it } from 'vitest';
import { fixtureScenario, regression, WEAK_PLAN } from '../testing/fixtures';
import { simulate } from './simulate';

const broken = fixtureScenario({ regressions: [regression()] });

describe('recording the new version after full rollout', () => {
  const plain = simulate(broken, WEAK_PLAN, { seed: 11 });
  const recorded = simulate(broken, WEAK_PLAN, { seed: 11, recordAfterFullRollout: true });
  const full = plain.outcome.minutesToFullRollout;

  it('changes nothing the run decided: same outcome and events', () => {
    expect(full).not.toBeNull();
    expect(recorded.outcome).toEqual(plain.outcome);
    expect(recorded.events).toEqual(plain.events);
  });

  it('keeps the readings from before full rollout identical', () => {
    const before = Math.floor((full ?? 0) / plain.series.intervalMinutes) - 1;
    const a = plain.series.canary.error_rate ?? new Float32Array();
    const b = recorded.series.canary.error_rate ?? new Float32Array();
    expect(Array.from(b.subarray(0, before))).toEqual(Array.from(a.subarray(0, before)));
  });

  it('goes on recording the new version once everyone is on it, where it used to stop', () => {
    const last = plain.series.canaryShare.length - 1;
    expect(plain.series.canary.error_rate?.[last]).toBeNaN();
    expect(recorded.series.canary.error_rate?.[last]).toBeGreaterThanOrEqual(0);
    expect(recorded.series.control.error_rate?.[last]).toBeNaN();
  });
});
