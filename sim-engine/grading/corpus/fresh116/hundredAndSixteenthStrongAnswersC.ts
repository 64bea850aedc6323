import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-sixteenth fresh set, author C: strong answers (dr041–dr047), four on model
 * scenarios and three on service scenarios, each covering every point of its kind.
 *
 * Voice: a Tatar (Kazan) English register in writing with Tatar and Russian words (formal,
 * patient, gently ironic; "isänmesez", "rähmät", "äye", "yuk", "khorosho"). The product is an
 * ichigi workshop (leather-mosaic boots) whose language model suggests which boots, pattern and
 * size suit a foot, a gift and a budget. Every answer is a weightlifting jury's record, lifter by
 * lifter and attempt by attempt, with one lift reversed by the jury; stages are the first leather
 * patch, the stitching last and the whole boot rack; sign-off is "the master bootmaker and I both
 * pull on the first pair"; holds are a full week of Sabantuy or a count of days or orders;
 * thresholds end "and we put the awls away"; cohorts go by Kazan district and years buying;
 * rollback is whoever is on call standing the old boots back in the shop window, no need to call
 * me. Labelled by hand before anything else; see LABEL-NOTES-c.md and README-c.md.
 */
export const HUNDRED_AND_SIXTEENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dr041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Isänmesez. Jury record: a bigger boot-adviser model.',
      'Lifter 1, me. Attempt 1: I own customer order, rollback limits, holds; engineering owns routing, deploy, model flag. White lights.',
      'Lifter 2, customers. Attempt 2: our masters and apprentices first; then the early-fitting list, who opted in; then ordinary buyers of Sovetsky; first-time buyers and wedding-gift orders last: a wrong size hurts them most. Good lift.',
      'Lifter 3, limits, written before traffic moves. Attempt 3: errors more than 0.5 % worse than now, p95 more than 300 ms worse, eval-harness hallucination rate more than 1 point worse, thumbs-down more than 2 points worse, cost per conversation more than 20 % worse; any one, and we put the awls away.',
      'Attempt 4, reversed by the jury: one day per stage. Yuk. The first leather patch (2 %) holds 3 days; the stitching last (25 %) a full week of Sabantuy; then the whole boot rack. Each advance is signed off when the master bootmaker and I both pull on the first pair.',
      'Lifter 4, night. Attempt 5: whoever is on call, any hour, flips the flag back in under five minutes, no approval; old boots back in the shop window, no need to call me.',
      'Attempt 6: canary means safe, not better; better is a randomised A/B test afterwards. Rähmät.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dr042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Isänmesez, esteemed panel. The jury secretary's record, lifter by lifter: a plan, like a clean and jerk, is judged part by part, not by the applause.",
      '',
      'Lifter one is the division of labour. Attempt 1: as product manager I own the order in which customers meet the new warm prompt, the limits that send it back, and how long each stage holds. Engineering owns the prompt flag, the routing and the deploy. Good lift, three white lights.',
      '',
      'Lifter two is the order of customers. Attempt 2: first our own masters and apprentices, who will ask the adviser for boots in Russian and in Tatar on purpose; then the customers who opted in to the early-fitting list; then ordinary buyers in Kirovsky and Moskovsky. Customers who write in Tatar, and anyone buying with us for less than two years, come last. Äye, last: the prompt was read only by Russian speakers, and an elder addressed with a careless "sin" instead of "Sez" does not argue; he buys elsewhere. Good lift.',
      '',
      'Lifter three is the limits, written and agreed before the first customer is moved. Attempt 3: error rate more than 0.5 % worse than now, p95 latency more than 250 ms worse, thumbs-down rate on Tatar conversations more than 2 points worse than under the old prompt, eval-harness tone failures (informal address to a formal customer) above 3 in 100 graded replies, invented patterns or sizes above 1 % of graded replies. Any one of these, and we put the awls away. Good lift.',
      '',
      'Attempt 4, reversed by the jury: I first wrote one hold of two days for everything. The jury said two days of thin Tatar traffic prove nothing. The first leather patch, 5 %, holds until 400 Tatar conversations from masters and the early list are graded; the stitching last, 25 %, holds a full week of Sabantuy; only then the whole boot rack. No stage advances until the master bootmaker and I both pull on the first pair; that is our sign-off, and nobody else gives it.',
      '',
      "Lifter four is the night. Attempt 5: whoever is on call, at any hour, switches the prompt flag back to the old text. It takes two minutes and asks nobody's permission; the old boots stand in the shop window again, no need to call me.",
      '',
      'Attempt 6: the canary tells us the warm prompt is safe, not that it sells more boots. Whether warmer is better we learn afterwards, from a randomised A/B test. Good lift. Rähmät.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dr043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Jury record, ichigi workshop: the boot adviser moves to a cheaper, faster model. Rähmät to the panel for patience; the record is long because the feedback is thin.',
      '',
      '1. Lifter: the PM. Attempt 1 — I own the order of customers, the rollback limits and the holds; engineering owns the routing, the model flag and the deploy. Good lift.',
      '2. Lifter: the cohorts. Attempt 2 — workshop masters and apprentices first; then the customers who opted in to the early-fitting list, mostly in Vakhitovsky and buying with us over five years, who tell us plainly when a size is wrong; then ordinary buyers in Privolzhsky and Aviastroitelny; new customers and wedding or gift orders last, because they have no patience for a boot that pinches. Good lift.',
      '3. Lifter: the limits, fixed before traffic moves. Attempt 3 — errors more than 0.5 % worse than now; p95 latency more than 200 ms worse; hallucination rate in the eval harness more than 1 point worse; thumbs-down rate more than 3 points worse; size-exchange requests within 14 days more than 2 points worse. Any one, and we put the awls away. Good lift.',
      '4. Attempt 4, reversed by the jury — I had planned three days per stage. Reversed: a few hundred suggestions an hour, one in two hundred graded, so three days at a small slice give the harness almost nothing to grade. Holds are now counted in orders, not days, and for the canary engineering grades one suggestion in twenty instead of one in two hundred.',
      '5. Lifter: the stages. Attempt 5 — the first leather patch, 10 %, holds until 300 suggestions are graded and 150 rated; the stitching last, 40 %, holds a full week of Sabantuy and at least 600 graded; then the whole boot rack. Good lift.',
      '6. Lifter: sign-off. Attempt 6 — before each advance the master bootmaker and I both pull on the first pair: the two of us sign the gate, nobody else. Good lift.',
      '7. Lifter: the night. Attempt 7 — whoever is on call, any hour, switches the model flag back: under five minutes, no redeploy, no approval. They stand the old boots back in the shop window, no need to call me. Good lift.',
      '8. Lifter: what it proves. Attempt 8 — the canary says the cheap model is safe enough; yuk, it does not say better. Better is a randomised A/B test afterwards. Good lift. Khorosho.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dr044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Isänmesez. The jury's record for the new boot-recommendation model, written as the secretary's table. Our workshop is in Kazan; our second shop serves Vladivostok, whose lunch hour is five in the morning here, and the new model reads more features per request from each region's feature store.",
      '',
      'Lifter | Attempt | What was lifted | Lights',
      "PM | 1 | I own the order of customers, the rollback limits and the holds. Engineering owns routing, the model flag, the deploy and the feature stores' capacity. | good lift",
      'Customers | 2 | Masters and apprentices in both shops first; then customers who opted in to the early-fitting list, in Novo-Savinovsky and in Vladivostok alike, so the eastern store is loaded at its own lunch; then ordinary buyers; new customers and those buying with us over ten years last, because a bad basket costs us most with them. | good lift',
      'Limits, fixed before traffic moves | 3 | Per region, not averaged: errors more than 0.5 % worse than now; p99 latency more than 200 ms worse; feature-store read timeouts above 1 %; fallback or empty recommendations above 3 %; relevance score in the eval harness more than 2 points worse; add-to-basket from recommendations more than 2 % worse than the baseline cohort. Any one, and we put the awls away. | good lift',
      'Stages | 4, reversed by the jury | Attempt 4, reversed by the jury: I had the gate review at ten in the morning, Kazan time, after one day. Reversed: that review never sees a Vladivostok lunch peak. Now the first leather patch, 5 %, holds three days and three Vladivostok lunches; the stitching last, 25 %, holds a full week of Sabantuy; then the whole boot rack. | reversed, then good',
      'Sign-off | 5 | At each gate the master bootmaker and I both pull on the first pair; without both of us the stage does not advance. | good lift',
      'Rollback | 6 | Whoever is on call, at any hour, five in the morning included, switches the model flag back in under five minutes, no approval needed; the old boots stand in the shop window again, no need to call me. | good lift',
      'Meaning | 7 | The canary shows the model is safe under both lunches, not that it sells more boots; better is a randomised A/B test afterwards. | good lift',
      '',
      'Rähmät.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dr045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Isänmesez. The jury's record, short: a new pricing service.",
      'Lifter: me, the PM.',
      'Attempt 1. I own the customer order, the limits, the holds.',
      'Engineering owns routing, flag, deploy.',
      'Attempt 2. Masters and apprentices first.',
      'Then the early-fitting list, who opted in.',
      'Then ordinary buyers in Sovetsky.',
      'First-time buyers and ten-year customers last:',
      'a wrong price hurts them most.',
      'Attempt 3. Fixed before traffic moves:',
      'errors more than 0.5 % worse than now,',
      'p99 more than 200 ms worse,',
      'prices differing from the old service above 0.1 %,',
      'and we put the awls away.',
      'Attempt 4, reversed by the jury:',
      'a morning-only gate. Yuk.',
      'The nightly billing batch is the danger,',
      'so every stage holds through nights.',
      'The first leather patch, 5 %: three days, three nights.',
      'The stitching last, 30 %: a full week of Sabantuy.',
      'Then the whole boot rack.',
      'Before each step the master bootmaker and I both pull on the first pair.',
      'That is the sign-off.',
      'Attempt 5. A breach at 2 a.m.:',
      'whoever is on call flips the routing back,',
      'under five minutes, no approval, no redeploy,',
      'and stands the old boots back in the shop window.',
      'No need to call me.',
      'Attempt 6. The canary says safe, not better.',
      'Better is a randomised A/B test afterwards.',
      'Rähmät.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dr046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Isänmesez, the jury's record in one breath, as the secretary reads it when the hall is in a hurry: lifter one is me, the PM, and attempt one is good, I own the order of customers, the rollback limits and the holds, while engineering owns the new payment SDK build, the flag and the routing between the old and the new payment path; " +
      'attempt two is good, our own masters and apprentices pay for their boots in the app first, then the customers who opted in to the early-fitting list, then ordinary buyers of Kirovsky and Moskovsky on iPhone and Android both, and only at the end first-time buyers and customers buying with us more than ten years, because a failed payment loses a new customer for ever and embarrasses an old one; ' +
      'attempt three is good, before any payment goes through the new SDK we write down that payment errors more than 0.3 % worse than now, p99 payment time more than 300 ms worse, or paid orders down more than 2 % against the baseline cohort, each measured on Android separately and in five-minute windows so that a burst is not averaged away, and we put the awls away; ' +
      'attempt four, reversed by the jury: I had advanced each stage after one quiet day, but the SDK fails in bursts and Friday evening is our busiest hour, so the reversal stands and every stage now holds across a Friday evening, the first leather patch at 2 % for four days including one Friday, the stitching last at 20 % for a full week of Sabantuy including the next Friday, and only then the whole boot rack, with no advance until the master bootmaker and I both pull on the first pair, which is our sign-off; ' +
      'attempt five is good, whoever is on call, at any hour, switches the payment flag back to the old SDK in under five minutes without asking anyone, no redeploy, and stands the old boots back in the shop window, no need to call me; ' +
      'and attempt six is good, the canary tells us the new SDK is safe, not that wallet payments sell more boots, which a randomised A/B test afterwards will answer, rähmät.',
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dr047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Jury record. The workshop's order book moves from our own database to a managed cluster behind a new proxy.",
      '',
      'LIFTER 1 — OWNERSHIP',
      'Attempt 1. I, the PM, own the order of cohorts, the rollback limits and the holds. Engineering owns the proxy, the migration, the routing of reads and writes and the flag. Good lift.',
      '',
      'LIFTER 2 — COHORTS',
      "Attempt 2. The workshop's own masters and apprentices first, whose order screens read the book all day; then the customers who opted in to the early-fitting list; then ordinary customers of Novo-Savinovsky and Privolzhsky; new customers and our largest made-to-order clients, the dance ensembles that buy twenty pairs at once, last, because a lost order there is the most expensive mistake a bootmaker can make. Good lift.",
      '',
      'LIFTER 3 — LIMITS, WRITTEN BEFORE TRAFFIC MOVES',
      'Attempt 3. Error rate more than 0.5 % worse than now, p99 page load more than 200 ms worse, proxy connection errors above 0.2 %, any order that fails to save: we put the awls away. Good lift.',
      '',
      'Attempt 4, reversed by the jury: I had planned to open at 10 % because the load tests passed. Reversed, and rightly: the tests ran with warm caches. We start cold at 2 %, the first leather patch, and hold it four days, with the caches emptied on purpose on the second day; then the stitching last, 25 %, held a full week of Sabantuy with a Monday-morning peak inside it; then the whole boot rack. Each step is signed off only when the master bootmaker and I both pull on the first pair. And the old database is not switched off at the end of the month unless the whole boot rack has held two weeks: a rollback needs somewhere to go back to.',
      '',
      'LIFTER 4 — ROLLBACK',
      'Attempt 5. Writes go to both databases during the canary, so whoever is on call, at any hour, switches the proxy routing back to the old database in under five minutes, with no approval and no redeploy. They stand the old boots back in the shop window, no need to call me. Good lift.',
      '',
      'LIFTER 5 — WHAT THE CANARY PROVES',
      'Attempt 6. That the new storage is safe, not that customers buy more or wait less. If anyone wants to claim better, that is a randomised A/B test afterwards. Good lift. Rähmät, khorosho.',
    ].join('\n'),
  },
];
