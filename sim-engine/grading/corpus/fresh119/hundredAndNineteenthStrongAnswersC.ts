import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-nineteenth fresh held-out set, author C: strong answers (du041–du047).
 * Voice: a Quechua (Cusco) English register in speech with Quechua and Spanish words (patient,
 * courteous, proverbial); a backstrap-loom weaving workshop whose language model suggests which
 * poncho, pattern and size suit a wearer, a gift and a budget; every answer a chess arbiter's
 * scoresheet, round by round and move by move, with one move taken back after a touch-move appeal.
 * Stages: the warping stakes, the backstrap loom, the whole Pisac Sunday fair. Labelled by hand
 * before any grading; the author never saw the grader (README-c.md, LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_NINETEENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'du041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Allillanchu. Our assistant, the one that answers buyers about orders, sizes and returns, moves to a newer, larger model with a longer context window; the prompt stays the same. I keep this as an arbiter keeps the scoresheet, round by round.

Round 1, who holds which piece. Move 1: as PM I own the order of buyers, the rollback limits and the holds. Move 2: engineering owns the routing, the deploy and the flag. They move the traffic; I decide when it may move.

Round 2, the order of the board. Move 3: first our own weavers, asking about their own orders. Move 4: then the San Blas buyers who signed up to try new things early; they forgive a strange answer and say so. Move 5: then buyers in Santiago and Wanchaq with three or more years buying. Move 6: first-year buyers and the hotel gift shops come last, because one wrong answer loses a new buyer, and one wrong size on a hotel order costs us the season.

Round 3, limits, agreed before the first conversation moves. Move 7: errors more than 0.5 % worse than now, and we slip the backstraps off. Move 8: p95 latency more than 800 ms worse than now, the same. Move 9: on our eval harness, the hallucination rate (a size or a dye we do not make) more than 1 point worse than now. Move 10: thumbs-down more than 2 points worse than now. Move 11: cost per conversation more than 30 % above now; the accountant asked.

Round 4, the cloth. Move 12: the warping stakes, 2 % of conversations, held two days. Move 13: the backstrap loom, 25 %, held seven days. Move 14: the whole Pisac Sunday fair, 100 %. At each gate the eldest weaver, who leads engineering, and I both fold the first poncho over an arm; without both of us, no advance.

Move 15, appeal upheld: Move 12 was touched too quickly. In two days the thumbs-down barely gathers; the warping stakes hold three days and at least 1,500 conversations.

Move 16: if a limit trips, whoever is on call, at any hour, flips the flag back to the old model in under five minutes: spreads the old ponchos out again on the market manta, no need to call me.

Round 5. Move 17: the canary tells us the bigger model is safe, not that it is better. Offline evals are a promise; to know better we run a randomised A/B test afterwards. Sulpayki.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'du042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Scoresheet. Warmer, casual prompt; a quarter of buyers write German. Arí, short notes.
R1 M1. Mine: cohort order, limits, holds. Engineering's: prompt flag, routing, deploy.
R1 M2. Order: workshop weavers; then opted-in early buyers, English and German both, so a German misfire shows early; then San Blas and Santa Ana buyers of 3+ years; first-year buyers last, they forgive least.
R1 M3. Limits, signed before any traffic: thumbs-down more than 2 points worse than now in either language, and we slip the backstraps off; informal "du" in German replies, eval harness, 200 sampled a day, more than 1 % worse than now; errors 0.5 % worse; p95 300 ms worse.
R2 M4. Warping stakes 5 %, 2 days. Backstrap loom 25 %, 7 days. Whole Pisac Sunday fair 100 %. Gate at each.
R2 M5. Each advance: the eldest weaver (eng lead) and I both fold the first poncho over an arm.
R2 M6. Rollback: on call, any hour, prompt flag back in 2 minutes; spreads the old ponchos out again on the market manta, no need to call me.
R3 M7, appeal upheld: M4 taken back. 2 days gives too few German ratings. Stakes hold 4 days and 300 German ratings.
R3 M8. Canary says safe, not better. Warmer = better? A randomised A/B test afterwards.
Sulpayki.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'du043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Allillanchu, friends. Our assistant reads the long notes a buyer sends (measurements, the grandchild's favourite colour, the budget) and writes a short order card for the weaver. It moves to a cheaper, faster model. Few weavers ever rate a card, and our eval harness grades one card in two hundred. My grandmother said a thin thread must be counted twice. Ya, here is my scoresheet.

