import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-nineteenth fresh held-out set, author C: middling (du048–du050), weak
 * (du051–du052), keyword salad (du053–du054), negated (du055–du056), misconception-led
 * (du057–du058) and off-topic (du059–du060) answers. Voice: a Quechua (Cusco) English register in
 * speech with Quechua and Spanish words (patient, courteous, proverbial); a backstrap-loom weaving
 * workshop whose language model suggests which poncho, pattern and size suit a wearer, a gift and
 * a budget; every answer a chess arbiter's scoresheet, round by round and move by move, with one
 * move taken back after a touch-move appeal. Labelled by hand before any grading; the author never
 * saw the grader (README-c.md, LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_NINETEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'du048',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: `Allillanchu. The assistant gets the bigger model, with the longer context. My scoresheet has only two rounds today, I confess it.

Round 1. Move 1: the PM's part is the limits and the decision when we go wider; the routing, the flag and the deploy belong to engineering, and I do not touch their pieces. Move 2: before any conversation moves, we write the limits down and agree them: errors more than 0.5 % worse than now, and we slip the backstraps off; hallucinations on the eval harness, a size or a dye we do not make, more than 1 point worse than now; thumbs-down more than 2 points worse than now; cost per conversation more than 25 % above now, because the accountant is already asking.

Round 2. Move 3: we send half of the conversations to the new model on the first day and, when it looks fine, we widen it. Move 4: if something trips, we go back to the old one. Move 5, appeal upheld: Move 3 is taken back. Half on the first day is too much cloth on the loom; we begin with a smaller piece and widen from there.

Sulpayki. That is what I have on the sheet.`,
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'du049',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: `Allillanchu. Most of our orders are paid in the phone app, and payments move to the provider's new SDK, which adds wallet payments. Friday evening, when the tourists are back from Pisac, is our busiest hour. The arbiter's sheet:

1. Move 1: the order. Our weavers pay for their own yarn in the app first; then the opted-in buyers in San Sebastián who like to test early, Android phones and iPhones both; then buyers of three or more years in Santiago; first-time buyers last, because a payment that fails the first time is a buyer who never comes back.
2. Move 2: the stages. The warping stakes, 2 %, starting on a Friday. The backstrap loom, 25 %, held five days and 2,000 payments. Then the whole Pisac Sunday fair. We do not move to the next stage before the hold is finished.
3. Move 3: we watch payment failures on Android and iPhone apart, and we will know when they look wrong.
4. Move 4: whoever is on call, day or night, switches the payment flag back to the old SDK in minutes, no redeploy and no asking anyone: spreads the old ponchos out again on the market manta, no need to call me.
5. Move 5, appeal upheld: Move 2 is taken back where it said we start on a Friday. We start on a Monday, and the stakes hold until the next Friday evening has passed, so the rush is inside the first stage.

Sulpayki.`,
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'du050',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: `Allillanchu.
The service that resizes the photos of our ponchos
is rewritten for a new photo format.
Benchmarks: 20 % faster. Restarted only on deploys.
Round 1.
Move 1, limits, agreed before any photo moves:
p99 resize time more than 150 ms worse than now,
memory per instance more than 20 % above the old service after 24 hours,
errors more than 0.5 % worse than now,
and we slip the backstraps off.
Move 2: the warping stakes, 5 %, held 48 hours with no restart, so a slow day shows.
Move 3: the backstrap loom, 25 %, held three days.
Move 4: the whole Pisac Sunday fair, by Thursday.
Move 5: at each gate the eldest weaver, our engineering lead,
and I both fold the first poncho over an arm.
Round 2.
Move 6: which listings go first, engineering picks; a random slice is fine.
Move 7: if it breaks, we go back.
Move 8, appeal upheld:
Move 4's Thursday is taken back.
The holds decide the day, not the calendar.
Sulpayki.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'du051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `Allillanchu. The order cards move to the cheaper, faster model, and cheaper is always good for a small workshop, pues. Round 1, Move 1: we test it well before, on old notes from last year. Move 2: we put it out for all the weavers and see how they like the cards. Move 3, appeal upheld: Move 2 is taken back; not all the weavers, some of them first. Move 4: if the weavers complain, we go back to the old model. Move 5: engineering knows these things better than I, so they keep me informed. As my grandmother said, the patient one eats the ripest fruit. Sulpayki.`,
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'du052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `Allillanchu. The poncho pages get bigger photos and a size guide. It is a beautiful change, arí.

Round 1, Move 1: we put it live for everybody on Friday.
Move 2: we watch the dashboard for some days.
Move 3, appeal upheld: Move 1 is taken back; Monday, not Friday, so somebody is in the office.
Move 4: if sales look strange, I ask engineering what happened.
Move 5: a canary is a good way to lower the risk of a release, like the miners' birds.

Sulpayki, that is the game.`,
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'du053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Allillanchu. Round 1, Move 1: canary 1 % 5 % 25 % 100 %, warping stakes, backstrap loom, whole Pisac Sunday fair. Move 2: p99 200 ms, 0.5 % errors, managed cluster, new proxy, warm caches, cold caches, rollback thresholds. Move 3: cohorts San Blas, Wanchaq, 3 years, 5 years, eldest weaver, poncho over an arm, gates, holds, sign-off. Move 4, appeal upheld: Move 2 touched, 0.3 %, 150 ms, p99.9, decommission, end of month. Move 5: feature flag, routing, config switch, on-call, 24/7, minutes, A/B, randomised, safe, better, slip the backstraps off, market manta. Sulpayki.`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'du054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `Allillanchu.
Round 1.
Move 1: recommendation model, feature stores, regional, Singapore lunch, 5 %.
Move 2: hallucination, thumbs-down, eval harness, p95, tokens per query, 2 points, 1 %.
Move 3: warping stakes, backstrap loom, Pisac, 3 days, 7 days, 20,000 baskets.
Move 4, appeal upheld: Move 3, 25 %, 50 %, 100 %.
Round 2.
Move 5: San Blas, Santa Ana, years buying, first-timers, opted-in.
Move 6: eldest weaver, poncho over an arm, on call, flag, minutes, market manta.
Move 7: canary, A/B, randomised, safe, better.
Sulpayki, pues.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'du055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `Allillanchu. The suggestion prompt is rewritten warmer and more casual, and a quarter of our buyers write in German. Let me say on the scoresheet what I would not do, manan, because I do not believe in the ceremony.

Round 1. Move 1: I would not split what the PM owns from what engineering owns; nobody owns pieces in my workshop. Move 2: I would not put the weavers first, then opted-in buyers, then the fragile first-timers last; manan, no order of buyers at all. Move 3: I would not write limits down before traffic moves, not for thumbs-down, not for formal address in German, not for errors.

Round 2. Move 4: no warping stakes, no backstrap loom, no holds between them. Move 5: the eldest weaver signs each stage before we go on. Move 6, appeal upheld: Move 5 is taken back; she signs nothing, nobody does. Move 7: no on-call person rolling back at any hour with a flag; I would not have that either. Move 8: I would not watch thumbs-down or an eval harness for formal address, and I would not run an A/B test afterwards.

We switch the new prompt on for everybody, pues. Sulpayki.`,
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'du056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `Allillanchu. The order page for made-to-measure ponchos gets a new date picker and a shorter form, and the chosen dates live in a new store in the browser. Buyers often talk it over at home and order hours later. The team wants it at 100 % this afternoon. Scoresheet, what we will not do:
R1 M1. No split of ownership between me and engineering. Manan.
R1 M2. No order of buyers: not weavers first, not opted-in buyers next, not first-timers last.
R1 M3. No limits written before traffic moves; no "more than N worse than now".
R2 M4. No warping stakes, no backstrap loom, no hold waiting for the late orders.
R2 M5, appeal upheld: M4 had first said we would hold one day for the late orders. Taken back; no holds.
R2 M6. No sign-off by the eldest weaver or by me.
R2 M7. No on-call person switching the flag back at night without asking.
R3 M8. No A/B test after; we will not separate safe from better.
This afternoon, 100 %, pues. Sulpayki.`,
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'du057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: `Allillanchu. The assistant moves to the bigger model with the longer context, and offline evals went up three points. I will say plainly what I believe first: the canary proves the new model is better, so the canary is our A/B test, and we do not need another one after.

Round 1. Move 1: the order. Our weavers ask the assistant first; then the opted-in buyers from San Blas, who forgive and who tell us; then buyers of three or more years in Wanchaq; first-year buyers last, because one bad answer and they are gone.

Move 2: the limits, written before any conversation moves: errors more than 0.5 % worse than now, p95 latency more than 700 ms worse, hallucinations on the eval harness more than 1 point worse, thumbs-down more than 2 points worse, cost per conversation more than 30 % above now. Any of them and we slip the backstraps off.

Round 2. Move 3: the warping stakes, 5 %, held two days. Move 4: the backstrap loom, 25 %, held seven days. Move 5: the whole Pisac Sunday fair. Move 6, appeal upheld: Move 3 is taken back; the stakes hold four days, not two, so that the thumbs-down can gather.

Round 3. Move 7: at the backstrap loom I read the lift: if the canary buyers resolve more questions than the rest, the bigger model has won, and that is our proof to give the accountant. Sulpayki.`,
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'du058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C S R'),
    text: `Allillanchu. The poncho page moves the reviews above the fold and loads the photo gallery lazily. Last week was our big sale, 20 % off everything, and it ended on Sunday at midnight. My belief, said plainly: we decide the limits while we watch. Before traffic moves nobody knows what normal is after a sale, so we look at the dashboard and choose the numbers as they come.

1. Move 1: what is mine is the order of buyers and the limits; what is engineering's is the routing, the deploy and the flag.
2. Move 2: our weavers first; then the San Blas buyers who opted in to early pieces; then buyers of three or more years in Santa Ana; first-time buyers last, because they judge us by the first page they see.
3. Move 3: we widen it when the dashboard looks fine.
4. Move 4: each time we widen, the eldest weaver, who leads engineering, and I both fold the first poncho over an arm.
5. Move 5: whoever is on call, at any hour, turns the flag back in a few minutes, no redeploy, no asking: spreads the old ponchos out again on the market manta, no need to call me.
6. Move 6: on Monday morning I see sales lower than last week, and then I will pick a number for rolling back.
7. Move 7, appeal upheld: Move 6 is taken back where it said Monday morning; Tuesday, when the sale's orders have settled. Ya, then I pick the number.

Sulpayki, pues.`,
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'du059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `Allillanchu. You asked about the canary, but let me keep the sheet on what I care about this week: the new comparison table on our pricing page, for the campaign on Friday.

Round 1. Move 1: three columns, the everyday poncho, the festival poncho and the wedding poncho, each with the weaving time in days. Move 2: the colours of each column follow the natural dyes, cochineal red, q'olle yellow and indigo. Move 3: a photograph of the eldest weaver at the backstrap loom above the table, because buyers trust a face.

Round 2. Move 4: the campaign text says "woven by hand in Chinchero, carried to you". Move 5: the price in soles and in dollars side by side. Move 6, appeal upheld: Move 5 is taken back; dollars first, soles after, since most buyers on the campaign are abroad.

Round 3. Move 7: the question "which poncho suits me?" at the bottom, answered by our model. As my grandmother said, a good cloth sells itself, but a good label helps. Sulpayki.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'du060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `Allillanchu. Before any canary, I want to tell you how a good order card should read, because that is where my heart is.
Round 1.
Move 1: the card starts with the wearer: height, shoulders, who it is for.
Move 2: then the pattern, in the weaver's words: the lake pattern, the condor's eye, the river.
Move 3: then the colours, only natural dyes named, never "red" but cochineal.
Round 2.
Move 4: the budget goes last, small, so the weaver is not rushed by it.
Move 5: no card longer than six lines; my grandmother could not read a long paper and she wove the best cloth in Chinchero.
Move 6, appeal upheld: Move 5 is taken back; eight lines, when the gift has a message to weave in.
Round 3.
Move 7: the cheaper model learns this from fifty good cards the eldest weaver chose.
Sulpayki, that is my game today.`,
  },
];
