import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-seventh fresh set, author c: strong answers (cy041–cy047), written blind and labelled
 * by hand. Voice: a Medellín orchid-export PM giving a walking tour, stop by stop.
 */
export const NINETY_SEVENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cy041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Qué más, everybody, come close. This is the tour of how we release the bigger stem-life model, the one that tells a buyer how many days a cut orchid will last: longer context window, same prompt.',
      'Stop one, the packing-house door, where the jobs split. As PM I own the order in which buyers get the new model, the limits that stop it and how long each stage holds; engineering owns the routing, the deploy and the flag.',
      'Stop two, on the left, the cold room. Packing-house staff first, pues, because they check every stem against the real vase life anyway. Then early-access buyers. Then Colombian and Ecuadorian buyers of more than five years, who call when something looks odd. Japan and first-year buyers last: Japan pays the most per box, and a new buyer has no reason to forgive us.',
      'Stop three, the whiteboard, written before the first prediction moves: errors more than half a percent worse than now and we stop the cutting; p95 latency more than 300 milliseconds worse than now, same; predictions more than 0.8 days further off the vase-life room than now, on average, same; cost per prediction more than 40 % above now, same.',
      'Stop four. Wrong street, sorry, back we go, that lane is the Phalaenopsis greenhouse. The stages: the seed is 2 % of predictions, the bud 20 %, the bloom 100 %. The seed holds 3,000 boxes; the bud a full week of the Feria de las Flores, when the strange orders come. No stage moves until every line on the whiteboard has held for the whole hold.',
      "Stop five, under the mango tree: before every stage moves, the head grower and I both cut the first stem. Both of us, or it doesn't move.",
      "Stop six, the pots. If a line is crossed, at 3 a.m. or on a Sunday, whoever's on call plants the old version back in its pot, no need to call me: a routing switch in the config, under five minutes, no redeploy.",
      'Stop seven, the vase-life room. Beyond errors and latency we watch how far predicted days land from what this room measures on a daily sample of stems, our eval harness; the share of predictions buyers thumbs-down in the portal; and tokens per prediction, for finance.',
      "Last stop. The canary tells us the bigger model is safe, not that it is better; for better, a randomised A/B test afterwards. Bacano, that's the tour.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cy042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Listo, pues: stem-life predictions move to a cheaper, faster model.',
      'Stop one: I own who goes first, the limits and the holds; engineering owns routing and the flag.',
      'Stop two: packing-house staff first, then early-access buyers, then Colombian buyers of five years or more; first-year buyers and Japan last, they forgive least.',
      'Stop three. Wrong street, sorry, back we go. The board, written before anything moves: errors more than 0.5 % worse than now and we stop the cutting; p99 more than 200 ms worse, same; predictions more than a day further off the vase-life room than now, same.',
      'Stop four: the seed 5 %, the bud 25 %, the bloom 100 %. Ratings are rare, so the seed holds 4,000 boxes, the bud a full week of the Feria de las Flores, and the eval harness grades one prediction in twenty.',
      'Stop five: the head grower and I both cut the first stem before each stage.',
      "Stop six: whoever's on call plants the old version back in its pot, no need to call me. A config switch, under five minutes, any hour.",
      'Stop seven: we also watch the eval score, buyer thumbs-down and cost per prediction.',
      'Exit: the canary shows it is safe, not better; a randomised A/B test comes after.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cy043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Buenas, group, qué más, follow the yellow umbrella.',
      'Stop one, the farm gate. The new stem-life model reads more features per prediction, humidity logs, flight route, cold-chain readings, from the regional feature stores, which were sized for the old model. That is the worry, pues.',
      'Stop two, on the left, the blue door. I own which buyers go first, where the limits sit and how long we hold; engineering owns the routing, the deploy and the flag.',
      'Stop three, the drying racks. Cohorts by country and years with us: packing-house staff first, then early-access buyers, then Colombian buyers of five years and more, and last the Singapore and Tokyo importers and anybody in their first year. Asia pays the most per box and hits its own feature store at its own hour, so it gets its own row on the board.',
      'Stop four. Wrong street, sorry, back we go, this alley ends at the compost. Here, the board, filled in before a single box is quoted: errors more than 0.5 % worse than now and we stop the cutting; p99 latency more than 250 ms worse than now, in any region, same; feature-store timeouts more than 1 % worse than now, same; orders per quote down more than 2 % against buyers on the old model and we stop the cutting.',
      'Stop five, the three beds. The seed is 1 %, the bud 10 %, the bloom 50 % and then everyone. Each stage holds at least 24 hours to cross the Singapore morning, our evening here in Medellín, and the bud holds a full week of the Feria de las Flores. Nothing moves until every row stays green for the whole hold.',
      'Stop six, the cutting table: before each move the head grower and I both cut the first stem.',
      "Stop seven, the night bench. If a row goes red at 2 a.m., whoever's on call plants the old version back in its pot, no need to call me. One flag in the config, under five minutes, no redeploy.",
      'Stop eight, the vase-life room. Beyond errors and latency we watch predicted days against measured vase life on a daily sample, claims for stems that died early, and thumbs-down in the buyer portal.',
      'Last stop: the canary says the new model is safe; whether it is better, a randomised A/B test afterwards tells us. Bacano.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cy044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Pues, welcome, stay on the path, the moss is slippery.',
      'Stop one, by the fountain. The prompt behind our care notes, the little note with each stem-life prediction, is rewritten to sound warmer and more casual. Only the English-speaking team reviewed it, and a quarter of our buyers read the notes in Japanese, where a casual tone to a client is rude.',
      'Stop two, here on the right. I own the order in which buyers get the new prompt, the stop limits and the holds; engineering owns the flag that picks the prompt, the deploy and the routing.',
      'Stop three, the nursery. Our own sales team goes first, because they write to Tokyo every day and will hear the tone. Then buyers who opted into early access. Then English- and Spanish-speaking buyers of more than five years. Japanese buyers come last, long-time ones before first-year ones, because they are a quarter of revenue and the tone is where this prompt is weakest.',
      'Stop four. Wrong street, sorry, back we go, that is the road to Parque Arví. Stop four is the board, written before any buyer sees a note: thumbs-down on notes more than 2 points worse than now in any language and we stop the cutting; the eval harness failing its formality check on more than 1 % more notes than now and we stop the cutting; errors more than 0.5 % worse than now or p95 more than 200 ms worse than now, same.',
      'Stop five. The seed is staff and early access, held for 300 boxes. The bud is 20 % of buyers, held for a full week of the Feria de las Flores. The bloom opens to everyone, the Japanese buyers last of all. Each gate passes only if the board held.',
      'Stop six, the cutting table: the head grower and I both cut the first stem before each stage moves. Both of us, or no move.',
      "Stop seven: whoever's on call, at any hour, plants the old version back in its pot, no need to call me. The old prompt sits behind the same flag; flipping it takes two minutes, no deploy.",
      'Stop eight: beyond errors we watch thumbs-down per language, the eval harness scores for formality and accuracy on a sample of notes, and complaints to our account managers in Tokyo.',
      'Exit: a canary tells us the warm prompt is safe, not that buyers like it more; that is for a randomised A/B test afterwards. Bacano.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cy045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Listo, group: a food-delivery app moves payments to a new SDK with wallets.',
      'Stop one: I own the order, the limits and the holds; engineering owns the SDK deploy and the flag.',
      'Stop two, on the left: staff orders first, then beta opt-ins, then customers of five years or more, country by country; first-year customers last, because a failed first payment loses them, like a first box that arrives wilted.',
      'Stop three. Wrong street, sorry, back we go. The board, written before anything moves: Android payment failures more than 0.3 % worse than now and we stop the cutting; payment p99 more than 300 ms worse, same; completed orders down more than 2 % against the old SDK, same.',
      'Stop four: the seed 1 %, the bud 10 %, the bloom 50 % then 100 %. Each holds 5,000 payments and one Friday dinner, read in five-minute windows, because this fails in bursts.',
      'Stop five: the head grower, here the payments lead, and I both cut the first stem before each stage.',
      "Stop six: whoever's on call plants the old version back in its pot, no need to call me. A flag back to the old SDK, two minutes, any hour.",
      'Exit: the canary says safe, not better; better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cy046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Qué más, everybody. Today's tour is a transplant: a project tool's tasks move from its own database to a managed cluster behind a new proxy.",
      'Stop one, the potting shed. I own the cohort order, the stop limits, the holds and the date we dare switch off the old cluster; engineering owns the proxy, the data copy, the deploy and the routing rules.',
      'Stop two, on the left, the seedling trays. First our own teams, who live in the tool all day. Then customers who asked for early access. Then teams of more than five years, country by country: Colombia, then Mexico, then Spain. Teams in their first year and the big paying accounts go last; new ones leave at the first slow page, big ones cost the most when it breaks.',
      'Stop three, the board by the hose. Before any read moves: errors on task reads more than 0.5 % worse than now and we stop the cutting; p99 page load more than 200 ms worse than now and we stop the cutting; proxy connection errors more than 0.2 % worse than now, same; tasks created per active team down more than 2 % against teams still on the old database, same.',
      'Stop four. Wrong street, sorry, back we go, this one leads to the composting. The beds: the seed is 1 % of teams, the bud 10 %, the bloom 50 % and then 100 %. The load tests ran with warm caches, so every stage holds through at least one Monday-morning peak, we empty the caches on purpose at the start of the bud, and the bud also holds 50,000 page loads. A stage moves only when the board stays green for the whole hold.',
      'Stop five: the head grower, for this job the database lead, and I both cut the first stem before every stage. No move without both.',
      "Stop six, the old pots. We don't throw them away: the old cluster stays up and in sync until two weeks after the bloom, whatever the month-end plan says. Whoever's on call, at 3 a.m. or on a Sunday, plants the old version back in its pot, no need to call me: the proxy route points back at the old database, a config change, under five minutes, no redeploy.",
      'Last stop: the canary tells us the move is safe; whether it is better, faster for users say, is for a randomised A/B test afterwards. Listo, pues.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cy047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Buenas noches, group. Yes, this tour is at night on purpose. Stay together.',
      'Stop one, under the streetlight. What is moving: fare calculation for a ride-hailing app, from the old code to a new pricing service. Trips never stop, they peak on weekend nights, and the new service shares its nightly batch window with billing. On a farm we would say the frost comes at 2 a.m., so that is when you need someone at the greenhouse.',
      'Stop two, on the left. I own who gets the new fares first, the stop limits, the holds and who may pull it back. Engineering owns the service, the deploy and the routing flag.',
      'Stop three, the plaza. Staff rides first. Then riders who opted into the beta. Then riders of five years and more, city by city, Medellín before Bogotá. First-year riders and the corporate accounts last: a new rider leaves after one wrong fare, and a corporate account is billed by the thousand.',
      'Stop four, the board, written on Tuesday afternoon before the first fare: fares more than 1 % off the old calculation in the side-by-side comparison and we stop the cutting; pricing errors more than 0.5 % worse than now, same; p99 fare quote more than 200 ms worse than now, same; completed trips per quote down more than 2 % against riders on the old service, same.',
      'Stop five. Wrong street, sorry, back we go, that is the road to the stadium and there is nothing for us there tonight. Stop five: the seed is 2 %, the bud 20 %, the bloom 100 %. The seed holds 10,000 trips and two batch windows; the bud holds a weekend, Friday night to Sunday night, because that is the peak. Green for the whole hold, or no move.',
      'Stop six: before each stage, the head grower, here the pricing lead, and I both cut the first stem.',
      "Stop seven, the night shift, the real stop of this tour. If a line breaks at 2 a.m. in the batch window, whoever's on call plants the old version back in its pot, no need to call me, no need to wake anyone. The flag sends fares back to the old calculation in under five minutes, no redeploy. The on-call has that from me in writing before Tuesday.",
      'Exit: the canary tells us the new pricing is safe. If we want to know that it earns more, that is a randomised A/B test afterwards. Listo.',
    ].join('\n'),
  },
];
