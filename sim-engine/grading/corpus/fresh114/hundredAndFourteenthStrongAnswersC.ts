import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-fourteenth fresh set, author C: strong answers (dp041–dp047), four on model
 * scenarios and three on service scenarios, each covering every point of its kind.
 * Voice: a Sri Lankan (Kandy) English register in writing with Sinhala words (courteous, exact,
 * gently teasing; "ayubowan", "hari", "ane", "istuti", "machang"); a Kandyan lacquerware
 * workshop whose language model suggests which box, pattern and colour suit a gift, a home and a
 * budget; every answer a tea-taster's notes, cup by cup (a grade and a remark per cup), with one
 * cup tasted again. Stages: the first coat, the polishing cloth, the final gloss. Written blind:
 * the author read neither the grader nor any other answers (README-c.md, LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_FOURTEENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dp041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ayubowan. My answer is a tea-taster's notes, cup by cup, each with its grade and a remark.",
      'The leaf in question: our gift assistant, which tells a customer which lacquer box, pattern and colour suit a wedding gift and a budget, moves to a newer, larger model with a longer context window. Same prompt. Offline evals rose three points on short questions, and the accounts office wants the cost per conversation.',
      'Cup 1, who owns what. Grade BOP, clean. I own the order in which customers meet the new model, the rollback limits and the holds. Engineering owns the routing, the deploy and the flag.',
      'Cup 2, the order. Grade FBOP, brisk. Workshop staff and apprentices first, because they know every box by heart and will laugh at a silly suggestion; then customers who opted into our early-suggestions list; then Peradeniya and Katugastota regulars with five or more years buying; first-time buyers and wedding-season customers last, because a wrong box costs us most there.',
      'Cup 3, the limits. Grade Pekoe, full. Written down and agreed before a single conversation moves: errors more than 0.5 % worse than now, p95 latency more than 300 ms worse, suggestion-to-order rate more than 2 % worse, and we put the lac sticks away.',
      "Cup 4, the model's own flavour. Grade OP, coppery. Errors alone will not do for a model, ane. We also gate on the eval harness's hallucination rate (a pattern we do not make, a wrong price), more than 1 point worse; thumbs-down on suggestions, more than 1.5 points worse; and tokens per conversation, more than 40 % above today, for the accounts office.",
      'Cup 5, the stages. Grade BOPF, thin. First coat 2 %, polishing cloth 20 %, final gloss 100 %, three days each.',
      'Cup 5, tasted again: too thin, three days at 2 % gathers too few thumbs. The first coat holds for 2,000 conversations or four days, whichever is later; the polishing cloth holds for a full week of the Esala Perahera. At each gate the master lacquerer and I both run a thumb along the first lid; without both thumbs, nothing advances.',
      'Cup 6, rollback. Grade BOP, sound. Whoever is on call returns the old boxes to the glass-fronted cabinet, no need to call me: a flag back to the old model, under five minutes, any hour.',
      'Cup 7, what the cup cannot say. The canary says the larger model is safe, not that it is better; a randomised A/B test afterwards answers that. Istuti.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dp042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Tasting notes: assistant prompt made warmer, more casual. Reviewed in English only; a quarter of customers write Sinhala, where respect matters.\n\n' +
      [
        "Cup 1. Owners. BOP, clean. Mine: order, limits, holds. Engineering's: flag, routing, deploy.",
        'Cup 2. Order. FBOP, brisk. Workshop staff first (Sinhala speakers among them); opted-in early-suggestions customers next; Sinhala-writing customers and first-time buyers last, where a too-familiar "umba" costs most.',
        'Cup 3. Limits, fixed before any traffic. Pekoe. Errors more than 0.5 % worse than now, p95 more than 250 ms worse, orders from suggestions more than 2 % worse, and we put the lac sticks away.',
        'Cup 4. Model signals. OP, coppery. Thumbs-down per language, more than 1 point worse; eval-harness politeness score on a Sinhala set, more than 3 points worse. Same stop.',
        'Cup 5. Stages. First coat 5 %, polishing cloth 25 %, final gloss 100 %.',
        'Cup 5, tasted again: needs holds. 1,500 Sinhala conversations at the first coat, seven days at the polishing cloth. Each gate, the master lacquerer and I both run a thumb along the first lid, or it waits.',
        'Cup 6. Rollback. Whoever is on call returns the old boxes to the glass-fronted cabinet, no need to call me: prompt flag, two minutes, any hour.',
        'Cup 7. Canary: safe, not better. Warmth gets a randomised A/B test later, machang.',
      ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dp043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ane, a quiet one. Our suggestion assistant moves to a cheaper, faster model. Traffic is modest, a few hundred suggestions an hour at the Poya-day peak; few customers rate a suggestion, and the eval harness grades only one suggestion in two hundred. So the cups must be tasted slowly. My notes, numbered as the taster numbers them:',
      '1. Cup 1, who holds which pot. Grade BOP, clean. I own the cohort order, the limits and how long each stage holds. Engineering owns the routing, the flag and the deploy.',
      '2. Cup 2, the order. Grade FBOP, bright. Workshop staff first, because they will tell me the same afternoon when a suggestion is silly; then the opted-in early-suggestions list; then Ampitiya and Tennekumbura customers with more than three years buying; first-time buyers and corporate gift orders last, since they forgive least.',
      '3. Cup 3, the limits, written before a single suggestion moves. Grade Pekoe, full. Errors more than 0.5 % worse than now, p95 latency more than 300 ms worse, suggestion-to-order rate more than 2 % worse, and we put the lac sticks away.',
      '4. Cup 4, the model signals. Grade OP, coppery. We gate on the hallucination rate from the eval harness, more than 1 point worse; on thumbs-down per hundred rated suggestions, more than 1.5 worse; and on how often staff correct a suggestion by hand, more than 3 points worse.',
      '5. Cup 5, the stages. Grade BOPF, thin. First coat 5 %, polishing cloth 25 %, final gloss 100 %, two days each.',
      '6. Cup 5, tasted again: at this traffic two days at 5 % gives the harness perhaps four graded suggestions. Ane, that is not a tasting, that is a sniff. So the harness samples one in five during the canary, and each stage holds until it has 400 graded suggestions and 200 ratings, whatever the calendar says; the polishing cloth also holds a full week of the Esala Perahera. At each gate the master lacquerer and I both run a thumb along the first lid, and only then does it advance.',
      '7. Cup 6, rollback. Grade BOP, sound. Whoever is on call returns the old boxes to the glass-fronted cabinet, no need to call me: a flag back to the old model, three minutes, day or night.',
      '8. Cup 7, what this tasting cannot tell you. Grade none. The canary says the cheaper model is safe, not that it is better; a randomised A/B test afterwards answers that, hari?',
    ].join('\n\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dp044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Ayubowan. The change: a new suggestion model that reads more features per request from our two feature stores, one in Colombo for island orders and one in Toronto for the diaspora. The stores were sized for the old model. We sit in Kandy; Toronto's evening gift rush is our early morning. My tasting sheet, as a table:\n\n" +
      [
        'Cup | Part of the plan | Grade | Remark',
        '1 | Ownership | BOP | Clean. I own the cohort order, the limits and the holds; engineering owns the routing, the flag and the store capacity.',
        '2 | Order | FBOP | Brisk. Workshop staff first, they know the boxes; opted-in early-suggestions customers next; then Kandy town and Gannoruwa buyers with five years and more; Toronto first-time buyers last, because they meet us only through the suggestion.',
        "3 | Limits, agreed before traffic moves | Pekoe | Full. Errors more than 0.5 % worse than now, p99 latency more than 250 ms worse in either region's store, suggestion-to-basket rate more than 2 % worse, and we put the lac sticks away.",
        '4 | Model signals | OP | Coppery. Suggestion-acceptance rate more than 3 points worse than the old model; eval-harness relevance score more than 2 points worse; feature-store timeouts per thousand requests above 5. Same stop.',
        '5 | Stages | BOPF | Thin. First coat 5 %, polishing cloth 25 %, final gloss 100 %, one Kandy working day each.',
        '6 | Rollback | BOP | Sound. Whoever is on call, in Kandy or Toronto, returns the old boxes to the glass-fronted cabinet, no need to call me: a flag back to the old model in under five minutes, any hour.',
        '7 | Safe or better | none | The canary says safe; whether the new model sells more boxes is a randomised A/B test afterwards.',
      ].join('\n') +
      "\n\nCup 5, tasted again: thin because a Kandy working day never sees Toronto's evening, and that is exactly when the Toronto store is full. Each stage holds at least three days covering three Toronto evening peaks and three Colombo lunch peaks, and the polishing cloth holds a full week of the Esala Perahera, our own heaviest week. The master lacquerer and I both run a thumb along the first lid before each advance, and the Toronto on-call engineer is on the call for that gate, ane, not asleep.",
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dp045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Checkout becomes one page.\nSaved addresses and cards fill themselves.\nFirst orders peak at Avurudu, next month.\nTasting notes, cup by cup:',
      "Cup 1. Roles. BOP.\nMine: order, limits, holds.\nEngineering's: flag, routing, deploy.",
      'Cup 2. Order. FBOP.\nStaff first, they know the shop; then opted-in early buyers,\nthen Peradeniya regulars of five years.\nFirst-time buyers last: no saved card to help them.',
      'Cup 3. Limits, set before traffic moves. Pekoe.\nErrors more than 0.5 % worse than now,\np99 more than 200 ms worse,\nfirst-order conversion more than 2 % worse,\nand we put the lac sticks away.',
      'Cup 4. Stages. OP.\nFirst coat 5 %, polishing cloth 25 %, final gloss 100 %.',
      'Cup 4, tasted again:\neach stage holds 1,000 completed orders and at least four days,\nand the polishing cloth finishes its hold before Avurudu, or we wait.\nAt each gate the master lacquerer and I both run a thumb along the first lid.',
      'Cup 5. Rollback. BOP.\nWhoever is on call returns the old boxes to the glass-fronted cabinet,\nno need to call me.\nFlag flip, three minutes, any hour.',
      'Cup 6. The canary shows safe, not better.\nA randomised A/B test settles "better" later, machang.',
    ].join('\n\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dp046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Ayubowan, and forgive me, this one I taste in a single breath: the change is that every order-tracking page, which reads orders from our own database in the back room, will now read them from a managed cluster behind a new proxy, the load tests passed only with warm caches, and the old database is switched off at the end of the month, ' +
      'so cup 1, ownership, grade BOP, clean, is that I own the cohort order, the rollback limits and the holds while engineering owns the proxy, the routing and the migration itself; ' +
      'cup 2, the order, grade FBOP, brisk, is workshop staff first, because they open the tracking page fifty times a day and will feel a slow page before anyone, then the opted-in early-access customers, then Suduhumpola and Mahaiyawa buyers with more than three years, and last the wedding-season buyers and our three hotel gift shops, because a lost order there is a lost customer; ' +
      'cup 3, the limits, grade Pekoe, full, fixed before one request moves, is errors more than 0.3 % worse than now, p99 page latency more than 200 ms worse, completed orders more than 2 % worse, and we put the lac sticks away; ' +
      'cup 4, the stages, grade BOPF, thin, was first coat 2 %, polishing cloth 20 %, final gloss 100 %, one day each; ' +
      'cup 4, tasted again, ane, thin because one day with warm caches tells us nothing, so every stage holds until the caches have gone cold at least once, at least three days and one Saturday peak, and the polishing cloth holds a full week of the Esala Perahera, and before each advance the master lacquerer and I both run a thumb along the first lid; ' +
      'cup 5, rollback, grade BOP, sound, whoever is on call returns the old boxes to the glass-fronted cabinet, no need to call me, which means a proxy routing switch back to the old database in under five minutes, any hour, and that is why the old database stays switched on until the final gloss has held two weeks, month-end or no month-end; ' +
      'cup 6, grade none, the canary tells us the cluster is safe, not better, and if anyone wants "better" that is a randomised A/B test afterwards, istuti.',
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dp047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ayubowan. The change: the delivery charge on every order moves to a new pricing service. Orders never stop, because our diaspora customers in Melbourne and London order while Kandy sleeps, and the new service shares a nightly batch window with billing. The rollout starts on Tuesday evening. So the question under the question is who may pull it back at 2 a.m. Here are my cups.',
      'Cup 1, the division of labour. Grade BOP, clean. As PM I own the order of customers, the limits that trigger a rollback and the length of each hold. Engineering owns the new service, the routing and the flag that chooses between old and new.',
      "Cup 2, the order. Grade FBOP, bright. Workshop staff first, they order gifts for their own families and will read the delivery charge with a taster's tongue; then customers on the opted-in early-access list; then Kandy buyers from Lewella and Asgiriya with three or more years; overseas first-time buyers last, since a wrong charge at checkout is the last we hear of them.",
      "Cup 3, the limits, agreed in writing before the Tuesday flag moves. Grade Pekoe, full. Pricing errors more than 0.2 % worse than now, p99 quote latency more than 150 ms worse, checkout completion more than 2 % worse, any delivery charge differing from the old service's by more than 5 % on a shadow comparison, and we put the lac sticks away.",
      'Cup 4, rollback. Grade BOPF, thin.',
      'Cup 4, tasted again: thin because I had written that the release manager decides. Ane, at 2 a.m. the release manager is asleep in Kandy. So: whoever is on call, at any hour, returns the old boxes to the glass-fronted cabinet, no need to call me, and no need to call anybody. It is a flag back to the old pricing service, under five minutes, no redeploy, and we rehearse it once on Tuesday afternoon before the rollout.',
      'Cup 5, the stages. Grade OP, coppery. First coat 2 %, polishing cloth 20 %, final gloss 100 %. Each holds at least three nights, so every stage crosses the billing batch window and a weekend night; the polishing cloth also holds 5,000 orders. Before each advance the master lacquerer and I both run a thumb along the first lid.',
      'Cup 6, what this does not prove. Grade none. The canary shows the new pricing is safe, not that it earns more. If finance wants "better", that is a randomised A/B test afterwards, machang.',
    ].join('\n\n'),
  },
];
