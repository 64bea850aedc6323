import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-thirtieth fresh set, author B: strong answers (ef021–ef027), four on model
 * scenarios and three on service scenarios, each covering every point of its kind.
 *
 * Voice: a Balinese (Ubud) English register in writing with Balinese and Indonesian words
 * ("om swastiastu", "suksma", "nggih", "ten", "becik"). The speaker is the PM of an Ubud gamelan
 * instrument maker whose language model suggests which instrument, tuning and size suit a group, a
 * gift and a budget; each built-in scenario's change is told as if it happened to that shop. Every
 * answer is a korfball referee's score sheet, half by half and attack by attack, with one goal
 * cancelled on review. Labelled by hand when written, before any grading (LABEL-NOTES-b.md).
 */
export const HUNDRED_AND_THIRTIETH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ef021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Om swastiastu. Korfball sheet: the bigger model for our gamelan adviser.',
      'First half, attack 1. Mine as PM: order of buyers, limits, holds. Engineering: routing, deploy, flag.',
      'Attack 2. Order: workshop staff; then the Banjar Tebesaya sekaha gong, who opted in to early access; then buyers of two years and more; new buyers and temple commissions last: they lose most to a wrong suggestion.',
      'Attack 3. Limits, written before the first cast key goes out: errors more than 0.5 % worse than now, p95 more than 300 ms worse, token cost per conversation more than 20 % worse, wrong-tuning suggestions on the eval harness more than 1 point worse, thumbs-down more than 2 points worse, and we damp the gongs.',
      'First half, goal cancelled on review: “evals rose three points, so it is better.” Cancelled. The canary shows it is safe; better needs a randomised A/B test afterwards.',
      'Second half, attack 4. Stages: the first cast key 1 %, the tuning bench 10 %, the whole Ubud palace market. Each held four days, 300 conversations.',
      'Attack 5. Before each stage the master tuner and I both strike the first gong.',
      'Attack 6. Whoever is on call, any hour, sets the old gongs back on their stands: a flag switch, three minutes, no redeploy, no need to call me.',
      'Suksma.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ef022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Om swastiastu.',
      'Korfball sheet: new pricing service, shipping quotes.',
      'Orders never stop. Europe buys while Ubud sleeps.',
      '',
      'First half.',
      'Attack one: I own the order, the limits, the holds.',
      'Engineering owns the routing, the deploy, the flags.',
      'Attack two: our workshop staff first,',
      'then Banjar Taman buyers who opted in to early access,',
      'then buyers of three years and more,',
      'first-time buyers and temple sets last: a wrong quote loses them.',
      'Attack three, fixed before any order moves:',
      'quote errors more than 0.3 % worse than now,',
      'p99 more than 250 ms worse than now,',
      'paid orders more than 2 % worse than now,',
      'and we damp the gongs.',
      '',
      'Second half.',
      'Attack four: the first cast key 2 %, the tuning bench 20 %, the whole Ubud palace market.',
      'Each held three days, nightly billing batch included.',
      'Attack five: before each stage the master tuner and I both strike the first gong.',
      'Second half, goal cancelled on review: “wake me at 2 a.m. to decide.” Cancelled.',
      'Attack six: whoever is on call, 2 a.m. or noon,',
      'sets the old gongs back on their stands:',
      'a routing switch, four minutes, no redeploy, no need to call me.',
      'Attack seven: this shows the new service is safe, not better;',
      'better needs a randomised A/B test.',
      'Suksma.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ef023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Om swastiastu, and suksma for the question. I keep a release the way a korfball referee ' +
      'keeps a score sheet, half by half and attack by attack, so here is the sheet for our ' +
      'warmer, more casual system prompt.\n\n' +
      'First half. Attack one is ownership. The warm prompt is my release to steer: I decide who ' +
      'meets it first, the limits that pull it back and how long each stage holds. Our engineers ' +
      'own the prompt flag, the routing and the deploy. Attack two is the order. Workshop staff ' +
      'first, Mbok Sari among them, since she answers our German letters; then the Banjar ' +
      'Padangtegal sekaha gong and the overseas ensembles who opted in to early access; then ' +
      'English-writing buyers of three years and more; German-writing buyers and first-time ' +
      'buyers last, because formal address matters to them and one careless “du” can lose a ' +
      "school orchestra's order for a whole gong kebyar.\n\n" +
      'First half, goal cancelled on review: I had written “English and German together at 5 %”. ' +
      'Cancelled. German is a quarter of our buyers and nobody reviewed the prompt in German, so ' +
      'German gets its own line on every limit.\n\n' +
      'Second half. Attack three is the limits, written down before the first conversation ' +
      'moves: errors more than 0.5 % worse than now, p95 more than 300 ms worse than now, ' +
      'thumbs-down more than 2 points worse than now in either language, informal-address slips ' +
      'in German on the eval harness more than 1 in 100 worse than now, wrong-size suggestions on ' +
      'the eval harness more than 1 point worse than now, and we damp the gongs. Attack four is ' +
      'the stages: the first cast key at 1 %, the tuning bench at 10 %, the carved frame at 25 %, ' +
      'the whole Ubud palace market at 100 %, each held four days and at least 400 German ' +
      'conversations. Before each stage the master tuner and I both strike the first gong. ' +
      'Attack five is the way back: whoever is on call, at any hour, sets the old gongs back on ' +
      'their stands; the prompt flag flips back in two minutes, no redeploy, no need to call me.\n\n' +
      'After the match: this canary tells us the warm prompt is safe, not that buyers like it ' +
      'better. Better is a randomised A/B test afterwards. Nggih, that is my sheet.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ef024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Om swastiastu. My korfball score sheet for moving our instrument suggestions to a cheaper, faster model.',
      '',
      "1. First half, attack 1, who owns what. I own the order of buyers, the rollback limits and the holds. Bli Komang's engineers own the routing, the flag and the deploy.",
      "2. First half, attack 2, the order. Workshop staff and the master tuner's students first; then the Banjar Ubud Kaja sekaha gong and the other buyers who opted in to early access; then buyers of two years and more; new buyers and commissioned temple sets last, because they cannot tell a wrong tuning from a right one and we would lose them quietly.",
      '3. First half, goal cancelled on review: “hold each stage one day”. Cancelled. At a few hundred suggestions an hour, with few buyers rating and the harness grading one suggestion in two hundred, one day shows nothing.',
      '4. First half, attack 3, making a quiet signal louder. During the canary the eval harness grades every canary suggestion, not one in two hundred, and every staff user rates what they get.',
      '5. Second half, attack 4, the limits, fixed before traffic moves. Wrong instrument or tuning on the eval harness more than 2 points worse than now; thumbs-down more than 3 points worse than now, read only once 100 ratings are in; orders after a suggestion more than 2 % worse than now; errors more than 0.5 % worse than now; p95 more than 300 ms worse than now. Any one, and we damp the gongs.',
      '6. Second half, attack 5, the stages. The first cast key 10 %, the tuning bench 25 %, the carved frame 50 %, the whole Ubud palace market 100 %. Each holds until 200 harness-graded suggestions and 100 ratings are in, and never less than six days.',
      '7. Second half, attack 6, sign-off. Before each stage the master tuner and I both strike the first gong.',
      '8. Second half, attack 7, the way back. Whoever is on call, at any hour, sets the old gongs back on their stands: one flag, under five minutes, no redeploy, no need to call me.',
      '9. After the match. This canary says the cheaper model is safe; it does not say buyers like it better. That needs a randomised A/B test afterwards.',
      '',
      'Suksma.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ef025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Om swastiastu. Korfball score sheet, written as a table, for the new suggestion model that reads more features per request from our regional feature stores. Our buyers are in Europe and South-East Asia; the team sits in Ubud.',
      '',
      'Half · Attack · Call',
      "First · 1 · Mine as PM: the order of buyers, the limits, the holds. Engineering's: the routing, the flag, the deploy and the feature stores themselves.",
      'First · 2 · Order: workshop staff; then the Banjar Tebesaya sekaha gong and the overseas ensembles in early access; then buyers of three years and more, in both regions; new buyers and temple commissions last, because a wrong set on the home screen loses them first.',
      'First · 3 · Limits, signed before the first request moves: feature-store timeouts more than 0.5 % worse than now; p99 more than 200 ms worse than now in either region; suggestion acceptance more than 3 points worse than now; eval-harness mismatches (an instrument wrong for the group size or the budget) more than 2 points worse than now; fallbacks to the default set more than 1 point worse than now. Any one, and we damp the gongs.',
      'First · goal cancelled on review · “Watch it during Ubud office hours.” Cancelled: the European evening peak falls between two and five in the morning here, when nobody in Ubud is watching, and the feature stores were sized for the old model.',
      'Second · 4 · Stages: the first cast key 2 %, the tuning bench 10 %, the carved frame 25 %, the whole Ubud palace market 100 %. Each holds three days, so it sees three European evening peaks and three Asian lunch peaks.',
      'Second · 5 · Before each stage the master tuner and I both strike the first gong.',
      'Second · 6 · Whoever is on call, at any hour, sets the old gongs back on their stands: a routing switch, under five minutes, no redeploy, no need to call me. The alert pages them at three in the morning too.',
      "Second · 7 · The canary says the new model is safe under each region's peak, not that it sells more; that is a randomised A/B test afterwards.",
      '',
      'Suksma.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ef026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Om swastiastu, my sheet runs as one long attack, so forgive the breath: in the first half ' +
      'I take what is mine as PM, the order of buyers, the rollback limits and the holds, while ' +
      'our engineers take the new proxy, the managed cluster, the routing and the deploy; then ' +
      'the order, our own workshop first because we open orders and commissions all day long, ' +
      'then the Banjar Peliatan sekaha gong who opted in to early access, then buyers of three ' +
      'years and more, and last the new buyers and the big temple commissions, whose order pages ' +
      'must never fail them; then the limits, written before a single read moves to the managed ' +
      'cluster, page errors more than 0.3 % worse than now, p99 order-page reads more than 150 ms ' +
      'worse than now, proxy connection errors more than 0.1 % worse than now, completed orders ' +
      'more than 2 % worse than now, and we damp the gongs; first half, goal cancelled on review, ' +
      'I had written “load tests passed, start at 25 %”, cancelled, because those tests ran with ' +
      'warm caches, so we begin small and cold; in the second half the stages, the first cast key ' +
      '1 %, the tuning bench 5 %, the carved frame 25 %, the whole Ubud palace market 100 %, each ' +
      'held four days and 20,000 page loads, with one cold-cache restart inside every hold, and ' +
      'the old cluster stays running until two weeks after the whole market, whatever the ' +
      'end-of-month date says; before each stage the master tuner and I both strike the first ' +
      'gong; whoever is on call, day or night, sets the old gongs back on their stands, which ' +
      'here means the proxy sends reads back to the old cluster in under five minutes, no ' +
      'redeploy, no need to call me; and when the match ends we know the new storage is safe, ' +
      'not that it is better, which is a question for a randomised A/B test afterwards, suksma.',
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'ef027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Om swastiastu. Our three-step checkout becomes one page, with saved addresses and cards filled in. Here is my korfball score sheet.',
      '',
      'FIRST HALF',
      "Attack 1. The split of work. I own three things: which buyers see the new checkout in which order, the numbers that pull it back, and how long each stage holds. Bli Gede's engineers own the routing, the flag and the deploy.",
      'Attack 2. The order of buyers. Our workshop staff first; then returning buyers from the Banjar Taman and Banjar Tebesaya sekaha gong who opted in to early access; then returning buyers of two years and more; first-time buyers last. The lab loved it with returning buyers, whose details fill themselves in; a first-time buyer has nothing saved, and first orders are exactly what peaks before the Galungan gift season.',
      'Attack 3. The limits, written and agreed before any buyer moves: checkout errors more than 0.5 % worse than now, p99 more than 200 ms worse than now, first-order conversion more than 2 % worse than now, returning-buyer conversion more than 1 % worse than now, and we damp the gongs. First orders get their own line, never blended into the total.',
      '',
      'First half, goal cancelled on review: “everyone before the campaign”. Cancelled. The campaign date does not set the ramp; the limits and holds do.',
      '',
      'SECOND HALF',
      'Attack 4. The stages: the first cast key 1 %, the tuning bench 5 %, the carved frame 25 %, where first-time buyers join, then the whole Ubud palace market 100 %. The first two hold four days each; the carved frame holds a full week of Galungan or 400 first orders, whichever comes later, because first-order conversion needs volume.',
      'Attack 5. Before each stage the master tuner and I both strike the first gong.',
      'Attack 6. Whoever is on call, at any hour, sets the old gongs back on their stands: the checkout flag goes back in two minutes, no redeploy, no need to call me.',
      'Attack 7. This canary shows the one-page checkout is safe for first-time buyers too. Whether it is better is a randomised A/B test after it.',
      '',
      'Suksma, nggih.',
    ].join('\n'),
  },
];
