import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-eighteenth fresh held-out set, author C: strong answers (dt041–dt047), every
 * point of the scenario's kind (model answers also model-metrics). The voice: a Garifuna
 * (Dangriga, Belize) English register in speech with Garifuna and Kriol words ("buiti binafi",
 * "seremein", "ayo", "weh di go on", "ih good"), a hammock-weaving workshop whose language model
 * suggests which hammock, cord and size suit a porch, a gift and a budget, every answer a sepak
 * takraw referee's calls set by set and rally by rally with one point replayed after a net-touch
 * call. Labelled by hand before anything else; held out entirely (README-c.md, LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_EIGHTEENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dt041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Buiti binafi! Your referee today calls this one set by set, rally by rally. The change: our hammock helper, the language model that tells a customer which hammock, cord and size suit the porch, the gift and the money in the pocket, moves to the bigger model with the longer memory. Same prompt.',
      'Set 1, rally 1, who serves. The order of customers, the rollback limits and the holds are mine as PM. The engineers own the model routing, the deploy and the flag, and I keep my feet out of their circle.',
      'Set 1, rally 2, the order. Our own weavers and the counter girls first: they know every cord in the shop and will tell me straight when the helper talks foolishness. Then the try-it-first list, buyers who signed up for new things. Then Sarawee and Lakeside regulars with one to five years buying. Ten-year buyers and first-time buyers last: the old ones are the heart of the workshop, and a first-timer with a bad suggestion never comes back.',
      "Set 1, rally 3, the limits, agreed before one conversation moves. Errors more than 0.5 % worse than now, and we take the frames down. P95 reply time more than 800 ms worse than now, same. Wrong-suggestion rate from the eval harness (a size we don't weave, a cord the budget can't carry) more than 2 points worse than now, same. Thumbs-down more than 3 points worse, same. Cost per conversation more than 30 % above now, same, and I carry that number to Finance.",
      'Set 2, the ramp. The first cord: a small slice, hold four days and at least 1,500 conversations. The weaving frame: 25 %, hold a full week of Settlement Day. Then the whole Settlement Day market. Before every step the master weaver and I both pull the first hammock taut between the posts; no pull, no step.',
      'Set 2, point replayed, net touch on my own call: I said 5 % for the first cord. Replay it: 1 %, because long questions are where this model was never tested.',
      'Set 3. Whoever is on call hangs the old hammocks back on the porch, no need to call me. Any hour, three in the morning too: one switch in the routing config, old model back in under five minutes, no redeploy, nobody waits for my say-so.',
      'Last rally. This canary tells me the big model is safe, not that it is better; better is a randomised A/B test afterwards. Ih good. Seremein.',
    ].join('\n\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dt042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Referee's card, one-page checkout for the hammock shop. Weh di go on: three checkout steps become one page, saved address and card filled in by themselves, and Growth wants it live before the Settlement Day rush, when the first orders pile up.",
      '',
      '1. Set 1, rally 1. I own the calls: who gets the new page in what order, the rollback limits, how long each hold lasts. The engineers own the flag, the deploy and the traffic split.',
      '2. Set 1, rally 2. Order: our weavers and counter staff buying on the shop site first; then the try-it-first buyers who opted in; then Havana and Lakeside regulars with three years buying or more, who already have a saved address, because that is the case the lab tested. First-time buyers go last of all: this page was never tried on a person with no saved card, and a lost first order is a lost buyer.',
      '3. Set 1, rally 3. Limits, signed before the first order moves: checkout errors more than 0.5 % worse than now, and we take the frames down; p99 page time more than 200 ms worse than now, we take the frames down; orders completed per checkout started more than 2 % worse than the old page, same; for first-time buyers, more than 2 % worse than the old page, same.',
      '4. Set 2, rally 1. The first cord, 2 % of checkouts: hold three days and 400 orders. The weaving frame, 25 %: hold a full week of Settlement Day, so the order numbers have real volume. The whole Settlement Day market: 100 %.',
      '5. Set 2, point replayed: net-touch call on item 4. I had every first-timer riding in at the weaving frame. Replay: only one first-timer in ten comes in there; the rest wait for the whole market.',
      '6. Set 2, rally 2. Before each step the master weaver and I both pull the first hammock taut between the posts. Nobody pulls alone.',
      '7. Set 3, rally 1. Whoever is on call hangs the old hammocks back on the porch, no need to call me: day or night, one flag flip to the three-step checkout, done in under five minutes, no redeploy, no asking.',
      '8. Set 3, rally 2. The canary shows the page is safe. Whether it sells more hammocks is a randomised A/B test afterwards, not something I read off the canary.',
      '',
      'Ih good. Ayo.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dt043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Referee\'s notes. Match: hammock helper, new warmer prompt. Quarter of buyers write German, formal "Sie" matters, only English speakers reviewed it.',
      '',
      'Set 1',
      "- rally 1: mine as PM = cohort order, rollback limits, holds. Engineers' = prompt routing, flag, deploy.",
      '- rally 2: order = workshop weavers + Hanne and Jörg, our two German-speaking shop hands, first (they catch a cheeky "du" in one read) → opted-in testers, English and German → English regulars, Dangriga and abroad, 1-5 yrs buying → German buyers 5+ yrs and the German resellers last. Most to lose, least forgiving.',
      '- rally 3: limits fixed before first message moves, read per language, each against the old prompt:',
      '  - errors > 0.5 % worse than now → we take the frames down',
      '  - p95 reply > 300 ms worse than now → frames down',
      '  - thumbs-down > 2 points worse than now, German or English → frames down',
      '  - informal-address rate in German replies, from the eval harness on a daily sample of 300 → > 1 point worse than now, frames down',
      '  - wrong hammock or cord suggested (eval harness) > 2 points worse → frames down',
      '',
      'Set 2',
      '- rally 1: the first cord, 5 % → hold 5 days and 600 German conversations.',
      '- rally 2: the weaving frame, 25 % → hold a full week of Settlement Day.',
      '- rally 3: the whole Settlement Day market, 100 %.',
      '- every step: the master weaver and I both pull the first hammock taut between the posts. Both, or no step.',
      '- Set 2, point replayed, net touch: first cord was 5 % of all buyers. Replay: 5 % of English and 10 % of German buyers, or the German count never fills.',
      '',
      'Set 3',
      '- rally 1: whoever is on call hangs the old hammocks back on the porch, no need to call me. Any hour. Flag back to old prompt, under 5 min, no redeploy, no approval.',
      '- rally 2: canary = safe, not better. Warmer = better? Randomised A/B test afterwards.',
      '',
      'Ih good. Seremein.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dt044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Buiti binafi. Referee's calls: the hammock app's payment SDK with wallets.",
      'Set 1.',
      'Rally 1: I call order, limits, holds. Engineers run the SDK flag and deploy.',
      "Rally 2: our weavers' own phones first.",
      'Then the try-it-first buyers.',
      'Then Lakeside and Havana buyers, buying two years or longer.',
      'First-time buyers last: one failed payment, gone.',
      'Rally 3: limits fixed before payments move.',
      'Failed payments more than 0.5 % worse than now, and we take the frames down.',
      'Any five-minute burst over 3 % failures on Android, frames down.',
      'P99 pay time more than 300 ms worse than now, frames down.',
      'Set 2.',
      'The first cord, 2 %: hold 3 days, 500 payments.',
      'The weaving frame, 20 %: hold a full week, two Friday evenings inside it.',
      'The whole Settlement Day market, 100 %.',
      'Each step: the master weaver and I both pull the first hammock taut between the posts.',
      'Set 2, point replayed, net touch: iPhone and Android were one count. Replay: Android counts alone, 300 payments a stage.',
      'Set 3.',
      'Whoever is on call hangs the old hammocks back on the porch, no need to call me.',
      'Any hour. Flag back to the old SDK, under five minutes, no redeploy, no approval.',
      'Last rally: safe, not better. Do wallets sell more? A randomised A/B test later.',
      'Ih good.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dt045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Referee's sheet: cheaper model, hammock suggestions.",
      '',
      'Set 1, rally 1 | me: cohort order, limits, holds | engineers: routing, flag, deploy',
      'Set 1, rally 2 | weavers, then opted-in testers, then Sarawee regulars of 3+ years buying; first-time buyers last, most fragile',
      'Set 1, rally 3 | fixed before traffic: errors > 0.5 % worse than now; p95 > 300 ms worse; harness wrong suggestions > 2 points worse; thumbs-down > 3 points worse; any one, we take the frames down',
      'Set 2, rally 1 | the first cord, 10 % | hold: 400 graded suggestions',
      'Set 2, rally 2 | the weaving frame, 50 % | hold a full week of Settlement Day',
      'Set 2, rally 3 | the whole Settlement Day market, 100 %',
      'Every step | the master weaver and I both pull the first hammock taut between the posts',
      'Set 2, point replayed | net touch: harness grading one in two hundred is too thin | replay: one in ten canary suggestions graded',
      'Set 3, rally 1 | whoever is on call hangs the old hammocks back on the porch, no need to call me | any hour, config switch, under 5 minutes, no redeploy, no approval',
      'Set 3, rally 2 | canary: safe, not better | better: randomised A/B test afterwards',
      '',
      'Ih good.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dt046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: 'Buiti binafi, and weh di go on: the price of every hammock, cord and shipping quote moves to the new pricing service, orders never stop because the buyers in the States and Europe order through our night and the weekend nights are the busiest, the rollout starts Tuesday evening and the new service shares the night batch window with billing, so hear the referee: set 1, rally 1, I call the order of buyers, the rollback limits and the holds, and the engineers own the routing, the deploy and the flag; rally 2, our own weavers and the shop staff buying on the site go first, then the try-it-first buyers who signed up for new things, then Dangriga buyers from Havana and Sarawee with two years buying or more, and the overseas resellers and first-time buyers last, because the resellers carry the most money and a first-timer quoted a wrong price never comes back; rally 3, the limits are written and signed before Tuesday evening: price errors more than 0.3 % worse than now, and we take the frames down, quotes that differ from the old service by more than one Belize dollar on more than 1 % of orders, frames down, p99 quote time more than 200 ms worse than now, frames down, billing batch finishing more than 20 minutes later than now, frames down; set 2, the first cord is 2 % for three days and at least one batch night with no overrun, the weaving frame is 25 % held a full week of Settlement Day so two weekend nights sit inside it, then the whole Settlement Day market, and before every step the master weaver and I both pull the first hammock taut between the posts; set 2, point replayed, net-touch call on me: I had the rollout start on Tuesday evening, replay it, the first cord starts Wednesday morning, so the team watches a full working day before the first batch night; set 3, the call that matters at two in the morning: whoever is on call hangs the old hammocks back on the porch, no need to call me, any hour of any night, one routing switch back to the old pricing service, done inside five minutes, no redeploy, no approval, they tell me at breakfast; and the last rally, this canary proves the new service is safe, not that it prices better, which is a randomised A/B test afterwards, ih good, seremein.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dt047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Buiti binafi, players, gather in. The new suggestion model reads more about each buyer from the feature stores, one store here in Belize and one in Europe, and those stores were sized for the old model. Europe eats lunch while Dangriga is still asleep, five to seven in our morning.',
      'Set 1, rally 1. Mine as PM: the order of buyers, the limits, the holds. The engineers own the routing, the deploy and the flag, and the feature stores.',
      "Set 1, rally 2. First our weavers and shop staff, who use the suggestions every day and know a bad pick on sight. Then the opted-in testers in both regions. Then Lakeside and Yemeri Grove regulars with two years buying or more, and European buyers the same. Last, first-time buyers and the big European resellers: a newcomer with a silly suggestion doesn't come back, and the resellers carry the biggest orders.",
      'Set 1, rally 3. Limits fixed before one request moves, and read per region, never one average. Errors more than 0.5 % worse than now, and we take the frames down. P95 more than 150 ms worse than now in either region, frames down. Feature-store timeouts more than 1 % worse, frames down. From the eval harness, suggestions that miss the porch size or the budget more than 2 points worse than now, frames down. "Not for me" dismissals more than 3 points worse, frames down.',
      'Set 2. The first cord, 5 %: hold four days and two European lunch peaks at least. The weaving frame, 25 %: hold a full week of Settlement Day, because the stores only feel the load at a real share. Then the whole Settlement Day market. Before each step the master weaver and I both pull the first hammock taut between the posts.',
      "Set 2, point replayed. Net touch, I called it too quick: I had the first cord starting Monday at noon our time, after Europe's lunch. Replay: it starts Sunday night, so the very first morning of the canary is a European lunch peak with people watching.",
      'Set 3. Five in the morning, Dangriga dark: whoever is on call hangs the old hammocks back on the porch, no need to call me. Any hour. One switch in the routing config, old model back in under five minutes, no redeploy, nobody waits for a yes.',
      'Last rally, listen good: this canary shows the model is safe, not that it sells more hammocks. That is a randomised A/B test afterwards. Seremein.',
    ].join('\n\n'),
  },
];
