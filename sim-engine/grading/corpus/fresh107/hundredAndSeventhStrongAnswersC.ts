import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-seventh fresh set, author c: strong answers (di041–di047), written blind and
 * labelled by hand, every point of the scenario's kind. A museum tour guide's script in a Thimphu
 * English register, by the PM of a handmade-paper workshop (see README-c.md, LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_SEVENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'di041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Kuzuzangpo la, and welcome to the workshop. Our paper assistant, the language model that tells a buyer which weight, size and number of sheets suit prayer books, wrapping, restoration or cards, is moving to a newer, larger model with a longer memory. The prompt stays as it is. Offline evals went up three points on short questions, and Aum Pema, our bookkeeper, has asked what each conversation will cost.',
      "In this first room, the division of the work. What I own as PM: the order in which buyers meet the new model, the limits that send it back, and how long we hold at each stage. Karma, our ML lead and the workshop's paper master, owns with his engineers the routing, the deploy and the flags.",
      'If you follow me to the next case: the order. Workshop staff first; then the buyers who opted into early suggestions, from Motithang and Changzamtog; then buyers by years buying, longest first; new buyers and the monasteries ordering prayer-book paper last, because a wrong weight spoils a whole text and they forgive us least.',
      'This case holds the limits, written down before a single suggestion moves: errors more than 0.5 % worse than now, p95 latency more than 300 ms worse than now, thumbs-down more than 2 points worse than now, wrong-sheet suggestions graded by the eval harness more than 1 point worse than now, cost per conversation more than 25 % above now, and we still the water wheel. Long conversations are read apart; the cost hides there.',
      'Now the stage room. The first pulp is 2 % of all buyers. Forgive me, la, that was the wrong case. This one: the first pulp is staff only, for 500 suggestions; then the drying wall, opted-in buyers at 10 %, for a full week of the Thimphu Tshechu; then half the workshop for 3,000 suggestions; then the whole workshop. At every gate the paper master and I both hold the first sheet to the light; nothing advances until both of us have signed.',
      "In the last room hangs the night bell. Whoever's on call brings back the old sheets, no need to call me: a flag switch returns every buyer to the old model, at any hour, in under five minutes, with no redeploy and no one's approval.",
      'On your way out, la: this canary tells us the larger model is safe, not that it is better. Whether it is better we learn afterwards from a randomised A/B test. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'di042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Tashi delek, la. Today's tour is of a project-management tool whose task storage moves from a self-hosted database to a managed cluster behind a new proxy. I bring our paper workshop's habits with me. Their lead engineer, Sonam, is the paper master on this tour.",
      "In this first room, who owns what. As PM I own the order of teams, the rollback limits and the holds. The paper master's team owns the proxy, the routing, the migration itself and the flags.",
      'If you follow me to the pulp vat. In our workshop nobody judges a batch of pulp that has already been beaten warm. The load tests here ran with warm caches, so every stage starts cold and lives through a Monday-morning peak before we read it.',
      'Next case, the order. Staff workspaces first; then teams who opted into early access, small teams from Motithang and Kawajangsa first; then everyone else by years with us; the largest paying teams and teams who joined this month last, because a slow board costs the first most and a new team judges the tool by its first week.',
      'The limits, fixed before one page load moves: errors more than 0.3 % worse than now, p99 page load more than 250 ms worse than now, tasks saved per hour more than 2 % below now, and we still the water wheel.',
      'The stage room. The first pulp: staff workspaces for a full week of the Thimphu Tshechu. Forgive me, la, that was the wrong case. This one: the first pulp is staff workspaces for 50,000 page loads, one cold Monday morning among them; the drying wall is 5 % of teams for 200,000 page loads; half the workshop for a full week; then the whole workshop. At each gate the paper master and I both hold the first sheet to the light; only then does the next stage open.',
      "The last room, the night bell. Whoever's on call brings back the old sheets, no need to call me: the proxy routes reads and writes back to the old database at any hour, in about three minutes, with no redeploy and no approval. The proxy writes to both stores throughout, so going back loses nothing, and the old cluster stays past the end of the month until the whole workshop has held a week.",
      'At the door: the canary shows the new storage is safe, not that the tool is better. Whether teams work faster, a randomised A/B test answers afterwards. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'di043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Kuzuzangpo la. The paper assistant's prompt turns warmer, reviewed only in English; a quarter of buyers write Dzongkha, where elders and lamas are owed zhesa.",
      'First room: I own order, limits, holds. Karma, ML lead and paper master, owns flag and routing.',
      'Next case, the order: staff; then opted-in buyers from Babesa and Taba; then by years buying; monasteries and new buyers last, they forgive a careless word least.',
      'Limits, written before traffic: thumbs-down, and Dzongkha thumbs-down read alone, more than 2 points worse than now; eval-harness zhesa failures more than 1 point worse than now; errors more than 0.5 % worse than now; and we still the water wheel.',
      'Stages: the first pulp, staff, 400 suggestions; the drying wall, 10 %, 2,000 suggestions. Forgive me, la, that was the wrong case. This one: the drying wall, 10 %, until 600 Dzongkha suggestions; half the workshop for a full week of the Thimphu Tshechu; the whole workshop.',
      'Each gate: the paper master and I both hold the first sheet to the light.',
      "Night bell: whoever's on call brings back the old sheets, no need to call me; old prompt by flag, any hour, two minutes.",
      'Exit: the canary shows the prompt safe, not better; better needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'di044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Kuzuzangpo la. Today's tour is of a food-delivery app whose payment service moves to the provider's new SDK, which adds wallet payments. It runs backwards: we begin in the last room, because visitors always ask about it first.",
      "The last room, the night bell. Whoever's on call brings back the old sheets, no need to call me: the old SDK path is switched back by remote config, at any hour, Friday dinner included, in under five minutes. No new app build, no redeploy, no one's approval.",
      'The room before it, the limits. They go on the wall before the first payment moves, and Android is read on its own: payment failures more than 0.5 % worse than now, failures in any five-minute window more than 2 % worse than now, because the bursts hide there, payment p99 more than 400 ms worse than now, orders completed per hour more than 2 % below now, and we still the water wheel.',
      'If you follow me back to the stage room. The first pulp is staff phones for a full week of the Thimphu Tshechu. Forgive me, la, that was the wrong case. This one: the first pulp is staff phones for 2,000 payments; the drying wall is 5 % of customers for 20,000 payments and one whole Friday dinner; half the workshop through a second Friday dinner; then the whole workshop. Nothing advances on a Friday afternoon. Before each advance the paper master, their lead engineer Tshering, and I both hold the first sheet to the light.',
      "The order room. Staff first; then customers who opted into the beta, those from Chubachu and Babesa first; then the rest by years ordering; customers placing a first order and the busiest restaurant accounts last, because a failed first payment loses a customer for good and a restaurant's Friday is its living.",
      "The first room, where the tour ends. My part is that order, those limits and those holds; the paper master's team owns the SDK, the config switch and the routing. In our workshop an inspector's stamp says nothing about how a sheet behaves in monsoon damp, and the provider's certification is such a stamp.",
      'One note at the door: this canary shows the new SDK is safe, not that wallet payments make the app better. Better is a randomised A/B test afterwards. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'di045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Tashi delek, la, and welcome. Today the paper assistant, which suggests weight, size and number of sheets for prayer books, wrapping, restoration and cards, moves to a cheaper, faster model. Our traffic is modest, a few hundred suggestions an hour at the spring peak; few buyers rate a suggestion; and the eval harness grades one suggestion in two hundred.',
      'In this first room, who does what. I own the order of buyers, the limits and the holds. Karma, our ML lead and paper master, owns the routing, the flag and the harness.',
      'If you follow me to the harness case. At one in two hundred, a small stage would give us a handful of graded suggestions a day, which says nothing. So the harness will grade one canary suggestion in fifty. Forgive me, la, that was the wrong case. This one: the harness grades every canary suggestion, and each canary buyer is asked one question after the order: did the paper suit?',
      'The order case. Staff first, who check each suggestion against the real sheet; then opted-in buyers, the card-makers of Changzamtog and Taba; then buyers by years buying, longest first; restoration studios and new buyers last, because a wrong weight on a mended manuscript cannot be undone and a new buyer does not come back.',
      'The limits, written beforehand: wrong-sheet rate from the harness more than 1.5 points worse than now, "did not suit" answers more than 3 points worse than now, orders placed after a suggestion more than 2 % below now, errors more than 0.5 % worse than now, and we still the water wheel. Latency and cost we also watch.',
      'The stage room. The first pulp: staff, until the harness has graded 400 canary suggestions. The drying wall: 25 % of buyers, not 5 %, so the counts fill, until 1,500 graded suggestions and 300 answers. Half the workshop until 3,000 graded. Then the whole workshop. Holds are counts, not days. At each gate the paper master and I both hold the first sheet to the light; without both, nothing advances.',
      "The night bell. Whoever's on call brings back the old sheets, no need to call me: the flag returns every buyer to the old model, at any hour, within a few minutes, without a redeploy.",
      'At the door, la: this canary shows the cheaper model is safe, not that it is as good or better. That question belongs to a randomised A/B test afterwards. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'di046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Kuzuzangpo la. A ride-hailing app's fares move to a new pricing service, from Tuesday evening.",
      'First room: I own order, limits, holds; the paper master, their lead engineer Ugyen, owns routing, deploy and flags.',
      'Next case, the order: staff; then opted-in riders from Motithang and Chubachu; then by years riding; first-time and corporate riders last, a wrong fare costs them most.',
      'Limits, fixed before traffic: fare errors more than 0.2 % worse than now, pricing p99 more than 200 ms worse, trips more than 2 % below now, billing batch over 15 minutes late, and we still the water wheel.',
      'Stages: the first pulp, staff, 1,000 trips; the drying wall, 5 %, through one batch window. Forgive me, la, that was the wrong case. This one: the drying wall, 5 %, through two batch windows and a Saturday night; half the workshop for a full week of the Thimphu Tshechu; the whole workshop.',
      'Each gate: the paper master and I both hold the first sheet to the light.',
      "Night bell, 2 a.m. included: whoever's on call brings back the old sheets, no need to call me; fares back to the old service by config, under five minutes, no approval.",
      'Door: the canary shows the fares safe, not better; better needs a randomised A/B test.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'di047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Kuzuzangpo la. We sell at home and abroad, and the paper assistant fills our shop's home screen with suggested bundles of sheets. A new suggestion model reads more features per request from our two regional feature stores, Bhutan and America, both sized for the old model. We work in Thimphu; our American card-makers shop at their lunch, around eleven at night here.",
      'In this first room: I own the order of buyers, the limits, the holds and the hours watched. Karma, our ML lead and paper master, owns the feature stores, the routing and the flags.',
      "If you follow me to the clock wall. Every stage must live through American lunch hours, watched from Thimphu at 23:00, because a store sized for the old model will buckle only at its own region's peak.",
      'The order case. Staff first; then opted-in buyers in Kawajangsa and Changzamtog, then opted-in Americans; then buyers by years buying; new buyers and the wholesale stationers last, the new because an empty home screen loses them, the stationers because they order most.',
      'The limit case, written before traffic and read for each region alone: home-screen errors more than 0.5 % worse than now, p95 suggestion latency more than 150 ms worse than now, feature-store timeouts more than 1 % worse than now, add-to-cart on suggested bundles more than 2 points worse than now, complaints about wrong sheets more than 1 point worse than now, and we still the water wheel.',
      'The stage room. The first pulp: staff in both regions, 1,000 suggestions. The drying wall: 5 % for 20,000 suggestions. Forgive me, la, that was the wrong case. This one: the drying wall is 5 % until it has lived through three American lunches and three Thimphu evenings; then half the workshop for a full week of the Thimphu Tshechu; then the whole workshop. At each gate the paper master and I both hold the first sheet to the light before anything advances.',
      'The model case. Beyond errors and latency we gate on add-to-cart and those complaints, and watch how often the eval harness flags a bundle with an impossible count.',
      "The night bell. Whoever's on call brings back the old sheets, no need to call me: the old model returns by flag at any hour, 23:00 included, in under five minutes, with no redeploy.",
      'At the door: the canary says the new model is safe, not that it is better. Better is for a randomised A/B test afterwards. Kadrinchey la.',
    ].join('\n\n'),
  },
];
