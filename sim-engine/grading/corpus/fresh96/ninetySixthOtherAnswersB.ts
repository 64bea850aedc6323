import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-sixth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic
 * answers (cx028–cx040), written blind and labelled by hand.
 */
export const NINETY_SIXTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: checkout-first-order
  {
    id: 'cx028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Moi. Sit, please. The one-page checkout is in the room with us.',
      'The suspect: the First-Time Buyer. In the lab, returning customers loved the page. Nobody tested it on someone with no saved card.',
      'My solution. Cohorts in this order. Staff first, in the kennel; they buy garden hoses too, and they tell us when a button is wrong. Then customers who joined early access. Then customers of five years or more in Levi and Saariselkä. First-time buyers last, and Rovaniemi last, because the spring campaign brings their first orders and one bad checkout loses them for good.',
      'Limits, agreed before we start: checkout errors more than 0.5 % worse than now, p99 page time more than 300 ms worse, first orders completed more than 2 % worse than on the old checkout. More than that and we turn the dogs home.',
      'Stages: the kennel, the forest trail, the frozen lake, then all. Each holds for 2,000 orders, with first-time buyers in the count, before it moves.',
      'That is it. If something breaks, we go back.',
      'No niin.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cx029',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'Moi. All of you, gathered. Good. … The bigger model is suspected of two things: costing too much, and talking nonsense at length.',
      "The solution is in the numbers. Before a single family sees it, I write them on the kennel door. Cost per conversation more than 25 % worse than now and we turn the dogs home. Eval-harness hallucination rate, safaris we don't run or age rules broken, more than 1 point worse. Thumbs-down more than 20 % worse. Errors more than 0.5 % worse, p95 latency more than 300 ms worse.",
      "If any limit is crossed, whoever's on call hitches the old version back to the sled, no need to call me. Day or night. It is one config flag, two minutes, no redeploy.",
      'How many families, which ones, how fast … that the engineers can decide, later. We will send it out bit by bit.',
      'Kiitos.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cx030',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: [
      'Moi. Sit. The fire is good tonight.',
      'The suspect is the Slow Afternoon. The new resizer is fast in the morning; the benchmarks ran for minutes. But this service is restarted only on deploys, and something that leaks gets slower all day.',
      'Who does what. The engineers own the deploy, the routing and the restarts. I own how fast we move and how long we wait at each stage.',
      'Stages. The kennel, the forest trail, the frozen lake. Every stage holds at least 36 hours without a restart, so we see the second afternoon, not only the first morning. Thursday is not my deadline; the holds are.',
      'Before every advance, the lead musher and I both ring the sled bell. If one of us does not ring, the sled stays.',
      'No niin, kiitos.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cx031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Moi. All here. Good.',
      'The suspect is the new cheaper model. Maybe it is guilty, maybe not.',
      'My plan is simple. We give it to some families first and see how it goes. If families are unhappy, they will tell us, and we go back. The engineers know the technical side better than me, so I trust them.',
      'A canary is a good method, joo. Miners had birds. We have dogs.',
      'Case closed. Kiitos.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cx032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Moi. Sit, please. This is a short one.',
      'The suspect is the new pricing page. The table is clearer. Nothing in the backend changes.',
      'A canary release, joo, means a small part of the users see the new page first, and then everyone. Like a musher sends one dog ahead onto new ice. If the dog is fine, the team follows.',
      "So we show it to some people, we look at the numbers, and before Friday's campaign everyone has it. If something is strange, the engineers will fix it.",
      'Kiitos.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cx033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Moi. Suspects. Lodge. Fire.',
      'canary cohort kennel forest trail frozen lake ramp hold gate threshold p99 latency errors feature store Singapore lunch peak Rovaniemi Levi Saariselkä',
      'sled bell lead musher on-call rollback flag router hallucination eval harness thumbs-down tokens cost per query',
      'randomised A/B safe better baseline control cohort order holds sign-off PM owns engineering owns',
      'kennel gate threshold hold ramp rollback sled bell cohort Levi feature store timeout 0.5 % 200 ms 2 % Christmas rush',
      'no niin … canary canary hold gate kennel bell thumbs-down hallucination A/B kiitos',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cx034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Moi … suspects:',
      '- tail kennel rollback 0.5 % bell p99 cohort',
      '- index filters sled early access threshold 200 ms frozen lake',
      '- on-call forest trail A/B licences minutes hold baseline',
      '- musher gate free tier randomised 2 % Saariselkä flag',
      '- sign-off p999 safe Rovaniemi ramp better Christmas rush owner',
      '- no redeploy cohort hold bell tail tail tail',
      'no niin, kiitos',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cx035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Moi. Sit. I will be short, because I have no suspects.',
      'I will not write limits before the new prompt goes out. No "more than N worse than now and we turn the dogs home". Not for errors, not for thumbs-down, not for German replies.',
      'I will not choose an order of families. No guides first in the kennel, no opted-in families on the forest trail, no Saariselkä regulars before the first-timers.',
      'No stages. No holds of five hundred bookings. Nobody waits a full week of the Christmas rush.',
      'The lead musher and I will not ring the sled bell. There is no bell.',
      'Whoever is on call does not hitch the old version back to the sled. Nobody gets that power at night.',
      "I won't watch the hallucination rate or the eval harness either. And no randomised A/B test afterwards.",
      "The PM owning the order and the limits, engineering owning the flag? No. I don't split it.",
      'No niin. That is my whole speech.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cx036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Moi. Everyone here, joo. … I was asked for a solution. I have none to give, on purpose.',
      'We do not fix rollback limits before the new date picker goes live. I would not say "more than 2 % fewer bookings than now and we turn the dogs home". We have no such number.',
      'We do not start with staff, then opted-in guests, then the long-time guests of the Levi cabins, with first-time bookers last. No order.',
      'We do not stop at the kennel or the forest trail. No hold of 1,000 bookings, no waiting for the late bookings to come in.',
      'Nobody signs off. The lead musher does not ring the sled bell, and neither do I.',
      'The on-call person does not get to switch the old version back at night. Not in minutes, not at all.',
      'And we do not run a randomised A/B test later to see whether it is better.',
      "Who owns what, PM or engineering? I won't divide it.",
      'Kiitos.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cx037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H'),
    text: [
      'Moi. Sit down, please. This one I solved early.',
      'The suspect is the old model. He is guilty of being worse, and the canary will prove it. The canary is our A/B test: the families in the canary show us the new model is better, and when their bookings go up, that is our proof. No separate test afterwards.',
      'How I will run it. The order: the kennel is our guides and office staff; they spot a silly suggestion at once. Then the forest trail: families who opted in to early features. Then the frozen lake: returning families of three years or more in Levi and Saariselkä. First-time families and the big Asian tour operators booking Rovaniemi go last; they have the least patience and the most guests.',
      'Limits, fixed before traffic moves: errors more than 0.5 % worse than now, p99 more than 200 ms worse, bookings more than 2 % worse than on the old model. Then we turn the dogs home.',
      'Each stage holds for 2,000 suggestions, including two Singapore lunch peaks, before it moves.',
      'When the frozen lake shows more bookings than the old model, the new one has won. Case closed.',
      'No niin.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cx038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Moi. Please, sit. The suspect is the Spring Sale. Last week everyone bought, 20 % off. This week fewer buy, and the new product page will look guilty.',
      'Here is how I catch the real thief.',
      'I do not write rollback limits before we start. A limit written in advance is a guess. A musher reads the dogs, not a chart: we watch the dashboards together and decide when it looks bad. Maybe 3 %, maybe 5 %, we will feel it.',
      'The order. The kennel: staff, because they find a broken gallery before anyone. Then customers who opted in to early access. Then customers of five years or more in Rovaniemi and Levi; they know the shop and forgive it. New customers last, they judge the shop on its first page.',
      'Each stage, the kennel, the forest trail, the frozen lake, holds for 3,000 product-page views before it moves.',
      'At each step the lead musher and I both ring the sled bell.',
      "If we stop, whoever's on call hitches the old version back to the sled, no need to call me. Any hour, a flag switch in two minutes, not a redeploy.",
      'No niin, kiitos.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cx039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Moi. All of you, sit. Kiitos for coming to the lodge at this hour.',
      'Last night somebody left the kennel gate open. Eleven dogs ran down to the frozen lake. … Joo.',
      'The suspects. The cook, who was carrying fish scraps. The new guide from Levi, who had never closed that latch. And the wind.',
      'The cook has fish on his gloves, true. But the latch has no fish smell. The wind cannot lift a latch. The new guide … in Levi the latch turns left. Ours turns right. He closed it the Levi way.',
      'No niin. Nobody is guilty, only the latch. Tomorrow we fit the same latch on every kennel, in Levi, Saariselkä and Rovaniemi. And the dogs are home, all eleven. They came back for breakfast.',
      'Kiitos. You may go to bed.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cx040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Moi. Please sit, everyone. You asked who decides which safari a family gets. I will tell you.',
      'It is the model. A family writes: two children, six and nine, a grandmother with a bad knee, three days in Saariselkä. The model reads it. It knows the short trail is two hours, the reindeer farm has a warm hut, the aurora trip is too late for a six-year-old.',
      'The new model is bigger. It reads the whole conversation, even the long ones, where the mother first says "no cold", and later "but the kids love dogs". The old one forgot the first message.',
      'Families like that. Our guides like it too: fewer families arrive on the wrong trail in the wrong boots.',
      'So the suspect is innocent. It is a good model, and a kind one.',
      'No niin. Kiitos.',
    ].join('\n'),
  },
];
