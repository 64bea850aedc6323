import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-eighth fresh set, author A: strong answers (ed001–ed007), each covering
 * every point of its scenario's kind (model answers also model-metrics), labelled by hand before
 * anything else was done with them.
 *
 * Voice: a Javanese (Yogyakarta) English register in speech with Javanese and Indonesian words
 * ("sugeng enjing", "matur nuwun", "nggih", "mboten", "monggo", "lho"); the product is a Kotagede
 * silver filigree workshop whose language model suggests which brooch, ring or pendant, and which
 * size, suit a wearer, a gift and a budget. Every answer is a water-polo referee's game sheet,
 * quarter by quarter and attack by attack, with one goal overturned on the video; stages are the
 * first twisted wire, the soldering bench and the whole Kotagede market street; sign-off is "the
 * eldest filigree maker and I both run a thumbnail along the first spiral"; thresholds end "and we
 * bank the charcoal"; rollback is "whoever is on call pins the old brooches back onto the velvet
 * board, no need to call me". See README-a.md and LABEL-NOTES-a.md.
 */
export const HUNDRED_AND_TWENTY_EIGHTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ed001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Sugeng enjing. Let me read you my game sheet, nggih, the way a water-polo referee reads his after the match: quarter by quarter, attack by attack. The match is our suggestion assistant, the one that tells a customer which brooch, ring or pendant, and which size, suits the wearer, the gift and the budget. It moves to the newer, bigger model with the longer memory; the prompt stays as it is.',
      '',
      'Swim-off, before the first whistle: who wears which cap. My part as PM is the order of buyers, the rollback limits and how long each stage holds. Mas Dimas and the engineers own the routing, the deploy and the flag.',
      '',
      "Quarter 1, attack 1: the limits, written down and agreed before a single conversation moves. Wrong-size suggestions in the eval harness more than 2 points worse than now, and we bank the charcoal. Thumbs-down on suggestions more than 1.5 points worse than now, and we bank the charcoal. Suggestions above the customer's stated budget more than 3 % worse than now, the same. Cost per conversation more than 40 % above now: Bu Sri in finance asked, so she gets a number, lho. Errors more than 0.5 % above now, p95 more than 600 ms slower, the same.",
      '',
      'Quarter 1, attack 2: who goes first. Our own filigree makers and their families; then customers who ticked "try new suggestions", mostly from Prenggan and Purbayan kampung, two years buying and more, who forgive us; first-time buyers and wedding-ring buyers last, because a wrong size on a wedding ring is a very long apology.',
      '',
      'Quarter 2: the stages. The first twisted wire, 2 % of conversations, held three days. The soldering bench, 20 %, held a full week of Sekaten, seven days. Then the whole Kotagede market street. Each advance is signed off by the eldest filigree maker and me: she reads twenty transcripts, I read the numbers, and we both run a thumbnail along the first spiral.',
      '',
      'Quarter 3, goal overturned on the video: I first wrote that to go back we would redeploy the old model. Overturned. Whoever is on call pins the old brooches back onto the velvet board: the engineer on call flips the flag, two minutes, day or night, no need to call me.',
      '',
      'Quarter 4: the canary only says the new model is safe; it does not say it sells better. For better, a randomised A/B test afterwards. Matur nuwun.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ed002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Game sheet: new payment SDK (adds QRIS and wallets) in our workshop's app.",
      "Swim-off: I own buyer order, limits, holds. Mas Yudi's engineers own the SDK build, routing, flag.",
      'Q1, attack 1. Limits, signed before traffic: Android payment failures in any 5-minute window more than 1 % worse than now, and we bank the charcoal. Checkout completion 2 % worse, same. Payment p99 300 ms slower, same.',
      'Q1, attack 2. Order: workshop staff buying for themselves; opted-in app testers from Prenggan and Jagalan, 3+ years buying; first-time buyers and wedding sets last, one failed payment and they are gone, lho.',
      'Q2. The first twisted wire: 1 %, 300 orders. The soldering bench: 25 %, through one Friday night after payday, our busiest hour. Then the whole Kotagede market street.',
      'Q3, goal overturned on the video: "two hours per stage". Overturned: bursts hide; every stage holds across a Friday night peak.',
      'Each advance signed off by the eldest filigree maker and me; we both run a thumbnail along the first spiral.',
      'Q4. Whoever is on call pins the old brooches back onto the velvet board: flag back to the old SDK, under three minutes, any hour, no need to call me.',
      'Match over: canary = safe, not better. Better: randomised A/B test afterwards. Matur nuwun, nggih.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ed003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Monggo, here is my game sheet for the warmer prompt. Our assistant suggests a brooch, ring or pendant and the size, in English and in German; a quarter of our buyers write in German, many of them visitors who bought in Kotagede once and now order from home. The new prompt is warmer and more casual. In Javanese we know this trap, lho: you do not speak ngoko to somebody's grandmother.",
      '',
      "1. Quarter 1, attack 1, who owns what: I own the order of buyers, the rollback limits and the holds. Mbak Rina's engineering team owns the prompt deploy, the routing by language and the flag.",
      "2. Quarter 1, attack 2, limits fixed before any traffic: thumbs-down more than 1 point worse than now, counted separately for German and for English, and we bank the charcoal. The eval harness's wrong-register score (du where Sie belongs) more than 2 % worse than now, the same. Suggestions above the stated budget more than 3 % worse, the same. Errors more than 0.5 % up or p95 more than 400 ms slower, the same.",
      '3. Quarter 2, attack 1, order: our own staff first, including Mbak Anna from Köln, who is very strict about Sie; then opted-in English buyers; then opted-in German buyers; German customers of five years and more, and first-time buyers, last, because they are the ones a careless "du" loses.',
      '4. Quarter 2, attack 2, stages: the first twisted wire, 5 % of English conversations, two days; then 5 % of German conversations, held until 400 conversations; the soldering bench, 25 % of both, held a full week of Sekaten; then the whole Kotagede market street.',
      '5. Quarter 3, goal overturned on the video: I had "watch the total thumbs-down". Overturned: a quarter of users drown in the English average, so the German number is its own gate.',
      '6. Quarter 3, attack 2, sign-off: each advance is signed off by the eldest filigree maker and me after Anna reads thirty German transcripts; we both run a thumbnail along the first spiral.',
      '7. Quarter 4, rollback: whoever is on call pins the old brooches back onto the velvet board: the old prompt comes back by config in two minutes, any hour, no need to call me.',
      '8. Match over: the canary tells us the warm prompt is safe, not that buyers like it better. Better is a randomised A/B test afterwards. Matur nuwun, nggih.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ed004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Sugeng dalu, because this one is about the night, so here is the game sheet all in one breath, like a referee who swallowed half the pool: ' +
      'the change is that every brooch, ring and pendant now gets its price from a new pricing service that weighs the silver and the workmanship, ' +
      'and our buyers shop mostly at night at the weekend, lying in bed with the phone, and they never quite stop, so at the swim-off I say who owns what: ' +
      'I own the order of buyers, the limits and the holds, and Mas Bagus and the platform engineers own the routing, the deploy and the flag; ' +
      'quarter 1, attack 1, before a single order moves we write the limits down: prices that differ from the old service more than 0.1 % worse than now, and we bank the charcoal, ' +
      'pricing errors more than 0.5 % worse, p99 more than 250 ms slower, completed orders more than 2 % below the same night last week, each one the same, we bank it; ' +
      'attack 2, the order: workshop staff ordering for themselves first, then opted-in buyers from Prenggan and Basen with three years buying and more, ' +
      'and first-time buyers and the big reseller shops last, because a wrong price to a reseller is a wrong price on two hundred pieces; ' +
      'quarter 2, the first twisted wire is 2 % for two full nights, including the batch window we share with invoicing, ' +
      'the soldering bench is 20 % across one whole weekend of nights, Friday to Sunday, then the whole Kotagede market street, ' +
      'and each advance is signed off by the eldest filigree maker and me, both running a thumbnail along the first spiral; ' +
      'quarter 3, goal overturned on the video: I had written that the on-call engineer asks the PM before rolling back at night, overturned, ' +
      'because at 2 a.m. I am asleep and mboten useful, so whoever is on call pins the old brooches back onto the velvet board, ' +
      'routing back to the old pricing service in three minutes, any hour, no need to call me; ' +
      'quarter 4 and the end of the match: the canary says the new service is safe, not that it sells better, ' +
      'and if anybody wants better, that is a randomised A/B test later, matur nuwun, nggih.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ed005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Game sheet. A cheaper, faster model for our suggestions.',
      'Few buyers rate one, lho; the harness grades one in two hundred.',
      '',
      'Swim-off:',
      'I own the order, limits, holds.',
      "Mas Eko's engineers own routing and the flag.",
      '',
      'Quarter 1, attack 1. Limits, written before traffic moves:',
      'wrong-size rate in the eval harness 2 points worse than now, we bank the charcoal;',
      'resize-and-return requests 1 point worse, the same;',
      'suggestions over budget 3 % worse, the same.',
      '',
      'Quarter 1, attack 2. Order:',
      'our filigree makers;',
      'opted-in Purbayan buyers, three years and more;',
      'first-time and wedding buyers last: they do not forgive.',
      '',
      'Quarter 2. Stages:',
      'the first twisted wire, 10 %, held until 200 graded suggestions;',
      'the soldering bench, 30 %, held until 300 ratings and the first returns;',
      'the whole Kotagede market street.',
      '',
      'Quarter 3, goal overturned on the video:',
      '"5 % for one day". Overturned: too quiet.',
      'The harness grades one in ten while we ramp.',
      '',
      'Each advance signed off by the eldest filigree maker and me;',
      'we both run a thumbnail along the first spiral.',
      '',
      'Quarter 4:',
      'whoever is on call pins the old brooches back onto the velvet board,',
      'flag switch, two minutes, any hour, no need to call me.',
      '',
      'Match over:',
      'the canary says safe, not better;',
      'better is a randomised A/B test after. Nggih.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ed006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Game sheet, written like the table at the referee's desk, nggih. Columns: quarter | attack | what | who.",
      'The change: our orders and catalogue move from the old database in the back room to a managed cluster behind a new proxy. The load tests passed, but with warm caches, lho, like testing a soldering iron that was already hot. The old cluster goes at month end.',
      '',
      "Swim-off | ownership | I own the order of buyers, the rollback limits and the holds; Mas Hendra's engineering team owns the proxy, routing, migration and flags | PM and engineering",
      'Q1 | attack 1 | Limits, fixed before any read moves: p99 page reads more than 150 ms slower than now, and we bank the charcoal; database errors more than 0.3 % worse than now, the same; completed orders more than 2 % below the same weekday last week, the same; p99 in the first hour after a cache flush more than 300 ms slower, the same | me and Mas Hendra',
      "Q1 | attack 2 | Order: workshop staff and the filigree makers' order board first; then opted-in buyers from Jagalan and Singosaren with two years buying and more; resellers and first-time buyers last, because a slow page loses them for good | me",
      'Q2 | attack 1 | The first twisted wire: 5 % of reads, held two days, with one deliberate cache flush | hold',
      'Q2 | attack 2 | The soldering bench: 25 %, held a full week of Sekaten, seven days | hold',
      'Q3 | goal overturned on the video | I had "switch off the old cluster at month end as planned". Overturned: the old cluster stays warm until the whole street has run a full week, or there is nothing to go back to | me',
      'Q3 | attack 2 | Each advance signed off by the eldest filigree maker and me; we both run a thumbnail along the first spiral | sign-off',
      'Q4 | attack 1 | The whole Kotagede market street, 100 %, held one more week | hold',
      'Q4 | attack 2 | Rollback: whoever is on call pins the old brooches back onto the velvet board: the proxy routes back to the old cluster in under five minutes, any hour, no need to call me | on-call engineer',
      'Match over | - | The canary says the move is safe, not that anything is better; for better, a randomised A/B test afterwards | me',
      '',
      'Matur nuwun.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ed007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Sugeng enjing, monggo. This is the game sheet for the new suggestion model, the one that reads more about each customer (past pieces, ring sizes, budgets) from our two feature stores: Jakarta for Indonesian buyers, Frankfurt for European ones. We are in Yogyakarta. Our Dutch buyers shop after dinner, which for us is one or two in the night, when the team is asleep and the Frankfurt store, sized for the old model, is at its busiest. There the match is lost, lho.',
      '',
      "Swim-off. My part is the order of buyers, the limits and how long each stage holds. Mas Adi's engineers own the routing, the feature-store capacity and the flag.",
      '',
      "Quarter 1, attack 1. Written down before any traffic moves, per region and per hour, not averaged over the day: feature-store read p99 more than 100 ms slower than now, and we bank the charcoal; suggestions that time out and fall back to best sellers more than 1 % worse than now, the same; add-to-basket from a suggestion more than 2 % below the same hour last week, the same; wrong-size suggestions in the eval harness more than 2 points worse, the same; suggestions above the customer's budget more than 3 % worse, the same.",
      '',
      "Quarter 1, attack 2. Who goes first: our filigree makers; then opted-in buyers from Prenggan and Purbayan kampung and the Dutch collectors' circle; buyers of five years and more, and first-time buyers, last, because they go elsewhere after one strange suggestion.",
      '',
      'Quarter 2. The first twisted wire, 5 % in each region, held three days so it sees three European evenings. The soldering bench, 25 %, held a full week of Sekaten. Then the whole Kotagede market street. Each advance is signed off by the eldest filigree maker and me; we both run a thumbnail along the first spiral over the hour-by-hour sheet.',
      '',
      'Quarter 3, goal overturned on the video: I had written "look at the daily average every morning". Overturned. The European evening hides inside a daily average; the gate is the worst hour in each region.',
      '',
      'Quarter 4. If a limit trips at 2 a.m. our time, whoever is on call pins the old brooches back onto the velvet board: the flag sends that region back to the old model in two minutes, any hour, no need to call me.',
      '',
      'Match over. The canary tells us the new model is safe, not that it is better; whether it sells more pendants is a randomised A/B test afterwards. Matur nuwun, nggih.',
    ].join('\n'),
  },
];
