import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twelfth fresh set, author C: the thirteen answers that are not strong
 * (dn048–dn060: middling, weak, salad, negated, misconception-led and off-topic), written blind
 * (the grader unseen) and labelled by hand before anything else. The voice: a Haitian
 * (Port-au-Prince) English register in writing with Kreyòl and French words, a cut-metal art
 * workshop whose language model suggests which piece, size and finish suit a wall, a home and a
 * budget, every answer a symphony conductor's markings on the score, bar by bar, with one bar
 * marked again. Misconception-led answers carry only the points they genuinely commit to.
 */
export const HUNDRED_AND_TWELFTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'dn048',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      "Bon. The three-step checkout of our shop becomes one page, with saved addresses and cards filled in for you. Returning buyers loved it when we tried it with them in the workshop; the season's sales want it live before Fèt Gede, when first orders come in the most. My marks on the score:",
      'Bar 1. What is mine: the order in which buyers see the new page and the limits that say stop. The routing, the deploy and the flag belong to engineering, and I leave them there.',
      'Bar 2. First our own cutters and shop staff, buying small pieces for their mothers. Then the early-look list, Pétion-Ville and Turgeau buyers of five years and more who asked to try new things. Only after that the rest of the city, and the first-time buyers last of all, because this change could lose exactly them: a saved card means nothing to someone with no card saved.',
      'Bar 3. Written down before anyone sees the page: checkout errors more than 0.5 % worse than now, and we bank the fire; first orders completed more than 2 % worse than now, and we bank the fire; p99 more than 200 ms worse, the same.',
      'Bar 2, marked again: inside each group, the first-time buyers are counted apart, so their numbers are never drowned by the loyal ones.',
      'Bar 4. We open it wider when it looks fine, and if something goes badly we go back to the old checkout. Pito slow than sorry.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dn049',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Sak pase. Bigger model for the assistant that suggests pieces, sizes and finishes; same prompt; evals three points up; our bookkeeper wants the cost of a conversation. Notes in the margin of the score:',
      '',
      '- Bar 1: a random 5 % of conversations first, anybody.',
      '- Bar 2: limits, set before the 5 % starts. Errors more than 0.5 % worse than now, and we bank the fire. P95 more than 300 ms worse, same. Suggestions of pieces we do not make (eval harness, sampled) more than 1 point worse, same. Thumbs-down more than 2 points worse, same. Cost per conversation more than 40 % over now, same.',
      '- Bar 3: stages. The first drum lid at 5 %, held 3 days and 2,000 conversations. The hammering yard at 25 %, held a full week of Fèt Gede. The whole market wall after that. Each stage passes its gate only if every limit stayed green for the whole hold.',
      '- Bar 2, marked again: the cost limit is per conversation, not per day, or a busy day looks like a regression.',
      '- Bar 4: if something is wrong, we go back to the old model.',
      '',
      'Mèsi.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dn050',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Anmwe, a rewritten image service. Every piece on our shop has its photos resized by it, and the new one learns a new photo format. The benchmarks say 20 % faster; the team wants it everywhere by Thursday; and the service only restarts when we deploy, so whatever it leaks, it leaks all day. I mark the score this way.',
      'Bar 1, piano. The first drum lid: our own catalogue pages, the ones the cutters and the shop staff open all day, and nobody else.',
      'Bar 2, mezzo piano. The early-look list next: Bourdon and Pacot buyers of ten years and more who opted in to see new things first. They tell us when a photo looks wrong.',
      'Bar 3, forte. The hammering yard: 10 %, then 25 %, then 50 % of all buyers, and the new buyers and the gallery buyers at the very end, because a blurred or slow first photo sends a new buyer away and a gallery buyer judges the finish by the photo.',
      'Bar 4, fermata. Each of these stages holds at least two full days without a restart, so a slow leak has time to show itself, and it does not pass its gate until the hold is done.',
      'Bar 5. At every gate the master metalworker and I both ring the first piece with a knuckle; without both, we stay where we are.',
      'Bar 4, marked again: the first hold is three days, not two, since nobody restarts it over the weekend.',
      'Thursday can wait. Mèsi anpil.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dn051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Bar 1. The new prompt is warmer, and warmth is good for a workshop like ours; people buy a tree of life from someone who sounds like a friend.',
      'Bar 2, the first drum lid. We would give it to some buyers first and read what the assistant says to them, in English and in French, to see that it still sounds nice.',
      'Bar 3. If buyers complain, or it sounds strange in French, anmwe, we go back to the old prompt.',
      'Bar 2, marked again: we should also ask someone who writes French well to read a few answers.',
      'Bar 4. Then the whole market wall. Bon, that is the plan, simple like a good cut.',
    ].join('\n\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dn052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Sak pase. A canary release, for the new search over our catalogue, is when you send the new version to a small part of the buyers before all of them, like the old miners who carried a bird down with them. ' +
      'In the score it would look like this: bar 1, a little, the first drum lid; bar 2, a little more, the hammering yard; bar 3, the whole market wall. ' +
      'Bar 2, marked again: maybe more than a little, since the new search is cheaper to host and the median query is faster. ' +
      'We would look at the speed and at whether people still find their pieces, and our largest buyers would see it first because they search the most. ' +
      'If it is slow for some rare searches we can fix that later. It is a good practice that lowers the risk, mèsi.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dn053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Bar 1: canary, cheaper model, faster model, 1 % 5 % 25 % 100 %, first drum lid, hammering yard, whole market wall. ' +
      'Bar 2: eval harness one in two hundred, thumbs-down sparse, hallucination rate, p95, tokens per suggestion, cost per suggestion, Pacot ten years, Delmas new buyers. ' +
      'Bar 3: fermata fermata, gate, hold, sign-off, knuckle, master metalworker, bank the fire, 0.5 % 200 ms 2 %. ' +
      'Bar 3, marked again: flag, routing, on call, market wall, A/B, randomised, safe, better, sak pase, mèsi anpil. ' +
      'Bar 4: a few hundred suggestions per minute, peak, rating, harness, hallucination, thumbs, cost, latency, rollback, rollback.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dn054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Pricing page, comparison table, campaign Friday, backend unchanged.',
      'Bar 1 — pp — staff, early-look, Turgeau 5 years, Carrefour 2 years, new buyers, galleries.',
      'Bar 2 — mf — 1 %, 10 %, 25 %, 50 %, 100 %, first drum lid, hammering yard, whole market wall.',
      'Bar 3 — ff — conversion 2 %, errors 0.5 %, p99 200 ms, bank the fire, bank the fire.',
      'Bar 4 — fermata — 2 days, 3 days, Fèt Gede, 1,000 orders, gate, knuckle.',
      'Bar 4, marked again — config flag, 5 minutes, on call, any hour, market wall, no call.',
      'Bar 5 — coda — canary, A/B, safe, better, PM, engineering, routing, deploy. Anmwe. Bon.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dn055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Our commission page gets a new date picker for delivery and a shorter form, and the chosen dates now live in a new store in the browser. Buyers often talk it over at home before they commission a piece, so a lost commission shows only hours later. The team wants it at 100 % this afternoon. Here are the markings I will not write on this score.',
      'Bar 1. I will not split the parts; I see no reason for a PM to hold the order of buyers or the limits apart from engineering.',
      'Bar 2. No first drum lid. Not our cutters first, not an early-look list of Pacot buyers after them, and I will not keep new buyers for last.',
      'Bar 3. No limits inked before the page goes out, no numbers for errors, for speed or for commissions.',
      'Bar 4. No fermata. Not a hold at the hammering yard, not a count of days or of commissions at any stage.',
      "Bar 4, marked again: not even one evening's wait for the late commissions.",
      'Bar 5. The master metalworker and I will not ring any piece with a knuckle; nobody signs an advance.',
      'Bar 6. The person on call will not hang the old pieces back on the market wall on their own at night; and it will not be a switch of a flag in minutes.',
      'Bar 7. And no randomised A/B test afterwards. The design reviews were glowing; bon, it goes out this afternoon.',
    ].join('\n\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dn056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Sak pase. The new suggestion model reads more of each buyer's history from our two stores, Port-au-Prince and Paris, and the stores were sized for the old one. People will tell you to mark a careful score for this. I would not, and here is each marking I strike before it is written:",
      '',
      '1. Bar 1: no division between what I own and what engineering owns; I will not hold the order of buyers or the limits myself.',
      '2. Bar 2: no order of buyers. I would not start with our own cutters, not with an opted-in list of Pacot buyers, and I would not keep the new buyers and the gallery commissions for the end.',
      "3. Bar 3: no limits decided in advance, not for errors, not for p95, not for the stores' timeouts.",
      '4. Bar 4: I would not watch the eval harness for suggestions of pieces we do not make, nor the thumbs-down, nor what buyers put in a basket; those are not signals I would gate on.',
      '5. Bar 5: no fermata at the first drum lid or at the hammering yard, no wait through a Paris lunch hour.',
      '6. Bar 6: no master metalworker ringing a first piece with me; no one signs an advance.',
      '7. Bar 7: I would not let whoever is on call in Port-au-Prince or Paris put the old model back alone at dawn, and not by a flag.',
      '8. Bar 3, marked again: not per region either.',
      '9. Bar 8: and no randomised A/B test after.',
      '',
      'Pito, it goes to both regions at once. Mèsi.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dn057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      'Bon, let me say the main thing first, in the first bar: the canary is where we prove the bigger model is better than the old one, so the canary is our A/B test. If the buyers on the new model order more pieces than the buyers on the old one, that is our proof, and we need no separate experiment afterwards.',
      'Bar 2, the parts. I own the order of the buyers and how long we hold; engineering owns the routing, the deploy and the flags.',
      'Bar 3, pianissimo, the first drum lid: our cutters and shop staff, 1 % of conversations, for 3 days.',
      'Bar 4, crescendo, the hammering yard: first the opted-in early-look list, Turgeau and Bois-Verna buyers of five years and more, then 10 % and 25 % of everyone, held a full week of Fèt Gede before the gate to the whole market wall. New buyers and the gallery commissions come last, since a wrong first suggestion costs us them for good.',
      'Bar 5. All through, we watch the eval harness for suggestions of pieces, sizes or finishes we do not make, the thumbs-down on suggestions, and the cost per conversation, because our bookkeeper asked.',
      'Bar 4, marked again: the hold at the first drum lid is 3 days and 1,000 conversations, whichever is later.',
      'Bar 6, the coda: at the whole market wall, we compare orders between the two groups and announce the winner. Mèsi anpil.',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dn058',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      "Sak pase. The product page of each piece moves the buyers' reviews up top and loads the gallery of photos lazily. Last week was our big sale, 20 % off everything, ended Sunday at midnight; this week nothing is planned. My markings:",
      "Bar 1. The limits we decide while we watch. Last week's sale makes every number strange, so I will not fix a figure now; when the hammering yard is open, we look at the orders beside the photos and decide then what is too much.",
      'Bar 2, pianissimo, the first drum lid: our cutters and shop staff first, since they open pages all day and tell us when a photo is slow.',
      'Bar 3, mezzo forte: the opted-in early-look list next, Pétion-Ville and Pacot buyers of five years and more; then everyone; new buyers last, because a broken first page costs a first order.',
      'Bar 4. Before each widening, the master metalworker and I both ring the first piece with a knuckle; without both of us, it stays where it is.',
      "Bar 5. Whoever is on call hangs the old pieces back on the market wall, no need to call me: at any hour, the page flag switched back in under five minutes, no redeploy, no one's approval.",
      "Bar 1, marked again: even the error limit we choose on the day, by looking at the dashboard beside last week's.",
      'Bon, mèsi.',
    ].join('\n\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dn059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Before the release, let me tell you how a piece is born, because that is what our bigger photos and size guide must honour.',
      'Bar 1, pianissimo. An oil drum comes up from the port. We burn out the inside, we cut the lids off, and the first drum lid goes to the youngest apprentice to learn on.',
      'Bar 2, crescendo. The body is split and flattened with a sledge in the hammering yard until it lies like a sheet of paper. Anmwe, the noise.',
      'Bar 3. The master chalks the drawing: a tree of life, a mermaid, roosters for a kitchen.',
      'Bar 4. Chisel and hammer, from the centre out, never from the edge in, or the metal tears.',
      'Bar 4, marked again: for a mermaid we start at the tail, not the centre, because the scales need the room.',
      'Bar 5, forte. Every piece is oiled or painted, and the whole market wall in Croix-des-Bouquets shines in the afternoon.',
      'That is why our staff look at the site all day, sak pase, to see the pieces; they already own them. Mèsi.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dn060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Sak pase. Rather than the model, let me mark the score of our season, because that is what sells pieces.',
      '',
      '- Bar 1: the week before Fèt Gede, we hang black and purple pieces in the front of the workshop, skulls and top hats cut from the same drum.',
      '- Bar 2: a radio spot on a station in Delmas, read by an old buyer from Pacot who has bought from us for twenty years.',
      '- Bar 3: a table at the Pétion-Ville market on Saturday, with the small birds at a price a student can pay.',
      '- Bar 2, marked again: two old buyers, not one, a man and a woman, so both voices are heard.',
      '- Bar 4: a photo of every new piece on the wall of the shop, with the apprentice who cut it standing beside it.',
      '- Bar 5: a thank-you card in each box, in Kreyòl and in French.',
      '',
      'The summaries of what buyers say, the ratings, the numbers, all of that the engineers can look after. Bon, mèsi anpil.',
    ].join('\n'),
  },
];
