import { describe, expect, it } from 'vitest';
import { fixtureScenario, regression, STRONG_PLAN, WEAK_PLAN } from '../testing/fixtures';
import { calibrateScenario, runSeeds, seedRange, summarizeCalibration } from './calibrateScenario';
import { calibrationPlans } from './calibrationPlans';

const broken = fixtureScenario({
  changeKind: 'backend',
  observableMetrics: ['error_rate', 'latency_p99', 'conversion'],
  regressions: [
    regression({ effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.02 }] }),
  ],
});

describe('calibrateScenario', () => {
  it('calibrateScenario finds an obvious regression fair: strong catches, weak misses', () => {
    const calibration = calibrateScenario(
      broken,
      { strong: STRONG_PLAN, weak: WEAK_PLAN },
      seedRange(8),
    );
    expect(calibration.strong.detectionRate).toBe(1);
    expect(calibration.weak.failureRate).toBe(1);
    expect(calibration.strong.falseRollbackRate).toBe(0);
    expect(calibration.verdict).toEqual({ fair: true, reasons: [] });
  });

  it('calibrateScenario calls a scenario unfair when the weak plan passes too', () => {
    const plans = { strong: STRONG_PLAN, weak: STRONG_PLAN };
    const calibration = calibrateScenario(broken, plans, seedRange(4));
    expect(calibration.verdict.fair).toBe(false);
    expect(calibration.verdict.reasons[0]).toBe(
      'the weak plan fails in only 0 % of seeds (needs 50 %)',
    );
    expect(calibration.verdict.reasons[1]).toMatch(/^ {2}the weak plan catches it in time at /);
  });

  it('summarizeCalibration gives the same answer from outcomes computed in parts', () => {
    const seeds = seedRange(6);
    const whole = calibrateScenario(broken, { strong: STRONG_PLAN, weak: WEAK_PLAN }, seeds);
    const strong = [
      ...runSeeds(broken, STRONG_PLAN, seeds.slice(0, 3)),
      ...runSeeds(broken, STRONG_PLAN, seeds.slice(3)),
    ];
    const weak = runSeeds(broken, WEAK_PLAN, seeds);
    expect(summarizeCalibration(broken, strong, weak)).toEqual(whole);
  });

  it('seedRange counts from the first seed', () => {
    expect(seedRange(3, 10)).toEqual([10, 11, 12]);
  });
});

describe('calibrationPlans', () => {
  it('falls back to the seed answers when the pack gives no reference plans', () => {
    const plans = calibrationPlans(broken);
    expect(plans.source).toEqual({ strong: 'default', weak: 'default' });
    expect(plans.weak.cohorts).toBe('random');
    expect(calibrationPlans(broken, { weak: STRONG_PLAN }).source.weak).toBe('pack');
  });
});
