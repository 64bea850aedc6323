import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-eighteenth fresh held-out set, author C: the other answers (dt048–dt060):
 * middling (dt048–dt050), weak (dt051–dt052), keyword salad (dt053–dt054), negated
 * (dt055–dt056), misconception-led (dt057–dt058) and off-topic (dt059–dt060). The voice: a
 * Garifuna (Dangriga, Belize) English register in speech with Garifuna and Kriol words, a
 * hammock-weaving workshop whose language model suggests which hammock, cord and size suit a
 * porch, a gift and a budget, every answer a sepak takraw referee's calls set by set and rally by
 * rally with one point replayed after a net-touch call. Labelled by hand before anything else;
 * held out entirely (README-c.md, LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_EIGHTEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dt048',
    scenario: 'service',
    class: 'middling',
    points: points('P T H'),
    text: [
      'Referee here, weh di go on. Our order book and pattern records move off the old database in the back room onto a managed cluster behind a new proxy. Every page of the shop reads from it. The load test passed, but with warm caches, and the old box goes off at the end of the month.',
      'Set 1, rally 1. As PM I own the limits and the holds and when we move forward; the engineers own the proxy, the copy of the data and the deploy.',
      'Set 1, rally 2. Limits, written before the first read goes across: page errors more than 0.5 % worse than now, and we take the frames down. P99 page load more than 250 ms worse than now, frames down. Timeouts at the proxy more than 0.2 % worse, frames down.',
      'Set 2. The first cord: a random 5 % of shop accounts, hold three days, caches cold on purpose. The weaving frame: 30 %, hold a full week of Settlement Day, through a Monday morning rush. Then the whole Settlement Day market.',
      "Set 2, point replayed, net touch: I had the first cord at two days. Replay: three days, so a cold start and a full day's load both land inside it.",
      'Set 3. If a frame comes down we go back to the old database, and we fix it before the end of the month. Ih good.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dt049',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      "Referee's calls, the bigger model for the hammock helper, longer memory, same prompt.",
      '',
      '1. Set 1, rally 1: who sees it first. Our weavers and counter staff, because they know the cords and sizes by heart and spot nonsense. Next the try-it-first buyers who opted in. Then regulars from Havana and Lakeside, two to eight years buying. First-time buyers last; one bad suggestion loses them for good.',
      '2. Set 1, rally 2: limits, agreed before anybody gets the new model. Errors more than 0.5 % worse than now, and we take the frames down. Wrong-suggestion rate from the eval harness more than 2 points worse than now, frames down. Thumbs-down more than 3 points worse, frames down. Cost per conversation more than 25 % above now, frames down.',
      '3. Set 2, rally 1: we open it up and widen it when it looks fine.',
      '4. Set 2, point replayed, net touch: I left latency off. Replay: p95 more than 500 ms worse than now, frames down, set with the others before we start.',
      '5. Set 3: if something is wrong, we go back to the old model.',
      '',
      'Seremein, ih good.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dt050',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      "Buiti binafi. Referee's calls on the new photo resizer, the one that makes every hammock picture on the listing pages, rewritten for the new photo format. Benchmarks say 20 % faster; the team wants it everywhere by Thursday, and the service only restarts on a deploy.",
      'Set 1, rally 1. We send it to a random 5 % of page views first.',
      'Set 1, rally 2. The first cord, 5 %: hold two full days without a restart, because a slow leak only shows late in the day. The weaving frame, 30 %: hold four days. Then the whole Settlement Day market. Thursday is not a date I promise.',
      'Set 2, rally 1. Before each step the master weaver and I both pull the first hammock taut between the posts. If either of us says no, we stay where we are.',
      'Set 2, point replayed, net touch: I had the first cord at one day. Replay: two days, with no deploy and no restart inside them.',
      'Set 3, rally 1. We watch memory and page time and use our judgement on what looks bad.',
      'Set 3, rally 2. Whoever is on call hangs the old hammocks back on the porch, no need to call me: any hour of the day or night, one routing switch sends the images back to the old resizer, done in under five minutes, no redeploy, no approval.',
      'Ayo.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dt051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Buiti binafi! Referee's call, just the one set, it's a small change. The hammock helper gets a warmer prompt, more friendly, more like how we talk at the counter in Dangriga. Ih good, people will like it.",
      '',
      'Set 1, rally 1: the first cord, we put it out to some buyers and see how it goes.',
      'Set 1, rally 2: we keep an eye on the feedback.',
      'Set 1, point replayed, net touch: I said some buyers, but really the prompt is only words, so maybe everybody at once is fine.',
      'Set 1, rally 3: if the German buyers complain, we change it back.',
      '',
      'Seremein.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dt052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "Weh di go on, this one is easy, the referee hardly has to call a fault. Set 1, rally 1: the pricing page for our hammock-club subscription gets a clearer table, the one that shows the cotton cord plan next to the nylon cord plan. Set 1, rally 2: the checkout behind it doesn't change, so not much can break. Set 1, rally 3: marketing sends people to it Friday, so we put it up Thursday. Set 2, point replayed, net touch: I said Thursday, make it Wednesday, gives us a day to look at it. Set 2, rally 1: we canary it on the first cord for a bit, look at the numbers, and if people seem happy we leave it. If anything strange happens the engineers will sort it out. Ih good, ayo.",
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dt053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Set 1, rally 1: canary, cheaper model, faster model, hammock suggestions, cord, size, porch, budget, first cord, weaving frame, whole Settlement Day market.',
      'Set 1, rally 2: eval harness, one in two hundred, one in ten, thumbs-down, thumbs-up, hallucination, tokens per suggestion, p95, p99, 300 ms, 0.5 %, 2 points, 3 points.',
      'Set 1, rally 3: cohort, weavers, opted-in, Sarawee, Lakeside, Havana, years buying, first-time buyers, 5 %, 25 %, 50 %, 100 %.',
      'Set 2, point replayed, net touch: threshold, baseline, gate, hold, Settlement Day, 400 suggestions, frames down.',
      'Set 2, rally 1: sign-off, master weaver, hammock taut, posts, on call, porch, config switch, five minutes, A/B, randomised, safe, better.',
      'Set 3: rollback, rollback, rollback, canary, canary, hold, gate, M, P, T. Seremein, buiti binafi, ih good.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dt054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: "Referee's calls, weh di go on: search index, new layout, smaller, cheaper, median faster, tail slower, many filters, rare queries, cord colour filter, size filter, price filter, porch filter. Set 1: p50 40 ms, p95 180 ms, p99 900 ms, p99.9, 0.5 %, 200 ms, 2 %, error budget, SLO, baseline, control, canary, cohort, first cord. Set 2: 1 %, 5 %, 25 %, 50 %, 100 %, weaving frame, hold, gate, a full week of Settlement Day, 3 days, 800 searches, Sarawee, Yemeri Grove, Lakeside, years buying, opted-in. Set 2, point replayed, net touch: 200 ms, 250 ms, 300 ms, frames down, frames down. Set 3: master weaver, taut, posts, on call, porch, old hammocks, routing, config, flag, five minutes, redeploy, no redeploy, A/B, safe, better, randomised, conversion, revenue, institutional buyers, free tier. Ih good, ih good, ayo.",
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dt055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Buiti binafi. Referee's calls on the bigger hammock photos and the size guide for the product pages.",
      '',
      "Set 1, rally 1: I won't be sending it to our weavers and shop staff first. They check stock on the site all day and never buy, so no staff cohort, no opted-in buyers after them, no order of neighbourhoods or years buying at all.",
      'Set 1, rally 2: no rollback limits written down before we start. Not 0.5 %, not 200 ms, not 2 % on orders. None.',
      "Set 1, rally 3: and I am not splitting who owns what with the engineers; I don't draw that line.",
      'Set 2, rally 1: no first cord, no weaving frame, no holding a full week of Settlement Day or any count of orders before we move.',
      "Set 2, point replayed, net touch: somebody asked whether the master weaver and I pull the first hammock taut between the posts before each step. No, we don't, nobody signs anything.",
      'Set 3, rally 1: no on-call person hanging the old hammocks back on the porch at any hour, no switch in minutes.',
      'Set 3, rally 2: and no randomised A/B test afterwards either.',
      '',
      'Ih good, seremein.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dt056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Weh di go on, referee's calls for the new suggestion model that reads more from the feature stores in Belize and in Europe.",
      '',
      'Set 1, rally 1. I would not begin with our own weavers, and I would not have opted-in testers next or leave the first-time buyers and the European resellers for last. No cohort order.',
      'Set 1, rally 2. I would not fix any limits before the traffic moves: no error limit, no p95 limit per region, no feature-store timeout limit, no "more than 2 points worse than now, and we take the frames down".',
      'Set 1, rally 3. I would not watch the eval harness\'s wrong-fit rate or the "not for me" dismissals either, nor cost per request.',
      'Set 2, rally 1. No first cord at 5 %, no weaving frame at 25 %, no hold through two European lunch peaks, no full week of Settlement Day.',
      'Set 2, point replayed, net touch. I would not ask the master weaver to pull the first hammock taut between the posts with me; no sign-off.',
      'Set 3, rally 1. I would not let whoever is on call hang the old hammocks back on the porch at five in the morning without calling me, and not through a config switch.',
      'Set 3, rally 2. And I would not say this canary only shows "safe", nor run an A/B test after.',
      '',
      'Seremein.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dt057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C S'),
    text: [
      "Buiti binafi! Referee's calls on the bigger model for the hammock helper. Let me say the main thing plain first: the canary proves the bigger model is better than the old one, so the canary is our A/B test. Whoever gets the new model, we compare their thumbs-up with everybody else's, and the higher one wins. No separate test after; the canary already told us.",
      "Set 1, rally 1. As PM I own the order of buyers and who signs each step. The engineers own the model routing, the flag and the deploy, and I don't touch those.",
      'Set 1, rally 2. Order: our own weavers and counter staff first, because they know every cord and size and will say so when the helper gets it wrong. Then the try-it-first buyers who opted in. Then Lakeside and Sarawee regulars, three years buying or more. First-time buyers last, because one bad suggestion and they never come back.',
      'Set 2, rally 1. The first cord, then the weaving frame, then the whole Settlement Day market, moving on when the bigger model looks like it is winning.',
      "Set 2, point replayed, net touch: I had the counter staff in the comparison. Replay: their thumbs-up don't count toward the win, they like everything new.",
      "Set 2, rally 2. At every step the master weaver and I both pull the first hammock taut between the posts; if either one of us won't pull, we don't move.",
      'Set 3. If the old model comes out ahead, we go back to it. Ih good, seremein.',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dt058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "Referee's calls, weh di go on. Hammock product pages: reviews move up top, the photo gallery loads lazy. Last week was the Settlement Day sale, 20 % off everything, and it ended Sunday at midnight.",
      '',
      "First call, plain: we decide the limits while we watch. Last week's numbers are all bent by the sale, so any number I fix today is wrong anyway. We open the dashboard, look at this week's orders next to last week's, and decide then what counts as too bad.",
      '',
      "- Set 1, rally 1. Order: our weavers and shop staff first, since they open these pages all day and tell us when a photo won't load. Then the try-it-first buyers who opted in. Then Havana and Lakeside regulars with two years buying or more. First-time buyers last: a broken gallery on the first visit and no hammock gets sold.",
      '- Set 1, rally 2. The first cord, 5 % of page views: hold three days.',
      '- Set 1, rally 3. The weaving frame, 25 %: hold five days.',
      '- Set 2, rally 1. Then the whole Settlement Day market.',
      '- Set 2, point replayed, net touch: I had the weaving frame at three days. Replay: five days, so the weekend sits in it.',
      '- Set 3, rally 1. Whoever is on call hangs the old hammocks back on the porch, no need to call me. Any hour, day or night; one flag back to the old page, done inside five minutes; no redeploy and nobody waits for my yes.',
      '',
      'Ih good. Ayo.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dt059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Buiti binafi! Before the release, let the referee call what a good hammock suggestion even is, because that is what people really care about.',
      '',
      "Set 1, rally 1. Porch first. A narrow Dangriga porch between two posts, three metres or less, wants a hammock without spreader bars, so it sags into a cradle and doesn't swing into the rail.",
      'Set 1, rally 2. Cord next. Cotton cord is soft and breathes in the heat, but it rots near the sea. Nylon lasts by the water but gets hot in the afternoon sun.',
      'Set 1, rally 3. Size. A single for one reader; a family size if the grandchildren pile in after school.',
      'Set 2, rally 1. Budget. A helper that always pushes the family size in nylon is a helper that loses trust.',
      'Set 2, point replayed, net touch: I said cotton rots near the sea. Replay: it rots if it stays wet; hang it under the roof and cotton does fine by the sea.',
      "Set 2, rally 2. Gifts. A wedding hammock gets the double weave and side cords in the couple's colours; a baby hammock is small and plain.",
      'Set 3. And the cheaper model? Cheap or dear, in our shop a short suggestion with one reason beats a long one. Ih good, seremein.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dt060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Weh di go on! Referee's calls on the booking page for our weaving classes, the one where visitors pick a day to come to the workshop and learn to weave a small hammock of their own.",
      '',
      'Set 1, rally 1: the new date picker is much nicer. Big squares for the days, Settlement Day week marked in yellow, classes that are full shown in grey.',
      'Set 1, rally 2: the form is shorter. Name, phone, how many people. We dropped the question about where they heard of us; nobody answered it.',
      'Set 1, rally 3: the chosen dates stay in the browser now, so when someone leaves to talk it over at home and comes back, the days are still picked. Buyers will like that.',
      'Set 2, point replayed, net touch: I said the form had three fields. Replay: four, we kept email for the confirmation.',
      'Set 2, rally 1: the design review was glowing, the master weaver loved the yellow.',
      'Set 3, rally 1: next I want a photo of the class on the page, the frames full of cord and people laughing. That sells a class better than any form.',
      '',
      'Ih good, ayo.',
    ].join('\n'),
  },
];
