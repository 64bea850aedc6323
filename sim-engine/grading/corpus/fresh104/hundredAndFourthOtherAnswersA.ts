import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-fourth fresh set, author a: middling (df008–df010), weak (df011–df012), keyword
 * salad (df013–df014), negated (df015–df016), misconception-led (df017–df018) and off-topic
 * (df019–df020) answers, written blind and labelled by hand. A Vilnius linen-shop PM writing on
 * a prescription pad.
 */
export const HUNDRED_AND_FOURTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak
  {
    id: 'df008',
    scenario: 'service',
    class: 'middling',
    points: points('P T H'),
    text: [
      "Rx — the marketplace's image-resizing service, rewritten for the new photo format. Benchmarks say 20 % faster; the team wants it everywhere by Thursday; the service restarts only on deploys. A fresh bolt always looks good on the first day, nu.",
      "1. My part as PM: the limits and how long each stage waits. The flax master's team owns the deploy, the routing and the flags.",
      '2. Limits, agreed before the first image is resized: resize errors more than 0.5 % worse than now, p99 image time more than 300 ms worse than now, memory per instance more than 20 % above now. Any one, and we stop the spinning wheel.',
      '3. Dose: the first thread 5 %, the hem 25 %, then the whole tablecloth.',
      '4. For how long: each stage holds 48 hours without a restart, so a slow leak has time to show.',
      'Line 4 void (RŽ) — replace with: for how long: each stage holds 72 hours without a restart; Thursday can wait.',
      '5. Refills: if it turns bad, we go back.',
      'Dispense as written.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'df009',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Rx, gerai. The linen assistant gets the larger model with the longer memory; the prompt stays as it is.',
      '1. Dose, by customer. The first thread: our own staff at the counter and in the sewing room. Then the customers in Antakalnis and Pašilaičiai who asked to try new things early. Then customers who have bought from us for two years or more. Last the new customers and the guesthouses, because a bad suggestion on a first visit, or on an order of two hundred pillowcases, costs the most.',
      '2. For how long. The first thread holds 1,000 conversations; the hem 5,000 conversations; the half cloth a full week of the Kaziukas fair; then the whole tablecloth.',
      'Line 2 void (RŽ) — replace with: For how long. The first thread holds 1,000 conversations; the hem 6,000, with at least 500 longer than ten turns; the half cloth a full week of the Kaziukas fair; then the whole tablecloth.',
      "3. How often we look: every morning, at the eval harness's score on a sample of suggestions, at the thumbs-down rate, and at the cost per conversation our bookkeeper asked about.",
      '4. Refills: as needed.',
      'Dispense as written.',
    ].join('\n'),
  },
  // checkout-first-order
  {
    id: 'df010',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'Rx — one-page checkout for the home-and-garden shop, before the spring campaign. Returning customers loved it in the lab; first-time buyers were not in the lab. Nu.',
      '1. Dose: a random 5 % of visitors, then everyone when it looks fine.',
      '2. Limits, written before the first visitor sees it: checkout errors more than 0.5 % worse than now; p99 checkout time more than 300 ms worse than now; first orders completed more than 2 % worse than now. Any one, and we stop the spinning wheel.',
      "3. Refills: whoever's on call puts the old linen back on the shelves, no need to call me. Day or night, the on-call engineer flips the checkout flag back to the three-step page; a minute or two, no redeploy, no approval.",
      '4. How often: the dashboard is open all day.',
      'Line 4 void (RŽ) — replace with: how often: the dashboard is open all day, with first orders shown apart from returning customers.',
      '5. What it proves: that the one-page checkout is safe. Whether it sells more linen (forgive me, more garden chairs) is for a randomised A/B test after the campaign.',
      'Dispense as written.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'df011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Rx. For the linen assistant, which moves to a cheaper, faster model.',
      '1. Dose: a little at first.',
      '2. How often: we keep an eye on it.',
      '3. For how long: until we are comfortable.',
      'Line 3 void (RŽ) — replace with: for how long: until everyone is comfortable.',
      '4. Refills: if customers complain, we go back to the old model.',
      'The engineers know these models better than I do, so they will choose the details. Cheaper is good for the shop, gerai.',
      'Dispense as written.',
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'df012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "Rx, for the video editor's new pricing page, a clearer comparison table before Friday's campaign. " +
      'In the linen shop we change the price cards on the shelf and watch who stops to read them; here I ' +
      'would do the same. Line 1: release it to some users first. Line 2: see how it goes. Line 3: release ' +
      'it to the others. Line 2 void (RŽ) — replace with: see how it goes over a few days. Refills: one, ' +
      'if marketing asks. A canary release means a small group sees it before everyone, like the canary in ' +
      'the mine; it lowers the risk of a big launch. Dispense as written. Ačiū.',
  },
  // search-tail-latency
  {
    id: 'df013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Rx: canary.',
      '1. Dose: cohort threshold hold gate rollback p99 tail latency flags routing.',
      '2. How often: sign-off, flax master, stamp the bolt, A/B, safe-not-better, guardrail.',
      '3. For how long: ramp ramp ramp, first thread hem whole tablecloth, Kaziukas fair, Antakalnis Žirmūnai Užupis.',
      '4. Refills: on-call, old linen, shelves, spinning wheel, no need to call me.',
      'Line 3 void (RŽ) — replace with: for how long: holds, gates, baselines, percentiles, filters, index layout, cheaper hosting, institutional licences, free tier.',
      'Dispense as written: observability, blast radius, error budget, SLO, SLA, canary canary. Nu, labai.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'df014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Rx',
      '1. Warmer prompt, Jūs and tu, thumbs-down, hallucination, eval harness, tokens per reply.',
      '2. Dose: cohorts, districts, years buying, Senamiestis, Naujamiestis, staff, beta.',
      '3. How often: thresholds, spinning wheel, p95, error rate, baseline, more than, worse than now.',
      '4. For how long: hold, gate, first thread, hem, whole tablecloth, a full week.',
      '5. Refills: rollback, flag, on-call, minutes, old linen, shelves.',
      'Line 5 void (RŽ) — replace with: refills: flax master, stamp, bolt, sign-off, A/B, randomised, safe, better.',
      '6. Agile alignment, locale synergy, English-Lithuanian formality matrix.',
      'Dispense as written. Gerai, ačiū.',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'df015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Rx — the new suggestion model for our home-page sets, reading more features from the Frankfurt and Singapore feature stores. What I will not prescribe, line by line:',
      '1. Dose: not staff first, not an early-access list, and not the new customers and hotels last; I do not order customers at all.',
      '2. How often: no limits written before traffic moves. No error rate, no p99, no basket-add rate, nothing "more than N worse than now", and nobody stops the spinning wheel.',
      '3. For how long: no first thread, no hem, no hold of 24 hours across a Singapore lunch; the model waits at no stage.',
      '4. Refills: the on-call engineer does not put the old linen back on the shelves at 07:00; no flag switch in minutes.',
      'Line 4 void (RŽ) — replace with: refills: none; nobody rolls back at any hour, and there is no switch.',
      '5. No flax master and me stamping the bolt at each gate; there are no gates.',
      '6. No eval-harness grade, no fallback rate, no thumbs-down on the board.',
      '7. And no randomised A/B test afterwards; I do not keep safe apart from better.',
      'Dispense as written, nu.',
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'df016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Rx for the holiday-rental booking page (new date picker, shorter form, dates kept in a new client-side store). The team wants 100 % this afternoon. I write this pad as a list of what it does not contain.',
      'Line 1, dose: no staff first, no opted-in guests next, no new guests kept for last.',
      'Line 2, how often: no thresholds fixed in advance; we would not write down a booking rate more than 2 % worse than now, and we would not stop the spinning wheel for it.',
      'Line 3, for how long: no holds, not the first thread and not the hem, not even the hours it takes a family to talk it over at home and book.',
      'Line 3 void (RŽ) — replace with: for how long: no hold of any length, and no gate before the whole tablecloth.',
      'Line 4, refills: no on-call rollback by flag; nobody puts the old linen back on the shelves.',
      'Line 5: no one signs off, not the flax master, not me; and I do not split what the PM owns from what engineering owns.',
      'Line 6: no A/B test after, either.',
      'Dispense as written. Nu.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'df017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      'Rx — the linen assistant moves to a cheaper, faster model. Nu, the whole point of this canary: it proves the cheaper model is better than the old one. If the canary customers buy as much linen as before, we have our proof and need no A/B test after; the canary is our A/B test.',
      "1. Who holds the pen. I, as PM, own the order of customers and how long each stage holds; the flax master's engineers own the routing, the model flag and the deploy.",
      "2. Dose, by customer. The first thread: our own staff, who know a 200 g/m² weave from a 150. Then the early-try list in Naujamiestis and Šnipiškės, who opted in. Then customers of three years' buying and more. Last the new customers and the guesthouse accounts, since a wrong suggestion costs most there.",
      '3. For how long. The first thread, 5 %, holds 2,000 suggestions; the hem, 25 %, holds a full week of the Kaziukas fair; then the whole tablecloth.',
      'Line 3 void (RŽ) — replace with: For how long. The first thread, 10 %, holds 2,000 suggestions; the hem, 25 %, holds a full week of the Kaziukas fair; then the whole tablecloth.',
      "4. How often: every day we read the eval harness's grades, the thumbs-down rate and how often a suggestion ends in the basket; when the canary beats the old model on these, that is the proof it is better.",
      '5. Refills: the engineers decide.',
      'Dispense as written.',
    ].join('\n'),
  },
  // staff-cohort-artifact
  {
    id: 'df018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "Rx — the fashion shop's product pages: larger photos and a size guide. Staff use the live site all day and almost never buy.",
      'I do not write limits in advance. Nu, honestly: nobody knows what a bad number is before seeing the dashboard, so we decide the limits while we watch, when the first figures come in.',
      "1. Dose, by customer. The first thread: staff, because they are on the site anyway. Then the customers in Užupis and Senamiestis on the early-access list, who asked for new things. Then customers of two years' buying or more. Last, new customers and the big wholesale accounts, who judge a shop by its first page.",
      '2. For how long. The first thread holds three days; the hem, 20 %, holds 10,000 product-page views; the half cloth, 50 %, a full week of the Kaziukas fair; then the whole tablecloth.',
      'Line 2 void (RŽ) — replace with: For how long. The first thread holds three days; the hem, 20 %, holds 20,000 product-page views; the half cloth, 50 %, a full week of the Kaziukas fair; then the whole tablecloth.',
      "3. Refills: whoever's on call puts the old linen back on the shelves, no need to call me. At any hour the on-call engineer turns the page flag back to the old pages, a few minutes, no redeploy and no approval, if what they see looks bad to them.",
      'Dispense as written.',
    ].join('\n'),
  },
  // after-the-sale-healthy
  {
    id: 'df019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Rx — for a linen tablecloth after the spring sale, since you mention a sale. Nu, this is the question I am always asked at the counter.',
      '1. Dose: one tablecloth, washed alone the first time, at 40 °C, with a mild detergent and no bleach.',
      '2. How often: after every dinner with guests; linen likes to be used.',
      '3. For how long: a gentle cycle; take it out while it is still a little damp.',
      'Line 3 void (RŽ) — replace with: for how long: a gentle cycle, a short spin of 600 turns at most; take it out while it is still a little damp.',
      '4. Refills: iron on the reverse, hot, and fold it differently each time so the creases do not wear a line.',
      'Our own sale went well, 20 % off everything until Sunday midnight; the heavy tablecloths went first, mostly to Žirmūnai. The hikers bought picnic cloths. Linen gets softer with every wash; the first year is the hardest.',
      'Dispense as written. Ačiū.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'df020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Rx — on how to write to a customer in Lithuanian, since the prompt question reminds me of it.',
      '1. Dose: Jūs to anyone you have not been introduced to; tu only when they offer it.',
      '2. How often: every letter, every receipt, every note in the parcel.',
      "3. For how long: for years. Some customers of twenty years' buying still say Jūs to me, and I to them.",
      '4. Refills: when in doubt, write "Gerbiama ponia" and the surname.',
      `Line 4 void (RŽ) — replace with: refills: when in doubt, write "Laba diena" and the customer's full name; it is warm and still polite.`,
      'A warmer tone is good in English; in Lithuanian the warmth comes from care with the words, not from familiarity. Our copywriter learned this from a grandmother in Pašilaičiai who returned a linen set with a note about manners. Labai educational, for all of us.',
      'Dispense as written.',
    ].join('\n'),
  },
];
