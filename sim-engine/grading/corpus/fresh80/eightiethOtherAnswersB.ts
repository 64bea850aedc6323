import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eightieth fresh set, author b: middling (ch028–ch030), weak (ch031–ch032), keyword salad
 * (ch033–ch034), negated (ch035–ch036), misconception-led (ch037–ch038) and off-topic
 * (ch039–ch040) answers, written blind and labelled by hand before anything was run.
 */
export const EIGHTIETH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: lunch-peak-recommendations (the delay model reading more weather features from regional stores)
  {
    id: 'ch028',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Dispatch: Eight-Eight-Charlie, Dispatch, go ahead.',
      'Eight-Eight-Charlie: Dispatch, Eight-Eight-Charlie. New delay model, pulls more weather features from the regional stores. First leg is our own pilots and dispatchers, since they know the weather better than the model does. Fuel stop is the folks who signed up to try new things early. Last leg is everybody, with the Slope crews last because they book at the five a.m. crew change and the feature stores are busiest then.',
      "Each leg sits a full week of breakup weather before we move on, so we've seen a good handful of those five a.m. rushes.",
      "What I'm watching the whole way: how far the estimates miss the actual departures, thumbs-down on the estimates, and how often a feature lookup times out and the model falls back to a guess.",
      "Dispatch: And if it's bad?",
      "Eight-Eight-Charlie: We'll get everybody on the phone and talk it over. Eight-Eight-Charlie, out.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'ch029',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "Search tail latency, huh. That's like flying the Slope: the average day is fine, it's the one whiteout that gets you. Rare queries with a lot of filters weren't in the benchmark, so that's where I'd be looking.",
      'Who decides what: I own the limits, the order folks get it in and how long we wait; engineering owns the new index, the routing and the deploy.',
      'Limits, agreed before anything moves: p99 search time more than 250 ms worse than today, errors more than 0.5 % worse than today, or searches with three or more filters coming back more than 300 ms slower at p99, and we turn around.',
      "Rollback: whoever has the duty phone puts the old index back in the path, any hour, no waiting on me. It's a routing flip that takes a couple of minutes, and we keep the old index warm until this is done.",
      "Past that, we'll open it up to more people as it goes.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'ch030',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Dispatch: Five-Five-Xray, Dispatch, your plan for the image resizer.',
      'Five-Five-Xray: Dispatch, Five-Five-Xray. First leg: our own staff test shops and their listings. Fuel stop: sellers who opted into beta features. Last leg: everybody, with brand-new sellers and the top sellers at the very back, because a slow listing page on day one scares a new seller off and a slow one costs the big sellers the most.',
      "Each leg holds a day and a half at least. The service only restarts on deploys, and something that slows down over a day won't show in an hour. Before each new leg, the marketplace engineering manager and I both say go. Thursday is a wish, not a deadline.",
      'Dispatch: Numbers?',
      "Five-Five-Xray: We'll keep an eye on memory and page load times. If it goes bad we go back. Five-Five-Xray, out.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap (the cheaper delay model)
  {
    id: 'ch031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Two-Four-Golf here. The cheaper model's a good deal, and the delay estimates looked about the same in testing. I'd start it with a few customers, keep an eye on it, and roll it out wider when it feels right. If anybody gripes we can put the old one back. Engineering knows the switch better than me, so I'd leave the details with them. Two-Four-Golf, out.",
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'ch032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "A canary release is like the first plane out after breakup: you send one out, see if the strip holds, then send the rest. So for the one-page checkout I'd send it to a small slice of shoppers first, then everybody, and I'd try to get it all the way out before the spring campaign since growth wants it. Returning customers loved it in the lab, so I don't expect much trouble.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations (the delay model)
  {
    id: 'ch033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary. Delay model, weather features, regional feature store.',
      'First leg fuel stop last leg. Pilots dispatchers opt-in villages seasons Slope Outside.',
      'Ramp hold gate breakup week bookings.',
      'Thresholds turn around p95 error rate thumbs-down departure miss eval harness token cost.',
      'Sign-off dispatch go. Duty phone rollback flag switch minutes no waiting.',
      'Safe not better, A/B randomised.',
      'Canary canary ramp hold gate, thresholds rollback sign-off, cohort village seasons, model metrics, go.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'ch034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Dispatch, Five-Two-Mike: pricing page / comparison table / canary / staff beta everyone / first leg fuel stop last leg / 1 5 25 100 / hold gate sign-off go / 0.5 % 200 ms 2 % / turn around / duty phone / routing switch / five minutes / no redeploy / safe better / A/B randomised / Friday campaign / PM owns engineering owns / cohort order thresholds holds sign-off rollback / Five-Two-Mike out.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'ch035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Dispatch: Nine-Zero-Hotel, Dispatch, go with the date-picker plan.',
      "Nine-Zero-Hotel: Dispatch, Nine-Zero-Hotel. The team wants it at 100 % this afternoon, and I'm not going to stand in the way with a lot of ceremony. I won't split out who owns what between me and engineering. I'm not putting staff first or a beta group next, and I won't hold the new guests back to the end. I'm not writing down any limits before it goes out, and nobody's turning around over a number. There won't be stages, and we won't sit and wait at any of them for the bookings to come in. Nobody has to sign off, not me, not the lead. I'm not setting up a switch so the duty phone can put the old version back on their own. And I won't be running an A/B test afterwards either. Nine-Zero-Hotel, out.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down (the warmer delay-notice prompt)
  {
    id: 'ch036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I'll tell you what I wouldn't do, because none of it fits an outfit our size.",
      "I wouldn't hand the warmer notice prompt to our own pilots and dispatchers first, and I wouldn't bother with an opt-in group or with keeping the German-speaking clients for last.",
      "I wouldn't write down turn-around numbers before the notices go out.",
      "I wouldn't watch thumbs-down by language, and I wouldn't run the German notices through the eval harness to catch informal address.",
      'No legs, and no holding a week of breakup weather at each one.',
      "I wouldn't want the lodge desk lead and me both saying go at each step.",
      "I wouldn't let whoever has the duty phone put the old prompt back without me, and I wouldn't set it up as a config switch.",
      "And I wouldn't follow it with an A/B test. It's a prompt; it goes out.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'ch037',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Dispatch: Seven-Seven-Bravo, Dispatch, go ahead.',
      'Seven-Seven-Bravo: Dispatch, Seven-Seven-Bravo. Reviews go above the fold and the gallery lazy-loads. The way I see it, the canary is the A/B test. Whatever group gets the new page, if they buy more than the rest of the shop, that proves the new page is better, and that is our answer for leadership.',
      'First leg is staff, the fuel stop is the shoppers who opted into the beta, and the last leg is everyone, with first-time buyers at the back because they are the easiest customers to lose.',
      'Each leg sits two full days, and the web lead and I both say go before the next one.',
      "Whoever has the duty phone puts the old page back, any hour, no waiting on me. It's a flag flip, two minutes.",
      'Dispatch: Numbers?',
      "Seven-Seven-Bravo: The canary group's conversion against the rest tells us. If it's up, we ship. Seven-Seven-Bravo, out.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade (the charter booking assistant on a bigger model)
  {
    id: 'ch038',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T R'),
    text: [
      'Dispatch: Two-Two-Foxtrot, Dispatch, go with the plan for the bigger assistant model.',
      "Two-Two-Foxtrot: Dispatch, Two-Two-Foxtrot. Here's how I see models: a model that isn't throwing errors is giving good answers. If errors and latency hold, the model is fine, and there's no need to watch anything else. Thumbs, evals, all that is noise. So errors and latency are all we watch.",
      "I own the order and the numbers; engineering owns the routing, the deploy and the flag. Order: our own dispatchers and freight desk first, since they use the assistant all day; then customers who opted into the trial; then everyone, with first-season customers last because they've got nobody to ask but the bot.",
      'Numbers, set before we start: errors more than 0.5 % worse than today or p95 more than 400 ms worse and we turn around.',
      'Whoever has the duty phone puts the old model back, any hour, no waiting on me. Flag flip, a few minutes.',
      "We'll go up when it looks good. Two-Two-Foxtrot, out.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap (the cheaper delay model)
  {
    id: 'ch039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Dispatch: Three-Niner-Delta, Dispatch, you have the question about the cheaper delay model.',
      "Three-Niner-Delta: Dispatch, Three-Niner-Delta. Before the model, let me say what folks get wrong about breakup. Everybody Outside thinks spring is the easy season. It isn't. The river ice goes out, the gravel strips turn to soup, and half the villages can't take a wheeled plane for three weeks. We switch the Cubs from skis to tundra tires, and some years there's a gap where nothing fits. The best delay estimate in the world won't fix a runway that's under water. What fixes it is a good relationship with the village agent who walks the strip every morning and calls it in. We pay those agents too little. If I had the budget this model change saves, I'd put it into the agents and a second phone line in Bethel. That's my answer. Three-Niner-Delta, out.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'ch040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Dispatch: Eight-One-Juliet, Dispatch, go ahead on the product-page release.',
      "Eight-One-Juliet: Dispatch, Eight-One-Juliet. Bigger photos and a size guide, good. Here's what I'd tell the design team from flying folks out to fish camps: people pack wrong because nobody tells them what the cold feels like. A size guide should say how a parka fits over two fleece layers, not just the chest in inches. Shoot the photos in flat light, not a studio, and show the jacket on somebody who's moving. Put the return policy right by the size chart so nobody's scared to try a size up. And for shoppers from Outside, say what 'warm to minus twenty' means in plain words. Do that and the page sells itself. Eight-One-Juliet, out.",
    ].join('\n'),
  },
];
