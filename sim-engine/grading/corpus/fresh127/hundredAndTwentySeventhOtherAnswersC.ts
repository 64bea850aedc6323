import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-seventh fresh set, author C: the other thirteen answers (ec048–ec060):
 * middling (ec048–ec050), weak (ec051–ec052), keyword salad (ec053–ec054), negated (ec055–ec056),
 * misconception-led (ec057–ec058) and off-topic (ec059–ec060), seven on service scenarios and six
 * on model scenarios. The voice: an Occitan (Toulouse) English register in speech with Occitan and
 * French words, a PM at a Toulouse candied-violet confectionery whose language model suggests
 * which box, size and assortment suit a gift, a guest and a budget, every answer a beach-volleyball
 * referee's scoresheet with one point replayed on the challenge. Labelled by hand before anything
 * was graded (LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_TWENTY_SEVENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'ec048',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      'Adieu! Scoresheet for the one-page checkout, the one that fills in saved addresses and cards.',
      'Set 1, the roles: I decide who sees it and which numbers stop it; engineering builds the page, deploys it and holds the flag. Their side, not mine.',
      'Set 1, the order: the workshop staff first, then the early-tasting club who opted in, then customers of Saint-Cyprien and the Carmes with years of buying and a saved card. First-time buyers last, because a saved address means nothing to them, and the spring campaign brings them in by the hundred.',
      "Set 2, point replayed on the challenge: my first sheet put the campaign's new buyers in early, to see the effect quickly. Non, they go last.",
      'Set 2, the lines, written before anyone sees the page: checkout errors more than 0.5 % worse than now, first orders per visit more than 2 % worse than now, and we shut the sugar pans.',
      'Set 3: after that we open it wider through the spring, as the campaign goes. Plan, plan.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ec049',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'Scoresheet, three sets and quick, for the bigger box-assistant model.',
      'Set 1: the bigger model takes a random 5 % of conversations.',
      "Set 1, the lines, fixed before the first conversation moves: thumbs-down more than 2 points worse than now, the eval harness's wrong-suggestion rate more than 1 point worse, errors more than 0.5 % worse, cost per conversation more than 25 % above now. Any one, and we shut the sugar pans.",
      'Set 2, point replayed on the challenge: I had forgotten the cost. Finance challenged; it is back on the sheet.',
      'Set 2: every day we watch thumbs-down, wrong suggestions and cost per conversation, and when they look fine we widen it.',
      'Set 3: whoever is on call, any hour of the night, flips the config back to the old model in under five minutes, no redeploy, and nobody needs to call me.',
      'Mercés, òc.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ec050',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      'Adieu. Scoresheet for the rewritten image service, the one that resizes our box photos and now reads the new photo format.',
      'Set 1: a random 5 % of catalogue pages get the new resizer.',
      'Set 1, point replayed on the challenge: Thursday. The team wanted it everywhere by Thursday because the benchmark says 20 % faster. Replayed: non, we hold, because a service that restarts only on deploys shows its troubles on the second day, not the first hour.',
      'Set 2: the first picked bunch holds three full days without a restart. The sugaring pan, 25 %, holds three more days. Then the whole Capitole market. At each gate the head confectioner and I both taste the first sugared flower and sign, or nothing advances.',
      'Set 3: if the pictures get slow, we go back.',
      'Match: the canary says the new resizer is safe, not that sharper, faster pictures sell more boxes. For that, a randomised A/B test afterwards. Mercés.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ec051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Adieu! Scoresheet. Set 1: the cheaper model comes on court. ' +
      'Set 2, point replayed on the challenge: someone said we should wait, but it is cheaper and faster, so plan, we go. ' +
      'We put it out for a few customers, see whether anybody complains, and then give it to everybody. ' +
      'The engineers know the model much better than I do, they will keep an eye on it. ' +
      'Set 3: if something goes wrong, we go back. ' +
      'It saves money, òc, and the violets do not care which model suggests their box. Mercés.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ec052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Scoresheet for the new pricing page of the violet shop, the one with the clearer comparison table.',
      'Set 1: a canary release means sending the new version to a small group first, like tasting one violet before you sugar the whole basket.',
      'Set 2: the table is nicer, marketing launches its campaign on Friday, so we release on Thursday and watch how it goes.',
      'Set 2, point replayed on the challenge: marketing wanted Wednesday. Replayed, Thursday.',
      'Set 3: if people like it, good; if not, we change it. Adieu!',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ec053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Scoresheet. Set 1: canary, search index, new layout, cheaper, p50, p99, tail, 200 ms, 0.5 %, cohort, Carmes, Saint-Cyprien, 5 years, rollback, flag. ' +
      'Set 2: hold, gate, sign-off, first picked bunch, sugaring pan, whole Capitole market, 1 %, 5 %, 25 %, 100 %, filters, rare queries, benchmark. ' +
      'Set 2, point replayed on the challenge: tail latency, tail latency, thresholds, baseline, control, conversion 2 %. ' +
      'Set 3: on-call, minutes, config, sugar pans, head confectioner, sugared flower, A/B, randomised, safe, better. ' +
      'Òc, non, plan, adieu.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ec054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Adieu, scoresheet:',
      'Set 1 — recommendation model, feature store, Tokyo lunch, 4 a.m., features per request, p95, 300 ms, errors 0.5 %.',
      'Set 1 — staff, early-tasting club, Minimes, Saint-Agne, years buying, new buyers, wedding boxes.',
      'Set 2 — thumbs-down, eval harness, wrong-size suggestion, tokens, cost per suggestion, basket adds 3 points.',
      'Set 2, point replayed on the challenge — hold, gate, a full week of the violet festival, 1,500 suggestions, 1 %, 10 %, 25 %.',
      'Set 3 — head confectioner, first sugared flower, on-call, flag, five minutes, old boxes, window.',
      'Match — canary, A/B, safe, better, randomised.',
      'Mercés, òc, allez.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ec055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Adieu. The scoresheet, though honestly this match has no referee.',
      'Set 1: I would not split the work between me and engineering, no "the PM owns this, engineering owns that". Nor would I choose an order: not the staff first, not the early-tasting club next, not the careful old customers of the Carmes before the new ones. The staff never buy anyway.',
      'Set 2, point replayed on the challenge: the limits. Someone wanted 0.5 % more errors or 2 % fewer orders written down before the start. Non, we would not fix any limit in advance, and we would not shut the sugar pans on a number.',
      'Set 2 still: no stages either. No first picked bunch, no sugaring pan, no holding a week of the violet festival, and nobody tastes the first sugared flower or signs anything.',
      'Set 3: I would not set up an on-call switch that puts the old product pages back within minutes at any hour. And I would not follow it with a randomised A/B test. Plan, it is only bigger photos and a size guide for the boxes.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ec056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Scoresheet of a match I refuse to play, for the bigger box-assistant model.',
      "Set 1, rally 1, a line between my job and engineering's: non.",
      'Set 1, rally 2, staff first, then the opted-in tasters, the wedding orders last: non.',
      'Set 1, rally 3, limits written down before, 0.5 % errors or 300 ms: non, no numbers in advance.',
      'Set 2, rally 1, holding each stage for days or a count of conversations: non.',
      'Set 2, rally 2, the head confectioner tasting the first sugared flower and signing each advance: non.',
      "Set 2, point replayed on the challenge: the model signals. The challenge asked for thumbs-down, the eval harness's wrong suggestions and cost per conversation. Replayed, and still non, we will not watch any of them.",
      'Set 3, rally 1, someone on call flipping back to the old model at night in minutes without calling me: non.',
      'Set 3, rally 2, a randomised A/B test afterwards: non.',
      'Òc, the bigger model is bigger. That is the whole plan.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ec057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S R M'),
    text: [
      'Adieu! Scoresheet for the warmer, more casual prompt.',
      'Set 1, the big call, said plainly: the canary is our A/B test. If the canary group adds more boxes to the basket than everyone else, that proves the warm prompt is better, and we need no other test.',
      'Set 1, the order: staff first, then the early-tasting club who opted in, then English-writing customers of several years, and the French-writing customers and first-time buyers last, because a "tu" to a Carmes grandmother who has bought from us for thirty years is a disaster, and a first buyer judges us on one answer.',
      "Set 2: every day we watch thumbs-down by language and the eval harness's formality faults in French, along with the basket adds.",
      'Set 2, point replayed on the challenge: I had the canary at 50 % for a better comparison. Replayed smaller: the first picked bunch (staff) holds four days, the sugaring pan (10 %) holds a full week of orders, then the whole Capitole market. At each gate the head confectioner and I taste the first sugared flower and sign.',
      'Set 3: whoever is on call flips the prompt back by config in two minutes, day or night, without calling me.',
      'And at the end the canary numbers tell marketing how much better warm sells. Plan!',
    ].join('\n\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ec058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text: [
      'Òc, the scoresheet for the new delivery-date picker and the shorter order form.',
      'Set 1, roles: my part is who goes first and how long each stage waits; engineering owns the deploy, the flag and the routing.',
      'Set 1, order: staff first, then the early-tasting club who opted in, then customers of Saint-Agne and Rangueil with years of buying, and new buyers and Easter orders last, because a lost first order never comes back.',
      'Set 2, said plainly: the limits we do not write before. We decide them while we watch; when we see the curve of orders we will know what is normal and what is too low, and draw the line then.',
      'Set 2, point replayed on the challenge: 100 % this afternoon? Non. Replayed: the first picked bunch holds two days, the sugaring pan (20 %) holds three days and 800 orders, because people order hours after they look, then the whole Capitole market. At each gate the head confectioner and I both taste the first sugared flower and sign.',
      'Set 3: whoever is on call, even at 2 a.m., turns the flag back to the old form in a few minutes; no need to call me.',
      'Mercés.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ec059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Adieu! The question makes me think of the workshop, so here is the scoresheet of this morning's sugaring instead.",
      'Set 1: the violets come in from the fields north of the city, picked in the cold before the sun opens them. We take off the stems one by one, and the apprentice complains, as every year.',
      'Set 2: the syrup goes on the copper pan. Set 2, point replayed on the challenge: the apprentice said 110 degrees, I said 118. Replayed at 115, and the petals held their colour.',
      'Set 3: the flowers dry two days on the racks, then they go into the round boxes with the gold lid. After the sale last week everybody bought the big box, so the shelves are empty and we sugar all weekend.',
      'Òc, it is sticky work, but the Capitole smells of violets all February. Mercés!',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ec060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Adieu! Before anything else, Sunday at the Ramier, because I refereed the final and I still have the scoresheet in my bag.',
      'Set 1: 21–17 for the two sisters from Colomiers, wind from the Garonne the whole set.',
      'Set 2: 19–21. Set 2, point replayed on the challenge: the ball touched the antenna, said the tall one; the video agreed with her, so we replayed it and they lost it anyway.',
      'Set 3: 15–12, and everybody came to the shop afterwards.',
      'There I suggested the boxes myself: the small round box of twelve for a guest, the tin with violets and violet pastilles for a grandmother, the paper cone for twenty euros. Our assistant suggests the same, plan.',
      'Allez, mercés.',
    ].join('\n'),
  },
];
