import type { GuardedMetric } from '../domain/plan';
import type { Scenario } from '../domain/scenario';

/**
 * What the monitoring knows of how clustered a metric's noise is: the factor by which the
 * plain binomial (plug-in) variance of a rate under-states its true variance, for a window
 * of the given length holding the given number of trials. 1 means the counts are as
 * independent as binomial draws.
 *
 * The seam between the world model (which makes noise clustered) and the gates (which must
 * widen their variance by this factor to keep their false-alarm promise).
 */
export interface DispersionModel {
  varianceInflation(metric: GuardedMetric, windowMinutes: number, trials: number): number;
}

const INDEPENDENT: DispersionModel = { varianceInflation: () => 1 };

/**
 * The dispersion model of a scenario's world. A segment's conversion rate carries a random
 * effect per day (mean 1, coefficient of variation cv), shared by every visit of that
 * segment that day. For a rate p read from n visits spread over D days, the variance is
 * p(1−p)/n + p²cv²·Σf_d² (f_d the share of the window's visits on day d), so the design
 * effect over the binomial is 1 + n·p·cv²·Σf_d²/(1−p).
 *
 * Where the true figure depends on what the gate cannot know, the bound is conservative:
 * p is the highest segment rate, Σf_d² ≤ 1/⌊D⌋ (whole days, one day below a day), and an
 * arm is treated as one segment (an arm spread over several segments averages their
 * independent effects and varies less).
 */
export function dispersionModel(scenario: Scenario): DispersionModel {
  const cv = scenario.world.noise.conversionDayToDay;
  if (!(cv > 0)) return INDEPENDENT;
  const rate = Math.max(...scenario.segments.map((segment) => segment.baseline.conversionRate));
  if (!(rate > 0) || rate >= 1) return INDEPENDENT;
  return {
    varianceInflation(metric, windowMinutes, trials) {
      if (metric !== 'conversion' || !(trials > 0)) return 1;
      const days = Math.max(1, Math.floor(windowMinutes / 1440));
      return 1 + (trials * rate * cv * cv) / ((1 - rate) * days);
    },
  };
}
