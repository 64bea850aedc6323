import { describe, expect, it } from 'vitest';
import { stageDetectionProbability } from '../power/stagePower';
import { aaWholeRamp, latencyAtLimit, lateOnset, tallyRuns } from '../testing/gateFigures';
import { fixedHorizonPower, HELPER_CASES, POWER_CASES, powerSetup } from '../testing/powerCases';
import { STRONG_PLAN } from '../testing/fixtures';

/*
 * The gates' promises at test size. The same figures at bench size, with exact intervals,
 * are printed by `npm run bench` (test/bench/gates.bench.ts).
 */

describe('a healthy release under the strong plan (3 metrics, metric holds of hours)', () => {
  // 150 seeds here (a 4-day ramp each); 500 in the gates bench.
  it('is rolled back on a breach in at most 5 % of 150 seeds', () => {
    const { scenario, plan } = aaWholeRamp(STRONG_PLAN.thresholds);
    const tally = tallyRuns(scenario, plan, 150);
    expect(tally.breaches / tally.seeds).toBeLessThanOrEqual(0.05);
    // Stages the data could not decide are not false alarms: the plan advances on them.
    expect(tally.rolledBackInconclusive).toBe(0);
  }, 300_000);
});

describe('a regression that appears late in a 24 h stage (+1.0 pp errors, limit 0.5 pp)', () => {
  it.each([0.5, 0.75, 0.9])(
    'starting at %s of the stage, is caught before it ends in at least 80 per cent of 200 seeds',
    (fraction) => {
      const { scenario, plan } = lateOnset(1440 * fraction);
      const tally = tallyRuns(scenario, plan, 200, 1440);
      expect(tally.caughtBy / tally.seeds).toBeGreaterThanOrEqual(0.8);
    },
    300_000,
  );
});

describe('p99 guarded at 200 ms over a whole ramp at the fixture’s traffic', () => {
  it.each([
    [200, 0, 0.05],
    [190, 0, 0.05],
    [300, 0.8, 1],
  ])(
    'a move of %i ms breaches in a share of 200 seeds between %f and %f',
    (ms, low, high) => {
      const { scenario, plan } = latencyAtLimit(ms);
      const tally = tallyRuns(scenario, plan, 200);
      expect(tally.breaches / tally.seeds).toBeGreaterThanOrEqual(low);
      expect(tally.breaches / tally.seeds).toBeLessThanOrEqual(high);
    },
    300_000,
  );
});

describe('power against a fixed-horizon z-test at the hold’s end at the same α (5 %)', () => {
  // With boundaries calibrated to the hold's looks: 0.88, 0.86, 0.96 × (500 seeds, bench).
  it.each(POWER_CASES.map((power) => [power.name, 0.7, power] as const))(
    '%s: at least %s × the z-test over 500 seeds',
    (_name, ratio, power) => {
      const { scenario, plan } = powerSetup(power);
      const tally = tallyRuns(scenario, plan, 500, power.minutes);
      const zTest = fixedHorizonPower(power, 0.05);
      // In the steep part of the curve, where a wasteful guard shows.
      expect(zTest).toBeGreaterThan(0.85);
      expect(zTest).toBeLessThan(0.95);
      expect(tally.caughtBy / tally.seeds).toBeGreaterThanOrEqual(ratio * zTest);
    },
    300_000,
  );
});

describe('the power helper', () => {
  it.each(HELPER_CASES.map((power) => [power.name, power] as const))(
    '%s: within 5 points of the engine over 1000 seeds',
    (_name, power) => {
      const { scenario, plan } = powerSetup(power);
      const predicted = stageDetectionProbability({
        scenario,
        plan,
        stageIndex: 0,
        thresholdIndex: 0,
        effect: power.effect,
        // The stage starts with the run: the helper follows the traffic of those hours.
        startMinute: 0,
      });
      const tally = tallyRuns(scenario, plan, 1000, power.minutes);
      expect(predicted).toBeGreaterThan(0.1);
      expect(predicted).toBeLessThan(0.9);
      expect(Math.abs(tally.caughtBy / tally.seeds - predicted)).toBeLessThanOrEqual(0.05);
    },
    300_000,
  );
});
