import type { LabelledAnswer } from '../corpusTypes';

/** Fresh held-out weak (f015–f019) and keyword-salad (f020–f022) answers. */
export const FRESH_POOR: readonly LabelledAnswer[] = [
  {
    id: 'f015',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Basically you ship the new version to a few people before the rest, and if nobody ' +
      "complains you give it to everybody. I'd leave the technical setup to engineering and ask " +
      'them for updates along the way.',
  },
  {
    id: 'f016',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'For the new model I would test it offline with evals first, and if the scores are good we ' +
      'put it live for some users and see if they like it. Then we release it for all. The model is ' +
      'three points better on the evals, so I am not so worried about this one.',
  },
  {
    id: 'f017',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "I mean, I'd probably just do a gradual rollout? Like some percent of traffic, then more, " +
      "then all of it. We'd monitor things and roll back if there are problems. Pretty standard " +
      'stuff, honestly.',
  },
  {
    id: 'f018',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Q: How would you release the new prompt?',
      "A: Carefully. We'd give it to a small group first.",
      'Q: Which group?',
      'A: Probably random, a few percent.',
      'Q: What would make you stop?',
      'A: If people complain a lot.',
      'Q: Who rolls it back?',
      'A: Engineering, I suppose.',
    ].join('\n'),
  },
  {
    id: 'f019',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: ['- small % first', '- monitor', '- then 100%', '- rollback if needed'].join('\n'),
  },
  {
    id: 'f020',
    scenario: 'service',
    class: 'salad',
    points: [],
    // The same salad repeated to about 18,000 characters: stuffing must not pay by length.
    text: Array.from(
      { length: 90 },
      () =>
        'Canary staff beta cohorts pre-committed thresholds p99 200 ms errors 0.5 % conversion 2 % ' +
        'holds 1 5 25 50 100 gates sign-off on-call routing rollback minutes A/B randomised safe better.',
    ).join(' '),
  },
  {
    id: 'f021',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Hallucination eval harness thumbs-down p95 token cost, canary cohort ramp gate hold ' +
      'sign-off rollback threshold, A/B safe better, internal beta enterprise last, 1 % 5 % 25 % ' +
      '50 % 100 %, 0.5 % 200 ms 2 %, gateway config switch under five minutes, PM owns.',
  },
  {
    id: 'f022',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      '- PM ownership',
      '- cohort ordering (important!)',
      '- pre-committed thresholds: errors, tail latency, business metric',
      '- ramp, holds, gates',
      '- sign-off',
      '- rollback authority, routing, minutes',
      '- canary vs A/B: safe vs better',
    ].join('\n'),
  },
];
