import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twelfth fresh set, author B: the thirteen answers that are not strong
 * (dn028–dn040): middling (dn028–dn030), weak (dn031–dn032), keyword salad (dn033–dn034),
 * negated (dn035–dn036), misconception-led (dn037–dn038) and off-topic (dn039–dn040), each
 * labelled by hand before anything else with the points a strict interviewer would say it covers.
 * Voice: a Filipino (Cebu) English register in speech with Cebuano words (friendly, quick,
 * joking; "lagi", "ambot", "bai", "salamat"), a rattan furniture workshop whose language model
 * suggests which chair, weave and finish suit a room, a family and a budget, every answer a
 * boxing trainer's corner notes between rounds with one round re-scored.
 */
export const HUNDRED_AND_TWELFTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dn028',
    scenario: 'model',
    class: 'middling',
    points: points('P T H'),
    text: [
      'Corner notes, quick, bai: the bigger model for the rattan helper.',
      '',
      "Round 1. What's mine and what's not. I own the limits, the holds and who sees it when; engineering owns the router, the deploy and the flags. I don't go into their corner.",
      '',
      'Round 2. Before a single buyer sees it, we write the limits down: errors more than 0.5 % worse than now, p95 more than 400 ms worse than now, cost per conversation more than 40 % worse than now. Past any of those and we put the rattan back to soak.',
      '',
      "Round 3. Stages. The first strand at 5 %, held four days. The bent poles at 30 %, held a full week of Sinulog. Then the whole showroom. We don't step up until the hold is done and the limits have held.",
      '',
      'Round 3, re-scored: the first strand holds six days, not four; weekends are when families shop for chairs.',
      '',
      'Round 4. Who gets it first? Ambot, a random 5 %; the router picks.',
      '',
      'Round 5. If it goes bad, we go back. Engineering will know how. Salamat.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dn029',
    scenario: 'service',
    class: 'middling',
    points: points('C S R'),
    text: [
      'Corner notes. New payment SDK in the showroom app, wallets included.',
      'Friday after payday is our busiest evening, so careful, bai.',
      '',
      'Round 1.',
      'Workshop staff pay with it first; they buy cushions from us all the time.',
      'Then suki who opted into the preview.',
      'Then regular buyers, 3+ years, Mabolo and Guadalupe.',
      'New buyers last: a failed first payment and they never come back.',
      '',
      'Round 2.',
      'Watch the payments. If it looks bad, we stop.',
      '',
      'Round 3.',
      'We widen it when it looks fine.',
      '',
      'Round 3, re-scored:',
      'not on a Friday evening. Never widen on a Friday.',
      '',
      'Round 4.',
      'Before each widening, the head craftsman and I both lean back in the first chair:',
      'Manoy Caloy and I sign off, nobody else.',
      '',
      'Round 5.',
      'Whoever is on call hauls the old chairs back onto the showroom floor, no need to call me.',
      'Any hour. The SDK sits behind a flag: off in two minutes, no redeploy.',
      '',
      'Salamat.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dn030',
    scenario: 'service',
    class: 'middling',
    points: points('T H A'),
    text: [
      "Corner notes: the new photo resizer for the catalogue. Twenty per cent faster on the bench, they say. Ambot, benches don't run all day.",
      '',
      '1. Round 1. Limits, written before anything moves: resize errors more than 0.5 % worse than now, p99 image time more than 150 ms worse than now, memory per instance more than 20 % worse than now at any hour of the day. Any of those and we put the rattan back to soak.',
      '2. Round 2. Stages: the first strand at 5 %, the bent poles at 25 %, then the whole showroom.',
      '3. Round 3. Holds: the first strand holds one full day without a restart, because a slow leak only shows after hours; the bent poles hold three days. No stepping up before the hold ends, Thursday or no Thursday.',
      '4. Round 3, re-scored: two full days at the first strand, not one; one day would hide a leak that needs thirty hours.',
      '5. Round 4. Who? A random 5 % of listing pages, whatever the router gives.',
      '6. Round 5. If the limits trip, we go back.',
      '7. Round 6. And remember, bai: this tells us the resizer is safe, not that faster photos sell more chairs. That is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dn031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "Corner notes, bai, short because the round is short: the notes our helper writes for each quote move to a cheaper, faster model, and honestly I'd just let it out slowly and keep an eye on it, " +
      'Round 1 we switch it on for some buyers, Round 2 we watch how it goes, Round 3 if buyers complain we go back, ' +
      "Round 3, re-scored: if the workshop complains too, Round 4 engineering knows how these things are done, so I'd trust them and ask them to keep me posted, " +
      "and if it's cheaper and nobody shouts, that's a win, salamat.",
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dn032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Corner notes. New price-comparison table, the chair lines side by side. Checkout behind it untouched.',
      'Round 1: A canary is when you give a new version to a small group first, then everyone.',
      'Round 2: Named after the birds in the mines, lagi.',
      "Round 3: This one's only a page. Low risk.",
      'Round 3, re-scored: low risk, but still a page buyers see before paying.',
      'Round 4: Put it out before the Friday sale campaign, check it looks right on phones.',
      "Round 5: Everyone's happy. Salamat, bai.",
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dn033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Corner notes. Warm prompt, Cebuano, English.',
      'Round 1: canary, cohort, 1 %, 5 %, 25 %, 100 %, the first strand, the bent poles, the whole showroom.',
      'Round 2: thumbs-down, eval harness, hallucination, formal address, Nang, Nong, p95, 300 ms, 0.5 %.',
      'Round 3: rollback, flag, router, on call, minutes, suki, Lahug, Mabolo, 3+ years.',
      'Round 3, re-scored: sign-off, head craftsman, first chair, A/B, randomised, safe, better.',
      'Round 4: Sinulog week, 500 conversations, token cost, prompt version 2, gate, hold, ramp.',
      'Round 5: canary canary canary, rattan, soak, lagi, bai.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dn034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Corner notes, search index.',
      'Round 1 | p50, p95, p99, p99.9, 200 ms, 800 ms, tail, filters, weave, finish, size, price.',
      "Round 2 | cohort, staff, preview, Talamban, Pardo, 5 years, designers' trade accounts, free browsing.",
      'Round 3 | threshold, baseline, control, 0.5 %, 2 %, zero-result rate, index size, hosting cost, −40 %.',
      'Round 4 | ramp 1 / 5 / 25 / 50 / 100, hold, gate, Sinulog, 72 hours, 10,000 queries.',
      'Round 4, re-scored | rollback, on call, 3 a.m., config, alias swap, under 5 minutes, no redeploy.',
      'Round 5 | sign-off, head craftsman, PM, engineering, A/B, safe, better, the whole showroom, ambot.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dn035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Corner notes: the new chair pages, reviews on top, photos loading lazy. Last week was the Sinulog sale, 20 % off everything. Ambot, it's cosmetic.",
      '',
      "1. Round 1. No, I won't split what's mine from what's engineering's. Not needed for a page.",
      "2. Round 2. We won't start with workshop staff, then the preview suki, then the regulars. No order of buyers at all.",
      "3. Round 3. I won't write any limits before it goes out, not on errors, not on speed, not on orders.",
      '4. Round 4. No first strand, no bent poles, no holding a few days at each. It goes to the whole showroom in one go.',
      "5. Round 4, re-scored: not even a day's hold. Leadership wants it this week.",
      "6. Round 5. Nobody signs off. The head craftsman and I won't lean back in any chair for this.",
      "7. Round 6. Rollback? On call doesn't haul anything back alone; they wait for me, and it would be a redeploy anyway.",
      '8. Round 7. And no A/B test afterwards either. Salamat, bai.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dn036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      "Corner notes, bai, the new suggestion model that reads more from the regional feature stores. Round 1: I'm not going to carve out what's mine from what's engineering's; whoever is closest decides. " +
      "Round 2: no staff first and no preview suki before the regulars, and I won't keep new buyers or the resort accounts for last; the router can take whoever it likes. " +
      "Round 3: we won't fix any numbers before traffic moves, not errors, not p99, not clicks on suggestions, not add-to-basket, not feature-store timeouts. " +
      'Round 4: no stages named after the rattan, no first strand or bent poles, no hold through the European evening peak, no full week of Sinulog. ' +
      'Round 4, re-scored: not even a count of orders to wait for. Round 5: nobody signs off, no head craftsman leaning back in any chair. ' +
      "Round 6: the on-call person doesn't get to haul the old chairs back alone at 3 a.m.; they wait until I'm awake. " +
      "Round 7: and we won't run a randomised A/B test afterwards. Ambot, salamat.",
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dn037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Corner notes: the bigger model for the rattan helper. Listen, bai, this is the round that wins the fight.',
      '',
      'Round 1. My corner and theirs. I decide who gets the new model, in what order and when we move on; engineering runs the routing, the deploy and the flags.',
      '',
      'Round 2. The order. Workshop weavers and staff first, because they know every weave and will tell us when the helper talks nonsense. Then the suki who opted into the preview. Then regulars with years of buying, in Lahug and Capitol Site. First-time buyers and the resort accounts last: they are new or they are big, and a bad suggestion loses them.',
      '',
      "Round 3. Here's the point of it all: the canary proves the bigger model is better, so the canary is our A/B test. If the buyers on the new model order more chairs than the rest, we have our answer and we roll it to the whole showroom. No separate test after.",
      '',
      "Round 3, re-scored: better meaning more orders per conversation; that's the only score I care about.",
      '',
      "Round 4. If something breaks, whoever is on call hauls the old chairs back onto the showroom floor, no need to call me. Day or night, any hour. It's a flag switch, a couple of minutes, no redeploy.",
      '',
      'Salamat. Go get him.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dn038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'Corner notes. New delivery-date picker and a shorter form on the made-to-order page. Families talk it over at dinner and order hours later, bai. The team wants 100 % this afternoon. No.',
      '',
      'Round 1: Order: workshop staff → suki who opted into the preview → regulars, 3+ years, Banilad and Apas → first-time buyers and hotel buyers last, because a lost order there is a lost buyer.',
      'Round 2: Stages: the first strand 5 %, the bent poles 25 %, the whole showroom. The first strand holds two full days so the late orders land; the bent poles hold a full week of Sinulog. Nothing moves before the hold ends.',
      "Round 3: Limits: we decide them while we watch. No sense fixing numbers before we've seen what orders look like on the new form; we'll know bad when we see it.",
      'Round 3, re-scored: still no numbers up front; we set them on day two, once the dashboard settles.',
      'Round 4: Each step: the head craftsman and I both lean back in the first chair; Manoy Caloy and I sign, nobody else.',
      "Round 5: If it's bad, we go back.",
      'Salamat.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dn039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Corner notes, bai, about the new chair pages: bigger photos and a size guide.',
      '',
      'Round 1. The size guide. A lounge chair wants 80 centimetres of floor on each side; a dining chair wants 60 from the table edge. Families always forget the door width. Put that on the page, lagi.',
      '',
      'Round 2. The photos. Shoot the weave in the morning light by the Mabolo window, not under the workshop bulbs; the honey finish looks orange under bulbs.',
      '',
      'Round 3. The weaves themselves. Single strand for the dining chairs, double for the lounge, and nobody sells the peacock chair before the head craftsman has looked it over.',
      '',
      'Round 3, re-scored: double strand on the dining chairs too, if the family has small kids. Kids climb.',
      '',
      'Round 4. Staff are on the site all day checking stock and orders. Ambot, they never buy there; they get the staff price at the counter.',
      '',
      'Round 5. Breathe. Chin down. Salamat.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dn040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Corner notes. The new suggestion model.',
      '',
      'Round 1.',
      'It reads more about each buyer now:',
      'room size, the photo of the sala, budget, how many kids.',
      '',
      'Round 2.',
      'It learned from eleven years of our orders,',
      'Cebu and the Amsterdam warehouse both.',
      '',
      'Round 3.',
      'The Dutch like the natural finish,',
      'the Talamban families like honey, lagi.',
      '',
      'Round 3, re-scored:',
      'Lahug likes honey too. Ambot why.',
      '',
      'Round 4.',
      'Next year we want it to suggest cushions.',
      'Maybe weave colours as well.',
      '',
      'Round 5.',
      'Salamat, bai. Water. Mouthguard in.',
    ].join('\n'),
  },
];
