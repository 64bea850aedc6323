import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-eighth fresh held-out set, author a: strong answers (bv001–bv007). Written blind (neither
 * the grader nor any other answer file was read) and labelled by hand before anything was run.
 * Four model scenarios (every point incl. model-metrics), three service scenarios.
 */
export const SIXTY_EIGHTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Mancunian speech, bus journey-planner PM, stops, release-note countersign, question back
  {
    id: 'bv001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Right, I'll be straight with you: my day job is the journey planner for a bus operator round Greater Manchester, so forgive me if I talk in buses.",
      'Engineering own the plumbing: the routing, the deploy, the feature flag. I own the order people get the new model in, the limits that send it back, and how long we sit at each stop.',
      'The limits get written down and agreed with the eng lead before a single conversation moves. If the error rate climbs more than 0.5 % above where it sits now on the old model, it goes back. If p95 latency climbs more than 300 ms above where it sits now, it goes back. If the hallucination rate from the eval harness on payslip and leave questions climbs more than one point, or thumbs-down on answers climbs more than two points above where it sits now, it goes back. Cost per conversation too: more than 30 % above where it sits now and we stop; finance have asked.',
      "Our own HR and payroll staff first, because they'll spot a wrong payslip answer a mile off. Then the customers who opted into the beta, because they've said they'll put up with rough edges. Then general customers, light users before heavy ones. Payroll admins in the week of a pay run go last: a wrong answer costs them the most.",
      'Stops on the route: the first stop is staff only; the interchange is 10 % and then 25 % of customers; the terminus is everyone. At each stop we sit for a full fortnight of school runs, ten working days, so we catch a pay day, and we do not pull away until every number is inside its limit.',
      'Before each move, Aisha, the engineering lead, signs the release note, and then I countersign it.',
      "The controller on shift, which is what we call our on-call engineer, puts the old model back in, same as putting the old timetable engine back in at work. Any hour, without mithering me or anyone else first. It's a config switch to the previous model, done in under five minutes, not a redeploy.",
      "And to be clear, this tells us the bigger model is safe to run, not that it's better. If we want to know it's better, that's a randomised A/B test afterwards.",
      'Can I ask you one back: do finance want cost per conversation or a monthly total?',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · short Mancunian speech, stops, countersigned release note, question back (under 220 words)
  {
    id: 'bv002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Right, quick version, route-style: first stop, the interchange, the terminus.',
      "Mine: the order, the limits, the holds. Engineering's: the routing and the prompt flag.",
      'Limits, fixed before anybody gets the new prompt. It comes back if errors climb more than 0.5% above where they sit now, if p95 latency climbs more than 200 ms above where it sits now, if thumbs-down climbs more than two points above where it sits now in either language, or if the eval harness catches informal address in more than 1 in 100 German replies.',
      "First stop: our own staff in both languages, 5%, held for ten rush hours. They'll tell us straight. The interchange: opted-in beta users at 25%, German writers counted separately, another ten rush hours. The terminus: everyone, German business accounts last, because formal address matters most to them.",
      'Before each move Jonas from the German team signs the release note and Mel, the eng lead, countersigns it.',
      'The controller on shift, our on-call engineer, swaps back to the old prompt at any hour without asking anyone. Config switch, two minutes.',
      "It shows the warmer prompt is safe, not that it's better. Better is a randomised A/B test afterwards.",
      'One back at you: do many German users rate replies at all?',
    ].join('\n'),
  },
  // quiet-feedback-trap · Mancunian speech opening on a question back, bus PM, stops, holds as graded summaries plus school runs
  {
    id: 'bv003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "One question back before I start, because it changes the holds: does the eval harness have to stay at one summary in two hundred, or can we turn it up for the canary? I'll assume we can.",
      'The platform team own how traffic is routed, the deploy and the flag. I own which clinics go when, the limits, how long we wait at each stop and who says go.',
      "Limits, agreed in writing with the tech lead before the new model writes a single summary. The eval harness grades one in ten canary summaries instead of one in two hundred, and if the hallucination rate climbs more than one point above where it sits now on the old model, it comes back. Errors: more than 0.5 % above where they sit now. p95 latency: more than 200 ms above where it sits now. Vets editing or throwing away a summary: more than three points above where it sits now. Cost per summary we watch to show the saving; it doesn't gate owt.",
      'Order. Our own vet advisers and support staff first, because they know what a good visit note reads like. Then the clinics that opted into early access. Then the rest, by how often they use the tool: occasional users before the clinics that lean on it every consult, and the busy multi-site practices last, because a wrong dose in a summary hurts them most.',
      "Stops. First stop: staff and the early-access clinics, about 5 %. The interchange: 25 %. The terminus: everyone. Because the feedback is that thin, the hold at each stop is counted in graded summaries as well as time: we sit until the harness has graded at least 400 canary summaries and a full fortnight of school runs has gone by, whichever comes later. If they won't turn the harness up, the holds get longer, not the limits looser.",
      'To leave a stop, Dev, the tech lead, signs the release note, and then I countersign it.',
      "Rollback: the controller on shift, that's the on-call engineer, puts the old model back in the moment a limit trips, middle of the night included, without waiting for anyone. It's a routing switch back to the old model, a couple of minutes, no redeploy. On my bus app we'd call it putting the old timetable engine back in.",
      "Last thing: the canary tells us the cheaper model is safe, not that it's as good or better for vets; that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · route card in capitals, cohorts by depot and order frequency, rush-hour holds, question back
  {
    id: 'bv004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "ROUTE CARD: new basket-recommendation model. I've laid it out like one of our bus routes, because that's how a journey-planner PM's head works.",
      'WHO DRIVES WHAT: engineering own the routing, the deploy, the flag and the feature stores. I own the order of depots, the limits, and how long we wait at each stop.',
      'LIMITS, fixed before any shopper sees it, checked per region and not only overall: errors more than 0.5 % above where they sit now; p95 home-screen latency more than 150 ms above where it sits now; feature-store read time more than 50 ms above where it sits now in either region; baskets added from a recommendation more than 2 % below where they sit now on the old model; shoppers dismissing the recommended basket more than three points above where it sits now; compute cost per request more than 20 % above where it sits now. Any one of those and it goes back.',
      "CALLING ORDER: staff accounts first, they'll tell us if the baskets look daft. Then opted-in early-access shoppers. Then depots one at a time, a Berlin depot and a Singapore depot together so both regions' feature stores take load, occasional shoppers before weekly ones. Our weekly-shop regulars go last; they're the customers we can least afford to annoy.",
      'FIRST STOP (staff plus early access, about 2 %): hold for six rush hours, three Singapore lunch peaks and three Berlin evening peaks. THE INTERCHANGE (one depot per region at 10 %, then 25 %): the same six rush hours at each step. THE TERMINUS: 100 %. We do not pull away from any stop until every limit has held right through the peaks in both regions.',
      "SIGNING OFF: at each stop Lena, the Berlin engineering lead, signs the release note, and Wei, who runs Singapore depot operations, countersigns it. Singapore's lunch is Berlin's early morning, so Wei's the one awake for it.",
      "ROLLBACK: the controller on shift, the on-call engineer in whichever region is awake, puts the old model back in, our old timetable engine, at any hour and without asking me. It's a config switch to the old model, under five minutes, no redeploy.",
      "WHAT THIS PROVES: that the new model is safe to run through both lunch peaks. Not that it sells more. That's a randomised A/B test afterwards.",
      'And one back to you: were the Singapore feature stores load-tested at their own lunch hour, or at ours?',
    ].join('\n'),
  },
  // payment-sdk-android-bursts · short Mancunian speech, dinner rush-hour holds, countersigned release note (under 220 words)
  {
    id: 'bv005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Right, here's me.",
      'I own the order, the limits and the holds. Engineering own the routing, the deploy and the flag.',
      "Limits, written before a single order goes through it: payment failures climbing more than 0.3 % above where they sit now on the old SDK, Android and iOS counted separately, since it's Android where it bursts; p99 payment latency more than 400 ms above where it sits now; completed orders more than 2 % below where they sit now. Any one and it's back.",
      "Order: staff first, because they'll report a failed payment straight away; then opted-in beta customers; then occasional customers before regulars, Android in every group on purpose. Our every-night regulars go last, because they're who we'd lose.",
      'First stop 2 %, the interchange 10 % then 25 %, the terminus 100 %, each held over four dinner rush hours including a Friday.',
      'Priya in payments signs the release note, then Tom, the eng lead, countersigns it before we pull away.',
      'The controller on shift, our on-call engineer, puts the old SDK back in at any hour with no asking: config switch, under five minutes.',
      'Safe is not better. Better is a randomised A/B test afterwards.',
      'Question for you: does the provider give us burst-level error data?',
    ].join('\n'),
  },
  // night-breach-rollback-authority · Mancunian speech, told as the bus app's own fare-engine move, depots and riding frequency
  {
    id: 'bv006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "This one's close to home, because we did near enough this on our bus app: fares moved off the old calculator onto a new pricing service. Our night buses stand in for your night trips.",
      'First, the split. Engineering own the routing, the deploy and the flag. I own who gets it when, what numbers send it back, and how long we sit at each stop.',
      'Limits, written down and agreed before a single fare is priced by the new service: if fare errors climb more than 0.2 % above where they sit now, if p99 quote latency climbs more than 250 ms above where it sits now, or if completed ticket purchases drop more than 2 % below where they sit now on the old service, it goes back. Plus one for this change: shadow-priced fares differing from the old calculator by more than 1 %.',
      "Cohorts by depot and by how often people ride. Staff passes first, because drivers and office folk will tell us straight if a fare's wrong. Then riders who opted into the beta. Then one quiet depot's routes, occasional riders before daily ones. Daily commuters and concession pass holders go last: they ride most, and a wrong fare hits them hardest.",
      'Stops: the first stop is staff and beta, about 1 %. The interchange is one depot, then 25 %. The terminus is 100 %. At each stop we hold for twelve rush hours, and at least two of those nights must take in the nightly batch window with billing, so we see the two running side by side before we pull away.',
      'Before every move, Kemi, the pricing service lead, signs the release note, and then I countersign it.',
      "Now the 2 a.m. bit. The controller on shift, our on-call engineer, has the authority to put the old timetable engine back in, here the old fare calculator, at any hour, without ringing me or anybody. It's a routing switch in config, about three minutes, not a redeploy. If a limit trips at 2 a.m., they flip it first and we have a brew and talk in the morning.",
      "And this canary says the new pricing service is safe. It doesn't say it's better. If we want to know about better, that's a randomised A/B test afterwards.",
      "Can I turn it round for a sec: who's on call for billing during that batch window? I'd want them in the same channel.",
    ].join('\n'),
  },
  // search-tail-latency · "Next stop" announcements on the bus app's journey search, old timetable engine, question back
  {
    id: 'bv007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'll do this the way our journey planner would announce it, because we've got the same problem: journey search is moving to a new index layout that's smaller and cheaper, and the slow bit hides in odd searches, step-free routes with three changes and a via point, that kind of thing.",
      "Before we set off. Engineering own the routing, the deploy and the flags. I own the order riders get it, the limits and how long we stop. And I write the limits down now, not after we've seen a graph: if p99 search latency climbs more than 300 ms above where it sits now on the old index, or p99.9 climbs more than 800 ms above where it sits now, or search errors climb more than 0.5 % above where they sit now, or journeys planned per search drop more than 2 % below where they sit now, it goes back. The tail on multi-filter searches is measured on its own as well as overall.",
      "Next stop, the first stop: staff, 2 %. They'll do the weird searches on purpose. We hold for eight rush hours, mornings and evenings.",
      "Next stop, the interchange: opted-in beta riders, then one depot's area at 10 %, then 25 %, occasional riders before daily ones. We hold a full fortnight of school runs at 25 %, so the school-bus searches and the odd-filter ones turn up.",
      'Next stop, the terminus: everyone, with the councils who pay for the accessible-journey feature last, because their riders use every filter and can least afford a slow answer.',
      "At every stop Sam, the search lead, signs the release note, then I countersign it. No signatures, the bus doesn't move.",
      'Rollback: the controller on shift, our on-call engineer, puts the old timetable engine back in, meaning the old index, by switching the routing config. Any hour, no approval needed from me or anyone, under five minutes. We keep the old index warm until the terminus has held a week.',
      "End of the line for the canary: it tells us the new index is safe, not better. If we want to know whether riders find their journeys better, that's a randomised A/B test afterwards.",
      'Can I ask you one? Have you got a log of the rare filter searches we could replay before the first stop?',
    ].join('\n'),
  },
];
