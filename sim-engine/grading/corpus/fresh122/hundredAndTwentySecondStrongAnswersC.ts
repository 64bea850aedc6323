import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-second fresh set, author C: strong answers (dx041–dx047), four on model
 * scenarios and three on service scenarios, each covering every point of its kind.
 *
 * Voice: a Telugu (Hyderabad) English register in speech with Telugu and Hyderabadi Urdu words;
 * the PM of a Kalamkari hand-painted textile workshop whose language model suggests which cloth,
 * motif and length suit a room, a gift and a budget. Every answer is a squash referee's calls,
 * game by game, with one let changed to a stroke on the video review. Stages named after the
 * cloth (the first outline, the alum bath, the madder boil, the river wash, the whole Shilparamam
 * fair); sign-off as "the head kalamkar and I both spread the first length out under the neem
 * tree"; holds as "a full week of Bathukamma" or a count of days or orders; thresholds as "more
 * than N worse than now, and we lift the kalams off the cloth"; cohorts by Hyderabad area and
 * years buying; rollback as "whoever is on call drapes the old lengths back over the courtyard
 * rope, no need to call me" (README-c.md says which of the given wordings were changed and why).
 * Labelled by hand as each answer was written, before any grading.
 */
export const HUNDRED_AND_TWENTY_SECOND_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dx041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Baagunnara, emandi. The change: our suggestion assistant, which tells a customer which Kalamkari cloth, which motif and how many metres suit her drawing room, her sister's wedding gift and her budget, moves to a bigger model with a longer context window. Offline evals are up three points and our finance uncle already asks what each conversation costs.",
      "Game 1, rally 1: roles. I own the order of customers, the rollback limits and how long we hold at each stage. Farhan's engineering team owns the routing, the deploy and the flags. Nakko mixing those up.",
      'Game 1, rally 2: the order. Our own painters and shop staff go first, because they know every motif and will tease the model the moment it puts a peacock border on a pillow cover. Then early-access buyers from Banjara Hills and Jubilee Hills who have bought five years or more and ticked the box for early looks. Then Kukatpally and outstation buyers. First-time buyers and big wedding and hotel orders come last: one bad suggestion there loses a new customer or a lakh of rupees.',
      "Game 1, rally 3: limits, written and agreed before a single conversation moves. Errors 0.5 %, p95 latency 400 ms, thumbs-down on suggestions 2 points, the eval harness's wrong-motif-or-wrong-length rate 1 point, cost per conversation ₹3. Any one of those, more than that much worse than now, and we lift the kalams off the cloth.",
      'Game 2, let changed to stroke: I first called a flat two days at every stage. The video review says ledu: wedding-gift questions come in slowly, so the middle stage holds until 400 gift conversations or a full week of Bathukamma, whichever is later.',
      'Game 2, rally 1: the stages. The first outline, 2 % of conversations, held three days; the madder boil, 20 %, held as above; the whole Shilparamam fair, 100 %. Each stage gates on those limits; nothing advances until the head kalamkar and I both spread the first length out under the neem tree: both of us read the numbers, both of us sign.',
      'Game 2, rally 2: rollback. Whoever is on call drapes the old lengths back over the courtyard rope, no need to call me. A routing switch to the old model, two minutes, any hour, night also, no approval.',
      'Match ball: the canary tells us the bigger model is safe, not that it sells more cloth. For "better" we run a randomised A/B test afterwards, hau. Dhanyavadalu.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dx042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Warmer prompt; referee's notes, fast fast:",
      "Game 1, rally 1. Mine: cohort order, limits, holds. Farhan's team: routing, deploy, flags.",
      'Rally 2. Order: painters and staff, both languages → opted-in early-access buyers, Secunderabad and Begumpet, three years plus → everyone else → Telugu-writing elders and first-time buyers last, because a too-casual "nuvvu" hurts them most.',
      'Rally 3. Limits, fixed before any chat moves: errors +0.5 %, p95 +300 ms, thumbs-down in Telugu chats more than 2 points worse than now, eval-harness flags for disrespectful address over 1 %. Any one, we lift the kalams off the cloth.',
      'Game 2, let changed to stroke: I wrote one thumbs-down number for both. Review: ledu, Telugu and English gated separately.',
      'Rally 1. Stages: the first outline, 1 %, three days; the madder boil, 10 %, until 600 Telugu chats; the whole Shilparamam fair, 100 %. Each a gate on the limits.',
      'Rally 2. Sign-off: the head kalamkar and I both spread the first length out under the neem tree, each stage.',
      'Rally 3. Rollback: whoever is on call drapes the old lengths back over the courtyard rope, no need to call me. Prompt flag flip, under five minutes, 3 a.m. also, no approval.',
      'Match ball. Canary = safe. Warmer = better? Randomised A/B test afterwards. Dhanyavadalu.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dx043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Avunu, this is the quiet one. The cloth suggestions move to a cheaper, faster model; a few hundred suggestions an hour at the evening peak, hardly anyone rates one, and the eval harness grades one suggestion in two hundred. Referee's calls, numbered:",
      '',
      '1. Game 1, rally 1, the roles. I own who goes first, the limits and the holds. Engineering, Farhan and Swathi, own the routing, the deploy and the flag.',
      '2. Game 1, rally 2, the order. Workshop staff and painters first, because they will actually rate every suggestion if I tease them enough. Then early-access buyers in Madhapur and Kondapur, two years and more, who opted in. Then the rest of Hyderabad and outstation. First-time buyers and the temple and wedding bulk orders last: a new customer does not come back after one silly suggestion, and the bulk orders are where the money sits.',
      '3. Game 1, rally 3, the limits, signed before any traffic moves. Errors more than 0.5 % worse than now; p95 more than 300 ms worse; eval-harness score more than 3 points worse; "show me something else" re-asks more than 4 points worse; add-to-cart after a suggestion more than 2 points worse. Any one and we lift the kalams off the cloth.',
      '4. Game 2, let changed to stroke: I had written 5 % for one day. The video review says at 5 % the harness sees maybe three graded suggestions a day, that is nothing, babu. So during the canary the harness grades one in ten on the canary side, and the holds are counts, not hours.',
      '5. Game 2, rally 1, the stages. The first outline, 5 %, held until 300 graded suggestions. The madder boil, 25 %, held until 1,500 graded suggestions and 200 customer ratings, or a full week of Bathukamma, whichever is longer. Then the whole Shilparamam fair, 100 %.',
      '6. Game 2, rally 2, sign-off. Before each advance the head kalamkar and I both spread the first length out under the neem tree: we read the graded samples ourselves, both say yes.',
      '7. Game 2, rally 3, rollback. Whoever is on call drapes the old lengths back over the courtyard rope, no need to call me. It is a config switch to the old model, three minutes, midnight or noon, no permission.',
      '8. Match ball. Cheaper and safe is what the canary shows. Whether customers like the new suggestions better is a randomised A/B test afterwards, sare?',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dx044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Hau, a referee's score card for this one. The change: a new recommendation model for the home-screen cloth bundles that reads more features per request from the regional feature stores, the India store and the US store, and both stores were sized for the old model. Our NRI customers in New Jersey and Dallas shop at their lunch, which is our midnight in Hyderabad.",
      '',
      'Game 1, rally 1, roles: I own the cohort order, the limits and the holds. Engineering owns the routing, the deploy, the flags and the feature stores.',
      '',
      'Game 1, rally 2, the card:',
      'Stage | Who | Share | Hold before the gate',
      'The first outline | our painters and staff, both offices | 1 % | two days, covering two US lunch peaks',
      'The alum bath | opted-in early-access buyers, Gachibowli and Kondapur plus New Jersey, three years or more buying | 5 % | three days including a weekend',
      'The madder boil | regular buyers in both regions | 25 % | a full week of Bathukamma, both peaks every day',
      'The whole Shilparamam fair | everyone; first-time buyers and wedding bulk orders only here, because they forgive least | 100 % | none',
      '',
      'Game 1, rally 3, limits, per region, written before any traffic moves; more than this much worse than now, and we lift the kalams off the cloth:',
      'Errors | 0.5 %',
      "p99 latency at that region's peak | 250 ms",
      'Feature-store read timeouts | 1 %',
      'Bundle click-through | 2 points',
      'Add-to-cart from a bundle | 1.5 points',
      'Bundles that fall back to the default list | 2 %',
      '',
      "Game 2, let changed to stroke: I had one latency number for the whole day. The video review says the India daytime average hides the US lunch, so every limit is read per region at that region's own peak hour.",
      '',
      'Game 2, rally 1, sign-off: at each gate the head kalamkar and I both spread the first length out under the neem tree, after both of us read the US peak numbers.',
      '',
      'Game 2, rally 2, rollback: whoever is on call drapes the old lengths back over the courtyard rope, no need to call me. A routing switch to the old model, two minutes, and the on-call rota covers our midnight because that is the US lunch. No approval needed.',
      '',
      'Match ball: this canary shows the model is safe at both peaks. Whether bundles sell better is a randomised A/B test afterwards. Dhanyavadalu.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dx045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "Sare, in one breath, like a referee who will not stop talking: Game 1, rally 1, the roles, I own the order of customers and the rollback limits and how long we hold, and Farhan's team owns the routing and the deploy and the flag, nakko mixing; rally 2, the order, our own staff paying for their own cloth in the app first, then the early-access buyers from Ameerpet and Begumpet who have bought three years or more and opted in, then everyone else, and first-time buyers and the big wedding-trousseau orders last, because a failed payment on a first order means no second order and a failed payment on a sixty-thousand-rupee trousseau means the aunty calls my mother; rally 3, the limits, written and agreed before a single payment moves, payment failures more than 0.5 % worse than now with Android and iOS counted separately and in five-minute windows so a burst cannot hide inside a daily average, payment p99 more than 300 ms worse, paid orders per hour more than 3 % below the same hour last week, and any one of those means we lift the kalams off the cloth; Game 2, let changed to stroke, I first said hold one day at each stage, but the video review shows Friday evening is our busiest hour and the provider's certification never saw a Friday evening, so no stage advances until it has held through one whole Friday evening; rally 4, the stages, the first outline at 1 % for two days, the madder boil at 10 % through a Friday evening and at least 2,000 payments, the river wash at 50 % for three more days, then the whole Shilparamam fair, and at each gate the head kalamkar and I both spread the first length out under the neem tree, meaning both of us read the numbers and both of us sign; rally 5, rollback, whoever is on call drapes the old lengths back over the courtyard rope, no need to call me, the app carries both payment paths and a config switch sends everyone back to the old SDK in about three minutes, any hour, Friday night also, no approval from anybody; and match ball, the canary only tells us the new SDK is safe to pay with, not that wallets bring more orders, for that we run a randomised A/B test afterwards, dhanyavadalu.",
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dx046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Price per metre moves to a new pricing service.',
      'Orders never stop; rollout starts Tuesday evening.',
      'Game 1.',
      'Rally 1: I own the order, the limits, the holds.',
      'Engineering owns routing, deploy, flags.',
      'Rally 2: staff orders first.',
      'Then opted-in early buyers, Tarnaka and Habsiguda, four years plus.',
      'Then everyone.',
      'New buyers and US wedding orders last: they pay most, forgive least.',
      'Rally 3: limits, written Tuesday noon, before any traffic:',
      'price mismatches against the old service above 0.2 %,',
      'checkout errors 0.5 % worse than now,',
      'p99 200 ms worse.',
      'Any one, we lift the kalams off the cloth.',
      'Game 2.',
      'Rally 1: the first outline, 2 %, 24 hours.',
      'The madder boil, 20 %, three nights, billing batch window included.',
      'The whole Shilparamam fair, 100 %.',
      'Rally 2: at each gate the head kalamkar and I both spread the first length out under the neem tree.',
      'Game 2, let changed to stroke: I said on-call pings me first. Review: ledu.',
      'Rally 3: whoever is on call drapes the old lengths back over the courtyard rope, no need to call me.',
      'Config switch to the old pricing service, four minutes.',
      '2 a.m., Sunday, any hour. No approval.',
      'Match ball: the canary shows it is safe, not better.',
      'Better needs a randomised A/B test, later.',
      'Dhanyavadalu.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dx047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Chala interesting, this one. Search over our motif catalogue moves to a new index layout, smaller and cheaper to host. The median query got faster, but nobody benchmarked the long ones: kalamkari plus cotton plus peacock plus indigo plus under three metres plus under ₹4,000. The interior designers with trade accounts type exactly those. So I referee it with the players appealing:',
      'Game 1, rally 1. Farhan appeals: "Let? We just flip the new index on." Me: "No let. I own who gets it first, the limits and the holds. You own the routing, the deploy and the flag."',
      'Game 1, rally 2. Farhan again: "A random 5 % is enough, no?" Me: "No let, babu. Our own staff first, because they search the catalogue all day. Then the opted-in early-access buyers from Jubilee Hills and Film Nagar, three years or more. Then retail everywhere. The designers with trade accounts last: they run the long filtered searches and they bring the biggest orders."',
      'Game 1, rally 3. Limits, written before one query moves, any of them and we lift the kalams off the cloth: p99 for queries with three or more filters more than 300 ms worse than now, measured apart from the plain queries; zero-result searches more than 1 point worse; errors more than 0.5 % worse; search-to-cart more than 2 % below the baseline.',
      'Game 2, let changed to stroke: I had the median as the gate. The video review says ledu, the median is exactly where this hides. p99 on the filtered queries is the gate.',
      'Game 2, rally 1. Stages: the first outline, 1 %, two days; the madder boil, 20 %, until at least 5,000 filtered searches have gone through it; the whole Shilparamam fair, 100 %. No skipping.',
      'Game 2, rally 2. Sign-off: before every advance, the head kalamkar and I both spread the first length out under the neem tree, both reading the tail numbers.',
      'Game 2, rally 3. Rollback: whoever is on call drapes the old lengths back over the courtyard rope, no need to call me. The old index stays warm; it is a routing switch, under five minutes, any hour, no approval.',
      'Match ball. The canary says the new index is safe. Whether it finds better cloth for people, that is a randomised A/B test afterwards. Dhanyavadalu.',
    ].join('\n\n'),
  },
];
