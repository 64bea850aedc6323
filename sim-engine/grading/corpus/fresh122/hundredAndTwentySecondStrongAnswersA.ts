import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-second fresh set, author A: strong answers (dx001–dx007), each covering
 * every point of its kind (model answers also model-metrics), labelled by hand before any grading.
 * Voice: a Somali (Hargeisa) English register in speech; a clay incense-burner (dabqaad) workshop
 * whose language model suggests the burner, blend and size for a home, a gift and a budget; every
 * answer a handball referee's calls, half by half and attack by attack, with one goal struck off
 * at the monitor.
 */
export const HUNDRED_AND_TWENTY_SECOND_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dx001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Iska warran, walaal. I will call it the way I referee a handball match, half by half ' +
        'and attack by attack.',
      '',
      'First half, throw-off. Our dabqaad suggester, which tells a buyer which burner, blend ' +
        'and size suit her home, a gift or her purse, moves to a newer, larger model with a ' +
        'longer context window; the prompt stays as it is. The first call is the line between ' +
        'us: what is mine as PM is the order of buyers, the limits and the holds. The routing, ' +
        'the deploy and the flags belong to the engineers.',
      '',
      'First attack: who goes first. Our own potters and shop staff go first, because they ' +
        'tell us plainly. Then the buyers who put their names on the early-try list. Then ' +
        "ordinary buyers, district by district: 26 June, then Ahmed Dhagax, then Ga'an Libah. " +
        'Buyers in their first year and the families with twenty years of buying go last, ' +
        'because a wrong suggestion loses a new buyer for good and shames us with the old ones.',
      '',
      'Second attack: the limits, written down before one conversation moves. If errors go ' +
        'more than 0.5 % worse than today, if p95 latency goes more than 300 ms worse, if the ' +
        'wrong-answer rate from our eval harness rises more than 2 points, if thumbs-down on ' +
        'suggestions goes more than 3 points worse, or if the cost per conversation climbs more ' +
        'than 40 % over the old model, we put the coals out. Finance asked about cost per ' +
        'conversation; that number answers them.',
      '',
      'Second half. The stages: the wet clay, 1 %, held for three days; the firing pit, 5 %, ' +
        'held for seven market days; the first smoke, 25 %, held for four hundred conversations; ' +
        'then all of Waheen. At every gate all five limits are green, and Eedo Hodan, our eldest ' +
        'potter who also leads the engineers, and I both drop a pinch of uunsi on the first ' +
        'burner. That is our sign-off, and nothing moves without both of us.',
      '',
      'Second half, goal struck off at the monitor: I had written that the canary shows the ' +
        'bigger model answers better. Struck off. The canary shows it is safe; whether it is ' +
        'better we learn afterwards from a randomised A/B test.',
      '',
      'Last attack: whoever is on call, any hour, switches the routing back to the old model ' +
        'in under five minutes (a config switch, no redeploy) and brings the old burners back ' +
        'out of the storeroom without asking me. Mahadsanid.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dx002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Handball referee's card: warmer prompt, dabqaad suggester. A quarter of buyers write " +
        'German, where formal address matters.',
      '',
      'First half',
      '- Mine as PM: order, limits, holds. Engineers: routing, deploy, flags.',
      '- Attack 1, order: our potters and shop staff → buyers on the early-try list → ' +
        'English-writing buyers by Hargeisa district → German writers and first-year buyers ' +
        'last; the tone risk sits there, and insulted buyers never return.',
      '- Attack 2, limits fixed before traffic: errors +0.5 % vs the old prompt, p95 +250 ms, ' +
        'thumbs-down +2 points, informal "du" in graded German replies +1 point, add-to-basket ' +
        '−2 %. Any one worse than that, we put the coals out.',
      '',
      'Second half',
      '- Stages: wet clay 1 % (3 days) → firing pit 5 % (seven market days) → first smoke 25 % ' +
        '(500 German replies graded) → all of Waheen. Gate: all limits green.',
      '- Sign-off, each step: Eedo Hodan, eldest potter, and I both drop uunsi on the first ' +
        'burner. Both or no step.',
      '- Goal struck off at the monitor: "eyeball the German replies". Maya; the eval grades ' +
        'them.',
      '- Rollback: whoever is on call, any hour, flips the prompt flag back in two minutes, no ' +
        'redeploy, no asking me.',
      '- Canary = safe. Better = randomised A/B test afterwards.',
      '',
      'Waa hagaag.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dx003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '1. Throw-off. Iska warran. The dabqaad suggester moves to a cheaper, faster model. Few ' +
        'buyers ever rate a suggestion, and our eval harness grades only one suggestion in two ' +
        'hundred, so I referee this one attack by attack.',
      '2. My calls and theirs. As PM I own who sees it in what order, the limits, and how long ' +
        'each stage holds. The engineers own the routing, the deploy and the flag.',
      '3. First half, attack one: the order. Our own potters and shop staff first; they use it ' +
        'all day and tell us straight. Then the buyers who signed up to try new things early. ' +
        'Then ordinary buyers by district, Mohamed Mooge and 26 June before the rest. Buyers in ' +
        'their first year and the old families with fifteen years or more of buying come last: ' +
        'the first we lose for ever, the second are most of our money.',
      '4. First half, attack two: the limits, written before one suggestion moves. Errors more ' +
        'than 0.5 % worse than today; p95 latency more than 200 ms worse; wrong suggestions in ' +
        'the eval more than 2 points worse; thumbs-down more than 3 points worse; suggestions ' +
        'taken into the basket more than 3 % down. Cross any one and we put the coals out.',
      '5. First half, attack three: volume. One in two hundred is too thin at 5 %. During the ' +
        "canary the harness grades one in ten of the new model's suggestions.",
      '6. Second half: the stages. The wet clay (staff, 1 %): two days. The firing pit (5 %): ' +
        'held until 1,500 graded suggestions and at least seven market days. The first smoke (25 ' +
        '%): three days and 3,000 graded. Then all of Waheen. A stage moves only when every ' +
        'limit is green at the count.',
      '7. Second half: sign-off. Eedo Hodan, our eldest potter, and I both drop uunsi on the ' +
        'first burner before each step. One of us missing, no step.',
      '8. Second half, goal struck off at the monitor: "no ratings means no problem." Maya, ' +
        'walaal. Silence is not praise.',
      '9. Rollback. Whoever is on call, at any hour, turns the flag back to the old model in ' +
        'under five minutes, no redeploy, and brings the old burners back out of the storeroom ' +
        'without asking me.',
      '10. Final whistle. This canary tells us the cheaper model is safe, not that it is ' +
        'better. Better we learn from a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dx004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Haa, walaal, a handball match in one breath: first half, throw-off, the suggester that ' +
      'tells a buyer which dabqaad, which blend and which size moves to a new model that reads ' +
      'more features on every request from the regional feature stores, and those stores were ' +
      'sized for the old one; my first call: I own the order of buyers, the limits and the ' +
      'holds and the engineers own the routing, the deploy and the flags; first attack, the ' +
      'order: our own potters and shop staff, then the buyers who asked to try new things ' +
      'early, then ordinary buyers in Hargeisa district by district, then the diaspora buyers ' +
      'in Minneapolis, and last the first-year buyers and the families who have bought from us ' +
      'for twenty years, because a new buyer given a wrong burner never returns and the old ' +
      'families pay our rent; second attack, the limits, agreed before one request moves: ' +
      'errors more than 0.5 % worse than today, p95 latency more than 150 ms worse, ' +
      "feature-store read time more than 50 ms worse at each region's peak, suggestions added " +
      'to the basket more than 2 % down, thumbs-down more than 2 points worse, wrong ' +
      'suggestions in the eval harness more than 2 points worse, and if any one goes past its ' +
      'line we put the coals out; second half, the stages: the wet clay at 1 % for two days, ' +
      "the firing pit at 5 % for seven market days so that every region's busiest hour falls " +
      'inside it, Minneapolis evening included, the first smoke at 25 % for three days, then ' +
      "all of Waheen, and at each gate every limit must be green across each region's peak " +
      'before Eedo Hodan, our eldest potter, and I both drop uunsi on the first burner, which ' +
      'is our sign-off, both of us or no step; second half, goal struck off at the monitor: I ' +
      'nearly wrote that our team watching by day is enough, struck off, because the stores ' +
      'fill at three in the morning here, so whoever is on call, at any hour, switches the ' +
      'routing back to the old model in a few minutes, no redeploy, and brings the old burners ' +
      'back out of the storeroom without asking me or anybody; and the final whistle: this ' +
      'canary tells us the new model is safe, not that its suggestions are better, which we ' +
      'learn afterwards from a randomised A/B test, mahadsanid.',
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dx005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Referee's sheet for the one-page checkout on our dabqaad shop: three steps become one " +
        'page, saved addresses and cards filled in for you. Iska warran; here is the handball ' +
        'match as a table.',
      '',
      'Half | Attack | Call',
      'First | Throw-off | Mine as PM: the order of buyers, the limits, the holds. The ' +
        "engineers': the routing, the deploy, the flag.",
      'First | 1, order | Our potters and shop staff, then buyers on the early-try list, then ' +
        'returning buyers of three years or more, district by district (Ibrahim Koodbuur, 26 ' +
        "June, Ga'an Libah), and first-time buyers last: the lab only tried returning buyers, " +
        'and a new buyer has no saved card to fill in.',
      'First | 2, limits | Written before the first order moves. Checkout errors more than 0.5 ' +
        '% worse than today; p99 page time more than 200 ms worse; completed orders more than 2 ' +
        '% down against the old checkout; first orders completed more than 3 % down. Any one, ' +
        'and we put the coals out.',
      'Second | 3, stages | Wet clay, 1 %: three days. Firing pit, 5 %: 600 orders and seven ' +
        'market days. First smoke, 25 %: 2,000 orders, 400 of them first orders. Then all of ' +
        'Waheen. Gate: every limit green.',
      'Second | 4, sign-off | Before each stage Eedo Hodan, our eldest potter and head of ' +
        'engineering, and I both drop uunsi on the first burner. Never one of us alone.',
      'Second | Goal struck off at the monitor | "Put it all live for the Ciid campaign, ' +
        'growth wants it." Struck off: the campaign waits for the gates, and if the first smoke ' +
        'is not green by then, the old checkout carries the campaign.',
      'Second | 5, rollback | Whoever is on call, day or night, turns the flag back to the ' +
        'three-step checkout in under five minutes, no redeploy, and brings the old burners back ' +
        'out of the storeroom without asking me.',
      'Final whistle | Canary and A/B | The canary tells us the page is safe, not that it ' +
        'sells better. Better needs a randomised A/B test afterwards.',
      '',
      'Mahadsanid, walaal.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dx006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Iska warran.',
      'Handball again. Price calculation moves to a new pricing service.',
      'Orders never stop: the diaspora buys while Hargeisa sleeps.',
      '',
      'First half.',
      'Throw-off: I own the order, the limits, the holds.',
      'Engineers own routing, deploy, flags.',
      'Attack one: our potters first, then early-list buyers,',
      'then ordinary buyers by district,',
      'first-year buyers and twenty-year families last; a wrong price loses them.',
      'Attack two, written before traffic moves:',
      'price mismatches more than 0.2 % worse than today,',
      'errors more than 0.5 % worse,',
      'p99 more than 200 ms worse,',
      'orders more than 2 % down.',
      'Any one, we put the coals out.',
      '',
      'Second half.',
      'Wet clay, 1 %: two days, one billing batch night inside.',
      'Firing pit, 5 %: seven market days.',
      'First smoke, 25 %: 3,000 orders.',
      'Then all of Waheen, every limit green at each gate.',
      'Sign-off: Eedo Hodan, eldest potter, and I both drop uunsi on the first burner before ' +
        'each step.',
      'Goal struck off at the monitor: "rollback waits for my morning." Maya.',
      'Whoever is on call, 2 a.m. or noon,',
      'flips the routing back to the old service in three minutes,',
      'no redeploy, no asking me,',
      'and the old burners come back out of the storeroom.',
      'Final whistle: canary says safe, not better.',
      'Better is a randomised A/B test after.',
      'Mahadsanid.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dx007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Whistle. Iska warran, walaal. The shop's search moves to a new index: smaller, cheaper " +
        'to host, faster in the middle. Nobody tested the rare searches with many filters ' +
        '("clay, lidded, under 20 dollars, for a wedding, delivered to Ga\'an Libah"). That is ' +
        'where I blow the whistle, so I call this match for the tail.',
      '',
      'First half. My calls as PM are who sees it in what order, which numbers stop it, and ' +
        'how long we hold. The engineers own the routing, the deploy and the flags.',
      '',
      'First attack. Our potters and shop staff first, because they search with every filter ' +
        'all day. Then buyers on the early-try list. Then casual buyers by district, 26 June ' +
        'first. Last, the hotels and gift shops that buy burners by the box on yearly accounts, ' +
        'and buyers in their first year: the accounts use the most filters and bring most of our ' +
        'money, and a new buyer leaves after one slow search.',
      '',
      'Second attack. Before one search moves, written and agreed: p99 search time more than ' +
        '150 ms worse than today, p99.9 on searches with three or more filters more than 400 ms ' +
        'worse, errors more than 0.5 % worse, searches ending in an order more than 2 % down. ' +
        'Any one and we put the coals out. The median stays out of it; it already looks good, ' +
        'and that is the trap.',
      '',
      'Second half. The wet clay, 1 %, for two days. The firing pit, 5 %, until 5,000 ' +
        'many-filter searches and at least seven market days. The first smoke, 25 %, three days ' +
        'across a market Thursday. Then all of Waheen. At each gate every limit is green, and ' +
        'then Eedo Hodan, our eldest potter, and I sign off by both dropping uunsi on the first ' +
        'burner. Without both of us, no advance.',
      '',
      'Second half, goal struck off at the monitor: "accounts first, they search most, we ' +
        'learn fastest." Struck off; they go last, for the reason above.',
      '',
      'Rollback: whoever is on call, at any hour, switches the routing back to the old index ' +
        'in minutes (the old index stays warm, no redeploy) and brings the old burners back out ' +
        'of the storeroom without asking me.',
      '',
      'Final whistle: the canary answers whether the new index is safe, not whether it is ' +
        'better. For better, we run a randomised A/B test afterwards. Mahadsanid.',
    ].join('\n'),
  },
];
