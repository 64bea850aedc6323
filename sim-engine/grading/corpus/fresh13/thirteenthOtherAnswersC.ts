import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirteenth blind set, author C, the other classes (e048–e060):
 * middling, weak, salad, negated, misconception-led, off-topic.
 */
export const THIRTEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'e048',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      "The team wants it everywhere by Thursday and I'd push back on that a bit. As the PM, who gets the new resizer and how fast is my call; the engineers handle the deploy itself.",
      '',
      "I'd start with our employees' test listings, then the beta sellers, then hobby sellers, and only after that professional sellers and the brand stores, since their listing pages are the ones that make us money.",
      '',
      "What worries me is that the service only restarts on deploys. Anything that builds up over time, memory for instance, won't show in the first hour. So I'd keep each stage running for at least two days: 1 %, 10 %, 30 %, then everyone, so we see the process live a long time without a restart.",
      '',
      "I'd keep an eye on memory, errors and how quickly images load. If something looks wrong we'd deploy the previous version again. The benchmark saying it's 20 % faster is nice, but I want to see it hold up in production.",
    ].join('\n'),
  },
  {
    id: 'e049',
    scenario: 'model',
    class: 'middling',
    points: points('C T H M'),
    text: [
      '- Order: internal staff, preview programme, then the two regions (Germany/Austria and Singapore/KL as separate slices), Plus subscribers last.',
      '- Stop conditions, agreed before launch:',
      '  - errors +0.5 % vs control in either region',
      '  - p95 latency of the home screen +150 ms',
      '  - add-to-basket rate from recommendations -2 % vs control, per region',
      '  - "not interested" taps / thumbs-down on baskets +15 % relative',
      '  - relevance score from the offline eval harness on a sample of served baskets: no drop of more than 1 point',
      '  - feature-store lookups per request (our cost) no more than 20 % above the old model',
      '- Stages: 2 %, 10 %, 25 %, 50 %, 100 %.',
      '- Each stage runs at least 24 hours so every region has lived through its own lunch rush; the Singapore one happens while Berlin is asleep.',
    ].join('\n'),
  },
  {
    id: 'e050',
    scenario: 'service',
    class: 'middling',
    points: points('T H S A'),
    text: [
      'Short version. The new index is smaller and the median is faster, but the benchmark skipped many-filter queries, so the tail is where I look.',
      '',
      "I'd start with a random 1 % of all queries. Limits, set before we begin: p99 query time no more than 300 ms worse than the old index, errors no more than 0.2 points up, and searches ending in a paper opened no more than 2 % down. The median doesn't matter here.",
      '',
      "Ramp 1, 5, 25, 50, 100. Half a day on each step, a full day at 25 %, and every step needs the search lead and me to sign it off. If something breaks, we'll work it out with the infra team at the time.",
      '',
      "And this only tells us the index is safe to run. If we want to claim it's better for researchers, that's an A/B test, not this.",
    ].join('\n'),
  },
  {
    id: 'e051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I would roll the new model out gradually instead of switching everyone over at once, because a bigger model can behave differently in ways the offline evals don't show. We'd watch the dashboards and what users say in feedback, and if it looks worse than the old model we'd switch back. Since Finance asked about cost, I'd also make sure someone tracks that and reports it. The ML team has done this before, so I'd let them choose the percentages and how long to wait between them. I think the main thing is good communication with support so they know it's happening.",
    ].join('\n'),
  },
  {
    id: 'e052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "A canary is when you show a change to a small group first to make sure nothing is broken, a bit like the birds in the coal mines. It's a pretty standard practice now at most tech companies. For the pricing page, honestly, it's a copy and layout change and the checkout doesn't change, so I'd put it out to a small group for a day, check nothing looks weird, and then release it to everyone before Marketing's Friday campaign. If anyone complains we can change it back, and Marketing can see from their campaign numbers whether the page is doing its job.",
    ].join('\n'),
  },
  {
    id: 'e053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Booking page. Date picker. Canary.',
      '1% 5% 25% 100%.',
      'Internal, hosts, guests, first-time.',
      'Conversion. p99. Error rate.',
      '0.5% 200ms 2%.',
      'Hold. Gate. Sign-off. PM.',
      'Rollback: config, minutes.',
      'Baseline cohort. A/B after.',
      'Client-side store, tab, return visit, 300 minutes.',
      'Lagging conversion. Metric hold 720.',
      'First-time guests last? Hosts early-access.',
      'Design reviews glowing. 100% this afternoon. No.',
      'Risk, exposure, bookings x 600.',
    ].join('\n'),
  },
  {
    id: 'e054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Holistic canary governance framework: PM-owned guardrail strategy, eval-harness-driven hallucination observability, thumbs-down feedback loop, p95 latency SLO, token cost per query envelope, cohort sequencing internal early-access general high-value, metric-based gate 5 25 50 100 hold sign-off, rollback config sub-five-minute, baseline cohort comparison, sequential significance guard, A/B randomisation downstream, vet clinic summariser, cheaper faster model, evalSampleRate 0.005, two hundred fifty rpm, four percent baseline hallucination, guardrails guardrails guardrails, dosage drop risk, hospital groups 800 value, flat line no data not no problem, end-to-end safe velocity, ship with confidence, learn fast.',
    ].join('\n'),
  },
  {
    id: 'e055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "People expect a big ceremony for this, and I wouldn't do most of it. I wouldn't sequence customers: a random slice is as good as staff first, and staff are a biased sample anyway. I wouldn't fix limits before we start either; nobody knows what normal looks like on a new cluster, so writing down 200 ms or 0.5 % in advance is guessing. I don't see the point of sitting at each level for hours: the load tests passed at peak, so we'd move 5 % to 100 % in an afternoon. No approval at each step; that's bureaucracy and it slows the migration down. And I wouldn't build a special instant-revert path. If it goes wrong we redeploy the old config, it takes what it takes. The old cluster goes at the end of the month regardless.",
    ].join('\n'),
  },
  {
    id: 'e056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "The textbook answer here is: employees first, then early-access writers, German users as their own slice, a thumbs-down limit and an eval-harness check for tone and made-up facts written down beforehand, a day at each of 1, 5, 25 and 50 percent, a PM sign-off at each gate, and a one-click revert to the old prompt. That's the answer you find in every interview guide. It's also overkill for a prompt. A prompt is a paragraph of text, not a model, so none of that machinery earns its keep. We reviewed it, it reads well, so we ship it to everyone on Monday. If German users don't like the tone we'll hear about it in support tickets and write a better prompt the week after.",
    ].join('\n'),
  },
  {
    id: 'e057',
    scenario: 'service',
    class: 'misconception',
    points: points('C'),
    text: [
      "For the product page I'd run the canary as our test of whether reviews above the fold actually sell more. Staff first, because they browse the most, then the members' club, then casual visitors, regular customers after that, first-time buyers and the guides and clubs at the end.",
      '',
      "What I'd be measuring is conversion in the canary group against last week's conversion for the same segments. If the canary converts better than last week, that's the evidence the new layout works and we go to 100 %; if it converts worse, we roll back. Because we get the answer directly from the canary group, we can skip a separate A/B test, which saves us a few weeks and keeps leadership happy since they want it out this week.",
    ].join('\n'),
  },
  {
    id: 'e058',
    scenario: 'model',
    class: 'misconception',
    points: points('M'),
    text: [
      "Honestly, with a recommendation model I don't think you can know in advance what \"bad\" looks like, so I wouldn't pretend to. I'd put the eval harness's relevance score on sampled baskets, the thumbs-down and \"not interested\" rate, p95 latency and the cost per request on one dashboard, start at 10 %, and watch it closely together with the data scientists. When we see how the curves actually behave in production, we decide what counts as a problem and where the line is. If the numbers look fine after the Berlin afternoon, we go to 50 % the next morning and 100 % the day after. I trust the team's judgement in the moment more than a number someone guessed in a planning doc.",
    ].join('\n'),
  },
  {
    id: 'e059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Before talking about rollout I'd question whether larger photos and a size guide are the right bet at all. I'd go back to the discovery work: what do returns data and support tickets say about sizing? I'd run five or six customer interviews, look at heatmaps of the current product page, and check how competitors present their size guides. Then I'd write a one-pager with the problem, the hypothesis and the success metric, probably return rate for apparel, and align it with the OKRs for the quarter. Once design has tested a prototype with real shoppers, we'd prioritise it against the rest of the roadmap with RICE scoring, and engineering would estimate it.",
    ].join('\n'),
  },
  {
    id: 'e060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "The first thing I'd look at is whether we need the larger model at all. Three points on offline evals for short questions is a small gain, and Finance is right to ask about cost per conversation. I'd compare two or three vendors on our own set of payslip and leave questions, negotiate volume pricing, and see whether a smaller model with better retrieval over our help centre would get the same quality for a fraction of the price. I'd also have the team look at prompt caching and shortening the system prompt, because most of the tokens are the same boilerplate every time. Then I'd present the options to Finance with a cost-per-conversation table and let them choose.",
    ].join('\n'),
  },
];
