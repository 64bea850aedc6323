import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-eighth fresh held-out set, author B: strong answers (dj021–dj027), every point of the
 * scenario, labelled by hand before any grading.
 * Voice: a Flemish (Ghent) English register in speech (allez, amai, zeg, ja ja, nee, santé), the PM of a
 * praline chocolatier whose language model, the box helper, suggests pralines, fillings and box size; every
 * answer a rowing cox's calls to the crew with exactly one call belayed and called again.
 */
export const HUNDRED_AND_EIGHTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dj021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Allez, crew. The box helper moves to the newer, bigger model with the longer memory; the prompt stays as it is. I'm the cox, not the engine room: I call the order of the crews, the limits and the holds. Wouter's engineers own the routing, the deploy and the model flag.",
      '',
      'Call one, before a single conversation moves: the limits go on the board. Wrong fillings or allergens in the eval harness more than 1 point worse than now, and we stop the tempering machine. Thumbs-down on suggestions more than 2 points worse than now, same. Boxes completed after a suggestion more than 3 % worse than now, same. Errors more than 0.5 % worse or p95 more than 400 ms slower, same. Cost per conversation more than 30 % above the old model, and we stop too, because finance asked.',
      '',
      'Call two: the first temper is staff and the bakers, 1 % of conversations, because they forgive a strange praline and tell us why it was strange. Hold 2,000 conversations.',
      '',
      'Belay that call — the bakers write short questions, and the longer memory only shows in long ones. Call two again: the first temper is staff and the bakers, 1 %, and it holds 3,000 conversations with at least 500 of them longer than ten turns. That goes in the plan now, before traffic.',
      '',
      'Call three: the enrobing line, 20 %. Opted-in customers in Patershol and Sint-Amandsberg first, then Gentbrugge and Ledeberg, then the rest by years buying, oldest regulars first. Hold a full week of the Gentse Feesten and 10,000 conversations, whichever comes later.',
      '',
      'Call four: the whole shop. New customers and the corporate accounts come last: a new customer who gets a silly box never comes back, and a corporate order of four hundred ballotins is where one wrong filling costs most.',
      '',
      'Catch! At every gate Pieter-Jan, our ML lead, and I both taste the first tray: we read the board together and both sign before the next stage opens. No signatures, no advance.',
      '',
      "Hold water. Whoever is on call puts the old boxes back in the window, no need to call me: any hour, Sunday night included, they flip the model flag back to the old model in config, done in under five minutes, no redeploy, nobody's approval.",
      '',
      'Easy all. This canary shows the bigger model is safe to serve, not that it sells better or earns its cost. For better we run a randomised A/B test afterwards, old model against new. Santé.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dj022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Zeg: a warmer prompt for the box helper, reviewed in Dutch only; a quarter of customers write French, where "vous" matters.',
      "Call one: order, limits and holds are mine; Jens's engineers own flag and routing.",
      'Call two, written before traffic: French thumbs-down more than 2 points worse than now, suggestions kept more than 3 points worse, errors more than 0.5 % worse: we stop the tempering machine.',
      'Call three: first temper, staff and bakers, hold 1,000 conversations.',
      'Belay that call — our staff write Dutch.',
      'Call three again: first temper is staff, bakers and our French-speaking shop assistants, hold 1,000 conversations, 300 in French.',
      'Call four: enrobing line, 25 %, opted-in customers in Patershol and Mariakerke, then by years buying. Hold a full week of the Gentse Feesten.',
      'Call five: whole shop. New customers and hotel accounts last; a first "tu" to a stranger sticks.',
      'Catch! At each gate Annelies, our ML lead, and I both taste the first tray and sign, or nobody advances.',
      'Hold water: whoever is on call puts the old boxes back in the window, no need to call me. Any hour, old prompt flag back in two minutes, no redeploy, no approval.',
      'Easy all: the canary shows the prompt is safe, not better. Better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dj023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Amai, a cheaper, faster model for the box helper, and hardly anyone rates a suggestion. Then we row by what we can count. Koen's engineers own the flag, the routing and the deploy; I own who goes first, the limits and how long we hold. The board, chalked before traffic, cox's calls down the side:",
      '',
      'Call | Stage | Who | Hold before the next gate',
      'Call one | first temper, 5 % | staff and the bakers, who forgive a strange box and say why | 300 graded suggestions',
      'Call two | enrobing line, 25 % | opted-in customers in Gentbrugge and Ledeberg, then Patershol, then the rest by years buying, longest first | 600 graded suggestions and a full week of the Gentse Feesten',
      'Call three | whole shop, 100 % | everyone; new customers and the wedding orders last | none, the last stroke',
      '',
      'Belay that call — Call one, because the harness grades one suggestion in two hundred, and at 5 % that is a month before we see 300.',
      "Call one, again | first temper, 5 % | staff and the bakers | 300 graded suggestions, with the harness grading one in ten of the new model's suggestions and one in ten of the old model's, same days, for the whole canary",
      '',
      'Limit | more than this worse than now, and we stop the tempering machine',
      'wrong fillings or allergens (harness) | 1 point',
      'suggestions kept in the box | 3 points',
      'thumbs-down, where anyone clicks | 2 points, read once there are 200 ratings',
      'errors | 0.5 %',
      'p95 | 300 ms',
      '',
      'Why new customers and weddings last: a new customer judges the shop on one box, and a wedding order of two hundred ballotins cannot be made again by Saturday.',
      '',
      'Catch! At each gate Hanne, our ML lead, and I both taste the first tray: we read the board together and both sign, or the boat stays where it is.',
      '',
      'Hold water. Whoever is on call puts the old boxes back in the window, no need to call me. Any hour, weekends too: the model switch in config, back to the old model in under five minutes, no redeploy, no approval.',
      '',
      'Easy all. What this canary checks is that cheaper and faster is safe; whether the new model sells more boxes, it cannot tell us. That is a randomised A/B test afterwards. Santé.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dj024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: "Allez, in one breath, like a cox on a long piece: the box helper gets a new recommendation model that reads more features per request from the regional feature stores, ours in Ghent and the one behind the Tokyo shop, and both stores were sized for the old model, so Call one is who owns what — I own the order of the crews, the limits and the holds, and Stijn's engineers own the routing, the flag and the feature stores — and Call two is the limits, chalked before one page load moves: boxes added to the basket from a suggestion more than 3 % worse than now, suggestions that fall back to plain bestsellers because a feature timed out more than 2 points worse, the eval harness's relevance score on a daily sample more than 2 points lower, errors more than 0.5 % worse or p99 more than 300 ms slower, in either region, and we stop the tempering machine; Call three, the first temper at 2 %, is staff and the bakers in Ghent, held for 5,000 page loads — Belay that call — Ghent staff never touch the Tokyo store, and Tokyo's lunch rush is five in the morning here; Call three again: the first temper is staff and the bakers in Ghent plus the Tokyo shop's staff, held for 5,000 page loads and three Tokyo lunch peaks, written into the plan before traffic; Call four, the enrobing line at 25 %, is opted-in customers in Patershol, Sint-Amandsberg and Mariakerke and the opted-in Tokyo list, then the rest by years buying, held for a full week of the Gentse Feesten with seven Tokyo lunches in it; Call five is the whole shop, new customers and the corporate accounts last, because a new customer shown nonsense never comes back and a corporate order of three hundred ballotins is our costliest mistake; Catch! at every gate Elke, our ML lead, and I both taste the first tray and both sign, or the boat stays; Hold water, and this one matters at five in the morning: whoever is on call, the Ghent rota at dawn included, puts the old boxes back in the window, no need to call me, the old model flag back in config in under five minutes at any hour, no redeploy, no approval; and Easy all, zeg: the canary says the new model is safe to serve, not that it sells more, so a randomised A/B test afterwards settles better.",
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dj025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Allez, new payment SDK, wallets added:',
      "- Call one: mine = cohort order, limits, holds. Bram's engineers = deploy, flag, routing.",
      '- Call two, fixed before traffic, per platform: payment failures more than 0.3 % worse than now, p99 payment time 500 ms worse, paid orders 2 % worse; any one, we stop the tempering machine.',
      '- Call three: first temper = staff, hold 3,000 paid orders.',
      '- Belay that call — staff carry iPhones; the bursts are on Android.',
      '- Call three again: first temper = staff and our partner bakers, half on Android, hold 3,000 paid orders, one Friday dinner.',
      '- Call four: enrobing line, 20 % = opted-in customers in Sint-Amandsberg and Ledeberg, then by years ordering. Hold 20,000 orders, one Friday dinner.',
      '- Call five: whole shop. New customers last (a failed first payment loses them), office accounts just before.',
      '- Catch! Bram, tech lead, is head chocolatier here: he and I both taste the first tray at every gate and sign.',
      '- Hold water: whoever is on call puts the old boxes back in the window, no need to call me. Any hour: flag back to the old SDK in under five minutes, no redeploy, no approval.',
      '- Easy all: the canary shows safe, not better; better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dj026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Zeg, this one I row carefully: task storage moves to the managed cluster behind a new proxy, and the load tests ran on warm caches. I'm the cox. I call the order of the crews, the limits and the holds; Lieven's platform team owns the proxy, the migration, the dual writes and the deploy.",
      '',
      'Call one, before traffic: the limits go on the board. Page-load errors more than 0.3 % worse than now, p99 task-read time more than 250 ms worse, tasks saved per active team more than 2 % worse than the teams still on the old cluster. Any one of those, and we stop the tempering machine. And the old cluster stays switched on until the whole shop has held: I ask, in writing, today, for the end-of-month decommission to move.',
      '',
      'Call two: the first temper is our own staff and the bakers, the friendly teams who test our betas, at 2 % of reads. They live in the tool all day and shout when a board is slow. Hold 20,000 page loads.',
      '',
      'Belay that call — 20,000 page loads on warm caches tells us what the load test already told us. Call two again: the first temper holds 20,000 page loads that start from a flushed cache and include one Monday 9:00 peak, when everyone opens their boards at once. That is written into the plan before a single read moves.',
      '',
      'Call three: the enrobing line, 25 %. Opted-in customer teams in Gentbrugge and Mariakerke first, then the rest by years as customers, longest first. Hold a full week of the Gentse Feesten, with two Monday peaks in it.',
      '',
      'Call four: the whole shop. New trial teams and the five biggest accounts last: a trial team that loses a board never converts, and the big accounts carry contracts with penalties.',
      '',
      'Catch! Lieven is our head chocolatier here. At each gate the head chocolatier and I both taste the first tray: we read the board and both sign, or nobody advances.',
      '',
      "Hold water. Whoever is on call puts the old boxes back in the window, no need to call me. Any hour, weekends too: a proxy route switch back to the old cluster, under five minutes, no redeploy, nobody's approval. The dual writes keep the old cluster current, so nothing is lost on the way back.",
      '',
      'Easy all, santé. The canary tells us the new storage is safe, not that it is better; whether people work faster on it is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dj027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ja ja, the 2 a.m. question. My calls, in order:',
      "1. Call one, who owns what. I own the order of the riders, the limits and the holds. Katrien's engineers own the pricing service, the routing and the flag; the rota is theirs, the rollback authority I write down.",
      '2. Call two, limits fixed before the Tuesday-evening start: fare errors more than 0.2 % worse than now, p99 quote time more than 300 ms worse, trips booked after a quote more than 2 % worse, fares more than 1 % off the old service in a shadow comparison. Any one, and we stop the tempering machine.',
      '3. Call three, the first temper: staff and the bakers, meaning our support desk and the friendly test riders, 1 % of quotes. They ride every night and report a strange fare. Hold 5,000 trips.',
      '4. Belay that call — 5,000 trips can land between Tuesday and Wednesday and miss the batch window entirely. Call three again: the first temper holds 5,000 trips and two full nightly batch windows shared with billing, so we see that window under load. In the plan before the first quote.',
      '5. Call four, the enrobing line, 20 %: opted-in riders in Patershol and Sint-Amandsberg, then Ledeberg, then the rest by years riding, longest first. Hold one full weekend of nights, Friday and Saturday 22:00 to 04:00, and 50,000 trips.',
      '6. Power ten: the whole shop. New riders and the business accounts last; a new rider overcharged on the first trip deletes the app, and business accounts are invoiced in bulk, where one wrong fare multiplies.',
      '7. Catch! Katrien is our head chocolatier for this one: at each gate the head chocolatier and I both taste the first tray and both sign, or we hold.',
      "8. Hold water, the 2 a.m. answer. Whoever is on call puts the old boxes back in the window, no need to call me: at 2 a.m., on a Saturday, in the batch window, they flip the routing flag back to the old pricing service, done in under three minutes, no redeploy, nobody's approval. They tell me at breakfast.",
      '9. Easy all. This canary says the new pricing service is safe, not that it is better for riders or for revenue; that is a randomised A/B test afterwards. Amai, santé.',
    ].join('\n'),
  },
];
