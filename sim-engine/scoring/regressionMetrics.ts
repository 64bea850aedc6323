import type { GuardedMetric } from '../domain/plan';
import type { MetricEffect, Scenario } from '../domain/scenario';

/** The plan metrics that can see an effect: latency shows in either tail quantile. */
export function metricsSeeing(effect: MetricEffect): readonly GuardedMetric[] {
  return effect.metric === 'latency' ? ['latency_p99', 'latency_p95'] : [effect.metric];
}

/** One moved quantity of a scenario's regressions that its dashboards can show. */
export interface MovedMetric {
  readonly regressionId: string;
  readonly effect: MetricEffect;
  /** Plan metrics that would see it, among those the scenario can observe. */
  readonly seenBy: readonly GuardedMetric[];
}

/** Every observable effect of every regression in the scenario. */
export function movedMetrics(scenario: Scenario): MovedMetric[] {
  const observable = new Set(scenario.observableMetrics);
  return scenario.regressions.flatMap((regression) =>
    regression.effects
      .map((effect) => ({
        regressionId: regression.id,
        effect,
        seenBy: metricsSeeing(effect).filter((metric) => observable.has(metric)),
      }))
      .filter((moved) => moved.seenBy.length > 0),
  );
}

/** How the regression moves it, in words: `latency`, `conversion`. */
export function effectName(effect: MetricEffect): string {
  switch (effect.metric) {
    case 'latency':
      return 'latency';
    case 'error_rate':
      return 'error rate';
    case 'conversion':
      return 'conversion';
    case 'hallucination_rate':
      return 'hallucination rate';
    case 'thumbs_down_rate':
      return 'thumbs-down rate';
    case 'token_cost':
      return 'token cost per query';
  }
}
