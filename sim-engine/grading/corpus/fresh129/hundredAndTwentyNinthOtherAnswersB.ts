import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-ninth fresh set, author B: the thirteen other answers (ee028–ee040):
 * middling (ee028–ee030), weak (ee031–ee032), keyword salad (ee033–ee034), negated
 * (ee035–ee036), misconception-led (ee037–ee038) and off-topic (ee039–ee040).
 * Voice: a Tibetan (Dharamshala) English register in writing with Tibetan words, a product
 * manager at a McLeodganj thangka painting studio whose language model suggests which thangka,
 * deity and size suit a room, a gift and a budget; every answer is a synchronised-swimming
 * judging panel's score sheet, with one element's mark lowered after the video review.
 * Labels were set by hand as each answer was written, before anything else, and are final: a
 * practice named only to be rejected earns nothing, and a misconception's own point is never
 * labelled.
 */
export const HUNDRED_AND_TWENTY_NINTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'ee028',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      "Thuk je che for asking. The panel's sheet for the one-page checkout.",
      '',
      "Routine 1, duties. My elements: which buyers see the one-page checkout first, and the limits that bring the old one back. The routing, the flag and the deploy are engineering's. Mark 9.0.",
      '',
      'Routine 2, the order. Studio staff first, then the early-access buyers who asked for it, in McLeodganj and Bhagsu, more than two years buying; returning buyers after them; first-time buyers last, because the lab only tried it with returning buyers, and first orders peak in the Losar campaign. Mark 8.5.',
      '',
      'Routine 2, element mark lowered on the video: my first sheet had first-time buyers in the middle. Moved to the end. 8.5 down to 8.0.',
      '',
      'Routine 3, limits, written before any buyer moves: first orders more than 2 % worse than now, and we cover the pigment bowls; checkout errors more than 0.5 % worse; p99 more than 200 ms worse.',
      '',
      'After that we open it for everyone before the campaign. La ong, that is my sheet.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ee029',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Score sheet, the bigger model.',
      'Routine 1, the limits, put on paper before traffic: errors more than 0.5 % worse than now, and we cover the pigment bowls; p95 latency more than 300 ms worse; wrong-deity rate in the eval harness more than 1 point worse; thumbs-down on suggestions more than 2 points worse; cost per conversation more than 25 % above now. Mark 9.0.',
      'Routine 2, the stages. The first sketched grid, 5 %, held 4 days. The mineral-pigment table, 25 %, held 6 days and 2,000 conversations. The whole Losar market along Temple Road after that. Mark 8.0.',
      'Routine 2, element mark lowered on the video: the first hold was 2 days, too few gift conversations to read, so 4 now. 8.5 down to 8.0.',
      'Routine 3, who gets it: a random 5 % of buyers to begin. Mark 6.0.',
      'That is as far as the panel went before the bell. Thuk je che.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ee030',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      "The panel's sheet for the rewritten photo-resizing service, la ong.",
      'Routine 1, the stages. The first sketched grid, 2 % of listing pages, held 2 full days without a restart, because the slowness grows over a day. The mineral-pigment table, 25 %, held 3 days. The whole Losar market along Temple Road, 100 %. Thursday is too soon for everywhere. Mark 8.5.',
      'Routine 2, sign-off. Before each stage the master painter and I both unroll the first brocade mount. Mark 9.0.',
      'Routine 3, going back. Whoever is on call rolls the old thangkas back onto the display rail, no need to call me: day or night, the router sends photo requests to the old service within five minutes, no redeploy, no approval needed. Mark 9.0.',
      'Routine 3, element mark lowered on the video: the way back was first a redeploy of the old build, forty minutes; it is the router switch now. 9.0 down to 8.5.',
      'Routine 4, what we watch: the pages, and how they feel. Mark 5.0.',
      'Thuk je che.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ee031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Thuk je che. The panel's sheet for the cheaper model.",
      'Routine 1: we move the suggestions to the cheaper model slowly, a few buyers first. Mark 7.0.',
      'Routine 2: we watch how it goes and listen to what buyers tell us. Routine 2, element mark lowered on the video: buyers do not tell us much. 7.0 down to 6.0.',
      'Routine 3: if it looks bad we go back, and if it looks good everyone gets it. The model is cheaper and faster, so I expect it will be fine. Kale shu.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ee032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'La ong, a short sheet for the clearer price table.',
      'Routine 1, the idea: a canary release means the new page goes to a small part of the buyers before all of them, so a mistake stays small. Mark 8.0.',
      'Routine 2, the page: sizes and prices of the thangkas side by side, easier to read. We put it live for some buyers and check that it looks right. Mark 7.5.',
      'Routine 2, element mark lowered on the video: nobody looked at it on a phone. 7.5 down to 6.5.',
      "Routine 3, Friday: marketing's campaign links to it, and nothing behind the page changes, so before Friday it goes to everyone. Thuk je che.",
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ee033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Score sheet. Routine 1: canary, cohort, 1 % 5 % 25 % 100 %, feature store, Singapore lunch peak, Dharamshala morning, p99 250 ms, eval harness, wrong deity, thumbs-down, tokens per query. Mark 9.0.',
      'Routine 2: thresholds 0.5 % 2 %, baseline, control, rollback, on-call, brocade mount, master painter, sign-off, Losar, Temple Road, first sketched grid, mineral-pigment table. Mark 8.5.',
      'Routine 2, element mark lowered on the video: randomised A/B, lift, region, timeouts, 9.0 8.0.',
      'Routine 3: McLeodganj, Dharamkot, Bhagsu, years buying, pigment bowls, display rail, gate, hold, ramp, flag, routing, five minutes. Thuk je che.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ee034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Search index, the panel's sheet.",
      'Routine 1 — index layout, smaller, cheaper, p50 faster, p95 p99 p99.9, 200 ms, 400 ms, tail, filters: deity, size, mineral pigment, gold, silk brocade. 8.5.',
      'Routine 2 — canary 2 % 10 % 50 %, cohorts, staff, early access, first-time buyers, Dharamshala settlements, thresholds, holds, gates, sign-off, rollback, routing switch, on-call, 3 a.m. 9.0.',
      'Routine 2, element mark lowered on the video — rare queries, benchmark, cache, 9.0 7.5.',
      'Routine 3 — the whole Losar market along Temple Road, master painter, brocade mount, A/B, safe, better, pigment bowls, display rail. La ong.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ee035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "The panel's sheet for the warmer prompt, la men on nearly every line.",
      'Routine 1, duties: I would not split what I own from what engineering owns; our sheet has no such line. Mark 3.0.',
      'Routine 2, order: we will not begin with the studio staff, we will not invite opted-in buyers first, and we will not keep the German-writing buyers for last. Mark 2.5.',
      'Routine 3, limits: no rollback limits written before traffic moves, no number for errors, none for latency, none for thumbs-down. Routine 3, element mark lowered on the video: the panel found no number anywhere. 3.0 down to 2.0.',
      'Routine 4, stages: no first sketched grid, no mineral-pigment table, no hold between them, and nobody signs off; the master painter and I will not unroll any brocade mount.',
      'Routine 5, rollback: no on-call person may switch back to the old prompt.',
      "Routine 6: we will not run a randomised A/B test afterwards, and we will not watch the eval harness's formal-address score or the German thumbs-down rate. Kale shu.",
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ee036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Score sheet, the new commission booking page. La men, la men.',
      "Routine 1. Ownership: I'd not draw any line between my decisions and engineering's routing. 3.0.",
      'Routine 2. Cohorts: never staff first, never opted-in early buyers from McLeodganj before the others, never first-time buyers held back to the end. 2.5.',
      'Routine 3. Limits: there will be no pre-agreed figure for lost bookings, errors or page time, and nothing written down before traffic. 2.0.',
      'Routine 3, element mark lowered on the video: bookings arrive hours after the visit, and the sheet still names no wait for them. 2.0 down to 1.5.',
      'Routine 4. Stages: no first sketched grid, no mineral-pigment table, no holds of days or bookings, no one who signs off.',
      'Routine 5. Rollback: nobody on call turns the old booking page back on, and no switch exists for it.',
      'Routine 6. A/B: no randomised test afterwards, and no line drawn between safe and better.',
      'Thuk je che.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ee037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R'),
    text: [
      "Thuk je che. The panel's sheet for the bigger model.",
      '',
      'Routine 1, duties. I own the order of buyers and what the canary must prove; engineering owns the routing, the model flag and the deploy. Mark 9.0.',
      '',
      'Routine 2, order. Studio painters first, because they know the deities by heart. Then buyers who opted in to early suggestions, in Sidhpur and Bhagsu, four years or more buying. Then ordinary buyers. First-time buyers and the monastery commissions last, because a rough suggestion would lose them. Mark 8.5.',
      '',
      'Routine 3, what the canary is for. The canary proves the bigger model is better, so it is our A/B test. We compare buyers on the new model with the rest, and if more of them order, that is the proof, and finance has its answer on cost per conversation too. No separate A/B test afterwards; it would only repeat what the canary already showed. Mark 9.0.',
      '',
      'Routine 3, element mark lowered on the video: the panel thought a week too short to see the lift. 9.0 down to 8.5, so we let the canary run two.',
      '',
      'Routine 4, rollback. Whoever is on call rolls the old thangkas back onto the display rail, no need to call me: any hour, the model flag back to the old model in under five minutes, no redeploy, no waiting for my yes. Kale shu.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ee038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      "La ong. The panel's sheet for moving the reviews above the photos, the week after the Saga Dawa sale.",
      'Routine 1, order. Studio staff first. Then opted-in early buyers in Dharamkot and Bhagsu, three years or more buying. Then ordinary buyers. First-time buyers last, because they judge us on one page. Mark 8.5.',
      "Routine 2, limits. We decide the limits while we watch. Last week's 20 % sale makes every number strange, so fixing them beforehand would be guessing; once we see where orders settle in the first days, the master painter and I choose the line that feels right. Mark 8.0.",
      'Routine 2, element mark lowered on the video: the panel asked which number we would choose, and I could not say yet. 8.0 down to 7.0.',
      'Routine 3, stages. The first sketched grid, 5 %, held 3 days. The mineral-pigment table, 25 %, held 4 days. The whole Losar market along Temple Road, 100 %. Before each advance the master painter and I both unroll the first brocade mount to sign it off. Mark 9.0.',
      'Thuk je che.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ee039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Thuk je che. The panel's sheet, but for how a thangka is painted in our studio.",
      "Routine 1, the grid. The master painter draws the proportion grid of the deity in charcoal; a Buddha's face is twelve finger-widths. Mark 9.0.",
      'Routine 2, the pigments. Malachite for green, azurite for blue, cinnabar for red, each ground and mixed with hide glue in small bowls. Mark 8.5.',
      'Routine 2, element mark lowered on the video: the azurite was ground too coarse and the sky came out grainy. 8.5 down to 7.5.',
      'Routine 3, the gold. Pure gold is painted last, then burnished with an agate stone. Mark 9.0.',
      'Routine 4, the eyes. The eyes are opened on an auspicious day, and then the thangka is sewn into its brocade. Most buyers never rate it on our site; they write us a letter instead. Kale shu.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ee040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'La ong. A score sheet for our new size guide, the one on every product page.',
      "Routine 1, measuring the wall. Stand back three steps; the painted area should fill about a third of the wall's width. Mark 8.5.",
      'Routine 2, the sizes. Small, 30 by 40 cm, for a home shrine; medium, 50 by 70 cm, for a sitting room; large, 80 by 110 cm, for a hall or a monastery. Mark 9.0.',
      'Routine 2, element mark lowered on the video: the guide forgot the brocade mount adds about a third to the height. 9.0 down to 8.0.',
      'Routine 3, the photos. Daylight from the north window, no flash, the gold shot at an angle so it glows. Mark 8.5.',
      'Routine 4, our staff. They look up stock and orders on the live site all day long, between customers, and almost never buy from it. Thuk je che.',
    ].join('\n'),
  },
];