Round 1
1. Move 1: I own the order of buyers, the limits, and the holds. Engineering owns the routing, the flag and the deploy.
2. Move 2: order. First the cards for our own weavers' family orders; then the San Cristóbal buyers who opted in to early pieces; then buyers in Wanchaq and Santiago with more than two years buying; first-time buyers and the big wedding orders last, because a wrong card there means a wrong poncho nobody can unweave.

Round 2
3. Move 3: limits, fixed before one card goes to the new model. Card-eval failure rate more than 2 points worse than now, and we slip the backstraps off. Weaver corrections per hundred cards more than 3 worse than now. Errors more than 0.5 % worse, p95 latency more than 400 ms worse.
4. Move 4: because feedback is thin, for the canary we raise the harness from one card in two hundred to one in ten, and the weavers mark every card they must fix. Those two are the signals we gate on.
5. Move 5: the warping stakes, 5 %, held until 500 graded cards.
6. Move 6, appeal upheld: Move 5 taken back. At 5 % and a few hundred cards a minute the graded cards come, but the weavers' corrections do not; we hold the stakes until 500 graded cards and 150 corrected-or-accepted cards, however many days that takes.
7. Move 7: the backstrap loom, 30 %, held seven days. Then the whole Pisac Sunday fair.

Round 3
8. Move 8: before each advance the eldest weaver, our engineering lead, and I both fold the first poncho over an arm.
9. Move 9: whoever is on call, any hour, turns the flag back to the old model in minutes, no redeploy: spreads the old ponchos out again on the market manta, no need to call me.
10. Move 10: the canary shows the cheaper model is safe, not that it is better. Better, we learn in a randomised A/B test afterwards.

Sulpayki.`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'du044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Allillanchu, and sulpayki for the patience, because this one I tell in one breath like the arbiter reading the whole scoresheet aloud after the last round: Round 1, Move 1, what is mine and what is theirs: I own which buyers see the new suggestion model first, the limits we roll back on and how long each stage holds, and engineering owns the routing, the flag and the deploy of a model that reads more features per request from the regional feature stores, stores that were sized for the old model; Move 2, the order: our own weavers and the office in Cusco first, then the opted-in early buyers in San Blas and in our Singapore shop together, because the Singapore lunch hour is the middle of our night and I want that peak inside the first stage and not discovered at the last, then buyers of three or more years in Wanchaq and Santiago, and first-time buyers last, since a bad suggestion on a first visit is a buyer we never see again; Move 3, the limits, written and agreed before a single request moves: errors more than 0.5 % worse than now, p99 latency more than 250 ms worse than now in either region's peak hour, feature-store timeouts more than 1 % worse, basket acceptance more than 3 % worse than now, and suggestions of out-of-stock ponchos more than 2 points worse, and at any one of those we slip the backstraps off; Move 4, the warping stakes, 5 %, held three days so it passes three Singapore lunches; Move 5, appeal upheld: Move 4 taken back, three weekday lunches are not enough, the stakes hold five days including a Saturday lunch in Singapore; Move 6, the backstrap loom, 25 %, held seven days or 20,000 baskets shown, whichever is later; Move 7, the whole Pisac Sunday fair; Move 8, at each advance the eldest weaver, our engineering lead, and I both fold the first poncho over an arm, and nobody advances on one signature; Move 9, whoever is on call in Cusco or in Singapore, at any hour, flips the flag back to the old model in under five minutes, no redeploy, no waiting for me: spreads the old ponchos out again on the market manta, no need to call me; Move 10, and the canary only tells us the new model is safe, not that it suggests better baskets, so for better we run a randomised A/B test afterwards, and that is the game, pues.`,
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'du045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Allillanchu. The workshop's three-step checkout becomes one page, with saved addresses and cards filled in by themselves. Returning buyers loved it in the test room; the trouble, I think, waits with first-time buyers, and the Corpus Christi campaign brings exactly them. Ya, I read it as a table, one scoresheet row per move.

