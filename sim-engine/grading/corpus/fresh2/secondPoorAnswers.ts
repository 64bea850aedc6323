import type { LabelledAnswer } from '../corpusTypes';

/** One stretch of salad; g022 repeats it to test stuffing at length (about 12,400 characters). */
const REPEATED_SALAD =
  'canary release ramp hold gate sign-off rollback threshold p99 latency error rate ' +
  'conversion baseline control cohort employees early access high value last routing config' +
  ' five minutes A/B randomised PM owns ';

/** Keyword salad (g020–g022) and negated (g023–g025) answers. Held out: see README.md. */
export const SECOND_POOR_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'g020',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Canary cohorts thresholds rollback holds sign-off ramp p99 error budget A/B baseline ' +
      'control segments gates PM owns dogfooding early access metric-based time-based five ' +
      'minutes routing config.',
  },
  {
    id: 'g021',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Hallucination rate eval harness thumbs-down p95 token cost guardrails gateway model ' +
      'alias canary ramp 1 5 25 50 100 sign-off rollback under five minutes cohort internal ' +
      'preview enterprise last pre-committed A/B randomised safe not better.',
  },
  {
    id: 'g022',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: REPEATED_SALAD.repeat(60),
  },
  {
    id: 'g023',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "I wouldn't bother writing thresholds down in advance; you can't know the right number " +
      "until you see the data. We also won't pick a special order of segments, a random 1 % is " +
      'as good as any. No hold times either: if it looks fine after an hour we go to 100 %. ' +
      "Sign-offs just slow the team down, so I'd skip them. If it breaks, we fix forward rather" +
      ' than roll back.',
  },
  {
    id: 'g024',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      "I don't think hallucination rate or thumbs-down belong in the gate, they're too noisy, " +
      "and token cost is finance's problem, not the release's, so I'd gate on 5xx only. We're " +
      "not going to pre-commit numbers; the team will judge when it feels right. I'd skip " +
      'staged cohorts and just route 10 % at random, and I see no need for a separate A/B test ' +
      'afterwards.',
  },
  {
    id: 'g025',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'Honestly, I would not give the on-call engineer the power to roll back at night; a ' +
      "rollback should wait until someone senior is in the office. We don't need to pin down " +
      "who decides what, the team figures it out as it goes. Holding at each step isn't " +
      "necessary for a pricing service, and I wouldn't ask anyone to sign off on the steps.",
  },
];
