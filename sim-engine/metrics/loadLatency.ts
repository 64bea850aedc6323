import type { SegmentParameters } from './segmentParameters';

/**
 * Latency rises with load. The median of every request's latency is multiplied by
 * 1 + `latencyPerLoad` × (load − 1) while the service carries more than its daily average
 * load (load = requests per minute ÷ the scenario's average), on both versions alike.
 *
 * The factor moves in steps of one latency bucket (2^(1/36), 1.94 %): a log-normal scaled
 * by a whole number of buckets is the same shape one bucket over, so the day's few dozen
 * steps reuse a few cached shapes instead of a fresh latency mix every interval.
 */
const STEP = Math.log(2) / 36;

/** The latency factor's step (whole buckets) at `load` times the average load. */
export function loadLatencyStep(latencyPerLoad: number, load: number): number {
  if (!(latencyPerLoad > 0) || !(load > 1)) return 0;
  return Math.round(Math.log(1 + latencyPerLoad * (load - 1)) / STEP);
}

/** The factor a step multiplies the median by. */
export function loadLatencyFactor(step: number): number {
  return step === 0 ? 1 : Math.exp(step * STEP);
}

/**
 * The parameters of an arm's segments under the load step of the moment: the same arrays
 * (and so the same shapes, which the latency mix caches by identity) for the same source
 * and step, until the source changes.
 */
export class LoadedParameters {
  private source: readonly SegmentParameters[] | null = null;
  private readonly byStep = new Map<number, readonly SegmentParameters[]>();

  at(parameters: readonly SegmentParameters[], step: number): readonly SegmentParameters[] {
    if (step === 0) return parameters;
    if (parameters !== this.source) {
      this.source = parameters;
      this.byStep.clear();
    }
    let loaded = this.byStep.get(step);
    if (!loaded) {
      const factor = loadLatencyFactor(step);
      loaded = parameters.map((own) => ({
        ...own,
        latency: { ...own.latency, medianMs: own.latency.medianMs * factor },
      }));
      this.byStep.set(step, loaded);
    }
    return loaded;
  }
}
