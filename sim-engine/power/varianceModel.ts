import type { Plan, Threshold } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { TOKENS_VARIATION } from '../metrics/armMix';
import { latencyCdf, latencyQuantile, type LatencyShape } from '../metrics/latencyHistogram';
import { createScenarioClock } from '../clock/localTime';
import { segmentExposure } from '../traffic/exposure';
import { requestsPerMinuteAt } from '../traffic/trafficCurve';

/*
 * The variance of the gate's estimate per minute of a stage: the arms' volumes, each metric's
 * per-request mean and variance, and how a true move changes them. The power helper's model,
 * checked against the engine by the gate tests.
 */

interface ArmVolume {
  readonly requestsPerMinute: number;
  /** Each segment's share of the arm's requests. */
  readonly weights: readonly number[];
}

/**
 * Mean requests per minute over the hold from `startMinute`, on the scenario's traffic curve;
 * the scenario's nominal rate when the start is unknown.
 */
export function meanRequestsPerMinute(
  scenario: Scenario,
  startMinute: number | undefined,
  holdMinutes: number,
): number {
  if (startMinute === undefined || !(holdMinutes > 0)) return scenario.traffic.requestsPerMinute;
  const clock = createScenarioClock(scenario.start);
  let total = 0;
  const minutes = Math.ceil(holdMinutes);
  for (let minute = 0; minute < minutes; minute++) {
    total += requestsPerMinuteAt(scenario.traffic, clock, startMinute + minute);
  }
  return total / minutes;
}

function armVolumes(
  scenario: Scenario,
  plan: Plan,
  stageIndex: number,
  requestsPerMinute = scenario.traffic.requestsPerMinute,
): { canary: ArmVolume; control: ArmVolume } {
  const percent = plan.stages[stageIndex]?.percent ?? 100;
  const exposure = segmentExposure(scenario.segments, plan.cohorts, percent);
  const canaryShares = scenario.segments.map((segment, s) => segment.share * (exposure[s] ?? 0));
  const controlShares = scenario.segments.map(
    (segment, s) => segment.share * (1 - (exposure[s] ?? 0)),
  );
  const volume = (shares: number[]): ArmVolume => {
    const total = shares.reduce((sum, share) => sum + share, 0);
    return {
      requestsPerMinute: requestsPerMinute * total,
      weights: shares.map((share) => (total > 0 ? share / total : 0)),
    };
  };
  return { canary: volume(canaryShares), control: volume(controlShares) };
}

/** Variance of one request's contribution, and the metric's mean, for an arm's mix. */
function perRequest(
  scenario: Scenario,
  threshold: Threshold,
  arm: ArmVolume,
): { variance: number; mean: number; trialsPerRequest: number } {
  const mix = (pick: (index: number) => number) =>
    arm.weights.reduce((sum, weight, s) => sum + weight * pick(s), 0);
  const baseline = (s: number) => scenario.segments[s]!.baseline;
  const rate = (p: number, trialsPerRequest: number) => ({
    variance: p * (1 - p),
    mean: p,
    trialsPerRequest,
  });
  switch (threshold.metric) {
    case 'error_rate':
      return rate(
        mix((s) => baseline(s).errorRate),
        1,
      );
    case 'conversion': {
      // Conversion is per visit: segments weigh in by their visits, and a request is a
      // fraction of a visit (as the engine counts them, see worldMix.ts).
      const visitsPerRequest = mix((s) => 1 / scenario.segments[s]!.requestsPerVisit);
      return rate(
        mix((s) => baseline(s).conversionRate / scenario.segments[s]!.requestsPerVisit) /
          visitsPerRequest,
        visitsPerRequest,
      );
    }
    case 'hallucination_rate':
      return rate(
        mix((s) => baseline(s).hallucinationRate),
        scenario.monitoring.evalSampleRate,
      );
    case 'thumbs_down_rate': {
      const feedback = mix((s) => scenario.segments[s]!.feedbackRate);
      return rate(
        mix((s) => scenario.segments[s]!.feedbackRate * baseline(s).thumbsDownRate) / feedback,
        feedback,
      );
    }
    case 'token_cost': {
      const mean = mix((s) => baseline(s).tokensPerQuery);
      return { variance: (TOKENS_VARIATION * mean) ** 2, mean, trialsPerRequest: 1 };
    }
    case 'latency_p95':
    case 'latency_p99': {
      const q = threshold.metric === 'latency_p95' ? 0.95 : 0.99;
      const shapes: LatencyShape[] = scenario.segments.map((segment) => ({
        ...segment.baseline.latency,
        tailShare: 0,
        tailAddMs: 0,
      }));
      // The quantile of the mix, by bisection, and the density there by a central difference.
      const cdf = (x: number) =>
        arm.weights.reduce((sum, weight, s) => sum + weight * latencyCdf(shapes[s]!, x), 0);
      let low = 0;
      let high = Math.max(...shapes.map((shape) => latencyQuantile(shape, 0.9999)));
      for (let step = 0; step < 50; step++) {
        const middle = (low + high) / 2;
        if (cdf(middle) < q) low = middle;
        else high = middle;
      }
      const value = (low + high) / 2;
      const density = (cdf(value * 1.01) - cdf(value * 0.99)) / (value * 0.02);
      return { variance: (q * (1 - q)) / (density * density), mean: value, trialsPerRequest: 1 };
    }
  }
}

