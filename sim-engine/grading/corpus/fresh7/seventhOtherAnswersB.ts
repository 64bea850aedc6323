import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventh blind set, author B: middling (p028–p030), weak (p031–p032), salad (p033–p034),
 * negated (p035–p036), misconception-led (p037–p038) and off-topic (p039–p040) answers.
 */
export const SEVENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'p028',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text:
      'For the image resizer I would start with employees, then beta users, then everyone, and keep the big media customers for last. ' +
      'I would agree limits with the team before launch: memory per instance not above 80 %, errors not more than 0.5 % over the old service, p99 not more than 200 ms slower, and completed uploads not more than 2 % below the baseline group. ' +
      'Because it leaks slowly, I would also want the ability to switch traffic back to the old service quickly, through the load balancer, in a few minutes, and the on-call engineer should be allowed to do that at any hour.',
  },
  {
    id: 'p029',
    scenario: 'model',
    class: 'middling',
    points: points('P H S M'),
    text: [
      '- I am accountable for the go/no-go; the ML team operates the rollout',
      '- steps of 1, 5, 25 and 100 percent, each held at least two days because feedback on summaries is sparse',
      "- each step needs my approval and the data science lead's",
      '- watch hallucination rate from the eval harness, thumbs-down, p95 latency and tokens per summary',
      '- then see how it goes',
    ].join('\n'),
  },
  {
    id: 'p030',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text:
      'Well, the booking page, I think the main risk is lost bookings which only show up hours later. So I would fix the numbers in advance, for example bookings completed not lower than two percent versus the control group, errors under half a percent above it, and p99 page time no more than 300 ms slower. ' +
      'If one of those is crossed, the on-call engineer flips the flag back, which is immediate, a minute or so, no redeploy, and they can do it at night. ' +
      'And I would not tell leadership the new page is better because the canary passed, that needs its own A/B test.',
  },
  {
    id: 'p031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: 'I would roll it out gradually to a small group first and keep an eye on the dashboards. If something looks off we would talk to engineering and decide what to do. Communication with stakeholders is key here, so I would send regular updates.',
  },
  {
    id: 'p032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: 'Honestly for a model upgrade I would lean on the ML team, they know the model. Maybe try it with some users, look at whether people like it, and if it seems fine keep going. Models are hard to predict so you kind of learn as you go.',
  },
  {
    id: 'p033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Canary. Staff beta general. 1 5 25 50 100. p99 200ms. errors 0.5%. rollback under 5 minutes. sign-off gate hold. PM owns. A/B later. baseline cohort. thresholds pre-committed. on-call.',
  },
  {
    id: 'p034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'hallucination eval harness thumbs-down p95 token cost per query canary cohort ramp gate metric-based hold sign-off rollback config switch minutes on-call enterprise last randomized A/B safe better threshold 0.5 % 200 ms 2 % baseline PM owns decision hallucination harness tokens ramp gate',
  },
  {
    id: 'p035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'People always say write thresholds down before you start, but I would not do that; every launch is different and you only know what normal looks like once traffic arrives. ' +
      'Same with ordering cohorts, staff first and so on, I would not bother, a random one percent is fine. ' +
      'I also would not give on-call the right to roll back on their own; that decision should wait until I am online in the morning, and in any case we can just redeploy the old build.',
  },
  {
    id: 'p036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      'Some teams insist on an eval harness for hallucinations and tracking tokens per query for a prompt change. For a tone tweak that is overkill and we would skip it. ' +
      'We also do not need a sign-off at every step or fixed holds; nobody has time for ceremony. ' +
      'And I would not run a separate A/B test afterwards either; if nobody complains during the rollout, that tells us enough.',
  },
  {
    id: 'p037',
    scenario: 'service',
    class: 'misconception',
    points: points('C'),
    text:
      'The canary is basically our experiment. We give the new checkout to employees, then the insiders, then regular customers, and compare conversion in the canary against everyone else. ' +
      'If the canary cohort converts better, that proves the one-page checkout wins and we go to 100 % straight away. If it converts worse we keep iterating on it inside the canary until it beats control.',
  },
  {
    id: 'p038',
    scenario: 'model',
    class: 'misconception',
    points: [],
    text:
      'I would rather not fix the thresholds up front, because with a new model you do not know the right numbers yet. ' +
      'I would open it to 5 %, watch the dashboards for the first few hours, see where hallucination and latency settle, and then set the limits around what we observe. ' +
      'If the canary users give more thumbs-up than the old model gets, that shows the bigger model is better and we can ship it.',
  },
  {
    id: 'p039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'I think the most important thing for a PM in an interview is to show empathy for the user. I would start by talking to five or six customers about their pain points, build a journey map, and prioritise with RICE. ' +
      'Then I would write a one-pager and align the stakeholders before anything gets built.',
  },
  {
    id: 'p040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: 'Large language models are trained on huge amounts of text using transformers, which rely on attention to weigh words in context. A bigger model usually has more parameters and can be fine-tuned for support tasks with examples from past tickets, then aligned with human feedback so it sounds helpful.',
  },
];
