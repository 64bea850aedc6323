import type { Plan, Scenario, Threshold } from '../../../../sim-engine/index';

/** The seed's strong answer as a plan, with model guards on model and prompt changes. */
export function strongPlanFor(scenario: Scenario): Plan {
  const model = scenario.changeKind === 'model' || scenario.changeKind === 'prompt';
  const base: Threshold[] = [
    { metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' },
    { metric: 'latency_p99', limit: 200, unit: 'ms', compare: 'control' },
    { metric: 'conversion', limit: 2, unit: 'pct', compare: 'cohort' },
  ];
  const modelGuards: Threshold[] = [
    { metric: 'hallucination_rate', limit: 1, unit: 'pp', compare: 'control' },
    { metric: 'thumbs_down_rate', limit: 2, unit: 'pp', compare: 'control' },
    { metric: 'latency_p95', limit: 300, unit: 'ms', compare: 'control' },
    { metric: 'token_cost', limit: 15, unit: 'pct', compare: 'control' },
  ];
  const thresholds = [...base, ...(model ? modelGuards : [])].filter((threshold) =>
    scenario.observableMetrics.includes(threshold.metric),
  );
  return {
    format: 'canary-plan/1',
    cohorts: [
      'internal',
      'early-access',
      'low-risk',
      'power-user',
      'general',
      'new-customer',
      'high-value',
    ].filter((kind) => scenario.segments.some((segment) => segment.kind === kind)),
    stages: [
      { percent: 1, hold: { type: 'time', minutes: 60 }, signOff: 'eng-lead' },
      { percent: 5, hold: { type: 'metric', stableMinutes: 360, maxMinutes: 1440 }, signOff: 'pm' },
      {
        percent: 25,
        hold: { type: 'metric', stableMinutes: 720, maxMinutes: 2880 },
        signOff: 'pm',
      },
      { percent: 50, hold: { type: 'time', minutes: 720 }, signOff: 'pm' },
      { percent: 100 },
    ],
    thresholds,
    significance: { confidence: 0.95 },
    rollback: { authorizers: ['oncall-sre', 'pm'], coverage: '24x7', mechanism: 'routing' },
    followUp: { abTest: true },
  };
}

/** The seed's weak answer: a random slice, pushed to everyone, nothing pre-committed. */
export function weakPlan(): Plan {
  return {
    format: 'canary-plan/1',
    cohorts: 'random',
    stages: [{ percent: 10, hold: { type: 'time', minutes: 60 } }, { percent: 100 }],
    thresholds: [{ metric: 'error_rate', limit: 5, unit: 'pp', compare: 'control' }],
    significance: null,
    rollback: { authorizers: ['eng-lead'], coverage: 'business-hours', mechanism: 'redeploy' },
    followUp: { abTest: false },
  };
}
