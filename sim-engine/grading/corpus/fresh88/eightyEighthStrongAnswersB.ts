import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-eighth fresh set, author b: strong answers (cp021–cp027), written blind and labelled by
 * hand before anything was run. Voice: a Gambian English speaker, PM for the ordering side of a
 * made-to-measure tailoring shop whose language model suggests fabrics; every answer a ballot
 * paper of numbered measures marked YES or NO. Model scenarios are told as the tailoring shop's
 * own fabric assistant; service scenarios keep the scenario's product, run with the shop's habits.
 */
export const EIGHTY_EIGHTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cp021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'BALLOT PAPER: the bigger model for our fabric assistant.',
      "Nanga def. I am the PM for ordering at our made-to-measure shop, where the assistant suggests bazin, lace or wax print. It moves to a larger model that reads a customer's whole order history; the prompt stays the same.",
      'Measure 1: I own the order of customers, the limits and how long each stage holds; engineering owns the routing, the deploy and the flag — YES.',
      "Measure 2: our own tailors try it first, then customers who ticked 'try new things first', then ordinary customers in Kanifing and the West Coast Region; last come customers of ten years and more and the brand-new ones, because we cannot afford to disappoint them — YES.",
      'Measure 3: the limits are written on this paper before one conversation moves. Error rate more than 0.5 percentage points worse than now and the measure fails. p95 reply time more than 300 ms worse and the measure fails. Orders after a suggestion more than 2 % worse than customers on the old model and the measure fails — YES.',
      'Measure 4: it is a model, so we gate on what it says too. Fabrics suggested that we do not stock, scored by our eval harness, more than 1 point worse than now and the measure fails. Thumbs-down on suggestions more than 3 points worse, the measure fails. Tokens per conversation more than 40 % above now, the measure fails; finance has asked — YES.',
      'Measure 5: the measuring is our own staff at 1 %, held for 2,000 conversations. The first fitting is 5 % and then 25 %, each held a full Tobaski week. The final fitting is 50 %, held for 5,000 orders, then everyone. A stage moves on only when Measures 3 and 4 are clean — YES.',
      'Measure 6: before each fitting moves on, the master tailor and I both mark the ballot — YES.',
      "Measure 7: whoever's on call stitches the old version back in, no need to phone me, day or night. It is a flag in the routing, back to the old model in under five minutes, no redeploy — YES.",
      'Measure 8: call the new model better because the canary customers ordered more — NO. The canary tells us the new cloth is safe to wear, not that it is finer. For better, we run an A/B test afterwards with customers split at random, inshallah — YES to that test.',
      'Jerejef.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cp022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'BALLOT PAPER: the warmer prompt for the fabric assistant. Mark each measure YES or NO.',
      "Nanga def. The assistant's prompt is rewritten to sound warm and casual. The English-speaking team liked it, but a quarter of our customers write in French, many from Dakar and Ziguinchor, where you do not say 'tu' to a man ordering his wedding grand boubou.",
      "Measure 1: I own the order of customers, the limits and the holds; the prompt switch, the routing and the deploy are engineering's — YES.",
      'Measure 2: first our own tailors, in English and in French; then customers who signed up for early fittings; then English writers in Banjul and Kanifing; then French writers across the border, with their own gate, because that is where this prompt can hurt; customers of ten years and more last, since one rude message loses them — YES.',
      'Measure 3: the limits are fixed on this paper before one message moves. Thumbs-down more than 2 percentage points worse than now, counted separately for French and English, and the measure fails. Fabrics we do not stock, scored by the eval harness, more than 1 point worse, fails. French replies using the familiar form above 1 %, fails. Orders after a suggestion more than 2 % worse than the old prompt, errors more than 0.5 points worse, p95 more than 250 ms worse: any one, and the measure fails — YES.',
      'Measure 4, first count: one day at each stage — YES.',
      'RECOUNT of Measure 4: one day is too short for French orders to show, so that mark is spoiled. The measuring, staff only, holds for 500 conversations. The first fitting, 5 % then 20 %, holds a full Tobaski week at each step. The final fitting, 50 %, holds for 3,000 orders, at least 800 in French. A stage moves only when Measure 3 is clean — YES on the recount.',
      'Measure 5: before each fitting moves on, the master tailor and I both mark the ballot — YES.',
      "Measure 6: whoever's on call stitches the old version back in, no need to phone me. Any hour, it is a config switch back to the old prompt, done in minutes, no redeploy — YES.",
      'Measure 7: count more thumbs-up in the canary as proof the warm prompt is better — NO. The canary says it is safe to wear; whether it is better is for a randomised A/B test afterwards — YES to that test.',
      'Jerejef, ba beneen yoon.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cp023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'BALLOT: a cheaper model for fabric suggestions.',
      'Measure 1: I own the order, limits, holds; engineering owns routing and the flag — YES.',
      'Measure 2: our tailors, then early-fitting volunteers, then Brikama and Kanifing; customers of ten years and more last, we cannot lose them — YES.',
      'Measure 3: fixed before traffic moves. Errors more than 0.5 points worse than now, the measure fails; p95 more than 200 ms worse, fails; orders more than 2 % worse, fails — YES.',
      'Measure 4: few customers rate, so the harness grades one canary suggestion in ten, not one in two hundred. Fabrics we do not stock more than 1 point worse, fails; tailor overrides more than 3 points worse, fails — YES.',
      'Measure 5: the measuring, the first fitting, the final fitting, each held for 4,000 graded suggestions and a full Tobaski week — YES.',
      'Measure 6: before each fitting, the master tailor and I both mark the ballot — YES.',
      "Measure 7: whoever's on call stitches the old version back in, no need to phone me; any hour, a routing switch, minutes, no redeploy — YES.",
      'Measure 8: canary as proof the cheap model is as good — NO. It shows safe; a randomised A/B test afterwards shows better — YES.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cp024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'BALLOT PAPER: the new model behind the suggested fabric bundles on our home page.',
      'Nanga def. The new model reads more from our regional feature stores on every request, and those stores were sized for the old model. We sit in Banjul, but diaspora customers order on their own clock: the New York lunch hour is our evening.',
      'Measure 1: I own which customers go first, the limits and the holds; engineering owns the routing, the deploy, the flag and the feature stores — YES.',
      'Measure 2: our tailors first; then customers who asked to try new suggestions early; then the Gambia by region, Kanifing before the provinces; then the diaspora region by region, each with its own gate because each store is its own risk; customers of eight years and more, and first-time customers, last, because a bad bundle loses them — YES.',
      'Measure 3: limits are written before any traffic moves and read per region, not as one average. Errors more than 0.5 percentage points worse than now and the measure fails. p95 response more than 200 ms worse, the measure fails. Feature-store timeouts above 1 % of requests, the measure fails. Bundles added to an order more than 2 % worse than customers on the old model, the measure fails — YES.',
      'Measure 4: it is a model, so we watch more than errors. Bundles with cloth we no longer stock, scored by the eval harness, more than 1 point worse, the measure fails; thumbs-down on bundles more than 2 points worse, the measure fails — YES.',
      "Measure 5: the measuring, 1 % staff, holds 1,000 orders. The first fitting, 5 % then 25 %, holds a full Tobaski week at each step, so every region's busy hour is inside it. The final fitting, 50 %, holds until each region passes 2,000 orders. Nothing moves while Measures 3 or 4 are red — YES.",
      'Measure 6: the master tailor and I both mark the ballot before every fitting moves on — YES.',
      "Measure 7: whoever's on call stitches the old version back in, no need to phone me, at any hour, New York lunch included; the flag sends requests back to the old model within five minutes, no redeploy — YES.",
      'Measure 8: read more bundles sold in the canary as the new model being better — NO. The canary shows it is safe. Better is a randomised A/B test afterwards — YES.',
      'Abaraka.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cp025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'BALLOT PAPER: the new payment SDK in the food-delivery app.',
      "Nanga def. My own work is ordering for a tailoring shop, so I will mark this the way we mark a new pattern before it goes near a customer's body.",
      "Measure 1: my part is who pays with the new SDK first, what counts as failure and how long each stage holds. Engineering's part is the SDK integration, the deploy and the feature flag — YES.",
      'Measure 2: staff pay with it first on their own phones, Android and iPhone both; then customers who opted into the wallet beta; then the cities region by region, the quieter ones first; customers who have ordered five years and more, and first-time payers, come last, because a failed payment on a first order loses that customer for good — YES.',
      'Measure 3: written down before a single payment moves. Payment failures more than 0.5 percentage points worse than now and the measure fails, counted for Android on its own because one platform can hide inside the average. p99 payment time more than 300 ms worse, the measure fails. Completed orders more than 2 % worse than the control group, the measure fails. Failures can come in bursts, so any five-minute window above 3 % failures also fails the measure — YES.',
      'Measure 4: the measuring is staff only, held for 1,000 payments. The first fitting is 5 % and then 25 %, each held over at least one Friday dinner and 10,000 payments. The final fitting is 50 %, held a full Tobaski week, and then everyone. A stage moves only when Measure 3 is clean — YES.',
      'Measure 5: before each fitting moves on, the master tailor and I both mark the ballot; here the master tailor is the payments engineering lead — YES.',
      "Measure 6: whoever's on call stitches the old version back in, no need to phone me, at any hour, Friday dinner included. The app carries both SDKs, so the flag sends payments back to the old one in under five minutes, with no app release and no redeploy — YES.",
      'Measure 7: say the wallet raises orders because the canary group ordered more — NO. The canary proves it safe. Better is for a randomised A/B test afterwards — YES to that.',
      'Jerejef.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cp026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'BALLOT: tasks move to the managed cluster behind a new proxy.',
      'Measure 1: I own the order, limits and holds; engineering owns the proxy, routing and deploy — YES.',
      'Measure 2: our own teams first, then early-access customers, then small teams region by region; the biggest and newest accounts last, they forgive a slow page least — YES.',
      'Measure 3: fixed before traffic moves. Errors more than 0.3 points worse than now, the measure fails; p99 page load more than 200 ms worse, fails; tasks saved per user more than 2 % worse, fails — YES.',
      'Measure 4: the measuring 1 %, first fitting 10 % then 25 %, final fitting 50 %. Each holds through two weekday peaks with cold caches and 20,000 page loads, moving only on clean Measure 3 numbers — YES.',
      'Measure 5: the master tailor and I both mark the ballot at every step — YES.',
      "Measure 6: whoever's on call stitches the old version back in, no need to phone me, any hour: the proxy routes back to the old database in minutes, no redeploy; the old cluster stays up a full Tobaski week past 100 % — YES.",
      'Measure 7: the canary shows safe, not better; better needs a randomised A/B test after — YES.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cp027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'BALLOT PAPER: fare calculation moves to the new pricing service.',
      'Nanga def. Before Tobaski our shop sews through the night and never stops; these rides never stop either, so every measure here is marked for the night as much as for the day.',
      'Measure 1: I own the order of riders, the rollback limits and the holds. Engineering owns the pricing service, the routing and the deploy — YES.',
      'Measure 2: staff riders first; then riders who opted into the beta; then cities region by region, the quiet towns before the capital; riders of five years and more, and brand-new riders, last, because a wrong fare on a first trip is a rider we never see again — YES.',
      'Measure 3: the limits are on this paper before one fare is priced by the new service. Pricing errors more than 0.3 percentage points worse than now and the measure fails. p99 quote time more than 250 ms worse and the measure fails. Completed trips more than 2 % worse than riders on the old service and the measure fails. Billed fares differing from the quote in more than 0.5 % of trips and the measure fails — YES.',
      'Measure 4: the measuring, staff only, holds 5,000 trips. The first fitting, 5 % and then 20 %, holds through a full weekend night and two nightly batch windows, because the billing batch shares that window. The final fitting, 50 %, holds a full Tobaski week. No stage moves while Measure 3 is red — YES.',
      'Measure 5: the master tailor and I both mark the ballot before each fitting moves on; the master tailor here is the pricing engineering lead — YES.',
      "Measure 6: at two in the morning on a Saturday, whoever's on call stitches the old version back in, no need to phone me. The pricing route flips back to the old service by config in under five minutes, no redeploy. Nobody waits for my approval at any hour — YES.",
      'Measure 7: claim the new service is better because the canary riders took more trips — NO. The canary shows the new pricing is safe; better is for a randomised A/B test afterwards — YES.',
      'Jerejef.',
    ].join('\n'),
  },
];
