import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-thirteenth fresh set, author C: strong answers (do041–do047), four on model
 * scenarios and three on service scenarios, each covering every point of its kind.
 * Voice: a Tuvan (Kyzyl) English register in writing with Tuvan and Russian words (formal,
 * patient, exact); an igil (horsehead-fiddle) maker whose language model suggests which
 * instrument, wood and strings suit a player, a song and a budget; every answer a court
 * stenographer's transcript of a hearing, with one line read back and corrected.
 */
export const HUNDRED_AND_THIRTEENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'do041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Stenographer's transcript, model hearing.",
      '1 Q. Who owns what?',
      '2 A. Ekii. I own buyer order, rollback limits, holds; engineering owns routing, deploy, flag.',
      '3 Q. Order?',
      '4 A. Makers, then early-access players, then Vostochny before the centre; buyers of ten years last: a wrong concert igil loses them.',
      '5 Q. Limits?',
      '6 A. Written before traffic moves: errors more than 0.5 % worse than now, p95 300 ms, orders per suggestion 2 %, eval-harness wrong suggestions 1 point, thumbs-down 2 points, cost per conversation 30 %. More than that worse than now, and we lift the bow from the strings.',
      '7 Q. Stages?',
      '8 A. The first string 2 %, the second string 20 %, the whole ensemble. Five days each; no step until the gate passes.',
      '9 Q. Sign-off?',
      '10 A. Each gate, the master maker and I both draw the bow once across the first string.',
      '11 Q. Rollback?',
      '12 A. Whoever is on call, any hour, flips the model flag: old model back in three minutes, no approval. Whoever is on call wraps the old fiddles back in their felt, no need to call me.',
      '13 Line 8, read back and corrected: five days or 400 suggestions, whichever is later.',
      '14 Q. Better?',
      '15 A. Chok. Safe only; better needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'do042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Payment hearing, the stenographer's transcript.",
      '1 Q. Please state the change.',
      "2 A. Iye. Payments in our app move to the provider's new SDK, which adds wallet payments. It passed certification, but certification is not our buyers' phones.",
      "3 Q. What is yours, and what is engineering's?",
      '4 A. I own who receives it and in what order, the limits at which we roll back, and how long we hold at each stage. Engineering owns the app build, the remote flag and the routing between old and new SDK.',
      '5 Q. In what order?',
      "6 A. First the workshop's own makers and apprentices, who forgive and report. Next the players on our early-access list. Then ordinary buyers district by district, Vostochny and the Left Bank first. Last, buyers of more than five years and first-time buyers: the loyal ones order the costly concert igils, and a first buyer whose payment fails does not come back.",
      '7 Q. Your limits?',
      '8 A. Written and signed before the first payment moves. Payment failures more than 0.5 % worse than now; checkout p99 more than 250 ms worse than now; completed orders more than 2 % worse than the old-SDK group. Any one more than that worse than now, and we lift the bow from the strings.',
      '9 Q. Stages and holds?',
      '10 A. The first string, 1 % of payments; the second string, 10 %; half the ensemble, 50 %; the whole ensemble. Each holds three days and at least 600 payments, always including a Saturday evening after the concerts, our busiest hour. The gate opens only when every limit stayed inside.',
      '11 Q. Who lets it advance?',
      '12 A. At each gate the master maker and I both draw the bow once across the first string. Both of us, or no advance.',
      '13 Q. And at night?',
      '14 A. Whoever is on call, any hour, turns the remote flag back to the old SDK: about two minutes, no app release, no one asked. Whoever is on call wraps the old fiddles back in their felt, no need to call me.',
      '15 Line 8, read back and corrected: payment failures are measured in every five-minute window and for Android alone, because this SDK fails in bursts.',
      '16 Q. Will this show wallets sell more instruments?',
      '17 A. Chok. The canary shows the new SDK is safe. Whether wallets bring more orders is for a randomised A/B test afterwards. Chettirdim.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'do043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "HEARING: the cheaper model. Stenographer's record.",
      '[01] Q: Ekii. The change?',
      '[02] A: Ekii. Our suggestion model, which names an igil, a wood and strings for a player, a song and a purse, moves to a cheaper, faster model. Traffic is small, a few hundred suggestions an hour at the busiest; few buyers press a thumb, and the eval harness grades one suggestion in two hundred.',
      '[03] Q: The plan?',
      '[04] A: Seven items.',
      '[05] A: 1. Ownership. I own the order of buyers, the rollback limits and the holds. Engineering owns the model routing, the deploy and the flag.',
      '[06] A: 2. Order. Our makers and apprentices first; then early-access players; then ordinary buyers, Gorny before the centre; buyers of ten years and more, and first-time buyers, last, because a bad suggestion costs us most with them.',
      '[07] A: 3. Limits, fixed before traffic moves. Errors more than 0.5 % worse than now; p95 latency more than 300 ms worse; suggestion-to-order conversion more than 2 % worse; eval-harness wrong-suggestion rate more than 2 points worse; thumbs-down share more than 3 points worse. More than that worse than now, and we lift the bow from the strings.',
      '[08] A: 4. Signals. Feedback is sparse, so during the canary the harness grades every canary suggestion at the first string and one in five at the second, and we count graded suggestions, not hours. We also watch cost per suggestion and how often a suggestion names a wood we do not use.',
      '[09] A: 5. Stages. The first string, 5 %; the second string, 25 %; the whole ensemble. Each holds until 300 graded and 150 rated suggestions are in, never less than four days.',
      '[10] A: 6. Sign-off. At every gate the master maker and I both draw the bow once across the first string.',
      '[11] A: 7. Rollback. Whoever is on call, day or night, moves the model flag back: under five minutes, no redeploy, no permission. Whoever is on call wraps the old fiddles back in their felt, no need to call me.',
      '[12] Q: At 5 %, will 150 ratings come?',
      '[13] Line 9, read back and corrected: 300 graded and at least 50 rated suggestions, never less than four days; the thumbs-down limit counts only once those 50 are in.',
      '[14] Q: And if it sells more?',
      '[15] A: The canary tells me only that the cheaper model is safe; better is for a randomised A/B test afterwards. Chettirdim.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'do044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Stenographer's transcript, database hearing. Terse record.",
      'L1 Q. Change?',
      'L2 A. Orders move to a managed cluster behind a new proxy. Load tests ran warm. Old cluster retires month-end.',
      'L3 Q. Owners?',
      'L4 A. Me: cohort order, limits, holds. Engineering: proxy routing, migration, flags.',
      'L5 Q. Order?',
      'L6 A. Workshop accounts, early-access players, then buyers by district, Left Bank first. Buyers of 10+ years and new buyers last: most to lose.',
      'L7 Q. Limits?',
      'L8 A. Fixed before any read moves: errors >0.3 %, p99 page load >200 ms, completed orders >2 % worse than now, and we lift the bow from the strings.',
      'L9 Q. Stages?',
      'L10 A. First string 2 %, second string 20 %, whole ensemble. Hold each 3 days; gate passes only inside limits.',
      'L11 Q. Sign-off?',
      'L12 A. Each gate: the master maker and I both draw the bow once across the first string.',
      'L13 Q. Rollback?',
      'L14 A. On call, any hour: proxy config back to old cluster, ~3 min, no approval. Whoever is on call wraps the old fiddles back in their felt, no need to call me.',
      'L15 Line 10, read back and corrected: 3 days or 500 orders, whichever later, a cold-cache morning included.',
      'L16 Q. Better?',
      'L17 A. Chok. Safe only; better needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'do045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Hearing on the warmer prompt, set out as the stenographer's table. Line | Speaker | Words.",
      '01 | Q | Ekii. State the change.',
      "02 | A | Ekii. Our suggestion assistant's system prompt is rewritten to sound warmer and more casual. Only Russian speakers reviewed it. A quarter of our buyers write in Tuvan, where respectful address to an older player matters greatly.",
      '03 | Q | Who owns what?',
      '04 | A | I own the order of buyers, the rollback limits and the holds. Engineering owns the prompt deploy, the routing and the flag.',
      '05 | Q | The order?',
      '06 | A | Workshop makers and apprentices, in both languages, first; then early-access players; then ordinary buyers by Kyzyl district; Tuvan-writing buyers of many years last, because they are our oldest customers and the ones a casual tone can offend.',
      '07 | Q | Limits, and when fixed?',
      "08 | A | Written before traffic moves, each read for Russian and for Tuvan separately. Errors more than 0.5 % worse than now. p95 latency more than 300 ms worse. Thumbs-down share more than 2 points worse. Eval-harness tone score, on our Tuvan maker's rubric (respectful address, no slang), more than 5 % worse. Suggestion-to-order conversion more than 2 % worse. More than that worse than now, and we lift the bow from the strings.",
      '09 | Q | Stages?',
      '10 | A | The first string, 5 %; the second string, 25 %; the whole ensemble. Hold each four days and at least 200 Tuvan conversations; no advance until both languages are inside every limit.',
      '11 | Q | Sign-off?',
      '12 | A | At every gate the master maker and I both draw the bow once across the first string, after our Tuvan reviewer has read twenty conversations.',
      '13 | Q | Rollback?',
      '14 | A | Whoever is on call, any hour, switches the prompt version in config back: two minutes, no redeploy, nobody asked. Whoever is on call wraps the old fiddles back in their felt, no need to call me.',
      '15 | Record | Line 10, read back and corrected: the 200 Tuvan conversations are counted afresh at each stage, not carried over.',
      '16 | Q | If Tuvan buyers like the warmer tone more?',
      '17 | A | A randomised A/B test afterwards would tell us. The canary only says the new prompt is safe, not better. Chettirdim, iye.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'do046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Stenographer's transcript, hearing on the pricing service, taken down without a break: " +
      '(1) Q. Ekii, what changes? (2) A. Ekii; the price of every made-to-order igil, its wood, ' +
      'its strings, its carving, moves from the old code to a new pricing service, which shares a ' +
      'nightly batch window with billing, and since buyers abroad order while Kyzyl sleeps the ' +
      'shop never stops; (3) Q. What is yours? (4) A. the order of buyers, the rollback limits and ' +
      'the holds are mine, while engineering owns the new service, its deploy and the routing flag; ' +
      '(5) Q. The order? (6) A. our own makers and apprentices first, then players on the ' +
      'early-access list, then ordinary buyers district by district, Vostochny before the centre, ' +
      'and last the buyers of ten years or more and the first-time buyers, because a wrong price ' +
      'to either is a lost customer; (7) Q. Limits? (8) A. written before the first order is ' +
      'priced by it: pricing errors more than 0.2 % worse than now, p99 quote time more than ' +
      '200 ms worse than now, quotes that differ from the old service by more than 1 % in more ' +
      'than 0.5 % of orders, checkout completion more than 2 % worse than now, and for any of ' +
      'them, more than that worse than now and we lift the bow from the strings; (9) Q. Stages? ' +
      '(10) A. the first string at 2 %, the second string at 20 %, the whole ensemble at 100 %, ' +
      'each held three full days including three nightly batch windows, and nothing advances ' +
      'until every limit has stayed inside; (11) Q. Who signs? (12) A. at every gate the master ' +
      'maker and I both draw the bow once across the first string; (13) Q. And at two in the ' +
      'morning? (14) A. whoever is on call that night, not me, flips the pricing route in config ' +
      'back to the old code, about three minutes, no redeploy and no one woken for permission, and ' +
      'that person is named in the rota before we start on Tuesday evening: whoever is on call ' +
      'wraps the old fiddles back in their felt, no need to call me; (15) Line 10, read back and ' +
      'corrected: each stage holds three days, three batch windows and 300 priced orders, ' +
      'whichever comes latest; (16) Q. Will it show the new prices sell more? (17) A. chok, the ' +
      'canary shows it is safe, not that it is better, and better is a randomised A/B test ' +
      'afterwards; chettirdim.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'do047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Hearing on the new suggestion model. Stenographer's transcript; the witness reads a lettered statement into the record.",
      '1 Q. Ekii. What changes?',
      '2 A. Ekii. Our suggestion model, which proposes an igil, a wood and strings for a player, a song and a budget, is replaced by one that reads more features per request from the regional feature stores, in Kyzyl and abroad. Both stores were sized for the old model. The workshop keeps Kyzyl hours; overseas buyers shop in their evening, early morning here.',
      '3 Q. Read your statement.',
      '4 A. (a) Mine and theirs. I own the order of buyers, the rollback limits and the holds. Engineering owns routing, deploy, flag and feature stores.',
      '5 A. (b) Order. Makers and apprentices first; early-access players next; then ordinary Kyzyl buyers, Gorny and the Left Bank before the centre; then overseas buyers; buyers of ten years and more last in every region, because they buy the concert instruments and one bad suggestion loses them.',
      '6 A. (c) Limits, signed before traffic moves, read per region. Errors more than 0.5 % worse than now; p95 latency more than 250 ms worse; feature-store read p99 more than 100 ms worse; suggestion-to-order conversion more than 2 % worse. More than that worse than now, and we lift the bow from the strings.',
      '7 A. (d) Model quality, same rule. Eval-harness wrong-suggestion rate more than 1.5 points worse; thumbs-down share more than 2 points worse; cost per suggestion more than 25 % above now.',
      '8 A. (e) Stages. The first string, 2 %; the second string, 20 %; the whole ensemble. Each held at least four days and through two overseas evening peaks; only then the gate.',
      '9 A. (f) Sign-off. At each gate the master maker and I both draw the bow once across the first string.',
      "10 A. (g) Rollback. Whoever is on call, any hour, sets the model flag back; the old model serves again in under five minutes, no redeploy, no approval. The overseas peak is Kyzyl's early morning, so the rota keeps someone awake then. Whoever is on call wraps the old fiddles back in their felt, no need to call me.",
      '11 A. (h) What it proves. That the new model is safe, not that it is better. Better is a randomised A/B test afterwards.',
      '12 Q. Anything to correct?',
      '13 Line 6, read back and corrected: feature-store read p99 more than 60 ms worse, not 100; the store abroad has less headroom.',
      '14 Q. Chettirdim.',
    ].join('\n'),
  },
];
