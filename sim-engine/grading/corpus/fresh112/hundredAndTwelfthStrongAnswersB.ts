import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twelfth fresh set, author B: strong answers (dn021–dn027), every point of the
 * scenario's kind (model answers also model-metrics), labelled by hand before anything else.
 * Voice: a Filipino (Cebu) English register in speech with Cebuano words (friendly, quick,
 * joking; "lagi", "ambot", "bai", "salamat"), a rattan furniture workshop whose language model
 * suggests which chair, weave and finish suit a room, a family and a budget. Every answer is a
 * boxing trainer's corner notes between rounds, round by round, with one round re-scored; stages
 * named after the rattan (the first strand, the bent poles, the whole showroom), sign-off as "the
 * head craftsman and I both lean back in the first chair", holds as "a full week of Sinulog" or a
 * count of days or orders, thresholds as "more than N worse than now, and we put the rattan back
 * to soak", cohorts by Cebu barangay and years buying, rollback as "whoever is on call hauls the
 * old chairs back onto the showroom floor, no need to call me".
 */
export const HUNDRED_AND_TWELFTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dn021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Corner notes between rounds: the bigger model for our rattan helper, the one that suggests chairs, weaves and finishes. Sit, bai, drink. Listen.',
      '',
      'Round 1. Know your corner. As PM I own three things: the order buyers get the new model in, the rollback limits and the holds. Engineering owns the routing, the deploy and the feature flag.',
      '',
      'Round 2. The order, and why. Our own weavers and the showroom staff in Mabolo go first, because they know every chair and will tell us straight when a suggestion is nonsense. Next the suki who opted into the early preview. Then regular buyers in Lahug, Talamban and Banilad with three years or more buying from us, who forgive one odd answer. First-time buyers and the resort accounts in Mactan come last, lagi: they are new or they are big, and one wrong chair costs us the whole order.',
      '',
      "Round 3. The limits, written down before the first strand goes out, not invented while we stare at the screen. Errors more than 0.5 % worse than now, p95 latency more than 400 ms worse than now, and we put the rattan back to soak. The same for the model itself: thumbs-down on suggestions more than 2 points worse than now, hallucinations (weaves we don't make, wrong prices) more than 1 point worse than now in the eval harness, or cost per conversation more than 40 % worse than now. Finance asked, so we gate on cost.",
      '',
      'Round 4. Three stages: the first strand at 2 %, the bent poles at 20 %, then the whole showroom. We hold four days at the first strand and a full week of Sinulog at the bent poles, and nothing moves until every limit has held.',
      '',
      'Round 4, re-scored: four days is too thin for the hallucination number. Hold the first strand until the harness has graded 1,500 conversations.',
      '',
      'Round 5. Each step up, Manoy Caloy, our head craftsman, and I sign off together: the head craftsman and I both lean back in the first chair, or it waits.',
      '',
      'Round 6. If a limit trips, whoever is on call hauls the old chairs back onto the showroom floor, no need to call me. Any hour, even 3 a.m. It is a flag switch in the router, two minutes, no redeploy.',
      '',
      'Round 7. The canary tells us the bigger model is safe, not that it sells better. For better we run a randomised A/B test afterwards. Salamat. Guard up.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dn022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Corner notes. One-page checkout on the showroom site. Quick ra, bai.',
      '',
      "Round 1: My corner: cohort order, limits, holds. Engineering's: routing, deploy, flags.",
      'Round 2: Order: workshop staff → suki who opted into the preview → repeat buyers, 2+ years, Lahug and Banilad → first-time buyers last, from the bent poles on. This can break first orders; spring is their peak.',
      'Round 3: Limits, fixed before traffic moves. Errors more than 0.5 % worse than now, p99 more than 200 ms worse, first-order conversion more than 2 % worse than now → we put the rattan back to soak.',
      'Round 4: Stages: the first strand 5 %, 3 days. The bent poles 25 %, 7 days. The whole showroom 100 %. Hold at each before stepping up.',
      'Round 4, re-scored: 7 days at the bent poles is too short for first orders. Hold until 400 first orders or a full week of Sinulog, whichever ends later.',
      'Round 5: Each step: the head craftsman and I both lean back in the first chair.',
      'Round 6: Whoever is on call hauls the old chairs back onto the showroom floor, no need to call me. Any hour. Flag switch, under 5 minutes, no redeploy.',
      'Round 7: Canary = safe, not better. Better = randomised A/B test afterwards.',
      'Salamat. Hands up.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dn023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Corner notes: the room-fit notes our helper writes for each quote move to a cheaper, faster model. A few hundred notes a minute at the busiest, few buyers rate one, and the eval harness grades one note in two hundred, so this fight is about patience, bai.',
      '',
      '1. Round 1, my corner. I own who gets it in which order, the limits and the holds. Engineering owns the routing, the deploy and the flag.',
      '2. Round 2, the order. Weavers and showroom staff first; they read notes all day and spot a wrong weave at once. Then the suki who opted into the preview, since they rate more than anyone. Then regular buyers from Guadalupe, Kamputhaw and Capitol Site, five years or more buying. New buyers and the hotel accounts last: a bad note loses them first.',
      "3. Round 3, limits, agreed before any traffic moves. Errors more than 0.5 % worse than now or p95 more than 300 ms worse than now; thumbs-down on notes more than 3 points worse than now; hallucination rate in the harness (a weave or size the room can't take) more than 1 point worse than now; and we put the rattan back to soak. Cost per note is the reason for the change, so we also gate on it actually falling by the 30 % promised.",
      '4. Round 4, stages: the first strand at 10 %, the bent poles at 50 %, then the whole showroom. At 5 % we would hear nothing, so we start bigger and hold longer.',
      '5. Round 5, holds. The first strand holds until the harness has graded 300 notes from the new model and 150 buyers have rated one. The bent poles hold a full week of Sinulog. Nothing advances on the calendar alone.',
      '6. Round 5, re-scored: one in two hundred is too slow. For the canary we ask engineering to grade one note in twenty, both models, so the 300 arrive in days, not months.',
      '7. Round 6, sign-off. At each step the head craftsman and I both lean back in the first chair: Manoy Caloy signs, I sign, then it moves.',
      '8. Round 7, rollback. Whoever is on call hauls the old chairs back onto the showroom floor, no need to call me. Night or day. Flag flip, a couple of minutes, no redeploy.',
      '9. Round 8. The canary says safe. Whether the cheap model writes notes as good or better is a randomised A/B test afterwards. Amping, bai.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dn024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Corner notes in one breath, because this fight is at 2 a.m.: delivery fares for our chairs move to a new pricing service, ' +
      'our trucks run to the Mactan resorts all night at weekends and never quite stop, and the new service shares the nightly ' +
      'batch window with billing, so listen, bai, Round 1 is my corner, I own the order of cohorts, the limits and the holds, ' +
      'and engineering owns the routing, the deploy and the flags, Round 2 is the order, our own drivers and workshop staff get ' +
      'the new fares first because they will tell us when a fare is silly, then the suki who opted into the preview, then ' +
      'regular buyers in Talamban and Apas with three years or more buying, and the resorts and first-time buyers go last ' +
      'because a wrong bill costs them most, Round 3 is the limits, written down before the first strand goes out, fare errors ' +
      'more than 0.5 % worse than now, p99 quote time more than 250 ms worse than now, or billing mismatches more than 0.2 % ' +
      'worse than now, and we put the rattan back to soak, Round 4 is the stages, the first strand at 5 % for three days ' +
      'including one full night of the batch window, the bent poles at 25 % for six days including a weekend night, then the ' +
      'whole showroom, and we hold at each until the limits have held through a batch run, Round 5 is sign-off, before each ' +
      'step the head craftsman and I both lean back in the first chair, Manoy Caloy and me, nobody else, Round 6 is the one ' +
      'they always ask about, whoever is on call hauls the old chairs back onto the showroom floor, no need to call me, at ' +
      "2 a.m. or any hour, a config switch that takes under five minutes, no redeploy, no waiting for anyone's yes, Round 6, " +
      're-scored: on-call tells billing after the switch, not before, and Round 7, the canary tells us the new fares are safe, ' +
      'not that they earn more, for that we run a randomised A/B test afterwards, salamat, hands up, chin down.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dn025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Corner notes. The warmer prompt.',
      'Reviewed in English only; a quarter of our buyers write in Cebuano,',
      'where calling somebody\'s Lola "bai" loses the sale.',
      '',
      'Round 1.',
      'Mine: order, limits, holds.',
      "Engineering's: routing, flags, deploy.",
      '',
      'Round 2.',
      'Bilingual weavers and staff first.',
      'Then suki who opted into the preview.',
      'Then English-writing buyers, 3+ years, Lahug and Mabolo.',
      'Cebuano writers and first-time buyers last, from the bent poles on: where it hurts.',
      '',
      'Round 3. Fixed before traffic moves:',
      'errors more than 0.5 % worse than now, p95 more than 300 ms worse,',
      'thumbs-down in either language more than 2 points worse than now,',
      'formal-address misses in the eval harness more than 3 % worse than now,',
      'and we put the rattan back to soak.',
      '',
      'Round 4.',
      'The first strand, 5 %, 4 days.',
      'The bent poles, 25 %, a full week of Sinulog.',
      'The whole showroom.',
      'Hold at each.',
      '',
      'Round 4, re-scored:',
      'the bent poles wait for 500 Cebuano conversations too.',
      '',
      'Round 5.',
      'Each step: the head craftsman and I both lean back in the first chair.',
      '',
      'Round 6.',
      'Whoever is on call hauls the old chairs back onto the showroom floor,',
      'no need to call me. Any hour. Prompt flag, two minutes, no redeploy.',
      '',
      'Round 7.',
      'Safe, not better. Better is a randomised A/B test afterwards.',
      'Salamat.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dn026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Corner notes, written as the card I tape to the stool. The orders database moves from the old box in the workshop to a managed cluster behind a new proxy. Load tests passed, but with warm caches, and the old box goes off at month end. Ambot who planned that. No hurry-hurry, bai.',
      '',
      'Round | What | Who | Number',
      "Round 1 | My corner: cohort order, limits, holds. Routing, proxy, deploy and flags are engineering's | PM / engineering | none",
      'Round 2 | Order: workshop staff → suki on the preview list → regular buyers in Pardo and Tisa, 4+ years → new buyers and hotel accounts last, because they have the biggest orders and the least patience | PM | 4 cohorts',
      'Round 3 | Limits, fixed before the first strand: errors, p99 page load, orders saved. More than this worse than now and we put the rattan back to soak | PM, agreed with the eng lead | errors +0.5 %, p99 +200 ms, orders saved −1 %',
      'Round 4 | Stages and holds: the first strand, the bent poles, the whole showroom; no step up until the hold is over | PM | 2 % for 3 days; 20 % for a full week of Sinulog; 100 %',
      'Round 4, re-scored | Cold caches: each stage also holds until at least one cold start (a proxy restart) has passed under the limits | PM | 1 cold start or more per stage',
      'Round 5 | Sign-off: the head craftsman and I both lean back in the first chair | Manoy Caloy and me | every step',
      'Round 6 | Rollback: whoever is on call hauls the old chairs back onto the showroom floor, no need to call me. Proxy route switch back to the old box, not a redeploy | on call, any hour | under 5 minutes',
      'Round 7 | The canary shows safe, not better. Better is a randomised A/B test afterwards (for a database, mostly page speed) | PM | after 100 %',
      '',
      'The old box stays on until a full week at the whole showroom has passed. Salamat.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dn027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Corner notes before the last rounds, bai. The new suggestion model reads more features for every request from the regional feature stores, and those stores were sized for the old one. We are in Cebu; our European buyers shop in their evening, which is our two to four in the morning. So the fight we should fear happens while we sleep.',
      '',
      "Round 1. My corner is the order of cohorts, the limits and the holds. Engineering's is the routing, the deploy, the flags and the feature stores.",
      '',
      'Round 2. The order. Workshop weavers and staff in both regions first, because they flag a silly suggestion immediately. Then the suki who opted into the preview. Then regular buyers with three or more years, Banilad and Lahug here, the Dutch regulars there. First-time buyers and the resort and hotel accounts last: new ones leave after one bad suggestion, big ones cost the most.',
      '',
      'Round 3. Limits, fixed before the first strand goes out, per region, never averaged over both: errors more than 0.5 % worse than now, p99 latency more than 250 ms worse than now, feature-store timeouts more than 0.3 % worse than now, and for the model itself, click-through on suggestions more than 3 % worse than now, add-to-basket from suggestions more than 2 % worse than now, or suggestions for chairs out of stock more than 1 point worse than now. Any one of them and we put the rattan back to soak.',
      '',
      'Round 4. Stages: the first strand at 2 %, the bent poles at 20 %, then the whole showroom. Each holds at least three full days and through three evening peaks, and the bent poles hold a full week of Sinulog.',
      '',
      'Round 4, re-scored: three peaks in Cebu mean nothing for Europe. The hold counts peaks in each region separately, and it does not end until the European one has had its three.',
      '',
      'Round 5. At every step the head craftsman and I both lean back in the first chair. Both of us, or nothing moves.',
      '',
      'Round 6. At three in the morning here, whoever is on call hauls the old chairs back onto the showroom floor, no need to call me. The on-call rota covers the European peak. It is a flag in the router, two minutes, no redeploy, no approval.',
      '',
      'Round 7. Even if clicks go up, the canary only says the new model is safe. Whether it sells more is for a randomised A/B test afterwards. Salamat, bai, now go.',
    ].join('\n'),
  },
];
