import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-ninth fresh set, author a: the other answers (bc008–bc020), written blind and labelled by
 * hand before anything was graded. Middling bc008–bc010, weak bc011–bc012, salad bc013–bc014,
 * negated bc015–bc016, misconception-led bc017–bc018, off-topic bc019–bc020.
 */
export const FORTY_NINTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: figures hedged with "about" or "roughly" where honest
  {
    id: 'bc008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "I'd be careful here, because the lab only tested returning customers, and first-time buyers are where the spring money comes from. Roughly speaking, first orders might be about a third of spring revenue.",
      '',
      "So returning customers go first, since they're who the design was tested on and they're the most forgiving. Staff accounts start it, then returning customers who have bought at least twice, and first-time buyers come only at the end, once we've seen it behave.",
      '',
      'Before we start we write down the stop limits: checkout errors more than 0.5 % above the old checkout, p99 page time up more than 200 ms, and first-order conversion down more than 2 % against the control group. With about 300,000 active customers, first orders in a quiet week are perhaps a few hundred a day, so that last number will be noisy early on.',
      '',
      "I'd go 5 %, 25 %, 50 % and 100 %, holding each for about two days and moving on only when nothing has crossed a limit. The 25 % stage is roughly where the first-order number starts to mean something.",
      '',
      "If it goes badly we'd take it back and have another look before the campaign.",
    ].join('\n'),
  },
  // support-model-upgrade: an email signed with name and title
  {
    id: 'bc009',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Hi team,',
      '',
      "A quick note on the assistant's model switch before Thursday's review.",
      '',
      "Where I sit: I own the release calls, meaning how much traffic the new model gets, when that grows and the limits that stop it. The ML platform team owns the model endpoint, the routing and the deploy, and I won't be asking them to change how that works.",
      '',
      "These are the limits I'd like us to agree today, before anything moves. Error rate no more than 0.5 % above the current model. p95 latency no more than one second above it, since a bigger model with a longer context will be slower. Hallucination rate on the eval harness's payroll question set under 2 %. Thumbs-down rate no more than one point above control. Cost per conversation no more than 40 % above today's figure, which is also the number Finance asked for. Any breach stops the rollout.",
      '',
      "We'll start with a small share of conversations and grow it as the numbers allow. I'll share the dashboard link once it's built.",
      '',
      'Best,',
      'Lindiwe Mokoena',
      'Product Manager, HR Assistant',
    ].join('\n'),
  },
  // image-resizer-memory-leak: the cohort order told by cities and regions
  {
    id: 'bc010',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      'Our sellers are spread across the country, so I would roll the new resizer out by region rather than by a random slice. Our own photo team in Leeds goes first, since they upload all day and know what a broken thumbnail looks like. Then sellers in the North East, a smaller region with fewer listings. Then the Midlands and Scotland. London and the South East, where most of our big sellers and most listing views are, go last.',
      '',
      'Each region is a stage, and each stage runs for at least 48 hours without a deploy before the next one starts. That matters here: the service only restarts on deploys and the benchmark ran for minutes, so a slow leak would only show after a day or two. No region is added until the previous one has had two full days of uptime with memory and page times flat.',
      '',
      "If something goes wrong, the on-call engineer moves that region's image traffic back to the old resizer straight away with the routing switch, without checking with anyone first; it takes a couple of minutes.",
      '',
      "I know the team wants it everywhere by Thursday. I'd rather be a week late than have listing pages crawling on a Saturday.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a Botswana English register, written
  {
    id: 'bc011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Dumela. For this one I would say we must be careful, because the German users are many. We are going to release the new prompt slowly, slowly, to some users first, and then we watch the metrics and the feedback. If people are not happy we can change it back.',
      '',
      'The engineers know the system very well, so I would leave the details to them and ask them to keep me updated. I think also it is good to ask a German speaker to look at the prompt. At the end, if all is going well, everybody gets the warmer prompt. Ke a leboga.',
    ].join('\n'),
  },
  // pricing-page-healthy: every paragraph exactly two sentences
  {
    id: 'bc012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'This change looks low risk, since only the pricing page changes and the checkout stays the same. I would still release it carefully, because marketing is sending traffic there on Friday.',
      '',
      'We would put it out to some of the visitors first and keep an eye on how things look. If it seems fine, we would open it up to more people over a few days.',
      '',
      'If anything seemed off, we would go back to the old page. Otherwise it should be ready in time for the campaign.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a PM at an airline's booking app
  {
    id: 'bc013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Airline booking app background, so: canary thinking.',
      'Summariser, cheaper model. Vets. Clinics.',
      'Cohorts. Internal, beta, general, specialist. Random 5 %?',
      'Thresholds. 0.5 % errors, 200 ms p99, 2 % conversion, baseline.',
      'Ramp 1, 5, 25, 50, 100. Holds. Gates. Sign-off. PM, eng lead.',
      'Rollback, on-call, five minutes, config flag, 24/7.',
      'Eval harness, one in two hundred. Hallucination. Thumbs-down. p95. Tokens, cost per summary.',
      'Safety versus better. A/B, randomised.',
      'Seat-map release at my airline, similar. Fare families. Check-in.',
    ].join('\n'),
  },
  // search-tail-latency: figures hedged with "about" or "roughly" where honest
  {
    id: 'bc014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Search index canary: roughly 1 %, about 5 %, maybe 25 %, roughly 50 %, 100 %. Free tier, institutional licences, internal librarians, beta. Tail latency, p99, about 200 ms, p50 faster. Errors, about 0.5 %. Zero-result rate, roughly 2 %. Rare queries, filters, benchmark gap. Thresholds, pre-committed, holds, gates, 24 hours, metric-based. PM ownership, engineering routing. Sign-off, lead, PM. Rollback, on-call, config, under five minutes, no approval. Canary equals safety, A/B equals better, randomised. Cheaper hosting, about 30 % less.',
    ].join('\n'),
  },
  // after-the-sale-healthy: an email signed with name and title
  {
    id: 'bc015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Subject: Product page change, let's just ship it",
      '',
      'Hi everyone,',
      '',
      "Leadership wants the reviews-above-the-fold change out this week, and honestly I don't think it needs the full canary treatment.",
      '',
      "I wouldn't bother with a careful order of customer groups: no staff first, no early-access group, no saving our best customers for last. It's cosmetic.",
      '',
      "I also don't see the point of writing rollback thresholds down in advance. We won't set error or latency limits, and I'm not going to compare purchases against a control group, least of all with last week's sale skewing everything.",
      '',
      "Nor do I want ramp stages with holds between them, or a sign-off at each step; that's process for its own sake on a page layout. And we don't need a rule about who may roll back at night or how quickly.",
      '',
      "As for a randomised A/B test to see whether it's better, I don't think we need that either.",
      '',
      'Cheers,',
      'Tom Berger',
      'Product Owner, Web Shop',
    ].join('\n'),
  },
  // lunch-peak-recommendations: the cohort order told by cities and regions
  {
    id: 'bc016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I wouldn't split this by region at all. Berlin staff first, then Vienna, then the rest of Europe, with Singapore and Jakarta saved for last: I don't think that ordering buys us anything for a recommendation model, so no.",
      '',
      'I would not fix limits in advance either. No p95 ceiling per region, no feature-store timeout limit, no cap on compute cost per request, no eval bar and no watch on add-to-basket. We would not hold each region through two lunch peaks before moving on, and nobody would sign off between Berlin and Singapore.',
      '',
      "I also wouldn't arrange for anyone in Singapore's morning to be able to roll back without asking; the on-call rota isn't something I'd touch for this. And I wouldn't describe the canary as a safety check that still needs an A/B test afterwards. None of that, really.",
    ].join('\n'),
  },
  // support-model-upgrade: a closing "what I need from you" list
  {
    id: 'bc017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S R'),
    text: [
      'The way I see it, the canary is where we prove the bigger model is better, so I would treat it as our A/B test. Whatever the canary users do with the new assistant, compared with everyone else, is our answer on quality, and once the canary cohort shows more resolved questions, that is the case for Finance too.',
      '',
      'I own the decisions on who gets it, the limits and when we move; the ML platform team owns the endpoint and the routing.',
      '',
      'Our own HR staff go first, then the customers in the early-access programme, and the large employers last, because a wrong payslip answer there reaches thousands of people.',
      '',
      'Since offline evals already went up three points, quality is settled, and for a model, error rate and latency are enough to watch. The limits, agreed before we start, are errors more than 0.5 % above the old model or p99 latency more than 1.5 seconds above it.',
      '',
      'The stages are 5 %, 25 %, 50 % and 100 %, each held for 24 hours with both limits green. I sign off each advance with the ML lead.',
      '',
      'The on-call engineer can switch back to the old model at any time without asking, through the model flag, in a couple of minutes.',
      '',
      'What I need from you:',
      "- the canary cohort's resolution-rate numbers split out, so we can announce the win;",
      '- the model flag tested before day one;',
      '- on-call cover for the first week.',
    ].join('\n'),
  },
  // staff-cohort-artifact: every paragraph exactly two sentences
  {
    id: 'bc018',
    scenario: 'service',
    class: 'misconception',
    points: points('P H S R'),
    text: [
      'I own the release decisions here, while engineering owns the feature flag and the deploy. I decide when we widen and when we stop.',
      '',
      'I would not start with employees at all, since they browse constantly and never buy. The fairest first cohort is a random 5 % of all shoppers, because a random slice represents everyone equally and nobody is favoured.',
      '',
      "I don't want to set thresholds in advance, because we can't know yet what normal looks like for the new pages. We'll watch the dashboard during the first stage and decide the limits once we see the conversion and error numbers move.",
      '',
      'The stages are 5 %, 25 %, 50 % and 100 %, each held for 48 hours before we move on. The engineering manager and I sign off each step together.',
      '',
      'The on-call engineer may switch the flag off at any hour without asking me first. It takes about a minute, and they tell me afterwards.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: the cohort order told by cities and regions
  {
    id: 'bc019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Before any of this I'd sort out the team, because we're short of people in the places that matter. We'd hire two Android engineers in Lisbon first, since that's where most of our mobile team already sits and onboarding is easiest. Then a payments specialist in Berlin, close to the provider's office. After that, a support lead for Madrid and another for Milan, timed for the summer, when order volume in southern Europe grows. Warsaw comes last: it's the cheapest hub but the slowest to hire in, so we'd open those roles in the autumn.",
      '',
      "Interviews would run in two rounds, a take-home and a panel, and I'd want offers out within ten days of the final round. There would be relocation help for Lisbon and Berlin and remote contracts for the rest. By the end of the year the mobile group would be around twenty people.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a PM at an airline's booking app
  {
    id: 'bc020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "At the airline we launched a new loyalty tier last spring, and that's how I'd think about this. We announced it to frequent flyers by email three weeks ahead, with a landing page and a short video from the head of customer experience. The press got the story the same morning, and the app store listing was refreshed with new screenshots.",
      '',
      'At the gates we put up posters, and cabin crew mentioned it in the welcome announcement on long-haul routes. Sign-ups came fastest in the first 48 hours, so we had extra call-centre staff on those days.',
      '',
      "The biggest lesson was to keep the message to one sentence: what you get and what it costs. We also learned that the partner hotels needed their own briefing pack a week earlier than we'd planned.",
    ].join('\n'),
  },
];
