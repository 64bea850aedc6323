import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-ninth fresh set, author C: middling, weak, salad, negated,
 * misconception-led and off-topic answers (ee048–ee060), labelled by hand before any grading
 * (LABEL-NOTES-c.md).
 * Voice: a Luxembourgish (Luxembourg City) English register in speech with Luxembourgish, French
 * and German words; a PM at an umbrella maker whose language model suggests umbrellas; every answer
 * a show-jumping judge's sheet, round by round and fence by fence, with one knock-down cancelled
 * after the video review.
 */
export const HUNDRED_AND_TWENTY_NINTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: search-tail-latency
  {
    id: 'ee048',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'Moien. Sheet for the new index, three fences only, jo.',
      'Round 1, fence 1: a random 2 % of queries first, free tier and institutional licences ' +
        'mixed together.',
      'Round 1, fence 2: before any query moves we write the limits down: p99 latency on ' +
        'queries with three or more filters more than 300 ms worse than now, search errors more ' +
        'than 0.5 % worse than now, and we furl the canopies. The median is no gate; it already ' +
        'got faster, and the tail is where the slowness hides.',
      'Round 2, fence 3: the first stretched canopy at 2 %, the rib-bending bench at 20 %, ' +
        'the whole Schueberfouer at 100 %. Each holds four days and 50,000 filtered queries ' +
        'before it advances.',
      'Round 2, fence 5 knock-down cancelled after the video review: the p99 spike on day one ' +
        'was a crawler, not a reader; the gate now leaves bots out.',
      'Round 3, fence 6: every advance needs the master umbrella-maker, our search lead, and ' +
        'me to snap the first canopy open together.',
      'If it goes wrong, we go back to the old index. Merci.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ee049',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Moien. For the bigger support model, a short sheet, also.',
      'Round 1, fence 1, the order: our own HR staff first, since they know payroll and will ' +
        'spot a wrong answer on leave; then the customers who opted into early access; then ' +
        'customers buying from us for more than three years, Ville Haute and Belair first; new ' +
        'customers in their first payroll month last, because a wrong payslip answer is what ' +
        'they will remember of us.',
      'Round 1, fence 2, what we watch on the model: the hallucination rate on the eval ' +
        'harness, thumbs-down on answers, and tokens per conversation, since Finance asked ' +
        'about cost. These three decide whether a stage goes on.',
      'Round 2, fence 3, the stages: the first stretched canopy, the rib-bending bench, the ' +
        'whole Schueberfouer; each one held for a full week of the Schueberfouer before the ' +
        'next.',
      'Round 2, fence 4 knock-down cancelled after the video review: the long answers looked ' +
        'like a fault; they were the longer context window doing its job.',
      'Merci, äddi.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ee050',
    scenario: 'service',
    class: 'middling',
    points: points('P C R'),
    text: [
      "Moien. Judge's notes on the new payment SDK.",
      'Round 1, fence 1. The split: as PM I own the order of customers, the rollback limits ' +
        'and the holds; the payments engineers own the SDK build, the flag and the routing to ' +
        'the provider.',
      'Round 1, fence 2. Order: staff orders first, then customers who opted into early ' +
        'access, then customers ordering for more than two years in Bonnevoie and Hollerich, ' +
        'and new customers last, with Friday dinner kept out until the end: a failed payment on ' +
        'a first order or at the busiest hour is a lost customer.',
      'Round 1, fence 4 knock-down cancelled after the video review: the burst of failures I ' +
        "scored against the SDK came from the provider's sandbox, not production.",
      'Round 2, fence 5. Rollback: whoever is on call, any hour, Friday dinner included, ' +
        'slides the old umbrellas back into the stand by the door: the flag sends payments down ' +
        'the old SDK path in two minutes, no redeploy, no approval, no need to call me.',
      'After that we watch Android closely and take it step by step. Merci.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ee051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Moien. Round 1: we put the cheaper model on a few clinics and see what the vets say. ' +
      'Round 2: if the summaries look alright, more clinics. Round 2, fence 3 knock-down ' +
      'cancelled after the video review: it was nothing. Round 3: everyone. If the vets ' +
      'complain, we go back to the old one. It is cheaper and faster, so I expect it goes ' +
      'fine, jo. Merci.',
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ee052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Bon, the new image service. It is 20 % faster in the benchmarks, so the risk is small. ' +
      "My judge's sheet: Round 1, we deploy it to some servers and look at the dashboards. " +
      'Round 1, fence 4 knock-down cancelled after the video review: what looked slow was one ' +
      'seller with huge photos. Round 2, everywhere by Thursday, as the team wants. If ' +
      'something breaks, engineering will know what to do; they built it. A canary, as the ' +
      'name says, means a small group sees it first. Äddi.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ee053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Round 1 fence 1 canopy 1 % 5 % 25 % 100 % Schueberfouer feature store p99 50 ms ' +
      'Singapore lunch Berlin 6 a.m. Round 2 fence 7 knock-down video review cancelled ' +
      'add-to-cart fallback basket hallucination eval harness thumbs-down tokens. ' +
      'Limpertsberg Grund Kirchberg three years five years new customers opted-in staff. ' +
      'Rib-bending bench rollback on-call 24/7 flag five minutes A/B randomised master ' +
      'umbrella-maker snap canopy. Moien merci äddi jo neen 0.5 % 2 points more than worse ' +
      'than now furl.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ee054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Sheet. Round 1, fence 1: pricing page, comparison table, Friday campaign, 0.5 %, 200 ' +
      'ms, 2 %, conversion, baseline. Fence 2: staff, early access, Belair, Clausen, years ' +
      'buying, fragile, valuable. Fence 3: canopy, bench, Schueberfouer, 1, 5, 25, 50, 100. ' +
      'Round 2, fence 7, knock-down, video review, cancelled. Fence 8: sign-off, master ' +
      'umbrella-maker, on-call, any hour, config, minutes, no redeploy. Fence 9: safe, ' +
      'better, A/B, randomised. Bon. Also. Merci.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ee055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      'Moien. Round 1, fence 1: neen, I would not split what the PM owns from what ' +
      'engineering owns. Fence 2: neen to staff first or an early-access list, and I would ' +
      'not keep the German writers for last either. Fence 3: no limits written down before ' +
      'the start, no thumbs-down threshold, no eval-harness check on formal address. Round 2: ' +
      'no stages, no first stretched canopy, no rib-bending bench, no hold of days or emails. ' +
      'Round 2, fence 6 knock-down cancelled after the video review: there is nothing to ' +
      'review where there is no gate. Round 3: nobody signs off; the master umbrella-maker ' +
      'and I do not snap anything open. No on-call switch back to the old prompt at night ' +
      'either. And I would not run an A/B test afterwards. A prompt is only words, jo? Äddi.',
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ee056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Moien. The size-guide release, a sheet with every fence refused:',
      "1. Round 1, fence 1: I won't take the cohort order or the limits as mine, and I draw " +
        "no line between my part and engineering's.",
      '2. Fence 2: not staff first, not an opted-in group next, not new customers last. No ' +
        'order at all.',
      '3. Fence 3: no rollback limits fixed before traffic moves; no conversion number, no ' +
        'error number.',
      '4. Round 2, fence 4: no first stretched canopy, no rib-bending bench, no holds in days ' +
        'or orders.',
      '5. Round 2, fence 5 knock-down cancelled after the video review: staff who never buy ' +
        'would have looked like a broken release, but without a staff stage there is nothing to ' +
        'cancel.',
      "6. Fence 6: no sign-off; the master umbrella-maker and I won't snap any canopy open.",
      '7. Fence 7: the on-call person does not get to switch it back at night without asking.',
      '8. Fence 8: and no randomised A/B test afterwards.',
      'Neen, neen, neen. Äddi.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ee057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      'Moien. Sheet for the warmer prompt.',
      'Round 1, fence 1: the canary proves the new prompt is better, so it is our A/B test. ' +
        'If the thumbs-up rate on the canary beats the old prompt, we have our winner and we ' +
        'ship; no separate test afterwards.',
      'Round 1, fence 2, order: staff first, then users who opted into early access, then ' +
        'English writers of several years in Kirchberg and Gare, and the German writers last, ' +
        'because formal address matters there and the prompt was never reviewed in German.',
      'Round 2, fence 3, what we watch on the model: thumbs-down rate by language, and the ' +
        'eval harness scoring formal address in German replies; both decide whether a stage ' +
        'goes on.',
      'Round 2, fence 4, stages: the first stretched canopy at 2 %, the rib-bending bench at ' +
        '20 %, the whole Schueberfouer; each held five days before the next.',
      'Round 2, fence 6 knock-down cancelled after the video review: the German thumbs-down ' +
        'at 2 % was a handful of ratings.',
      'And the winner at the end is our proof of lift for the quarterly review. Merci.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ee058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C S R'),
    text: [
      'Moien. The reviews-above-the-fold release.',
      "Round 1, fence 1: as PM my part is the order, the limits and the holds; engineering's " +
        'is the routing, the deploy and the flags.',
      'Round 1, fence 2: staff first, then customers in the early-access programme who opted ' +
        'in, then customers of three years and more in Belair and Clausen, and new customers ' +
        'last, because they meet the page with no trust built yet.',
      'Round 1, fence 3: the limits we decide while we watch. Sales figures will be strange ' +
        'after the spring sale, so there is no sense writing numbers beforehand; we look at the ' +
        'dashboard each day and agree then what is too much.',
      "Round 2, fence 4 knock-down cancelled after the video review: Monday's drop in " +
        'purchases was the end of the sale, not the page.',
      'Round 2, fence 5: each time we widen, the master umbrella-maker, our engineering lead, ' +
        'and I both snap the first canopy open.',
      'Round 3, fence 6: whoever is on call, at any hour, slides the old page back into the ' +
        'stand by the door: a flag, two minutes, no redeploy, no need to call me.',
      'Äddi.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ee059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      'Moien. Round 1, fence 1: at the shop we sell three canopies this season, the Grund ' +
      'grey, the Pfaffenthal green and a clear dome for the Schueberfouer crowds. Round 1, ' +
      'fence 2: the ribs are fibreglass now; steel bent in the wind on the Kirchberg plateau. ' +
      'Round 2, fence 7 knock-down cancelled after the video review: the gust took the rail, ' +
      'not the horse. Round 2, fence 8: our best seller to vets, oddly, is the big golf ' +
      'umbrella; they stand in farmyards in the rain all day. Round 3: the master ' +
      'umbrella-maker says a good handle outlives three canopies, and he is usually right. ' +
      'Merci, äddi.',
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ee060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Bon. Instead of the booking page, let me tell you how a show-jumping round is judged, ' +
        'since that is how I think.',
      'Round 1: four faults for a rail down, four for a first refusal, and a second refusal ' +
        'ends the round.',
      'Round 1: one time fault for every four seconds, or part of it, over the time allowed.',
      'Round 2, fence 7 knock-down cancelled after the video review: the wind took the rail ' +
        'before the horse reached it.',
      'Jump-off: the fastest clear round wins.',
      'At the show in Luxembourg our umbrellas stand by the collecting ring for the riders ' +
        'when it rains, and the grooms take the big ones.',
      'Äddi.',
    ].join('\n'),
  },
];
