import type { LabelledAnswer } from './corpusTypes';

/** Weak (c037–c046), keyword salad (c047–c055) and negated (c056–c064) answers. */
export const POOR_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'c037',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'A canary release is when you release a feature to a small percentage of users first, then ' +
      'roll it out to everyone.',
  },
  {
    id: 'c038',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'I would release the new model slowly and monitor it closely. If users complain we can ' +
      'always go back. The engineering team knows how to do this, so I would trust them to pick ' +
      'the right approach and keep me posted.',
  },
  {
    id: 'c039',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Canary releases are named after the birds miners took underground. The idea is that a ' +
      'small group notices problems first. It is a good practice that many big companies use, ' +
      'and it reduces risk compared to a big-bang launch.',
  },
  {
    id: 'c040',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'We would test it well in staging first, then put it in production for some users and see ' +
      'how it goes. If the metrics look good we would release to everybody. It is important to ' +
      'communicate with stakeholders throughout.',
  },
  {
    id: 'c041',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'I think the key is to be careful and move step by step. We should monitor the dashboards, ' +
      'talk to the team often and make sure everyone is aligned before going further.',
  },
  {
    id: 'c042',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Basically you deploy the new version next to the old one and send a bit of traffic to it. ' +
      'Then you increase it over time. This is what Kubernetes and service meshes make easy.',
  },
  {
    id: 'c043',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: 'Roll it out gradually, watch the graphs, roll back if bad.',
  },
  {
    id: 'c044',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'A canary is a safe way to launch. You start small, you learn, and you grow the rollout. ' +
      'Good monitoring and good communication are what make it work, and a clear owner.',
  },
  {
    id: 'c045',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'We would do a gradual rollout over a few days with monitoring in place and the team on ' +
      'standby. If there is any problem we fix it quickly and continue the rollout.',
  },
  {
    id: 'c046',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'I am not sure about the details, but I would ask the data science team to check the model ' +
      'and then launch it to a few users and then more users when they are happy with it.',
  },
  {
    id: 'c047',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Canary rollout cohort thresholds p99 latency error rate sign-off gate hold ramp rollback ' +
      'routing A/B test randomised hallucination eval harness thumbs-down token cost PM owns.',
  },
  {
    id: 'c048',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: Array.from(
      { length: 40 },
      () =>
        'Canary cohort ramp hold gate threshold rollback sign-off p99 0.5 % 200 ms 1 % 5 % 25 % ' +
        'A/B randomised safe better on-call routing.',
    ).join(' '),
  },
  {
    id: 'c049',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      '- canary',
      '- cohorts',
      '- thresholds',
      '- holds',
      '- sign-off',
      '- rollback',
      '- A/B test',
      '- p99, error rate, conversion',
    ].join('\n'),
  },
  {
    id: 'c050',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'We use canary rollback thresholds p99 latency A/B test segments sign-off hallucination ' +
      'eval harness feature flag and error rate for everything in the release process overall, ' +
      'with cohorts, holds, gates, ramps, owners, routing, thumbs-down, tokens and baselines.',
  },
  {
    id: 'c051',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Staged rollout, progressive delivery, blast radius, guardrail metrics, SLOs, error ' +
      'budgets, kill switch, feature flags, dark launches, shadow traffic, blue-green, canary ' +
      'analysis, statistical significance, randomisation, control group, p95, p99, 5xx, ' +
      'sign-off, on-call, pager, runbook, rollback.',
  },
  {
    id: 'c052',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: Array.from(
      { length: 25 },
      () =>
        'The canary ramp hold gate cost. Thresholds latency errors conversion baseline. ' +
        'Hallucination eval thumbs-down tokens p95. Rollback routing on-call minutes.',
    ).join(' '),
  },
  {
    id: 'c053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Canary: yes. Cohorts: staff, beta, enterprise. Thresholds: errors, latency, conversion. ' +
      'Holds: yes. Sign-off: yes. Rollback: yes. A/B: later.',
  },
  {
    id: 'c054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'PM ownership decisions cohort order staff beta enterprise thresholds errors 0.5% p99 ' +
      '200ms conversion 2% baseline precommitted ramp 1 5 25 50 100 hold 6 hours sign-off each ' +
      'gate eng lead rollback on-call 24/7 routing 5 minutes canary safe A/B better randomised ' +
      'hallucination eval harness thumbs-down p95 token cost',
  },
  {
    id: 'c055',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: Array.from(
      { length: 60 },
      () =>
        'Thresholds, holds, gates, cohorts, rollback, sign-off, canary, A/B, p99, errors, ' +
        'conversion, routing.',
    ).join('\n'),
  },
  {
    id: 'c056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'We would not pre-commit thresholds, since nobody knows the right numbers before seeing ' +
      'real traffic. I would not bother with a fixed ramp or holds either. We do not need a ' +
      'sign-off at each gate; it slows everything down. I would not separate staff from other ' +
      'users. And we never run an A/B test after a canary, it is a waste of time.',
  },
  {
    id: 'c057',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      'I would not set rollback limits up front and I would not watch the hallucination rate or ' +
      'thumbs-down; the error rate tells us what we need. There is no need to hold at each stage ' +
      'for hours. Nobody signs off, we just go.',
  },
  {
    id: 'c058',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'We don’t do cohorts, we don’t do holds and we don’t write thresholds down in advance. ' +
      'No sign-offs either. Rollback is not something we plan for, because we fix forward.',
  },
  {
    id: 'c059',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      'Honestly I wouldn’t bother with employees first or beta users, and I wouldn’t define ' +
      'rollback thresholds like 0.5 % errors or 200 ms of p99 latency before launch. I would not ' +
      'hold at 1 %, 5 %, 25 % for six hours each. A/B tests are not needed. We skip sign-off.',
  },
  {
    id: 'c060',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'I would not own these decisions as PM; it is an engineering call. We wouldn’t set up a ' +
      'ramp or hold times. Nobody needs to approve each stage. The on-call engineer cannot roll ' +
      'back on their own at night.',
  },
  {
    id: 'c061',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      'No thresholds, no holds, no sign-off, no cohorts. We don’t measure hallucinations or ' +
      'token cost, and we don’t compare against a control group. If it breaks we redeploy the ' +
      'old build.',
  },
  {
    id: 'c062',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'Some people say you should commit to limits like 0.5 % errors and 200 ms p99 before ' +
      'launch, but I would not do that. Others stage the ramp at 1 %, 5 % and 25 % with holds; I ' +
      'would not. Others want a sign-off at every gate; we would never do that either.',
  },
  {
    id: 'c063',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      'I wouldn’t start with staff and I wouldn’t keep enterprise customers for last. We would ' +
      'not hold at each step, we would not set thresholds in advance, and we would not run an ' +
      'A/B test later. I don’t think model quality metrics are needed.',
  },
  {
    id: 'c064',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'Without thresholds, without holds, without any sign-off, and without a plan for who goes ' +
      'first: that is how we would do it, because speed matters more than caution here.',
  },
];
