import type { GuardedMetric, Plan, Role, SegmentKind, Threshold } from '../domain/plan';
import type { Scenario } from '../domain/scenario';

/** Short names for metrics, roles and plan parts, as evidence and the narrative quote them. */

export const METRIC_LABELS: Readonly<Record<GuardedMetric, string>> = {
  error_rate: 'error rate',
  latency_p99: 'p99 latency',
  latency_p95: 'p95 latency',
  conversion: 'conversion',
  hallucination_rate: 'hallucination rate',
  thumbs_down_rate: 'thumbs-down rate',
  token_cost: 'token cost per query',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  pm: 'the PM',
  'eng-lead': 'the engineering lead',
  'oncall-sre': 'the on-call SRE',
  exec: 'an executive',
  anyone: 'an automated check',
};

/** `0.5 pp`, `2 %`, `200 ms`. */
export function formatLimit(limit: number, unit: Threshold['unit']): string {
  if (unit === 'pp') return `${limit} pp`;
  return unit === 'pct' ? `${limit} %` : `${limit} ms`;
}

/** `error rate +0.5 pp vs control`, `conversion −2 % vs cohort`. */
export function quoteThreshold(threshold: Threshold): string {
  const sign = threshold.metric === 'conversion' ? '−' : '+';
  return `${METRIC_LABELS[threshold.metric]} ${sign}${formatLimit(threshold.limit, threshold.unit)} vs ${threshold.compare}`;
}

/** The plan's cohort order as the learner wrote it: `"internal" → "general"` or `random`. */
export function quoteCohorts(plan: Plan): string {
  if (plan.cohorts === 'random') return 'a random slice';
  return plan.cohorts.map((entry) => `"${entry}"`).join(' → ');
}

/** Each cohort entry resolved to the kinds of the segments it names, in the plan's order. */
export function cohortKinds(plan: Plan, scenario: Scenario): SegmentKind[] {
  if (plan.cohorts === 'random') return [];
  const kinds: SegmentKind[] = [];
  for (const entry of plan.cohorts) {
    const byId = scenario.segments.find((segment) => segment.id === entry);
    const found = byId
      ? [byId.kind]
      : scenario.segments.filter((s) => s.kind === entry).map((s) => s.kind);
    for (const kind of found) if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/** `1 % → 5 % → 25 % → 100 %`. */
export function quoteRamp(plan: Plan): string {
  return plan.stages.map((stage) => `${stage.percent} %`).join(' → ');
}

/** Large counts the way people read them: `12,345`. */
export function formatCount(value: number): string {
  const rounded = Math.round(value);
  return String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
