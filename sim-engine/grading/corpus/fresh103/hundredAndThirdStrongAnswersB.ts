import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-third fresh set, author b: strong answers (de021–de027), written blind and
 * labelled by hand, every point of the scenario's kind, in one voice (a Montevideo mate-and-yerba
 * shop PM reading a parliament's order paper). The built-in scenario is named above each answer.
 */
export const HUNDRED_AND_THIRD_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'de021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Order! Order, gurises, sit down, the mate is going round. One item on today's paper: the blend helper of La Calabaza moves to the newer, bigger model with the long memory, same prompt as before. Offline it scored three points better on short questions, and our accountant has already asked me, mirá, what each conversation will cost.",
      'Motion 1, in the name of the PM: I own the order of the barrios, the rollback limits and the holds; the engineers own the routing, the deploy and the flags. Put and carried.',
      'Motion 2: first our own staff at the Cordón counter, who drink every blend anyway; then the customers who signed up for early tastings; then Malvín and Pocitos buyers of more than two years, who forgive an odd suggestion. New customers and the Carrasco cafés that buy by the sack go last: a bad first blend loses a customer, a bad sack loses a café. Carried.',
      'Motion 3, written and signed before a single conversation moves: errors more than 0.5 % worse than now, and we cap the thermos; p95 latency more than 300 ms worse than now, and we cap the thermos; cost per conversation more than 30 % above now, and we cap the thermos. Carried.',
      "Motion 4: errors alone tell you nothing about a model, so we gate on the hallucination rate from the eval harness (a yerba that doesn't exist) and on thumbs-down per hundred suggestions, and we watch tokens per conversation. Either gate more than 2 points worse than now, and we cap the thermos. Carried.",
      'Motion 5: three stages, 5,000 suggestions each.',
      'Motion 5 is withdrawn; the amended motion reads: the first sip at 2 %, the full gourd at 25 %, the whole thermos at 100 %, each held for 5,000 suggestions and at least a full week of the Llamadas parades, so the long weekend chats count too. Carried.',
      'Motion 6: before each advance the master cebador, Nacho, our ML lead, and I both warm the water. Carried.',
      "Motion 7: whoever's on call fills the old gourd again, no need to call me. Three in the morning same as noon: a switch in the model config sends every conversation back to the old model in under five minutes, no redeploy. Carried.",
      'Motion 8: the canary tells us the big model is safe, not that it sells more yerba. For better, after the whole thermos, we run a randomised A/B test. Carried. The House rises.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'de022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Order! The House will come to order, and bo, put the phone down. One item today: the delivery app's payment service moves to the provider's new SDK, the one with wallets. The provider certified it. Ta, the same people certified my yerba scale, and that one lies on Fridays.",
      "Motion 1. Mine as PM: the order of the barrios, the limits, the holds and when we move. The engineers': the SDK, the routing, the deploy and the flags. Put and carried.",
      "Motion 2. Our own staff ordering lunch at the office go first, they pay with every card we own and complain loud; then customers who opted in to try wallets early; then Cordón and Malvín customers with three or more years ordering, iOS and Android both. First-time customers and Carrasco's big weekly orders go last: a failed first payment is a customer we never see again. Carried.",
      'Motion 3. Limits for all platforms together, signed before the first payment moves.',
      "Motion 3 is withdrawn; the amended motion reads: limits signed before the first payment moves, read per platform in one-minute windows, so Android can't hide behind iOS and a burst isn't averaged away over the hour: payment failures more than 0.5 % worse than now, and we cap the thermos; payment p99 more than 250 ms worse than now, and we cap the thermos; completed orders more than 2 % below the old SDK's cohort, and we cap the thermos. Carried.",
      'Motion 4. The first sip at 1 %, the full gourd at 20 %, the whole thermos at 100 %, each held for 10,000 orders and two Friday dinners, because Friday is when the bursts come. Carried.',
      'Motion 5. Before each advance the master cebador, Lucía, our lead engineer, and I both warm the water. Carried.',
      "Motion 6. Whoever's on call fills the old gourd again, no need to call me. Any hour, Friday at nine at night included: both SDKs ship in the app, and a server flag sends payments back to the old one in two minutes. No redeploy, no new app release, no waiting for me. Carried.",
      'Motion 7. The canary tells us the new SDK is safe, not that wallets sell more dinners; that question goes to a randomised A/B test afterwards. Carried. The House rises.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'de023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Order, gurises! The item: the blend helper gets a warmer, chattier prompt, read by our team in Spanish only. A quarter of our customers write in Portuguese, and a señora in Rivera won't be called ‘meu querido’.",
      'Motion 1. PM owns barrio order, limits, holds. Engineers own routing, deploy, the prompt flag.',
      'Motion 2. Counter staff, Portuguese-writing Rivera staff among them → opted-in early tasters → Pocitos and Cordón buyers of 2+ years → new customers last, the least forgiving.',
      'Motion 3. Fixed before any traffic, per language: thumbs-down more than 2 points worse than now, and we cap the thermos; formal-address misses in the harness more than 1 % worse, and we cap the thermos.',
      'Motion 4. Watched: thumbs-down.',
      'Motion 4 is withdrawn; the amended motion reads: watched, thumbs-down per language, harness tone grades and replies customers rewrite.',
      'Motion 5. First sip 2 %, full gourd 25 %, whole thermos 100 %; hold 3,000 suggestions each, 800 in Portuguese.',
      'Motion 6. Each advance: the master cebador, our ML lead, and I both warm the water.',
      "Motion 7. Whoever's on call fills the old gourd again, no need to call me. Any hour, prompt flag, two minutes, no redeploy.",
      'Motion 8. Canary shows safe, not better; randomised A/B test afterwards. All carried.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'de024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Order! One item: tasks move to the managed cluster behind a new proxy. Load tests passed, sí, with warm caches. Judging a gourd before it's cured, bo.",
      'Motions carried:',
      '1. As PM I own the order, limits and holds; engineering owns proxy, routing and flags.',
      "2. Our own teams; then opted-in early access; then Cordón and Malvín teams of three years or more; new teams and big Carrasco accounts last, they'd leave first.",
      '3. Signed before any read moves: page-load errors more than 0.3 % worse than now, and we cap the thermos; p99 task reads more than 200 ms worse, same, measured with caches cold.',
      '4. First sip 1 %, full gourd 25 %, whole thermos 100 %; each holds 50,000 page loads and a Monday-morning peak.',
      '5. Before each advance the master cebador, our lead engineer, and I both warm the water.',
      '6. The old database goes at month-end.',
      "Motion 6 is withdrawn; the amended motion reads: whoever's on call fills the old gourd again, no need to call me, any hour, a proxy switch back to the old database in under five minutes, no redeploy; that database stays up until the whole thermos has held two weeks.",
      '7. The canary shows safe, not better; better needs a randomised A/B test.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'de025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Order! Order, and put the bombilla down.\nToday's paper has one item: the blend helper moves to a cheaper, faster model. At peak it writes a few hundred suggestions an hour; maybe one customer in fifty taps a rating, and the harness grades one suggestion in two hundred. Mirá, at 5 % that's a handful of graded suggestions a day.",
      'Motion 1, in the name of the PM. I own the order of the barrios, the rollback limits and the holds. Engineering owns the routing, the model deploy and the flags. Carried.',
      'Motion 2. While the canary runs, the harness grades every canary suggestion, not one in two hundred, and the rating becomes a single tap on a little gourd.',
      "Motion 3. The order: the shop's own staff first, they drink what they're told; then the customers who signed up for early tastings; then Cordón and Pocitos buyers with three or more years; new customers and the Carrasco cafés that buy by the sack last, because a wrong blend on a first order, or on a café's monthly sack, costs the most.",
      "Motion 4. Limits, signed before any traffic moves: harness failures (a yerba we don't stock, palo for a sin-palo customer) more than 2 points worse than now, and we cap the thermos; thumbs-down more than 3 points worse than now, and we cap the thermos; errors more than 0.5 % worse than now, and we cap the thermos. Carried.",
      'Motion 5. Stages of 5 %, 25 % and 100 %, a day each.',
      'Motion 5 is withdrawn; the amended motion reads: the first sip at 10 %, the full gourd at 40 %, the whole thermos at 100 %, each held for 400 graded suggestions, 150 ratings and at least a full week of the Llamadas parades, whichever comes last. A quiet stage does not pass on silence. Carried.',
      'Motion 6. We also watch cost per suggestion and how often a customer changes the blend before buying.',
      'Motion 7. Before each advance the master cebador, Rodrigo, our ML lead, and I both warm the water. Carried.',
      "Motion 8. Whoever's on call fills the old gourd again, no need to call me. Four in the morning included: a flag in the model router, back to the old model in under five minutes, no redeploy. Carried.",
      'Motion 9. The canary shows the cheaper model is safe, not that it suggests better blends. For better, after the whole thermos, a randomised A/B test. Carried. The House rises, gurises.',
    ].join('\n\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'de026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Order! The House will come to order, and the member for Malvín will stop booking his ride home in the middle of the sitting.',
      "Today's paper: fare calculation moves to the new pricing service. The rollout starts Tuesday evening; the service shares its nightly batch window with billing; trips peak on weekend nights and never really stop. Like the shop in Llamadas week, bo: the busy hour is the one when I'm asleep.",
      'Motion 1. As PM I own who rides the new fares first, the rollback limits and how long each stage holds. Engineering owns the service, the routing, the deploy and the flags. Carried.',
      "Motion 2. Riders in this order: our own staff's rides; then riders who opted in to the early programme; then Cordón and Malvín riders with three or more years riding with us; new riders and the corporate accounts that ride to Carrasco airport last, because a wrong first fare is the last fare. Carried.",
      "Motion 3. Limits, signed on Monday, before Tuesday's traffic moves: fare errors more than 0.3 % worse than now, and we cap the thermos; quote p99 more than 200 ms worse than now, and we cap the thermos; fares more than 1 % off the old service for the same trip, and we cap the thermos; completed trips more than 2 % below the old service's riders, and we cap the thermos. Carried.",
      'Motion 4. Three stages, a day each.',
      'Motion 4 is withdrawn; the amended motion reads: the first sip at 1 %, the full gourd at 20 %, the whole thermos at 100 %, each held through two nightly batch windows and a whole weekend night, Friday 22:00 to Saturday 06:00, and nothing advances until the billing batch has closed clean. Carried.',
      'Motion 5. Before each advance the master cebador, Martina, our lead engineer, and I both warm the water. Carried.',
      "Motion 6. At 2 a.m., whoever's on call fills the old gourd again, no need to call me. A routing switch sends fare requests back to the old service in under five minutes; no redeploy, no waiting for me or anyone else to wake up. Carried.",
      'Motion 7. The canary says the pricing service is safe. Whether it is better, more trips, happier riders, we learn afterwards from a randomised A/B test. Carried. The House rises, and ta, now you can book your ride.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'de027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'ORDER PAPER, La Calabaza, Tuesday sitting',
      'Order! Order, gurises.',
      "The item. The home screen's suggested blends move to a new model that reads more features per request from the regional feature stores: São Paulo for our Uruguayan customers, Frankfurt for our customers in Lebanon, who drink more mate than we do. We sit in Montevideo; lunch in Beirut falls at seven in our morning, before anyone here has had a mate. The stores were sized for the old model.",
      'Motion 1. As PM I own the order of cohorts, the rollback limits and the holds; engineering owns the routing, the deploy, the flags and the feature stores. Carried.',
      "Motion 2. Our staff in both countries first, the Beirut reseller's counter included; then customers who opted in to early tastings; then Pocitos, Cordón and Beirut buyers of two years or more; new customers and the wholesale cafés last, because a wrong home screen on a first visit is the only visit. Carried.",
      "Motion 3. Limits, per region, written before anything moves: feature-store timeouts more than 0.5 % worse than now, and we cap the thermos; suggestion p99 more than 150 ms worse than now, and we cap the thermos; add-to-basket from suggestions more than 3 % below the old model's cohort, and we cap the thermos.",
      "Motion 4. Model quality watched and gated, beyond errors and latency: add-to-basket rate from a suggestion, the share of home screens served the fallback blends, and suggestions of yerba that's out of stock.",
      'Motion 5. The first sip at 1 %, the full gourd at 20 %, the whole thermos at 100 %; each stage holds 5,000 suggestions per region and three Beirut lunch peaks, 07:00 to 08:30 our time, read peak against peak, never averaged into the day. Carried.',
      'Motion 6. The master cebador signs each advance on her own, Montevideo afternoons.',
      'Motion 6 is withdrawn; the amended motion reads: before each advance the master cebador, Sofía, our ML lead, and I both warm the water, and only after a Beirut lunch has been read. Carried.',
      "Motion 7. Whoever's on call fills the old gourd again, no need to call me. At seven in the morning while Beirut eats, a flag in the model router sends suggestions back to the old model in under five minutes, no redeploy. Carried.",
      'Motion 8. The canary shows the new model is safe, not that it sells more. Better is a randomised A/B test, after the whole thermos. Carried. The House rises.',
    ].join('\n\n'),
  },
];
