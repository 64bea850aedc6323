import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-seventeenth fresh held-out set, author B: strong answers (ds021–ds027), four on
 * model scenarios and three on service scenarios, each covering every point of its kind.
 * Voice: a Friulian (Udine) English register in writing with Friulian and Italian words (dry,
 * hard-working, understated); the PM of a workshop of scarpets (embroidered velvet slippers) whose
 * language model suggests a pair, its embroidery and its size; every answer a croquet referee's
 * notes, hoop by hoop and stroke by stroke, with one hoop point disallowed ("ball not clean
 * through"). Labelled by hand before anything else (LABEL-NOTES-b.md, README-b.md).
 */
export const HUNDRED_AND_SEVENTEENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ds021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Referee's notes, lawn 2, Udine. The game: our assistant that tells a customer which scarpets, which embroidery and which size moves to a bigger model with a longer memory. Same prompt. Offline, three points better on short questions; the accountant asks the cost of one conversation.",
      "Hoop 1, first stroke. Mine as PM: the order the customers go in, the limits, how long we hold at each hoop. Nadia's engineers own the routing, the deploy and the flag. I do not touch those; they do not choose the order.",
      'Hoop 2. First the workshop, the twelve of us and families, who forgive a silly suggestion. Then the customers on the early-pairs list, who asked to try new things. Then Borgo Grazzano and Borgo Aquileia, people buying from us three years and more, who know their size and notice a wrong one. First-year customers and the wedding-shop orders go last: no history with us, no patience.',
      'Hoop 3. Limits, written on the card before the first conversation moves: errors more than 0.5 % worse than the old model, p95 answer time more than 300 ms worse, returns for wrong size up more than 1 point, thumbs-down on suggestions up more than 2 points, patterns we do not make (the eval harness counts them) above 1 in 100, cost per conversation above 4 cents. Any one, and we fold the velvet away.',
      'Hoop 4, point disallowed, ball not clean through: "the evals went up, so we go quick". No. Replayed: the first sole is the workshop, 1 %, held three days; the embroidered toe is 5 % then 25 %, held the whole Friuli Doc weekend or 3,000 conversations, whichever comes later; the sagra stand is 50 % then 100 %, two days each. We go through only when every limit is inside.',
      'Hoop 5. Before each advance, Tite the master cobbler and I both walk the first pair round the cortile: his name and mine on the card, or the ball stays where it is.',
      'Hoop 6. Whoever is on call lines the old slippers back up on the rack by the fogolâr: the flag goes back to the old model, under five minutes, three in the afternoon or three in the night, and they do not wait for me or anyone to say yes. No redeploy.',
      'The peg. The canary tells us the bigger model is safe, not that it is better. For better, afterwards, a randomised A/B test with a proper control. Mandi.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ds022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Referee\'s card. Warmer prompt, "tu" everywhere, read only by Italians. A quarter of buyers write German.',
      '',
      "Hoop 1: mine as PM, the order, limits, holds. Nadia's engineers: routing, flag, deploy.",
      'Hoop 2: workshop staff first. Then the early-pairs list, opted in, both languages. Then Borgo Poscolle and Borgo Ronchi, buying 3+ years. First-year buyers from Carinthia last: one careless "du", gone.',
      'Hoop 3: limits, fixed before any traffic moves. Thumbs-down in German more than 2 points worse than now. Formal-address misses on the German eval set above 1 in 50. Errors +0.5 %. p95 +300 ms. Any one: we fold the velvet away.',
      'Hoop 4, point disallowed, ball not clean through: "one thumbs-down rate for all". No. Replayed: every limit split by language.',
      'Hoop 5: first sole, staff, 2 days. Embroidered toe, 5 % then 25 %, 1,500 German conversations each. Sagra stand, 50 % then 100 %, 2 days each. Through only inside every limit.',
      'Stroke: each advance, Tite the master cobbler and I both walk the first pair round the cortile. Our sign-off.',
      'Hoop 6: whoever is on call, any hour, lines the old slippers back on the rack: old prompt by config switch, under 5 minutes, no asking me.',
      'Peg: canary says safe, not better. Better: a randomised A/B test afterwards.',
      'Graciis, mandi.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ds023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Referee's notes, hoop by hoop. The suggestion model moves to a cheaper, faster one. We are small: a few hundred suggestions an hour on a busy evening, few customers press the thumbs, and the eval harness grades one suggestion in two hundred.",
      '',
      "1. Hoop 1, what I own as PM: the order of customers, the limits, the holds, who signs. Nadia's engineers own the routing, the flag and the deploy. I do not ask them for the order; they do not ask me for the flag.",
      '2. Hoop 2, the order. First the workshop and our families. Then the customers on the early-pairs list, who said yes to trying things. Then the old customers of Borgo Villalta and Borgo Cussignacco, five years buying and more. Last the first-year customers and the wedding orders: for them one wrong size is a lost customer.',
      '3. Hoop 3, the limits, written and agreed before the first suggestion moves. Against the old model, same hours: eval-harness score down more than 3 points; returns for wrong size more than 1 point worse; thumbs-down more than 2 points worse; errors +0.5 %; p95 +300 ms. Any one over, and we fold the velvet away.',
      '4. Hoop 4, point disallowed, ball not clean through: "start at 5 % for a day, like always". No. At 5 % a day gives the harness maybe three graded suggestions, which is nothing. Replayed: during the canary the harness grades one in ten, and we hold by counts, not by the clock.',
      '5. Hoop 5, the stages. First sole: the workshop and the early-pairs list, held until 400 graded suggestions. Embroidered toe: 25 %, held until 1,000 graded suggestions and 150 rated by customers, and never less than a week. Sagra stand: 50 %, then 100 %, one more full week each. We advance only with every limit inside.',
      '6. Stroke after each hoop: Tite the master cobbler and I both walk the first pair round the cortile. Without both names, no advance.',
      '7. Hoop 6, rollback. Whoever is on call lines the old slippers back up on the rack: the flag goes back to the old model in five minutes, at any hour, Sunday night too, no redeploy and no waiting for my yes.',
      '8. The peg. The canary answers "is it safe". Whether the cheaper model is also as good or better, we learn afterwards from a randomised A/B test.',
      '',
      'Ben. Mandi.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ds024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Referee's scoring sheet, typed as a table. The new suggestion model reads more features per request from the regional stores. Our buyers are in Friuli and in Argentina, the Friulian families of Buenos Aires and Colonia Caroya; we are in Udine, and their evening shopping is our small hours. Their store was sized for the old model.",
      '',
      'Hoop | Stroke | What | Who',
      "1 | ownership | Mine as PM: the order, the limits, the holds. Routing, flag, deploy, feature stores: Nadia's engineers. | PM / eng",
      '2 | order | workshop staff, then the early-pairs list (they opted in), then buyers of 3+ years in Borgo Gemona and Borgo Pracchiuso, and the Argentine customers last: far, loyal, worth a lot, and behind the store most likely to choke | PM',
      '3 | limits | fixed before any traffic moves, per region: errors +0.5 %; p99 +200 ms; feature-store timeouts above 1 in 1,000; thumbs-down on suggestions more than 2 points worse than now; add-to-basket from a suggestion down more than 2 %. Any one, and we fold the velvet away | PM, agreed with eng',
      '4 | point disallowed, ball not clean through | "hold a day in Udine hours and look at it over breakfast". No. Replayed: every stage holds through at least two Buenos Aires evening peaks | PM',
      '5 | stages | first sole: staff, 2 days. Embroidered toe: 5 % in Europe, 3 days; then 5 % in Argentina, 3 days with a Saturday evening there; then 25 % both, a week. Sagra stand: 50 %, then 100 %, 3 days each. Advance only inside every limit | PM',
      '6 | sign-off | before each advance Tite the master cobbler and I both walk the first pair round the cortile | Tite + PM',
      '7 | rollback | whoever is on call, at 2 in the night our time too, lines the old slippers back up on the rack: flag to the old model, under 5 minutes, no redeploy, no yes needed from me or anyone | on-call',
      'peg | safe, not better | the canary says the new model is safe to keep; whether it suggests better pairs, a randomised A/B test afterwards | PM',
      '',
      'Sì, that is the sheet. Mandi.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'ds025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Referee's notes. One-page checkout, saved cards filled in.",
      'The lab loved it. The lab was all returning customers.',
      '',
      'Hoop 1.',
      'Mine as PM: the order, the limits, the holds.',
      "Nadia's engineers: routing, flag, deploy.",
      '',
      'Hoop 2.',
      'Workshop staff first.',
      'Then the early-pairs list, opted in.',
      'Then returning buyers of Borgo Aquileia and Borgo Grazzano, 2+ years.',
      'First-time buyers last: no saved card, and the most to lose before the Christmas market.',
      '',
      'Hoop 3. Limits, fixed before any traffic moves.',
      'Errors +0.5 % against the old checkout.',
      'p99 +200 ms.',
      'First-order conversion down 2 % against the old checkout.',
      'Any one, and we fold the velvet away.',
      '',
      'Hoop 4, point disallowed, ball not clean through:',
      '"everyone at once, before the market".',
      'No. Replayed as a ramp.',
      'First sole: staff, 2 days.',
      'Embroidered toe: 5 %, then 25 %, each held for 500 first orders.',
      'Sagra stand: 50 %, then 100 %, 3 days each.',
      'Through only inside every limit.',
      '',
      'Hoop 5.',
      'Before each advance, Tite the master cobbler and I both walk the first pair round the cortile.',
      '',
      'Hoop 6.',
      'Whoever is on call, any hour, lines the old slippers back up on the rack.',
      'Flag switch, 5 minutes. No redeploy. No asking me.',
      '',
      'Peg.',
      'The canary says safe, not better.',
      'Better? A randomised A/B test afterwards.',
      'Mandi.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ds026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: 'Referee\'s notes in one breath, hoop after hoop: the price of a made-to-measure pair moves to a new pricing service, the rollout starts on Tuesday evening, orders never stop because the Friulians of Sydney and Buenos Aires buy while Udine sleeps, and at night the pricing service shares its batch window with the invoicing, so hoop 1 is who owns what, and I as PM own the order of customers, the limits, the holds and who signs, while Nadia\'s engineers own the routing, the deploy and the flag, and hoop 2 is the order, workshop staff first, then the early-pairs list who opted in, then customers of three years and more in Borgo Villalta and Borgo Ronchi, and first-year buyers and the wedding shops last, because a wrong price is the one thing they never forgive, and hoop 3 is the limits, written down and agreed on Monday, before one order moves: quotes that differ from the old service above 1 in 2,000, errors more than 0.5 % worse than the old service, p99 more than 200 ms worse, paid orders down more than 2 % against the customers still on the old one, any one and we fold the velvet away, and hoop 4, point disallowed, ball not clean through, because I first wrote "if it breaks at night the on-call engineer rings me and I decide", and no, replayed: whoever is on call lines the old slippers back up on the rack, at two in the night as at two in the afternoon, a flag switch back to the old pricing service that takes under five minutes, no redeploy, and they do not wait for me or anyone to say yes, they tell us in the morning, and hoop 5 is the ramp, the first sole at staff only for two days and two batch windows, the embroidered toe at 5 % then 25 %, three nights each because the trouble lives in the night, the sagra stand at 50 % then 100 %, four days each, and we go through a hoop only with every limit inside, and hoop 6 is the sign-off, before each advance Tite the master cobbler and I both walk the first pair round the cortile, and the peg is that the canary tells us the new service is safe, not that its prices sell better, for that a randomised A/B test afterwards, ben, mandi.',
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ds027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Referee's notes, the storage game. Every page of our shop reads patterns and orders from the database in the back room; now they move to a managed cluster behind a new proxy. The load test passed at peak, sì, but with warm caches. The old server is switched off at the end of the month.",
      "Hoop 1. First stroke, what is mine as PM: the order of customers, the limits, how long each hold lasts. Second stroke, what is not: Nadia's engineers run the proxy, the routing, the deploy and the flag.",
      'Hoop 2. Workshop staff first, on their own order pages. Then the early-pairs list, who opted in. Then customers of four years and more from Borgo Cussignacco and Borgo Poscolle. New customers last, with the shops that order a hundred pairs for a wedding: a lost order there costs the most.',
      'Hoop 3, point disallowed, ball not clean through: "the load test passed, so 50 % on day one". No, the test ran warm. Replayed: the first sole is staff at 1 %, held two days, caches emptied on purpose the first morning; the embroidered toe is 5 % then 25 %, each held until it has met a Monday-morning peak cold; the sagra stand is 50 % then 100 %, three days each. We go through a hoop only with every limit inside.',
      'Hoop 4. Limits, fixed before the first page reads from the new cluster: errors more than 0.5 % worse than the old database; p99 page time more than 200 ms worse; proxy timeouts above 1 in 5,000; finished orders down more than 2 % against customers still on the old one. Any one, and we fold the velvet away.',
      'Hoop 5. Every advance is signed off: Tite the master cobbler and I both walk the first pair round the cortile. If one of us is away at a fair, we wait.',
      'Hoop 6. Whoever is on call lines the old slippers back up on the rack: the proxy points back to the old database by a config switch, in minutes, at any hour, without waiting for my yes. Writes go to both while we ramp, so going back loses nothing; the old server stays on until the new one has carried everything for a week.',
      'The peg. The canary tells us the new storage is safe under load, not that it makes anything better. To claim better, a randomised A/B test afterwards. Mandi.',
    ].join('\n\n'),
  },
];
