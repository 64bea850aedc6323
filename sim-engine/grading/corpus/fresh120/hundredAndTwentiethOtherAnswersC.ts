import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twentieth fresh held-out set, author C: the other answers (dv048–dv060):
 * middling (dv048–dv050), weak (dv051–dv052), keyword salad (dv053–dv054), negated
 * (dv055–dv056), misconception-led (dv057–dv058) and off-topic (dv059–dv060), six on model
 * scenarios and seven on service scenarios.
 * Voice: a Kurdish (Erbil) English register in speech ("silav", "spas", "belê", "nexêr",
 * "baş e", "bi xêr hatî"), the PM of a kilim-weaving workshop whose language model suggests which
 * kilim, pattern and size suit a room, a gift and a budget; every answer a freestyle-wrestling
 * referee's calls, period by period and hold by hold, with one takedown wiped off the board on
 * the video challenge. Written blind (see README-c.md); labels set by hand when each answer was
 * written, before anything else, and final.
 */
export const HUNDRED_AND_TWENTIETH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dv048',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      "Silav! The referee's calls for the bigger model behind our kilim assistant.",
      'Period 1: before anything moves, I chalk the limits on the board. Errors more than 0.5 % above the old model, p95 more than one second worse than now, thumbs-down on kilim suggestions more than 2 points worse than now, cost per conversation more than 40 % above now, and wrong-size suggestions in the eval harness more than 2 points worse than now. Any one of those, and the shuttle stops.',
      'Period 2: we send a slice of conversations to the big model and widen it when it looks fine.',
      'Video challenge, takedown wiped off the board: I had said engineering would redeploy the old model if something broke. Nexêr. Whoever is on call, day or night, flips the model flag and the old one is back in five minutes, no asking anyone; they drape the old kilims back over the Qaysari balcony, no need to call me.',
      'That is the bout. Spas, baş e.',
    ].join('\n\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dv049',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Belê, belê, the referee counts it out:',
      '1. Period 1, first hold, who goes first. The first weft row: our weavers and staff paying for their own kilims in the app; they know the shop and tell us straight. The loom frame: customers who opted into early looks, Android and iPhone both, from Shorsh and Iskan. Last, the whole Qaysari, with the ten-years-buying families and anyone paying for a first order at the very end, because a failed payment on a first order means no second order.',
      '2. Period 1, second hold, the stages. First weft row held three days. Loom frame at 5 %, held through a Friday evening, our busiest hour, because these failures come in bursts. Loom frame at 25 %, held another full week with a Friday inside. Then the whole Qaysari. No step forward until the gate is passed.',
      '3. Period 2, who signs. At every gate the loom mistress and I both shake out the first kilim; both of us, or nobody moves.',
      '4. Video challenge: takedown wiped off the board. I had "the provider certified the SDK, so we skip the Friday hold". Nexêr.',
      '5. We keep an eye on the payments, and if it looks bad we go back.',
      'Spas.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dv050',
    scenario: 'service',
    class: 'middling',
    points: points('P T A'),
    text: [
      "Silav, the referee's calls, short ones.",
      'Period 1, corners. Engineering owns the resizer, the deploy and the routing of image requests. I own the decisions: the limits, the pace, when we stop.',
      'Period 1, limits, set on Monday before one kilim photo goes through the new resizer: p99 image time more than 150 ms worse than now, resize errors more than 0.3 % above the old service, memory per instance more than 20 % above the old one after a day of running, product page to basket more than 2 % worse than now. Past any one, and the shuttle stops.',
      'Period 2, video challenge: takedown wiped off the board. I had "the benchmark says 20 % faster, so Thursday everywhere". Nexêr, a benchmark is not a day of traffic.',
      'Period 2, last hold: the canary tells us the new resizer is safe. Whether it is better for sales is a randomised A/B test afterwards.',
      'From there we roll it out gradually. Spas!',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dv051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Silav, bi xêr hatî! The warmer prompt for our kilim assistant, I like it already, our ' +
      'customers are family. Period 1: we let it out to some people and see how they like the new ' +
      'tone. Period 2: if the Kurdish speakers complain, we change it back, no big drama. Video ' +
      'challenge, takedown wiped off the board: I first said nobody needs to read the Kurdish ' +
      'replies; fine, maybe somebody reads a few. The engineers know the flag and I trust them ' +
      'with it. Spas, baş e.',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dv052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Belê, the new search index for our kilims.',
      'Period 1: it is cheaper and the median search got faster, so that is a good start; the referee is smiling.',
      'Period 2: we put it live for part of the customers, watch the dashboards, and if searches get slow we go back to the old one.',
      'Video challenge, takedown wiped off the board: I had "ship it to everyone on Monday". Nexêr, a bit more careful than that. The customers who search with many filters, the ones looking for a red Herki kilim, two metres by three, under 400 dollars, maybe we look at them too.',
      'Spas.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dv053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Period 1, canary, kilim model, cheaper, faster, eval harness one in 200, thumbs-down, 5 % ' +
      '25 % 100 %, p95 400 ms, errors 0.5 %, silav, cohort, Ankawa Iskan Tayrawa, hold, gate, loom ' +
      'mistress, sign-off, flag, rollback, on-call, minutes, video challenge, takedown, baseline, ' +
      'A/B, randomised, tokens per suggestion, cost, hallucination, wrong size, first weft row, ' +
      'loom frame, whole Qaysari, belê, Period 2, canary canary, 1 5 25 50 100, p99, threshold, ' +
      '2 %, 3 %, shuttle, spas.',
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dv054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Referee card.',
      'Period 1: cohort order, staff, opt-in, loyal last, thresholds 0.5 % 200 ms 2 %, holds 24 h 72 h, sign-off.',
      'Period 2: rollback, flag, minutes, on-call, any hour, canary safe, A/B better, order lag 6 h, client-side store, size picker.',
      'Video challenge: takedown, wiped, Shorsh, Brayati, ten years, one year, first weft row, loom frame, whole Qaysari.',
      'Score: 1, 5, 25, 50, 100, p99, baseline, control, gate, hold, hold, hold.',
      'Nexêr, belê, baş e, spas.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dv055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Silav. Honest referee, honest calls: for a price table I would not wrestle the full bout.',
      'Period 1: I would not bother splitting what I own from what engineering owns; whoever is free does it. No staff first, no early-look customers next, no loyal families last. Nexêr, it is a table.',
      'Period 1, limits: I am not going to write rollback numbers down before Friday. No error limit, no latency limit, no conversion line.',
      'Period 2: no stages, no first weft row, no loom frame, no holds and no gates, and the loom mistress does not need to shake out anything; nobody signs.',
      'Video challenge, takedown wiped off the board: I almost said the on-call person could flip it back in minutes at any hour. Nexêr, we will not set that up either; if something is wrong we fix forward.',
      'And I will not pretend the canary-or-A/B question matters here. It goes out on Friday with the campaign. Spas!',
    ].join('\n\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dv056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Belê, the new recommender. The referee's calls, and every one a nexêr:",
      '1. Period 1: no split of who owns what. I do not want to own the order or the limits, and I will not leave the routing to engineering alone either; we decide together on the day.',
      '2. No order of customers: not staff first, not opted-in next, not the ten-years families of Tayrawa last.',
      '3. No thresholds written before the first request: not 0.5 % errors, not p99 plus 250 ms, nothing.',
      '4. No stages and no holds: no first weft row, no loom frame, no waiting through a San Diego lunch.',
      '5. Nobody signs; the loom mistress stays at her loom.',
      '6. Video challenge: takedown wiped off the board. I had said the on-call person could switch the old model back at midnight without asking. Nexêr, no flag for that.',
      '7. No eval harness, no thumbs-down watch, no basket-add gate.',
      '8. And no A/B test afterwards.',
      'Spas, bi xêr hatî.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dv057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R'),
    text: [
      "Silav, bi xêr hatî! The referee's calls on the bigger model.",
      'Period 1, order: our weavers and staff first, because they forgive and they shout; then customers who opted in to early looks; the ten-years-buying families from Tayrawa and the first-time buyers last, because they have the most to lose.',
      'Period 1, limits, on the board before a conversation moves: errors more than 0.5 % above the old model, p95 more than 800 ms worse than now. Past either, and the shuttle stops.',
      'Period 2, the main hold: the canary is our A/B test. If the canary customers buy more kilims than everyone else, that proves the big model is better and finance has its answer, so we do not need a separate experiment afterwards.',
      'Video challenge, takedown wiped off the board: I had rollback as a redeploy. Nexêr. Whoever is on call, any hour, flips the flag and the old model is back in five minutes, no approval. They drape the old kilims back over the Qaysari balcony, no need to call me.',
      'Spas!',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dv058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text: [
      'Silav! The week after our spring sale, and leadership wants the new kilim page out. My calls.',
      'Period 1, corners: engineering owns the flag, the deploy and the routing; I own which customers go first, how long we hold and when we stop.',
      'Period 1, order: first weft row, our weavers and staff; then the loom frame, customers who opted into early looks, Ankawa and Brayati people of a year or two; the whole Qaysari last, with the ten-years-buying families and first-time buyers at the very end, because they matter most.',
      'Period 2, holds: three days at the first weft row, five days at the loom frame 10 %, a full week at 25 %, then the whole Qaysari, each with a gate we pass before moving.',
      'Period 2, the limits: I do not fix numbers beforehand. Last week was the sale, so any baseline is strange; we watch the dashboard together and decide the limits while we watch. If orders look too low on a day, we choose a line then.',
      'Video challenge, takedown wiped off the board: I had rollback as "ask me first". Nexêr. Whoever is on call, any hour, flips the flag and the old page is back within minutes, no approval; they drape the old kilims back over the Qaysari balcony, no need to call me.',
      'Spas, baş e.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dv059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Silav, bi xêr hatî, come and sit! Before any release, let me tell you about the loom. A kilim is flat-woven, no pile; the weft goes over and under and hides the warp completely, and the slits where two colours meet are what make the diamonds sharp. The loom mistress in our workshop learned in a village near Koya; she counts the rows by singing.',
      'Freestyle wrestling is the same, you know. Period 1, you read your opponent; Period 2, you finish. I once watched a takedown wiped off the board on the video challenge at a club in Erbil, and the whole hall went quiet, then somebody laughed and we all had tea.',
      'And the new model is cheaper, which our accountant loves. Honestly, the best marketing we ever did was spreading kilims over the balcony of the Qaysari in autumn, when the light is low and the reds glow. Spas!',
    ].join('\n\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dv060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Belê, larger photos and a size guide, finally! Let me referee the page itself.',
      'Period 1, the photos: a kilim must be shot flat in daylight and then hanging, so the customer sees the colours and how it falls.',
      'Period 2, the size guide: room sizes in metres, a little sofa drawn for scale, and a note that two metres by three fits under a coffee table with the chairs around it.',
      'Video challenge, takedown wiped off the board: I wanted the guide in inches only. Nexêr; our Erbil customers think in metres and the diaspora in feet, so both.',
      'Our staff browse the site all day checking stock, which is how I found the old photos were too dark in the first place.',
      'Bi xêr hatî to the new page. Spas!',
    ].join('\n'),
  },
];
