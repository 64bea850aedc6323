import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-seventh fresh set, author C: strong answers (ec041–ec047), four on model
 * scenarios and three on service scenarios, each covering every point of its kind. The voice: an
 * Occitan (Toulouse) English register in speech with Occitan and French words, a PM at a Toulouse
 * candied-violet confectionery whose language model suggests which box, size and assortment suit
 * a gift, a guest and a budget, every answer a beach-volleyball referee's scoresheet with one point
 * replayed on the challenge. Labelled by hand before anything was graded (LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_TWENTY_SEVENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ec041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Adieu! I keep this like my beach-volleyball scoresheet on Sundays at the Ramier, because a release is a match you can lose on one silly point.',
      'Set 1, the toss. Our box assistant, the little model that tells a customer which box, size and assortment of candied violets suit a gift, a guest and a budget, moves to a bigger model with a longer context. As PM I own the order of the cohorts, the rollback limits and the holds; engineering owns the routing, the deploy and the flag that splits the conversations. Òc, their switch, my customers.',
      'Set 1, the first rallies. The workshop staff go first: they know every box by heart and will shout the moment it suggests nonsense. Then the friends of the shop who signed up for early tastings. Then customers of Saint-Cyprien and the Carmes with five years of buying and more. New customers and the wedding and corporate orders come last, because a first box that goes wrong loses a customer for good, and a wedding of two hundred guests forgives nothing.',
      "Set 2, the lines on the sand, written before the first conversation moves: errors more than 0.5 % worse than now, p95 latency more than 300 ms worse, the eval harness's wrong-suggestion rate (a box we do not sell, an assortment that does not fit the size) more than 1 point worse, thumbs-down more than 2 points worse, cost per conversation more than 30 % above now. Any one of them, and we shut the sugar pans.",
      'Set 2, point replayed on the challenge: I had written one day per stage. Finance challenged, and rightly: cost per conversation needs volume. Replayed, each stage holds at least three days and 2,000 conversations. The first picked bunch is staff only, the sugaring pan is 5 % and then 25 % of customers, the whole Capitole market is everyone, and at every gate the head confectioner and I both taste the first sugared flower: we read the five numbers together and sign the advance, or it waits.',
      'Set 3, the net. Whoever is on call, at three in the morning as at noon, flips the flag back to the old model in under five minutes, no redeploy: the old boxes are back in the window, and nobody needs to ring me first.',
      'Match point. The canary tells us the bigger model is safe, not that it sells more boxes; for "better" we run a randomised A/B test afterwards. Mercés!',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ec042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Scoresheet, warmer prompt.',
      '1. Set 1, roles: I own the cohort order, the limits and the holds; engineering, the prompt flag and routing.',
      '2. Set 1, the order: shop staff, then the early-tasting club who opted in, then English writers of many years; French writers and first-time buyers last, because a warm "tu" loses a Minimes grandmother who expects "vous", and a first buyer judges on one answer.',
      '3. Set 1, point replayed on the challenge: English and French were one cohort. Non: split, each on its own numbers.',
      '4. Set 2, limits, fixed before anything moves: thumbs-down more than 2 points worse than now per language, eval-harness formality faults in French more than 1 point worse, errors more than 0.5 % worse, p95 more than 300 ms worse. Any one, and we shut the sugar pans.',
      '5. Set 2, stages: the first picked bunch (staff, 3 days), the sugaring pan (10 %, 500 French conversations), the whole Capitole market. At each gate the head confectioner and I taste the first sugared flower and sign.',
      '6. Set 3: whoever is on call, any hour, switches back to the old prompt by config in two minutes, no need to call me.',
      '7. Match: the canary says safe, not better; better is a randomised A/B test after. Adieu!',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ec043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Adieu. My scoresheet, pinned to the referee's chair in columns: Set | Call | Who decides.",
      'Set 1 | The change: box suggestions move to a cheaper, faster model; few customers press the thumbs, and the eval harness grades only one suggestion in two hundred | nobody, it is the match we are given',
      'Set 1 | Who owns what: I own the cohort order, the rollback limits and the holds; engineering owns the routing, the deploy and the model flag | PM and engineering',
      'Set 1 | Order: workshop staff, then the early-tasting club who opted in, then customers of the Minimes and Saint-Agne with three years of buying or more; new customers and the hotel concierges who order for their guests go last, because those are the ones we cannot afford to disappoint | PM',
      'Set 2 | Limits, signed before any traffic moves: errors more than 0.5 % worse than now; p95 more than 250 ms worse; eval-harness bad-suggestion rate more than 1.5 points worse; thumbs-down more than 3 points worse; any one and we shut the sugar pans | PM, engineering agrees',
      "Set 2 | Sampling: at one in two hundred the canary's graded sample is a handful, so during the canary the harness grades one canary suggestion in ten | engineering",
      'Set 2, point replayed on the challenge | I had the holds in days. Our data analyst challenged: with feedback this thin, a day proves nothing. Replayed: holds count graded suggestions, not days | PM',
      'Set 2 | Stages: the first picked bunch (staff, until 300 suggestions are graded); the sugaring pan (10 %, then 30 %, each until 400 are graded and at least four days have passed); the whole Capitole market | PM',
      'Set 2 | Gate: at each stage the head confectioner and I both taste the first sugared flower, read the graded sample together and sign the advance | head confectioner and PM',
      'Set 3 | Rollback: whoever is on call, at any hour, night or Sunday, turns the model flag back in under five minutes; no redeploy, and no call to me first | on-call',
      'Match | Meaning: the canary shows the cheaper model is safe, not that it is as good or better; that is for a randomised A/B test afterwards | PM',
      'Mercés, plan.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ec044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Adieu, so here is my scoresheet in one breath, the way I call a match when the wind is up at the Ramier: ' +
      'set one, the roles, I own the order of the cohorts, the limits and the holds, and engineering owns the routing, the feature stores and the flag; ' +
      'set one still, the order, the workshop staff first, then the early-tasting club who asked to be in, then Toulouse customers of the Carmes and Saint-Cyprien with five years of buying, and our Tokyo customers last together with the new buyers, because the Tokyo feature store was sized for the old model and a new buyer judges us on one box; ' +
      "set two, the lines, written before any traffic moves: errors more than 0.5 % worse than now, p99 more than 200 ms worse measured per region, feature-store timeouts more than 1 % worse, the share of suggested boxes added to the basket more than 3 points worse, the eval harness's out-of-stock or wrong-size suggestions more than 1 point worse, and any one of them and we shut the sugar pans; " +
      'set two, point replayed on the challenge: I had a 24-hour hold and our Tokyo partner challenged it, because the Tokyo lunch peak falls at four in the morning here and I would have advanced before the stage had seen a single peak, so replayed, each stage now holds three days, three Tokyo lunches and three Toulouse evenings, and at least 1,500 suggestions before its gate; ' +
      'the stages are the first picked bunch at 1 %, the sugaring pan at 10 % and then 25 %, the whole Capitole market at 100 %, and at each gate the head confectioner and I both taste the first sugared flower and sign the advance; ' +
      'set three, the net: whoever is on call, at four in the morning during the Tokyo lunch as at noon, flips the flag back to the old model in a few minutes, no redeploy, the old boxes back in the window and no need to wake me; ' +
      'and the match point, òc, this canary tells us the new model is safe, not that it sells more, which a randomised A/B test afterwards will tell us, mercés.',
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ec045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Adieu. Scoresheet in short lines, as I call them from the chair.',
      'Set 1.',
      'The change: box prices and delivery fees move to a new pricing service.',
      'Mine: the cohort order, the limits, the holds.',
      "Engineering's: the routing, the deploy, the flag.",
      'First the workshop staff, who order their own boxes.',
      'Then the early-tasting club, who opted in.',
      'Then Saint-Michel and Croix-Daurade, customers of five years and more.',
      'Last, new buyers and corporate accounts: one wrong price and they are gone.',
      'Set 2.',
      'Limits, written on Tuesday morning, before the evening start.',
      "Prices that differ from the old service's: more than 0.1 % worse than now.",
      'Checkout errors: more than 0.5 % worse than now.',
      'p99: more than 200 ms worse than now.',
      'Paid orders per visit: more than 2 % worse than now.',
      'Any one, and we shut the sugar pans.',
      'Stages: the first picked bunch, staff only.',
      'The sugaring pan, 10 % and then 30 %.',
      'The whole Capitole market, everyone.',
      'Each stage holds two full nights, nightly batch included.',
      'Each sugaring-pan step also waits for 1,000 orders.',
      'At each gate the head confectioner and I both taste the first sugared flower and sign.',
      'Set 3, point replayed on the challenge: the breach at 2 a.m.',
      'I had written: on-call pages me, I decide.',
      'The on-call engineer challenged: at 2 a.m. the pricing batch shares its window with invoicing, and I am asleep.',
      'Replayed.',
      'Whoever is on call rolls back. Not me, not the CTO.',
      'A flag sends prices back to the old service in three minutes, no redeploy.',
      'At 2 a.m. on a Saturday as at noon on a Tuesday.',
      'The old boxes go back in the window, and nobody rings me first.',
      'Match point.',
      'Safe, not better.',
      'Better is a randomised A/B test afterwards.',
      'Mercés, plan.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ec046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Scoresheet, terse, òc.',
      'S1, roles: me = cohort order, limits, holds. Eng = proxy routing, deploy, flag.',
      'S1, order: staff → early-tasting club (opted in) → Carmes and Minimes buyers, 5+ yrs → new buyers and wedding orders last (cold caches hurt them first, and they do not come back).',
      'S1, limits, signed before traffic: errors > 0.5 % worse than now; p99 > 200 ms worse; proxy timeouts > 0.2 % worse; paid orders per visit > 2 % worse → we shut the sugar pans.',
      'S2, stages: first picked bunch (staff, 2 days) → sugaring pan (10 %, then 25 %; 3 days and 2,000 orders each, starting on cold caches) → whole Capitole market.',
      'S2, point replayed on the challenge: old cluster off at month end? Non. It stays until the whole market has held a week.',
      'S2, gate: head confectioner + me taste the first sugared flower, sign each advance.',
      'S3, rollback: on-call, any hour, proxy flag back to the old DB, < 5 min, no redeploy, no call to me.',
      'Match: canary = safe, not better; better = randomised A/B after. Adieu.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ec047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Òc, let me referee this one, because a payment SDK that fails in bursts is exactly the match you lose on three quick points while you are looking at the sky.',
      "Set 1, the toss. Most of our violet boxes are ordered in the app, and payment moves to the provider's new SDK, the one with wallet payments. I own who gets it first, which numbers send it back and how long each stage waits. The mobile engineers own the build, the remote flag and the routing between the two SDKs.",
      "Set 1, the first rallies. The workshop staff pay with it first, on their own phones, Android and iPhone both. Then the early-tasting club, who opted in to try things. Then regular customers of Arnaud-Bernard and Saint-Cyprien with four years of buying and more. Last come the new customers and the big Valentine's orders: a failed first payment is a customer we never see again, and a failed corporate order is two hundred boxes.",
      'Set 2, the lines, agreed before a single payment moves, and split by Android and iPhone because bursts hide in an average: payment failures more than 0.5 % worse than now over any fifteen minutes, payment p99 more than 300 ms worse than now, paid orders per checkout started more than 2 % worse than now. One line crossed, and we shut the sugar pans.',
      'Set 2, point replayed on the challenge: I had given the sugaring pan a one-day hold. The payments engineer challenged it: our busiest hour is Saturday at eleven, before the family lunch, and bursts come with load. Replayed: each stage holds through one full Saturday morning and at least 1,500 payments.',
      'Set 3, the stages. The first picked bunch is staff only; the sugaring pan is 5 %, then 25 %; the whole Capitole market is everyone. At each gate the head confectioner and I both taste the first sugared flower: we read the numbers together and sign the advance, or we do not.',
      'Set 3, the net. Whoever is on call, at midnight or at Saturday eleven, turns the remote flag back to the old SDK in a couple of minutes, with no new app build and no store review, and nobody waits for me to pick up my phone.',
      'Match. The canary tells us the new SDK is safe; whether wallets sell more boxes is for a randomised A/B test afterwards. Allez, mercés.',
    ].join('\n\n'),
  },
];
