import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twentieth fresh held-out set (fresh120), strong answers dv001–dv007: every point of the scenario's kind.
 * Author A, voice: an Amharic (Addis Ababa) English register in speech; a mesob basket-weaving workshop PM whose language model suggests baskets; every answer a table-tennis umpire's calls, game by game, with one point awarded back after a service-fault review.
 */
export const HUNDRED_AND_TWENTIETH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dv001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Selam, and ameseginalehu for the question. I will call it the way I umpire a table-tennis match, game by game, because a canary, like a match, is won one point at a time. Love all.',
      '',
      'Game 1, who serves. As the product manager I own the order in which customers meet the bigger model, the rollback limits, how long each stage holds and who signs each step forward. The platform engineers own the routing, the deploy and the feature flag. In my mesob workshop it was the same: the weavers own the grass, I choose which table gets which basket.',
      '',
      'Game 2, the order. First our own payroll and support staff, who ask the assistant real questions all day; then the customer admins who opted into the early-access programme; then small companies on the standard plan; the large employers in the middle of a payroll run go last, because a wrong answer about a payslip costs them most and they forgive least.',
      '',
      "Game 3, point awarded back after a service-fault review. I nearly faulted the plan for trusting the three-point eval gain, but the review gives the point back to the plan, because it does not trust it: offline evals on short questions say nothing about long payslip conversations. So the limits are written down and agreed before the first conversation moves: answer errors more than 0.5 % worse than the current model, p95 latency more than 400 ms worse, hallucination rate from the eval harness above 2 % of graded answers, thumbs-down rate more than 1.5 points worse than today, cost per conversation more than 30 % above today's. Past any one of those, and we soak no more grass.",
      '',
      'Game 4, the stages. The centre knot (staff, 1 %), the colour rows (early access, 5 %), the foot (25 %), then all of Merkato (100 %). Each stage holds for at least three days and 2,000 conversations, whichever comes later, and its gate opens only if every limit held. At each gate the support lead and I both count the colour rings on the first mesob: both of us sign, or the stage does not move.',
      '',
      'Game 5, the net. Whoever holds the on-call phone, day or night, flips the routing back to the old model in the flag config; it takes under five minutes, needs no redeploy, and nobody rings me first.',
      '',
      'Match point: the canary tells us the bigger model is safe. Whether it is better is a question for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dv002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Selam. Umpire's card.",
      'Game 1 · PM serves: I own cohort order, limits, holds, sign-off. Engineering owns the prompt flag, routing, deploy.',
      'Game 2 · Order: our own staff (both languages) → opted-in beta writers → English general users → German users last, where formal address makes this prompt fragile.',
      'Game 3 · Limits, agreed before any traffic moves: errors +0.5 % vs control; p95 +300 ms; thumbs-down +2 points vs now, German measured separately; formal-address failures in the eval harness above 3 % of German drafts. Cross one → we soak no more grass.',
      'Game 4 · Stages: centre knot 1 % → colour rows 5 % → the foot 25 % → all of Merkato 100 %. Hold at each: 4 days and 5,000 German drafts minimum; gate opens only inside every limit.',
      'Game 5 · Point awarded back after service-fault review: English-only review faulted as useless; returned, it counts for English, German needs its own signer.',
      'Game 6 · Sign-off at every gate: German content lead and I both count the colour rings on the first mesob.',
      'Game 7 · Rollback: on-call engineer, any hour, flips the prompt flag back, under 5 min, no redeploy, no approval asked.',
      'Match · Canary = safe, not better. "Better" needs a randomised A/B test afterwards. Ameseginalehu.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dv003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Selam. I answer the way the umpire calls it at the table, one numbered call after another.',
      '1. Game 1, the toss. I, the product manager, own the order of clinics, the rollback limits, the holds and who signs each advance. The ML engineers own the model routing, the deploy and the flag.',
      '2. Game 2, the order. First our own clinical staff and the two vets who advise us; then clinics that opted into early access; then small single-vet clinics; the busiest multi-vet hospitals last, because a wrong dose in a summary does the most harm where the most animals pass through.',
      '3. Game 3, the limits, fixed and written before one summary moves: hallucination rate (facts in the summary that are not in the notes) from the eval harness more than 1 point worse than the current model; omitted-medication rate more than 0.5 points worse; vet edit rate more than 5 points worse; thumbs-down rate more than 2 points worse; errors more than 0.5 % worse; p95 more than 500 ms worse. Any one, and we soak no more grass.',
      '4. Game 4, point awarded back after a service-fault review. I called a fault on the 5 % stage because feedback is too thin there, but the review gives the point back if we change the serve: for the canary cohort the eval harness grades one summary in ten, not one in two hundred, so each stage can hold until the count is real.',
      '5. Game 5, the stages. The centre knot (staff, 2 %), the colour rows (early access, 10 %), the foot (30 %), then all of Merkato. Each stage holds until 1,500 canary summaries are graded and at least a whole Meskel week, seven days, has passed, and advances only if every limit held.',
      '6. Game 6, the sign-off. At every gate the clinical lead vet and I both count the colour rings on the first mesob; without both signatures the next stage waits.',
      '7. Game 7, the return. Whoever holds the on-call phone, at any hour, switches routing back to the old model in the config: five minutes, no redeploy, and nobody rings me first.',
      '8. Match. The canary says the cheaper model is safe to keep. Whether vets find it better we ask later, with a randomised A/B test.',
      'Ameseginalehu.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dv004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Selam, I will call it like the umpire, game after game without stopping for breath: game ' +
      "one is mine and the engineers', because I as PM own the order of customers, the rollback " +
      'limits written down before traffic moves, the holds and the sign-off, while the Berlin ' +
      'engineers own the routing, the flag and the deploy; game two is the order, first our own ' +
      'staff in both regions, then the shoppers who opted into early access, then ordinary ' +
      'customers in Europe, then ordinary customers in South-East Asia, with our newest ' +
      'customers and the long-standing big-basket households last in each region, because the ' +
      'new ones are still deciding whether to trust us and the old ones are the most costly to ' +
      'lose; game three is the limits, agreed before the first request, errors more than 0.5 % ' +
      'worse than the old model, p99 more than 250 ms worse in any region, fallback rate ' +
      '(recommendations served by the default because a feature read timed out) above 1 %, ' +
      'click-through on recommended baskets more than 3 % below the old model, add-to-cart from ' +
      'recommendations more than 2 % below, and past any one of those we soak no more grass; ' +
      'game four, point awarded back after a service-fault review, because I had faulted the ' +
      'Singapore lunch hour as too early in Berlin to watch and the review gives it back: every ' +
      'stage, the centre knot at 1 %, the colour rows at 5 %, the foot at 25 % and then all of ' +
      'Merkato, holds at least three full days so that it contains three Singapore lunch peaks ' +
      'and three European dinner peaks, and passes its gate only when every limit held through ' +
      'each peak; game five, at each gate the feature-store owner and I both count the colour ' +
      'rings on the first mesob, two signatures or no advance; game six, whoever holds the ' +
      'on-call phone, in Berlin or Singapore, at any hour, switches the traffic back to the old ' +
      'model in the routing config in under five minutes, without a redeploy and without ' +
      'ringing me first; and the match, awo, the canary only tells us the new model is safe, ' +
      'and whether it sells more baskets we learn afterwards from a randomised A/B test, ' +
      'ameseginalehu.',
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dv005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Selam. Umpire's calls.",
      'Game 1.',
      'I own the order, the limits, the holds, the sign-off.',
      'Engineering owns the SDK flag, the routing, the release.',
      'Game 2.',
      'First our own staff, paying for real dinners.',
      'Then customers who opted into the beta app.',
      'Then iPhone customers, then Android.',
      'Friday regulars and first-time orderers last:',
      'one failed payment loses them.',
      'Game 3.',
      'Written before the first payment moves:',
      'payment failures more than 0.3 % worse than the old SDK,',
      'any five-minute window more than 1 % worse,',
      'p99 checkout more than 400 ms worse,',
      'completed orders more than 2 % down.',
      'Past one, we soak no more grass.',
      'Game 4.',
      'Centre knot 1 %, colour rows 5 %, the foot 25 %, all of Merkato.',
      'Each holds two days and one Friday dinner before its gate opens.',
      'Game 5, point awarded back after service-fault review:',
      'I faulted the Android bursts as noise.',
      'Returned: bursts are the point, hence the five-minute window.',
      'Game 6.',
      'At every gate the payments lead and I both count the colour rings on the first mesob.',
      'Game 7.',
      'The on-call engineer, any hour, flips the SDK flag back.',
      'Three minutes. No redeploy. Nobody asks me first.',
      'Match.',
      'Canary: safe. Better: a randomised A/B test, later.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dv006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Selam. My umpire's score sheet for the pricing service, written as a table: game | call | whose call.",
      'Game 1 | I, the PM, own the cohort order, the rollback limits, the holds and the sign-off; engineering owns the routing, the deploy and the pricing-service flag | me and platform',
      'Game 2 | Order: staff riding to and from the office → riders and drivers in the opted-in beta → weekday riders in quieter sub-cities such as Akaky Kaliti → Bole and Kirkos weekend nights, and riders in their first month, last, because a wrong fare on a first trip or a Saturday night loses them | me',
      'Game 3 | Limits, signed before any trip moves: fare-quote errors more than 0.2 % worse than the old service; quoted-versus-charged mismatch above 0.5 % of trips; p99 quote latency more than 300 ms worse; completed trips per request more than 2 % down. Over any one, we soak no more grass | me, with the data lead',
      'Game 4 | Stages: centre knot 1 % → colour rows 5 % → the foot 25 % → all of Merkato. Each holds 48 hours and at least one nightly batch window, and its gate opens only if every limit held | me',
      "Game 5 | Point awarded back after a service-fault review: I had faulted the Tuesday-evening start; returned, because a Tuesday start puts the first batch windows in the small stages and the first weekend night inside the foot | umpire's review",
      'Game 6 | Sign-off: at every gate the pricing engineering lead and I both count the colour rings on the first mesob | lead and me',
      'Game 7 | The 2 a.m. breach: the on-call engineer of the night, on their own authority, flips the routing back to the old pricing service; under five minutes, no redeploy, nobody woken for approval. Whoever holds the phone stacks the old baskets back on the front step and tells me at breakfast | on-call',
      'Match | The canary shows the new service is safe. Whether the new fares earn more is a randomised A/B test afterwards | me',
      'Ameseginalehu.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dv007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Selam, ameseginalehu. I am the umpire today, so: love all, first game.',
      '',
      'Game 1. Who holds the bat. I, the PM, own which teams go first, the rollback limits, how long each stage holds and who signs each step. Engineering owns the proxy routing, the dual writes and the migration itself.',
      '',
      'Game 2. The order. Our own company workspace goes first, because we open tasks all day and will complain loudly. Then the teams who opted into early access. Then small free teams. Paying teams with the biggest boards, and the teams who joined this month, go last: a slow board costs the big ones their morning and costs the new ones their trust.',
      '',
      'Game 3. The limits, written and signed before the first read moves: database errors more than 0.2 % worse than the old cluster; p99 page load more than 300 ms worse; p99 of cache-miss reads above 500 ms; tasks opened per session more than 3 % down. Any one crossed, and we soak no more grass.',
      '',
      'Game 4, point awarded back after a service-fault review. I had faulted the load test as worthless; the review gives the point back, because it still tells us the warm case is fine. What it misses is the cold case, so every stage starts with the cache cold, on purpose.',
      '',
      'Game 5. The stages. The centre knot at 1 %, the colour rows at 5 %, the foot at 25 %, half of Merkato at 50 %, then all of Merkato. Each stage holds through at least three weekday morning peaks and opens its gate only if all four limits held through each of them. At each gate the database lead and I both count the colour rings on the first mesob; if either of us does not sign, we wait.',
      '',
      'Game 6. The net. The old cluster stays alive and dual-written until a week after 100 %, whatever the end-of-month date says. The on-call engineer, at any hour, switches the proxy back to the old cluster in its config in under five minutes, with no redeploy and without asking me; whoever holds the phone stacks the old baskets back on the front step.',
      '',
      'Match. This canary answers one question: is the new cluster safe under real load. If anyone wants to know whether it is better, that is a randomised A/B test, later. Betam ameseginalehu.',
    ].join('\n'),
  },
];
