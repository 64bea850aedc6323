import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fifty-third fresh set, author b: strong answers (bg021–bg027), written blind and labelled by hand. */
export const FIFTY_THIRD_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: the answer given to a sceptical finance director, cost first
  {
    id: 'bg021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "You asked what this will cost, so I'll start there. The larger model is dearer per conversation, and the canary is how we learn the real figure on real payroll questions before the whole support budget is committed to it. Today a conversation costs about 4 cents. The ceiling we have approved for the new model is 7 cents, and if the canary cohort averages more than that over any hold, we roll back.",
      "That ceiling and the other limits are agreed with engineering and written down before a single conversation is routed to the new model. The others: assistant errors no more than 0.5 percentage points above the current model's, p95 response time no more than 800 ms slower, hallucination rate on our payslip and leave eval set no higher than today's 2 %, and thumbs-down on answers no more than 1.5 points above the control group.",
      "The decisions are mine as PM: the order in which customers see it, those limits, and how long we hold at each step. The ML engineers own the model routing and the deploy itself, and I don't second-guess them on either.",
      'Our own HR and payroll staff go first, because they know what a correct payslip answer looks like and will tell us when one is wrong. Customers in the beta programme come next, then small companies, and payroll administrators at our largest accounts go last, because a wrong answer about pay in the middle of a pay run is the most expensive mistake this assistant can make.',
      'The ramp is 2 %, 10 %, 30 %, 60 % and 100 %. Each stage holds for at least 48 hours and must include a weekday peak, and it moves on only when every limit has held. At each gate the head of support engineering and I both sign off; without both signatures it stays where it is.',
      'The on-call engineer may switch traffic back to the current model at any hour without asking me, or you. It is a routing flag and takes under two minutes.',
      "One more thing, because finance will be tempted by the three-point eval gain: the canary won't show that the new model is better or worth the extra cents. It shows that it is safe to run. Whether it answers better, and whether that is worth the money, is a randomised A/B test afterwards, with cost per resolved conversation as its measure.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts: a Namibian English register, spoken
  {
    id: 'bg022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Okay, so this one is the payment SDK, ja. The first thing I want to be clear about is what is mine and what is the engineers'. The engineers, they own the rollout machinery: the flag, the routing, the deploy of the app and of the payment service. Me as the PM, I own the decisions: who gets it in which order, which numbers make us stop, and how long we sit at each step before we go further.",
      "Now the order. We start with our own staff who order food through the app, because if a payment fails for them nobody goes hungry and they will tell us straight. Then the customers who signed up for beta in the app. Then the normal customers on iOS, and only after that Android, because the provider's new SDK is the part we trust least on Android, and that is where most of our orders are paid. New customers making their first order, we keep them for last. If that first payment fails, that one doesn't come back, you know.",
      "The limits we write down before one single order goes through the new SDK, and we don't touch them afterwards. Payment failures not more than 0.3 percentage points above the old SDK's cohort. Because this thing fails in bursts, we also look at every five-minute window: more than 2 % failed payments in five minutes and we stop. p99 payment time not more than 1.5 seconds worse. Completed orders per session not down more than 2 % against control.",
      'The ramp goes 1 %, 5 %, 20 %, 50 %, 100 %. Each step we hold at least 24 hours, and the 20 % step must include a Friday dinner, because that is the hour that breaks things. We only move when all the limits stayed green for the whole hold. And who says go at each step? The payments engineering lead and me, both of us, written in the release channel.',
      'Rollback now, this one is important, eish. Whoever is on call, day or night, can flip the flag back to the old SDK without phoning anybody. It is a remote config switch, new payments are back on the old SDK in about two minutes, no app store release needed. They tell us afterwards.',
      "And the last thing: this canary tells us the SDK is safe. It won't tell us if wallet payments make people order more. If we want to know that one, we run a proper randomised A/B test after, ja.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a PM at a language-learning app
  {
    id: 'bg023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "At the language-learning app where I'm a PM we change our tutor prompt's tone often, and register is exactly what breaks.",
      'I own the order, the limits and the holds; engineering owns the prompt flag and the routing. German-speaking employees go first, because they\'ll notice an informal "du" where "Sie" belongs within minutes. Then English-speaking staff, then opted-in beta users in both languages, and German business accounts last, since formal address matters most there.',
      "Before any user sees it, we fix the limits: thumbs-down on drafts no more than 1 point above the old prompt in either language, German counted separately; the eval-harness score on our formal-register test set no lower than the current prompt's; p95 latency no more than 300 ms worse; tokens per reply no more than 10 % higher.",
      "Stages are 5 %, 20 %, 50 % and 100 %, each held three working days and advanced only when every limit holds. The writing-assistant tech lead and I sign each advance. The on-call engineer can switch back to the old prompt at any hour without asking; it's a config flag, live within a minute.",
      'And the canary says the warmer prompt is safe, not that users like it more. That needs a randomised A/B test.',
    ].join('\n'),
  },
  // storage-migration-under-load: each decision followed by whether it is fixed or flexible
  {
    id: 'bg024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Here is how I'd run the move to the managed cluster. After each decision I say whether it is fixed for the whole release or whether we may adjust it as we learn.",
      'I decide the order of exposure, the rollback limits and how long we hold; the infrastructure team decides how the proxy routes reads and writes, and runs the deploy. Fixed.',
      'Our own workspaces go first, then free teams from the early-access list, then paying small teams, and the large enterprise workspaces last, because a slow task board for a two-thousand-seat customer is the costliest failure we have. The order is fixed; which small teams fill the third group is flexible.',
      "The rollback limits go into the release doc before any workspace moves: p99 task-load time more than 250 ms above the old cluster's, database error rate more than 0.2 percentage points above it, or proxy connection-pool use above 85 %. Fixed. Nobody edits a number during the rollout; if we think one was wrong, we roll back and start again with a new plan.",
      'The stages are 1 %, 5 %, 25 %, 50 % and 100 % of workspaces, each held for at least two weekday morning peaks, because the load test ran on warm caches and only real mornings show what cold caches do. A stage advances only when every limit held. Hold lengths may grow, never shrink: flexible upwards only.',
      'The database lead and I sign off every stage in writing before the next one starts. Fixed.',
      "Any on-call engineer may send workspaces back to the old cluster without waiting for me, at any hour; it's a proxy routing change that completes in under five minutes, and the old cluster keeps receiving writes until 100 % has held for a week. Fixed. That means the decommission date at the end of the month moves if the rollout slips. Flexible.",
      "Finally, the canary only tells us the new cluster is safe under real load. If anyone wants to claim it makes the product better, that's a question for a randomised A/B test. Fixed.",
    ].join('\n'),
  },
  // quiet-feedback-trap: thresholds written as multiples of the baseline
  {
    id: 'bg025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'The new summariser is cheaper, so the risk is quality, and with few ratings and one summary in two hundred graded, a day at 5 % tells us almost nothing. So I hold longer rather than ramp faster.',
      'I set the cohort order, the limits and the hold lengths; the ML platform team runs the model routing. Clinics in our staff pilot go first, then clinics that volunteered for early features, and the busiest multi-vet practices last, since a bad summary there reaches the most patients.',
      'Agreed before the first summary moves: we roll back at twice the baseline hallucination rate from the eval harness, at 1.5 times the baseline thumbs-down rate, at 1.2 times baseline p95 latency, or at twice the baseline error rate. Cost per summary must also stay below baseline.',
      'The stages are 10 %, 30 %, 60 % and 100 %. Each holds until the eval harness has graded at least 300 canary summaries, and advances only if every limit held. The ML lead and I sign off each step. The on-call engineer can return all traffic to the old model alone, at any hour, with one flag, in under five minutes.',
      "The canary shows the cheaper model is safe. Whether it's better is for a randomised A/B test.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: a short list of what the candidate would ask engineering before starting
  {
    id: 'bg026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Before I commit to anything, I'd put four questions to the pricing engineers:",
      '1. Can we send a share of fare calculations to the new service per rider, and send them back with a config change rather than a deploy?',
      '2. How long does that switch take to reach every server?',
      '3. What exactly runs in the nightly batch window we share with billing, and for how long?',
      '4. Who is on call overnight this week, and can they act without reaching anyone?',
      'Assuming the answers are yes, a couple of minutes, a known job and a named engineer, here is the plan. I own who sees new fares first, the rollback limits and the holds; the pricing engineers own the routing and the deploy.',
      'Riders who are employees go first, then riders in the beta programme, then regular riders on weekday trips, and riders on business accounts last, because a wrong fare on an expensed trip becomes a billing dispute with a company.',
      "The limits are written down before any fare is priced by the new service: fares differing from the old service's by more than 1 % on more than 0.5 % of trips, pricing errors more than 0.2 percentage points above control, p99 quote time more than 300 ms worse, or completed bookings down more than 2 % against control. Any one of them means rollback.",
      'The ramp is 1 %, 5 %, 25 %, 50 % and 100 %. Every stage holds at least 48 hours, every hold contains a batch window, and from 25 % on each hold also contains a weekend night, when trips peak. A stage advances only when every limit held throughout, and the pricing tech lead and I both sign off before it does.',
      "Because we start on a Tuesday evening, the first batch window arrives on the first night. Whoever is on call at 2 a.m. may roll back alone the moment a limit trips; it's a config switch that completes in under three minutes, and they tell me in the morning. Nobody wakes me to ask permission.",
      'None of this says the new pricing service earns more or that riders prefer its fares. The canary tells us it is safe; better is a question for a randomised A/B test.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: invented: a formal, academic register (impersonal framing, active voice)
  {
    id: 'bg027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'The question is best approached by separating two concerns that are often conflated: whether the new recommendation model can be served safely, and whether it recommends better. A canary addresses only the first. The second requires a randomised A/B test once the canary has concluded, and I would not read any uplift in basket value from the canary cohort as evidence of improvement.',
      'Responsibility divides as follows. As product manager I determine the sequence of cohorts, the rollback criteria and the duration of each hold. The ML platform engineers are responsible for the serving infrastructure, the traffic routing and the deployment itself.',
      'The cohort sequence proceeds from the most tolerant users to the least. Employees in both regions come first; then customers enrolled in the early-access programme; then the general European population; and finally the general South-East Asian population, whose requests fall on feature stores sized for the old model and whose lunch peak occurs in the early Berlin morning, when the team is least attentive. Customers placing a first order remain on the old model until the final stage.',
      'The rollback criteria are fixed in writing before exposure begins, and they apply per region rather than in aggregate: p95 recommendation latency exceeding the control by more than 150 ms; feature-store read timeouts above 0.5 %; eval-harness relevance on the nightly replay falling by more than two points; the rate at which customers dismiss recommended baskets rising by more than 1.5 percentage points; and serving cost per thousand requests rising by more than 20 %.',
      'Exposure rises in four stages, 2 %, 10 %, 40 % and 100 %. Each is held for at least two full days, so that it spans two lunch peaks in each region, and advances only when every criterion has held throughout. The ML engineering lead and I jointly sign each advance.',
      "Rollback authority rests with whichever engineer is on call, in either time zone. That engineer may revert to the previous model without seeking anyone's approval; the reversion is a configuration flag that takes effect within two minutes, and an alert on Singapore lunch-peak latency pages the on-call engineer directly.",
    ].join('\n'),
  },
];
