import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-first fresh set, author a: strong answers (bo001–bo007), written blind, labelled by hand. */
export const SIXTY_FIRST_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Bahamian English register in writing; thresholds as multiples of the old model; short
  {
    id: 'bo001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Here is how I would run it. Da PM, me, owns the order people get the bigger model in, the limits that send us back, and how long we sit at each stage. Engineering owns the routing and the model flag; I ain' touching dat.",
      "Who go first: our own HR and payroll staff; then customers who opted into the beta; then the general base; payroll admins in month-end week last, 'cause a wrong payslip answer to them costs the most trust.",
      'Limits, written down before one conversation moves, all against the old model: errors no more than 1.2 times; p95 latency no more than 1.3 times; thumbs-down rate no more than 1.1 times; eval-harness hallucination rate no higher than the old; conversations ending in a support ticket no more than 1.1 times baseline; cost per conversation no more than 1.5 times, since Finance asked.',
      'Stages: 1 %, 5 %, 25 %, 50 %, 100 %, holding a full day at each, and I sign off every step with the ML lead.',
      'On-call can flip the flag back to the old model any hour, no need to call me first. About two minutes, no redeploy.',
      'Da canary only tell we it safe. To know it better, we run a randomised A/B test after.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · each section opening with the risk it guards against; cohorts by phone platform; ratios; legal question
  {
    id: 'bo002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Every part of this plan starts from something that could go wrong, so I will take it in that order.',
      'The risk of muddled ownership: if nobody knows who decides, the release drifts. I own the order of cohorts, the rollback limits and the holds; engineering owns the prompt flag, the routing and the deploy.',
      'The risk of German users meeting the casual tone first, and in numbers. Our own staff go first, in both languages, and the German-speaking colleagues are asked to write real emails with it. Then users who opted into early features, the iOS and Android apps before desktop, because mobile replies are short and the feedback comes back quickly. Then general English users. German-language business accounts come last, since formal address matters most to them and they are the ones we would lose.',
      'The risk of deciding what "bad" means after we have seen it. Before any traffic moves we write down, against the old prompt: error rate no more than 1.2 times; p95 latency no more than 1.1 times, since the new prompt is longer; thumbs-down rate no more than 1.25 times, in each language separately; suggestion acceptance at least 0.95 of the baseline; formality failures in German business replies, scored by the eval harness, no higher than the old prompt\'s; token cost per suggestion no more than 1.15 times.',
      'The risk of moving on with too little data. Stages are 1 %, 5 %, 20 %, 50 %, 100 %. Each holds at least 48 hours and until about 300 ratings per language have come in, whichever is later. The gate is the metrics, not the clock.',
      'The risk of a ramp nobody approved. I sign off each advance together with the engineering lead; if either of us says no, we hold.',
      'The risk of a slow or political rollback. The on-call engineer may switch the flag back to the old prompt at any hour without asking me. It is a config change, live in about a minute; no redeploy.',
      'Legal asked in passing whether a casual tone could breach our terms with German enterprise customers. It does not, but it is one more reason they go last.',
      'The risk of over-reading the canary. It tells us the new prompt is safe to keep, not that it is warmer or better. Whether it helps is a randomised A/B test afterwards, with its own hypothesis.',
    ].join('\n'),
  },
  // quiet-feedback-trap · ride-hailing driver-payout PM; ratios to the old model; legal question
  {
    id: 'bo003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I run driver payouts at a ride-hailing company, where a quiet metric is the dangerous kind: a driver paid short does not complain that day, they just stop driving. This scenario has the same shape, so my plan leans on volume.',
      'Split of work: I own who gets the cheaper model and when, the rollback limits, and how long we hold at each stage. Engineering owns the model routing, the deploy and the flag.',
      'Order: first our own clinical staff and the two clinics on our advisory panel, who read every summary; next, clinics that opted into early access; then the general base of small clinics; last, clinics that joined in the past 30 days and the highest-volume clinics, because a bad summary in week one loses a new clinic and the busy ones write the most patient records.',
      "Limits, agreed and written before traffic moves, all as ratios to the old model on the same day: error rate no more than 1.2 times; p95 latency no more than 1.1 times (it should be faster, so anything worse is a signal); eval-harness hallucination rate no more than 1.1 times; vet edit rate on summaries no more than 1.15 times; share of summaries saved to the record at least 0.97 of the old model's. Cost per summary must come in below 0.7 times, or the change has no reason to exist.",
      'Because the harness grades one summary in two hundred, engineering raises sampling to one in twenty on canary traffic only. Ramp: 5 %, 25 %, 50 %, 100 %. The hold at 5 % and at 25 % is three days each, and the gate is a count, at least 2,000 graded summaries with every limit green, not the calendar.',
      'Sign-off: I approve each advance with the ML lead, both names in the release channel.',
      'Rollback: the on-call engineer, at any hour, with no call to me first. It is a routing switch back to the old model, done in under five minutes.',
      'Legal asked whether summaries from a different model need a new disclosure to clinics; our terms already cover the models we route to, so no.',
      'Last point: this canary shows the cheaper model is safe to run. It does not show vets prefer it. For that we run a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · Bahamian English register in writing; cohorts by phone platform; ratios; legal question
  {
    id: 'bo004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Okay so, let me tell you how I would run dis one.',
      "First ting, who own what. Me as PM, I own the order of cohorts, the limits that send us back, and how long we sit at each stage. Engineering own the model routing, the feature stores and the flag. I don't go in there.",
      "The order. Staff in Berlin and Singapore go first, on whatever phone they carry. Then customers who signed up for the beta, picked so we get iOS and Android in both regions. Then the general base: newer iPhones and Android flagships before older Android phones, 'cause the older devices time out first when the home screen slow. Big weekly-basket shoppers come last; dem the ones we can't afford to lose.",
      "The limits, fixed before one request moves, measured against the old model in the same region and hour: errors no more than 1.2 times the old; home-screen p95 latency no more than 1.15 times; feature-store timeouts no more than 1.5 times; add-to-basket from recommendations at least 0.97 of the old model's rate; cost per request no more than 1.3 times. We watch the offline eval hit rate on yesterday's baskets too.",
      'Stages: 1 %, 5 %, 25 %, 50 %, 100 %. Each one hold at least 24 hours, because Singapore lunch happen while Berlin still sleeping. If we only hold through a Berlin working day we never see the Asian peak. A stage only advance after it cross both regional lunch peaks with every limit green.',
      'Who say go: me and the ML lead sign off together at each stage, written down.',
      "Rollback: whoever on call, Berlin or Singapore side, can flip the flag back to the old model at four in the morning without waking me or asking nobody. It's a config switch, about two minutes, no redeploy.",
      'Legal asked me if reading more features per request need fresh consent. Dem features already covered by the privacy notice, so nothing change there.',
      "And remember, da canary only tell us it safe. Whether the new model sell more baskets, dat's a randomised A/B test after, with a proper control.",
    ].join('\n'),
  },
  // night-breach-rollback-authority · ride-hailing driver-payout PM (fares and payouts); sections opening on the risk; ratios; legal question
  {
    id: 'bo005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I am a payouts PM in ride-hailing, so fare changes are home ground. Each part below opens with what it protects against.',
      'Against confusion over who decides: I own the release decisions, meaning cohort order, rollback limits, how long each stage holds and when we advance. The pricing engineers own the routing, the deploy and the feature flag.',
      'Against overcharging the riders who matter most: new fares go first to employee trips (we all ride with the app), then riders and drivers in the opt-in beta programme, then one mid-size city, then the rest. Airport runs and weekend nights in the biggest cities come last, because fares are highest there and a mistake is most visible.',
      "Against arguing about limits at 2 a.m.: written down and signed before any traffic moves. Pricing-service error rate no more than 1.2 times the old service's; p99 fare-quote latency no more than 1.25 times; quotes differing from the old calculation by more than 1 % on no more than 0.5 % of trips (we shadow-compute both); trip completion at least 0.98 of the baseline; driver payout totals per city within 1 % of the old calculation.",
      'Against the nightly batch clash: stages of 1 %, 5 %, 25 %, 50 %, 100 %, each held at least 24 hours, so every stage crosses one billing batch window and one night peak, and none advances unless the limits stay green through both. Starting Tuesday evening, the Friday and Saturday night peak lands at 25 % at most.',
      "Against a ramp nobody owns: each advance needs my sign-off and the pricing engineering lead's, posted in the release channel.",
      'Against the 2 a.m. breach itself: the on-call engineer rolls back on any breach, at any hour, without waking me or asking anyone. It is the flag back to the old pricing service, under three minutes, no redeploy. I am happy to hear about it at breakfast.',
      'Legal asked whether riders overcharged during the canary must be refunded. Yes, and payouts reconcile against the old calculation, so no driver is clawed back.',
      'Against misreading success: the canary tells us the new pricing service is safe. Whether it prices better, with more trips or happier drivers, needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts · cohorts by phone platform and device class; ratios; short
  {
    id: 'bo006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I own the cohort order, the rollback limits and the holds; the payments engineers own the SDK build, the routing and the remote-config flag.',
      'Cohorts by phone: staff devices first, Android and iOS both; then customers in our beta programme, iOS before Android; then general iOS users; then general Android on recent OS versions; older Android versions and low-memory phones last, since the failures are likeliest there. Within each, customers placing their first order go last.',
      'Limits, set before anything moves, as ratios to the old SDK on the same platform: payment failures no more than 1.1 times; p99 payment latency no more than 1.2 times; completed orders at least 0.98 of the baseline. Checked per minute, not per hour, because the failures come in bursts.',
      "Stages of 1 %, 5 %, 25 %, 50 %, 100 %, each held 24 hours, and nothing above 25 % goes into Friday dinner. Each step needs my sign-off and the payments lead's.",
      'Rollback: the on-call engineer, any hour, no approval needed. Remote config sends payments back down the old SDK path in about three minutes.',
      'The canary says the new SDK is safe. A randomised A/B test afterwards tells us whether wallet payments lift orders.',
    ].join('\n'),
  },
  // storage-migration-under-load · Bahamian English register in writing; ratios; legal question
  {
    id: 'bo007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Right, a database move wit cold caches. Here is what I would do.',
      "Who decide what: I own the order of teams, the rollback limits, the holds and when we go forward. Engineering own the proxy, the migration and the routing between old and new cluster. Dat's their call, not mine.",
      "Order: our own company workspace first, 'cause we live in the tool all day. Then customer teams who opted into early access. Then small teams on the free plan. Big paying accounts and anybody who signed up this month go last; the big ones hit the database hardest and the new ones ain' got no loyalty yet.",
      "Limits, signed before we move one read: 5xx errors no more than 1.2 times the old cluster's; p99 page-load latency no more than 1.3 times the old; tasks saved per active user at least 0.97 of baseline. Any one of them trip, we go back.",
      "Stages: 1 %, 5 %, 25 %, 50 %, 100 %, and each one hold until it see a full weekday peak, Monday morning especially, 'cause the load tests ran with warm caches and cold-cache slowness only show under real load. Metric gate, not a clock.",
      "Sign-off: me and the database lead both sign each advance. The end-of-month decommission don't change dat. If we running late, we ask for the old cluster another two weeks; we don't skip a stage.",
      "Rollback: the on-call engineer, any hour, any day, don't need to ring me. The proxy routes back to the old cluster by config in under five minutes, and writes go to both clusters during the ramp so switching back lose nothing. Dat's why the old cluster stay up till 100 % been clean a week.",
      'Legal asked if the managed cluster change where customer data is stored. It stay in the same region, so no notice to customers.',
      "Last ting: the canary tell you it safe, not that it better. If anybody want to claim the new cluster make the app faster for users, dat's a randomised A/B test after.",
    ].join('\n'),
  },
];
