import type {
  DimensionScore,
  Evidence,
  Plan,
  RubricDimension,
  RunResult,
  Scenario,
  Verdict,
} from '../../../../sim-engine/index';

/** A deliberately simple rubric so the loop works until the engine's scoring lands. */

type Check = readonly [passed: boolean, evidence: string];

function dimension(
  id: RubricDimension,
  title: string,
  max: number,
  checks: readonly Check[],
  strongCounterpart: string,
  extra: readonly Evidence[] = [],
): DimensionScore {
  const passed = checks.filter(([ok]) => ok).length;
  const points = Math.round((max * passed) / Math.max(1, checks.length));
  const verdict: Verdict =
    passed === checks.length ? 'strong' : passed === 0 ? 'missing' : 'partial';
  const evidence = [...checks.map(([, text]) => ({ text })), ...extra];
  return { id, title, points, max, verdict, evidence, strongCounterpart };
}

const has = (plan: Plan, metric: string) => plan.thresholds.some((t) => t.metric === metric);

function segments(plan: Plan): DimensionScore {
  const order = plan.cohorts === 'random' ? [] : plan.cohorts;
  const position = (kind: string) => order.indexOf(kind);
  return dimension(
    'segments',
    'Who goes first',
    15,
    [
      [order[0] === 'internal', `First cohort: ${order[0] ?? 'a random slice'}`],
      [
        position('early-access') >= 0 && position('early-access') <= 1,
        'Early access right after internal users',
      ],
      [
        order.length > 0 && order[order.length - 1] === 'high-value',
        `Last cohort: ${order[order.length - 1] ?? 'a random slice'}`,
      ],
    ],
    'Internal staff, then opted-in early access, then low-risk users; new and high-value customers last.',
  );
}

function thresholds(plan: Plan, run: RunResult): DimensionScore {
  const breaches = run.events.flatMap((event) =>
    event.type === 'breach'
      ? [{ text: `${event.metric} crossed its limit`, minute: event.minute }]
      : [],
  );
  return dimension(
    'thresholds',
    'Rollback thresholds',
    15,
    [
      [has(plan, 'error_rate'), 'Guards the error rate'],
      [has(plan, 'latency_p99') || has(plan, 'latency_p95'), 'Guards tail latency'],
      [
        plan.thresholds.some((t) => t.metric === 'conversion' && t.compare === 'cohort'),
        'Guards conversion against the same segments',
      ],
      [
        plan.significance !== null,
        plan.significance
          ? `Sequential guard at ${plan.significance.confidence}`
          : 'Acts on point estimates',
      ],
    ],
    'Error rate +0.5 pp, p99 +200 ms vs control, conversion −2 % vs the baseline cohort, written down before traffic moves.',
    breaches,
  );
}

function ramp(plan: Plan, scenario: Scenario): DimensionScore {
  const gates = plan.stages.filter((stage) => stage.percent < 100);
  const risky = scenario.changeKind !== 'surface';
  return dimension(
    'ramp',
    'Ramp and holds',
    15,
    [
      [gates.length >= 3, `${gates.length} stages before full rollout`],
      [
        gates.some((stage) => stage.percent >= 20 && stage.percent <= 25),
        'A 20–25 % stage for business metrics',
      ],
      [
        !risky || gates.some((stage) => stage.hold?.type === 'metric'),
        'Metric-based holds where the risk calls for them',
      ],
      [gates.every((stage) => stage.signOff !== undefined), 'Explicit sign-off at every gate'],
    ],
    'A 1 → 5 → 25 → 50 → 100 % ramp, metric-based holds for risky changes, a named sign-off at each gate.',
  );
}

function rollback(plan: Plan): DimensionScore {
  return dimension(
    'rollback',
    'Rollback readiness',
    15,
    [
      [plan.rollback.mechanism === 'routing', `Mechanism: ${plan.rollback.mechanism}`],
      [plan.rollback.coverage === '24x7', `Coverage: ${plan.rollback.coverage}`],
      [
        plan.rollback.authorizers.includes('oncall-sre'),
        `Authorizers: ${plan.rollback.authorizers.join(', ')}`,
      ],
    ],
    'The on-call SRE may roll back at any hour by a routing change that completes in under five minutes.',
  );
}

function modelGuard(plan: Plan): DimensionScore {
  return dimension(
    'model-guard',
    'Model-specific guard',
    10,
    [
      [has(plan, 'hallucination_rate'), 'Hallucination rate from the eval harness'],
      [has(plan, 'thumbs_down_rate'), 'User feedback signals'],
      [has(plan, 'latency_p95'), 'p95 latency'],
      [has(plan, 'token_cost'), 'Token cost per query'],
    ],
    'Hallucination rate, thumbs-down rate, p95 latency and token cost, not the error rate alone.',
  );
}

function canaryVsAb(plan: Plan): DimensionScore {
  return dimension(
    'canary-vs-ab',
    'Canary vs A/B test',
    10,
    [
      [
        plan.followUp.abTest,
        plan.followUp.abTest ? 'A randomized A/B test follows' : 'No A/B test follows',
      ],
    ],
    'The canary says the release is safe; a randomized A/B test then says whether it is better.',
  );
}

function outcome(run: RunResult): DimensionScore {
  const o = run.outcome;
  const checks: Check[] = o.regressionPresent
    ? [
        [
          o.caught === true,
          o.caught ? `Caught at ${o.percentAtDetection ?? '?'} %` : 'Missed the regression',
        ],
        [
          o.caught === true && (o.percentAtDetection ?? 100) <= 25,
          'Caught before a quarter of traffic',
        ],
      ]
    : [
        [!o.falseRollback, o.falseRollback ? 'Rolled back a healthy release' : 'No false rollback'],
        [
          o.reachedFullRollout,
          o.reachedFullRollout ? 'Reached full rollout' : 'Never reached full rollout',
        ],
      ];
  const marks: Evidence[] = [];
  if (o.onsetMinute !== null) marks.push({ text: 'The regression began', minute: o.onsetMinute });
  if (o.detectionMinute !== null)
    marks.push({ text: 'The breach was detected', minute: o.detectionMinute });
  return dimension(
    'outcome',
    'Outcome',
    20,
    checks,
    'Catch the regression at a small stage, or ship a healthy release without a false alarm.',
    marks,
  );
}

/** Every dimension this scenario scores, with pack weights applied to the maximum. */
export function provisionalDimensions(
  scenario: Scenario,
  plan: Plan,
  run: RunResult,
): DimensionScore[] {
  const model = scenario.changeKind === 'model' || scenario.changeKind === 'prompt';
  const all = [
    segments(plan),
    thresholds(plan, run),
    ramp(plan, scenario),
    rollback(plan),
    ...(model ? [modelGuard(plan)] : []),
    canaryVsAb(plan),
    outcome(run),
  ];
  return all.map((d) => {
    const weight = scenario.rubricWeights[d.id] ?? 1;
    return { ...d, points: d.points * weight, max: d.max * weight };
  });
}
