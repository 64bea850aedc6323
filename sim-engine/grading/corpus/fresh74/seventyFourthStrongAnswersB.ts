import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-fourth fresh set, author b: strong answers (cb021–cb027), written blind and labelled by
 * hand before any grading. Every point of the scenario kind (service: P C T H S R A; model: + M).
 */
export const SEVENTY_FOURTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · text-message run; Appalachian register; parts-counter assistant transposed; ridges; planting Saturdays / conversation count; order-book sign-off
  {
    id: 'cb021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "ok here's how I'd run the canary on the bigger model for our parts-counter assistant. sending it in pieces so I don't leave none of it out",
      "what's mine: who gets it in what order, the limits that send it back, and how long we sit on each ridge. what's engineering's: the routing, the flag and the deploy itself",
      "who goes first: our own counter staff at the home store in Greenbrier County. they lean on that assistant all day and they'll holler the minute it gives a wrong part number",
      'then the dealers that signed up for early access',
      "then the small farms, under 300 acres, in the quiet counties. the big operations and any account opened this year go last, because a wrong answer in planting season costs them a day in the field, and a new customer ain't learned to trust us yet",
      'limits, wrote down and agreed before a single conversation moves over:',
      "errors past 0.5 % worse than today and it's done",
      "p99 response time past 300 ms worse than today and it's done",
      "orders placed off the assistant past 2 % worse than the old model's cohort and it's done",
      "model ones too. hallucination rate from the eval harness on our part-number questions, past 1 point worse than today and it's done. thumbs-down rate I read every morning. and since finance asked, tokens per conversation past 25 % over today's and it's done",
      'stages: the first ridge is 5 %, the second ridge is 25 %, the top is everybody',
      "we sit on each ridge two full planting Saturdays or 4,000 conversations, whichever runs longer, and we don't climb till it's clean",
      "before each climb: a 'go on ahead' from the parts manager, Darlene, and me, wrote down in the order book",
      "if a limit trips, whoever's on call puts the old model back. 2 a.m. on a Sunday, same deal. they don't call me first. it's a config switch, done in a few minutes, no redeploy",
      "last thing. this canary only tells us the bigger model is safe to leave on. it don't tell us it's better. for better we run a randomised A/B test after, and that's where finance gets its cost-per-conversation answer weighed against what it earns",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · Appalachian prose, one paragraph; Spanish-speaking dealers stand in for German; ridges; conversation count; order-book sign-off
  {
    id: 'cb022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I reckon the trouble is the warmer prompt got reviewed by folks who only write English, and a quarter of our dealers write in Spanish, where \"usted\" matters. I own the order, the limits and the holds; engineering owns the flag and the routing. Our own bilingual counter staff get the new prompt first, then the early-access dealers who asked for it, then small English-speaking farms, and the Spanish-speaking counties and the big operations last, since that's where it's likeliest to go sideways. Before anything moves we write the limits down: errors past 0.5 % worse than today, p99 past 200 ms worse, or orders per conversation past 2 % worse than the old prompt's cohort, and it's done. Thumbs-down rate, split by language, past 1 point worse than today and it's done, and the eval harness runs our Spanish formality checks every night. The first ridge is 5 %, the second 25 %, the top everybody, each held for 3,000 conversations, with a 'go on ahead' from the parts manager and me wrote down in the order book before we climb. Whoever's on call puts the old prompt back, any hour, without asking; it's a config flip, under five minutes. And the canary only says it's safe. Whether warmer is better takes a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Appalachian prose in paragraphs; the demand-forecasting model itself; ridges with holds by graded count plus planting Saturdays; order-book sign-off
  {
    id: 'cb023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Well, this one's close to home, since forecasting parts demand is my whole job. We're fixing to swap the forecast model for one that's cheaper and quicker, and the catch is there ain't much feedback to go on: parts managers hardly ever flag a forecast, and the eval harness only grades one in two hundred.",
      "Here's what I'd own and what I wouldn't. I decide who gets it and in what order, what sends it back, and how long we sit at each stage. Engineering owns the routing, the flag and the deploy.",
      "Order: our own warehouse in the home county first, where I can walk over and ask the stock clerks. Then the dealers who opted into early access. Then small farms in the counties with steady, boring demand. The big row-crop operations and anybody who opened an account this year go last; a short on a combine belt in harvest costs them the most, and a new account we'd lose for good.",
      "Limits, wrote down and signed before any forecast moves: errors past 0.5 % worse than today and it's done; p99 response past 250 ms worse than today and it's done; stock-outs on forecasted parts past 2 % worse than the old model's counties and it's done. On the model itself: harness forecast error past 3 points worse than the old model and it's done, and overrides by parts managers, the nearest thing we've got to a thumbs-down, past 5 % of forecasts and it's done. Compute cost per forecast I'll watch every week, since that's the reason for the change.",
      "Because the feedback is thin, holds go by count, not by the clock. The first ridge is 5 %, and we stay there till the harness has graded 400 forecasts; the second ridge is 25 %, same count again plus two full planting Saturdays; then the top. Each climb needs a 'go on ahead' from the parts manager and me, wrote down in the order book.",
      "Whoever's on call puts the old model back, day or night, no phone call to me needed. It's a routing switch, done in a few minutes.",
      'And mind, the canary tells us the cheap model is safe. Whether it forecasts better is a randomised A/B test afterward.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · text-message run; reorder-basket model on the dealer portal transposed; cohorts by county and farm size; ridges; planting Saturdays; order-book sign-off
  {
    id: 'cb024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'right, the new reorder-basket model for the dealer portal. it reads more features per request from the regional feature stores, and those were sized for the old one. texting my plan in order',
      'who owns what: I own the order of counties, the limits, how long each hold runs, and who signs. engineering owns the routing, the flags and the feature stores',
      'first: our own parts counters in the three home counties. staff use the basket all day',
      'next: the early-access dealers who signed up for it',
      'then small farms, a few counties in every region, so each feature store takes some load at its own peak',
      'last: the big dairies and row-crop outfits, and brand-new accounts. biggest orders, least patience',
      "limits, wrote down before any traffic moves, against today's numbers:",
      "error rate past 0.5 % worse than today and it's done",
      "p99 past 200 ms worse than today in any one region and it's done. has to be per region or the West Coast dawn rush hides in the average",
      "basket add-to-order rate past 2 % worse than the old model's counties and it's done",
      "model signals: p95 latency per feature store, compute cost per request, and the eval harness relevance score on last season's orders. harness past 2 points worse and it's done",
      'first ridge 5 %. second ridge 25 %. the top, everybody',
      "each ridge holds two full planting Saturdays, and it has to ride through every region's morning peak at least twice before we climb",
      "to climb: a 'go on ahead' from the parts manager and me, wrote down in the order book",
      "rollback: whoever's on call puts the old model back, any hour. the west peaks while we're asleep, so it can't wait on me. flag flip, under 5 minutes",
      "and this only proves it's safe. to know if the baskets are better we run a randomised A/B test after",
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service) · Appalachian prose in paragraphs; parts-ordering app payment SDK transposed; ridges; planting Saturdays plus part-order count; order-book sign-off
  {
    id: 'cb025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I reckon the danger here is the bursts. The new payment SDK passed the provider's certification, but on Android it can fail in clumps, and our busiest hour is Saturday morning in planting season, when every farmer in three states is ordering the part that broke Friday night.",
      "What's mine: who gets it in what order, the rollback limits, how long we hold, and who signs. Engineering owns the SDK integration, the flag and the rollout in the app.",
      "Order: our own staff's phones first, paying for real parts at the counter. Then the dealers that opted into early access. Then small farms in the quiet counties, Android and iPhone both, with Android watched on its own. The big operations and first-time buyers go last: a failed payment on a $4,000 order, or on somebody's first order, is one we don't get back.",
      "Limits, wrote down before a single payment moves, checked in five-minute windows and per platform: payment errors past 0.3 % worse than today and it's done; p99 checkout time past 400 ms worse than today and it's done; completed orders past 2 % worse than the old SDK's cohort and it's done. The five-minute windows matter, since a burst averaged over a whole day looks like nothing.",
      "Stages: the first ridge is 2 %, the second ridge 20 %, then the top. We hold each ridge through two full planting Saturdays, Saturday-morning rush and all, and 5,000 part orders at least, and we don't climb till both are done. Before each climb there's a 'go on ahead' from the parts manager and me, wrote down in the order book.",
      "Rollback: whoever's on call puts the old payment code back with the remote flag, any hour, Saturday rush or Sunday night, without calling anybody. That takes a couple of minutes; nobody waits on an app-store release.",
      "One more thing: this tells us the SDK is safe, not that wallet payments sell more parts. If we want to know that, we run a randomised A/B test once it's all the way up.",
    ].join('\n'),
  },
  // storage-migration-under-load (service) · text-message run, terse; parts order database transposed; ridges; part-order count; order-book sign-off
  {
    id: 'cb026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "the order database is fixing to move to the managed cluster behind the new proxy. load tests ran with warm caches. here's the canary",
      "mine: the order of cohorts, the limits, the holds. engineering's: the proxy, the routing, the migration itself",
      'cohorts: our own counter staff first. then early-access dealers. then small farms, a county at a time. big operations last, they hit the database hardest and lose the most',
      "limits, wrote down before any reads move: errors past 0.5 % worse than today and it's done. p99 page load past 200 ms worse and it's done. orders completed past 2 % worse than the old cluster's cohort and it's done",
      "ridges: first ridge 5 %, second ridge 25 %, then the top. each held till it's taken 10,000 part orders on cold caches, and a Monday morning",
      "each climb: a 'go on ahead' from the parts manager and me, wrote down in the order book",
      "whoever's on call points the proxy back at the old cluster, any hour, no asking. config switch, minutes. which is why the old cluster don't get decommissioned till we've sat at the top a full week",
      'and it proves safe, not better. better is an A/B test, randomised, after',
    ].join('\n'),
  },
  // night-breach-rollback-authority (service) · Appalachian prose in paragraphs, opening from the 2 a.m. rollback; parts pricing service transposed; ridges; nights of the batch window plus planting Saturdays; order-book sign-off
  {
    id: 'cb027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Now this one turns on who can pull it back at two in the morning, so I'll start there and work up.",
      "Parts pricing is moving to a new pricing service, and it shares the nightly batch window with billing. Orders never quite stop; the dairies order at all hours. If the new service breaks in that window, whoever's on call puts the old pricing service back. They don't call me, they don't wait on the parts manager, and they don't need a change ticket. It's a routing switch in the config, under five minutes, and we practise it once on the first ridge before we go any higher.",
      'What I own: the order folks get it in, the limits, how long we hold, and who signs. Engineering owns the new service, the routing and the deploy.',
      'Order: our own counters first, then the early-access dealers, then small farms in the quiet counties, then the big operations and brand-new accounts last, since a wrong price on a big order or a first order hurts the most.',
      "Limits, agreed and wrote down before traffic moves: pricing errors past 0.5 % worse than today and it's done; p99 quote time past 250 ms worse than today and it's done; orders completed past 2 % worse than the old service's cohort and it's done. Same limits at 2 a.m. as at noon.",
      "Stages: the first ridge is 5 %, the second ridge 25 %, then the top. Each ridge holds through two nights of the batch window and two full planting Saturdays before we climb, and the climb takes a 'go on ahead' from the parts manager and me, wrote down in the order book.",
      "And I'd say it plain: the canary shows the new pricing is safe. Whether it earns more is for a randomised A/B test afterwards.",
    ].join('\n'),
  },
];
