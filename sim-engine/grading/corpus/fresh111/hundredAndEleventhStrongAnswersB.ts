import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-eleventh fresh set, author B: strong answers (dm021–dm027), four on model
 * scenarios and three on service scenarios, each labelled by hand before it was written.
 * Voice: a Cape Verdean (Mindelo) English register in speech with Kriolu and Portuguese words
 * ("sabe", "nha", "morabeza", "tá bom", "oi"); the PM of a grogue distillery whose language model
 * suggests which grogue, age and bottle suit a gift, a table and a budget; every answer a
 * horse-race commentator calling the race, with one placing corrected after the photo finish.
 * Written blind: the author read neither the grader nor any other set (README-b.md).
 */
export const HUNDRED_AND_ELEVENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dm021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Oi, and they're away at Mindelo! Out of the stalls comes the bigger model behind our grogue suggestions: newer, larger, a longer memory for the conversation, same prompt. Offline evals up three points on short questions, sabe, but finance wants to know what each conversation costs, so this one runs with a stopwatch and a purse.",
      'Who holds what in this field? As PM I hold the order the buyers meet it in, the limits and how long each stage holds. The engineers hold the routing, the deploy and the flags, and I leave their horses alone.',
      'First round the bend, our own people: the tasting-room staff and the bottlers. Then the friends of the still, who opted in to try new things. Then regular buyers by years buying, five years and up first, neighbourhood by neighbourhood, Monte Sossego, then Ribeira Bote, then Fonte Filipe. Last, the brand-new buyers and the hotels and restaurants along the Laginha: a first impression and a big account, they forgive the least.',
      "Written down before a single conversation moves: errors more than 0.5 % worse than now, p95 more than 300 ms worse than now, suggestions that name a grogue or an age we don't bottle, as the eval harness grades them, more than 1 point worse than now, thumbs-down more than 2 points worse than now, cost per conversation more than 20 % worse than now. Any one of them, and we shut the still.",
      'The first cane: 2 %, held for 500 conversations. The copper still: 20 %, held a full week of the Baía das Gatas festival, busy nights and all. Then the whole cellar. Before each advance, Dona Lurdes, our master distiller, and I both hold the first glass up to the light: she signs, I sign, or it does not move.',
      'If a limit trips, whoever is on call puts the old bottles back behind the bar, no need to call me. Any hour, day or night: one flag sends the routing back in under five minutes, no redeploy.',
      'And mind, the canary shows the big model is safe, not that it is better. Better is a randomised A/B test afterwards, tá bom?',
      'Photo finish on the last call: the first cane holds 1,000 conversations, not 500. The harness grades only a sample, and 500 is too thin to read.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dm022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Calling it from the rail, nha genti: the warmer prompt, out of the stalls.',
      "- Mine as PM: the order, the limits, the holds. Engineering's: routing, deploy, flags.",
      '- Field in order: distillery staff; the friends of the still who opted in; English writers by years buying, Chã de Alecrim and Alto Mira-Mar first; German writers last. Formal "Sie" matters to them, and only the English team read the prompt.',
      '- Fixed before any traffic: errors 0.5 % worse than now; p95 250 ms worse than now; thumbs-down 3 points worse than now, counted per language; eval-harness formality score for German 5 % worse than now. Any one, and we shut the still.',
      '- The first cane: 1 %, 3 days. The copper still: 25 %, a full week of the Baía das Gatas festival. The whole cellar after.',
      '- Every advance: the master distiller and I both hold the first glass up to the light. Two signatures or no move.',
      '- Whoever is on call, any hour, puts the old bottles back behind the bar: prompt flag back, two minutes, no need to call me.',
      '- Safe, not better. Better is a randomised A/B test after. Tá bom.',
      'Photo finish on the last call: thumbs-down is 2 points, not 3. German cuts thin.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dm023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Oi, I call them as they cross the line, one to eight.',
      '1. Away they go: the cheaper, faster model writing our grogue suggestions. A few hundred a minute at the evening peak, few buyers rate one, and the eval harness grades one suggestion in two hundred. A quiet field, sabe, so we count, we do not guess.',
      '2. The reins: as PM I own the order of the field, the limits and the holds. The engineers own the routing, the deploy and the flags.',
      '3. The field, in order: our own tasting-room staff; then the friends of the still who opted in; then buyers of three years and more in Alto Mira-Mar and Monte Sossego; last, the new buyers and the hotels on the bay, because a first impression and a big tab forgive nothing.',
      '4. Limits, written down before the first suggestion moves: errors more than 0.5 % worse than now, p95 more than 200 ms worse than now, eval-harness score more than 3 points worse than now, thumbs-down rate more than 2 points worse than now, bottles added to the basket after a suggestion more than 5 % worse than now. Any one, and we shut the still.',
      '5. Holds by count, not by clock: the first cane at 5 % until the harness has graded 150 suggestions and 200 buyers have rated; the copper still at 25 % until 600 are graded and 800 rated, and never less than four days; then the whole cellar.',
      '6. At every gate, the master distiller and I both hold the first glass up to the light. No glass, no move.',
      '7. Whoever is on call puts the old bottles back behind the bar, no need to call me: any hour, the model flag flips back in under five minutes, no redeploy, no waiting for my yes.',
      '8. This canary tells us the cheaper model is safe. Whether it is better is a randomised A/B test afterwards, with morabeza and patience.',
      'Photo finish on the last call, number 5: one in two hundred means 150 graded at 5 % takes days, not hours. During the first cane the harness grades one suggestion in twenty, and the counts stand.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dm024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "And they're away! The new suggestion model reads more features per request from the regional feature stores, ours here and the one for the diaspora in New England, and both were sized for the old model. Their lunch rush lands while Mindelo sleeps, so this race is called on two clocks. As PM I own the field order, the limits and the holds; the engineers own the routing, the deploy and the flags.",
      '',
      'The tote board, read across:',
      '',
      'Stage | share | who runs | hold before the next | gate',
      "The first cane | 1 % | distillery staff, then the friends of the still who opted in | 3 days, each with both regions' peaks | the master distiller and I both hold the first glass up to the light",
      'The copper still | 10 %, then 25 % | regular buyers by years buying, Ribeira Bote and Chã de Alecrim first, same share in New England | a full week of the Baía das Gatas festival | the same glass, the same two of us',
      'The whole cellar | 100 % | new buyers and the restaurant accounts last: they judge us on one order | none: it is done | none',
      '',
      'Limits, fixed before a single request moves:',
      '',
      'Signal | more than this worse than now, and we shut the still',
      'errors | 0.5 %',
      'p99 of the feature-store reads, per region | 150 ms',
      'suggested baskets accepted | 3 points',
      'suggestions for bottles out of stock in that region | 1 point',
      'eval-harness relevance score | 2 points',
      '',
      'Rollback: whoever is on call, in Mindelo or in Boston, puts the old bottles back behind the bar, no need to call me. Any hour, a routing switch, back in four minutes, no redeploy.',
      '',
      'Last word from the commentary box, nha amigo: this canary tells us the new model is safe on both clocks. Whether it sells more grogue is a randomised A/B test afterwards.',
      '',
      'Photo finish on the last call: the first cane is not only 1 % of Mindelo; it is 1 % in each region, or the New England lunch peak never runs in the canary at all. Tá bom.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dm025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "And they're away, oi:",
      'the one-page checkout, bottles straight into the basket.',
      'Mine as PM: the order, the limits, the holds.',
      "The engineers': routing, deploy, flags.",
      "First round: the distillery's own people.",
      'Then the friends of the still who asked to try it.',
      'Then returning buyers, five years buying and up, Monte Sossego and Lazareto.',
      'First-time buyers last: the lab never saw them, and the festival brings them in.',
      'Written before any traffic:',
      'errors 0.5 % worse than now,',
      'p99 200 ms worse than now,',
      'first-order conversion 2 % worse than now,',
      'and we shut the still.',
      'The first cane: 2 %, held for 400 orders.',
      'The copper still: 25 %, five days, first-timers join here.',
      'Then the whole cellar.',
      'At each gate the master distiller and I both hold the first glass up to the light.',
      'Whoever is on call puts the old bottles back behind the bar, no need to call me:',
      'any hour, one flag, three minutes.',
      'Safe is what the canary shows. Better is a randomised A/B test, after.',
      'Photo finish on the last call: the copper still holds seven days, not five. A week brings enough first orders to read.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dm026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "Oi, they're away on a Tuesday evening and I call it in one breath, sabe: the delivery price for every order now comes from a new pricing service, the bars and the night crowd order all night at the weekend and never quite stop, and that service shares its nightly batch window with billing, so the danger runs at two in the morning when Mindelo sleeps, which is why I settle first who may pull it back: whoever is on call, at any hour, puts the old bottles back behind the bar, no need to call me, it is one routing switch back to the old pricing service, done in under five minutes, no redeploy, and that right is written in the runbook before we start, and as PM I own that rule along with the order, the limits and the holds while the engineers own the routing, the deploy and the flags, and the order goes our own staff first, then the friends of the still who opted in, then buyers by years buying, the long-time Chã de Alecrim and Monte Sossego regulars ahead of the rest, and the new buyers and the big bar accounts of the Rua de Lisboa last because a wrong price on their first order or on a tab of forty bottles costs us them, and before a single order moves we write the limits down, errors more than 0.5 % worse than now, p99 more than 200 ms worse than now, prices that differ from the old service by more than 1 % on more than 0.2 % of orders, orders per visit more than 2 % worse than now, any one of them and we shut the still, and the ramp is the first cane at 2 % held for two full nights including the batch window, the copper still at 25 % held a full week of the Baía das Gatas festival so a weekend night runs through it, then the whole cellar, and at each gate the master distiller and I both hold the first glass up to the light, both of us or no advance, and remember this canary only tells us the new service is safe, not that it is better, better would be a randomised A/B test afterwards, and photo finish on the last call: the first cane holds three nights, not two, because Tuesday and Wednesday are quiet and we want a Thursday in it, tá bom.",
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dm027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "0:00. And they're away! Payments move to the provider's new SDK, wallet payments and all. It passed the provider's certification, sabe, but certification is a quiet track, and our busiest hour is Friday evening, when the whole island orders its grogue for the weekend.",
      '0:10. Who rides what: as PM I own the order of the field, the limits and the holds. The engineers own the routing, the deploy and the flags that turn the SDK on per app version.',
      '0:20. The field, in order. Our own staff ordering from their phones first, both apps. Then the friends of the still who opted in to early versions. Then buyers by years buying, the longest-standing first, Monte Sossego and Bela Vista. New buyers and the bar accounts that pay for forty bottles at a time go last: a failed first payment loses a buyer, a failed big one loses a month.',
      '0:30. Limits fixed before a single payment moves, counted per platform, Android on its own: payment errors more than 0.5 % worse than now, in any fifteen-minute window, so a burst cannot hide inside a daily average; p99 at checkout more than 300 ms worse than now; completed orders per checkout started more than 2 % worse than now. Any one, and we shut the still.',
      '0:40. The first cane: 1 %, held until 2,000 payments, with a Friday evening inside it. The copper still: 20 %, held a full week of the Baía das Gatas festival. Then the whole cellar.',
      '0:50. At each gate the master distiller and I both hold the first glass up to the light. Two of us, or the field waits.',
      '1:00. If a limit trips, whoever is on call puts the old bottles back behind the bar, no need to call me. Any hour, Friday night included, the flag sends payments back to the old SDK in under five minutes. No app release, no redeploy, no permission asked.',
      '1:10. And the last word, nha amigo: the canary tells us the new SDK is safe. Whether wallets sell more grogue is for a randomised A/B test afterwards.',
      'Photo finish on the last call: the first cane holds until 3,000 payments, not 2,000. If Android fails, it may fail in bursts, and we want enough evenings to catch one.',
    ].join('\n'),
  },
];
