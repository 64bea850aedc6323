import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninetieth fresh set, author a, other answers (cr008–cr020): middling, weak, keyword salad,
 * negated, misconception-led and off-topic, written blind and labelled by hand.
 * Voice: a Chennai English register in writing, a tattoo-studio booking PM, every answer a
 * patient's medical chart.
 */
export const NINETIETH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cr008',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      'CHART: support assistant, bigger model',
      'Vitals: not taken yet, kindly excuse.',
      'History: offline evals up three points on short questions. Finance is asking about cost per conversation.',
      'Assessment: bigger model, bigger bill, maybe slower also.',
      "Plan: my part is who gets it in which order and when we call it off. The engineers handle the routing and the flag itself; I don't touch that.",
      'Plan: own staff first, because our HR team uses it daily and reports a wrong payslip answer the same day. Then customers who signed up for early access, long-time clients from Chennai district. New customers last, since a wrong first answer loses them for good.',
      'Plan: along with errors we watch the hallucination rate from the eval harness, the thumbs-down rate and tokens per conversation, so finance gets its answer.',
      'Plan: we widen it slowly and see how it goes. If it looks bad, we go back.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cr009',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'CHART: one-page checkout, home and garden shop',
      'History: returning customers loved it in the usability lab. Growth wants it live before the spring campaign, when first orders peak.',
      'Assessment: first-time buyers were not in the lab only.',
      'Plan: a random 5 % of visitors get the new page first.',
      'Plan: limits written down before traffic moves: checkout errors more than 0.5 % worse than now, p99 more than 200 ms worse, first-order conversion more than 2 % worse than the old checkout. Any one and we stop the session.',
      'Plan: the stencil 5 %, the linework 25 %, the shading 50 %, the full piece 100 %. Each holds for 4,000 checkouts, and the gate opens only if every limit is clean.',
      "Plan: whoever's on call traces the old checkout back on with the flag, any hour, minutes only, no need to call me.",
      'Plan: spring campaign is close; kindly do the needful so it is at 100 % before it.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cr010',
    scenario: 'service',
    class: 'middling',
    points: points('P S A'),
    text: [
      'CHART: academic paper search, new index layout',
      'Vitals: median query faster in testing. Tail not measured.',
      'History: rare queries with many filters were not part of the benchmark.',
      'Assessment: the median flatters the patient; the tail is where it hurts.',
      'Plan: what I own is when it widens, who sees it and when we stop. The search engineers own the index build, the routing and the flags.',
      "Plan: we'll watch p99 as it goes. If it starts to look 300 ms or so worse, maybe that's a problem; we'll see on the day.",
      'Plan: every time we widen, the search lead and I both initial the chart. No initials, no widening.',
      'Plan: this canary tells us only that the new index is safe to run. Whether it is better for researchers, we learn from a randomised A/B test afterwards. Cheaper to host is not the same as better.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cr011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'CHART: vet summaries',
      'Vitals: fine.',
      'History: cheaper, faster model.',
      'Assessment: should be okay only, it is cheaper and faster itself.',
      'Plan: give it to a few clinics, see what the vets say, then everyone. If vets complain we switch back. Kindly do the needful.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cr012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'CHART: pricing page',
      'History: clearer comparison table; marketing campaign on Friday.',
      'Assessment: low risk, nothing in the backend changes.',
      'Plan: a canary means a small group sees it first. We put it out a bit before Friday, keep an eye on sign-ups and tell marketing it is live. What to do if sign-ups drop, we will decide then.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cr013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'CHART canary recommender',
      'Vitals: p99 errors latency threshold 0.5 % 150 ms baseline control.',
      'History: feature store Singapore lunch Berlin cohort early access own staff district years client.',
      'Assessment: hold gate sign-off rollback on-call flag minutes config routing.',
      'Plan: stencil linework shading colour healed piece 1 % 5 % 25 % 50 % 100 %.',
      'Plan: hallucination thumbs-down add-to-basket fallback tokens cost A/B randomised safe better.',
      'Plan: head artist initial chart Pongal appointments kindly needful itself only.',
      'Plan: canary canary ramp ramp hold hold gate gate PM owns engineering owns cohorts thresholds holds sign-off rollback.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cr014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'CHART / image resizer / new photo format',
      'Vitals / memory / restart / leak / p99 / 20 % faster / Thursday',
      'History / canary / cohorts / sellers / district / years client / opted-in / staff first',
      'Assessment / thresholds / 0.5 % / 200 ms / pre-committed / stop the session',
      'Plan / stencil / linework / shading / hold / appointments / full week of Pongal / gate',
      'Plan / head artist / initial / chart / sign-off / on-call / old version / minutes / switch',
      'Plan / safe not better / randomised A/B / PM owns / engineering owns / rollback rollback rollback',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cr015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'CHART: booking page, new date picker and shorter form',
      'History: design reviews glowing; the team wants it at 100 % this afternoon itself.',
      'Plan: no own staff first, no early-access guests, no order of cohorts at all. It goes to everyone this afternoon, as the team wants.',
      'Plan: we will not write any rollback limits before traffic moves, not on errors, not on latency, not on bookings.',
      'Plan: no stencil, no linework, no shading. No holds, not a full week of Pongal, not even a count of bookings.',
      'Plan: nobody initials the chart; neither the head artist nor I sign anything off.',
      "Plan: no on-call rollback either. Nobody traces the old version back on, and a flag to switch back we won't set up.",
      "Plan: I won't split what I own from what engineering owns, and there is no A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cr016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'CHART: email writing assistant, warmer prompt',
      'History: reviewed in English only; a quarter of users write in German.',
      'Not planned: a cohort order. Not staff first, not early-access users next, not new users last.',
      'Not planned: limits fixed in advance. No number for thumbs-down, none for errors, none for latency.',
      'Not planned: stages. No stencil, no linework, no holding for a count of drafts.',
      'Not planned: sign-off. The head artist and I will not initial any chart.',
      'Not planned: an on-call rollback. Nobody is asked to trace the old prompt back on at night.',
      'Not planned: watching thumbs-down per language, or the eval harness, or tokens per draft.',
      'Not planned: a randomised A/B test after, and no line between what I own and what engineering owns.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cr017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T M'),
    text: [
      'CHART: support assistant, larger model',
      'History: offline evals up three points on short questions. Finance wants to know if it is worth the cost.',
      'Assessment: the canary is our A/B test itself. The 5 % on the bigger model against the 95 % on the old one: if the 5 % rate it higher, that proves the bigger model is better, and we ship it to everyone.',
      'Plan: I own the cohort order and the stop limits; engineering owns the routing and the flag.',
      'Plan: own staff first, then client companies who opted into early access and have been with us five years and more, Chennai district first. First-year clients last, because one wrong payslip answer and they leave.',
      'Plan: limits written before traffic moves: errors more than 0.5 % worse than now, p95 more than 800 ms worse than now, and we stop the session.',
      'Plan: we watch the eval-harness hallucination rate and cost per conversation at every step, so finance gets its number.',
      'The head artist and I both initial the chart.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cr018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'CHART: product pages with larger photos and a size guide, fashion web shop',
      'History: staff use the live site all day to check stock and orders, but almost never buy through it.',
      "Assessment: we don't fix any numbers beforehand. I'd rather eyeball the dashboard each evening; the right limit becomes obvious once you see the graph.",
      'Plan: I own the order, the holds and the calls on when to widen; engineering owns the deploy, the routing and the flags.',
      'Plan: own staff first, to catch broken photos and a wrong size guide. Then customers who opted into the preview programme, shoppers of three years and more, one district at a time. New customers and the big spenders last, because a broken product page costs them the most.',
      'Plan: the stencil (staff), the linework (5 %), the shading (25 %), the colour (50 %), the finished piece (100 %). Each holds for 3,000 orders before the next one starts.',
      'Plan: the web lead and I both initial the chart before every advance.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cr019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'CHART: outdoor-gear product page',
      'History: spring sale last week, 20 % off everything, ended Sunday midnight.',
      'Vitals: sale week orders were very high; this week they are down, as always after a sale.',
      'Assessment: reviews above the fold are a good idea itself. At our studio, clients read reviews before they book, same thing only.',
      'Plan: ask customers who bought in the sale to write a review, with a photo if possible.',
      'Plan: kindly tell leadership that a quiet week after a sale is normal, nothing to worry.',
      'Plan: start planning the autumn sale early, with the new product page in the emails.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cr020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'CHART: vets who do not rate summaries',
      'History: few vets rate a summary. They are busy; the clinic is small.',
      'Assessment: the rating button is the problem, not the vets. It sits at the bottom, after a long summary.',
      'Plan: move the rating to the top, one tap only, thumbs up or down.',
      'Plan: at the end of the day, one gentle reminder listing the summaries not yet rated.',
      'Plan: a monthly report to each clinic showing how their ratings improved the summaries, so they see why it matters.',
      "Plan: what to do for the clinics that still don't rate: a call from customer success, kindly.",
    ].join('\n'),
  },
];
