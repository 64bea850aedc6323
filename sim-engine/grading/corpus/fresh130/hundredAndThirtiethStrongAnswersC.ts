import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-thirtieth fresh set, author C: strong answers (ef041–ef047), written blind
 * (README-c.md, LABEL-NOTES-c.md). Voice: a Chichewa (Lilongwe, Malawi) English register in
 * speech with Chichewa words ("moni", "zikomo", "inde", "iyayi", "pang'ono pang'ono",
 * "chabwino"), the PM of a Lilongwe groundnut butter and chili sauce maker whose language model
 * suggests which jar, flavour and size suit a kitchen, a gift and a budget; every answer a
 * floorball referee's game sheet, period by period and line change by line change, with one goal
 * disallowed on the video check. Stages named after the making (the winnowing tray, the stone
 * mill, the jarring bench, the whole Lilongwe Old Town market); sign-off as "the head cook and I
 * both stir the first pot"; thresholds as "… and we cool the roasters"; cohorts by Lilongwe area
 * and years buying; rollback as "no need to call me", chalking yesterday's list back on the stall
 * board. Labels were set when each answer was written and are final.
 */
export const HUNDRED_AND_THIRTIETH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ef041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Moni! My game sheet for the bigger model behind our jar adviser, the way I referee floorball at the Saturday league in Area 9.',
      "First period, who holds which stick. As PM I own three things: the order in which customers meet the bigger model, the limits that send it back, and how long each stage holds. Chikondi's engineering team owns the routing, the deploy and the model flag.",
      'First line change, the order. Our own kitchen and stall staff go first, about 1 % of conversations, because they know every jar and will tease me loudly when the adviser offers a 5 kg chili tub to a student on a small budget. Then the customers who opted in to "try it first" on our WhatsApp list, mostly Area 10 and Area 3 families buying from us five years and more. New buyers of less than a year, and the hotel kitchens in Area 47 that order by the case, go last: a bad first suggestion loses a new customer for good, and the hotels are most of our money.',
      "Second line change, the limits, written on this sheet before one conversation moves. Errors more than 0.5 % worse than now, p95 latency more than 800 ms worse, suggestion acceptance down more than 3 %, the eval harness's wrong-jar rate up more than 2 points, thumbs-down up more than 1.5 points, or cost per conversation more than 40 % above the old model: any one, and we cool the roasters.",
      'Second period, goal disallowed on the video check: I first wrote "advance when the offline evals look good". Iyayi. Those evals were short questions only; the gate is the live limits above.',
      'Third period, the ramp. The winnowing tray at 1 %, the stone mill at 5 %, the jarring bench at 25 %, then the whole Lilongwe Old Town market. Each stage holds five days or 2,000 conversations, whichever comes later; the jarring bench holds through the whole Lake of Stars festival week, when the gift questions pour in. Nothing moves until every limit is green. At each gate Chikondi and I both sign; in the kitchen we say the head cook and I both stir the first pot.',
      'Final whistle. Whoever is on call, at any hour, flips the model flag back: under five minutes, no redeploy, no need to call me. And the canary only shows the bigger model is safe. Whether it sells more jars, a randomised A/B test afterwards tells us. Zikomo!',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ef042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Moni, warmer-prompt game sheet.',
      '1. First period, sticks: I own the customer order, the limits and the holds; engineering owns the prompt flag and the routing.',
      '2. Order: our staff first, writing English and Chichewa; then opted-in WhatsApp testers, Chichewa writers included on purpose; then everyone; new buyers under a year and the aunties ordering for weddings last, because "iwe" instead of "inu" costs us them.',
      '3. Limits, fixed before the first message: thumbs-down up 1 point, and 1 point in Chichewa counted apart; eval-harness rude-address rate above 0.5 %; suggestion acceptance down 3 %; errors up 0.5 %; p95 up 500 ms. Any one, and we cool the roasters.',
      '4. First period, goal disallowed on the video check: "the English team approved it, go fast." Iyayi.',
      '5. Ramp: winnowing tray 1 %, stone mill 5 %, jarring bench 25 %, Old Town market 100 %; each holds four days or 600 Chichewa conversations, the later, green to move.',
      '6. Each gate: Chikondi (eng lead) and I both sign; the head cook and I both stir the first pot.',
      '7. Rollback: whoever is on call, day or night, switches back to the old prompt by config in two minutes. No need to call me.',
      '8. Canary says safe, not better; randomised A/B test after. Zikomo.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ef043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: "Moni, moni, let me read the whole game sheet in one breath like the floorball referee at the end of a long Saturday, so first period and the sticks: I own the order of customers, the limits and the holds, Chikondi's engineers own the routing, the flag and the deploy of the cheaper model, and on the first line change our own kitchen staff and the girls at the Old Town stall get it first because they will laugh at a silly suggestion before any customer sees it, then the WhatsApp customers who said yes to trying new things, many of them Area 9 and Area 12 families buying six years and more, and the new buyers of under a year and the wedding caterers in Area 47 last, because one wrong jar for a wedding and they never come back, and the limits go on the sheet before a single suggestion moves: errors more than 0.5 % worse than now, p95 more than 300 ms worse, add-to-basket after a suggestion down more than 3 %, the eval harness's wrong-flavour rate up more than 2 points, thumbs-down up more than 1 point, and any one of those and we cool the roasters, and then second period, goal disallowed on the video check, because I had written \"hold 5 % for one day\", but iyayi, at our traffic one day gives the harness maybe fifteen graded suggestions and a handful of thumbs, so we turn the harness up to grade one suggestion in ten during the canary and every stage holds until it has 300 graded suggestions and 100 ratings, whatever the calendar says, pang'ono pang'ono, the winnowing tray at 2 %, the stone mill at 10 %, the jarring bench at 30 %, then the whole Lilongwe Old Town market, and at each gate Chikondi and I both sign, the head cook and I both stir the first pot, and if a limit trips at three in the morning whoever is on call flips the model flag back to the old model in under five minutes, no redeploy, no waiting for me, no need to call me, and the last whistle: this canary only shows that the cheaper model is safe, it does not show that it is as good or better, for that we run a randomised A/B test afterwards, chabwino, zikomo.",
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ef044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Moni! Game sheet for the new basket-suggestion model, written as the table I keep on my clipboard at the floorball court. Our home screen suggests a basket of jars to customers in Lilongwe and to the Malawian families in Perth who send gift boxes home; the new model reads more features per request from the two regional feature stores, and those stores were sized for the old one. Perth's lunch hour is six in the morning in Lilongwe, when our team is asleep.",
      'Period | Line change | Call | Whose call',
      'First | sticks | I own the customer order, the limits and the holds; engineering owns the routing, the model flag and the feature-store capacity | PM, engineering',
      'First | order | our own staff in both cities first, since they shop at both lunch peaks; opted-in "try it first" customers next; then everyone; new buyers under a year and the Perth gift-box senders last, since a wrong basket costs them the most | PM',
      'First | limits, written before traffic moves | errors more than 0.5 % worse than now; p99 more than 250 ms worse in either region; feature-store read timeouts up 1 %; basket add rate down 3 %; eval-harness wrong-basket rate up 2 points; thumbs-down up 1 point; any one, in either region, and we cool the roasters | PM',
      'Second | goal disallowed on the video check | "hold each stage 24 hours of Lilongwe office time"; iyayi, that can miss the Perth lunch entirely | PM',
      'Second | ramp | winnowing tray 1 %, stone mill 5 %, jarring bench 25 %, whole Lilongwe Old Town market 100 %; each stage holds three days and at least two lunch peaks in each region, and moves only when every limit is green | PM',
      'Second | sign-off | Chikondi, our engineering lead, and I both sign each gate: the head cook and I both stir the first pot | PM, eng lead',
      "Third | rollback | whoever is on call, at 6 a.m. or at noon, flips the model flag back by config in under five minutes, chalking yesterday's list back on the stall board; no redeploy, no need to call me | on-call",
      'Third | afterwards | the canary says the new model is safe, not that it is better; a randomised A/B test afterwards tells us whether baskets sell more | PM',
      'Zikomo, chabwino.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'ef045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Game sheet, one-page checkout. Moni.',
      'P1, sticks: me = customer order, limits, holds. Eng = routing, flag, deploy.',
      'P1, order: staff → opted-in WhatsApp regulars (5+ years, Area 3 and Area 10) → all returning buyers → first-time buyers last (the lab never saw them; they are the Lake of Stars rush).',
      'P1, limits, on paper before traffic: errors +0.5 %; p99 +200 ms; checkout conversion −2 %; first-order conversion −2 %, counted apart. Any one: we cool the roasters.',
      'P2, goal disallowed on the video check: "the lab loved it, jump to 50 %." Iyayi.',
      'P2, ramp: winnowing tray 1 %, stone mill 5 %, jarring bench 25 %, Old Town market 100 %. Each holds 3 days or 400 orders, the later; the first-time stage until 300 first orders. Green or it stays.',
      'P2, gate: Chikondi (eng lead) and me sign each one; the head cook and I both stir the first pot.',
      'P3, rollback: on-call, any hour, flag back to the old checkout, under 5 min, no redeploy, no need to call me.',
      'P3, canary = safe, not better. Better = randomised A/B test afterwards.',
      'Zikomo.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ef046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Moni. Referee's game sheet.",
      'The new payment SDK: Airtel Money and Mpamba, now with cards and wallets.',
      '',
      'First period.',
      'Sticks first.',
      'I own who goes first, the limits and the holds.',
      "Chikondi's engineers own the SDK flag, the routing and the deploy.",
      '',
      'First line change.',
      'Our own riders and stall staff pay first, with their own phones, Android mostly.',
      'Then the WhatsApp regulars who opted in, Area 18 and Kawale, buying three years and more.',
      'Then everyone else.',
      'New buyers of under a year go last, and the big Friday family orders last of all:',
      'a failed payment on a first order is a customer gone.',
      '',
      'Second line change.',
      'Limits, on the sheet before any payment moves.',
      'Payment failures more than 0.5 % worse than now, Android counted apart from iPhone.',
      'Measured in five-minute windows, not daily averages, because this one fails in bursts.',
      'p99 payment time more than 300 ms worse.',
      'Completed orders down more than 2 %.',
      'Any one, and we cool the roasters.',
      '',
      'Second period, goal disallowed on the video check:',
      '"The provider certified it, so one day at 5 % is plenty."',
      'Iyayi. Their certification is not our Friday dinner.',
      '',
      'Third period, the ramp.',
      'Winnowing tray, 1 %.',
      'Stone mill, 5 %.',
      'Jarring bench, 25 %.',
      'Then the whole Lilongwe Old Town market.',
      'Every stage holds through at least one Friday dinner rush and 1,000 payments, whichever comes later.',
      'It moves only when every limit is green.',
      '',
      'At each gate Chikondi and I both sign.',
      'The head cook and I both stir the first pot.',
      '',
      'Rollback.',
      'Whoever is on call, Friday night or Monday dawn,',
      'flips payments back to the old SDK with the flag, in under five minutes.',
      "In the kitchen we say they chalk yesterday's list back on the stall board.",
      'No redeploy. No waiting for me. No need to call me.',
      '',
      'Last whistle.',
      'The canary says the SDK is safe.',
      'It does not say wallets sell more jars.',
      'For that, a randomised A/B test afterwards.',
      'Zikomo, chabwino.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ef047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Moni, chabwino. Game sheet for the new delivery-fee service, the one that works out what it costs to bring a jar to your door. Our riders deliver late into the night at the weekend, and the diaspora orders never really stop.',
      "First period: the sticks. I own the order of customers, the rollback limits and the holds. Chikondi's engineering team owns the routing, the flag and the deploy, and the billing team owns the nightly mobile-money reconciliation that shares a batch window with the fee service.",
      'First line change: the order. Our own staff and riders price their own orders first. Then the WhatsApp regulars who opted in, Area 25 and Chinsapo mostly, buying four years and more. New buyers of under a year and the hotel kitchens that order at night go last, because a wrong fee on a first order, or on a 400-jar hotel invoice, costs us the most.',
      'Second line change: the limits, written down before Tuesday evening. Failed quotes more than 0.5 % worse than now, p99 quote time more than 200 ms worse, completed orders down more than 2 %, or more than 1 % of fees differing from the old service by over 5 % on the side-by-side check. Any one, at any hour, and we cool the roasters.',
      'Second period, goal disallowed on the video check: I had written "on-call pages me and I decide". Iyayi. At 2 a.m., in the batch window, I am asleep in Area 43 while the breach keeps costing us. So whoever is on call rolls back on their own authority, at any hour, by switching the routing back to the old fee service: under five minutes, no redeploy, no approval; they chalk yesterday\'s list back on the stall board. They tell me at breakfast. No need to call me.',
      'Third period: the ramp. Winnowing tray 1 %, stone mill 5 %, jarring bench 25 %, then the whole Lilongwe Old Town market. Each stage holds until it has seen a nightly batch window and a Friday or Saturday night, and 1,500 orders, and moves only when every limit is green. Chikondi and I both sign each gate; the head cook and I both stir the first pot.',
      'Final whistle: the canary only proves the new fees are safe. Whether customers order more, a randomised A/B test answers afterwards. Zikomo.',
    ].join('\n\n'),
  },
];
