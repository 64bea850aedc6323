import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-seventeenth fresh held-out set, author B: the other answers (ds028–ds040):
 * middling (ds028–ds030), weak (ds031–ds032), keyword salad (ds033–ds034), negated (ds035–ds036),
 * misconception-led (ds037–ds038) and off-topic (ds039–ds040), six on model scenarios and seven on
 * service scenarios. Voice: a Friulian (Udine) English register in writing with Friulian and
 * Italian words (dry, hard-working, understated); the PM of a workshop of scarpets (embroidered
 * velvet slippers) whose language model suggests a pair, its embroidery and its size; every answer
 * a croquet referee's notes, hoop by hoop and stroke by stroke, with one hoop point disallowed
 * ("ball not clean through"). Labelled by hand before anything else (LABEL-NOTES-b.md,
 * README-b.md).
 */
export const HUNDRED_AND_SEVENTEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ds028',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Referee's notes, short.",
      'The assistant moves to the bigger model. Same prompt.',
      '',
      'Hoop 1.',
      'What I hold as PM: the limits, and the call to stop.',
      "The routing and the flag are Nadia's, the engineers'.",
      '',
      'Hoop 2.',
      'Limits, on the card before any customer meets the bigger model:',
      'cost per conversation above 4 cents,',
      'returns for wrong size more than 1 point worse than now,',
      'thumbs-down on suggestions more than 2 points worse,',
      'errors more than 0.5 % worse.',
      'Any one, and we fold the velvet away.',
      '',
      'Hoop 3.',
      'We watch those four every day, cost first, because the accountant asks.',
      '',
      'Hoop 4, point disallowed, ball not clean through:',
      '"watch only the error rate".',
      'No. A model can be wrong without one error.',
      '',
      'Hoop 5.',
      'Who gets it first, and how fast: some customers, then more.',
      'The engineers know the flag.',
      '',
      'Hoop 6.',
      'If a limit trips, we go back.',
      'Mandi.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ds029',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Referee\'s card. Photo resizer rewritten for the new format. 20 % faster on the bench. "Everywhere by Thursday, dai", they say.',
      'Hoop 1: order. Workshop staff first, they look at our photos all day. Then the early-pairs list, who opted in. Then long-time buyers of Borgo Gemona, five years and more. New buyers last: one slow first page and they never come back.',
      'Hoop 2: stages. First sole, staff only, held two full days with no restart, because a service restarted only on deploys shows its trouble on day two. Embroidered toe, a quarter of the shop, held three days. Sagra stand, everyone. At each gate the page speed must be flat across the whole day, not only in the morning, or we stay where we are.',
      'Hoop 3, point disallowed, ball not clean through: "Thursday for everyone". No. Thursday is for the embroidered toe, at most.',
      'Hoop 4: sign-off. Before each stage, Tite the master cobbler and I both walk the first pair round the cortile.',
      'Hoop 5: if something looks wrong, we see with the engineers.',
      'Mandi.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ds030',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "Referee's notes, numbered. Search moves to the new index, smaller and cheaper to host.",
      '',
      "1. Hoop 1. As PM I own the stop rules and the call to stop. Nadia's engineers own the new index, the routing and the flag.",
      '2. Hoop 2. Stop rules, written before one search goes to the new index: p99 search time more than 200 ms worse than the old index, measured on searches with three filters or more, not on the median; empty results more than 1 point worse; errors more than 0.5 % worse. Any one, and we fold the velvet away.',
      '3. Hoop 3, point disallowed, ball not clean through: "the median got faster, so ben". No. The median hides the woman looking for a size-38 bordeaux pair with edelweiss, no heel, under 60 euro.',
      '4. Hoop 4. Whoever is on call may line the old slippers back up on the rack: the flag back to the old index, under five minutes, day or night, without asking me or anyone.',
      '5. Hoop 5. How far and how fast: a small slice first, and we widen it when it looks fine.',
      '6. The peg. The old index stays warm until the end.',
      '',
      'Mandi.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ds031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: 'Referee\'s notes, not many. The new prompt is warmer and, for me, nicer. Hoop 1: we put it out to some customers and we see. Hoop 2: we look at what people say, the German-speaking ones especially, they are precise people. Hoop 3, point disallowed, ball not clean through: I had written "everybody on Monday", but sì, a little slower is better. Hoop 4: if the Austrians complain, we go back to the old prompt. Hoop 5: the engineers know how to do this, and I trust them to pick. A canary is a small release before the big one, so that is what we do, ben. Mandi.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ds032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: 'Referee\'s notes, quick, because the page is only a page: the price list gets a clearer table, plain pair, embroidered pair, made to measure, and the Friday campaign in the Messaggero Veneto points to it, so hoop 1, we show it to a few people first and then to everyone, hoop 2, we look at the numbers, hoop 3, point disallowed, ball not clean through, I wrote "no canary at all, it is only a table" and Tite said even a table deserves a look, so ben, a small canary, hoop 4, if the orders look strange we put the old table back, hoop 5, canary releases reduce risk and many big shops use them, and the peg, it will be fine, I think, mandi.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ds033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: "Referee's notes. Hoop 1: canary 1 % 5 % 25 % 50 % 100 %, cheaper model, faster model, eval harness one in 200, thumbs-down, hallucination rate, p95, tokens per suggestion, cost. Hoop 2: Borgo Villalta, Borgo Grazzano, early-pairs list, staff, first sole, embroidered toe, sagra stand. Hoop 3: thresholds 0.5 % 200 ms 2 %, baseline, control, gate, hold, sign-off, master cobbler, cortile. Hoop 4, point disallowed, ball not clean through: A/B randomised, safe, better, on-call, flag, config switch, five minutes, rack, old slippers. Hoop 5: Friuli Doc, 400, 1,000, 150, sampling one in ten, volume, velvet, roquet, peel, peg. Sì, ben, dai. Mandi.",
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ds034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Referee's notes.",
      'Hoop 1. New SDK. Wallet. Android 14, iOS 17.',
      'Hoop 2. 1 %, 5 %, 10 %, 25 %. Bursts. Sunday 21:00.',
      'Hoop 3. Payment success 98.5 %. p99 800 ms. Error budget. Certification.',
      'Hoop 4, point disallowed, ball not clean through. Flag. Kill switch. Rollback. Old slippers, rack.',
      'Hoop 5. Borgo Ronchi, Borgo Aquileia, staff, early-pairs, wedding shops.',
      'Hoop 6. Canary. A/B. Safe. Better. Master cobbler. Cortile.',
      'Peg. Friuli Doc, 3 days, 2,000 orders, velvet.',
      'Graciis. Mandi.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ds035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Referee's notes. The new suggestion model, more features from the regional stores.",
      '',
      "1. Hoop 1: I would not split what is mine as PM from what is the engineers'. No lines drawn.",
      '2. Hoop 2: no staff first, no early-pairs list, no keeping the Argentine customers for last. We do not choose an order of customers at all.',
      '3. Hoop 3: we will not write limits before the start, not for errors, not for p99, not for thumbs-down or add-to-basket.',
      '4. Hoop 4, point disallowed, ball not clean through: I had "hold each stage through two Buenos Aires evenings". Struck. No stages, no holds, no gates.',
      '5. Hoop 5: no sign-off at any step, not by Tite the master cobbler and not by me.',
      '6. Hoop 6: the one on call does not roll back at night on their own, and not with a flag switch; nobody lines the old slippers back up on the rack without first ringing me.',
      '7. The peg: no randomised A/B test afterwards, and no watching of suggestion quality beyond the errors.',
      '',
      'Mandi.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ds036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Referee's notes on the new order form: a new size picker, a shorter form, the chosen size kept in the browser. People think about a gift pair for a day before they buy, so a lost order shows only late.",
      'Hoop 1. I would not make a list of what I own as PM and what the engineers own. That line I do not draw.',
      'Hoop 2. No order of customers: not the workshop first, not the early-pairs list next, not the new buyers last. None of that.',
      'Hoop 3, point disallowed, ball not clean through: I had written "limits fixed before we start, finished orders down 2 %, errors +0.5 %". Struck off. We fix no limits in advance.',
      'Hoop 4. No stages with holds, no waiting a day for the late orders to come in, no gate before the next step.',
      'Hoop 5. Nobody signs off an advance, not Tite the master cobbler, not me.',
      'Hoop 6. No rollback by whoever is on call, no switch at any hour; that I would not hand to them.',
      'The peg. And no randomised A/B test afterwards either. Mandi.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ds037',
    scenario: 'model',
    class: 'misconception',
    points: points('C R'),
    text: [
      "Referee's notes on the bigger model for the assistant.",
      'Hoop 1. The canary is our A/B test. It proves the bigger model is better: if the customers in the canary buy more pairs than the others, that is our answer, and no second test afterwards.',
      'Hoop 2. The order: workshop staff first, because they forgive mistakes and tell us what is wrong; then the early-pairs list, who opted in; then old customers of Borgo Grazzano, many years with us; first-year customers and wedding shops last, because they have no patience to lend us yet.',
      'Hoop 3, point disallowed, ball not clean through: "a separate A/B test later, for better". Disallowed: it costs a month, and the canary already shows it.',
      'Hoop 4. Whoever is on call can line the old slippers back up on the rack: the flag back to the old model, under five minutes, any hour, and they need no yes from me.',
      'Hoop 5. When the canary customers buy more than the rest, we call it better, and everybody gets it.',
      'Mandi.',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ds038',
    scenario: 'service',
    class: 'misconception',
    points: points('P H S'),
    text: [
      "Referee's card. Product page: reviews above the fold, photo gallery loaded late. Cosmetic. Last week was the spring sale, 20 % off everything, ended Sunday at midnight.",
      "Hoop 1: mine as PM, when we move and how long we hold. Nadia's engineers: routing, flag, deploy.",
      'Hoop 2: limits we decide while we watch. No numbers on the card before. The week after a sale looks broken whatever we do; we will know a bad number when we see one.',
      'Hoop 3: stages. First sole, staff, held two days. Embroidered toe, a quarter of the shop, held three days. Sagra stand, everyone. We do not move before each hold ends.',
      'Hoop 4, point disallowed, ball not clean through: "compare with the sale week". No. Replayed: compare day by day as it comes.',
      'Hoop 5: each advance, Tite the master cobbler and I both walk the first pair round the cortile. Without both, we stay.',
      'Hoop 6: if it looks bad, we go back.',
      'Ben. Mandi.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ds039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Referee's notes, but on another game: what our suggestion model ought to suggest to the customers in Argentina.",
      'Hoop 1. The Friulian families of Buenos Aires and Colonia Caroya want the old patterns, the ones their grandmothers wore: black velvet, small flowers, the edelweiss on the toe. The model should know this before anything.',
      'Hoop 2. Sizes run differently there. Their 38 is not our 38, so a table for that goes inside the model.',
      'Hoop 3. Shipping: three weeks by post, ten days by courier, and the customs at Ezeiza sit on parcels. The model should give the date honestly.',
      'Hoop 4, point disallowed, ball not clean through: "suggest the bright colours, they sell in Udine". No. In Córdoba they buy black.',
      'Hoop 5. Their gift season is December, which is summer there. Nobody wants velvet in January heat, so the model should suggest the cotton lining.',
      'The peg. Sì, they are good slippers, and the grandmothers were right. Mandi.',
    ].join('\n\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ds040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Referee's notes, on the new product pages.",
      'Bigger photos. A size guide.',
      '',
      'Hoop 1.',
      'The photos: daylight, by the window, never the flash.',
      'Velvet goes grey under a flash.',
      '',
      'Hoop 2.',
      'Show the sole from below.',
      'People want to see the stitches of the sole, that it is real.',
      '',
      'Hoop 3.',
      'The size guide: draw round the foot on paper, measure heel to big toe, add half a centimetre.',
      'Scarpets are worn without socks, mostly.',
      '',
      'Hoop 4, point disallowed, ball not clean through:',
      '"use the photos from the catalogue of 2019".',
      'No. The embroidery changed since.',
      '',
      'Hoop 5.',
      'Staff discount stays at 30 %, and the staff keep ordering their own pairs through the counter, not the site.',
      '',
      'The peg.',
      'Tite photographs, I write the words.',
      'Mandi.',
    ].join('\n'),
  },
];
