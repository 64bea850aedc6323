import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventieth fresh held-out set, author a: strong answers (bx001–bx007). Written blind (neither
 * the grader nor any other answer file was read) and labelled by hand before anything was run.
 * Four model scenarios (every point incl. model-metrics), three service scenarios.
 */
export const SEVENTIETH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Lancashire speech, pie-shop PM, tram stops, the nod, market days, "that's us done"
  {
    id: 'bx001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Right, I'll borrow from the pie shop, where I've done this on our click-and-collect app.",
      "First off, what's mine and what's not. The platform lads own the routing, the deploy and the flag. What's mine is who gets the new model and in what order, the numbers that stop it, how long we sit at each stage, and who says we move on.",
      "Order. Our own HR and payroll staff go first: they use the assistant every day, they know what a right answer on a payslip looks like, and they'll tell us straight. Then the customer firms who opted into early access. Then the light users, folk who ask it summat once a month. The heavy users, payroll admins who lean on it every pay run, go last, because a wrong answer about somebody's wages near payday does proper damage.",
      "Numbers, written down and agreed before a single conversation moves. If the error rate goes above 0.5 % over the old model, that's us done. If p95 latency goes above 300 ms over today's, that's us done. If the hallucination rate from the eval harness goes above 2 % on payslip and leave questions, done. If thumbs-down goes above 1.5 points over the old model, done. If cost per conversation goes above 20 % over the figure finance signed for, done. And the business one: if escalations to a human go above 3 % over the baseline cohort, done.",
      "Stages, named after the tram stops from Starr Gate up to Fleetwood. Starr Gate is our own staff, about 1 %. North Pier is 5 %. Bispham is 25 %. Cleveleys is 50 %. Fleetwood Ferry is everybody. We sit at each stop for a full market day at the least, and at Bispham for two, so there's a pay run's worth of questions in the numbers. Nothing moves on the clock alone; the numbers have to be inside the lines as well.",
      'Before each next stop, two people give it the nod: me and Dave Ashworth, the engineering lead. Both of us, or it stays put.',
      "Rollback: whoever's on call puts the old build back on. It's a routing switch back to the old model, two or three minutes, not a redeploy, and they do it at three in the morning without ringing me or anybody first.",
      "Last thing. The canary tells us the bigger model is safe. It doesn't tell us it's better, or worth what it costs. For that we run a proper randomised A/B test once it's fully out.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · terse notes with arrows, pie-shop PM, tram stops, the nod (under 220 words)
  {
    id: 'bx002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Notes. Pie-shop PM, so the stages are tram stops.',
      "- Mine: the order people get it, the limits, how long we sit, who nods. Engineering's: the prompt flag and the routing.",
      '- Order: our own staff, English and German → opted-in beta users → English writers → German writers last, because formal address is where a chatty prompt offends.',
      "- Limits, agreed before the flag flips: errors above +0.5 % on control, that's us done. p95 above +250 ms, done. Thumbs-down above +2 points in either language, done. Eval-harness tone failures (du where Sie is wanted) above 1 %, done. Drafts sent without edits down more than 3 % vs baseline, done.",
      '- Stops: Starr Gate (staff) → North Pier 5 % → Bispham 25 % → Cleveleys 50 %, where German writers join → Fleetwood 100 %. Each stop held a full market day; Cleveleys held two.',
      '- The nod at every stop: me and Hannah Vogel, the German-market lead.',
      "- Rollback: whoever's on call puts the old prompt back on. Config switch, under five minutes, any hour, nobody asked first.",
      '- Canary = safe. Whether warmer is better: randomised A/B test afterwards.',
    ].join('\n'),
  },
  // quiet-feedback-trap · Lancashire speech opening on a bank-holiday rush story, pie-shop PM, tram stops
  {
    id: 'bx003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Can I start with a story? Easter Monday, couple of years back, our pie app took three times its usual orders before dinner. We'd put a new build out on the Thursday to a slice of users and it looked grand, because in a quiet week that slice placed about forty orders. The rush found the bug in twenty minutes. What I took from it is that a small slice with no volume tells you nowt. You hold until you've got enough in the bucket.",
      "That's the trap here. A few hundred summaries a minute, vets hardly rate them, and the harness grades one in two hundred. At 5 % that's next to nowt to judge the new model on.",
      "So. My job is the order, the limits, the holds and who nods. Engineering own the routing and the flag, and I'll ask them to turn the harness up to one summary in twenty while the canary runs.",
      'Order: our own clinical support team and the two friendly clinics we test with, then clinics that opted into early access, then the occasional users, the practices that send a handful a day. The busy practices that summarise every consult, and any clinic that signed up this month, go last; they have the most riding on it and the least patience.',
      "Limits, fixed before any traffic moves. If errors go above 0.5 % over the old model, that's us done. If p95 goes above 400 ms over today, done. If the harness's hallucination rate, made-up drugs or doses, goes above 1 point over the old model, done. If the share of summaries vets edit heavily goes above 5 points over the baseline clinics, done. Cost per summary we watch every day, and it should fall.",
      "Stops: Starr Gate for staff, North Pier at 5 %, Bispham at 25 %, Cleveleys at 50 %, Fleetwood at 100 %. Each stop holds a full market day and until the harness has graded at least 500 of the new model's summaries, whichever is later. The nod to move on comes from me and Dr Ruth Holden, our clinical lead, both of us.",
      "Whoever's on call can put the old build back on at any hour: it's a flag that sends traffic back to the old model in about two minutes, no redeploy, no asking.",
      'And the canary only tells us the cheaper model is safe to run. Whether the summaries are better, we find out with a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · written route card, pie-shop PM, tram stops, cohorts by city and by how often people order
  {
    id: 'bx004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Route card for the new recommendation model. (I run a pie-shop ordering app, so I plan every release like a tram ride.)',
      'Who does what: engineering owns the routing, the deploy and the feature flag. I own the order people board in, the limits, how long we stop, and who signs each stop off.',
      "Order of boarding, and why: our own staff in Berlin and Singapore first, because they'll report a daft basket. Then customers who opted into the beta. Then occasional shoppers in both regions, smaller cities before Berlin and Singapore. Weekly regulars last: they're most of the revenue and they notice a bad home screen straight off. Every stop has Asian customers in it, because the feature stores were sized for the old model and the Singapore lunch peak is where that will show.",
      'Limits, agreed and written down before the first request moves:',
      "- errors: if they go above 0.5 % over the old model, that's us done",
      "- p95 home-screen latency: if it goes above 150 ms over today's, per region, that's us done",
      "- feature-store timeouts: if they go above 1 % in either region, that's us done",
      "- add-to-cart from recommended baskets: if it drops more than 2 % against the baseline cohort, that's us done",
      "- model quality: eval-harness relevance more than 3 points down on the daily replay, or 'not interested' taps up more than 2 points, that's us done; compute cost per request watched daily",
      'Stops:',
      '- Starr Gate: staff only, held a full market day',
      '- North Pier: 5 %, held a full market day that takes in a Singapore lunch hour and a Berlin evening peak',
      '- Bispham: 25 %, held two market days, so two lunch peaks in each region',
      '- Cleveleys: 50 %, held two market days',
      '- Fleetwood Ferry: 100 %',
      'At each stop Priya Nair (head of the Asia market) and Jonas Becker (engineering lead) give it the nod together before we go on.',
      'Rollback: whoever is on call, in Berlin or in Singapore, puts the old build back on, meaning the flag routes requests back to the old model in under five minutes, no redeploy, at any hour, with no approval needed. The follow-the-sun rota matters because the Singapore lunch peak is early morning in Berlin.',
      'The canary tells us the model is safe to run. Whether it sells more baskets is a question for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts · Lancashire speech, bank-holiday rush story, pie-shop PM, tram stops, cohorts by town and frequency
  {
    id: 'bx005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'll tell you why I'm twitchy about payment changes. Whit bank holiday last year, our click-and-collect pie app had the busiest Friday teatime we'd ever had, and a card update we'd put out that week started failing in bursts. Five minutes fine, two minutes nowt going through, over and over. The hourly average looked nearly normal. Folk in Bolton were stood at the counter with no pie. So the lesson I brought with me: look at payments in short windows, and make sure the rush is inside your canary, not after it.",
      "For this SDK, here's the plan. Engineering own the SDK integration, the deploy and the remote flag that picks the payment path. I own the order, the limits, the holds and who signs each one off.",
      "Order: staff orders first, we all eat off the app anyway. Then the beta group who opted in. Then occasional customers, once-a-monthers, in the smaller towns. Friday regulars and the big cities last, because a failed payment at dinner is a lost order and maybe a lost customer. Android and iOS in every stage, with Android watched on its own, because that's where the risk is.",
      "Limits, written down before a single payment goes through the new SDK: if the payment failure rate goes above 0.5 % over the old SDK in any five-minute window, that's us done. If p99 time to confirm a payment goes above 200 ms over today, that's us done. If completed orders drop more than 2 % against the baseline, that's us done.",
      'Stops on the tram: Starr Gate, staff. North Pier, 5 %. Bispham, 20 %. Cleveleys, 50 %. Fleetwood Ferry, everybody. Every stop holds a full market day and has to take in a Friday dinner rush before we move, so North Pier might be a week. Before each stop, me and Sarah Whittle, the payments engineering lead, both give it the nod.',
      "If a limit trips, whoever's on call puts the old build back on: flips the remote flag so the apps take the old payment path, under five minutes, no app release, no redeploy. Friday night or four in the morning, they don't ring me first.",
      "And mind, the canary tells us the SDK is safe. It doesn't tell us wallet payments lift orders; that's a randomised A/B test after it's out.",
    ].join('\n'),
  },
  // checkout-first-order · short Lancashire speech, pie-shop PM, tram stops, the nod (under 220 words)
  {
    id: 'bx006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Short version, and I'll talk like it's our pie shop's checkout, because it's the same shape.",
      'I own who gets it when, the limits, the holds and who nods; the web team own the flag and the routing.',
      "Staff first, then opted-in beta shoppers, then returning customers who order often. First-time buyers last, because they're who the spring campaign is paying for and they've no saved card to fill in.",
      "Before owt moves: if checkout errors go above 0.5 % over the old checkout, that's us done. If p99 page load goes above 200 ms over today, done. If first-order conversion drops more than 2 % against the baseline cohort, done.",
      'Stops: Starr Gate, staff. North Pier, 5 %. Bispham, 25 %, where first-timers come in. Fleetwood, 100 %. Each held a full market day; Bispham two.',
      'Me and Kath Entwistle from growth give it the nod at every stop.',
      "Whoever's on call puts the old build back on: a flag flip, two minutes, no redeploy, any hour, nobody's permission needed.",
      "The canary says it's safe, not that it's better. Better is a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // night-breach-rollback-authority · Lancashire speech starting from the 2 a.m. rollback, pie-shop bank-holiday aside, tram stops
  {
    id: 'bx007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Night-time's where this one bites, so I'll start at the end: who puts the old build back on at two in the morning.",
      "Whoever's on call. Not me, not the head of engineering, not a meeting. If a limit trips they flip the pricing route back to the old fare service, a config switch that takes two or three minutes, no redeploy, and they don't need anybody's approval. They write it up in the morning. At the pie shop we learned that on a bank holiday, when the on-call lad sat on a problem for forty minutes waiting for me to answer my phone. Never again.",
      'Now the rest. I own the order, the limits, the holds and the sign-offs; engineering own the new pricing service, the routing and the deploy.',
      "Order: staff rides first, then riders who opted into the beta, then occasional riders in the smaller towns, Preston and Lancaster, before the big cities. Airport trips and the riders who book every night go last; they're the money and the least forgiving of a wrong fare.",
      "Limits, written down before the new service prices a single trip: if fare-calculation errors go above 0.3 % over the old service, that's us done. If p99 quote time goes above 200 ms over today, done. If quoted and charged fares differ on more than 0.5 % of trips, done. If completed trips drop more than 2 % against the baseline cohort, done.",
      "Stops: Starr Gate, staff. North Pier, 5 %. Bispham, 25 %. Cleveleys, 50 %. Fleetwood Ferry, all riders. We start Tuesday evening, but nothing leaves North Pier until it's been through a nightly batch window alongside billing and a Friday and Saturday night peak. Every other stop holds a full market day and a batch window.",
      'Before each stop, Joanne Pilling, who runs ops, and me give it the nod. Both of us.',
      "Last: the canary tells us the new service is safe. It doesn't tell us the fares are better for the business. If we want that answer, it's a randomised A/B test afterwards.",
    ].join('\n'),
  },
];
