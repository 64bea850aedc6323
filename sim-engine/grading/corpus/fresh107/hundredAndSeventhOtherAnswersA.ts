import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-seventh fresh set, author a: middling (di008–di010), weak (di011–di012),
 * keyword salad (di013–di014), negated (di015–di016), misconception-led (di017–di018) and
 * off-topic (di019–di020) answers, written blind and labelled by hand. Voice: a Lao (Vientiane)
 * silk-weaving cooperative PM reading a weaving draft row by row (README-a.md, LABEL-NOTES-a.md).
 */
export const HUNDRED_AND_SEVENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'di008',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Sabaidee. The bigger model for our pattern helper, with a longer memory, and Mrs Vongsa asking the cost per conversation.',
      'Row 1: a random 5 % of buyers get the new model first.',
      'Row 2: the limits, written down the day before we start: thumbs-down more than 2 points worse than now, and we cut the warp; cost per conversation more than 30 % worse than now, and we cut the warp; wrong patterns in the eval harness more than 1 point worse than now, and we cut the warp; errors more than 0.5 % worse than now, and we cut the warp.',
      'Row 3: the first cocoon at 5 % holds for 3,000 conversations, the loom at 25 % for a full week of Boun That Luang, then the whole market.',
      'Unpick row 1. Reweave it: 5 % of buyers, any buyers, the engineers pick them.',
      'Row 4: if it goes badly, we go back.',
      'Bo pen nyang, I think it is enough. Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'di009',
    scenario: 'service',
    class: 'middling',
    points: points('P C S'),
    text: [
      "Sabaidee, jao. The shop's three-step checkout becomes one page, with saved addresses and cards filled in. Returning customers loved it in the lab; first orders peak in the spring campaign.",
      'Row 1, the warp: my threads are who sees it first and when we move on; the engineers hold the deploy and the routing.',
      'Row 2, the weft: staff first; then customers who opted in to early features; then returning customers, by years buying; first-time buyers last of all, because the lab never met one and they have no saved address to fill in.',
      'Row 3: we widen it when it looks well.',
      'Unpick row 3. Reweave it: we widen it when it looks well, and each time the master weaver, their lead engineer, and I both knot the first fringe before it widens.',
      'Row 4: if customers complain, we will think about going back.',
      'Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'di010',
    scenario: 'model',
    class: 'middling',
    points: points('P H R'),
    text: [
      'Sabaidee. A new set-suggestion model, reading more from the Singapore and Oregon feature stores; our California buyers shop at two in the morning, our time.',
      "Row 1: I own the stages and how long each one holds; Phonsavanh's team owns the routing and the feature stores.",
      'Row 2: the first cocoon, 5 %, holds for two California lunch hours; the loom, 25 %, holds for 20,000 suggestions; then the whole market.',
      'Unpick row 2. Reweave it: the first cocoon holds for two California lunch hours and 5,000 suggestions, whichever comes later.',
      "Row 3: whoever's on call hangs the old scarves back on the rail, no need to call me, at three in the morning too: the model flag goes back in a couple of minutes, and nobody redeploys.",
      'Row 4: the rest I leave to the team.',
      'Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'di011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Sabaidee. A clearer comparison table on the pricing page; the Friday campaign links to it.',
      'Row 1: a canary is when a few people see the new thing first.',
      'Row 2: we show the new table to some people.',
      'Unpick row 2. Reweave it: we show the new table to some people, and then to more.',
      'Row 3: we look whether it is nice.',
      'Row 4: then everybody, before Friday.',
      'Bo pen nyang, it is only a table. Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'di012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Sabaidee, jao. A cheaper, faster model for our pattern helper. Few buyers press the stars, and the harness checks only one suggestion in two hundred.',
      'Row 1: we try the new model on a small part first, maybe 5 %.',
      'Row 2: we wait some days.',
      'Row 3: we read what buyers say.',
      'Unpick row 3. Reweave it: we read what buyers say, if they say anything.',
      'Row 4: if it is quiet, it is good, and we give it to everyone.',
      'Row 5: if it is bad, we go back.',
      'Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'di013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Row 1: canary, cohort, threshold, hold, gate, sign-off, rollback, warp.',
      'Row 2: prompt, warm, casual, Lao, jao, thumbs-down, hallucination, eval harness, token cost, weft.',
      'Row 3: first cocoon loom whole market, master weaver fringe, on-call rail, old scarves.',
      'Unpick row 2. Reweave it: tone, locale, formal address, Chanthabouly, Sisattanak, Xaysetha, years buying, p95, p99, 0.5 %, 200 ms.',
      'Row 4: A/B, randomised, safe, better, Boun That Luang, alignment, synergy, observability.',
      'Row 5: guardrails, stakeholders, metrics, velocity, cut the warp.',
      'Sabaidee, khop jai, bo pen nyang.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'di014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Sabaidee. Row 1 the warp of observability and the weft of resilience, new photo format, resize, 20 % faster, Thursday, canary cohort gating, memory, restart, deploy, heap, dashboard, holistic thresholds. ' +
      'Row 2 the colours blue-green red-black, rollback-forward, feature flag, kill switch, SLO, SLA, error budget, p99, Chanthabouly, years buying, first cocoon, loom, whole market. ' +
      'Unpick row 2. Reweave it: shift-left, chaos, guardrails, north star, stakeholder alignment, synergy, sign-off fringe, master weaver. ' +
      'Row 3 ramp ramp ramp, hold gate hold gate, A/B safe better, leak leak, old scarves rail on-call. Khop jai lai lai.',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'di015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Sabaidee. The search index moves to a smaller, cheaper layout; the median query got faster, and the rare queries with many filters were never tested. Here is the draft, mostly the threads I would leave out.',
      'Row 1: I would not split what I own from what the engineers own; we are one team, bo pen nyang.',
      'Row 2: no order of users. Not staff first, not opted-in libraries next, not the institutional licences last; whoever the router sends.',
      "Row 3: no limits written before. Not errors more than 0.5 % worse than now, not p99 more than 200 ms worse than now; we won't cut the warp on any number.",
      'Row 4: no first cocoon, no loom, no holding a week at each stage.',
      'Unpick row 4. Reweave it: no stages at all, and nobody knots the first fringe; there is no sign-off to wait for.',
      'Row 5: the on-call engineer does not hang the old scarves back on the rail alone, not at night, not with a switch.',
      'Row 6: and no A/B test afterwards.',
      'Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'di016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Sabaidee, jao. The larger model with the longer memory for our pattern helper. I will be honest: in this draft every row is a thread we do not weave.',
      "Row 1, indigo: we won't start with our weavers, nor with opted-in buyers, nor keep first-time buyers for last.",
      "Row 2, saffron: we won't knot limits before the start; not thumbs-down, not invented patterns from the eval harness, not cost per conversation, not errors or p95.",
      "Row 3, red: we won't hold at the first cocoon or the loom, not for 2,000 conversations, not for a week of Boun That Luang.",
      "Row 4, green: the master weaver and I won't knot the first fringe at each stage.",
      'Unpick row 4. Reweave it: nobody signs anything, not me, not Khamla, not the engineers.',
      "Row 5, gold: whoever's on call won't hang the old scarves back on the rail in the night, and we keep no switch for it.",
      "Row 6, white: we won't run an A/B test afterwards, and we won't say what is mine and what is the engineers'.",
      'Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'di017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T M'),
    text: [
      'Sabaidee. The new set-suggestion model, reading more from the Singapore and Oregon feature stores. Our cooperative has waited a year for it, and the canary is how we show the board it is the better model.',
      "Row 1: the canary is our proof. If the 5 % who get the new model add more sets to their basket than the 95 % who don't, the new model is better, and that is the end of the question; we need no A/B test after, because the canary already is one.",
      'Row 2: staff and weavers first; then opted-in buyers in Sisattanak and Xaysetha; new buyers last, because they have no history for the model to read and a poor first home page loses them.',
      'Row 3, written before we start: errors more than 0.5 % worse than now, and we cut the warp; feature-store timeouts more than 1 % worse than now, and we cut the warp.',
      'Row 4: we watch the mismatched sets from the eval harness and the cost per request.',
      "Unpick row 4. Reweave it: we watch the mismatched sets from the eval harness, the cost per request and the thumbs-down on sets, all three in the board's report.",
      "Row 5: when the canary's basket number beats the old one, we go to the whole market and tell the board the model is proven better.",
      'Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'di018',
    scenario: 'service',
    class: 'misconception',
    points: points('C R'),
    text: [
      'Sabaidee. Larger photos and a size guide on the product pages of the fashion shop. It goes to staff first.',
      'Row 1: staff first, then customers who opted in to early looks, then by years buying; first-time buyers last, since a confusing size guide sends them away and they do not come back.',
      'Row 2: no limits written down before. Limits decided while watching are better: the numbers show us what normal looks like, and then we choose. If staff buy nothing, maybe 5 % down is fine, maybe 20 %; we will know when we see the graph.',
      'Unpick row 2. Reweave it: we open the dashboard on the first morning, look at the staff week, and only then decide which number is too low.',
      'Row 3: when it looks right to me, we widen.',
      "Row 4: whoever's on call hangs the old scarves back on the rail, no need to call me; day or night, the page flag goes back to the old pages in five minutes at most, with no redeploy.",
      'Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'di019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Sabaidee. The new date picker for the holiday-rental booking page. I would weave it like the border of a sinh.',
      'Row 1: the warp in white, the calendar grid, seven columns, Monday first as guests in Europe expect.',
      'Row 2: the weft in indigo for the nights chosen, saffron for the arrival day, red for departure.',
      'Unpick row 2. Reweave it: red means danger to many guests, so departure is silver, not red.',
      'Row 3: the shorter form, three fields only, name, email and phone, with a soft gold edge when a field is filled.',
      'Row 4: the dates are kept in the browser, so the guest who talks it over at home finds them again tomorrow.',
      "Row 5: a small fringe at the bottom: 'Khop jai, your home is waiting.'",
      'Bo pen nyang if it is simple; simple sells.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'di020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Sabaidee, jao. About the warmer prompt for our pattern helper, and the buyers who write in Lao.',
      "Row 1: in Lao we add 'jao' to be polite, and to an elder we say 'than'; the helper should never speak to an auntie the way friends speak at the night market.",
      "Row 2: a warm sentence in English, 'Hey, love that colour!', becomes too loose in Lao; better 'This colour suits you well, jao.'",
      'Row 3: the pattern names stay in English: the naga, the diamond, the temple steps.',
      'Unpick row 3. Reweave it: the pattern names in Lao first, then English in brackets, for the buyers abroad.',
      'Row 4: the prompt asks the occasion before the colour: a wedding, a temple day, the office.',
      "Row 5: every suggestion ends with 'khop jai'.",
      'That is how I would weave the words, bo pen nyang if they are plain.',
    ].join('\n'),
  },
];
