import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eightieth fresh set, author b: strong answers (ch021–ch027), written blind and labelled by
 * hand before anything was run. Voice: Alaskan English in speech, a bush-plane charter booking
 * PM whose model estimates weather delays; radio transmissions between pilot and dispatcher,
 * one pre-flight briefing to a new pilot, one spoken monologue.
 */
export const EIGHTIETH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: quiet-feedback-trap (told as the charter outfit's delay estimator moving to a cheaper, faster model)
  {
    id: 'ch021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Dispatch: Two-Seven-Kilo, Dispatch. You are filing the plan for the new delay estimator. Go ahead.',
      "Two-Seven-Kilo: Dispatch, Two-Seven-Kilo. The estimator moves to a cheaper, faster model. Here's the flight plan. What's mine as PM: the order folks get it in, the turn-around numbers, and how long we sit at each stop. What's engineering's: the routing, the deploy and the flag. They fly the airplane; I pick the route.",
      "Dispatch: Copy. Who's aboard first?",
      "Two-Seven-Kilo: First leg, about two percent of estimates, is our own pilots and dispatchers, because they know what the weather's really doing and will call a bad estimate the same day. The fuel stop is the customers who opted into early estimates, mostly folks who've flown with us five seasons or more out of Bethel and Dillingham. The last leg is everybody else, with first-season customers and the villages that get one mail run a week at the very back, since a wrong estimate there strands somebody for days.",
      'Dispatch: Copy. Limits?',
      "Two-Seven-Kilo: Written on the board before a single booking moves. More than 0.5 % more errors than today and we turn around. p95 more than 300 ms worse than today and we turn around. Average miss between estimated and actual departure more than 10 minutes worse than today and we turn around. Thumbs-down on estimates up more than 2 points, or the eval harness score more than 3 points below today's, and we turn around.",
      'Dispatch: How long at each stop?',
      "Two-Seven-Kilo: Ratings are thin out here, and the eval harness only grades one estimate in two hundred, so we hold by count, not by the clock: each leg holds until the harness has graded 400 estimates at that leg, which at our traffic is about a full week of breakup weather. Cost per estimate gets logged the whole way, since that's the reason for the change. At every stop the chief dispatcher and I both say go before we climb to the next leg.",
      'Dispatch: And if it goes sour at three in the morning?',
      "Two-Seven-Kilo: Whoever has the duty phone puts the old version back, any hour, no waiting on me. It's a flag flip, not a new build, done in under five minutes.",
      'Dispatch: Does this tell us the new one is better?',
      "Two-Seven-Kilo: Negative. It tells us it's safe to fly. Better gets its own randomised A/B test afterwards, with a proper split. Two-Seven-Kilo, out.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations (told as a delay model that reads more weather features per booking from regional feature stores, straining at the Slope's 5 a.m. crew change)
  {
    id: 'ch022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Dispatch: Four-One-Romeo, Dispatch, go ahead with your plan.',
      'Four-One-Romeo: Dispatch, Four-One-Romeo. New delay model, the one that pulls more weather features per booking from the regional stores. I own the order, the turn-around numbers and the holds; engineering owns the routing, the deploy and the flag.',
      'First leg: our own pilots and dispatch. Fuel stop: customers who opted into the trial. Last leg: everyone, with the Slope crews and first-season customers at the very back. The Slope books hard at the five a.m. crew change, when the feature stores are stretched and the office is asleep.',
      'Fixed before anything moves: errors more than 0.5 % worse than today, p95 more than 250 ms worse, average departure miss more than 10 minutes worse, or thumbs-down on estimates up more than 2 points, and we turn around.',
      'Each leg holds through 3,000 bookings and at least one five a.m. crew change; the chief pilot and I both say go before the next leg.',
      'Whoever has the duty phone puts the old version back at any hour, no waiting on me: flip the flag, done in three minutes, no redeploy.',
      "This shows it's safe, not better; better is a randomised A/B test afterwards. Four-One-Romeo, out.",
      'Dispatch: Copy all, Four-One-Romeo.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade (told as the charter booking assistant moving to a bigger model with a longer context window)
  {
    id: 'ch023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Pre-flight briefing for our new pilot, Jenna: the bigger assistant model.',
      'Weather and route first. The chat assistant that answers customers about delays, freight weights and rebooking moves to a newer, larger model with a longer context window. Same prompt. Offline evals went up three points on short questions, and finance wants to know what each conversation costs.',
      "Who flies what. I'm the PM, so I own the route: who gets it in what order, the numbers where we turn around, and how long we sit on the ground at each stop. Engineering owns the aircraft: the routing, the deploy, the flag. Don't mix those up.",
      "Passengers, in order. First leg: our own crew, pilots, dispatchers and the freight desk, because they'll spot a wrong answer about a weight limit before a customer does. Fuel stop: customers who opted into the trial, mostly ones with three or more seasons flying with us. Last leg: everybody else, with first-season customers and the villages where we're the only way in or out at the very end, because a bad answer there costs somebody a flight they can't replace.",
      'Turn-around numbers, written down before we leave the ground: error rate more than 0.5 % worse than today, p95 more than 400 ms worse, thumbs-down more than 2 points worse, made-up answers in the eval harness more than 1 point worse, handoffs to a human agent more than 3 points worse, or cost per conversation more than 30 % over today. Any one of those and we turn around.',
      "Holds: each leg sits for 2,000 conversations or a full week, whichever is longer, and the long conversations get their own look, since that's where the bigger context window earns its keep or doesn't. Before each new leg, the head of dispatch and I both say go.",
      "If it goes bad at two in the morning, whoever has the duty phone puts the old version back, no waiting on me. That's a routing switch, a couple of minutes, no new build.",
      "Last thing, Jenna: this run tells us it's safe. It doesn't tell us it's better. Better is a randomised A/B test after we're on the ground. Questions? Then let's go fly.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down (told as the warmer system prompt for the delay notices, sent in English and German)
  {
    id: 'ch024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Dispatch: Six-Niner-Papa, Dispatch, go ahead with the plan for the new notice prompt.',
      "Six-Niner-Papa: Dispatch, Six-Niner-Papa. The change is the system prompt for our delay notices, rewritten to sound warmer. Only the English side got reviewed, and about a quarter of our summer bookings come from German-speaking fishing clients, where using the informal 'du' with a stranger reads as rude. So German gets flown on its own.",
      "Dispatch: Copy. Who's deciding what?",
      'Six-Niner-Papa: I hold the order of cohorts, the turn-around limits and the hold lengths. Engineering holds the routing, the deploy and the prompt flag.',
      'Dispatch: Order?',
      "Six-Niner-Papa: First leg, our own staff, including the two German-speaking guides at the Dillingham lodge desk, who'll read every German notice. Fuel stop, customers who opted into early features, English first, then German. Last leg, everyone else; first-season customers from Outside, who don't know us yet, go at the very back.",
      'Dispatch: Limits?',
      'Six-Niner-Papa: Set before the first notice goes out, and split by language. Thumbs-down on notices more than 2 points worse than today and we turn around. The eval harness finding informal address in more than 1 % of German notices and we turn around. Replies asking whether the flight is still on more than 10 % above today, which means the notice was unclear, and we turn around. Send errors more than 0.5 % worse or p95 more than 300 ms worse, same thing.',
      'Dispatch: Holds?',
      'Six-Niner-Papa: Each leg holds for 1,500 notices per language, about a full week of breakup weather, and Greta, the lodge desk lead, and I both say go before the next leg.',
      'Dispatch: Rollback?',
      "Six-Niner-Papa: Whoever has the duty phone puts the old prompt back, any hour, no waiting on me. It's a config switch, under five minutes.",
      'Dispatch: Will this show the warm one is better?',
      'Six-Niner-Papa: Negative. The canary says it is safe. Whether warmer gets more rebookings is a randomised A/B test afterwards. Six-Niner-Papa, out.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'ch025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Dispatch: One-Two-Echo, Dispatch, go with the fare plan.',
      'One-Two-Echo: Dispatch, One-Two-Echo. I own the order, the limits and the holds; engineering owns the routing and the deploy of the new pricing service. First leg: staff rides. Fuel stop: riders in the opt-in beta. Last leg: everyone, with the newest riders and the airport runs at the back, since a wrong fare there loses a customer for good.',
      'Fixed before the first fare moves: errors more than 0.5 % worse than today, p99 more than 200 ms worse, or fares more than 1 % off the old service on the shadow check, and we turn around.',
      'Each leg holds through 20,000 trips and one full night with the billing batch window in it; the ops lead and I both say go before the next leg.',
      'Whoever has the duty phone puts the old version back, 2 a.m. or any hour, no waiting on me: a routing switch, under five minutes, no redeploy.',
      "This shows the new service is safe, not that it's better; better is a randomised A/B test afterwards.",
      'Dispatch: Copy, One-Two-Echo.',
      'One-Two-Echo: One-Two-Echo, out.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'ch026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Dispatch: Three-Three-Lima, Dispatch. Read me the plan for the new payment SDK.',
      "Three-Three-Lima: Dispatch, Three-Three-Lima. Old bush habit: you don't trust one look at the sky. This SDK passed the provider's certification, and that's one look. So here's the flight.",
      'Who owns what: I own who gets it in what order, where we turn around, and how long we sit at each stop. Engineering owns the routing, the deploy and the SDK flag.',
      'Dispatch: Copy. Order?',
      "Three-Three-Lima: First leg, staff ordering lunch on their own phones, iOS and Android both, because they'll tell us the same hour if a wallet payment hangs. Fuel stop, the customers in our opt-in beta. Last leg, everybody else city by city, with first-time customers and the restaurants that take the most orders at the very back, since a failed first payment loses that customer and a failed dinner rush loses the restaurant.",
      'Dispatch: Limits?',
      'Three-Three-Lima: Agreed before any payment moves, and read per platform in five-minute windows, because this kind of thing comes in bursts and an hourly average hides a burst. Payment failures more than 0.5 % worse than today in any five-minute window on Android or iOS and we turn around. p99 payment time more than 300 ms worse and we turn around. Completed orders down more than 2 % against the customers still on the old SDK and we turn around.',
      'Dispatch: Holds?',
      'Three-Three-Lima: Each leg holds until it has flown through a Friday dinner hour and 10,000 payments. Before climbing to the next leg, the payments lead and I both say go.',
      'Dispatch: Rollback at night?',
      "Three-Three-Lima: Whoever has the duty phone puts the old version back, any hour, no waiting on me. Both SDKs ship in the app and a remote config picks which one runs, so it's a config switch that takes under five minutes, not a new app release.",
      'Dispatch: And wallet payments lifting orders?',
      "Three-Three-Lima: The canary only tells us it's safe. If we want to know whether wallets sell more, that's a randomised A/B test afterwards. Three-Three-Lima, out.",
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'ch027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Well, I flew freight to the Slope for six winters before I came to product, and the rule up there is you don't trust a forecast made in a warm office. That's this migration: the load tests passed, but with warm caches.",
      "What's mine and what's not: I decide which teams move in what order, the numbers that send us back, and how long we sit at each stage. The platform team owns the new proxy, the routing and the cut-over itself.",
      "Order. The first leg is our own workspace, every employee's tasks, because we'll feel a slow page before anyone. The fuel stop is the customers who opted into early access, the ones who've been with us the most seasons first; they're forgiving and they write good bug reports. The last leg is everyone else, with brand-new teams on trial and our biggest paying accounts at the very end: a new team that hits a slow board never comes back, and a big account that hits one costs us the most.",
      'Numbers, written down and agreed before a single request moves: errors more than 0.5 % worse than today, p99 page load more than 200 ms worse than today, or task saves down more than 2 % against the teams still on the old cluster, and we turn around.',
      "Holds. Each leg sits through at least one full Monday-morning peak with cold caches, since we flush them on purpose at the start of each leg, and 50,000 page loads. The eng lead, who's our dispatch on this one, and I both say go before the next leg. The end-of-month decommission date doesn't get to hurry a leg.",
      "Rollback: whoever has the duty phone puts the old cluster back in the path, any hour, no waiting on me. It's a proxy routing switch that takes minutes, not a redeploy, which is exactly why the old cluster stays alive until we've been at the last leg a full week.",
      "And so nobody reads too much into it: this tells us the new cluster is safe to fly. It doesn't tell us it's better for anyone. If we want better, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
];
