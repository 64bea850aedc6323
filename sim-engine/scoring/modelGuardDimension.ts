import type { GuardedMetric, Plan } from '../domain/plan';
import type { Criterion, Judgement } from './criteria';
import { METRIC_LABELS } from './wording';

const STRONG_MODEL_GUARD =
  'For a model or prompt change, roll back on quality, not just outages: hallucination rate from an ' +
  'automated eval harness, thumbs-down and correction rate from users, p95 latency and token cost per query.';

/** The model metrics the seed names, with their share of the dimension. */
const MODEL_METRICS: readonly { metric: GuardedMetric; share: number; also?: GuardedMetric }[] = [
  { metric: 'hallucination_rate', share: 0.3 },
  { metric: 'thumbs_down_rate', share: 0.25 },
  // p99 also watches the tail, so it earns the latency share too.
  { metric: 'latency_p95', share: 0.2, also: 'latency_p99' },
  { metric: 'token_cost', share: 0.25 },
];

/** Model guard: quality, feedback, speed and cost thresholds, since error rate alone misses them. */
export function judgeModelGuard(plan: Plan): Judgement {
  const guarded = new Set(plan.thresholds.map((threshold) => threshold.metric));
  const criteria: Criterion[] = MODEL_METRICS.map(({ metric, share, also }) => {
    const ok = guarded.has(metric) || (also !== undefined && guarded.has(also));
    return {
      share,
      credit: ok ? 1 : 0,
      text: ok ? `${METRIC_LABELS[metric]} is guarded` : `No threshold on ${METRIC_LABELS[metric]}`,
    };
  });
  return {
    id: 'model-guard',
    title: 'Model-specific guard',
    criteria,
    strongCounterpart: STRONG_MODEL_GUARD,
  };
}
