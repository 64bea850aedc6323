import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventh blind set, author A: middling (p008–p010), weak (p011–p012), salad (p013–p014),
 * negated (p015–p016), misconception-led (p017–p018) and off-topic (p019–p020) answers.
 */
export const SEVENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'p008',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text:
      'For the image resizer I would go staff first, then beta sellers, then hobby sellers, then regular sellers, and the big brands last because their listings are the most visible. ' +
      'I would set limits up front: if resize errors go over 0.5 % or p99 image load time gets 200 ms slower than the old service, we stop. Memory is the thing I would watch most, since it is restarted nightly and might be hiding a leak. ' +
      'If something goes wrong the on-call engineer switches traffic back to the old resizer, which is just a load balancer change and takes a few minutes, at any hour. ' +
      'Then we keep going until everybody has it by Thursday.',
  },
  {
    id: 'p009',
    scenario: 'model',
    class: 'middling',
    points: points('P H S M'),
    text: [
      'Right, so, for the support assistant upgrade. I think as the PM I am the one who owns the go or no-go, the engineers handle the actual switching.',
      'I would do it in stages, like 5 percent, then 20, then 50, then all of it, and stay at each stage for at least two days so we see a full week pattern eventually.',
      'And at each of those stages I would get the ML lead and myself to sign off before moving, in writing.',
      'What I would look at, because it is a model: how often it makes things up, from the eval harness, the thumbs-down rate, latency at p95, and how many tokens each answer costs now that the context window is bigger.',
      'I think that covers it? I would probably decide the exact cut-offs with the team once we see the first data.',
    ].join('\n'),
  },
  {
    id: 'p010',
    scenario: 'service',
    class: 'middling',
    points: points('C H R A'),
    text:
      'Checkout redesign. Order: staff, insiders, casual browsers, regulars, then first-time buyers and wholesale at the end since they are the ones with the most to lose. ' +
      'Ramp 1 / 5 / 25 / 50 / 100, a day at each, two days at 25 % so conversion has time to read. ' +
      'Revert is a feature flag the on-call can flip any time, done in under a minute. ' +
      'I would remind Growth that a clean canary only says the page did not break; whether one page converts better than three steps is a question for a real randomised test afterwards.',
  },
  {
    id: 'p011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: 'I would be careful with the new prompt because of the German users. Probably test it with some German speakers before, and then release it little by little. We look at the feedback and if people do not like it we change it back. Communication with the team is very important here. Also I think the warmer tone is a good idea in general, users like when the assistant sounds human, so I am optimistic, but it is always better to be safe and go slowly with anything that touches how customers write their emails.',
  },
  {
    id: 'p012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Honestly the key for a fare-calculation change is monitoring. I would make sure we have good dashboards for the new pricing service, alerts going to Slack, and that the team is around when it starts on Tuesday.',
      'A canary basically means a small group gets it first, so I would pick a small group, maybe a city, and let it run a while. If the numbers look fine we go bigger; if they look weird we talk about it.',
      'I would also check with billing about the nightly batch, because those two things running together sounds risky.',
    ].join('\n\n'),
  },
  {
    id: 'p013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'canary 1% 5% 25% 100% p99 error rate threshold rollback on-call staff beta enterprise last sign-off gate hold 24h baseline control A/B test randomized safe not better PM owns proxy cluster warm cache 0.5% 200ms conversion -2% metric gate config flip under 5 min managed cluster old cluster proxy pool exhaustion load test peak task reads p99 p99 p99 enterprise SLA staff first',
  },
  {
    id: 'p014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      '- Model: hallucination. Eval harness. Thumbs-down.',
      '- p95, p99, tokens, cost per query!!',
      '- Cohorts → staff / pilot / clinics / groups.',
      '- Thresholds: 2 %, 1 s, +0 cost.',
      '- Holds — gates — sign-off — owner PM.',
      '- Rollback: minutes. Routing. 24/7.',
      '- Canary ≠ A/B.',
    ].join('\n'),
  },
  {
    id: 'p015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'People will tell you to write down thresholds before you start, to go staff first and enterprise last, to hold at every step and have somebody sign off each gate. I do not buy any of that for a database move. ' +
      'Fixed numbers are guesses; I would not commit to any in advance. Ordering customers is busywork, so I would not bother with cohorts, just a random slice. ' +
      'Holds and sign-offs slow a team down, so there would be none: if the graphs look fine in the first hour we go to a hundred percent. ' +
      'A fast rollback switch is nice in theory, but I would not spend time building one; if it breaks we fix forward. And I would not separate the canary from an A/B test either, that is academic.',
  },
  {
    id: 'p016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Um, so, the recommendation model. I know the textbook answer is, you know, pre-agreed limits, a careful order of regions, a sign-off at each stage and an on-call who can roll back at night. But in practice we never did that and it was fine.',
      "I wouldn't pick an order of regions, everyone gets it at the same percentage. I wouldn't set numbers before; I'd rather the data scientists look at it and tell me. No hallucination or cost tracking, that's overkill for recommendations.",
      "Rolling back at 3 a.m.? Nobody would be allowed to do that without me, I'd want to be woken up first, and it'd be a redeploy anyway.",
    ].join('\n'),
  },
  {
    id: 'p017',
    scenario: 'service',
    class: 'misconception',
    points: points('C'),
    text:
      'The point of the canary for the one-page checkout is to prove it beats the old three-step flow. Growth is right that it should be live before the sale, so I would use the canary as our experiment: staff first, then insiders, then browsers and regulars, with first-time buyers and wholesale last. ' +
      'We compare conversion in the canary group to everyone else, and once the canary shows a lift of a few percent we have our answer and can roll out to everyone and announce the win. ' +
      'I would not fix numbers in advance; we will see on the dashboard what normal looks like and decide where the line is as we go. ' +
      'If conversion dips, we would redeploy the old checkout.',
  },
  {
    id: 'p018',
    scenario: 'model',
    class: 'misconception',
    points: points('P M'),
    text: [
      'My role: I own the decision to ship the bigger model; the ML team does the work.',
      '',
      'The offline evals already show +3 points, so the canary is really the confirmation in production. We give 10 % of users the new model and measure whether their satisfaction and resolution rate go up compared to the other 90 %. That is effectively our A/B test, and if the canary group is happier we have proven the upgrade is better and can go to 100 %.',
      '',
      'During the canary I would watch hallucinations from the eval harness, thumbs-down feedback, p95 latency and token cost per query. Rather than fixing limits beforehand I would look at the first couple of days and then set thresholds based on what we see.',
    ].join('\n'),
  },
  {
    id: 'p019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'For the pricing page I would start with the customer. Who lands there from the Friday campaign? Probably hobbyists comparing us to competitors. So the comparison table should lead with the plan they are most likely to pick, and I would cut the number of rows to the five features people actually ask about in support tickets. ' +
      'I would also run the copy past marketing so the campaign message and the page headline match, and add an FAQ below the table about cancelling, because that is the first worry with a subscription. Success for me is more trials started from the page.',
  },
  {
    id: 'p020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'I think the bigger question is whether we should be using a larger model at all. The cost per query goes up, and for an HR product the real value is trust.',
      'My approach would be to talk to five or six customers first, understand which payslip and leave questions the assistant gets wrong today, and build a small roadmap: better help-centre articles, clearer escalation to a human, maybe a retrieval layer over the policy documents.',
      'Then I would set a quarterly goal around deflected tickets and write a one-pager for leadership on the trade-offs between model size, latency and budget.',
    ].join('\n\n'),
  },
];
