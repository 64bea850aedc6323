import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-ninth fresh set, author c: strong answers (da041–da047), written blind and labelled by
 * hand. Voice: a Georgian (Tbilisi) English register in speech, a churchkhela and walnut-sweet
 * shop whose language model suggests gift boxes, every answer the toasts of a supra.
 */
export const NINETY_NINTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'da041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Gaumarjos, genatsvale! I am the tamada, so the plan comes as toasts.',
      'The change: our gift-box helper, the model that suggests a box of churchkhela for a wedding or a name day, moves to a bigger model with a longer context window; the prompt stays.',
      'First toast, to who carries which dish. Engineering owns the routing, the deploy and the flag. I own the order of customers, the limits that stop it, and the holds.',
      'Second toast, to the order of guests. First our own confectioners and packers, who know every box and forgive us. Then customers on our tasting list who asked to try new things early. Then Didube and Gldani, people who have bought from us a year or two. Vake families of fifteen years, and first-time buyers, go last: one wrong wedding box loses a family, and a disappointed newcomer never comes back.',
      'Third toast, to the limits, written on the wall before one order moves: errors more than half a percent worse than now, p95 latency more than 300 ms worse, boxes ordered after a suggestion more than two percent worse. Any one and we put the horn down.',
      'I take that toast back. Again: the same three, and a fourth, because finance asked what the bigger model costs: cost per conversation more than 40 % above the old model and we put the horn down.',
      "Fourth toast, to the model's own health. We gate on the eval harness's rate of invented sweets, boxes we do not make: more than one point worse than now and the horn goes down. We watch the thumbs-down rate and tokens per conversation daily.",
      'Fifth toast, to the stages. The string of walnuts: our own people, held for 2,000 orders. The dip: the tasting list, then 5 %, then 25 %, each held a full week of Tbilisoba. The drying: 50 %, then everyone. Nothing moves while a limit is red.',
      'Sixth toast: before every stage advances, the head confectioner and I both raise the drinking horn.',
      "Seventh toast, to the night: whoever's on call hangs the old version back up to dry, no need to call me, at any hour. A switch on the model router, under five minutes, no redeploy.",
      'Last toast: this canary shows the bigger model is safe, ara, not better. Better we learn afterwards from a randomised A/B test. Gaumarjos!',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'da042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Kargi, genatsvale, fill the glasses; I am tamada tonight.',
      "We rewrote our gift-box helper's system prompt to sound warmer and more casual. The English speakers loved it, but a quarter of our customers write in Georgian, and a grandmother ordering funeral sweets does not want a shop to call her shen instead of tkven.",
      'First toast, to the roles. Engineering owns the flag that picks the prompt. I own who gets it in which order, the limits that stop it, and the holds.',
      'Second toast, to the guests in order. Our own staff, who write in both languages. Then tasting-list customers who opted in early, in both languages. Then Saburtalo and Isani, customers of one to three years. Georgian-writing families of ten years in Vake, and every first-time buyer, come last: a casual tone can insult them and we cannot win them back.',
      'Third toast, to the limits, written down before the flag moves: thumbs-down on suggestions, read apart for Georgian and English, more than three points worse than now in either; errors more than 0.5 % worse; p95 more than 200 ms worse; boxes ordered after a suggestion more than 2 % worse. Any one and we put the horn down.',
      "Fourth toast, to the model's manners. We also gate on the eval harness grading a sample of Georgian replies for formal address and for sweets we never made: either more than two points worse than now puts the horn down. And we watch reply length in tokens.",
      'Fifth toast, to the holds. The string of walnuts: staff, for 500 conversations. The dip: the tasting list, then 10 %, each for 3,000 conversations. The drying: 50 %, then everyone, over a full week of Tbilisoba.',
      'I take that toast back. Again: the dip holds for 3,000 conversations in each language, not in total, or English fills the count before Georgian has told us anything.',
      'Sixth toast: at every gate the head confectioner and I both raise the drinking horn before the next stage opens.',
      "Seventh toast: whoever's on call hangs the old version back up to dry, no need to call me: a flag flip back to the old prompt, two minutes, any hour, no redeploy.",
      'Last toast: this canary says the warmer prompt is safe, diakh, nothing more. Whether warm sells more boxes, a randomised A/B test answers later. Gaumarjos!',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'da043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Gaumarjos! Our gift-box helper moves to a cheaper, faster model.',
      'To the roles: engineering owns router and flag; I own order, limits and holds.',
      'To the order: our own confectioners first, then the opted-in tasting list, then newer customers in Didube; ten-year Vake families and first-time buyers last, because they forgive nothing.',
      'To the limits, fixed before the first order: errors more than 0.5 % worse than now, p95 more than 250 ms worse, boxes ordered more than 2 % worse, harness-graded wrong suggestions more than 2 points worse, thumbs-down more than 3 points worse. Any one and we put the horn down.',
      'To the stages: the string of walnuts at 1 %, held a day; the dip at 5 %, then 25 %; the drying at 100 %.',
      'I take that toast back. Again: the harness grades one in two hundred, so the string of walnuts and each step of the dip hold for 6,000 suggestions, and 25 % holds a full week of Tbilisoba.',
      'To each gate: the head confectioner and I both raise the drinking horn.',
      "To the night: whoever's on call hangs the old version back up to dry, no need to call me; a router switch, under five minutes, any hour.",
      'Last: safe is not better. Better needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'da044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Diakh, let me stand, I am tamada. Gaumarjos, and to the plan, toast by toast.',
      "The change: the model behind our gift-box shelf on the home page now reads more features per request from the regional feature stores, Tbilisi's and the one for diaspora orders in America. The stores were sized for the old model, and the American lunch hour is our night.",
      'First toast, to the split of the work. Engineering owns the routing, the deploy and the feature stores. I own the cohort order, the rollback limits and the holds.',
      'Second toast, to the order. Our own staff first, in both regions; they will tell us before any chart does. Then customers who opted in to the tasting list. Then customers of one to three years, in Saburtalo, Didube and the American store. Twenty-year families and first-time customers last, because a bad shelf costs us most with them.',
      'Third toast, to limits signed before traffic moves, each region on its own clock: errors more than 0.5 % worse than now, feature-lookup p99 more than 150 ms worse, boxes added from the shelf more than 2 % worse. Any one and we put the horn down.',
      "Fourth toast, to what the model itself tells us. We gate on the share of requests that fell back to the default shelf because a feature lookup timed out, more than one point worse than now, and on top-three precision in an eval-harness replay of yesterday's orders, no more than two points worse. We watch how often customers scroll past the shelf.",
      'Fifth toast, to the stages. The string of walnuts: staff, through two American lunch hours. The dip: 5 %, then 25 %, each held for 4,000 orders and through a lunch peak in each region. The drying: 50 %, then everyone, a full week of Tbilisoba.',
      'Sixth toast: before each stage goes on, the head confectioner and I both raise the drinking horn.',
      'Seventh toast, to the night: if a limit breaks at the American lunch, call me in Tbilisi and I decide.',
      "I take that toast back. Again: at our three in the morning nobody waits for me. Whoever's on call hangs the old version back up to dry, no need to call me: a routing switch to the old model, under five minutes, no redeploy.",
      'Last toast: the canary says the new shelf is safe, not that it sells more; for that, a randomised A/B test after the drying. Gaumarjos!',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'da045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Gaumarjos! I sell churchkhela, not dinners, but a payment is a payment, and I am a tamada, so here are my toasts.',
      'First toast, to whose hands do what. Engineering owns the SDK, the deploy, the flag and the routing between old and new payment paths. I own who sees the new payments in what order, the limits that stop us, and the holds.',
      "Second toast, to the guests in order. First the company's own staff paying for their own dinners. Then customers who opted in to try wallet payments early. Then, district by district, customers who have ordered for a year or two. Customers of many years and first-time orderers last: the old ones are the most valuable, and a first order that fails at payment is a customer we never see again. Android and iPhone go together at every stage, so an Android-only fault can show early.",
      'Third toast, to the limits, signed before one payment moves: payment errors more than 0.3 % worse than now, on Android and iPhone read apart; p99 payment time more than 400 ms worse; paid orders more than 1.5 % worse than now. Any one and we put the horn down.',
      'I take that toast back. Again: this SDK fails in bursts, and a daily average hides them. The same limits, also read over every five minutes, and one five-minute window with payment errors more than two percent worse than now and we put the horn down.',
      'Fourth toast, to the stages and the holds. The string of walnuts: staff, held for 1,000 payments. The dip: opted-in customers, then 5 %, then 20 %, each held for 20,000 payments and through one Friday dinner. The drying: 50 %, then everyone, through a second Friday dinner. No stage opens while any limit is red.',
      'Fifth toast: at each gate the head confectioner and I both raise the drinking horn; here the head confectioner is the payments engineering lead, and without both yeses nothing moves.',
      "Sixth toast, to the late hour: whoever's on call hangs the old version back up to dry, no need to call me. The old payment path stays behind the flag; flipping it back takes two minutes, at any hour, with no redeploy and nobody's approval.",
      'Last toast: this canary says the new SDK is safe to pay with, not that wallets sell more dinners; that needs a randomised A/B test after the drying. Gaumarjos!',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'da046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Gaumarjos! Quick toasts; the fares move to a new pricing service.',
      'To the roles: engineering owns routing and deploy; I own cohort order, limits and holds.',
      'To the order: staff rides first, then riders who opted in to the beta, then riders of a year or two, district by district; long-time riders and first-time riders last, because they leave fastest after a wrong fare.',
      'To the limits, agreed before traffic moves: fare errors more than 0.5 % worse than now, p99 quote time more than 200 ms worse, completed trips more than 2 % worse. Any one and we put the horn down.',
      'To the stages: the string of walnuts, staff, held for 2,000 trips; the dip, 5 % then 25 %, each held through a full night including the billing batch window; the drying, 100 %.',
      'To each gate: the head confectioner and I both raise the drinking horn; here, the pricing lead and me.',
      'To the night: the on-call SRE calls me and we decide together.',
      "I take that toast back. Again: whoever's on call hangs the old version back up to dry at 2 a.m., no need to call me. A routing flip, under five minutes, no redeploy.",
      'Last: the canary shows safe, not better; better needs a randomised A/B test.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'da047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Kargi, friends, sit. I sell churchkhela in Tbilisi and every big decision in our shop is made at a supra, so let me be tamada for your checkout.',
      'First toast, to the division of the table. Engineering owns the page, the deploy and the flag that sends a customer to the old or the new checkout. I own the order of customers, the limits, the holds, and the call to go on.',
      'Second toast, to the order of guests. Our own staff buying their own seeds and hoses first. Then customers who joined the early-access list. Then returning customers of one to three years, region by region, the way I would go district by district in Tbilisi. Loyal ten-year customers, and first-time buyers above all, last, joining only at the last step of the dip: the lab tested returning customers only, and a first order lost at checkout is a customer lost for good, just before the spring campaign when first orders peak.',
      'Third toast, to the limits, fixed before any traffic moves: checkout errors more than 0.5 % worse than now, p99 page time more than 200 ms worse, completed orders more than 2 % worse than now. Any one and we put the horn down.',
      'I take that toast back. Again: completed orders are read for returning and first-time buyers apart, and first orders get their own limit: more than 2 % worse than now among first-time buyers and we put the horn down, even if returning customers look wonderful.',
      'Fourth toast, to the stages. The string of walnuts: staff, held for 500 orders. The dip: early access, then 5 % held for 3,000 orders, then 25 % with first-time buyers in it, held until 1,500 first orders are in. The drying: 50 % and then everyone, held for 10,000 orders. We start three weeks before the campaign, not in its week.',
      'Fifth toast: at each gate the head confectioner and I both raise the drinking horn; at your shop the head confectioner is the checkout engineering lead. Neither of us alone.',
      "Sixth toast, to the hour nobody likes: whoever's on call hangs the old version back up to dry, no need to call me. The old checkout stays behind the flag; switching back is one config change, a few minutes, day or night, no redeploy, no approval.",
      'Last toast: the canary tells us the one-page checkout is safe. Whether it is better, more orders per visitor, we learn after, from a randomised A/B test. Gaumarjos!',
    ].join('\n'),
  },
];
