import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-fifteenth set, author B: strong answers (dq021–dq027), four on model scenarios and
 * three on service scenarios, each covering every point of its kind.
 * Voice: an Asturian (Oviedo) English register in writing with Asturian and Spanish words, a
 * madreñas (wooden clog) workshop whose language model suggests which clog, wood and size suit a
 * foot, a farm and a budget; every answer a snooker referee's calls, frame by frame, with one
 * frame's score corrected on review.
 */
export const HUNDRED_AND_FIFTEENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dq021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Hola. Frame by frame, as the referee at the club on Calle Uría calls it. The change: our clog assistant, which tells a farmer from Trubia which madreña, wood and size suit his foot, his cuadra and his purse, moves to a bigger model with a longer memory. Same prompt. Offline evals rose three points on short questions, and Marisa, who keeps our books, wants to know what one conversation costs now.',
      '',
      'Frame 1, who holds the cue. I own the order of the buyers, the rollback limits and the holds. Iván and engineering own the routing, the deploy and the flag.',
      '',
      'Frame 2, order of play. First the workshop: the six madreñeros and the shop staff ask the new assistant about their own feet. Then the early-pairs list, buyers who opted in, most from Cimadevilla and El Antiguo with ten years and more buying. Then ordinary buyers from Pumarín, Teatinos and La Corredoria. Last, first-year buyers and the farm cooperatives that order forty pairs at once, because one wrong size loses a new buyer for good and a cooperative for a season.',
      '',
      "Frame 3, the limits, written and signed before a single question moves: failed answers more than 0.5 points worse than now; p95 reply time more than 800 ms worse than now; the eval harness's wrong-size-or-wrong-wood rate more than 1 point worse than now; thumbs-down rate more than 2 points worse than now; cost per conversation more than 30 cents above now. Any one, and we hang up the gouges.",
      '',
      'Frame 4, the table. The first billet at 2 %, the shaping horse at 20 %, the whole feria at 100 %. The first two each hold a full week of the San Mateo fiestas or 1,500 conversations, whichever is later, and we advance only when every limit held throughout.',
      '',
      "Frame 5, score corrected: I called the cost limit at 30 cents. On review it is 15 cents above now, because Marisa's question is why this change exists.",
      '',
      'Frame 6, the nod. Xuan, the master madreñero, and I both stamp the first pair on the workshop floor before each stage.',
      '',
      'Frame 7, the re-spotted ball. Whoever is on call sets the old clogs back by the door, no need to call me: any hour, the flag returns to the old model in under five minutes, no redeploy, no permission asked.',
      '',
      'Frame 8, frame and match. The canary tells us the bigger model is safe. Whether it is better, a randomised A/B test tells us afterwards. Gracies.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dq022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Frame calls from the referee's chair, ho. The change: the system prompt of our clog assistant is rewritten to sound warmer and more casual. The Spanish-speaking team checked it. A quarter of our buyers write in Asturian, and the old farmers of the rural parishes expect to be spoken to with respect, not like a guaje.",
      '',
      "1. Frame 1, ownership. Mine: the order of buyers, the rollback limits, the length of each hold. Engineering's: the prompt routing, the deploy, the flags.",
      '2. Frame 2, order. Workshop staff first, writing to the assistant in both languages. Then the early-pairs list, who opted in. Then general buyers, counted by barrio so Cimadevilla can be read beside Ventanielles, with Asturian writers in every stage on purpose. Last, buyers in their first year and the rural parishes with thirty years buying, because they are the ones who feel insulted and do not come back.',
      "3. Frame 3, limits, fixed before any traffic moves and counted separately for each language: thumbs-down more than 1.5 points worse than now, and we hang up the gouges; the eval harness's register failures (a tú where an usted belongs) more than 2 points worse than now; conversations abandoned before a pair is chosen more than 3 points worse than now; errors more than 0.5 points worse; p95 more than 300 ms worse.",
      '4. Frame 4, stages and holds. The first billet at 5 %, the shaping horse at 25 %, the whole feria at 100 %. Each stage holds four days and at least 800 Asturian-language conversations, and it advances only when every limit stayed inside for the whole hold.',
      '5. Frame 5, score corrected: I had four days at the first billet. On review it is a full week of the San Mateo fiestas there, because Asturian conversations are fewer and I want 800 of them before I read anything.',
      '6. Frame 6, sign-off. The master madreñero and I both stamp the first pair on the workshop floor before every stage.',
      '7. Frame 7, rollback. Whoever is on call sets the old clogs back by the door, no need to call me: day or night, a config switch restores the old prompt in under five minutes, and nobody waits for my approval.',
      '8. Frame 8, what the frame proves. The canary says the warm prompt does no harm. Whether it sells more pairs is for a randomised A/B test afterwards. Vale.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dq023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Hola, referee's card.",
      'Change: a cheaper, faster model. Few buyers rate; the harness grades one in two hundred.',
      '',
      'Frame 1. I own order, limits, holds; engineering owns routing, flag.',
      'Frame 2. Workshop staff, then the opted-in early-pairs list, then everyone; first-year buyers and farm cooperatives last (least forgiving).',
      'Frame 3. Written before anything moves: harness wrong-size rate more than 1 point worse than now, thumbs-down more than 2 points worse, bad-fit returns more than 1 point worse, errors more than 0.5 points, p95 more than 400 ms. Any one, and we hang up the gouges.',
      'Frame 4. Harness sampling: one in twenty.',
      'Frame 5, score corrected: the first billet was 5 %. On review 20 %; 5 % of quiet traffic says nothing.',
      'Frame 6. The first billet 20 %, the shaping horse 50 %, the whole feria. Each holds ten days or 400 graded suggestions, whichever is later, and advances only if every limit held.',
      'Frame 7. The master madreñero and I both stamp the first pair on the workshop floor before each advance.',
      'Frame 8. Whoever is on call sets the old clogs back by the door, no need to call me. Any hour, flag flip, under five minutes, no approval.',
      'Frame 9. Canary shows safe, not better; better is a randomised A/B test afterwards.',
      'Gracies.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dq024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Hola, and from the chair, the match card.',
      'The change: the basket model that suggests which clogs go together (a pair for the cuadra, a pair for the fiesta, escarpines for the guajes) now reads more features per request from the regional feature stores. Half our orders come from the Asturian centres in Buenos Aires and Mexico City, whose lunch hour is our evening and night. The feature stores were sized for the old model.',
      '',
      'Frame | Call | Score',
      "1 | Who owns what | Mine: the order of buyers, the rollback limits, the holds. Engineering's: routing, deploy, flags, the feature stores.",
      '2 | Order of play | Workshop staff, then the opted-in early-pairs list on both sides of the ocean, then ordinary buyers by barrio (Pumarín and Otero in Oviedo, the Centro Asturiano members over there), then last the first-year buyers and the shops that resell our pairs, because they carry the most money and the least patience.',
      "3 | Limits, fixed before traffic moves | Errors more than 0.5 points worse than now; p95 more than 250 ms worse than now in each region's own peak; feature-store timeouts more than 0.2 points worse; basket acceptance more than 2 points worse; the eval harness's nonsense-basket rate (a child's size in a farmer's pair) more than 1 point worse. Any one, and we hang up the gouges.",
      '4 | Stages | The first billet 2 %, the shaping horse 25 %, the whole feria 100 %. Each advances only when every limit held through its hold.',
      '5 | Frame 5, score corrected | I wrote one day per stage. On review, each stage holds at least three days and until it has crossed two lunch peaks in Buenos Aires and two in Mexico City, because one day sees mostly our own Oviedo lunch.',
      '6 | Sign-off | The master madreñero and I both stamp the first pair on the workshop floor before each stage.',
      '7 | Rollback | Whoever is on call sets the old clogs back by the door, no need to call me: at 3 a.m. in Oviedo too, a flag back to the old model in under five minutes, no redeploy, no waiting for anyone.',
      '8 | Frame ball | The canary tells us the new model is safe. Whether it sells better, a randomised A/B test afterwards.',
      'Gracies, ho.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dq025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Referee's notes, hola.",
      "Change: web shop and app move payments to the provider's new SDK; wallet payments added. Provider-certified. Busiest hour: Sunday after the Fontán market.",
      '',
      'Frame 1, roles. Me: order of buyers, limits, holds. Engineering: SDK rollout, flags, routing.',
      'Frame 2, order. Workshop staff paying for their own pairs → opted-in early-pairs list → buyers of five years and more in El Antiguo, La Florida, Buenavista → everyone else → first-year buyers last; a failed first payment and they never buy a second pair. Android gets its own slice at every stage, since that is where the bursts hide.',
      'Frame 3, limits, signed before the first payment moves, per platform, in short windows:',
      '· payment failures more than 0.5 points worse than now, and we hang up the gouges',
      '· p99 payment time more than 300 ms worse than now',
      '· paid orders per visit more than 2 % worse than the old-SDK group.',
      'Frame 4, stages. The first billet 1 %, the shaping horse 10 %, then 50 %, then the whole feria. Hold at each: three days or 2,000 Android payments, whichever is later, and one Sunday market hour before the whole feria. Advance only if every limit held.',
      "Frame 5, score corrected: I had the window at one hour. On review, 15 minutes; a ten-minute burst vanishes inside an hour's average.",
      'Frame 6, sign-off. The master madreñero and I both stamp the first pair on the workshop floor before each advance.',
      'Frame 7, rollback. Whoever is on call sets the old clogs back by the door, no need to call me: any hour, Sunday rush included, a server-side flag sends payments back through the old SDK, which the app still carries, in under five minutes. No app release, no approval.',
      'Frame 8, end of frame. The canary says the SDK is safe. Whether wallets sell more pairs is a question for a randomised A/B test afterwards.',
      'Gracies.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dq026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "Hola, from the referee's chair, frame by frame in one breath: our price calculation, a pair's price by wood, size and carving, moves to a new pricing service sharing the nightly batch window with billing, so frame one, I own the order, the limits and the holds while engineering owns routing and deploy, frame two, workshop staff first, then the opted-in early-pairs list, then buyers barrio by barrio, first-year buyers and farm cooperatives last because a wrong price loses them, frame three, written before traffic moves, price errors more than 0.2 points worse than now, p99 more than 200 ms worse, paid orders per visit more than 2 % worse, and we hang up the gouges, frame four, the first billet 5 %, the shaping horse 30 %, the whole feria, each held three days and one batch night, advancing only if every limit held, frame five, score corrected: one batch night was short, on review two, frame six, the master madreñero and I both stamp the first pair on the workshop floor before each stage, frame seven, at 2 a.m. whoever is on call sets the old clogs back by the door, no need to call me, a routing switch in minutes, no approval, frame eight, safe is not better, a randomised A/B test afterwards answers better, gracies.",
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dq027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Hola. I'll referee this one frame by frame, the way old Pepe did at the club.",
      '',
      "The change: every order, measurement and foot tracing we keep moves from our own database to a managed cluster behind a new proxy. Load tests passed, but with warm caches, and the old cluster is switched off at month's end, exactly the kind of date that makes people hurry.",
      '',
      'Frame 1. Ownership. I own which buyers go first, the rollback limits and how long each stage holds. Engineering owns the proxy, the routing of reads and writes, the deploy and the flags.',
      '',
      'Frame 2. Order of play. The workshop first: the madreñeros look up their own orders all day, and that is cold-cache traffic we can watch closely. Then the opted-in early-pairs list. Then ordinary buyers, barrio by barrio, starting with La Argañosa and Vallobín. First-year buyers and the cooperatives with twenty years buying come last: they lose most if an order vanishes.',
      '',
      'Frame 3. Limits, written down and signed before the first read moves: page errors more than 0.3 points worse than now, p99 load time more than 250 ms worse than now, orders completed per visit more than 2 % worse than now. Any one crosses, and we hang up the gouges.',
      '',
      'Frame 4. The table. The first billet at 1 %, the shaping horse at 10 % and then 50 %, the whole feria at 100 %. Each stage holds three days, and the shaping horse also holds through a full Monday morning, our coldest and busiest hour. Nothing advances unless every limit held through the hold.',
      '',
      "Frame 5, score corrected: I had written that the old cluster goes off at month's end regardless. On review, no: it stays up until the whole feria has run a full week of the San Mateo fiestas. The date moves; the limits do not.",
      '',
      'Frame 6. The master madreñero and I both stamp the first pair on the workshop floor before each stage.',
      '',
      'Frame 7. Whoever is on call sets the old clogs back by the door, no need to call me: any hour, the proxy route goes back to the old cluster in under five minutes, no redeploy, no asking.',
      '',
      'Frame 8. What the frame proves: the migration is safe, not that it is better. If anyone wants better proved, that is a randomised A/B test afterwards. Gracies, ho.',
    ].join('\n'),
  },
];
