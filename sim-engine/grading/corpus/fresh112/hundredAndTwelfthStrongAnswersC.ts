import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twelfth fresh set, author C: strong answers (dn041–dn047), written blind (the
 * grader unseen) and labelled by hand before anything else. The voice: a Haitian (Port-au-Prince)
 * English register in writing with Kreyòl and French words, a cut-metal art workshop whose
 * language model suggests which piece, size and finish suit a wall, a home and a budget, every
 * answer a symphony conductor's markings on the score, bar by bar, with one bar marked again.
 * Four model answers (every point, M included) and three service answers (every point but M).
 */
export const HUNDRED_AND_TWELFTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dn041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Sak pase. The change: the model that tells a buyer which cut-metal piece, which size and which finish will sit right on a wall, in a home, inside a budget, moves to a bigger model with a longer memory. The evals rose three points on short questions; our bookkeeper asks what one conversation will now cost. My score, bar by bar.',
      'Bar 1, the parts. I hold the pen on the order in which buyers hear the new model, the limits that turn us back, and how long we hold at each stage. Engineering holds the routing, the deploy and the flags. We do not trade instruments.',
      'Bar 2, pianissimo: the first drum lid. Our cutters and shop staff get the bigger model first, on 1 % of conversations. They know every piece by name, so a wrong size stings them before it stings a buyer.',
      'Bar 3, crescendo: the hammering yard. Then the early-look list, buyers of five years and more in Pacot and Turgeau who asked to see new things first; then 10 %, 25 % and 50 % of everyone. New buyers and the hotel and gallery commissions come last: a first order gone wrong never comes back, and one lobby commission is a season of bread.',
      'Bar 4, the limits, inked before one buyer moves. Errors more than 0.5 % worse than now, and we bank the fire. P95 latency more than 300 ms worse than now, and we bank the fire. Suggestions naming a piece, size or finish we do not make, graded by the eval harness, more than 1 point worse than now, and we bank the fire. Thumbs-down more than 2 points worse, or cost per conversation more than 40 % above now, and we bank the fire.',
      'Bar 5, fermata at every stage: 3 days and 1,500 suggestions, whichever comes later. We advance only when the master metalworker and I both ring the first piece with a knuckle.',
      "Bar 6. Whoever is on call hangs the old pieces back on the market wall, no need to call me: any hour, one flag switch in the router, done in under five minutes, no redeploy, nobody's approval.",
      'Bar 5, marked again: at the hammering yard the fermata is a full week of Fèt Gede, when buyers come in numbers and the order counts can speak.',
      'Coda. This canary tells us the bigger model is safe, not that it is better. Better is a randomised A/B test after the whole market wall. Mèsi anpil.',
    ].join('\n\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dn042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Sak pase. New payment kit with wallets; Android bursts feared. My marks:',
      '',
      "Bar 1. Mine: cohort order, limits, holds. Engineering's: routing, deploy, flags.",
      'Bar 2. pp, the first drum lid: staff paying on their phones, 1 %.',
      'Bar 3. mf, the hammering yard: early-look list (Bourdon and Canapé-Vert buyers, 5+ years, opted in), then 10 %, 25 %, 50 %.',
      'Bar 4. ff, the whole market wall: new buyers and gallery commissions last, most to lose.',
      'Bar 5. Limits inked before traffic moves: failed payments more than 0.5 % worse than now, and we bank the fire; Android failures in any 5-minute window more than 2 % worse, same; p99 more than 200 ms worse; paid orders more than 2 % worse.',
      'Bar 6. Fermata at each stage: 2 days and 3,000 payments.',
      'Bar 7. Advance only when the master metalworker and I both ring the first piece with a knuckle.',
      'Bar 8. Whoever is on call hangs the old pieces back on the market wall, no need to call me. Any hour. Config switch to the old kit, under 5 minutes. No redeploy, no approval.',
      'Bar 6, marked again: each fermata spans two Friday evenings, our busiest; one cannot show a burst.',
      'Bar 9. Canary says safe, not better. Whether wallets sell more: randomised A/B test afterwards. Bon.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dn043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Bon, the prompt that speaks to our buyers is rewritten to sound warmer, and only the English side of the shop read it, while a quarter of our buyers write in French, where vous and tu are not the same thing at all, so I mark this score in one breath, bar by bar:',
      'in bar 1 I take my part, the order of the buyers, the limits and the holds, and I leave the routing, the deploy and the flags to engineering, who own them;',
      'in bar 2, pianissimo, the first drum lid, our cutters and the shop staff, who write to the assistant in both languages every day, get the new prompt on 1 % of conversations, French and English both;',
      'in bar 3, the hammering yard, the early-look list of Bois-Verna and Pacot buyers of five years and more who opted in, with French writers counted on purpose, then 10 %, 25 % and 50 % of everyone, and new buyers and the big gallery commissions last because a cold or over-familiar first word loses them for good;',
      'in bar 4, before a single conversation moves, we ink the limits, errors more than 0.5 % worse than now, and we bank the fire, p95 latency more than 250 ms worse than now, and we bank the fire, thumbs-down in French more than 2 points worse than now, and we bank the fire, replies that use tu with a buyer who wrote vous, graded by the eval harness on a sample, more than 3 points worse than now, and we bank the fire, suggested pieces we do not make more than 1 point worse, the same;',
      'in bar 5, a fermata at each stage of 4 days and 2,000 conversations, with at least 500 of them in French;',
      'in bar 6 we move on only when the master metalworker and I both ring the first piece with a knuckle;',
      "in bar 7 whoever is on call hangs the old pieces back on the market wall, no need to call me, day or night, by switching the prompt flag back, which takes two minutes and no redeploy and no one's leave;",
      'and bar 5, marked again: the French count at the first drum lid is 300, since our staff alone will not write 500;',
      'and in the last bar, the canary tells us the warmer prompt is safe, not that it is better, so whether warmth sells more pieces waits for a randomised A/B test afterwards, mèsi.',
    ].join(' '),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dn044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Anmwe, a database move under load. Every page of our order book reads the pieces in progress from storage, and that storage moves to a managed cluster behind a new proxy. The load tests ran with warm caches, and the old cluster is switched off at the month's end, so the old path must stay alive until the last bar. My score, written as a table:",
      '',
      'Bar | marking | what happens',
      '1 | the parts | I own the order of buyers, the limits and the holds; engineering owns the proxy, the routing, the deploy and the flags.',
      '2 | pp, the first drum lid | 1 % of reads: our cutters, finishers and office, who load the order book all day and forgive a slow page.',
      '3 | mp, the hammering yard, first half | 10 %: the early-look list, Delmas and Turgeau buyers of three years and more who opted in to see new things first.',
      '4 | mf, the hammering yard, second half | 25 %, then 50 % of everyone else; new buyers and the gallery and hotel commissions last, because they leave at the first broken page.',
      '5 | ff, the whole market wall | 100 %.',
      '6 | limits, inked before traffic moves | read errors more than 0.5 % worse than now, and we bank the fire; p99 more than 200 ms worse than now, and we bank the fire; orders saved more than 2 % worse than now, and we bank the fire.',
      '7 | fermata | at every stage, 3 days and one Monday-morning peak with cold caches, then a gate.',
      '8 | sign-off | the master metalworker and I both ring the first piece with a knuckle before each advance.',
      "9 | rollback | whoever is on call hangs the old pieces back on the market wall, no need to call me: at any hour, the proxy's routing flag back to the old cluster, under five minutes, no redeploy, no approval.",
      '7, marked again | fermata | 3 days became 4, so every stage holds through at least one cache flush at night.',
      '10 | coda | the canary tells us the new cluster is safe, not better; if we want to know better, a randomised A/B test afterwards.',
      '',
      'Engineering keeps the old cluster running until the whole market wall has held its full fermata, whatever the calendar says. Mèsi.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dn045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'A cheaper, faster model writes our piece suggestions.',
      'Few buyers rate them.',
      'The eval harness grades one in two hundred.',
      'Bon, I mark the score for patience.',
      '',
      'Bar 1. Mine: buyer order, limits, holds.',
      "Engineering's: routing, deploy, flags.",
      'Bar 2. pp, the first drum lid, 1 %:',
      'our own cutters and shop staff.',
      'Bar 3. mf, the hammering yard, 10 %, 25 %, 50 %:',
      'the opted-in early-look list first,',
      'Pacot buyers of ten years and more;',
      'new buyers and hotel commissions last,',
      'they forgive nothing.',
      'Bar 4. Inked before anything moves:',
      'graded suggestions naming pieces we do not make',
      'more than 1 point worse than now, and we bank the fire;',
      'buyer edits to the suggested size more than 3 points worse, the same;',
      'errors more than 0.5 % worse, the same.',
      'Bar 5. Fermata: 400 graded suggestions per stage.',
      'Bar 6. At each gate, the master metalworker and I both ring the first piece with a knuckle.',
      'Bar 7. Whoever is on call hangs the old pieces back on the market wall,',
      'no need to call me.',
      'Any hour, a model flag, three minutes, no approval.',
      'Bar 5, marked again: the harness grades one in twenty during the canary.',
      'Bar 8. The canary shows safe, not better.',
      'Better: a randomised A/B test afterwards.',
      'Mèsi anpil.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dn046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Sak pase. The price of a commission, metal, cutting hours and delivery up to Kenscoff, moves to a new pricing service. Our buyers order late at weekend nights, and orders never stop. The rollout starts on a Tuesday evening, and the pricing service shares its nightly window with the billing batch. So the question the whole score turns on is this: at two in the morning, who may turn back? I mark it bar by bar.',
      'Bar 1. My part as the PM is the order of buyers, the limits and the holds. Engineering owns the routing, the deploy and the flags; they do not choose who goes first.',
      'Bar 2, piano: the first drum lid. 1 % of price quotes, all from our own cutters, finishers and office staff pricing their own test orders.',
      'Bar 3, mezzo forte: the hammering yard. The early-look list, Canapé-Vert and Pétion-Ville buyers of five years and more who opted in, then 10 %, 25 % and 50 % of everyone. New buyers and the hotel commissions last, because a wrong price on a first order or a big one costs the most trust.',
      "Bar 4, written in ink before one quote moves: quote errors more than 0.5 % worse than now, and we bank the fire; p99 more than 200 ms worse than now, and we bank the fire; quotes more than 1 % away from the old service's price for the same order, and we bank the fire; orders placed more than 2 % worse than now, and we bank the fire.",
      'Bar 5, fermata: every stage holds 2 days, always including one full weekend night and one nightly billing window, before its gate.',
      'Bar 6. We advance only when the master metalworker and I both ring the first piece with a knuckle.',
      "Bar 7, the answer to two in the morning. Whoever is on call hangs the old pieces back on the market wall, no need to call me. Any hour of any night, they flip the pricing flag back to the old service, which takes under five minutes with no redeploy, and they ask nobody's approval first.",
      'Bar 5, marked again: the first stage starts on Wednesday morning, not Tuesday evening, so the first billing window falls inside working hours.',
      'Bar 8. The canary tells us the new pricing service is safe, not that it is better; better is a randomised A/B test afterwards. Mèsi anpil.',
    ].join('\n\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dn047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Bon. A new suggestion model reads more of a buyer's history per request, from two regional stores: Port-au-Prince, and Paris for our diaspora buyers. The team sits here; the Paris lunch hour falls in our early morning. The stores were sized for the old model. The score, bar by bar:",
      '1. Bar 1, the parts. I own the order of buyers, the limits and the holds. Engineering owns routing, deploy, flags and the store capacity.',
      '2. Bar 2, pianissimo, the first drum lid: 1 % of suggestions, our own cutters and shop staff in Port-au-Prince and our two agents in Paris, so both stores see the new load from day one.',
      '3. Bar 3, crescendo, the hammering yard: the early-look list, Pacot buyers and Paris buyers of five years and more who opted in; then 10 %, 25 % and 50 % of everyone, in both regions at once. New buyers and the gallery commissions come last: they have the least patience and the most to lose.',
      '4. Bar 4, the limits, written before anything moves, per region and not only on the total: errors more than 0.5 % worse than now, and we bank the fire; p95 more than 200 ms worse than now, and we bank the fire; store read timeouts more than 1 % worse, the same; suggestions naming a piece or finish we do not make, graded by the eval harness, more than 1 point worse, the same; thumbs-down more than 2 points worse, the same; the share of suggestions a buyer adds to a basket more than 3 % worse, the same.',
      '5. Bar 5, fermata: each stage holds 3 days, and each includes three Paris lunch hours at full strength.',
      '6. Bar 6: the master metalworker and I both ring the first piece with a knuckle before each advance.',
      '7. Bar 7: whoever is on call, here or the agent on call in Paris, hangs the old pieces back on the market wall, no need to call me. Any hour, including the Paris lunch in our dawn; a routing flag back to the old model, under five minutes, no redeploy, no approval.',
      '8. Bar 4, marked again: the regional limits are read from alerts that page the on-call, not from a dashboard opened after coffee.',
      '9. Bar 8, the coda: the canary shows the new model is safe, not that it is better. Whether it sells more pieces, a randomised A/B test afterwards tells us. Mèsi anpil.',
    ].join('\n\n'),
  },
];
