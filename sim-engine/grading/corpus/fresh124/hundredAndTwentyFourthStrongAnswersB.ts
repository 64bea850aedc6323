import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-fourth fresh set, author B: strong answers (dz021–dz027),
 * every point of the scenario's kind.
 * Labelled by hand when each answer was written, before anything else; the labels are final.
 * The voice, author B: a Navajo (Window Rock, Arizona) English register in writing
 * with Navajo words (quiet, exact, gently humorous), a PM at a turquoise and silver jewellery
 * workshop whose language model suggests which cuff, stone and setting suit a wearer, a gift and
 * a budget; every answer a lacrosse referee's game report, quarter by quarter and faceoff by
 * faceoff, with one goal taken off the board after the crease review.
 */
export const HUNDRED_AND_TWENTY_FOURTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dz021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Yá'át'ééh. Referee's report on the bigger model for our cuff-and-stone assistant: same prompt, longer context window. Finance asks what a conversation will cost.",
      '',
      '1. First quarter, opening faceoff: who owns what. I own the order of buyers, the rollback limits and how long we hold at each stage. Engineering owns the routing to the new model, the deploy and the flag.',
      '2. First quarter, ground ball: the order. Our own silversmiths and counter staff in Window Rock go first, because they know a bad suggestion on sight. Next, the buyers from Chinle and Ganado chapters who signed up for early looks. Then buyers of three to ten years. Buyers in their first year, and the collectors who have bought from us for twenty years, go last: the first have no reason yet to forgive us, the second carry most of our turquoise sales.',
      "3. Second quarter: the limits, written down and agreed before one conversation moves. Failed answers more than 0.5 points worse than now, and we put the torches out. p95 latency more than 300 ms worse than now, the same. Suggestion-to-order rate more than 2 % below the old model's cohort, the same.",
      '4. Second quarter, the model signals we gate on: hallucination rate from our eval harness (a stone we do not stock, a silver weight that is wrong) no more than 1 point above the old model; thumbs-down rate no more than 1.5 points above; cost per conversation no more than 40 % above, since finance asked.',
      '5. Third quarter, the stages: the first stone set, 2 % of conversations, held four days; the stamping block, 20 %, held a full week of the Navajo Nation Fair; then the whole Gallup flea market. Before each advance the master silversmith and I sign off: we both hold the first cuff to the light.',
      '6. Third quarter, goal taken off after the crease review: I had the stamping block at 10 %. Dooda. Orders need more volume to read, so it is 20 %.',
      "7. Fourth quarter, rollback: whoever is on call, at any hour, lays the old cuffs back in the case, no need to call me. It is a routing switch back to the old model, done in under five minutes, no redeploy, nobody's approval.",
      "8. Final whistle: this canary shows the bigger model is safe. Whether it sells better is a question for a randomised A/B test afterwards. Ahéhee'.",
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dz022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Yá'át'ééh. Report: our one-page checkout.",
      '',
      'First quarter. I own the order of buyers, the limits and the holds; engineering owns the flag, the routing and the deploy. Counter staff check out first, then the Shiprock and Tohatchi buyers on our early-look list, then buyers of two years or more. First-time buyers go last: the lab tried only returning buyers.',
      '',
      'Second quarter, goal taken off after the crease review: I had first-time buyers in the stamping block. Dooda. They wait for the whole market.',
      '',
      "Second quarter. Written before any order moves: checkout errors more than 0.4 points worse than now, p99 more than 250 ms worse, first-order completion more than 3 % below the old checkout's cohort, and we put the torches out.",
      '',
      'Third quarter. The first stone set, 5 %, holds 2,000 orders; the stamping block, 25 %, holds a full week of the Navajo Nation Fair; then the whole Gallup flea market. At each advance the master silversmith and I both hold the first cuff to the light, and sign.',
      '',
      'Fourth quarter. Whoever is on call, any hour, lays the old cuffs back in the case, no need to call me: a flag flip, under five minutes, no approval.',
      '',
      "The canary says safe, not better; a randomised A/B test afterwards says better. Hágoónee'.",
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dz023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Referee's notes: cheaper, faster model for cuff suggestions.",
      '- Q1 faceoff: me (PM): buyer order, limits, holds. Engineering: routing, deploy, flag.',
      '- Q1: order: workshop staff → early-look list from Crownpoint and Many Farms → buyers of 3+ years → first-year buyers and 20-year collectors last (least forgiving; most of our sales).',
      '- Q2: limits, signed before traffic: errors +0.5 pts, p95 +250 ms, suggestion-to-cart −2 % vs old-model cohort. More than that worse than now, and we put the torches out.',
      '- Q2, model gates: harness hallucination rate +1 pt, thumbs-down rate +2 pts, cost per suggestion must fall.',
      '- Q3: harness grades 1 in 20 canary suggestions, not 1 in 200.',
      '- Q3: first stone set 10 %, held until 400 graded suggestions; stamping block 30 %, held until 1,500 graded plus a full week of the Navajo Nation Fair; then the whole Gallup flea market.',
      '- Q3: each advance signed by the master silversmith and me; we both hold the first cuff to the light.',
      '- Q4, goal taken off after the crease review: holds by days. Dooda: holds by graded count.',
      '- Q4, rollback: whoever is on call, any hour, flag back to old model, < 5 min, no need to call me.',
      '- Canary = safe, not better. Better = randomised A/B test after.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dz024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Yá'át'ééh, the referee's report on the new suggestion model for our home page, the one " +
      'that reads more about each wearer from the regional feature stores: first quarter, I ' +
      'take the faceoff for what is mine as PM, the order of buyers, the rollback limits and ' +
      'the holds, while engineering keeps the routing, the deploy and the flag; the order is ' +
      'our own silversmiths and counter staff first, because they say plainly when a suggestion ' +
      'is silly, then the early-look buyers from Tuba City and Kayenta chapters, then buyers of ' +
      'two years and more in both our regions, and last the first-year buyers and our Tokyo ' +
      'collectors, the new ones because they have no reason yet to forgive us and Tokyo because ' +
      'its lunch hour is where the stores run tight; in the second quarter, before a single ' +
      'page moves, we write the limits down: errors more than 0.5 points worse than now, p99 of ' +
      'feature reads more than 150 ms worse than now in either region, add-to-cart from the ' +
      "home page more than 2 % below the old model's cohort, and we put the torches out, and " +
      'beside them the model signals we gate on, suggestion diversity not below the old ' +
      "model's, suggestions for stones we no longer stock under 1 %, and thumbs-down on " +
      'suggestions no more than 1.5 points above today; second quarter, goal taken off after ' +
      'the crease review, because I had written those limits for all traffic together and the ' +
      'Tokyo lunch would hide inside the daily average, so each region gets its own; in the ' +
      'third quarter the stages are the first stone set at 5 %, held three days, the stamping ' +
      'block at 25 %, held a full week of the Navajo Nation Fair and at least three Tokyo lunch ' +
      'peaks, then the whole Gallup flea market, and at each advance the master silversmith and ' +
      'I both hold the first cuff to the light and sign; in the fourth quarter, Tokyo lunch is ' +
      "nine at night in Window Rock by the Nation's clock and eight by the rest of Arizona's, " +
      'so whoever is on call, at any hour, lays the old cuffs back in the case, no need to call ' +
      'me, a routing switch back to the old model that takes under five minutes and waits for ' +
      "nobody's approval; and at the final whistle this canary has told us only that the new " +
      'model is safe, not that it sells better, which a randomised A/B test afterwards will ' +
      "tell us, ahéhee'.",
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dz025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Yá'át'ééh.",
      "Referee's report.",
      'The change: shipping and insurance fees move to a new pricing service.',
      'Our orders peak at night at the weekend.',
      'Collectors in Japan and Germany never quite stop.',
      '',
      'First quarter, opening faceoff.',
      'Mine as PM: the order of buyers, the limits, the holds.',
      "Engineering's: the routing, the deploy, the flag.",
      '',
      'First quarter, ground balls.',
      'Workshop staff orders first; we know what a fee should be.',
      'Then the early-look buyers from Fort Defiance and St. Michaels chapters.',
      'Then buyers of five years and more.',
      'First-year buyers last, and the overseas collectors last of all:',
      'a wrong fee on a first order, or on a large one, is a buyer we do not see again.',
      '',
      'Second quarter.',
      'Written before any order moves, signed by both of us:',
      'fee errors more than 0.3 points worse than now,',
      'p99 more than 200 ms worse than now,',
      "checkout completion more than 2 % below the old service's cohort,",
      "fees that differ from the old service's by more than a dollar on more than 0.1 % of orders.",
      'Past any one: we put the torches out.',
      '',
      'Third quarter.',
      'The first stone set: 2 % of orders, held for 1,500 orders and two nights.',
      'The stamping block: 20 %, held a full week of the Navajo Nation Fair, a weekend night inside it.',
      'The whole Gallup flea market: everyone.',
      'Each advance: the master silversmith and I sign off.',
      'We both hold the first cuff to the light.',
      '',
      'Third quarter, goal taken off after the crease review.',
      'I had the first stone set starting Tuesday evening,',
      'beside the nightly batch window the service shares with billing.',
      'Dooda. It starts Wednesday morning,',
      'and we watch the first batch window with people awake.',
      '',
      'Fourth quarter.',
      'At 2 a.m. on a Saturday, nobody waits for me.',
      'Whoever is on call lays the old cuffs back in the case, no need to call me.',
      'A routing switch to the old pricing service, done in under five minutes.',
      'No redeploy. No approval. Nobody wakes the boss.',
      '',
      'Final whistle.',
      'The canary tells us the new service is safe.',
      'It does not tell us it is better; a randomised A/B test afterwards does that.',
      "Hágoónee'.",
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dz026',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Yá'át'ééh. Referee's scoresheet for the warmer, more casual prompt on our cuff-and-stone assistant. A quarter of our buyers write to it in Navajo, where the way you speak to an elder matters, and the prompt was read only by our English speakers.",
      '',
      'Quarter | Call | What we do',
      'Q1, opening faceoff | Who owns what | I own the order of buyers, the limits and the holds. Engineering owns the prompt routing, the flag and the deploy.',
      'Q1 | Order | Workshop staff who speak both languages → early-look buyers from Lukachukai and Rock Point chapters who write in Navajo → English-writing buyers of two years and more → first-year buyers and Navajo-writing buyers of many years last, the ones a careless tone hurts most.',
      "Q2 | Limits, written before traffic moves | Errors more than 0.5 points worse than now; p95 more than 200 ms worse; thumbs-down more than 1.5 points worse, per language; suggestion-to-order more than 2 % below the old prompt's cohort. Past any of them, we put the torches out.",
      "Q2 | Model signals we gate on | Thumbs-down rate per language; a tone score from the eval harness on a Navajo set written and graded by two speakers in the workshop, no lower than the old prompt's; hallucinated stones or prices from the harness, no more than 1 point above.",
      'Q2, goal taken off after the crease review | Limits | I had one thumbs-down limit for all buyers. Dooda: the English majority would hide the Navajo quarter. Each language gets its own.',
      'Q3 | Stages | The first stone set, 5 %, held three days; the stamping block, 25 %, held a full week of the Navajo Nation Fair; then the whole Gallup flea market.',
      'Q3 | Sign-off | At each advance the master silversmith and I both hold the first cuff to the light, and sign.',
      'Q4 | Rollback | Whoever is on call, any hour, lays the old cuffs back in the case, no need to call me: the old prompt back by config flag, under five minutes, no redeploy, no approval.',
      'Final whistle | Safe, not better | The canary tells us the warmer prompt is safe. Whether buyers like it better is for a randomised A/B test afterwards.',
      '',
      "Ahéhee'.",
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dz027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Yá'át'ééh. Game report on moving our stock and order records from the server in the back room to a managed cluster behind a new proxy. Every page of the shop reads which stones we have.",
      '',
      'First quarter. Opening faceoff: ownership. As PM I own which buyers move when, the limits that send us back and how long we hold. Engineering owns the proxy, the migration, the routing and the deploy, and keeps writes going to both stores while we are in the canary, so going back loses no order. The end-of-month date for switching the old server off is partly mine too: it stays on until the whole market has run a week, or there is nothing to go back to.',
      '',
      'Second quarter. The order: our own staff pages first, since they read stock all day. Then the early-look buyers from Ganado and Chinle chapters. Then buyers of two to ten years. First-year buyers and long-time collectors come last, the first because a slow first page loses them, the second because they buy the heavy cuffs.',
      '',
      'Second quarter, goal taken off after the crease review: I had the first stone set on a quiet Monday. The load tests ran with warm caches, so a quiet day proves little. Each stage now includes a cold start, the proxy restarted with empty caches, and a Saturday peak.',
      '',
      "Third quarter. Limits, written down and signed before any page reads from the new cluster: page errors more than 0.3 points worse than now, p99 page load more than 300 ms worse than now, orders per visit more than 2 % below the old server's cohort. Past any one, we put the torches out. The stages: the first stone set, 1 % of reads, held Thursday to Saturday; the stamping block, 20 %, held a full week of the Navajo Nation Fair with a Saturday in it; then the whole Gallup flea market. Before each advance the master silversmith and I sign off, both of us holding the first cuff to the light.",
      '',
      "Fourth quarter. Whoever is on call, at any hour, lays the old cuffs back in the case, no need to call me. The proxy sends reads back to the old server by a config switch, under five minutes, no redeploy, nobody's approval.",
      '',
      "Final whistle. This canary tells us the new cluster is safe, not that it is better. If someone wants to claim faster pages sell more, that is a randomised A/B test afterwards. Ahéhee'.",
    ].join('\n'),
  },
];
