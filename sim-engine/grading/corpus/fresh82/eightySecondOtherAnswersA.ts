import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-second fresh set, author a: middling (cj008–cj010), weak (cj011–cj012), keyword salad
 * (cj013–cj014), negated (cj015–cj016), misconception-led (cj017–cj018) and off-topic
 * (cj019–cj020) answers, written blind and labelled by hand before anything was run. Same voice
 * as the strong answers: a Korean English register in writing, a skincare subscription-box PM,
 * every answer a football match report. The built-in scenario is named above each answer.
 */
export const EIGHTY_SECOND_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: checkout-first-order
  {
    id: 'cj008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Match report, short: One-Page Checkout against the three-step checkout',
      'Before kick-off we wrote two limits, and they do not move during the match: checkout errors more than 0.5 % worse than now, or first orders more than 2 % worse than the baseline, and the referee stops the match.',
      'In the 5th minute, the kick-off: our own staff buy their garden things, 2 %. Hold for 3,000 orders.',
      'In the 30th minute: returning customers who opted in to try new features, 10 %. Hold for 10,000 orders.',
      'Half-time: 40 %, returning customers from Mapo-gu and Seocho-gu with two or more years at the shop. Hold until a full Chuseok week of orders has passed.',
      'Final whistle: everyone, and first-time buyers last of all, because the usability lab only had returning customers and the first orders of the spring campaign are what Growth cares about most.',
      'Full-time. Aigoo, Growth wants it fast, but a subscription-box person knows: a bad first box, no second box.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cj009',
    scenario: 'model',
    class: 'middling',
    points: points('P H M'),
    text: [
      'Match report: Bigger Model FC, a careful first half',
      "Before the match, the split of the team: I, as PM, decide how long we stay at each stage and when we stop; Ji-hoon-ssi's platform team owns the routing, the deploy and the model flag.",
      'Our routine assistant gets the newer, larger model with the longer context window. We take a random 5 % of subscribers for the kick-off.',
      'Kick-off at 5 %, hold for 10,000 conversations. Half-time at 25 %, hold for a full Chuseok week of orders. Then 50 %, hold 30,000 conversations, and the final whistle at 100 %.',
      'What we watch the whole match, beyond errors: hallucination rate from the eval harness, thumbs-down on recommended routines, and token cost per conversation, because finance asks.',
      'If something looks bad, we go back and think again.',
      'Full-time: hwaiting to the new model.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cj010',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'Match report: New Image Resizer FC, a long match',
      'Pre-match. The image-resizing service is rewritten for a new photo format; benchmarks say 20 % faster, and the team wants it everywhere by Thursday. Aigoo, our box photos taught me one thing: a service that is restarted only on deploys gets tired during the day.',
      'We pick a random 5 % of listings for the kick-off.',
      'Kick-off at 5 %: we hold 48 hours with no restart, because a slowdown that grows over a day only shows on the second day. Half-time at 25 %: again 48 hours. Then 50 %, 48 hours, and the final whistle. Thursday will not happen, sorry.',
      'Before each next stage, the head of seller experience and I both press our seals on it, the way the head of formulation and I do for a new box.',
      'During the match we keep an eye on the latency graph and decide if it looks wrong.',
      "If it goes wrong, whoever is on duty sends yesterday's version back out, no need to call me, at any hour: the router sends image requests back to the old resizer with one config switch, in a few minutes, no redeploy.",
      'Full-time.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cj011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Match report: Warm Prompt FC',
      'Kick-off: the new warm prompt goes to some subscribers first. We watch how it feels.',
      'Half-time: if the subscribers seem happy, we give it to more of them.',
      'Full-time: everyone gets the warm prompt. If there are problems, we go back. Hwaiting!',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cj012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Match report: Pricing Page FC, an easy match',
      'In the 10th minute the new comparison table went on for a few customers. It is only a page and the checkout is not changed, so the risk is small, like changing the leaflet inside the box.',
      'Half-time: the dashboard looked fine to everybody.',
      'Full-time: everyone has the page before the Friday campaign. Engineering takes care of the details. Hwaiting!',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cj013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Match report. 12th minute: canary, cohort, staff, beta, Gangnam-gu, years stayed, threshold, p99, tail, rollback, hold.',
      'Half-time: ramp 1 5 25 50 100, gate, gate, sign-off, seals, referee, index layout, filters, SLA, flag, router, on duty.',
      '67th minute: rollback rollback, config switch, minutes, A/B, randomised, safe not better, PM owns, engineering owns.',
      'Full-time: thresholds thresholds, holds holds, Chuseok week orders, hwaiting, aigoo, canary canary canary.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cj014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Match report, Summary Model FC. Kick-off: hallucination rate, eval harness, one in two hundred, thumbs-down, token cost, p95, cohort, staff, glow club.',
      '23rd minute: threshold 0.5 % 300 ms 2 % baseline, referee, stop, match, gate, hold, seals, head of formulation.',
      'Half-time: canary versus A/B, safe, better, randomised, afterwards, rollback, router flag, on duty, yesterday version.',
      'Second half: ramp ramp ramp, Mapo-gu, years, PM, engineering, routing, deploy, flag, cheaper faster model, sparse feedback.',
      'Full-time: hwaiting hwaiting, canary canary, model metrics metrics.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cj015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Match report: Size Guide FC, a match we will not play by the book',
      'Pre-match. I will not write any limits before kick-off: no numbers, no referee.',
      'No staff first, no opted-in group, no order of districts or years; I do not believe in a cohort order.',
      'There will be no half-time and no holds at any stage; we do not stop between stages to wait for orders.',
      'Nobody presses a seal. The head of merchandising and I will not sign anything off, and I do not want a sign-off at each stage.',
      "No rollback plan either: nobody on duty sends yesterday's version back out, and we will not keep a config switch for it.",
      'And we will not run any A/B test afterwards.',
      'Full-time: the photos are bigger. Aigoo.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cj016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Match report: Recommender FC, the match nobody refereed',
      'Before kick-off I did not keep the cohort order and the limits for myself and give the routing to engineering; there was no split of owners.',
      'We would not fix thresholds before traffic moved; no "more than N worse than now" on any whiteboard.',
      'No kick-off with staff, no glow club of opted-in subscribers, no districts or years in any order.',
      'No half-time hold, no count of orders, not even a full Chuseok week of orders between stages.',
      "Nobody on duty sending yesterday's version back out by a flag, and no seals from the head of formulation or from me.",
      'No eval harness, no hallucination rate, no thumbs-down, no token cost on any dashboard.',
      'And no A/B test afterwards to ask if it is better.',
      'Full-time: none of that.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cj017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H R M'),
    text: [
      'Match report: Bigger Model FC, and a result we can already read',
      'Pre-match. Our routine assistant switches to the newer, larger model with a longer context window. Limits written before kick-off: error rate more than 0.5 % worse than now, hallucination rate from the eval harness more than 1 point worse, thumbs-down on routines more than 2 points worse, and the referee stops the match.',
      'Kick-off: our own staff, 1 %, hold 3,000 conversations. In the 20th minute: the glow club who opted in to early features, 5 %, hold 10,000 conversations. Half-time at 25 %: Mapo-gu subscribers who have stayed two to four years, hold a full Chuseok week of orders. Final whistle after that. First-box subscribers and our oldest regulars go last, because they forgive least.',
      "If a limit breaks, whoever is on duty sends yesterday's version back out, no need to call me, at any hour: a router flag, under five minutes, no redeploy.",
      'Now the nice part. The canary is our A/B test. If subscribers in the canary buy more boxes than the others, that proves the bigger model is better, and finance gets its answer from the same match. No separate A/B test is needed after full-time.',
      'Hwaiting!',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cj018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'Match report: Reviews-Up FC, the week after the sale',
      'Pre-match. The product page moves reviews above the fold and lazy-loads the photo gallery. Cosmetic, and leadership wants it this week.',
      "Team sheet: I, the PM, own the order of cohorts and the holds and decide when we stop; Eun-ji-ssi's engineers own the flag, the routing and the deploy.",
      'About limits I say it plainly: writing numbers down before kick-off is a waste. You cannot know what bad looks like before you see the match. We open the dashboard at kick-off, compare with what we see, and decide there on the pitch what is too much.',
      'Kick-off: staff, hold 2,000 page views. In the 20th minute: customers who opted in to early features, hold 1,000 orders. Half-time at 25 %: customers in Mapo-gu and Jongno-gu with two to five years at the shop, hold a full week of orders. Final whistle at 100 %. New customers and our biggest long-time buyers last, because they have the most to lose from a broken page.',
      'At each stage the head of merchandising and I both press our seals on it, like the head of formulation and I do on a new box.',
      'Full-time: hwaiting.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cj019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Match report: the Date Picker derby',
      'In the 12th minute, the design team showed the new date picker and the shorter form. Beautiful, aigoo, the colours are like our spring box.',
      'In the 40th minute, a long argument: should the week start on Sunday or on Monday? Min-ji-ssi wants Sunday, the designers want Monday.',
      'Half-time: we agreed the calendar shows two months side by side on desktop and one month on the phone, and the form loses the fax number field. Who still has a fax?',
      'Second half: the chosen dates stay when you go back a page. The guests in the usability session loved it; one grandmother booked three homes by mistake and we laughed a lot.',
      'Full-time: design reviews glowing, 3–0 to the design team. Hwaiting!',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cj020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Match report: the prompt-writing workshop',
      'In the 5th minute, our copywriter Ha-eun-ssi read the new warm system prompt out loud, and everybody smiled.',
      'In the 18th minute, the debate: in Korean, should the assistant use the haeyo ending or the hamnida ending? Aigoo, forty minutes on one verb ending.',
      'Half-time: we made a list of words the assistant must never say to a subscriber about her skin, like "problem skin" and "old".',
      'Second half: the prompt got examples of a morning routine and an evening routine, written in both languages by people who actually grew up speaking them.',
      'Full-time: the prompt reads warm and polite. Hwaiting!',
    ].join('\n'),
  },
];
