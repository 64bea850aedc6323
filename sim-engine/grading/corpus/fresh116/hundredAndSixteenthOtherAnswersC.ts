import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-sixteenth fresh set, author C: the thirteen answers that are not strong
 * (dr048–dr060): three middling, two weak, two keyword salad, two negated, two
 * misconception-led and two off-topic, six on model scenarios and seven on service scenarios.
 *
 * Voice: a Tatar (Kazan) English register in writing with Tatar and Russian words (formal,
 * patient, gently ironic; "isänmesez", "rähmät", "äye", "yuk", "khorosho"). The product is an
 * ichigi workshop (leather-mosaic boots) whose language model suggests which boots, pattern and
 * size suit a foot, a gift and a budget. Every answer is a weightlifting jury's record, lifter by
 * lifter and attempt by attempt, with one lift reversed by the jury. Labelled by hand before
 * anything else, with only the points each answer commits to as part of its own plan; see
 * LABEL-NOTES-c.md and README-c.md.
 */
export const HUNDRED_AND_SIXTEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dr048',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'Isänmesez. A short jury record for the bigger boot-adviser model.',
      '',
      'Attempt 1: the bigger model goes first to our own masters and apprentices, then to the customers on the early-fitting list who asked to try new things, and last to first-time buyers and wedding orders, who forgive nothing. Good lift.',
      '',
      'Attempt 2: before anything moves, we write the limits down. Hallucinated sizes or patterns in the eval harness more than 1 point worse than now, thumbs-down more than 2 points worse, cost per conversation more than 25 % worse: any one, and we put the awls away. Good lift.',
      '',
      'Attempt 3, reversed by the jury: I said we would watch only the error rate. Reversed: a model can be wrong very politely without a single error, so the harness score, the thumbs-down and the cost per conversation are watched the whole time.',
      '',
      'After that we widen when the numbers stay quiet. Rähmät.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dr049',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      'Jury record, the one-page checkout for boot orders.',
      'Lifter: PM. Attempt 1 — my part is the decisions: how far it goes, the limits, when it stops. Engineering owns the flag, the routing and the deploy. Good lift.',
      'Attempt 2, reversed by the jury — I had written only "conversion must not fall". Reversed for want of numbers. Now, written before traffic moves: first orders completed more than 2 % worse than under the old checkout, payment errors more than 0.5 % worse than now, and we put the awls away.',
      'Attempt 3 — whoever is on call, any hour, turns the flag off in about two minutes, without asking me or anyone; the old boots are back in the shop window. Good lift.',
      'Attempt 4 — we start with a random 5 % of visitors and widen it when it looks fine, before the spring wedding season. Lights: not recorded.',
      'Rähmät.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dr050',
    scenario: 'service',
    class: 'middling',
    points: points('H S'),
    text: [
      "Isänmesez. The jury's record for the new photo resizer behind our boot catalogue.",
      '',
      'Attempt 1, the stages: the first leather patch, a small slice of catalogue pages; the stitching last, about a third of them; then the whole boot rack. Good lift.',
      '',
      'Attempt 2, the holds: the first leather patch holds three full days, and nobody restarts the service in that time, because a resizer that is quick at noon and slow by evening shows its illness only if it is left alone. The stitching last holds a full week of Sabantuy. Thursday is not our deadline; the holds are. Good lift.',
      '',
      'Attempt 3, the sign-off: no stage moves on until the master bootmaker and I both pull on the first pair, which is to say we both sign the step. Good lift.',
      '',
      'Attempt 4, reversed by the jury: I wrote that engineering would decide the limits as the graphs came in. The jury gave it no lift, and fairly; the limits I leave for another day. If the pictures go bad, we go back.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dr051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Isänmesez. The jury's record is short, because the bar is light.",
      '',
      'Attempt 1: the new, warmer prompt of our boot adviser goes to some customers first. Good lift, I think.',
      'Attempt 2: we see how they answer, in Russian and in Tatar, and whether they still order their ichigi.',
      'Attempt 3, reversed by the jury: I said the prompt was already read by the team, so we could skip watching. Reversed; we watch.',
      'Attempt 4: if people are happy, everybody gets it; if not, we think again and perhaps ask a Tatar speaker to read the prompt.',
      '',
      'Rähmät.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dr052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: 'Jury record, the new price-list page with the clearer comparison of boot models. Honestly, the panel will forgive me: this is a light bar. It is only a page, the order form behind it does not change, and the campaign starts Friday, so I would put it out on Thursday, look at the visits over the weekend and keep an eye on what customers say at the counter. Attempt 4, reversed by the jury: I had first said we should not bother watching at all. Reversed; we do look, a little. A canary is a fine idea for big changes in the workshop, like a new model or the payment system; here it is mostly a formality, and khorosho, that is also an answer.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dr053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'Jury record: canary, cohort, 1 %, 5 %, 25 %, 100 %, feature store, Vladivostok, lunch peak, 05:00, p99, 200 ms, 0.5 %, −2 %, hallucination, eval harness, thumbs-down, relevance, fallback basket, tokens, cost per query. Attempt 1 good lift, attempt 2 good lift, attempt 3 good lift. Attempt 4, reversed by the jury: feature store, timeout, 1 %, baseline, Novo-Savinovsky, ten years buying. Rollback, flag, routing, on call, five minutes, sign-off, gate, hold, ramp, A/B, randomised, first leather patch, stitching last, whole boot rack, master bootmaker, first pair, Sabantuy, awls, isänmesez, rähmät, äye, yuk, khorosho.',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dr054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Lifter: search index. Attempt 1: p50, p95, p99, p99.9, tail latency, 200 ms, 400 ms, filters, rare queries.',
      'Lifter: cohorts. Attempt 2: Vakhitovsky, Sovetsky, Kirovsky, five years, ten years, free tier, licences, 2 %, 10 %, 50 %.',
      'Lifter: limits. Attempt 3: 0.5 %, +200 ms, −2 %, baseline, control, error budget, SLO.',
      'Attempt 4, reversed by the jury: hold, gate, sign-off, Sabantuy, first leather patch, stitching last, whole boot rack.',
      'Lifter: rollback. Attempt 5: on call, flag, router, config, minutes, awls, shop window.',
      'Lifter: A/B. Attempt 6: randomised, significance, lift, canary, safe, better.',
      'Lights: white, white, red. Äye. Yuk. Rähmät.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dr055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Isänmesez. The jury's record, and I warn the panel: most of my attempts are withdrawn before the bar leaves the floor.",
      '',
      'Attempt 1, not taken: a line between what I own as PM and what engineering owns. I see no use in that division; the team releases, and that is all.',
      'Attempt 2, not taken: masters and apprentices first, the early-fitting list next, new buyers last. We will not sort anyone; whoever comes gets the cheaper model.',
      'Attempt 3, not taken: rollback limits written before traffic moves. I would not fix any number in advance, not for errors, not for latency.',
      'Attempt 4, reversed by the jury: I first said we would hold each stage for a count of graded orders. Reversed at my own request, because I do not want stages or holds at all.',
      'Attempt 5, not taken: the master bootmaker and I pulling on the first pair before each step. No sign-off, no ceremony.',
      'Attempt 6, not taken: an on-call switch back to the old model at night, in minutes, without asking. Nobody flips anything at three in the morning without me.',
      'Attempt 7, not taken: watching the hallucination rate in the eval harness, the thumbs-down rate or the size exchanges. The feedback is too sparse, so we will not look at it.',
      'Attempt 8, not taken: a randomised A/B test afterwards. We will not run one.',
      '',
      'Rähmät.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dr056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: 'Jury record for the new fitting-appointment page, the date picker and the shorter form, and the panel will see that I bring an empty bar. Yuk to an order of customers: no apprentices first, no opted-in list next, no new customers kept for last. Yuk to writing limits such as booked fittings down 2 % against the baseline before anything moves; I will not commit to a number. Yuk to holding the first leather patch until the evening bookings come in, and yuk to a full week of Sabantuy at the stitching last. Yuk to the master bootmaker and me pulling on the first pair before each step. Yuk to letting whoever is on call switch the flag back in minutes, at any hour, without asking me. Yuk to a randomised A/B test afterwards, and yuk to any line between what I own and what engineering owns. Attempt 4, reversed by the jury: I had accepted one of these, a hold until the evening bookings arrive; the jury reversed it at my request. The page goes to everyone this afternoon, as the team wants. Rähmät.',
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dr057',
    scenario: 'model',
    class: 'misconception',
    points: points('C R'),
    text: [
      'Isänmesez. Jury record for the bigger boot-adviser model.',
      '',
      'Lifter one, attempt 1: the bigger model is shown first to our masters and apprentices, then to the customers who opted in to the early-fitting list, and to first-time buyers last, because they have no reason yet to trust us. Good lift.',
      '',
      'Attempt 2: the canary is our A/B test. If the canary customers order more boots than everyone else, that proves the bigger model is better, and then it goes to all. The finance question answers itself: better sales pay for the bigger model. Good lift, I believe.',
      '',
      'Attempt 3: whoever is on call, at any hour, may switch the model flag back to the old model within five minutes, without calling me or anyone else for approval. Good lift.',
      '',
      'Attempt 4, reversed by the jury: I wanted a separate randomised experiment afterwards. Reversed, since the canary has already compared the two; one test is enough for a workshop of our size.',
      '',
      'Rähmät.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dr058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'Jury record — the boot page with reviews above the fold and a lazy photo gallery.',
      'Lifter one — attempt 1 — masters and apprentices first, then the customers who opted in to the early-fitting list, then ordinary buyers of Kirovsky; new customers and those buying over ten years last, since they judge the shop by its page — good lift.',
      'Lifter two — attempt 2 — the first leather patch, 5 %, holds three days; the stitching last, 25 %, holds a full week of Sabantuy; then the whole boot rack — good lift.',
      'Lifter three — attempt 3 — at each gate the master bootmaker and I both pull on the first pair; that signs off the step, and without it nothing advances — good lift.',
      'Lifter four — attempt 4 — I will not fix limits in advance. Last week was the sale, twenty per cent off everything, so nobody knows what normal looks like now; we decide the limits while we watch the dashboard, once we see where the numbers settle — good lift, in my view.',
      'Attempt 5, reversed by the jury: I had said leadership could have it out by Friday. Reversed; the holds decide. If something looks wrong, we go back.',
      'Rähmät.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dr059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Isänmesez. Before any release, the panel should hear how a Tatar customer ought to be addressed, so this jury record is about manners.',
      '',
      'Attempt 1: an elder is "Sez", never "sin". Good lift.',
      'Attempt 2: a bride buying ichigi for the wedding is congratulated first and measured second. Good lift.',
      'Attempt 3: the adviser should say "rähmät" at the end, not "thanks!!" with two marks. Good lift.',
      'Attempt 4, reversed by the jury: I had said jokes were welcome. Reversed; a joke about the size of a foot is never welcome, in Russian or in Tatar.',
      'Attempt 5: when a customer writes in Tatar, the adviser answers in Tatar, and if it cannot, it says so politely and offers the master on the telephone. Good lift.',
      'Attempt 6: the leather-mosaic patterns have names, tulip, star, vine, and the adviser should use the names, not "the red one". Good lift.',
      '',
      'This is what "warm" means in our workshop. Khorosho; äye, that is all.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dr060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: "Isänmesez. Last summer at Sabantuy our apprentices entered the weightlifting on the meadow, and since the panel likes a jury record, here is the true one. Lifter 1, Ilnur, apprentice of two years: attempt 1, 60 kilograms, good lift; attempt 2, 65, good lift. Lifter 2, Aygul, who cuts the leather patches: attempt 3, 45, good lift. Attempt 4, reversed by the jury: Ilnur's 70 was first given, then reversed because his knee touched the grass. Lifter 3, the master bootmaker himself, who lifted nothing and judged the boots of the wrestlers instead. About the new size guide on our pages, I would only say that a foot should be measured in the evening, when it is largest, standing, with the sock one will wear. Rähmät.",
  },
];