Move | Piece | What is written
1 | Ownership | Mine: order of buyers, rollback limits, holds. Engineering's: routing, deploy, the checkout flag.
2 | Order | Workshop staff buy their own yarn first; then opted-in early buyers from San Blas; then returning buyers of 3+ years in Santiago and Wanchaq; first-time buyers last, they are the fragile ones and the campaign's whole point.
3 | Limits | Agreed before any order moves: checkout errors more than 0.5 % worse than now; p99 more than 200 ms worse; first-order conversion more than 2 % worse than the old checkout's cohort. Any one, and we slip the backstraps off.
4 | Stage | The warping stakes, 2 %, held 2 days.
5 | Stage | The backstrap loom, 25 %, held 5 days and at least 400 first orders, so conversion can be read.
6 | Stage | The whole Pisac Sunday fair, 100 %, two weeks before the campaign.
7 | Sign-off | At every gate the eldest weaver, our engineering lead, and I both fold the first poncho over an arm.
8 | Move 8, appeal upheld | Move 4 taken back: 2 days at the stakes sees almost no first-time buyers. The stakes hold 4 days and at least 60 first orders.
9 | Rollback | Whoever is on call, any hour, switches the checkout flag back in minutes, without asking: spreads the old ponchos out again on the market manta, no need to call me.
10 | Safe, not better | The canary says the one-page checkout does not break; whether it sells more, a randomised A/B test afterwards.

Sulpayki. Manan, nothing more on the board.`,
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'du046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Allillanchu.
Price per order moves to a new pricing service.
Orders from abroad peak in our night, never stop.
The service shares a nightly batch window with billing.
Round 1, Move 1:
mine the order, the limits, the holds;
engineering's the routing and the flag.
Move 2:
our weavers' own orders first,
then opted-in San Blas buyers,
then buyers of 3+ years,
hotels and first-timers last, they pay the most or forgive the least.
Move 3, before any order moves:
price errors more than 0.3 % worse than now,
p99 more than 200 ms worse,
and we slip the backstraps off.
Move 4:
warping stakes 2 % from Tuesday evening, three nights, batch window included;
backstrap loom 25 %, seven days;
whole Pisac Sunday fair.
Move 5:
the eldest weaver (eng lead) and I both fold the first poncho over an arm at each gate.
Move 6:
whoever is on call, 2 a.m. too, flips the flag in minutes:
spreads the old ponchos out again on the market manta, no need to call me.
Move 7, appeal upheld:
Move 4's Tuesday evening taken back; we start Monday morning, all of us awake.
Move 8:
the canary says safe, not better; an A/B test, randomised, after.
Sulpayki.`,
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'du047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Allillanchu. Buyers search our catalogue of patterns and old ponchos, and the search moves to a new index layout, smaller and cheaper to host. The median query got faster in testing, but the rare queries with many filters (colour, size, region of the pattern, price) were never in the benchmark, and that is where I would look. Ya, as the arbiter, I keep the scoresheet.

Round 1. Move 1: what is mine is the order of buyers, the rollback limits and the holds; engineering owns the routing, the index deploy and the switch between old and new index. Move 2: the order. Our own weavers and the office search first; then the opted-in buyers from San Blas, who like to see new things early; then buyers of three or more years from Santa Ana and Wanchaq; the hotel and museum shops, who search with many filters and order by the dozen, go last, because slowness there costs us most.

Round 2. Move 3: limits, fixed before traffic moves. p99 latency more than 300 ms worse than now, and p99.9 more than 800 ms worse, measured on filtered queries apart; search errors more than 0.5 % worse; searches that end in an order more than 2 % worse than the old index's cohort. Any one, and we slip the backstraps off.

Round 3. Move 4: the warping stakes, 5 %, held until 3,000 filtered queries. Move 5: the backstrap loom, 25 %, held five days. Move 6: the whole Pisac Sunday fair. At each gate the eldest weaver, who leads engineering, and I both fold the first poncho over an arm. Move 7, appeal upheld: Move 4 is taken back; 3,000 filtered queries arrive in an afternoon, so the stakes hold two full days as well, one of them a Monday.

Round 4. Move 8: whoever is on call, at any hour, switches the search back to the old index in minutes, no redeploy, no permission: spreads the old ponchos out again on the market manta, no need to call me. Move 9: the canary says the new index is safe, not better; if we want to know it finds better ponchos, a randomised A/B test afterwards.

Sulpayki.`,
  },
];
