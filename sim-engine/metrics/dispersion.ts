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

/** The dispersion model of a scenario's world. */
export function dispersionModel(_scenario: Scenario): DispersionModel {
  return INDEPENDENT;
}
