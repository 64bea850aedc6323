import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-second fresh set, author b: strong answers (ct021–ct027), written blind and labelled by
 * hand. Voice: a Lima beekeeping-supplies shop PM, every answer a trail guide told mile by mile.
 */
export const NINETY_SECOND_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'ct021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Trail guide: the bigger-model trail for our hive-health assistant.',
      'Mile 0, the trailhead: the assistant that answers beekeepers about brood, mites and queens moves to a larger model with a longer context window, same prompt. Offline evals rose three points on short questions; finance asks what a conversation will cost.',
      'Mile 1, who carries what: I carry the route, pues: the cohort order, the limits and how long we stop at each stage. Engineering carries the ropes: the routing, the deploy and the flag.',
      'Mile 2, the limits, written on the trailhead board before a single beekeeper moves: hallucination rate on the eval harness more than 1 point worse than now and we close the hive; thumbs-down rate more than 2 points worse, same; p95 latency more than 800 ms worse or cost per conversation more than 25 % worse, same; error rate more than 0.5 % worse, same.',
      'Mile 3, the trail forks; we take the staff-only path first. The brood box is our staff at the Surquillo shop, who keep bees and complain loudly. Then the early-access club, who opted in. Then hobbyists in Surco and La Molina with three or more seasons buying from us. Last go first-season buyers, who trust whatever it says, and the commercial apiaries in Lurín, where a wrong answer about foulbrood costs a whole yard.',
      'Mile 4, the stages: the brood box (staff), the first super (5 %), the second super (25 %), the honey flow (100 %). We stop at each for a full week of Inti Raymi, seven days, and never fewer than 3,000 conversations, so the long questions and the weekend questions both show up.',
      'Mile 5, the gate: nothing climbs to the next super until the head beekeeper, who leads engineering, and I both lift the lid.',
      'Mile 6, the tempting shortcut: the evals went up, so send everyone straight to the honey flow. Oye, the evals graded short questions; the long, rambling ones are where a bigger context window wanders. The trail does not take it.',
      "Mile 7, the way down: whoever's on call puts the old version back in the hive, no need to call me, at 3 a.m. or on a Sunday. It is a flag flipped back to the old model, done in under five minutes, no redeploy.",
      'Mile 8, the top: the canary only tells us the bigger model is safe. Whether it is better and worth the cost we learn afterwards from a randomised A/B test. Chévere.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ct022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Trail guide, short loop: cheaper inspection summaries.',
      'Mile 0: inspection-note summaries move to a cheaper, faster model. Few beekeepers rate one; the harness grades one in two hundred.',
      'Mile 1: I own the cohort order, limits and holds; engineering owns routing and the flag.',
      'Mile 2, limits fixed before we start: harness hallucination rate more than 1 point worse than now and we close the hive; same for thumbs-down 3 points worse, p95 500 ms worse, errors 0.5 % worse.',
      'Mile 3: shop staff first, then the opted-in early-access club, then La Molina hobbyists with two-plus seasons; first-season buyers and the Lurín commercial apiaries last, they lose the most.',
      'Mile 4: brood box, first super (5 %), second super (25 %), honey flow. Each holds until 400 graded summaries (the harness samples one in twenty during the canary), and the head beekeeper (our tech lead) and I both lift the lid to climb.',
      "Mile 5, the shortcut: a one-day hold, a handful of ratings at this traffic. The trail doesn't take it.",
      "Mile 6: whoever's on call puts the old version back in the hive, no need to call me, any hour: one config switch, minutes.",
      'Mile 7: the canary says safe, not better; better needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ct023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Trail guide: the new kit recommender, two regions, one trail.',
      "Mile 0, the trailhead: the home screen's recommended kits move to a new model that reads more features per request from the regional feature stores, one in Lima and one in Madrid for our Spanish customers, both sized for the old model. We are in Lima, and Spain's lunch rush lands at 7 a.m. our time.",
      'Mile 1, who carries what: ya, I carry the order of the cohorts, the limits and the holds. Engineering carries the routing, the deploy, the flags and the feature-store capacity.',
      'Mile 2, the limits on the trailhead board before any traffic moves, read per region and never averaged: feature-store timeouts more than 1 % worse than now and we close the hive; home-screen p95 more than 150 ms worse, same; home screens falling back to the default kit more than 2 points worse; click-through on recommended kits more than 10 % worse than the control group; errors more than 0.5 % worse.',
      "Mile 3, the trail forks; we take the staff-only path first. The brood box is our shop staff in Lima and our two packers in Valencia, who use the app daily and say plainly what's odd. Then the early-access club in both regions. Then hobbyists with three or more seasons, from Surco and Madrid. First-season buyers and the big commercial apiaries, Pachacámac here and Andalucía there, go last: a broken home screen costs them the most.",
      'Mile 4, the stages: brood box, first super (5 %), second super (25 %), honey flow (100 %). Each holds until 3,000 orders have come through, and never less than two full days, so every stage has seen two Spanish lunch rushes and two Lima evenings at full load.',
      'Mile 5, the gate: before each climb the head beekeeper, who leads engineering, and I both lift the lid.',
      "Mile 6, the tempting shortcut: start Monday morning, read the Lima afternoon, climb before dinner. Oye, by then Spain's lunch is long over and the Madrid store never felt the rush; the trail doesn't take it.",
      "Mile 7, the way down: whoever's on call puts the old version back in the hive, no need to call me, including the 7 a.m. shift when Spain peaks. It is a flag switch per region, under five minutes, no redeploy.",
      'Mile 8, the summit: the canary tells us the new model is safe, not that it sells more kits. Better is a question for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ct024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Trail guide: the warmer-prompt trail for our hive-health assistant.',
      'Mile 0, the trailhead: the assistant answers in English and Spanish, and its system prompt is rewritten to sound warmer and more casual. Our English-speaking contractor wrote it and only English answers were reviewed. A quarter of our beekeepers write in Spanish, and the older ones in Cieneguilla and Carabayllo expect to be called usted; a chatty tú about their dying colony reads as mockery.',
      'Mile 1, who carries what: I carry the route, the order of the cohorts, the limits and the holds. Engineering carries the prompt flag and the routing.',
      "Mile 2, the limits, written before anyone walks and read separately for Spanish and English: thumbs-down rate more than 2 points worse than now and we close the hive; the eval harness's wrong-register rate (answers that say tú to someone who wrote usted) more than 3 points worse, same; hallucination rate on the harness more than 1 point worse; handoffs to a human more than 10 % worse; p95 latency more than 300 ms worse.",
      'Mile 3, the trail forks; we take the staff-only path first. Shop staff write in Spanish and will tell us in two seconds that the tone is off. Then the early-access club, Spanish and English both. Then English-writing hobbyists with three or more seasons. Spanish-writing beekeepers with many seasons and first-season buyers go last: the first are the people this change can offend, the second trust every word it says.',
      'Mile 4, the stages: brood box (staff), first super (5 %), second super (25 %), honey flow (100 %). Each is held until 1,500 conversations in each language, and never shorter than four days.',
      'Mile 5, the gate: before each climb the head beekeeper, our tech lead, and I both lift the lid.',
      "Mile 6, the tempting shortcut: the English review was glowing, so skip the brood box and start at the first super. Pues, that review never read a Spanish answer; the trail doesn't take it.",
      "Mile 7, the way down: whoever's on call puts the old version back in the hive, no need to call me, at any hour. The old prompt returns with one config switch, in minutes, for one language or both, no redeploy.",
      'Mile 8, the summit: the canary says the warmer prompt is safe; whether beekeepers like it better we learn from a randomised A/B test afterwards. Chévere.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'ct025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Trail guide: the one-page checkout, walked the way we walk a new smoker onto the shop floor.',
      "Mile 0, the trailhead: our three-step checkout becomes one page, with saved addresses and cards filled in automatically. Returning beekeepers loved it in the lab; growth wants it live before the season's rush of first orders, when new beekeepers buy their first hive.",
      'Mile 1, who carries what: pues, I carry the decisions: which cohorts go in which order, the limits, the holds and the sign-off. Engineering carries the flag, the routing and the deploy.',
      'Mile 2, the limits, chalked on the board before anyone walks: checkout errors more than 0.5 % worse than now and we close the hive; p99 of the checkout page more than 200 ms worse, same; completed first orders more than 2 % worse than the baseline cohort on the old checkout, and we close the hive. That last one is what the lab never tested: a first-time buyer has no saved address for the page to fill.',
      'Mile 3, the trail forks; we take the staff-only path first. The brood box is the Surquillo shop floor buying with their own accounts. Then the early-access club who opted in. Then returning beekeepers with three or more seasons in Surco, La Molina and Miraflores, the people the lab says will love it. First-season buyers and the wholesale apiaries in Lurín go last: the first are the group this change can hurt, the second place our biggest orders.',
      'Mile 4, stages and holds: brood box, first super (5 %), second super (25 %), honey flow (100 %). At each we stop until 2,000 orders have gone through, at least 300 of them first orders, so the first-order number means something.',
      'Mile 5, the gate: nothing climbs until the head beekeeper, who leads engineering, and I both lift the lid.',
      "Mile 6, the tempting shortcut: growth says the season is coming, so skip the supers and open the honey flow on Monday. Oye, the one group nobody measured is exactly the group the season brings. The trail doesn't take it.",
      "Mile 7, the way down: whoever's on call puts the old version back in the hive, no need to call me, day or night. The checkout flag goes back to three steps in a few minutes, no redeploy.",
      'Mile 8, the summit: the canary says the one-page checkout is safe. Whether it sells more is a randomised A/B test afterwards. Chévere.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'ct026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Trail guide: the payment SDK.',
      "Mile 0: payments move to the provider's new, certified SDK with Yape and Plin wallets. Saturday morning is our busiest hour.",
      'Mile 1: I own the order, limits and holds; engineering owns the flag and routing.',
      'Mile 2, limits fixed before we start, per platform and five-minute window, since bursts hide in averages: payment failures more than 0.5 % worse than now and we close the hive; same for p99 payment time 300 ms worse or paid orders 2 % below the baseline cohort.',
      'Mile 3: staff phones first, then the opted-in early-access club, then two-plus-season Surco beekeepers; first-season buyers and Lurín wholesale accounts last: a failed payment loses them.',
      'Mile 4: brood box, first super (5 %), second super (25 %), honey flow. Each holds until 1,000 paid orders including a Saturday morning, and the head beekeeper (our tech lead) and I both lift the lid.',
      "Mile 5, the shortcut: skip the brood box, certification passed. It never saw our Saturday; the trail doesn't take it.",
      "Mile 6: whoever's on call puts the old version back in the hive, no need to call me, any hour: a config switch to the old SDK, minutes.",
      "Mile 7: safe, not better: the wallets' lift needs a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'ct027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Trail guide: the new search index, walked like a stocktake, slow aisles first.',
      'Mile 0, the trailhead: catalogue search moves to a smaller, cheaper index layout. The median query got faster; the rare queries with many filters were never in the benchmark. Those are the cooperatives filtering by frame size, wood, treatment and stock all at once.',
      'Mile 1, who carries what: I carry the route, the cohort order, the limits, the holds and who signs. Engineering carries the index, the routing and the flag.',
      'Mile 2, the limits on the board before a query moves, read on the tail and split by number of filters: p99 more than 200 ms worse than now and we close the hive; p99.9 on queries with three or more filters more than 500 ms worse, same; zero-result searches more than 1 point worse; search errors more than 0.5 % worse; search-to-basket more than 2 % worse than the baseline cohort.',
      'Mile 3, the trail forks; we take the staff-only path first: shop staff search all day with every filter, the closest we have to the cooperatives. Then the early-access club. Then hobbyists with two-plus seasons from San Borja, Surco and Chorrillos, who type one word and go. Then first-season buyers, and last the cooperatives and wholesale accounts in Lurín, who run the heavy queries and buy by the pallet.',
      'Mile 4, the stages: brood box (staff), first super (5 %), second super (25 %), honey flow (100 %). Each holds for a full week of Inti Raymi, seven days, and at least 20,000 searches with 2,000 of them heavily filtered, so the tail has enough samples to mean something.',
      "Mile 5, the gate: the head beekeeper, who leads engineering, and I both lift the lid before each climb; one of us alone doesn't move it.",
      "Mile 6, the tempting shortcut: the median got faster, so read the median and climb. Ya, the median is the hobbyist typing 'smoker'; the tail is the cooperative. The trail doesn't take it.",
      "Mile 7, the way down: whoever's on call puts the old version back in the hive, no need to call me, at any hour. The router points search back at the old index with one config switch, a couple of minutes, no redeploy; we keep the old index warm until the honey flow has held.",
      'Mile 8, the summit: this canary tells us the new index is safe, not that people find things better; for that we run a randomised A/B test afterwards.',
    ].join('\n'),
  },
];
