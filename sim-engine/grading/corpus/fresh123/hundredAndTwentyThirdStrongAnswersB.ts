import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-third fresh set, author B: strong answers (dy021–dy027), four on model
 * scenarios and three on service scenarios, each covering every point of its kind. The voice: a
 * Croatian (Split) English register in writing with Croatian words (unhurried, ironic, exact;
 * "dobar dan", "hvala", "da", "ne", "polako", "ajme"), a Hvar lavender-oil distillery whose
 * language model suggests which oil, sachet and bottle size suit a home, a gift and a budget;
 * every answer a basketball referee's game report, by quarters and possessions, with one basket
 * waved off on the instant replay; stages named after the lavender and the distilling (the first
 * sheaf, the alembic, the whole Split riva market); sign-off as "Lucija and I both put a drop from
 * the first bottle on the back of the hand"; holds as "a full week of Splitsko ljeto" or a count
 * of days or graded answers; thresholds as "more than N worse than now, and we unhook the
 * condenser"; cohorts by Split neighbourhood and years buying; rollback as "whoever is on call
 * brings the old sachets out under the awning again, no need to call me" (README-b.md says which
 * of the given wordings were changed to keep clear of earlier voices). Labels set by hand when
 * each answer was written (LABEL-NOTES-b.md).
 */
