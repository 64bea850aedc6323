import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-third fresh set, author a: middling (bg008–bg010), weak (bg011–bg012), salad (bg013–bg014),
 * negated (bg015–bg016), misconception-led (bg017–bg018) and off-topic (bg019–bg020) answers,
 * written blind and labelled by hand.
 */
export const FIFTY_THIRD_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: thresholds stated as "no worse than" the control
  {
    id: 'bg008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'The worry with this one is first-time buyers. The lab tested returning customers, who have saved addresses and cards, and a single page with nothing filled in may be a very different experience.',
      '',
      'So I would put returning customers on it first, starting with our staff accounts and then the loyalty-club members, because they are the people the design was tested on and a hiccup costs us least there. First-time buyers come last, and not in the first days of the spring campaign, because that is where both the value and the risk are.',
      '',
      'Before we start I want limits agreed:',
      '- Checkout completion no worse than 2 % below control.',
      '- Payment errors no worse than control plus 0.5 %.',
      '- Page load p99 no worse than control plus 200 ms.',
      '- First-order conversion no worse than 3 % below control, once first-time buyers are in.',
      'If any one is breached, we go back to the three-step checkout.',
      '',
      'Stages would be 5 %, 20 %, 50 % and 100 %, with a 48-hour hold at each, and we only move up if everything stayed inside those limits for the whole hold.',
      '',
      'I would want Growth to understand that this might push the launch past the start of the campaign, and I think that is the right trade.',
    ].join('\n'),
  },
  // support-model-upgrade: Seychellois English register, written
  {
    id: 'bg009',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'For the support assistant, it is the model that is changing, so for me the question is cost and correctness.',
      '',
      'The way I see it, it is me, the PM, who must decide the limits and when we go forward or not. The engineering team, they handle the deploy and the switch between the old model and the new one; that is their work, not mine.',
      '',
      'The limits we fix before we begin, and we do not change them after:',
      '- Hallucination on our eval harness of payroll questions, not more than 1 point worse than the old model.',
      '- Thumbs-down from users, not more than 2 points worse.',
      '- P95 latency, not more than 1 second slower.',
      '- Cost per conversation, not more than 40 % higher, and Finance will see this number every day.',
      'If one limit is passed, we stop and go back to the old model.',
      '',
      'I would start small and make it bigger when the numbers are good. The offline evals were three points up on short questions, but payslip questions are often long, with many details, and there the longer context window must show it is worth the money. Me, I would not be surprised if the cost is the limit we touch first.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: durations given in hours only
  {
    id: 'bg010',
    scenario: 'service',
    class: 'middling',
    points: points('H R'),
    text: [
      'The thing I would design for is time. The service is only restarted on deploys, and a leak or a slow creep would never show in a benchmark that runs briefly. So the stages have to be long enough for the new resizer to age.',
      '',
      'Stages: 1 % of image traffic, then 10 %, then 50 %, then 100 %. Each stage holds for at least 48 hours without a restart, and the gate to the next stage is that memory per instance and resize time have been flat over the last 24 hours of that hold, not slowly rising. If they are still climbing, we hold longer rather than advance.',
      '',
      'Rollback is in the hands of the on-call engineer at any hour, and they do not need to ask anyone: the load balancer sends image requests back to the old resizer, which stays running at full capacity throughout, and the switch completes within a tenth of an hour.',
      '',
      'That means we will not hit Thursday. At 48 hours a stage, everywhere is at least 144 hours away, and I would much prefer to tell the team that now than discover the leak at 100 %.',
    ].join('\n'),
  },
  // quiet-feedback-trap: sentences that open on the metric's name
  {
    id: 'bg011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Summary quality is obviously the main thing with a change like this. Cost is the reason we are doing it, so that part should look good. Speed should also improve, since the new model is faster. Feedback from vets is something we would like more of, and we would look at it as it comes in. Quality overall would be tracked by the team in whatever way they usually do it.',
      '',
      'We would release it gradually to some clinics and widen it if things seem fine. If there were problems we would look into them and decide what to do. I think the main thing is to communicate well with the clinics so they know a change is coming.',
    ].join('\n'),
  },
  // pricing-page-healthy: promises made to the support lead
  {
    id: 'bg012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "To the support lead: I know Friday's campaign will send a lot of people to the new pricing page, so here is what I can promise you.",
      '',
      'We will roll it out slowly and watch the metrics. If anything looks off, we will look at it together and do the sensible thing. I promise we will keep you in the loop, and you will hear from me before the campaign goes out.',
      '',
      'I also promise that the checkout itself is not changing, so your team should not see many new tickets. If customers write in confused about the comparison table, just let me know and we will adjust it.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: durations given in hours only
  {
    id: 'bg013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary, warmer prompt, German, English, formal Sie.',
      '1 %, 5 %, 25 %, 50 %, 100 %. 24 hours, 48 hours, 72 hours.',
      'Thumbs-down, eval harness, hallucination, p95, token cost, error rate 0.5 %, latency 200 ms.',
      'Staff, beta, opted-in, German users, business users, last.',
      'PM owns, engineering owns, routing, prompt flag.',
      'Thresholds, holds, gates, sign-off, tech lead.',
      'Rollback, on-call, 0.1 hours, no approval.',
      'Safe not better, randomised A/B test, control.',
      '36 hours hold, 72 hours gate, 24 hours review.',
    ].join('\n'),
  },
  // staff-cohort-artifact: sentences that open on the metric's name
  {
    id: 'bg014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Conversion rate, staff cohort, baseline, employees, 2 %.',
      'Error rate, 0.5 %, control, canary, thresholds pre-committed.',
      'P99 latency, 200 ms, larger photos, size guide, product pages.',
      'Add-to-basket, browsing, stock checks, artefact, segments.',
      'Bounce rate, holds, gates, 1 % 5 % 25 % 100 %, sign-off.',
      'Revenue per visitor, rollback, on-call, five minutes, flag.',
      'Return rate, size guide, A/B test, randomised, safety, lift.',
    ].join('\n'),
  },
  // booking-purchases-lag: thresholds stated as "no worse than" the control
  {
    id: 'bg015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Honestly, I would not make this heavier than it needs to be. Nothing in the service changes; it is a date picker and a shorter form.',
      '',
      'I would not bother writing "no worse than control" limits up front. Bookings lag by hours anyway, so a rule like "bookings no worse than 2 % below control" would never fire in time, and I do not want the team tied to numbers we guessed at.',
      '',
      'I would not stage it either: no 1 %, 5 %, 25 % with holds in between. The team wants it at 100 % this afternoon, and holding for a day at each step is ceremony for a front-end change.',
      '',
      'I will not choose who sees it first. Staff first, beta users next, valuable guests last: that kind of ordering is not worth it for a date picker.',
      '',
      'I would not ask anyone to sign off each step, and I am not setting up a rota where on-call can flip it back without asking. If something is wrong, we will talk about it.',
      '',
      'And I would not split out PM decisions from engineering ones here, or plan a separate randomised A/B test afterwards. It ships, and we move on.',
    ].join('\n'),
  },
  // support-model-upgrade: Seychellois English register, written
  {
    id: 'bg016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'For this one, I will be honest, I do not think a big canary plan is needed. The prompt is the same; only the model is bigger.',
      '',
      'The order of the users, I would not fix it. It is not necessary to put our staff first and the big payroll customers last; all of them, they use the same assistant.',
      '',
      'Limits before we start, I would not write them. Hallucination rate, thumbs-down, p95, cost per conversation: we are not going to set numbers for these in advance, it is not the way we work here.',
      '',
      'Steps with holds, no. We will not do 1 %, 5 %, 25 % and wait at each one. And a sign-off for each step, by me or the tech lead, that also I would not ask for.',
      '',
      'For going back, I would not give the on-call engineer the right to switch back on their own. And to separate what the PM decides from what engineering decides, I do not see the need.',
      '',
      'The evals went up three points. A separate randomised A/B test after, I would not run it; that is not something we need.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a grocery-delivery app
  {
    id: 'bg017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H M'),
    text: [
      "At my grocery app we have shipped three recommendation models in the last year, and the way we do it is simple: the canary is our experiment. Whichever cohort is on the new model, we compare its baskets with everyone else's, and that tells us whether the model is better. There is no point running a separate A/B test afterwards; that is just doing the same thing twice, slower.",
      '',
      'I own the calls on order, limits and pace; the ML engineers own the serving and the feature stores. First our own staff accounts, then beta shoppers who opted in, then regular customers, with new customers last because their first basket decides whether they come back.',
      '',
      'Before we start, we fix the limits: error rate no more than 0.5 % above the old model, home-screen p95 latency no more than 150 ms above, and compute cost per thousand requests no more than 20 % higher. We also track the recommendation eval score on a daily replay.',
      '',
      "Stages are 1 %, 10 %, 30 %, 100 %, each held 24 hours so we cover the Singapore lunch peak as well as Europe's. At each stage the real question is the lift: if the canary cohort's add-to-basket rate is higher than the rest, the model has proven itself and we go up a stage. If the canary shoppers buy more, that is our answer: the new model is better, and we can tell leadership the number straight from the canary.",
    ].join('\n'),
  },
  // after-the-sale-healthy: sentences that open on the metric's name
  {
    id: 'bg018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'Conversion is going to look terrible this week whatever we ship, because last week everything was 20 % off. So I do not think it makes sense to fix rollback numbers in advance; any number we pick now would be picked against a baseline that does not exist.',
      '',
      'Conversion, errors and page speed are what I would watch, live, on the dashboard, and I would decide at the time what counts as bad. Conversion on the canary dropping in a way that looks worse than the post-sale slump is when I would call it. Experience tells you more than a number written in a doc on Monday.',
      '',
      'Our own staff see it first, then customers in the early-access group, then returning customers, and new visitors last, because the first product page a new customer sees shapes whether they buy at all.',
      '',
      'Stages are 5 %, 25 %, 50 %, 100 %, with a 24-hour hold at each before we go up. Each advance is signed off by me together with the front-end lead; neither of us moves it alone.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: a marketing launch brief in plain paragraphs (invented)
  {
    id: 'bg019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Wallet payments are the headline here, so I would treat this as a launch, not just a backend change.',
      '',
      'The story for customers is convenience: pay with one tap on your phone, no card details to type. I would line up an in-app banner on the home screen, a push notification to customers who have ordered in the last month, and an email to the rest. We would brief restaurant partners a few days early so they are not surprised when customers ask.',
      '',
      'For the campaign itself, I would run a small promotion: free delivery on the first wallet order, capped per customer, running for two weeks. Marketing would own the creative, and we would want the app store listing updated with screenshots showing the wallet button.',
      '',
      'Success for the launch would be wallet adoption: the share of orders paid by wallet at the end of the first month, and how many customers save a wallet as their default. I would also want a press note ready for the tech blogs in our main markets, and a help-centre article so the support team can answer questions about which wallets are supported.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a grocery-delivery app
  {
    id: 'bg020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Running the recommendations team at a grocery-delivery app has taught me that most of our problems are staffing problems, so here is how I would build the team for the next model.',
      '',
      'We need two more ML engineers who have worked on feature stores, ideally one based in Singapore so someone is awake during the South-East Asian day. I would open both roles this quarter, with a take-home exercise on ranking and a system-design interview.',
      '',
      'I would also want a data analyst who sits with the merchandising team, because the people choosing which products go into promoted baskets know things the model does not. That role can be junior.',
      '',
      'Onboarding would take about six weeks: a first week shadowing the pickers in one of our warehouses, then pairing on the existing model, then a first small project. I would budget for one offsite a year where Berlin and Singapore meet in person.',
      '',
      'Finally, I would keep the interview loop short, four conversations at most, because good candidates in this market have several offers and we lose them if we take a month to decide.',
    ].join('\n'),
  },
];
