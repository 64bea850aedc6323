import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fifteenth fresh set, author a: strong answers (a001–a007), written blind and labelled by hand. */
export const FIFTEENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: nervous spoken interview transcript, fillers and self-corrections
  {
    id: 'a001',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "Um, okay, so, the one-page checkout. So first thing, I'd want to be clear about what's mine and what isn't. Like, the platform folks own the actual flag, the traffic split, the deploy. What I own is, um, the decisions: who gets it when, which numbers make us pull it, how long we sit at each step. And, sorry, who says go. So, order. Employees first, uh, though honestly staff barely buy, so they'd tell us if it's broken, not whether it sells. Then the Insiders programme, then the coupon browsers, because they're cheap to disappoint... that sounds bad, I mean a low value per order. Then returning customers. And then, this is the bit I'd actually worry about, first-time buyers. Because the lab test was all returning customers with saved addresses, right? Nobody's really seen the empty form. So first-timers come after the returning customers, and wholesale accounts absolutely last, they're worth like four hundred euros an order. Thresholds, we write them down before anything moves. Errors more than half a point above control, p99 more than 200 milliseconds worse, and conversion, um, down more than 3 percent against the baseline cohort. And for first-time buyers I'd compare them with first-time buyers on the old checkout, not the blended number, otherwise the returning customers hide it. Ramp is 1, 5, 25, 60, then everyone. The first hour at 1 percent is just a time hold; after that I'd hold each step until conversion has been flat for six hours, at least, because orders show up with a lag. The engineering lead signs off leaving 1 percent, and every step after that is me and the eng lead together. Rollback: whoever's on call can flip the flag back, any hour, they don't need to call me first. It's a config change, it should be done in, like, two or three minutes. If it needed a redeploy I'd say we're not ready. Oh, and, growth will want to say it converts better. The canary can't tell us that, it isn't randomised. If it comes out clean, we run a proper A/B test to answer that question, separately.",
  },
  // storage-migration-under-load: numbered runbook
  {
    id: 'a002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Runbook: moving task storage to the managed cluster',
      '1. Roles. The platform team runs the proxy, the routing weights and the migration itself. I (PM) own the exposure order, the limits in step 3, how long we stay at each stage, and the go/no-go.',
      '2. Exposure order: employees, then the beta programme, then free workspaces, then paid teams; enterprise tenants go last because their contracts are the largest and they have the least patience.',
      '3. Limits, agreed in writing with the platform lead before the first request moves. Roll back if any one is breached: error rate more than 0.3 points above the old cluster; p99 task-read latency more than 150 ms above the old cluster (p99, not the mean, because a connection pool that runs dry only shows in the slowest requests); task pages opened per session down more than 2 % against the baseline cohort.',
      '4. Stages: 1 % for an hour, 5 % for six hours, then 25 % and 50 %, each held until there have been twelve clean hours that include the 14:00 UTC weekday peak. Those two middle stages are the real test, since the load tests ran with warm caches and say nothing about a fifth of real traffic.',
      '5. Each advance is signed in the release channel: the platform lead alone from 1 % to 5 %, the platform lead and I together from there on.',
      '6. The on-call SRE may move routing back to the old cluster at any hour, without asking anyone. It is a weight change and finishes in under five minutes. The old cluster stays up until 100 % has held for a week; if that pushes the decommission date, the date moves.',
      '7. What this will not tell us: whether the managed cluster makes the product better. The canary is a safety check. If we want to claim faster pages, that is a randomised A/B comparison afterwards.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: non-native English speaker, article and tense errors
  {
    id: 'a003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "For the new pricing service I will do the canary like this. First I want say what is mine: engineering team is owner of deploy and of the routing, they make the traffic split. Me as PM, I decide the order of riders, the numbers for roll back, how long we are staying on each step, and I give the go for next step. Order: first our employees, they are riding also, then beta riders who was asking for early access, then normal riders, and business accounts in the end, because they have contract and one wrong fare on invoice is big problem for them. Before we start on Tuesday evening we write down the limits and everybody sign them: fare quote errors more than 0.5 point over control, p99 of quote more than 200 ms slower, and booked trips per quote falling more than 2 % against the baseline cohort. We don't change this numbers during the release. Steps are 1 %, 5 %, 25 %, 50 %, 100 %. On every step we stay minimum 24 hours, so each step is living through one night with the billing batch at 02:00, this is the hour I am most afraid. To go to next step, the engineering lead and me both are signing in the release ticket. Roll back: the on-call engineer can roll back alone, also at 2 in the night, he not need to wake me or wait for the morning. It is a routing switch back to old fare service, less than five minutes. We test this switch one time before the start. And last: if canary is green, it only say the new service is safe. If we want to know it is better, for example fares are more accurate, we make an A/B test after, with random split.",
  },
  // search-tail-latency: Markdown memo with headings and tables
  {
    id: 'a004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '# Canary plan: new search index layout',
      '',
      '## Who decides what',
      'Search infrastructure owns the index build, the routing and the deploy. I own the release decisions: the exposure order, the rollback limits, how long each stage holds, and the go/no-go at each step.',
      '',
      '## Exposure order',
      'Employees, then Labs users, then heavy researchers: they run the many-filter queries the benchmark skipped, and they tell us fast when something is off. General readers after them. Institutional licences last, because a slow week there shows up at renewal time.',
      '',
      '## Limits (agreed on Monday, before any traffic moves)',
      '| Signal | Compared with | Roll back if |',
      '|---|---|---|',
      '| Error rate | control | more than +0.5 pp |',
      '| p99 query latency | control | more than +250 ms |',
      '| p99 for queries with 3+ filters | control | more than +500 ms |',
      '| Searches ending in a result click | baseline cohort | more than 2 % down |',
      '',
      'The median is left out on purpose: it got faster in testing and would hide the tail.',
      '',
      '## Ramp',
      '| Stage | Hold before moving on | Signed off by |',
      '|---|---|---|',
      '| 1 % | 1 h, no breach | search eng lead |',
      '| 5 % | 6 h with every metric inside its limit | eng lead and me |',
      '| 25 % | 12 h with every metric inside its limit | eng lead and me |',
      '| 50 % | 12 h with every metric inside its limit | eng lead and me |',
      '| 100 % | | |',
      '',
      '## Rollback',
      'The on-call search engineer may roll back at any hour without asking anyone. The old index stays warm, so it is a routing switch that completes in under five minutes.',
      '',
      '## What the canary will not tell us',
      'A clean canary means the new layout is safe to ship. It does not mean readers find papers more easily; that claim needs a randomised A/B test, run separately afterwards.',
    ].join('\n'),
  },
  // support-model-upgrade: terse senior engineer-turned-PM, clipped fragments
  {
    id: 'a005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Split first. Platform: gateway routing, model config. Me: who sees it, kill numbers, hold times, go/no-go.',
      "Order: support agents, preview programme, workspace admins, members, trials, enterprise. Agents = smoke test only; short questions, won't trip a long-context failure. Admins = the real signal: long threads, pasted payroll tables, and they rate answers. Trials late, it's their first impression. Enterprise last.",
      'Kill numbers. Fixed before the first prompt routes, in the release doc:',
      '- errors +0.5 pp vs control',
      '- p95 latency +400 ms vs control',
      '- hallucination rate from the eval harness +25 % relative vs control',
      '- thumbs-down +20 % relative',
      '- escalations to a human agent +10 %',
      '- tokens per query +15 % or more: stop, take it to finance before going further.',
      'Ramp 1 / 5 / 25 / 50 / 100. 2 h at 1 %. From 5 % on, advance only after 12 h clean; harness grades 3 % of answers, needs volume. Eng lead signs 1 to 5. Eng lead plus me every step after.',
      'Rollback: on-call, any hour, no approval. Gateway flag back to the old model. Minutes.',
      "Offline +3 points is not 'better for customers'. Canary says safe. Better = randomised A/B afterwards.",
    ].join('\n'),
  },
  // quiet-feedback-trap: self-posed question and answer
  {
    id: 'a006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: "What's my job here, versus engineering's? Engineering swaps the model behind a routing flag and keeps the pipes running. I decide who gets the cheaper model and when, the limits that pull it, how long we wait at each step, and I'm one of the two names on every go. Who goes first? Our own staff, then the pilot clinics that signed up to try new things, then the general clinics, and hospital groups last, because they're the biggest accounts and a wrong dosage in a summary is a clinical risk for them. I'd also have staff run realistic notes with several medications, since our internal test notes list one drug and would never show the failure. What makes us roll back? Written down and agreed before the first summary is routed: hallucination rate from the eval harness more than 30 % above control, and any invented or dropped dosage the harness flags counts on its own, two of those at any stage and we stop; thumbs-down rate up more than 25 %; p95 latency more than 500 ms above control; errors more than 0.5 points above control. Cost per summary should fall; we watch it to make sure it does. How long do we hold? Longer than feels comfortable. The harness grades one summary in two hundred and few vets rate anything, so at 5 % a quiet dashboard means we have no data, not that all is well. 1 % for two hours as a smoke test, 5 % for a day, then 25 % until we have at least 200 graded summaries and a full day inside every limit, then 50 % for a day, then everyone. If the graded count is too thin, we raise the harness sample rate for the canary instead of advancing blind. Who says go? The ML lead and I both sign each advance. Who can pull it? The on-call engineer, at any hour, on their own call the moment a limit breaks: flip the flag back to the old model, done in a few minutes, no meeting first. Does a clean canary mean the cheaper model serves vets just as well? No. It means we found no harm. Whether it's as good or better is a question for a randomised A/B comparison afterwards.",
  },
  // lunch-peak-recommendations: long flowing paragraph with many subordinate clauses
  {
    id: 'a007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: "Because the recommendation model is going out from Berlin while a good share of the people who will meet it live seven hours ahead in Singapore and Kuala Lumpur, I would begin by separating what the data platform team owns, which is the routing, the feature stores and the deploy itself, from what I own as the PM, which is the order in which people see it, the numbers at which we give up, how long we sit at each step and whether we move on, and I would put most of my care into the last two, since the feature stores were sized for the old model and a load problem would only show when a region is at its busiest. Employees would see it first, then the preview programme, then ordinary customers in Europe and Asia together at a small share so that both regions' peaks fall inside a stage, and Plus subscribers last, since their baskets are worth the most and their trust is the hardest to win back. Before a single request is routed we would agree in writing that we roll back if errors rise more than 0.5 points over control, if p99 latency rises more than 200 ms, or if add-to-basket from the home screen falls more than 3 % against the baseline cohort, and, because this is a model, also if the offline eval run on a sample of live requests scores the recommendations more than 10 % worse, if dismissed recommendations rise by a fifth, or if p95 inference time or compute cost per request rises by more than 25 %, all measured per region rather than blended, because Europe's healthy numbers would drown Asia's. The ramp would be 1, 5, 25 and 50 percent before everyone, and no stage would advance until it had held at least twenty-four hours, so that every region has lived through its own lunch rush, which for Singapore falls between half past four and seven in the morning in Berlin, with the engineering lead and me both signing each step after looking at the Asian peak on its own. The on-call engineer, who has to be reachable during Asian hours, may switch routing back to the old model without asking anyone, which takes a couple of minutes, and if everything stays clean I would still claim only that the model is safe to ship, not that it sells more baskets, since that needs a randomised A/B test of its own.",
  },
];
