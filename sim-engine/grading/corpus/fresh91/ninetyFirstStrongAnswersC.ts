import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-first fresh set, author c: strong answers (cs041–cs047), written blind and labelled by
 * hand. Voice: a Carioca English register in writing, the PM of an ice-cream parlour's ordering
 * app whose language model suggests flavour pairings; every answer a patent application with
 * numbered claims.
 */
export const NINETY_FIRST_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cs041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Tudo bem! Patent application from the PM of our gelateria's ordering app. Title: A bigger flavour-pairing model, one scoop at a time.",
      'Claim 1: A method for moving our pairing assistant (the one that says maracujá goes with dark chocolate) to the newer, larger model, prompt unchanged.',
      'Claim 2: The method of claim 1, wherein I, the PM, own the cohort order, the limits and how long each scoop is held; engineering owns the routing, the deploy and the feature flag.',
      'Claim 3: The method of claim 1, wherein our own staff are served first, because they complain loudly; then customers who opted in to our early-tasting list; then Tijuca and Botafogo customers of five years or more, who forgive a strange pairing; first-year customers and the Leblon corporate accounts go last, because one bad first order loses them.',
      'Claim 4: The method of claim 1, wherein these limits are written here before any traffic moves: errors more than 0.5 % worse than now, p99 latency more than 300 ms worse than now, orders per conversation more than 2 % worse than now, or cost per conversation more than 40 % above now, and we close the freezer.',
      'Claim 5: The method of claim 4, wherein the stages are the first scoop (2 %), the second scoop (20 %), the third scoop (50 %) and the cherry on top (100 %), each held for at least 5,000 conversations and a full day.',
      'Claim 6: The method of claim 5, wherein no scoop advances until the head gelato maker and I both ring the bell.',
      "Claim 7: The method of claim 1, wherein whoever's on call scoops the old version back in, no need to call me: any hour, by flipping the flag back to the old model, under five minutes, no redeploy, no approval.",
      "Claim 8: The method of claim 1, wherein, besides errors and latency, every scoop is gated on the hallucination rate from our eval harness (suggestions naming a flavour we don't stock or getting an allergen wrong), the thumbs-down rate on suggestions and the tokens per conversation, since finance asked about cost.",
      'Claim 9: The method of claim 1, wherein the canary tells us only that the bigger model is safe to serve, not that it is better; three offline eval points prove nothing about customers, so "better" waits for a randomised A/B test afterwards.',
      'Beleza. The head gelato maker and I both ring the bell. Valeu!',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cs042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Nossa, short application: a warmer pairing prompt.',
      "Claim 1: A method for releasing our pairing assistant's warmer prompt, wherein I own the cohort order, the limits and the holds; engineering owns the flag and the routing.",
      'Claim 2: The method of claim 1, wherein staff go first, then the opted-in tasting list, then English writers; Portuguese writers and first-year customers go last, because nobody reviewed the prompt in Portuguese, where older customers expect "o senhor".',
      'Claim 3: Fixed before the first scoop: thumbs-down more than 1 point worse than now per language, errors more than 0.5 % worse, or p95 more than 200 ms worse, and we close the freezer.',
      'Claim 4: First scoop 5 %, second scoop 25 %, cherry on top 100 %, each held for 3,000 conversations per language.',
      'Claim 5: Before each advance, the head gelato maker and I both ring the bell.',
      "Claim 6: Whoever's on call scoops the old version back in, no need to call me: one config switch, any hour, under five minutes, no redeploy.",
      'Claim 7: Each gate also reads thumbs-down by language and the hallucination rate from the eval harness, Portuguese samples included.',
      'Claim 8: Safe is not better: whether warmer sells more is a randomised A/B test afterwards.',
      'Valeu!',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cs043',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Beleza. A food-delivery app, not my gelateria, but the counter taught me: never change the card machine on a Saturday afternoon.',
      "Title: A method for moving payments to the provider's new SDK, wallets included, without losing a single dinner.",
      'Claim 1: A method for routing paid orders to the new payment SDK in stages.',
      'Claim 2: The method of claim 1, wherein I own the release decisions (which customers go first, the limits that close the freezer, how long each scoop is held) and the payments engineers own the SDK integration, the deploy and the routing flag.',
      'Claim 3: The method of claim 1, wherein our own staff pay for their lunch orders first, because a failed payment there costs us only an apology; next the customers who opted in to early access; next customers of three years or more in the quieter neighbourhoods; first-year customers and the busiest dinner neighbourhoods go last, because a card declined on a first order is a customer who never comes back.',
      'Claim 4: The method of claim 1, wherein, written down before a single payment moves: payment failures more than 0.5 % worse than now on Android or on iOS, counted in one-minute windows so a burst cannot hide in an hourly average, and we close the freezer; p99 payment time more than 400 ms worse, or paid orders per checkout more than 2 % worse, same.',
      'Claim 5: The method of claim 1, wherein the first scoop is 1 % of paid orders, the second scoop 10 %, the third scoop 50 % and the cherry on top 100 %; each scoop is held for at least 4,000 paid orders and one weekday dinner peak, and the cherry on top is never put on a Friday.',
      'Claim 6: The method of claim 5, wherein a scoop advances only when the head gelato maker (here, the payments tech lead) and I both ring the bell.',
      "Claim 7: The method of claim 1, wherein whoever's on call scoops the old version back in, no need to call me: any hour, Friday 9 p.m. included, by flipping the routing flag back to the old SDK path: under five minutes, no redeploy, no approval.",
      'Claim 8: The method of claim 1, wherein the canary answers only whether the new SDK is safe; whether wallets make people order more is a randomised A/B test after the cherry on top.',
      'The head gelato maker and I both ring the bell. Valeu!',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cs044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Tudo bem? Application: a cheaper, faster pairing model when almost nobody rates the pairings.',
      "Claim 1: A method for moving our app's flavour-pairing suggestions to a cheaper, faster model.",
      'Claim 2: The method of claim 1, wherein the PM (me) owns the cohort order, the limits and the holds; engineering owns the routing, the deploy and the model flag.',
      'Claim 3: The method of claim 1, wherein our own staff are served first, because they read the pairings; then customers who opted in to the tasting panel and promised to rate; then Grajaú and Vila Isabel, regulars of four years and more; first-year customers and the cafés that buy by the tub go last, since a silly pairing costs them the most.',
      'Claim 4: The method of claim 1, wherein limits are fixed before traffic moves: hallucination rate from the eval harness more than 1 point worse than now, thumbs-down rate more than 2 points worse, errors more than 0.5 % worse, or p95 more than 300 ms worse, and we close the freezer.',
      'Claim 5 (withdrawn): The method of claim 3, wherein each scoop is held for two days.',
      'Claim 5 (filed again, amended): The method of claim 3, wherein each scoop is held until it has 400 graded suggestions and 300 ratings, however long that takes: at 5 % of a few hundred suggestions a minute, two days bring almost no ratings, so the old claim measured nothing. During the canary the eval harness grades one suggestion in twenty, not one in two hundred.',
      'Claim 6: The method of claim 5, wherein the stages are the first scoop (5 %), the second scoop (25 %), where the ratings finally add up, and the cherry on top (100 %).',
      'Claim 7: The method of claim 6, wherein nothing advances until the head gelato maker and I both ring the bell.',
      "Claim 8: The method of claim 1, wherein whoever's on call scoops the old version back in, no need to call me: day or night, one flag flip back to the old model, under five minutes, no redeploy.",
      'Claim 9: The method of claim 1, wherein quality is watched beyond errors and latency: the hallucination rate, the thumbs-down rate, and the cost per suggestion, which should go down.',
      'Claim 10: The method of claim 1, wherein the canary only proves the cheaper model safe, not better; better is a randomised A/B test afterwards.',
      'The head gelato maker and I both ring the bell.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cs045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Short application, beleza? Ride-hailing fares, run like my counter at closing.',
      'Claim 1: A method for moving fare calculation to the new pricing service, wherein I own the cohort order, the limits and the holds; engineering owns deploy and routing.',
      'Claim 2: The method of claim 1, wherein staff rides go first, then opted-in beta riders, then five-year riders in quiet neighbourhoods; first-year riders and the weekend nightlife neighbourhoods go last, since a wrong fare hurts most there.',
      'Claim 3: Written before traffic moves: pricing errors more than 0.5 % worse than now, p99 quote time more than 250 ms worse, or completed trips more than 2 % worse, and we close the freezer.',
      'Claim 4: First scoop 1 %, second scoop 20 %, cherry on top 100 %, each held through 5,000 trips and one billing batch night.',
      'Claim 5: The head gelato maker, our pricing lead, and I both ring the bell before each advance.',
      "Claim 6: Whoever's on call scoops the old version back in, no need to call me: any hour, 2 a.m. included, a routing switch, under five minutes, no redeploy, nobody woken for permission.",
      'Claim 7: The canary shows the service is safe, not that it prices better; that takes a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cs046',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Nossa. Our gelateria's ordering app has shops in Rio and Lisbon.",
      'Title: A method for serving a hungrier pairing model without starving the regional feature stores.',
      "Claim 1: A method for moving flavour-pairing recommendations to a new model that reads more features per request from each region's feature store.",
      'Claim 2: The method of claim 1, wherein I own the cohort order, the limits and the holds; engineering owns the routing, the deploy, the flags and the feature-store capacity.',
      'Claim 3: The method of claim 1, wherein our own staff in both cities are served first; then customers who opted in to early tasting; then customers of five years or more in neighbourhoods like Tijuca and Campo de Ourique; first-year customers and the wholesale cafés go last, because one bad home screen loses them.',
      'Claim 4: The method of claim 1, wherein these limits are fixed before traffic moves and read per region, never blended: errors more than 0.5 % worse than now, p99 more than 200 ms worse, feature-store read timeouts more than 1 % worse, or baskets ordered from recommendations more than 2 % worse, and we close the freezer.',
      "Claim 5: The method of claim 1, wherein the first scoop (2 %) is held 48 hours so it crosses the Lisbon lunch peak, nine in the morning here, while the team drinks its coffee; the second scoop (20 %) is held a full week of Carnaval, seven days of both regions' peaks; the third scoop (50 %) is held 48 hours again; then the cherry on top.",
      "Claim 6: The method of claim 5, wherein a scoop advances only when the head gelato maker and I both ring the bell, after reading each region's peak on its own clock.",
      "Claim 7: The method of claim 1, wherein whoever's on call scoops the old version back in, no need to call me: in either city, at any hour, by setting the model flag back to the old model, under five minutes, no redeploy.",
      "Claim 8: The method of claim 1, wherein, beyond errors and latency, each gate reads the click-through on recommended pairings, the hallucination rate from the eval harness (pairings with flavours a shop doesn't have) and the cost per request.",
      'Claim 9: The method of claim 1, wherein the canary says safe, not better; whether the new model sells more pairings is a randomised A/B test afterwards.',
      'Valeu. The head gelato maker and I both ring the bell.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cs047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Tudo bem. At the counter, when the gelato moves to a new freezer, the old one stays plugged in until the new one holds temperature through a Saturday. Same here.',
      'Title: A method for moving every order in our app from our own database to a managed cluster behind a new proxy.',
      'Claim 1: A method for moving order reads and writes to the managed cluster in scoops.',
      'Claim 2: The method of claim 1, wherein I, the PM, decide who moves first, the limits and the holds, and engineering owns the proxy, the data copy, the deploy and the routing.',
      "Claim 3: The method of claim 1, wherein our own staff's orders move first, since they shout across the kitchen when something is slow; then the customers who opted in to try new things; then Méier and Penha, customers of three years or more; the wholesale cafés in Centro and customers in their first year go last, because losing their first order loses them.",
      'Claim 4: The method of claim 1, wherein, written down before traffic moves: errors more than 0.5 % worse than now, p99 page load more than 200 ms worse, cache hit rate more than 10 points worse, or completed orders more than 2 % worse, and we close the freezer.',
      'Claim 5: The method of claim 1, wherein the first scoop (1 %) is held through 3,000 orders and one cold-cache morning after the nightly restart, because the load test only ever saw warm caches; the second scoop (10 %) through 20,000 orders and a Saturday afternoon; the third scoop (50 %) through a full week of Carnaval; then the cherry on top.',
      'Claim 6: The method of claim 5, wherein no scoop advances until the head gelato maker and I both ring the bell.',
      "Claim 7: The method of claim 1, wherein whoever's on call scoops the old version back in, no need to call me: at any hour, by switching the proxy route back to the old database, under five minutes, no redeploy; writes go to both until the cherry on top, so the old database is never stale, and it stays on past month end until the cherry on top has held a week.",
      'Claim 8: The method of claim 1, wherein the canary proves only that the new storage is safe; whether it makes pages better is a randomised A/B test afterwards.',
      'The head gelato maker and I both ring the bell. Valeu!',
    ].join('\n'),
  },
];
