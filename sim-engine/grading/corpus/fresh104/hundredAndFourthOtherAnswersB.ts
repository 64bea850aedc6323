import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-fourth fresh set, author b: middling (df028–df030), weak (df031–df032), keyword
 * salad (df033–df034), negated (df035–df036), misconception-led (df037–df038) and off-topic
 * (df039–df040) answers, written blind and labelled by hand. Same voice as the strong answers:
 * a Samarkand suzani-shop PM as a circus ringmaster, one act cancelled and replaced.
 */
export const HUNDRED_AND_FOURTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak
  {
    id: 'df028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "Ladies and gentlemen, a short show tonight, xo'p. The image-resizing service is rewritten for a new photo format; the benchmarks say 20 % faster; the team wants it everywhere by Thursday, and it is restarted only on deploys. A suzani left stretched on the frame looks fine in the morning and sags by evening, so I trust no morning benchmark.",
      "Act one: the sellers. Our staff's own test shop first, then the sellers who opted into early features, then the ordinary sellers of Siyob and the old town. Sellers in their first year and the biggest shops go last, because a broken photo on a new seller's first listing is the end of that seller.",
      'Act two: the limits, written before anything moves. Image errors more than 0.5 % worse than now, and we put the needle down. p95 resize time more than 100 ms worse than now, and we put the needle down. Memory per instance more than 20 % above its morning level, and the same.',
      'Act three is cancelled! In its place: the long hold. The first stitch, 5 %, holds for 48 hours with no restart, so a slowdown over the day has time to show itself; the border, 30 %, holds two more days; then the whole suzani.',
      'Finale: Thursday will have to wait, aka. Rahmat!',
    ].join('\n\n'),
  },
  // support-model-upgrade
  {
    id: 'df029',
    scenario: 'model',
    class: 'middling',
    points: points('P S M'),
    text: [
      'Ladies and gentlemen, mana: the bigger model arrives in our suzani assistant! A longer memory, the same prompt, three points better on short questions offline, and our accountant, opa Dilnoza, asks what each conversation will cost.',
      'Act one: the ringmaster and the riggers. I, the PM, decide who gets it in what order, what counts as trouble and how long we wait; the engineers own the routing, the deploy and the flags.',
      'Act two: what we watch beyond errors and speed. The eval harness\'s hallucination rate, a "peacock in moonlight" pattern we never sewed being the classic; the thumbs-down on suggestions; and the tokens per conversation, for opa Dilnoza.',
      'Act three is cancelled! In its place: the long questions. The offline evals were short questions only, so before anything goes out we add the long dowry-list conversations to the harness.',
      'Act four: each time the share grows, the master embroiderer, our ML lead, and I both tie off the thread.',
      'Finale: a bigger model, a happy accountant, yaxshi. Rahmat!',
    ].join('\n\n'),
  },
  // search-tail-latency
  {
    id: 'df030',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'Ladies and gentlemen, the search show! A new index layout, smaller and cheaper to host. The median query got faster, but the rare queries with many filters were never in the benchmark; it is like judging a suzani by its plain middle and never turning over the corners.',
      'Act one: the first stitch, 2 % of queries, held for three days.',
      'Act two: the border, 25 %, held for a full week of Navruz.',
      'Act three: the whole suzani.',
      'Act four is cancelled! In its place: the gate between the acts. Nobody moves to the next stage until the master embroiderer, our lead engineer, and I both tie off the thread.',
      "Act five: whoever's on call unrolls the old suzani again, no need to call me: any hour of the night, by pointing the index alias back at the old index, five minutes, no redeploy, no approval.",
      'Finale: the free readers and the universities, all on the new index by the end of the month. Yaxshi, aka!',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'df031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "Ladies and gentlemen, xo'p! Act one: the cheaper, faster model walks into the ring, and the accountant claps. " +
      'Act two is cancelled! In its place: we test it properly first in our staging shop, with a few suzanis. ' +
      'Act three: we give it to some customers and watch. Not many people press the stars, so I will also ask our embroiderers what they think of the suggestions. ' +
      'Act four: if the customers do not like it, we bring the old one back. ' +
      'Finale: everybody gets the cheaper model, and the shop saves money. Rahmat!',
  },
  // checkout-first-order
  {
    id: 'df032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Ladies and gentlemen, aka, opa, welcome, welcome! Tonight's star is the one-page checkout of the home-and-garden shop. Returning customers loved it in the usability lab, and Growth wants it live before the spring campaign.",
      'Act one: what a canary is. Dear guests, the miners carried a little bird into the mine; if it stopped singing, everyone ran. We do the same with software: a small group goes first.',
      'Act two: we put the new checkout out for a small slice of shoppers and see how they like it.',
      'Act three is cancelled! In its place: one more round in the usability lab, because the lab liked it so much.',
      'Act four: if all is well, everyone gets it before the campaign.',
      'Finale: fewer steps, happier shoppers, like a suzani with fewer loose ends on the back. Rahmat!',
    ].join('\n\n'),
  },
  // pricing-page-healthy
  {
    id: 'df033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Ladies and gentlemen!',
      'Act one: canary, cohort, ramp, guardrail, first stitch, border, whole suzani.',
      'Act two: thresholds, p99, error budget, baseline, needle down, Navruz, hold, gate.',
      'Act three is cancelled! In its place: sign-off, master embroiderer, thread, rollback, on-call, config, flag, A/B, randomised, safe-not-better.',
      'Act four: Registan, Siyob, Sattepo, mahalla, years buying, early access, staff first.',
      "Finale: pricing page, comparison table, Friday campaign, xo'p, rahmat, yaxshi!",
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'df034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Ladies and gentlemen, mana, the grand feature-store spectacular! ' +
      'Act one: regionally aware, hallucination-gated, thumbs-down-weighted canary holds with eval-harness relevance synergy across the Seattle lunch and the Samarkand night. ' +
      'Act two: p95, p99, tokens, timeouts, baselines, cohorts, mahallas, years buying, opted-in, staff-first, first stitch, border, whole suzani, a full week of Navruz. ' +
      'Act three is cancelled! In its place: sign-off-driven thread-tying governance with master-embroiderer alignment and on-call, config-switch, no-redeploy rollback readiness. ' +
      'Act four: randomised A/B, safe-not-better, needle down, Oregon, Tashkent, recommended baskets, home screen. ' +
      'Finale: more, more worse than now, aka, rahmat, yaxshi!',
  },
  // prompt-locale-thumbs-down
  {
    id: 'df035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Ladies and gentlemen, tonight a show of everything we will not do! The warmer prompt goes into our suzani assistant, and a quarter of our customers write in Russian, where "ty" to a stranger is rude. Here is the bill, act by act, and every act refused.',
      'Act one: a split of duties, me on the order and the limits, the engineers on the routing? We will not have it; nobody owns anything in particular.',
      'Act two: staff first, then opted-in testers, then the districts, new customers last? No; no order at all.',
      'Act three: limits with numbers, written before traffic moves? We will not write any.',
      'Act four is cancelled! In its place: no stages either. No first stitch, no border, no holds, no gates; the whole suzani at once.',
      'Act five: the master embroiderer and I tying off the thread before each step? There are no steps, so there is no sign-off.',
      'Act six: an on-call who unrolls the old suzani at any hour with one switch? No, nobody gets that switch.',
      'Act seven: thumbs-down split by language, a harness counting the informal "ty"? We will not watch those.',
      "Finale: a randomised A/B test afterwards, to learn whether warmer is better? Not that either. Xo'p, rahmat.",
    ].join('\n\n'),
  },
  // booking-purchases-lag
  {
    id: 'df036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Ladies and gentlemen, aka, opa: the holiday-rental booking page gets a new date picker and a shorter form, and the team wants it at 100 % this afternoon. In my shop we never hurry a bride's mother, but tonight every act I announce, I also strike from the bill.",
      'Act one, the guests in order (staff first, opted-in guests next, first-time bookers last): struck. We will not order anybody.',
      'Act two, limits like "bookings more than 2 % worse than now, and we put the needle down": struck. Not written, not agreed.',
      'Act three, holding the first stitch until the late bookings from home have come in, a day or two: struck. No hold.',
      'Act four is cancelled! In its place: nothing. The master embroiderer and I will not tie off any thread.',
      'Act five, the on-call unrolling the old suzani in minutes, no need to call me: struck as well.',
      'Act six, an A/B test afterwards to learn whether the short form is better: struck.',
      "Finale: 100 % this afternoon, as the team wants. Xo'p.",
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'df037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'Ladies and gentlemen, the bigger model enters the ring! Offline evals went up three points, and the canary will prove the rest: the canary is our A/B test. If the customers in the canary buy more suzanis than everyone else, that proves the bigger model is better, and that proof is the whole purpose of tonight, aka.',
      'Act one: the guests, in order. Our shop staff and embroiderers first, because they know every pattern; then the customers who asked for early tries; then ordinary districts, Siyob and Sattepo; customers buying less than one year and the Registan hotel buyers last, because they matter most.',
      'Act two: the first stitch, 5 %, holds for 5,000 conversations; the border, 30 %, for a full week of Navruz; then the whole suzani. We stop at each gate.',
      'Act three is cancelled! In its place: the lift count. At every gate we compare how many suzanis the canary group bought against everyone else, and if the canary wins, it goes on.',
      'Act four: at each gate the master embroiderer, our ML lead, and I both tie off the thread.',
      'Finale: when the canary group outsells the others, we have our proof that the bigger model is better. Rahmat!',
    ].join('\n\n'),
  },
  // after-the-sale-healthy
  {
    id: 'df038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Ladies and gentlemen, the outdoor-gear show! Reviews move above the fold and the photo gallery lazy-loads. Cosmetic, they say, and leadership wants it out this week, right after a spring sale that ended on Sunday at midnight.',
      'Act one: the ropes. I, the PM, own who sees it first, how long each group waits and when we stop; the engineers own the routing, the deploy and the flags.',
      'Act two: the guests. Staff first, then the customers who opted into early features, then ordinary customers country by country, the way I go mahalla by mahalla at home; first-year customers and our biggest repeat buyers last, because a broken gallery costs them the most.',
      'Act three is cancelled! In its place: no limits on paper. Numbers written in advance are only guesses. We decide the limits while we watch the dashboard: when a line looks wrong to me, that is the limit.',
      "Act four: whoever's on call unrolls the old suzani again, no need to call me. Any hour, one flag back, two minutes, no redeploy, nobody to ask.",
      'Finale: it goes out this week, yaxshi!',
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'df039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Ladies and gentlemen, xo'p, tonight: the art of the polite suzani!",
      'Act one: the history. The word comes from the Persian for needle. In Samarkand a mother began a suzani when a daughter was born, so that it was ready for her dowry chest.',
      'Act two: the colours. Pomegranate red for many children, indigo against the evil eye, a little yellow for the sun over the Registan.',
      'Act three is cancelled! In its place: the art of address. In Russian one says "vy" to a stranger and "ty" to a friend, and a good shop assistant never mixes them. My grandmother said a kind word in the wrong form is still a slap.',
      'Act four: the welcome. Tea first, then the bread broken by hand, and only then do we unfold the suzanis on the floor.',
      'Finale: every guest leaves with a small pouch of dried apricots. Rahmat, opa!',
    ].join('\n\n'),
  },
  // staff-cohort-artifact
  {
    id: 'df040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Ladies and gentlemen, aka, opa, the fashion show! The retailer's product pages get larger photos and a size guide.",
      'Act one: the photos. Like a suzani hung on the wall, a dress must be seen close enough to count the stitches; larger photos, shot in daylight, with one picture of the back.',
      'Act two: the size guide. In my shop we measure the dowry chest before we suggest a size; here, a table in centimetres, with a drawing of where to put the tape.',
      'Act three is cancelled! In its place: the staff lunch. The staff browse the site all day and never buy, so we give them a discount code and a proper lunch break.',
      'Act four: the words. Short, warm captions, no shouting in capitals.',
      'Finale: a shop that feels like a guest room. Yaxshi, rahmat!',
    ].join('\n'),
  },
];
