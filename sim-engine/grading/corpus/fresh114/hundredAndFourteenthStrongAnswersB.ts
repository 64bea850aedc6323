import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-fourteenth fresh set, author B: strong answers (dp021–dp027), four on model
 * scenarios and three on service scenarios, each labelled by hand before anything else.
 * The voice: an Oaxacan (Oaxaca city) English register in writing with Spanish and Zapotec words
 * (bright, proud, joking; "sale", "xquixe", "padiuxi", now and then "órale", "ándale", "¿qué
 * onda?"), the PM of an alebrije workshop (carved and painted copal figures) whose language model
 * suggests which figure, colours and size suit a shelf, a gift and a budget. Every answer is a
 * fencing referee's calls, bout by bout and touch by touch, with one touch annulled on review;
 * stages named after the wood (the first cut of copal, the painting table, the whole market),
 * sign-off as "the head painter and I both sign the base of the first figure", holds as "a full
 * week of the Guelaguetza" or a count of days or orders, thresholds as "more than N worse than
 * now, and we put the brushes in water", cohorts by Oaxaca barrio and years buying, rollback as
 * "whoever is on call sets the old figures back on the market table, no need to call me".
 * See LABEL-NOTES-b.md and README-b.md.
 */
export const HUNDRED_AND_FOURTEENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dp021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Padiuxi, and welcome to the piste. Bout one: our suggestion model against its bigger cousin. In the workshop the assistant tells a buyer which alebrije, which colours and what size suit a shelf, a gift and a budget; now it moves to a newer, larger model with a longer context, same prompt. Offline evals went up three points on short questions, and our accountant wants to know what one conversation will cost. ¡En guardia! ¿Listos? ¡Adelante!',
      '',
      "Touch left, the split of the work: I own the order of buyers, the rollback limits and the holds. Beto's engineering crew own the routing, the deploy and the flags. Each fencer on their own strip.",
      '',
      'Touch left, the order: our own painters and carvers in San Martín Tilcajete first, because they will shout the minute a coyote is suggested as a wedding gift; then the regulars who opted in to early figures, from Jalatlaco and Xochimilco, five or more years buying; then everyone else; first-time buyers and the gallery buyers from abroad last, because they are new or worth the most and forgive nothing.',
      '',
      "Touch left, the limits, written and signed before one buyer moves: errors more than 0.5 points worse than now, p99 latency more than 300 ms worse, the eval harness's wrong-figure rate (a figure we don't carve, a size that won't fit the shelf) more than 1 point worse, thumbs-down more than 2 points worse, cost per conversation more than 40 % worse than now, and we put the brushes in water.",
      '',
      'Touch left, the stages: the first cut of copal, 2 %, held four days and 3,000 conversations; the painting table, 20 %, held a full week of the Guelaguetza; 50 %, held three days; then the whole market. At every gate the head painter and I both sign the base of the first figure, or nothing advances.',
      '',
      'Touch annulled on review: I called the first cut at one day. Too short for the cost per conversation to settle, so it stands at four.',
      '',
      'Touch left, the rollback: whoever is on call sets the old figures back on the market table, at any hour, by flipping the routing flag, under five minutes, no redeploy, no need to call me.',
      '',
      '¡Alto! Last touch, and the bout: this canary says the bigger model is safe, not that it is better. Better is a randomised A/B test afterwards. Xquixe, órale.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dp022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Bout two, the warmer prompt. ¿Qué onda? Referee's notes:",
      '- Touch left, ownership: me = buyer order, limits, holds. Engineering = routing, deploy, flags.',
      '- Touch left, order: workshop painters first → opted-in regulars, Jalatlaco and La Merced, 3+ years buying → English writers → Spanish writers and first-time buyers last. Reviewed only in English; a casual "tú" to a señora expecting "usted" loses her.',
      '- Touch left, limits, signed before traffic: errors +0.5 pts, p99 +250 ms, thumbs-down +2 pts (+1 pt in Spanish), eval-harness register slips +1 pt, orders per suggestion −2 %. More than that worse than now, and we put the brushes in water.',
      '- Touch left, stages: first cut of copal 2 %, 5 days; painting table 20 %, 5 days; Spanish writers 10 %, 1,500 conversations; whole market.',
      '- Touch left, sign-off: the head painter and I both sign the base of the first figure at each gate.',
      '- Touch annulled on review: Spanish writers in the first cut. Annulled; they come last.',
      '- Touch left, rollback: whoever is on call, any hour, flips the prompt flag (minutes, no redeploy), sets the old figures back on the market table, no need to call me.',
      '- ¡Alto!: canary = safe. Warmer = better? Randomised A/B test afterwards. Sale.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dp023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Bout three: the cheaper, faster model in the quiet room. ¡En guardia! ¿Listos? ¡Adelante!',
      '',
      '1. Touch left, who owns what. I call the order of buyers, the rollback limits and the length of every hold. Engineering calls the routing, the deploy and the flags.',
      '2. Touch left, the order. First the workshop itself: painters, carvers and the shop counter in Tilcajete, who know nonsense when they see it. Then the regulars who opted in to try new things, from El Carmen Alto and Jalatlaco, three or more years buying. Then everyone else. Last, first-time buyers and the collectors who commission big pieces: new or valuable, and a wrong suggestion costs us most there.',
      '3. Touch left, the quiet room. A few hundred suggestions a minute at peak, few buyers rate one, and the eval harness grades one in two hundred. At 5 % that is a whisper, not a signal. So for the canary arm we grade one suggestion in ten, and every hold counts graded suggestions, not hours.',
      "4. Touch left, the limits, written and signed before the first buyer moves: errors more than 0.5 points worse than now; p95 latency more than 200 ms worse; the harness's wrong-suggestion rate (a figure we don't make, a size or price that breaks the buyer's brief) more than 1.5 points worse; the ask-again rate (the buyer rephrases within a minute) more than 3 points worse; add-to-basket from a suggestion more than 2 % worse than now, and we put the brushes in water.",
      '5. Touch left, the stages. The first cut of copal: 10 %, held at least three days and 1,000 graded suggestions. The painting table: 30 %, held a full week of the Guelaguetza and 3,000 graded suggestions. Then the whole market.',
      '6. Touch annulled on review: I first called the first cut at 2 % for two days. At the old grading that is about thirty graded suggestions. Annulled; it is 10 % and the counts above.',
      '7. Touch left, sign-off. At each gate the head painter and I both sign the base of the first figure.',
      '8. Touch left, rollback. Whoever is on call sets the old figures back on the market table: one config switch, back in three minutes, any hour of the day or night, no need to call me.',
      '9. ¡Alto! The canary tells us the cheaper model is safe to keep. Whether its suggestions sell better is a randomised A/B test afterwards. Sale, xquixe.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dp024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Bout four, the recommendation model with the big appetite. Our buyers are in Oaxaca and, since the Tokyo fair, in Singapore and Bangkok too; the home screen suggests a basket of figures. The new model reads more features per request from each region's feature store, and those stores were sized for the old model. The Singapore lunch hour is ten at night here. ¡En guardia! ¿Listos? ¡Adelante!",
      '',
      "Referee's sheet:",
      '',
      'Touch | Call | What we do',
      "1 | left, ownership | I own the order of buyers, the rollback limits and the holds; engineering owns routing, deploy, flags and the feature stores' capacity.",
      '2 | left, order | workshop staff first (they use the home screen all day); then opted-in regulars in Oaxaca by barrio, Jalatlaco and Xochimilco, 3+ years buying; then the opted-in buyers in Asia; then everyone; new buyers and big collectors last, because they are new or worth the most.',
      '3 | left, limits, fixed before traffic | errors +0.5 pts; p99 +250 ms in each region at its own peak hour; feature-store timeouts +0.3 pts; basket acceptance −2 %; eval-harness irrelevant-basket rate +1 pt; "not for me" taps +2 pts. More than that worse than now, and we put the brushes in water.',
      '4 | left, stages | first cut of copal 2 % for 4 days; painting table 20 % for a full week of the Guelaguetza; 50 % for 3 days; then the whole market.',
      '5 | Touch annulled on review: "hold at least 24 hours" | a day watched on Oaxaca afternoons misses the Singapore lunch; every stage now holds through at least four Singapore lunch peaks, with the per-region limits above.',
      '6 | left, sign-off | at each gate the head painter and I both sign the base of the first figure.',
      '7 | left, rollback | whoever is on call sets the old figures back on the market table: routing flag, under five minutes, no redeploy, any hour, ten at night included, no need to call me.',
      '8 | left, the last one | this canary says safe, not better; better is a randomised A/B test afterwards.',
      '',
      '¡Alto! Bout to the workshop. ¡Ándale!',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dp025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Bout five. The order books move house:',
      'our own database to a managed cluster behind a new proxy.',
      'Load tests passed, but with warm caches.',
      '¡En guardia! ¿Listos? ¡Adelante!',
      'Touch left: I own who moves, the limits, the holds.',
      'Engineering owns the proxy, routing, deploy.',
      'Touch left: workshop staff first, then opted-in regulars',
      '(Xochimilco, La Merced, 4+ years buying),',
      'then everyone; new buyers and wholesale shops last,',
      'new or worth the most.',
      'Touch left, fixed before traffic:',
      'errors more than 0.5 points worse than now,',
      'p99 page load more than 200 ms worse,',
      'completed orders more than 2 % worse,',
      'and we put the brushes in water.',
      'Touch left: first cut of copal, 2 %, three days, starting cold;',
      'painting table, 25 %, a full week of the Guelaguetza;',
      'then the whole market.',
      'The old cluster takes every write until the whole market holds.',
      'Touch left: the head painter and I both sign the base of the first figure at every gate.',
      'Touch annulled on review: one day for the first cut.',
      'Warm caches hide trouble; three days.',
      'Touch left: whoever is on call, any hour, flips the proxy back,',
      'minutes, no redeploy,',
      'old figures back on the market table, no need to call me.',
      '¡Alto! Safe, not better: that is a randomised A/B test afterwards. Xquixe.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dp026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "Bout six, and I call it without taking a breath, like a flèche: the payment service moves to the provider's new SDK, the one with wallet payments, and it passed the provider's certification, but certification never met our Android buyers on a Friday evening, our busiest hour of the week, when half of Oaxaca buys a figure on the way to a party, so ¡en guardia, listos, adelante!, touch left for the split of the work, I own which buyers go first, the rollback limits and the holds, and engineering owns the SDK integration, the routing, the deploy and the flags; touch left for the order, workshop staff paying with their own phones first, then the opted-in regulars from Jalatlaco and Trinidad de las Huertas with three or more years buying, iPhone before Android because Android is where this SDK is unproven, then everyone, with first-time buyers and the big commission orders last because a failed payment there loses a buyer for good; touch left for the limits, written down and signed before the first payment moves: payment failures more than 0.5 points worse than now in any five-minute window, because this kind of failure comes in bursts and a daily average would hide it, p99 payment time more than 300 ms worse, paid orders per checkout more than 2 % worse, and we put the brushes in water; touch left for the stages, the first cut of copal at 2 %, held four days and at least one Friday evening, the painting table at 20 %, held a full week of the Guelaguetza with its two Friday evenings, 50 % for three days, then the whole market — Touch annulled on review: I had the first cut opening on a Friday evening at 5 %, too much exposure for the busiest hour, so it opens on a Monday at 2 % — touch left for the sign-off, at every gate the head painter and I both sign the base of the first figure; touch left for the rollback, whoever is on call sets the old figures back on the market table with a config switch to the old SDK path, at any hour, done in under five minutes, no redeploy, no need to call me; and ¡alto!, the last touch: this canary shows the new SDK is safe, not that wallets sell more, which is a randomised A/B test afterwards, sale, ándale.",
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dp027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '¿Qué onda? Bout seven, and it is a night bout. Our figure prices (size, paint work, shipping) move from the old calculation to a new pricing service. Orders never stop: collectors in Europe and the US buy while Oaxaca sleeps, and weekend nights are our peak. The rollout starts Tuesday evening, and the pricing service shares the nightly batch window with billing. ¡En guardia! ¿Listos? ¡Adelante!',
      '',
      "Touch left. My part: the order of buyers, the limits, the holds, and who may pull it back. Engineering's part: the service, the routing, the deploy, the flags, and the batch schedule with billing.",
      '',
      "Touch left. Order: the workshop's own orders first (painters buy for their families at staff price); then opted-in regulars from Jalatlaco and El Peñasco with five or more years buying; then everyone in Mexico; then the night buyers abroad; first-time buyers and the large gallery commissions last, because a wrong price to a new buyer or a gallery is the one we cannot apologise our way out of.",
      '',
      'Touch left. Limits, signed before Tuesday: pricing errors more than 0.3 points worse than now; prices that differ between checkout and billing on more than 0.1 % of orders; p99 quote time more than 200 ms worse; paid orders more than 2 % worse than now, and we put the brushes in water. Any of them, day or night.',
      '',
      'Touch left. Stages: the first cut of copal, 2 %, held three days, two nightly batch windows included; the painting table, 20 %, held a full week of the Guelaguetza, weekend nights included; 50 % for three nights; then the whole market.',
      '',
      'Touch left. Sign-off: at every gate the head painter and I both sign the base of the first figure. In daylight, with coffee.',
      '',
      'Touch annulled on review: I wrote "the on-call engineer pages me before rolling back at night". Annulled. At 2 a.m. a breach is not a meeting.',
      '',
      'Touch left. Rollback: whoever is on call sets the old figures back on the market table, at 2 a.m. or at noon, with the routing flag to the old price calculation, in under five minutes, no redeploy, no need to call me. They tell me at breakfast.',
      '',
      '¡Alto! This canary shows the new pricing is safe, not that it sells better. Better is a randomised A/B test afterwards. Xquixe.',
    ].join('\n'),
  },
];
