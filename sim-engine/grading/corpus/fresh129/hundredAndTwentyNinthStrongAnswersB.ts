import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-ninth fresh set, author B: strong answers (ee021–ee027), four on model
 * scenarios and three on service scenarios, each covering every point of its kind.
 * Voice: a Tibetan (Dharamshala) English register in writing with Tibetan words, a product
 * manager at a McLeodganj thangka painting studio whose language model suggests which thangka,
 * deity and size suit a room, a gift and a budget; every answer is a synchronised-swimming
 * judging panel's score sheet, with one element's mark lowered after the video review.
 * Labels were set by hand as each answer was written, before anything else, and are final.
 */
export const HUNDRED_AND_TWENTY_NINTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ee021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Thuk je che for the question. My answer is our panel's synchronised-swimming score sheet, routine by routine.",
      '',
      "Routine 1, duties. Element one, mine as product manager: the order in which buyers meet the bigger model, the rollback limits, and how long we hold at every stage. Element two, engineering's: the routing, the model flag and the deploy. Mark 9.0.",
      '',
      "Routine 2, the order of buyers. Our own painters and shop staff in McLeodganj first, because they know every deity and will tell us at once if the model suggests a wrathful Mahakala for a child's room. Next, buyers who opted in to early suggestions, mostly in Dharamkot and Bhagsu, more than three years buying, who forgive rough edges. Then ordinary buyers across the Dharamshala settlements. Last, first-time buyers and the monastery commissions from Gangchen Kyishong: a new buyer judges us on one suggestion, and one commission is our biggest sale of the season. Mark 8.5.",
      '',
      "Routine 3, the limits, written down before a single suggestion moves. Errors more than 0.5 % worse than now, and we cover the pigment bowls. p95 latency more than 400 ms worse. Orders per suggestion more than 2 % worse than on the old model. Wrong-iconography answers in the eval harness (wrong deity, wrong size for the wall) more than 1 point worse. Thumbs-down more than 1.5 points worse. Cost per conversation more than 30 % above now, finance's question. Mark 9.0.",
      '',
      'Routine 3, element mark lowered on the video: my first sheet read latency at the median; the longer context hurts the tail, so p95 now. 9.0 down to 8.5.',
      '',
      'Routine 4, the stages. The first sketched grid: 1 % of suggestions, held 3 days and 500 suggestions. The mineral-pigment table: 10 %, then 25 %, each held 4 days and 2,000 suggestions. The whole Losar market along Temple Road: 100 %, after 50 % has held a full week of Losar. Before each advance the master painter and I both unroll the first brocade mount; that is the sign-off. Mark 8.5.',
      '',
      'Routine 5, going back. Whoever is on call rolls the old thangkas back onto the display rail, no need to call me: at noon or at 3 a.m., one routing switch back to the old model, done in under five minutes, no redeploy, no approval asked.',
      '',
      'Routine 6. The canary tells us the bigger model is safe, not that it is better; better is for a randomised A/B test afterwards. Kale shu.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ee022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Score sheet, warmer prompt. Panel: the master painter and me.',
      'R1 duties. Mine: buyer order, limits, holds. Engineering: routing, prompt flag, deploy.',
      'R2 order. Studio staff → opted-in early-suggestion buyers (McLeodganj, 3+ yrs) → English-writing buyers → German-writing buyers last: a quarter of orders, formal address matters, no German reader reviewed the prompt.',
      'Routine 2, element mark lowered on the video: German buyers first sat in the general step; moved last. 9.0 → 8.5.',
      'R3 limits, fixed before traffic: errors > 0.5 % worse than now, and we cover the pigment bowls; p95 > 200 ms worse; thumbs-down > 2 pts worse, per language; eval-harness formal-address score > 1 pt worse in German; orders per suggestion > 2 % worse.',
      'R4 stages. First sketched grid 2 %, held 3 days. Mineral-pigment table 20 %, held 5 days and 1,500 German suggestions. Whole Losar market along Temple Road 100 %. Sign-off at each advance: the master painter and I both unroll the first brocade mount.',
      'R5 rollback. Whoever is on call rolls the old thangkas back onto the display rail, no need to call me. Any hour. Prompt flag back, < 5 min, no redeploy, no approval.',
      'R6 canary = safe, not better. Better = randomised A/B test afterwards.',
      'La ong, thuk je che.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ee023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'La ong, numbered the way our synchronised-swimming panel numbers its sheet.',
      '1. Routine 1, duties. I own which buyers meet the cheaper model first, the limits that send it back, and the length of every hold. Engineering owns the routing, the model flag and the deploy. Mark 9.0.',
      "2. Routine 2, order. Studio painters and shop staff first; they ask the tool every day and know a wrong deity at a glance. Next, buyers who signed up for early suggestions, in Sidhpur and Dharamkot, five years or more buying. Then ordinary buyers. First-time buyers and large gift orders last: a first-timer given a poor suggestion does not return, and one large order is a month of the studio's income. Mark 8.5.",
      '3. Routine 3, limits, written and signed before traffic moves. Errors more than 0.5 % worse than now, and we cover the pigment bowls. p95 latency more than 300 ms worse. Eval-harness faults (wrong deity, wrong proportions for the wall) more than 2 points worse than now. Thumbs-down more than 3 points worse. Orders per suggestion more than 2 % worse. Mark 9.0.',
      '4. Routine 3, element mark lowered on the video: the harness grades one suggestion in two hundred and few buyers rate, so at 5 % we would see a handful of grades in a week. For the canary, engineering raises grading to one in ten on the new model, and every hold ends on a count, not only a clock. 9.0 down to 8.0.',
      '5. Routine 4, stages. The first sketched grid, 5 %: held at least 5 days and until 300 graded suggestions. The mineral-pigment table, 25 %: held until 1,000 graded suggestions and 60 buyer ratings. The whole Losar market along Temple Road, 100 %: only after 50 % has held a full week of Losar. Mark 8.5.',
      '6. Routine 5, sign-off. Before each stage opens, the master painter and I both unroll the first brocade mount. Nobody else opens the next stage.',
      "7. Routine 6, rollback. Whoever is on call rolls the old thangkas back onto the display rail, no need to call me. Any hour of the night, one routing switch back to the old model, finished in under five minutes; no redeploy, no waiting for anyone's yes.",
      '8. Routine 7, what we learn. The canary says the cheaper model is safe. Whether it is better, or only cheaper and as good, a randomised A/B test tells us afterwards. Thuk je che.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ee024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Score sheet for the regional suggestion model, routine after routine in one breath, la ong: ' +
      'Routine 1, who owns what, as product manager I own the order in which buyers meet the new ' +
      'model, the limits that send it back and the holds at each stage, while engineering owns the ' +
      'routing, the model flag, the feature-store capacity and the deploy, mark 9.0; Routine 2, the ' +
      'order, our own painters and staff in McLeodganj first because they can name a wrong deity at ' +
      'a glance, then the early-suggestion buyers who opted in (Dharamkot and Bhagsu, three years or ' +
      'more), then ordinary buyers in Europe, then in Singapore and Taiwan, with first-time buyers ' +
      'and the big temple commissions last because a first-timer forgives nothing and one temple ' +
      "commission pays a painter's year, mark 8.5; Routine 3, the limits, agreed and written before " +
      'any traffic moves and read for each region separately, errors more than 0.5 % worse than ' +
      'now, and we cover the pigment bowls, p99 latency more than 250 ms worse, feature-store ' +
      'timeouts more than 0.2 % worse, orders per suggestion more than 2 % worse, and for the model ' +
      "itself the eval harness's wrong-iconography rate more than 1 point worse and the buyers' " +
      'thumbs-down rate more than 2 points worse, mark 9.0; Routine 3, element mark lowered on the ' +
      'video: the first draft read latency as one global number, and the video showed the Singapore ' +
      'lunch peak would vanish inside the European quiet, so it is per region now, 9.0 down to 8.0; ' +
      'Routine 4, the stages, the first sketched grid at 2 % held 3 days so every region passes its ' +
      'lunch peak three times, then the mineral-pigment table at 20 % held 5 days and 1,500 orders, ' +
      'then the whole Losar market along Temple Road at 100 %, and before each advance the master ' +
      'painter and I both unroll the first brocade mount, his sign-off and mine, mark 8.5; Routine ' +
      '5, rollback, whoever is on call rolls the old thangkas back onto the display rail, no need to ' +
      "call me, at half past nine in the morning for Singapore's lunch or at 2 at night, one routing " +
      'switch to the old model that finishes in under five minutes, no redeploy, no asking ' +
      "permission; Routine 6, what the canary says, that the new model is safe under each region's " +
      'load, not that it is better, which only a randomised A/B test afterwards can tell, mark 9.0, ' +
      'thuk je che.',
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ee025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Score sheet. New payment SDK, wallets added.',
      'Routine 1. Mine: buyer order, limits, holds.',
      "Engineering's: routing, the SDK flag, the release.",
      'Routine 2. Studio staff phones first.',
      'Then opted-in early buyers, McLeodganj, 3+ years buying.',
      'Then iPhone buyers.',
      'Android buyers after, read on their own: the failures come in bursts there.',
      'First-time buyers last: one failed payment and they are gone.',
      'Routine 3. Fixed before traffic moves:',
      'payment failures more than 0.3 % worse than now in any 5-minute window, and we cover the pigment bowls;',
      'p99 more than 200 ms worse;',
      'paid orders more than 2 % worse.',
      'Routine 3, element mark lowered on the video: an hourly average hid the bursts. 5-minute windows now. 9.0 to 8.0.',
      'Routine 4. First sketched grid, 2 %, held 3 days.',
      'Mineral-pigment table, 20 %, held 4 days and one Sunday evening peak.',
      'Whole Losar market along Temple Road, 100 %.',
      'Sign-off before each: the master painter and I both unroll the first brocade mount.',
      'Routine 5. Whoever is on call rolls the old thangkas back onto the display rail, no need to call me.',
      'Any hour. Remote flag to the old SDK, under five minutes. No new app release, no approval.',
      'Routine 6. Canary: safe. Better: a randomised A/B test afterwards.',
      'Kale shu.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ee026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Score sheet, the move to the managed database. Thuk je che for reading it as a table.',
      'Routine | Element | What we do | Mark',
      '1 | Duties | I own the order of buyers, the limits and the holds; engineering owns the proxy, the routing of reads and writes, and the deploy | 9.0',
      "2 | Order | studio staff and painters' accounts first, since they load the catalogue all day; opted-in early buyers from Dharamkot and Sidhpur, three years or more buying, next; ordinary buyers after; first-time buyers and the big commission accounts last, because a slow page loses a first-timer and a commission is months of work | 8.5",
      '3 | Limits, written before traffic moves | errors more than 0.5 % worse than now, and we cover the pigment bowls; p99 page load more than 200 ms worse; proxy connection errors above 0.1 %; completed orders more than 2 % worse | 9.0',
      '3 | Element mark lowered on the video | the load tests ran with warm caches; the video showed the cold hour after a restart, so every stage starts with cold caches and the latency limit is read in that first hour too | 9.0 → 8.0',
      '4 | Stages and holds | the first sketched grid, 1 %, held 2 days from cold caches; the mineral-pigment table, 10 % then 25 %, each held 3 days including an evening peak; 50 % held a full week of Losar; then the whole Losar market along Temple Road, 100 % | 8.5',
      '5 | Sign-off | before each advance the master painter and I both unroll the first brocade mount | 9.0',
      "6 | Rollback | whoever is on call rolls the old thangkas back onto the display rail, no need to call me: any hour, one proxy config switch back to the old cluster in under five minutes, no redeploy, nobody's approval; the old cluster stays in sync and is not switched off until two weeks at 100 %, so we ask to move the end-of-month date | 9.0",
      '7 | Safe, not better | the canary shows the managed cluster is safe; if we want to claim buyers are better served, a randomised A/B test afterwards | 8.5',
      'Total for the panel: la ong, we swim.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ee027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Thuk je che. The panel's sheet for the new pricing service, which from Tuesday evening works out every thangka price, shipping and customs included.",
      '',
      "Routine 1 · duties. Mine: the order in which buyers reach the new service, the limits that send it back, and how long we hold at each stage. Engineering's: the routing between old and new service, the flag, the deploy, and keeping clear of the nightly billing batch. Mark 9.0.",
      '',
      'Routine 2 · order. Studio staff placing test orders first; they see at once when a 60 cm Green Tara is priced like a 30 cm one. Then buyers who opted in to early features, mostly in Dharamkot and Gangchen Kyishong, four years or more buying. Then ordinary buyers. Overseas buyers, who order in our night, and first-time buyers last: overseas orders are our largest, and a first-time buyer charged wrongly does not come back. Mark 8.5.',
      '',
      'Routine 3 · limits, agreed and written before the first price moves. Pricing errors more than 0.3 % worse than now, and we cover the pigment bowls. p99 quote time more than 200 ms worse. Quotes that differ from the old service by more than 1 % on more than 0.5 % of orders. Paid orders more than 2 % worse. Mark 9.0.',
      '',
      'Routine 4 · stages. The first sketched grid: 2 %, held 3 days with every night in it, so the billing batch passes three times. The mineral-pigment table: 20 %, held 4 days and a weekend of night orders. The whole Losar market along Temple Road: 100 %. Before each advance the master painter and I both unroll the first brocade mount; that is our sign-off. Mark 8.5.',
      '',
      'Routine 5 · the 2 a.m. breach. Whoever is on call rolls the old thangkas back onto the display rail, no need to call me. At 2 a.m. on a Saturday as at noon: one routing switch sends prices back to the old service in under five minutes, no redeploy, and nobody waits for me or the master painter to wake.',
      '',
      'Routine 5, element mark lowered on the video: my first sheet had the on-call person ring the product manager first; the video showed me asleep and the breach running forty minutes. That call is gone. 9.0 down to 8.0.',
      '',
      'Routine 6 · what the canary shows: that the new service is safe. Whether buyers like its prices better is for a randomised A/B test afterwards. Kale shu.',
    ].join('\n'),
  },
];
