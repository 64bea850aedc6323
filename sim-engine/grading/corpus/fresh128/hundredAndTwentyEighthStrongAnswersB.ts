import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-eighth fresh set, author B: strong answers (ed021–ed027).
 * Voice: a Hmong American (St Paul, Minnesota) English register in writing with Hmong words
 * ("nyob zoo", "ua tsaug", "yog", "tsis yog", "maj mam"), the PM of a St Paul paj ntaub
 * (story cloth and needlework) shop whose language model suggests which story cloth, collar or
 * pillow cover suits a home, a gift and a budget. Every answer is an ice-hockey referee's game
 * sheet with one goal overturned on the coach's challenge; stages named after the needlework
 * (the first appliqué square, the quilting frame, the whole Hmongtown Marketplace).
 * Labelled by hand before anything else; the labels are final.
 */
export const HUNDRED_AND_TWENTY_EIGHTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ed021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Nyob zoo. This is my game sheet for moving our paj ntaub helper to the bigger model. The helper is the one on our shop site that tells a family which story cloth, collar or pillow cover fits their home, the gift and the money they have. Same prompt, bigger model, longer memory of the conversation.',
      'Before the puck drops. My job as PM is the calls on this sheet: which customers go on the ice first, the limits that send the new model off, how long we hold at each stage. Engineering owns the routing, the deploy and the flags.',
      'First period, the lines. Our own people go out first: my aunties who sew for the shop, the packers, my cousin who takes the photos. Next shift is the early-look list, customers who opted in to try new things, mostly Frogtown and Payne-Phalen families buying with us ten years or more. They forgive, and they tell us plainly. Then ordinary customers. Last come first-time buyers and the wedding and funeral orders, because a wrong suggestion there costs us a family.',
      "Second period, goal overturned on the coach's challenge: I first wrote that the offline evals went up three points, so the new model is better. Tsis yog. The canary only shows it is safe to keep. Whether it is better we learn afterwards, in a randomised A/B test.",
      "Third period, the limits, written on this sheet before one conversation moves: errors 0.5 % worse than now, p95 answer time 300 ms worse, the eval harness's hallucination rate (a cloth we never made) 1 point worse, thumbs-down on suggestions 2 points worse, cost per conversation 25 % over today. More than any of those worse than now, and we put the needles back in the tin.",
      'The stages: the first appliqué square at 2 %, the quilting frame at 20 %, the whole Hmongtown Marketplace at 100 %. We hold four days and at least 1,500 conversations at each, and nothing moves on until the numbers sit inside the limits. At every step the eldest needleworker, Pa Nhia, who leads our model work, and I both smooth the first story cloth flat on the table. That is our sign-off.',
      'Overtime, rollback: whoever is on call spreads the old story cloths back out on the front table, no need to call me. Any hour, Saturday night too. A flag switch in the router, done in under five minutes, no redeploy, no waiting for my yes.',
      'Ua tsaug.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ed022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Game sheet: warmer prompt for the shop helper (English and Hmong). Nyob zoo.',
      'Pre-game: PM owns order, limits, holds. Eng owns routing, deploy, flags.',
      '1st period, lines: staff and the aunties who sew → opted-in early-look list, Frogtown, 10+ yrs buying → English-speaking customers → Hmong-speaking customers and first-time buyers last. No Hmong speaker read the prompt; an elder spoken to too casually never comes back.',
      'Limits, fixed before any traffic, split by language: errors +0.5 %, p95 +300 ms, thumbs-down +2 pts, eval-harness hallucination rate +1 pt. More than that worse than now, and we put the needles back in the tin.',
      '2nd period, goal overturned on the coach\'s challenge: "random 5 % first." Overturned: that is no order.',
      '3rd period: first appliqué square 1 % → quilting frame 25 % → whole Hmongtown Marketplace 100 %. Hold 3 days + 800 replies per language at each; advance only inside limits.',
      'Sign-off, each step: the eldest needleworker (ML lead) and I both smooth the first story cloth flat on the table.',
      'Rollback: whoever is on call spreads the old story cloths back out on the front table, no need to call me. Any hour; prompt flag back, under 5 min; no redeploy, no approval.',
      'After: canary = safe, not better. Better = randomised A/B test. Ua tsaug.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ed023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Game sheet, cheaper model for the suggestion helper. Nyob zoo.',
      '',
      '1. Pre-game. As PM I own the order of customers, the limits and the holds. Engineering owns the routing, the deploy and the flags.',
      '2. First period, the lines on the ice: (a) our own family and staff; (b) the early-look customers who opted in, North End and Como, five years buying or more; (c) everyone else; (d) last, new customers and the big commission buyers ordering wedding story cloths, because one wrong suggestion loses them.',
      '3. Limits, signed before the first suggestion moves: errors 0.5 % worse than now, p95 250 ms worse, the eval harness\'s hallucination rate 1 point worse, thumbs-down 3 points worse, "added to cart from a suggestion" 2 % worse than the old model\'s baseline. Any one more than that worse than now, and we put the needles back in the tin.',
      "4. Second period, goal overturned on the coach's challenge: my first sheet said hold two days at 5 % and read the thumbs. Overturned. At a few hundred suggestions an hour, with few customers rating, two days at 5 % gives maybe thirty thumbs and three graded suggestions. That reads nothing.",
      '5. So during the canary the eval harness grades one suggestion in twenty, not one in two hundred, and the holds count by numbers, not only by days.',
      '6. Third period, stages: the first appliqué square at 5 %, held until 400 graded suggestions and 150 ratings; the quilting frame at 25 %, held until 1,500 graded and a full weekend; the whole Hmongtown Marketplace at 100 %. No step before the counts are in and the numbers sit inside the limits.',
      '7. Sign-off at each step: the eldest needleworker, who leads our model work, and I both smooth the first story cloth flat on the table. Both of us, or it waits.',
      '8. Rollback: whoever is on call spreads the old story cloths back out on the front table, no need to call me. Any hour, a config switch back to the old model in under five minutes, no redeploy, no asking.',
      '9. Final buzzer: the canary says the cheaper model is safe. It does not say it is better; a randomised A/B test afterwards tells us that.',
      '',
      'Ua tsaug.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ed024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: 'Nyob zoo, this game sheet is one long shift: the change is the new suggestion model that reads more about each customer from the regional feature stores before it picks the story cloth, collar or pillow cover for the home page, and remember that our buyers in Thailand shop while St Paul sleeps, their evening rush is our early morning, and the feature stores were sized for the old model, so before the puck drops I write down what I own as PM, the order of customers, the limits and the holds, while engineering owns the routing, the deploy and the flags, and the lines go out in this order, our own family and staff first, then the early-look list who opted in, mostly Payne-Phalen and East Side customers buying with us ten years or more, then ordinary buyers in both regions, and last the first-time buyers and the big New Year orders, because they forgive nothing, and the limits are fixed on this sheet before a single request moves, per region: errors 0.5 % worse than now, p99 300 ms worse, feature-store timeouts 1 % worse, thumbs-down on suggestions 2 points worse, the share of suggestions falling back to the plain best-seller list 3 points worse, "added to cart" from suggestions 2 % worse than the old model, and more than any of those worse than now, we put the needles back in the tin; first period, goal overturned on the coach\'s challenge: I wrote hold four hours at each stage during the St Paul working day, overturned, because four St Paul hours never see the Thailand evening rush, so the stages are the first appliqué square at 2 %, the quilting frame at 20 %, the whole Hmongtown Marketplace at 100 %, each held two full days, both regions\' evening peaks, and 2,000 suggestions per region before the gate, and at every gate the eldest needleworker, our ML lead, and I both smooth the first story cloth flat on the table, that is the sign-off, and if a limit breaks at 3 a.m. in St Paul, whoever is on call spreads the old story cloths back out on the front table, no need to call me, a flag back to the old model in under five minutes, no redeploy, no approval, and the on-call list covers the Thailand hours; last thing, maj mam, the canary only says the model is safe, and whether it is better is for a randomised A/B test afterwards, ua tsaug.',
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'ed025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Nyob zoo.',
      'Game sheet: one-page checkout.',
      'Pre-game.',
      'I own the order, the limits, the holds.',
      'Engineering owns the routing, the deploy, the flags.',
      'First period.',
      'Staff and family first.',
      'Then the opted-in early-look list.',
      'Then returning buyers, Como and Frogtown, five years and more.',
      'First-time buyers last:',
      'no saved card,',
      'the new page can lose them.',
      'Limits, fixed before traffic moves:',
      'errors 0.5 % worse,',
      'p99 200 ms worse,',
      'first-order conversion 2 % worse than the old checkout.',
      'More than that worse than now, and we put the needles back in the tin.',
      "Second period, goal overturned on the coach's challenge:",
      '"Everyone before New Year."',
      'Overturned. Maj mam.',
      'Third period.',
      'The first appliqué square, 2 %.',
      'The quilting frame, 25 %.',
      'The whole Hmongtown Marketplace.',
      'Hold three days and 3,000 checkouts at each;',
      'the last, with first-time buyers, a full week.',
      'Advance only inside the limits.',
      'At each step the eldest needleworker, our tech lead,',
      'and I both smooth the first story cloth flat on the table.',
      'Rollback:',
      'whoever is on call spreads the old story cloths back out on the front table,',
      'no need to call me.',
      'Any hour. A flag, under five minutes.',
      'No redeploy, no asking.',
      'Final buzzer:',
      'this canary shows safe, not better.',
      'Better is a randomised A/B test after.',
      'Ua tsaug.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ed026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Game sheet: shipping fees move to the new pricing service. Starts Tuesday evening. Nyob zoo.',
      '',
      'Period | Shift | Call',
      'Pre-game | PM | I own the order of customers, the limits and the holds. Engineering owns the routing, the deploy and the flags.',
      '1st | Lines | Staff and family → the early-look list, who opted in (Frogtown and Payne-Phalen, eight years buying or more) → everyone else → first-time buyers and the relatives overseas sending big New Year orders, last, because a wrong fee on a first order or a family gift loses them.',
      '1st | Limits | Fixed before any order moves: errors 0.5 % worse; p99 fee quote 200 ms worse; fees differing from the old service on more than 1 % of orders; checkout completion 2 % worse than the baseline. More than that worse than now, and we put the needles back in the tin.',
      '2nd | Goal overturned on the coach\'s challenge | "At night the on-call calls me before any rollback." Overturned. Orders come all night, and nobody waits for me.',
      '2nd | Rollback | Whoever is on call spreads the old story cloths back out on the front table, no need to call me. Any hour, 2 a.m. too: a routing switch back to the old fee service, under five minutes, no redeploy, no approval.',
      '3rd | Ramp | The first appliqué square, 2 % → the quilting frame, 20 % → the whole Hmongtown Marketplace, 100 %.',
      '3rd | Holds | Each stage held two days, through at least two of the nightly batch windows it shares with billing, and 2,000 orders; the next stage only inside the limits.',
      '3rd | Sign-off | At each gate the eldest needleworker, our engineering lead, and I both smooth the first story cloth flat on the table.',
      'Final buzzer | After | The canary says the new service is safe. Whether it is better is a randomised A/B test afterwards.',
      '',
      'Ua tsaug to the night crew.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ed027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Referee's game sheet. Home: our paj ntaub shop. Nyob zoo.",
      'Pre-game. Our orders, stock and custom commissions move from the old database on the server in the back room to a managed cluster behind a new proxy. The load test passed, but with warm caches, and the old server is switched off at the end of the month. Plainly, who does what: as PM I own the order of customers, the rollback limits and the holds; engineering owns the proxy, the routing, the deploy and the flags.',
      'First period. Lines on the ice in this order: our staff and the aunties who sew, who use the stock pages all day; then the early-look list, customers who opted in, Summit-University and Hamline-Midway, buying with us six years and more; then ordinary customers; last the first-time buyers and the families placing big New Year orders, because a slow page or a lost order hurts them most and they do not come back.',
      'Limits, written here before the first page reads from the new cluster: errors 0.3 % worse than now; p99 page time 200 ms worse; proxy timeouts above 0.1 %; completed orders 2 % worse than the baseline. More than that worse than now, and we put the needles back in the tin.',
      'Second period, goal overturned on the coach\'s challenge: the schedule said "one afternoon per stage, then switch off the old server on the 30th". Overturned. An afternoon has warm caches and no Saturday rush.',
      'Third period. The first appliqué square, 2 %; the quilting frame, 20 %; half the shop, 50 %; the whole Hmongtown Marketplace. Every stage holds at least three days and through a Saturday rush, with caches starting cold, and moves on only inside the limits. At each gate the eldest needleworker, our engineering lead, and I both smooth the first story cloth flat on the table. The old server stays on until the whole marketplace has held a full week; the switch-off date moves if it must.',
      'Rollback. Whoever is on call spreads the old story cloths back out on the front table, no need to call me: at any hour they point the proxy back at the old database, a config switch done in under five minutes, no redeploy, no waiting for approval.',
      'Final buzzer. This canary tells us the new storage is safe. It does not tell us it is better; a randomised A/B test afterwards does that. Ua tsaug.',
    ].join('\n\n'),
  },
];
