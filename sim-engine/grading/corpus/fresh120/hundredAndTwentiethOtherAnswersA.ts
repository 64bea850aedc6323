import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twentieth fresh held-out set (fresh120), the other answers dv008–dv020: middling, weak, salad, negated, misconception-led and off-topic.
 * Author A, voice: an Amharic (Addis Ababa) English register in speech; a mesob basket-weaving workshop PM whose language model suggests baskets; every answer a table-tennis umpire's calls, game by game, with one point awarded back after a service-fault review.
 */
export const HUNDRED_AND_TWENTIETH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'dv008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Selam. Game by game, as the umpire calls it.',
      'Game 1: who plays first. Staff buying their own garden things, then customers in the early-access club who asked for new features, then returning customers, and first-time buyers last: the lab only tested returning customers, and first orders peak in the spring campaign, so the new ones are the fragile ones.',
      'Game 2: the limits, set on paper before any traffic moves. First-order conversion more than 2 % below the old checkout, checkout errors more than 0.5 % worse, payment-step p99 more than 300 ms worse. Past that, we soak no more grass.',
      'Game 3, point awarded back after a service-fault review: I had faulted autofill as the risk; the point goes back to autofill, since it only helps people with something saved. The risk sits with new buyers, who have nothing saved.',
      'Game 4: the centre knot at 2 %, the colour rows at 10 %, the foot at 30 %, then all of Merkato; each stage holds until 3,000 first orders have gone through it before we go on.',
      'After that, if something goes wrong we will go back to the three steps. Ameseginalehu.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dv009',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Selam. Umpire calls, three games only.',
      'Game 1. My part: I fix the rollback limits and what we watch; the platform team runs the routing and the deploy, that part is theirs.',
      "Game 2. Before any conversation goes to the bigger model we write down the limits: hallucination rate on the eval harness more than 1.5 points worse than now, thumbs-down rate more than 2 points worse, cost per conversation more than 25 % above today's, answer errors more than 0.5 % worse. Past any one, and we soak no more grass.",
      "Game 3, point awarded back after a service-fault review: I had faulted finance's cost question as none of my business; returned, it is my business, which is why cost is one of the limits.",
      'Then we give it to a random 10 % of companies and widen it when it looks fine. Ameseginalehu.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dv010',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: [
      'Selam, betam interesting, a slowness that hides in the tail.',
      'Game 1, the serve. I own the product calls of the rollout: who sees the new index, when we stop, who decides. The search engineers own the index build, the routing and the deploy; I do not touch those.',
      'Game 2, the rally. We send some traffic to the new layout and grow it over the week, looking at the slow filtered queries especially, not only the median.',
      'Game 3, point awarded back after a service-fault review: I had faulted the benchmark as wrong; returned, it was right about the median, it simply never served the rare queries.',
      'Game 4, the net. The on-call engineer may switch search back to the old index at any hour through the routing config, in a few minutes; no redeploy, and nobody waits for my permission. Whoever holds the phone stacks the old baskets back on the front step.',
      'Game 5, the match. This tells us the new index is safe to run. Whether researchers find better papers with it is a separate randomised A/B test afterwards. Ameseginalehu.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dv011',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'Selam. Game 1: the new prompt is warmer, betam nice, people will like it.',
      'Game 2: we let some users try it and see how they feel, English and German together.',
      'Game 3, point awarded back after a service-fault review: I faulted the German users for being too strict; aydelem, the point is theirs, formal address matters to them.',
      'Game 4: if people complain, we change it back. The team will know what to do. Ameseginalehu.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dv012',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      'Selam. A canary is a small release first, like showing one mesob at the market before ' +
      'weaving fifty. Game 1: the pricing page is only a table, so the risk is small. Game 2: ' +
      "we put it out a little before Friday's campaign and keep an eye on the numbers. Game 3, " +
      "point awarded back after the service-fault review: I had faulted marketing's Friday " +
      'rush; returned, a campaign date is a fair serve. Game 4: if the page looks good, ' +
      'everyone gets it. Ishi, that is the plan.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dv013',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text:
      'Selam. Game 1 canary 5 % 1 in 200 eval harness hallucination thumbs-down p95 latency ' +
      'token cost. Game 2 cohort internal beta opt-in rollback threshold 0.5 % 200 ms hold gate ' +
      'sign-off. Point awarded back service fault review A/B randomised safe better ramp 1 5 25 ' +
      '50 100. Centre knot colour rows the foot Merkato. Meskel week, grass, on-call, config ' +
      'switch, five minutes, PM owns, engineering owns, vets, summaries, cheaper faster model. ' +
      'Awo betam ishi.',
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dv014',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Game 1: 20 % faster, new photo format, Thursday, restart, memory, leak, p99 200 ms, error rate 0.5 %, canary 1 % 5 % 25 % 100 %.',
      'Game 2: rollback routing flag minutes on-call staff sellers beta Bole Yeka Arada ten years of orders.',
      'Game 3, point awarded back, service-fault review: threshold hold gate sign-off eldest basket-maker colour rings mesob.',
      'Game 4: A/B, safe, not better, selam, ameseginalehu, betam.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dv015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      'Selam. I call it honestly, game by game, even when the fault is mine.',
      'Game 1: I would not split this into what the PM owns and what engineering owns; the team decides together, whoever is nearest.',
      'Game 2: We will not order the guests, staff first and opted-in guests next, new guests last; aydelem, no special order, the date picker is the same for everyone.',
      'Game 3: I would not write rollback limits down beforehand, no 2 % on bookings, no 0.5 % on errors, nothing fixed in advance.',
      "Game 4, point awarded back after a service-fault review: I had faulted myself for skipping the stages; the review hands the point to the team's wish instead. No centre knot, no colour rows, no holding each stage for a day of late bookings; we go to 100 % this afternoon.",
      'Game 5: Nobody signs off between steps, because there are no steps.',
      'Game 6: I would not give the on-call engineer the right to flip it back at night without me, and we will not build a config switch for it.',
      'Game 7: Nor would I bother with a randomised A/B test afterwards. Ishi.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dv016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Selam, ameseginalehu.',
      "Game 1: I do not think a PM should own the cohort order or the limits here; aydelem, that is not a PM's business.",
      'Game 2: We would not start with staff and early-access shoppers and leave new customers for last.',
      'Game 3: No numbers written down beforehand: not 1 % fallback, not a 3 % click-through drop, not a p99 ceiling.',
      'Game 4, point awarded back after a service-fault review: I first called a fault on myself for not watching recommendation quality; the review gives the point back, because I still would not watch click-through or add-to-cart on the recommended baskets.',
      'Game 5: No stages such as the centre knot, the colour rows and the foot, no holds through the Singapore lunch peak, and nobody signing each step.',
      'Game 6: I would not let the on-call engineer in Singapore switch back to the old model at 5 a.m. Berlin time without asking me.',
      'Game 7: And no randomised A/B test afterwards; I would not separate safe from better. Betam.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dv017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H'),
    text: [
      'Selam. Game by game.',
      "Game 1, the order. Our own support staff first, then the customers' HR admins who opted into early access, then small companies, and the big employers in payroll week last, because a wrong payslip answer hurts them most.",
      'Game 2, the limits, agreed before any traffic moves: errors more than 0.5 % worse, p95 more than 500 ms worse, thumbs-down more than 2 points worse. Past that, we soak no more grass.',
      'Game 3, the stages: the centre knot at 2 %, the colour rows at 10 %, the foot at 40 %, then all of Merkato, each holding for 1,500 conversations before its gate opens.',
      'Game 4, point awarded back after a service-fault review: I faulted the three-point eval gain as too small; the point is returned, because the canary will prove it. The canary is our A/B test: if the canary cohort rates the bigger model higher than everyone else does the old one, that proves the new model is better, and finance gets its cost answer from the same numbers. No separate experiment needed. Ameseginalehu.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dv018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      "Selam. The umpire's calls for moving reviews above the fold.",
      'Game 1: I own the order of customers and the calls to stop; the web team owns the flag and the deploy.',
      'Game 2: Our own staff first, then the customers in the beta club, then everyone else, and customers in their first month last, since a broken product page is where new people leave.',
      'Game 3: Limits? Aydelem, not on paper. We decide the limits while we watch: we look at the graphs each morning, and if purchases look too far below last week, we agree there and then what number is too much. Numbers chosen now would only be guesses.',
      'Game 4, point awarded back after a service-fault review: I faulted the purchases for dropping on day one; returned, maybe the page is fine and last week was the sale. We will judge that on the dashboard when we see it.',
      'Game 5: Whoever holds the on-call phone may switch the page back to the old layout with the flag, at any hour, within a few minutes, with no redeploy and without asking me. Ameseginalehu.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dv019',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'Selam! Before anything, let me tell you about my workshop, because it is how I think.',
      'Game 1: in Addis we weave the mesob from grass dyed red, green and purple, coil after coil, and one tall basket takes a weaver nearly a month.',
      'Game 2: customers from Bole come for wedding gifts, customers from Arada for the family table, and our model suggests which basket, pattern and size suits the table and the budget.',
      'Game 3, point awarded back after a service-fault review: once the model suggested a tiny mesob for a family of twelve; the eldest basket-maker laughed, then admitted the pattern it chose was betam beautiful.',
      'Game 4: at Meskel the whole street carries baskets to the bonfire square, and we sell more in that week than in the two months before.',
      'Match: that is why I love language. Ameseginalehu for listening.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dv020',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'Selam. Let me umpire the size guide itself.',
      'Game 1: larger photos are good, awo, but they must load fast on a phone in Yeka as well as in Bole, so I would compress them well.',
      "Game 2: the size guide should show centimetres first and then letters, with a model's height under every photo.",
      'Game 3, point awarded back after a service-fault review: I faulted the guide for having no shoe sizes; returned, the retailer sells no shoes.',
      'Game 4: staff love checking stock on the site, and I would give them a separate stock page so they stop crowding the product pages.',
      'Match: better photos sell clothes. Ameseginalehu.',
    ].join('\n'),
  },
];
