import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-eighteenth fresh set, author A: strong answers (dt001–dt007), four on model
 * scenarios and three on service scenarios, each covering every point of its kind.
 * Voice: a Gujarati (Ahmedabad) English register in speech (brisk, friendly, bargaining; "kem
 * cho", "aabhar", "haa", "na", "bas"), the PM of a bandhani (tie-dye) workshop whose language
 * model suggests which dupatta, pattern and colour suit a wearer, a wedding and a budget; every
 * answer a kabaddi referee's calls, raid by raid, with one raid point taken back after the third
 * umpire's look. Labelled by hand before anything else; the labels are final (LABEL-NOTES-a.md).
 */
export const HUNDRED_AND_EIGHTEENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dt001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Kem cho! The dupatta adviser moves to the newer, bigger model with the longer context window, same prompt. My calls, raid by raid.',
      '',
      "Raid 1, my half of the mat. As PM I own the order of buyers, the rollback limits and how long each stage holds. Iqbalbhai's engineering team owns the routing, the deploy and the flags. I don't touch their switches, they don't set my limits.",
      '',
      "Raid 2, who goes first. Our own karigars and the counter staff first: they use the adviser all day and they shout loudly. Then the early-access list, the Khadia and Dhal ni Pol regulars with ten years and more of buying, who said haa to trying new things. Then everyone else, pol by pol. First-time buyers and the big wedding-trousseau orders last, because a new buyer who gets a silly suggestion never comes back, and a bride's family forgives nothing.",
      '',
      'Raid 3, limits, written down and agreed before one conversation moves: errors more than 0.5 % worse than now, p95 latency more than 300 ms worse than now, thumbs-down on suggestions more than 2 points worse than now, hallucination rate in the eval harness (invented patterns, prices we never sell) more than 1 point worse, cost per conversation more than 20 % above the old model. Any one of these, and we pour the colour away.',
      '',
      'Raid 4, stages. The first knot, 2 % of conversations, held three days. The second colour, 20 %, held until we have 2,000 rated suggestions, so the thumbs-down number means something. All of Law Garden, 100 %, only after that. Each stage is a gate: every limit green, or we do not move.',
      '',
      'Raid 5, sign-off. Before each stage moves, Iqbalbhai and I both open out the first dupatta: he signs for engineering, I sign for product. Both of us, or nobody.',
      '',
      'Raid 6, point taken back after the third umpire\'s look. I first called "if it goes bad, the on-call asks me and I decide". Taken back. Whoever is on call, any hour, 2 a.m. also, pegs the old dupattas back on the line: a config switch to the old model, done in under five minutes, no redeploy, no need to call me, no approval to wait for.',
      '',
      'Raid 7, last one. This canary tells us the bigger model is safe, not that it is better. Better is a randomised A/B test afterwards, with the cost per conversation on the same sheet for the accountant. Bas. Aabhar.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dt002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Warmer, casual prompt. A quarter of our buyers chat in Gujarati, where "tame" and not "tu" matters. Calls:',
      'Raid 1: PM (me) owns order, limits, holds. Engineering owns routing, flags, deploy.',
      'Raid 2: karigars + counter staff → opted-in early access (Raipur, Mandvi ni Pol regulars, 5+ yrs buying) → general → first-time buyers, wedding orders last (least forgiving). Gujarati writers in every stage, read separately.',
      'Raid 3: limits fixed before traffic: thumbs-down >2 pts worse than now (English, Gujarati each); eval-harness formality score, Gujarati, >3 pts worse; hallucination rate >1 pt worse; errors >0.5 % worse; p95 >250 ms worse → we pour the colour away.',
      'Raid 4: first knot 2 %, 3 days; second colour 25 %, 1,500 rated replies per language; all of Law Garden 100 %. Gate each.',
      'Raid 5: Minaben (ML lead) and I both open out the first dupatta before each step. Both sign.',
      'Raid 6, point taken back (third umpire): I said "engineering rolls back after I approve". Na. On-call, any hour, pegs the old dupattas back on the line: prompt-version flag, <5 min, no redeploy, no need to call me.',
      'Raid 7: canary = safe, not better. Better = randomised A/B test after.',
      'Bas.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dt003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Kem cho. Suggestions move to the cheaper, faster model. Numbered, like the referee's card:",
      "1. Raid 1, the mat is divided. Mine as PM: which buyers go in which order, the rollback limits, how long each stage holds. Engineering's: the traffic split, the deploy, the flags.",
      '2. Raid 2, the order. Shop staff and karigars first. Then opted-in early access: Khadia and Raipur buyers with more than five years of buying who ticked "try new things". Then general buyers, pol by pol. First-time buyers and wedding-trousseau orders at the very end, since they are new or valuable, and a wrong colour for a wedding costs us the whole family.',
      '3. Raid 3, the quiet problem. Few buyers press thumbs-up or thumbs-down, and the eval harness grades one suggestion in two hundred. At 5 % we would see nothing. So during the canary engineering sends one canary suggestion in ten to the harness.',
      '4. Raid 4, limits, signed before any suggestion moves: harness quality score more than 3 points worse than now; hallucination rate (patterns or prices we do not sell) more than 1 point worse; thumbs-down rate more than 2 points worse, read only after 1,000 ratings; errors more than 0.5 % worse; p95 latency more than 200 ms worse. Any one, and we pour the colour away.',
      '5. Raid 5, stages. The first knot, 5 %, four days. The second colour, 25 %, two days. All of Law Garden, 100 %. No stage moves while a limit is red.',
      "6. Raid 6, point taken back after the third umpire's look. Two days for the second colour, taken back: when so few rate, days mean nothing. The second colour holds until 1,000 ratings and 2,000 graded suggestions, about all nine nights of Navratri at our traffic.",
      '7. Raid 7, sign-off. Minaben, our ML lead, and I both open out the first dupatta at every gate. Both names, or it stays.',
      '8. Raid 8, rollback. Whoever is on call, any hour, pegs the old dupattas back on the line: one config switch to the old model, under five minutes, no redeploy, no need to call me or ask anybody.',
      '9. Raid 9. The canary says the cheaper model is safe. Whether it is better, a randomised A/B test afterwards tells us. Aabhar.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dt004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Referee's table for the new suggestion model. It reads more features per request from the regional feature stores, and our New Jersey buyers shop in their evening, which is 4 to 7 a.m. in Ahmedabad.",
      '',
      'Raid | Call | Detail',
      '1 | Who owns what | Me, the PM: order of buyers, rollback limits, holds. Engineering: routing, flags, deploy, feature-store capacity.',
      '2 | Order | Karigars and counter staff, then opted-in early access (Dhal ni Pol and Raipur buyers, five years and more), then general buyers region by region, then first-time buyers and wedding-trousseau orders last, because they have the least patience and the most to lose.',
      '3 | Limits, fixed before any traffic, per region | Errors more than 0.5 % worse than now; p99 more than 200 ms worse; feature-store read timeouts above 1 %; add-to-basket from suggestions more than 2 % worse; thumbs-down more than 2 points worse. Any one, and we pour the colour away.',
      '4 | Stages | The first knot, 2 %, three days. The second colour, 25 %, five days. All of Law Garden, 100 %. A gate at each: all limits green in every region.',
      '5 | Model watch | Add-to-basket from suggestions, thumbs-down, the share of suggestions built on missing features, and the eval harness score on a daily sample. Gated, not only errors and latency.',
      '6 | Point taken back, third umpire | I called the first knot done after three Ahmedabad days. Taken back: it closes only after two New Jersey evening peaks as well, read on their own clock.',
      '7 | Sign-off | Jigneshbhai, engineering lead, and I both open out the first dupatta before each stage moves.',
      '8 | Rollback | Whoever is on call, the 4 a.m. shift also, pegs the old dupattas back on the line: a model flag, under five minutes, no redeploy, no need to call me.',
      '9 | Safe, not better | The canary says safe. Better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dt005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "Kem cho, so the new pricing service, and I call it like the kabaddi referee, raid by raid, in one breath: raid one, my side of the mat as PM is who gets the new prices first, the limits that pull it back and how long each stage holds, and Iqbalbhai's engineers own the routing, the deploy and the flags; raid two, our own staff orders first, then the early-access buyers who opted in, the Mandvi ni Pol and Khadia regulars with ten years of buying, then everyone else, and first-time buyers and wedding-trousseau orders last, because a wrong price on a bride's order is the one order we never get back; raid three, limits written on the board before any order moves: price mismatches against the old service on more than 0.1 % of orders, errors more than 0.5 % worse than now, p99 more than 200 ms worse, checkout completion more than 2 % worse, and any one of them, we pour the colour away; raid four, the first knot at 1 % from Tuesday evening, held three days and, na, not only daytime, it must cross three of the nightly billing batch windows, then the second colour at 20 % held four days and nights, then all of Law Garden at 100 %, each stage a gate; raid five, Iqbalbhai and I both open out the first dupatta before each step, both of us; raid six, point taken back after the third umpire's look, I called \"at night the on-call rings me and I decide\", taken back, whoever is on call at 2 a.m. or any hour pegs the old dupattas back on the line, a routing switch to the old pricing service in under five minutes, no redeploy, no need to call me, no approval to wait for, and they have it in writing before Tuesday; raid seven, the canary shows the new pricing is safe, not that it is better, and for better we run a randomised A/B test afterwards; bas, aabhar.",
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dt006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Kem cho. One-page checkout.',
      'Raid 1. Me, PM: order, limits, holds.',
      'Engineering: routing, flags, deploy.',
      'Raid 2. Staff first.',
      'Then opted-in early access, Raipur regulars, five years buying.',
      'Then returning buyers, pol by pol.',
      'First-time buyers last: autofill has nothing to fill for them.',
      'Raid 3. Written before traffic:',
      'first-order completion more than 2 % worse than now,',
      'checkout errors more than 0.5 % worse,',
      'p99 more than 200 ms worse.',
      'Any one: we pour the colour away.',
      'Raid 4. First knot, 2 %, three days.',
      'Second colour, 25 % of returning buyers, four days.',
      'Then 10 % of first-time buyers, held for 800 first orders.',
      'All of Law Garden, 100 %.',
      'A gate at each.',
      'Raid 5. Jigneshbhai, engineering lead, and I',
      'both open out the first dupatta at every gate.',
      'Raid 6, point taken back, third umpire:',
      'I said "live for the Navratri rush, fix after".',
      'Taken back. The ramp finishes before the rush, or it waits.',
      'Raid 7. On call, any hour,',
      'pegs the old dupattas back on the line.',
      'Flag flip, under five minutes, no redeploy.',
      'No need to call me.',
      'Raid 8. Canary: safe.',
      'Better: randomised A/B test after.',
      'Bas.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dt007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Kem cho, bhai. Orders and pattern records move from our own database server to the managed cluster behind the new proxy. Calls, raid by raid.',
      '',
      'Raid 1. The line on the mat. I am PM: I own who moves in which order, the limits that bring it back and how long each stage holds. Engineering owns the proxy, the routing, the deploy and the data copy.',
      '',
      "Raid 2. Order. Our own staff tools first (the counter, the knotting floor's job sheets), then the early-access buyers who opted in, the Dhal ni Pol and Astodia regulars with many years of buying, then general buyers pol by pol, and first-time buyers and the big wedding orders last, because they load a page once and, if it is slow, they leave.",
      '',
      'Raid 3. Limits, fixed and signed before a single read moves: p99 page load more than 200 ms worse than now, errors more than 0.5 % worse, proxy timeouts above 0.2 %, completed orders more than 2 % worse. Any one, and we pour the colour away.',
      '',
      'Raid 4. Stages. The first knot, 2 %, held three days, and we start it with cold caches on purpose, after a restart, because the load test only ever saw warm ones. The second colour, 25 %, held at least four days and through a Saturday-evening peak. All of Law Garden, 100 %, and then another week before anybody touches the old server.',
      '',
      'Raid 5, point taken back after the third umpire\'s look. I called "switch the old server off at month end, as planned". Taken back: the old server stays up and in sync until all of Law Garden has held that week. The date moves, not the safety.',
      '',
      'Raid 6. Sign-off: Iqbalbhai, engineering lead, and I both open out the first dupatta at every gate. If one of us says na, it does not move.',
      '',
      'Raid 7. Rollback: whoever is on call, any hour, pegs the old dupattas back on the line, a proxy routing switch back to the old database, under five minutes, no redeploy, no need to call me.',
      '',
      'Raid 8. The canary tells us the cluster is safe, not that it is better; if we want to claim faster pages, that is a randomised A/B test afterwards. Bas. Aabhar.',
    ].join('\n'),
  },
];