/**
 * A canary's per-request variance when the true move is `effect`: a regression changes the
 * spread as well as the mean (an error rate of 1.1 % is noisier than one of 0.5 %), and
 * power computed at the baseline spread would promise detections the engine does not make.
 */
function canaryVarianceUnderEffect(
  threshold: Threshold,
  baseline: { variance: number; mean: number },
  effect: number,
  floorAtLimit: boolean,
): number {
  const direction = threshold.metric === 'conversion' ? -1 : 1;
  const shift = direction * effect;
  switch (threshold.metric) {
    case 'error_rate':
    case 'conversion':
    case 'hallucination_rate':
    case 'thumbs_down_rate': {
      const movedBy = (move: number) =>
        Math.min(
          1,
          Math.max(
            0,
            threshold.unit === 'pp' ? baseline.mean + move / 100 : baseline.mean * (1 + move / 100),
          ),
        );
      // The gate never uses less than the variance at the limit (thresholdEstimate.ts), which
      // matters where the bad direction lowers p(1 − p): a conversion drop.
      const rate = movedBy(shift);
      const atLimit = movedBy(direction * threshold.limit);
      return floorAtLimit
        ? Math.max(rate * (1 - rate), atLimit * (1 - atLimit))
        : rate * (1 - rate);
    }
    case 'token_cost':
      // Answers grow or shrink alike: the coefficient of variation stays put.
      return baseline.variance * (1 + shift / 100) ** 2;
    case 'latency_p95':
    case 'latency_p99': {
      // A slower version is modelled as the same shape stretched by s (quantile × s): the
      // density at the moved quantile is the old one / s, so the quantile's variance grows
      // by s². Keeping the baseline's promised detections the engine does not make.
      const stretch = threshold.unit === 'ms' ? 1 + shift / baseline.mean : 1 + shift / 100;
      return baseline.variance * Math.max(0, stretch) ** 2;
    }
  }
}

/**
 * The variance per minute of the gate's estimate, in the threshold's units, as a function of
 * the new version's true move (0: no change). The volumes and baselines are computed once.
 */
export function varianceModel(
  scenario: Scenario,
  plan: Plan,
  stageIndex: number,
  threshold: Threshold,
  requestsPerMinute = scenario.traffic.requestsPerMinute,
  /** As the gate estimates it (floored at the limit's variance), or the true sampling variance. */
  asTheGateEstimates = true,
): (effect: number) => number {
  const { canary, control } = armVolumes(scenario, plan, stageIndex, requestsPerMinute);
  const own = perRequest(scenario, threshold, canary);
  const reference =
    threshold.compare === 'control'
      ? (() => {
          const other = perRequest(scenario, threshold, control);
          return other.variance / (control.requestsPerMinute * other.trialsPerRequest);
        })()
      : // The cohort's own history is a week of all its traffic: negligible beside the canary.
        0;
  const toUnits =
    threshold.unit === 'ms' ? 1 : threshold.unit === 'pp' ? 1e4 : 1e4 / (own.mean * own.mean);
  return (effect) => {
    const ownVariance = canaryVarianceUnderEffect(threshold, own, effect, asTheGateEstimates);
    return (ownVariance / (canary.requestsPerMinute * own.trialsPerRequest) + reference) * toUnits;
  };
}

/**
 * Sampling variance of the gate's estimate after one minute of flat traffic (it shrinks as
 * 1/t) when the true move is `effect`: the true variance, without the gate's floor.
 */
export function variancePerMinute(
  scenario: Scenario,
  plan: Plan,
  stageIndex: number,
  threshold: Threshold,
  effect = 0,
): number {
  const flat = scenario.traffic.requestsPerMinute;
  return varianceModel(scenario, plan, stageIndex, threshold, flat, false)(effect);
}