export const HUNDRED_AND_TWENTY_THIRD_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dy021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Dobar dan. Game report, referee's copy. The change: our little adviser, the language model " +
        'that tells a customer which lavender oil, sachet and bottle size suit her flat, her ' +
        'mother-in-law and her budget, moves to a bigger model with a longer memory. The prompt ' +
        'stays. Offline evals went up three points; finance, naturally, asks what one conversation ' +
        'will now cost.',
      'First quarter, who plays where. I own the order of cohorts, the limits and the holds. ' +
        'Lucija, our engineering lead, and her engineers own the routing, the deploy and the flag. ' +
        'I do not touch the switch; they do not choose the cohorts.',
      'Second quarter, the order. First the nine of us at the distillery. Then the customers who ' +
        'signed up to try things early, mostly Varoš and Meje people buying from us for more than ' +
        'five years: they forgive, and they write back. First-time buyers and the Bačvice hotels ' +
        'who order by the case come last, because a wrong suggestion loses them for good.',
      'Third quarter, basket waved off on replay: I had written "hold until the adviser feels ' +
        'right". Ajme. That is no hold at all. Replaced by named stages with a gate at each: the ' +
        'first sheaf, 2 % for four days; the alembic, 20 % for a full week of Splitsko ljeto, ' +
        'because cost and feedback need that volume; then the whole Split riva market. We advance ' +
        'only when every limit is green at the end of the hold, and only when Lucija and I sign ' +
        'off together: a drop from the first bottle on the back of the hand, both names in the ' +
        'release log.',
      'Fourth quarter, the limits, written down before a single customer moves. Errors more than ' +
        '0.5 % worse than now, and we unhook the condenser. p95 latency more than 300 ms worse, ' +
        'the same. Hallucination rate from our eval harness (an oil we do not make, a price that ' +
        'is not ours) above 1 %, the same. Thumbs-down rate more than 2 points worse, or cost per ' +
        'conversation more than 30 % above the old model, the same.',
      'Overtime. Whoever is on call, at any hour, flips the routing flag back to the old model: ' +
        'about two minutes, no redeploy, no approval. Whoever is on call brings the old sachets ' +
        'out under the awning again, no need to call me.',
      'Final whistle. The canary tells us the bigger model is safe, not that it is better. For ' +
        '"better", polako: a randomised A/B test afterwards.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dy022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Game report, notes.',
      "Change: adviser's prompt rewritten warmer, reviewed in English only. A quarter of " +
        'customers write German, where "du" to a stranger is a foul.',
      '1st quarter: mine = cohort order, limits, holds. Lucija (engineering lead) and her ' +
        'engineers = routing, flags, deploy.',
      '2nd quarter: distillery staff → opted-in early-tasting list → Varoš buyers, 5+ years → ' +
        'first-time buyers and German writers last, the fragile ones.',
      'Basket waved off on replay: "one German colleague says it reads fine". Ne.',
      '3rd quarter, limits fixed before anyone moves, per language:',
      '- thumbs-down over 2 points worse than now, and we unhook the condenser;',
      '- harness formality check: "du" in over 1 % of German answers;',
      '- unsold products suggested above 0.5 %;',
      '- errors +0.5 %, p95 +250 ms.',
      'Stages: first sheaf 2 %, four days → alembic 20 %, a full week of Splitsko ljeto → the ' +
        'whole Split riva market. Gate at each.',
      'Lucija and I sign off every advance: a drop from the first bottle on the back of the hand.',
      '4th quarter: the on-call, any hour, flips the prompt flag back, two minutes, no redeploy, ' +
        'no asking. Whoever is on call brings the old sachets out under the awning again, no ' +
        'need to call me.',
      'Final: canary = safe. "Better" = randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dy023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Game report, possession by numbered possession.',
      '1. Tip-off. The adviser that matches oil, sachet and bottle to a home, a gift and a budget ' +
        'moves to a cheaper, faster model. A few hundred suggestions an hour at the summer peak; ' +
        'few customers press a thumb; the eval harness grades one suggestion in two hundred. At ' +
        '5 % the feedback is too quiet to read, so the plan counts graded answers, not days.',
      '2. Who calls what. I own the cohort order, the limits and the holds. Lucija, our ' +
        'engineering lead, and her engineers own the routing, the deploy and the flag.',
      '3. Order. Distillery staff first: we use the adviser for shop emails. Then the ' +
        'early-tasting list, who opted in. Then long-time buyers from Meje and Lučac, five years ' +
        'and more. New customers and the hotel buyers last: a bad match loses a new customer ' +
        "before she has a reason to forgive us, and a hotel order is a season's income.",
      '4. Limits, signed before traffic moves. For the canary the harness grades one suggestion ' +
        'in ten, not one in two hundred. Harness-graded wrong matches more than 2 points worse ' +
        'than now, and we unhook the condenser. Thumbs-down share more than 3 points worse than ' +
        'now, the same. Suggestions naming a product we do not sell above 0.5 %, the same. Errors ' +
        'more than 0.5 % worse, p95 latency more than 300 ms worse, the same.',
      '5. Stages and holds. The first sheaf, 5 %, held until 400 suggestions are graded and at ' +
        'least three days have passed. The alembic, 25 %, held until 1,500 are graded and 300 are ' +
        'rated, and never less than a full week of Splitsko ljeto. Then the whole Split riva ' +
        'market. A gate at each.',
      '6. Third quarter, basket waved off on replay: "if the thumbs are quiet, advance". Ne. ' +
        'Quiet is not green. Replaced by the counts in 5.',
      '7. Sign-off. Each advance: Lucija and I sign off together, both of us a drop from the ' +
        'first bottle on the back of the hand, both names in the log.',
      '8. Rollback. Whoever is on call, any hour, flips the model flag back: two minutes, no ' +
        'redeploy, no approval needed. Whoever is on call brings the old sachets out under the ' +
        'awning again, no need to call me.',
      '9. Final whistle. The canary says the cheaper model is safe. Whether it is better is a ' +
        'randomised A/B test afterwards. Hvala.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dy024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Dobar dan, game report, and the referee writes it in one breath: the new suggestion model ' +
      'that fills the home screen with gift sets (which oil, which sachet, which bottle for which ' +
      'home and budget) reads more features per request from the regional feature stores, and ' +
      'those stores were sized for the old model, and our Tokyo customers shop at their lunch, ' +
      'which is five in the morning here in Split, so in the first quarter I say what is mine and ' +
      'what is not: mine are the order of cohorts, the limits and the holds, while Lucija, our ' +
      'engineering lead, and her engineers own the routing, the deploy and the flag; second ' +
      'quarter, the order: our own people at the distillery first, then the early-tasting list ' +
      'who opted in, in Europe and in Japan both so the Tokyo store is exercised from the first ' +
      'day, then long-time buyers from Varoš and Spinut with five years and more, and new ' +
      'customers and the Tokyo department-store buyers last, because they are the most fragile ' +
      'and the most valuable; third quarter, basket waved off on replay: I had the holds as "one ' +
      'afternoon in Split", and on replay an afternoon here never sees the Tokyo lunch, so every ' +
      'hold now covers at least two Tokyo lunch peaks, that is the first sheaf at 2 % for two ' +
      'days, the alembic at 20 % for a full week of Splitsko ljeto, then the whole Split riva ' +
      'market, with a gate at each stage; the limits are written before anyone moves and are read ' +
      'per region: p99 latency more than 200 ms worse than now, feature-store timeouts above ' +
      '0.5 %, errors more than 0.5 % worse, click-through on suggested sets more than 2 points ' +
      'worse than the baseline, add-to-basket from suggestions more than 3 % worse, suggestions ' +
      'falling back to the default set above 1 %, and we unhook the condenser; each advance is ' +
      'signed off by Lucija and me, both of us a drop from the first bottle on the back of the ' +
      'hand and both names in the log; fourth quarter, whoever is on call, and the rota covers ' +
      'the Tokyo hours, flips the flag back in two minutes at any hour without a redeploy and ' +
      'without asking anyone, whoever is on call brings the old sachets out under the awning ' +
      'again, no need to call me; final whistle: this canary shows the model is safe, and ' +
      'whether it sells better is a question for a randomised A/B test afterwards, polako.',
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dy025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Game report.',
      'Change: checkout on one page, saved addresses and cards filled in.',
      'Returning buyers loved it in the lab. First-time buyers were never there.',
      'First quarter.',
      'Mine: cohort order, limits, holds.',
      "Lucija's engineers: routing, deploy, flags.",
      'Second quarter.',
      'Staff at the distillery first.',
      'Then the early-tasting list, who opted in.',
      'Then returning buyers from Varoš, five years and more.',
      "First-time buyers last: nothing saved to fill in, and the season's first orders are theirs.",
      'Third quarter, basket waved off on replay: "everyone before the tourists". Ne.',
      'Limits, written before traffic moves:',
      'checkout errors more than 0.5 % worse than now,',
      'p99 more than 200 ms worse,',
      'first-order conversion more than 2 % below the baseline,',
      'and we unhook the condenser.',
      'Stages: the first sheaf, 2 %, three days.',
      'The alembic, 25 %, a full week of Splitsko ljeto.',
      'The whole Split riva market.',
      'A gate at each.',
      'Lucija, engineering lead, and I sign off each advance: a drop from the first bottle on the ' +
        'hand.',
      'Fourth quarter.',
      'Whoever is on call, any hour, flips the flag back: two minutes, no redeploy, no approval.',
      'Whoever is on call brings the old sachets out under the awning again, no need to call me.',
      'Final whistle.',
      'The canary says safe.',
      'Whether it is better: a randomised A/B test, afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dy026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Dobar dan. The change: prices and shipping stop being worked out inside the shop and move ' +
        'to a new pricing service. Our orders peak at night (tourists on the last ferry, ' +
        'Americans after their dinner) and never stop. The rollout starts on Tuesday evening, and ' +
        'the pricing service shares the nightly batch window with invoicing. So the referee ' +
        "writes the scorer's table for two in the morning.",
      '',
      'Quarter | Possession | Call',
      '1st | Who owns what | Me: cohort order, limits, holds. Lucija, our engineering lead, and ' +
        'her engineers: routing, deploy, flags, the batch schedule.',
      '1st | Order | Distillery staff first; the early-tasting list who opted in next; buyers ' +
        'from Varoš and Žnjan with five years and more after them; first-time buyers and the ' +
        'hotel accounts last, because a wrong price loses a new customer and a hotel invoice is a ' +
        "season's money.",
      '2nd | Limits, signed before traffic moves | Prices differing from the old service above ' +
        '0.1 %; errors more than 0.5 % worse than now; p99 more than 200 ms worse; checkout ' +
        'conversion more than 2 % below the baseline. Any one, and we unhook the condenser.',
      '2nd | Stages | The first sheaf, 1 %, two nights including a batch window; the alembic, ' +
        '20 %, a full week of Splitsko ljeto with its weekend nights; the whole Split riva market. ' +
        'A gate at each.',
      '3rd | Basket waved off on replay | "A rollback at night waits for my approval in the ' +
        'morning." Ajme, ne. At two in the morning the answer is in the last row.',
      '3rd | Sign-off | Each advance: Lucija and I sign off, both of us a drop from the first ' +
        'bottle on the back of the hand, both names in the log.',
      '4th | Batch | No stage starts inside the batch window; a breach there still belongs to the ' +
        'on-call.',
      '4th | Rollback | Whoever is on call, at two in the morning or at noon, flips the pricing ' +
        'flag back to the old calculation: a config switch, three minutes, no redeploy, no ' +
        'approval, nobody wakes me first. Whoever is on call brings the old sachets out under ' +
        'the awning again, no need to call me.',
      'Final | Safe, not better | The canary says the new service is safe. Whether it is better ' +
        'is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dy027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Dobar dan. The referee's report of a game that has not been played yet.",
      'The change is underneath: orders, stock and customer accounts move from the old server in ' +
        'the back room of the distillery (barba Ante calls it the cellar) to a managed cluster ' +
        'behind a new proxy. Load tests passed at the summer peak, but with warm caches, and the ' +
        'old server is switched off at the end of the month.',
      'First quarter. My calls: the order of cohorts, the limits and the holds, and, da, that the ' +
        'old server stays on, and written to, until the last stage has held. Lucija, our ' +
        'engineering lead, and her engineers own the routing through the proxy, the migration, ' +
        'the deploy and the flags.',
      'Second quarter. Distillery staff first, with our own orders and stock counts. Then the ' +
        'early-tasting list, who opted in. Then buyers from Spinut and Meje with five years and ' +
        'more. New customers and the hotel accounts last: they have the least patience and the ' +
        'biggest baskets.',
      'Limits, fixed before traffic moves: errors more than 0.5 % worse than now; p99 page load ' +
        'more than 200 ms worse; proxy timeouts above 0.2 %; completed orders more than 2 % below ' +
        'the baseline. Any one, and we unhook the condenser.',
      'Third quarter, basket waved off on replay: "the load tests passed, so one day at 50 % is ' +
        'enough". On replay the tests had warm caches. Replaced: the first sheaf, 5 %, held three ' +
        'days from a cold start; the alembic, 25 % and then 50 %, each held a full week of ' +
        'Splitsko ljeto with its evening peaks; then the whole Split riva market. A gate at each, ' +
        'and Lucija and I sign off each advance, both of us a drop from the first bottle on the ' +
        'back of the hand.',
      'Fourth quarter. Whoever is on call, any hour, switches the proxy back to the old server: a ' +
        'routing switch, about three minutes, no redeploy, no asking. Whoever is on call brings ' +
        'the old sachets out under the awning again, no need to call me.',
      'Final whistle. The canary says the new storage is safe. If anyone asks whether it is ' +
        'better, that is a randomised A/B test afterwards. Polako.',
    ].join('\n\n'),
  },
];
