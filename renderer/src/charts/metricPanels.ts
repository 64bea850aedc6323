import type { GuardedMetric, Plan, RunEvent, Scenario } from '../../../sim-engine/index';

/** One metric chart of the run's story, in the order the story needs them. */
export interface MetricPanel {
  readonly metric: GuardedMetric;
  /** The plan's threshold drawn here, or null for a metric the plan does not watch. */
  readonly thresholdIndex: number | null;
  /** The regression moved this metric (revealed only in the replay). */
  readonly moved: boolean;
  /** This threshold's breach called the rollback. */
  readonly tripped: boolean;
  /** The engine recorded per-interval readings of it (false: the dashboards cannot show it). */
  readonly recorded: boolean;
}

/** The plan metrics each regression effect moves: latency shows in the tail quantiles. */
export function movedMetrics(scenario: Pick<Scenario, 'regressions'>): Set<GuardedMetric> {
  const moved = new Set<GuardedMetric>();
  for (const regression of scenario.regressions) {
    for (const effect of regression.effects) {
      if (effect.metric === 'latency') {
        moved.add('latency_p99');
        moved.add('latency_p95');
      } else moved.add(effect.metric);
    }
  }
  return moved;
}

/**
 * The charts to draw: the threshold that tripped first, then every other threshold on a metric
 * the regression moved, then each moved metric the plan does not watch (so a failed plan still
 * shows what it missed), then the remaining thresholds. `reveal` is false during a live run,
 * where the regression is not yet known: then only the plan's thresholds are drawn.
 */
export function metricPanels(
  plan: Plan,
  scenario: Pick<Scenario, 'regressions'>,
  events: readonly RunEvent[],
  recorded: ReadonlySet<GuardedMetric>,
  reveal: boolean,
): MetricPanel[] {
  const moved = reveal ? movedMetrics(scenario) : new Set<GuardedMetric>();
  const breach = events.find((e) => e.type === 'breach');
  const trippedIndex = breach?.type === 'breach' ? breach.thresholdIndex : -1;
  const watched = plan.thresholds.map((t, i) => ({
    metric: t.metric,
    thresholdIndex: i,
    moved: moved.has(t.metric),
    tripped: i === trippedIndex,
    recorded: recorded.has(t.metric),
  }));
  const watchedMetrics = new Set(plan.thresholds.map((t) => t.metric));
  // A latency regression moves both tails; one watched tail is enough to show it.
  const latencyWatched = watchedMetrics.has('latency_p99') || watchedMetrics.has('latency_p95');
  const unwatched = [...moved]
    .filter((metric) => !watchedMetrics.has(metric))
    .filter((metric) => !(metric === 'latency_p95' && (latencyWatched || moved.has('latency_p99'))))
    .filter((metric) => !(metric === 'latency_p99' && latencyWatched))
    .map((metric) => ({
      metric,
      thresholdIndex: null,
      moved: true,
      tripped: false,
      recorded: recorded.has(metric),
    }));
  const rank = (panel: MetricPanel) =>
    panel.tripped ? 0 : panel.moved && panel.thresholdIndex !== null ? 1 : panel.moved ? 2 : 3;
  // Array.prototype.sort is stable: within a rank the plan's order stays.
  return [...watched, ...unwatched].sort((a, b) => rank(a) - rank(b));
}
