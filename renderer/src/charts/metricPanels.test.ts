import { describe, expect, it } from 'vitest';
import type { Plan, RunEvent, Scenario } from '../../../sim-engine/index';
import { metricPanels } from './metricPanels';

const threshold = (metric: Plan['thresholds'][number]['metric']) =>
  ({ metric, limit: 1, unit: 'pp', compare: 'control' }) as const;
const plan = {
  thresholds: [threshold('error_rate'), threshold('conversion'), threshold('latency_p99')],
} as unknown as Plan;
const latencyAndErrors: Pick<Scenario, 'regressions'> = {
  regressions: [
    {
      id: 'r',
      segments: [],
      onset: { type: 'immediate' },
      cause: '',
      effects: [
        { metric: 'latency', change: 'scale', amount: 2 },
        { metric: 'hallucination_rate', change: 'absolute', amount: 0.02 },
      ],
    },
  ],
};
const breachOnLatency: RunEvent[] = [
  {
    type: 'breach',
    minute: 50,
    stage: 1,
    thresholdIndex: 2,
    metric: 'latency_p99',
    estimate: 3,
    limit: 1,
  },
];
const recorded = new Set(['error_rate', 'conversion', 'latency_p99', 'latency_p95'] as const);

describe('metricPanels', () => {
  it('puts the metric that tripped the rollback first', () => {
    const panels = metricPanels(plan, latencyAndErrors, breachOnLatency, recorded, true);
    expect(panels[0]).toMatchObject({ metric: 'latency_p99', tripped: true, moved: true });
  });

  it('adds a moved metric the plan does not watch, and says when the run did not record it', () => {
    const panels = metricPanels(plan, latencyAndErrors, breachOnLatency, recorded, true);
    expect(panels.find((p) => p.metric === 'hallucination_rate')).toEqual({
      metric: 'hallucination_rate',
      thresholdIndex: null,
      moved: true,
      tripped: false,
      recorded: false,
    });
    // One watched latency tail is enough: p95 is not added beside it.
    expect(panels.some((p) => p.metric === 'latency_p95')).toBe(false);
  });

  it('draws the moved latency tail a plan with no thresholds missed', () => {
    const bare = { thresholds: [] } as unknown as Plan;
    const panels = metricPanels(bare, latencyAndErrors, [], recorded, true);
    expect(panels.map((p) => p.metric)).toEqual(['latency_p99', 'hallucination_rate']);
  });

  it('draws only the plan’s thresholds while the regression is still hidden', () => {
    const panels = metricPanels(plan, latencyAndErrors, [], recorded, false);
    expect(panels.map((p) => p.metric)).toEqual(['error_rate', 'conversion', 'latency_p99']);
  });
});
