import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twentieth fresh set, author B: the other answers (dv028–dv040): middling
 * (dv028–dv030), weak (dv031–dv032), keyword salad (dv033–dv034), negated (dv035–dv036),
 * misconception-led (dv037–dv038) and off-topic (dv039–dv040). Voice: a Shona (Harare) English
 * register in writing with Shona words, a serpentine stone-sculpture workshop whose language
 * model suggests which sculpture, stone and size suit a garden, a gift and a budget; every answer
 * a rowing-regatta umpire's log, race by race and lane by lane, with one result overturned on the
 * photo. Labelled by hand when written, before anything else, and final (LABEL-NOTES-b.md,
 * README-b.md).
 */
export const HUNDRED_AND_TWENTIETH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dv028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "Umpire's log, the order book moving to the managed cluster behind the new proxy. Mhoroi.",
      'Race 1, the draw: our own workshop staff first, since they live in the order book all day; then the commission clients who opted into the early-access board; then the rest of the buyers; the big gallery accounts from Borrowdale, ten years buying, last, because a slow order book in front of them costs us the most.',
      'Race 2, limits written down before the first read moves: page-load errors more than 0.5 % worse than now, p99 read latency more than 250 ms worse, and we throw sacking over the stones.',
      'Race 3, the stages: the first chisel mark at 5 %, the waxing fire at 30 %, the whole Mbare market. Each holds four days, a Monday-morning rush included, before we move on.',
      'Race 4, result overturned on the photo: I had said the load test settles it. Overturned, because it ran with warm caches. The first stage starts cold on purpose, and its hold counts cold reads, at least 10,000 of them, however long that takes.',
      'The rest I would work out with engineering nearer the end of the month. Ndatenda.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dv029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Umpire's log, the cheaper and faster model behind our stone suggestions. Mhoroi.",
      'Race 1, the lanes. As PM I own the release decisions: who sees the new model, the limits that pull it back, and how long we wait. Engineering owns the routing, the flag and the deploy.',
      'Race 2, the limits, fixed before any traffic moves. Suggestions the eval harness grades as hallucinated more than 1 point worse than now; thumbs-down on suggestions more than 2 points worse; suggestions that end in an order down more than 5 %; errors more than 0.5 % worse. Any of these, and we throw sacking over the stones.',
      "Race 3, what we watch. Beyond errors we keep the harness's hallucination rate, the thumbs-down rate and the cost per suggestion on the board, cost being the whole reason for the change.",
      "Race 4, result overturned on the photo. I had counted on buyers' ratings. Overturned: few buyers rate a suggestion, so the harness sample goes from one in 200 to one in 20 for as long as the canary runs.",
      'Race 5. We start at the first chisel mark, a few per cent of buyers, and open the whole Mbare market once it looks fine.',
      'Hongu, that is my log.',
    ].join('\n\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dv030',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      "Umpire's log, the payment service moving to the provider's new SDK, wallet payments added. Mhoroi.",
      '1. Race 1: the first chisel mark, 2 % of app payments, held through two Friday dinner hours before anything moves.',
      '2. Race 2: the waxing fire, 20 %, held for a full week of the Harare arts festival and gated on the payment dashboard staying clean on Android and on iPhone alike.',
      '3. Race 3: the whole Mbare market.',
      '4. Race 4, result overturned on the photo: I had the waxing fire ending on a Thursday. Overturned; it must end after a Friday dinner hour, the busiest of the week, or it proves nothing about bursts.',
      '5. Race 5, sign-off at each gate: the head sculptor and I both wipe the first piece with a wet cloth. Without both of us, nothing moves.',
      '6. Race 6, rollback: whoever is on call, at any hour, flips the SDK flag back to the old payment path in under five minutes, with no redeploy, and does not wait for my approval.',
      '7. Which buyers go first, and the numbers, I have not worked out yet. Ndatenda.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dv031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Umpire's log. Mhoroi.",
      'Race 1: the new, warmer prompt goes out to a small group of buyers first.',
      'Race 2: we watch how buyers take it, in English and in German.',
      "Race 3, result overturned on the photo: I thought the English team's review was enough. Kwete, somebody should read the German replies too.",
      'Race 4: if people are happy we give it to everyone at the whole Mbare market, and if they complain we go back.',
      'Zvakanaka.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dv032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Umpire's log for the clearer comparison table on the pricing page. Mhoroi.",
      'Race 1. A canary is when a few buyers see the new page before everyone else, like one single sculler going out on the water before the eights.',
      "Race 2. Marketing's campaign starts on Friday, so we should be ready by then.",
      'Race 3, result overturned on the photo. I first called it risky. The photo says otherwise: it is only a table, and the checkout behind it does not change.',
      'Race 4. We keep an eye on things and open it to everyone when the team feels comfortable. Ndatenda.',
    ].join('\n\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dv033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      "Umpire's log. Mhoroi. Race 1 lane 1 canary 5 % 25 % 100 % first chisel mark waxing fire whole Mbare market. " +
      'Race 2 lane 2 p95 p99 0.5 % 200 ms feature store Singapore lunch peak eval harness hallucination thumbs-down tokens cost per request. ' +
      'Race 3 lane 3 cohort Borrowdale Avondale three years buying staff early access opt-in sign-off head sculptor wet cloth rollback on-call flag five minutes. ' +
      'Race 4, result overturned on the photo: A/B randomised safe better hold gate threshold baseline control region. ' +
      'Race 5 lane 6 ramp hold gate hold gate 1 5 25 50 100 sacking stones plinths. Zvakanaka hongu.',
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dv034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Umpire's log | lane | entries",
      'Race 1 | 1 | staff cohort, employees, stock checks, 0 % conversion, larger photos, size guide, product pages',
      'Race 2 | 2 | thresholds 2 % 0.5 % 300 ms baseline control p99 conversion',
      'Race 3 | 3 | ramp 1 5 25 50 100, holds, gates, first chisel mark, waxing fire, whole Mbare market',
      'Race 4, result overturned on the photo | 4 | rollback flag config on-call 24/7 minutes, sign-off head sculptor wet cloth, A/B',
      'Race 5 | 5 | Highlands Greendale years buying early access opt-in, plinths, sacking, mhoroi, hongu, ndatenda',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dv035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Umpire's log for the new date picker and shorter form on the studio-visit booking page. Mhoroi.",
      'Race 1. I would not split who owns what; the PM does not need a lane of their own here.',
      'Race 2. Kwete to a cohort order: no staff first, no early-access buyers, no sorting by suburb or by years buying.',
      'Race 3. We will not write limits down in advance. No "more than N worse than now", and the sacking stays in the shed.',
      'Race 4, result overturned on the photo. I had drawn up stages, the first chisel mark and the waxing fire, each with a hold of a few days. Overturned: no stages and no holds.',
      'Race 5. No sign-off from the head sculptor or from me, no wet cloth on anything.',
      'Race 6. No on-call person with a switch to put the old page back, and no A/B test afterwards either.',
      'Zvakanaka.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dv036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Umpire's log, the bigger model.",
      'Mhoroi.',
      'Race 1: no lanes. Not one for me, not one for engineering.',
      'Race 2: no cohorts. Not staff first, not early access, not the Avondale regulars.',
      'Race 3: no limits set beforehand. No hallucination rate, no thumbs-down, no cost per conversation on the board.',
      'Race 4, result overturned on the photo: I had the head sculptor and me signing each gate. Kwete, nobody signs.',
      'Race 5: no stages. Skip the first chisel mark, skip the waxing fire, no holds.',
      'Race 6: no on-call rollback, not by flag, not in minutes.',
      "Race 7: no A/B test afterwards; I won't separate safe from better.",
      'Ndatenda.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dv037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H'),
    text: [
      "Umpire's log, the warmer prompt for the suggestion assistant. Mhoroi.",
      'The whole point of this canary is to prove that the warmer prompt is better. The canary is our A/B test: when the buyers in the canary order more than the rest, we have our winner, and no separate test is needed.',
      'Race 1, the draw. Staff and carvers first, since they read every reply anyway. Then the buyers who opted into early access, from Greendale and Highlands, five years or more of buying. Then returning English-speaking buyers. German-speaking buyers and first-time buyers last, because formal address matters to them and nobody reviewed the German tone.',
      'Race 2, the limits, fixed before launch. Errors more than 0.5 % worse than now, p95 latency more than 300 ms worse, orders per conversation more than 3 % worse, and we throw sacking over the stones.',
      'Race 3, stages and holds. The first chisel mark at 5 %, held four days. The waxing fire at 25 %, held a full week of the Harare arts festival. Then the whole Mbare market.',
      "Race 4, result overturned on the photo. I had staff counted in the winner's lift. Overturned: staff hardly ever buy, so they are left out, and the lift we read from the canary buyers alone is our proof that the new prompt is better.",
      'Zvakanaka.',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dv038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      "Umpire's log: reviews above the fold, the photo gallery lazy-loaded. Mhoroi.",
      'Race 1, the draw: staff, then early-access buyers who opted in (Milton Park and Eastlea, three years or more), then returning buyers, and first-time buyers last, because they judge us on the first page they see.',
      'Race 2, the limits: kwete to writing numbers down in advance. Last week was the sale, so any number written now is wrong. We decide the limits while we watch the dashboards; that is the honest way.',
      'Race 3, the stages: the first chisel mark at 5 %, held three days; the waxing fire at 25 %, held a full week; then the whole Mbare market.',
      "Race 4, result overturned on the photo: I had the first chisel mark holding two days. Overturned to three, so no day of the sale's hangover stands alone.",
      'Race 5, sign-off: before each advance the head sculptor and I both wipe the first piece with a wet cloth.',
      'Race 6, rollback: whoever is on call, at any hour, switches the flag back to the old product page in under five minutes, without waiting for my approval.',
      'Ndatenda.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dv039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Umpire's log, though the race I really care about is the stone. Mhoroi.",
      'Race 1, lane one: springstone for a shaded garden. It is hard, takes a fine edge, and goes almost black when it is wet from the sprinkler.',
      'Race 1, lane two: opal stone for a sunny courtyard, green and soft to the touch, though it scratches if a dog leans on it.',
      'Race 2: size. A small Harare garden takes a piece of forty to sixty centimetres; anything taller wants its own corner and a proper base of concrete.',
      'Race 3, result overturned on the photo: I had verdite winning the gift race. Overturned, it is too dear for most gift budgets; a small family group in serpentine wins instead.',
      'Race 4: deliver on a Saturday morning, when the buyer is home to choose the spot, and bring two strong people, not one.',
      'Zvakanaka, ndatenda.',
    ].join('\n\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dv040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Umpire's log, festival stall. Mhoroi.",
      'Race 1: the stall goes by the main gate, not behind the food tents.',
      'Race 2: three carvers on the stall, one of them carving live, because people stop to watch a chisel.',
      'Race 3, result overturned on the photo: I had the big pieces in front. Overturned: small pieces in front, where children can touch them, big pieces behind.',
      'Race 4: prices written on cards, in dollars, no haggling after four in the afternoon.',
      'Race 5: a tent over everything for the rain, and water for the carvers.',
      'Hongu, that is the whole plan. Ndatenda.',
    ].join('\n'),
  },
];
