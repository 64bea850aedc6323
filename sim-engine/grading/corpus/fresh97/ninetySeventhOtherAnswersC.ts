import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-seventh fresh set, author c: middling (cy048–cy050), weak (cy051–cy052), keyword salad
 * (cy053–cy054), negated (cy055–cy056), misconception-led (cy057–cy058) and off-topic
 * (cy059–cy060) answers, written blind and labelled by hand.
 */
export const NINETY_SEVENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: checkout-first-order
  {
    id: 'cy048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Qué más, group. Stop one, here at the shop door: a home-and-garden shop gets a one-page checkout, with saved addresses and cards filled in automatically.',
      "Stop two, on the left: who sees it first. Our own staff, then customers on the early-access list, then customers who have bought for five years or more. First-time buyers go last: the lab only tested returning customers, and the spring campaign is when first orders peak, so they're the most fragile, like a first-year buyer of ours.",
      'Stop three. Wrong street, sorry, back we go. Stop three is the board, written before the first customer sees the page: checkout errors more than 0.5 % worse than now and we stop the cutting; first-order conversion more than 2 % worse than the old checkout and we stop the cutting; page-load p99 more than 200 ms worse than now, same.',
      'Stop four, the beds: the seed is 5 % for two days, the bud 25 % for a full week of the Feria de las Flores, then the bloom. Nothing moves on while a line on the board is crossed.',
      'Stop five, the café on the corner, where I leave you today. Bacano, pues.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cy049',
    scenario: 'model',
    class: 'middling',
    points: points('P R M'),
    text: [
      'Pues, group, close in. Stop one, the office: the new, bigger stem-life model with the longer context. I own the release decisions, which buyers, when, and when we stop; the engineers own the routing and the flag.',
      'Stop two. Wrong street, sorry, back we go. Stop two, the vase-life room: what we watch beyond errors. Predicted days against the measured vase life from the eval harness, buyer thumbs-down in the portal, and tokens per prediction, because finance asked what it costs.',
      "Stop three, the pots: if it looks wrong at any hour, whoever's on call plants the old version back in its pot, no need to call me. A config switch, a couple of minutes, no redeploy.",
      "Stop four: we put it out slowly to some buyers and see how it goes. Listo, that's the tour.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cy050',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      'Buenas, group. Stop one, the courtyard: a marketplace has rewritten its image resizer for a new photo format. It is 20 % faster in benchmarks, and the team wants it everywhere by Thursday.',
      'Stop two, on the left, the greenhouse, and a grower habit: a plant that looks fine at noon can be wilting by night. So the stages are the seed, the bud and the bloom, and each one holds at least two full days without a restart, so anything that slows down over a day has time to show. From gate to gate we move only if day two looks like day one.',
      'Stop three. Wrong street, sorry, back we go. Stop three: before each stage, the head grower, here the image-service lead, and I both cut the first stem. No signature, no move.',
      'Stop four, the exit: the canary tells us the new resizer is safe. Whether it is better for sellers and buyers is what a randomised A/B test tells us afterwards. Thursday can wait, pues.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cy051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Qué más, group. Stop one, the gate: we have a cheaper, faster model for the stem-life predictions. Bacano, less money.',
      'Stop two, on the left: we put it on for some of the buyers first and watch how it does.',
      'Stop three. Wrong street, sorry, back we go. Stop three: if buyers complain, we switch back.',
      "Stop four: if nobody complains after a while, everyone gets it. Listo, that's the tour.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cy052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Buenas, group. Stop one: a canary release is like the birds in the mines, pues. A small group sees it first.',
      'Stop two, on the right: the pricing page of a video editor gets a clearer table, and the checkout stays the same. Marketing wants it by Friday.',
      'Stop three. Wrong street, sorry, back we go. Stop three: we show it to a random 5 % of visitors, then more, then everyone.',
      "Stop four: the team watches the dashboards and tells me if something's off. That's it, pues.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cy053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Stop one: canary, cohort, seed, bud, bloom, threshold, rollback.',
      'Stop two, here on the left: feature store, p99, Singapore lunch, hallucination, thumbs-down, eval harness, tokens.',
      'Stop three. Wrong street, sorry, back we go: head grower, first stem, sign-off, gate, hold, Feria de las Flores, boxes.',
      'Stop four: on-call, pot, old version, config switch, five minutes, no redeploy, stop the cutting.',
      'Stop five: A/B, randomised, safe, better, PM owns, engineering owns, routing, flag. Bacano.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cy054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Qué más. Stop one, the plaza: search index, tail latency, p99, p999, filters, rare queries, canary.',
      'Stop two, on the left: staff, early access, free tier, institutional licences, countries, years, cohort order.',
      'Stop three: thresholds, 0.5 %, 200 ms, 2 %, stop the cutting, baseline, control.',
      'Stop four. Wrong street, sorry, back we go: seed, bud, bloom, holds, gates, 10,000 boxes, Feria de las Flores.',
      'Stop five: head grower, first stem, sign-off, on-call, pot, rollback, config, minutes, A/B test, safe not better. Listo.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cy055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Qué más, group. Stop one, the shop window: bigger photos and a size guide for a fashion web shop.',
      "Stop two, on the left: I won't split who owns what. I don't see the point of saying the PM decides the order and the limits and engineering decides the routing.",
      'Stop three: no cohort order either. Not staff first, not early access next, not long-time buyers by country before the new ones. Nobody goes first on purpose.',
      "Stop four. Wrong street, sorry, back we go. Stop four: I'm not writing limits on a board before it starts; there is no 'more than N worse than now and we stop the cutting' here.",
      'Stop five: no seed, no bud, no bloom, no holds, no counting boxes, no week of the Feria.',
      "Stop six: the head grower and I won't cut any first stem, and nobody signs off a stage.",
      'Stop seven: nobody on call planting the old version back in its pot, and no config switch kept ready for it.',
      "Stop eight: and no A/B test afterwards to ask whether it's better. That's the tour, pues.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cy056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Pues, welcome, group. Stop one, the fountain: the care-note prompt of our stem-life model is rewritten to sound warmer.',
      "Stop two, here on the right: I wouldn't keep a list of what I own and what engineering owns. That split isn't something I'd write down.",
      "Stop three: I wouldn't hold the Japanese buyers back to the end, and I wouldn't start with our own sales team or the early-access buyers.",
      'Stop four: no limits fixed in advance. No thumbs-down line, no formality line in the eval harness, no latency line.',
      'Stop five. Wrong street, sorry, back we go. Stop five: no stages, no holds, no full week of the Feria de las Flores, no box counts between steps.',
      "Stop six: I don't want the head grower and me cutting a first stem before anything moves, and there's no sign-off.",
      "Stop seven: there's no 'whoever's on call plants the old version back in its pot' for this one, and no flag kept for the old prompt.",
      "Stop eight: I wouldn't watch thumbs-down or eval scores or cost per note, and I wouldn't run an A/B test after. Listo.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cy057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      'Qué más, group, come in. Stop one, the front gate: the bigger stem-life model, longer context, same prompt.',
      'Stop two, here on the left: the order. Packing-house staff first, because they check stems against the real vase life anyway; then early-access buyers; then buyers of five years or more in Colombia and the United States; Japanese buyers and first-year buyers last, because they pay the most and forgive the least.',
      'Stop three, the beds: the seed at 5 % for 3,000 boxes, the bud at 25 % for a full week of the Feria de las Flores, then the bloom. A stage moves only when its hold is done and the numbers are in.',
      'Stop four. Wrong street, sorry, back we go. Stop four: the head grower and I both cut the first stem before each stage moves.',
      'Stop five, the vase-life room: we watch predicted days against measured vase life from the eval harness, buyer thumbs-down and tokens per prediction.',
      "Stop six, the heart of the tour: the canary is our A/B test. The bud buyers against everyone else: if the bud's predictions land closer to the real vase life, that proves the bigger model is better, and we don't need another test afterwards. That's the answer finance wants, pues.",
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cy058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Buenas, group. Stop one, the door: a holiday-rental booking page gets a new date picker and a shorter form, and the dates are kept in a new client-side store. The team wants it at 100 % this afternoon.',
      'Stop two, here on the left: I own the order and when we stop; engineering owns the flag, the deploy and the routing.',
      'Stop three: staff first, then guests on the early-access list, then guests who have booked with us for five years or more, country by country; first-time guests last, because after one lost booking they never come back.',
      "Stop four. Wrong street, sorry, back we go. Stop four, the board, and here I'm honest: I don't write limits before. You watch the dashboard, and when bookings look bad you know it. A number on a board before you've seen the real data is a guess, so we decide what's too much when we see it.",
      "Stop five: if it looks bad, at any hour, whoever's on call plants the old version back in its pot, no need to call me. It's a flag, two minutes, no redeploy. Listo.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cy059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Qué más, welcome to Santa Elena, up above Medellín!',
      'Stop one, here at the silletero family house. For the Feria de las Flores the silleteros carry huge flower displays on their backs, down the mountain and through the city. Some of these families have done it for five generations.',
      'Stop two, on the left, the orchid house: Cattleya trianae, the national flower of Colombia. Look at the lip, that purple.',
      'Stop three. Wrong street, sorry, back we go, that lane is private. Stop three, the packing shed: we cut at dawn, hydrate the stems, grade them by length and box them for the cold chain.',
      'Stop four, the view: on a clear day you can see the whole valley.',
      'Stop five, the Metrocable down to the city. Bacano, gracias, and buy a bouquet on the way out, pues.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cy060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Listo, group, this is the tour of how the stem-life model came to be.',
      'Stop one, the old ledgers: ten years of notes from buyers about stems that lasted, or did not.',
      'Stop two, on the left: the greenhouse sensors. Humidity, temperature, hours of light, all logged every ten minutes.',
      'Stop three. Wrong street, sorry, back we go, that is the mango orchard. Stop three, the little office where our data scientist, a cousin of the head grower, turned the ledgers into training data one winter.',
      'Stop four: the first version said every stem lasts fourteen days. The buyers in Singapore laughed at us, pues.',
      'Stop five: now it reads the flight route too, and Singapore stopped laughing. Bacano, that is the story.',
    ].join('\n'),
  },
];
