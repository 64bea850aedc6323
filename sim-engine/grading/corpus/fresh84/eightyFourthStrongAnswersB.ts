import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-fourth fresh set, author b: strong answers (cl021–cl027), written blind and labelled by
 * hand before anything was run. Voice: a New Orleans ("Yat") po'boy-shop delivery app PM, every
 * answer a parade lineup announced float by float. The built-in scenario is named above each.
 */
export const EIGHTY_FOURTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'cl021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Where y'at, dawlin'. I'll call this one float by float, like Thursday night on St. Charles.",
      "Float 1, the krewe officers. Our menu bot, the one that answers 'is the shrimp dressed?' and 'y'all got gluten-free bread?', moves to a bigger model with a longer memory, same prompt. As the PM I own who rides on which float, how much worse is too much, and how long each float waits at the corner. The engineers own the route itself: the routing, the deploy, the flags.",
      "Float 2, the rules painted on the side before anybody lines up on the neutral ground. Errors more than half a percent worse than now and the parade stops. p95 answer time more than 300 ms worse than now and the parade stops. Wrong answers on the eval harness's menu questions more than one point worse, thumbs-down from customers more than two points worse, or cost per conversation more than four cents worse than now, and the parade stops. Written down and agreed on Monday, not argued about on the route.",
      "Then the lead float: our own counter staff and drivers, about 1 percent. They know the menu cold and they'll catch the bot saying the muffuletta comes hot. It rides until 2,000 questions are answered.",
      "Then the marching band: households on the early-taste list, who signed up to try new things, then the Third and Twelfth Ward regulars who've ordered with us five years or more, because they forgive a bad answer and tell us about it. Ten percent, then 25, each held for 5,000 orders.",
      'The last float: everybody, with brand-new households, less than a year ordering, riding at the back, because one wrong answer about peanut oil and they are gone for good. It holds a full Mardi Gras week at 100 percent before we retire the old model.',
      "Between every float the captain of the krewe, that's Toni, our engineering lead, and I both raise our cups, or the next one doesn't step off.",
      "The cleanup crew: whoever is on call sends the old float back out on the route, no need to call me. Any hour, two in the morning on a Sunday included. It's a switch in the routing config, done in under five minutes, no redeploy.",
      "The marshal's last word: this parade tells us the bigger model is safe. It doesn't tell us it's better. For better, and for what it costs per conversation, we run a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'cl022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Where y'at, dawlin'. Our menu bot moves to a cheaper, faster model, and hardly anybody rates its answers.",
      'Float 1: I pick the riders, the stop rules and the waits; the engineers own routing, deploy and flags.',
      'Float 2: the stop rules, fixed before anything rolls. Errors more than 0.5% worse than now and the parade stops; p95 more than 250 ms worse, same. The eval harness grades one answer in two hundred, so for the canary we turn it up to one in ten: accuracy more than two points worse and the parade stops. Thumbs-down more than three points worse, same.',
      'The lead float: shop staff, 2 percent, held until the harness has graded 400 answers. Thin feedback, so we wait on counts.',
      'Then the marching band: the early-taste list, then Seventh Ward households ordering over three years. 25%, held until 4,000 orders.',
      'The last float: everybody. First-year households ride last because they leave quickest.',
      'Before every float, the captain of the krewe, our engineering lead, and I both raise our cups.',
      'Whoever is on call sends the old float back out on the route, no need to call me: a config switch, any hour, under five minutes.',
      "This shows it's safe, not better. Better is a randomised A/B test after.",
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'cl023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Where y'at. This lineup rolls on two clocks, because we got the kitchens here and the franchise in Singapore, and Singapore eats its lunch while New Orleans is still asleep.",
      "Float 1, the change: the 'what you want today' combos on our home screen come from a new recommendation model that pulls more features per request out of each region's feature store, and those stores were sized for the old one.",
      'Float 2, who owns what: I own the order of riders, the stop rules and how long each float waits. Engineering owns the routing, the deploy and the flags, and they size the stores.',
      'Float 3, the stop rules, fixed before a single home screen changes, per region, against the old model on the same day. Errors more than 0.5% worse than now and the parade stops. p99 home-screen time more than 200 ms worse, same. Feature-store timeouts more than one percent worse, same. The share of screens falling back to the default combos more than two points worse, same. Add-to-bag rate on suggested combos more than 3% worse, same.',
      "Then the lead float: staff in both cities, 1 percent, and it has to ride through a full lunch rush in each, Singapore's and ours, before anything moves.",
      'Then the marching band: the early-taste list in both places first, then households that have ordered three years or more, Mid-City and the Seventh Ward here, the same long-timers there. Ten percent, then 25, each held through two lunch peaks in each region and at least 6,000 orders.',
      'The last float: everybody, new households under a year last, because a home screen full of wrong combos is the first thing they see of us. It holds a full Mardi Gras week before the old model is switched off.',
      'Before each float steps off, the captain of the krewe, our engineering lead Marcus, and I both raise our cups, after somebody has read the Singapore numbers from their own lunch hour.',
      "Cleanup: whoever is on call, at four in the morning our time if that's Singapore's lunch, sends the old float back out on the route, no need to call me. It's a config switch back to the old model, minutes, not a redeploy.",
      'Last word from the reviewing stand: this lineup tells us the model is safe at both lunch rushes. Whether the combos are better is a randomised A/B test afterwards, not something we read off the lead float.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'cl024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Where y'at, dawlin'. This one's our menu bot's new voice. Somebody rewrote the system prompt so it talks warmer, 'hey baby, what you want on that po'boy?', and the English side loved it. But about a quarter of our menu questions come in Vietnamese from New Orleans East, and in Vietnamese you don't call somebody's grandmother baby. So here's the lineup.",
      'Float 1, the krewe officers: I decide who rides where, the stop rules and the waits. Engineering owns the routing, the deploy and the flag that flips the prompt.',
      'Float 2, the stop rules, painted on before we line up and counted separately for English and Vietnamese. Thumbs-down more than two points worse than now and the parade stops. The eval harness score for tone and correct answers, run on Vietnamese menu questions too, more than three points worse, same. Errors more than half a percent worse or p95 more than 250 ms worse, same.',
      'Then the lead float: shop staff, including the crew at our Chef Menteur Highway kitchen who write in Vietnamese every day. 2 percent, held until each language has 1,500 questions answered.',
      "Then the marching band: the early-taste list, then households in the Ninth Ward and New Orleans East who've ordered four years or more. 20 percent, held for 5,000 orders, with at least a fifth of them in Vietnamese.",
      'The last float: everybody. First-year households ride last, since a rude first answer loses them. Held a full Mardi Gras week.',
      'No float moves until the captain of the krewe, our engineering lead, and I both raise our cups.',
      'If a rule trips, whoever is on call sends the old float back out on the route, no need to call me: flip the prompt flag back, a minute or two, midnight or noon, no redeploy.',
      "This parade says the warmer prompt is safe in both languages. It doesn't say it sells more po'boys; that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts
  {
    id: 'cl025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Where y'at. Payments on a phone: nobody forgives the register.",
      'Float 1: I pick the riders, the stop rules and the waits; engineering owns routing, deploy and the flag.',
      'Float 2: the stop rules, written before anybody rolls. Payment failures more than 0.3% worse than now and the parade stops, counted per platform and per five minutes, because Android fails in bursts. p99 payment time more than 300 ms worse, same. Orders completed more than 2% worse, same.',
      'The lead float: staff phones, iPhone and Android both, 1 percent, held for 500 orders.',
      'The marching band: the early-access list, then households in the Fourth and Fifth Wards ordering four years or more; 10, then 25 percent, each held through a Friday dinner rush and 5,000 orders. No float steps up during Friday dinner.',
      'The last float: everybody, first-year households last, because a failed first payment is a lost customer.',
      'At every float the captain of the krewe, our payments lead, and I both raise our cups.',
      'Whoever is on call sends the old float back out on the route, no need to call me: the flag puts payments back on the old SDK in minutes, any hour.',
      "This proves it's safe, not that wallets sell more. That's a randomised A/B test after.",
    ].join('\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'cl026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Where y'at. I run a po'boy delivery app, and our late-night crowd off Frenchmen Street taught me one thing: trouble comes at 2 a.m. and you can't wait on the boss. So here's the lineup for this fare service.",
      'Float 1, the krewe officers: my job is the order of riders, the stop rules and how long each float waits. Engineering owns the new pricing service, the routing between old and new, the deploy and the flags.',
      'Float 2, the stop rules, agreed before Tuesday evening. Fare errors more than 0.5% worse than now and the parade stops. p99 quote time more than 200 ms worse, same. More than 1 trip in 1,000 priced over 2% away from what the old service says for the same trip, same. Trips booked more than 2% worse than now, same.',
      "Then the lead float: staff rides and the drivers' test accounts, 1 percent, held through one full night, batch window included, since the pricing service shares that window with billing and that's where it'll pinch.",
      "Then the marching band: riders on the early-access list, then riders in the Seventh and Ninth Wards who've ridden with us three years or more. 5 percent, then 25, each held at least two nights and 20,000 trips, and 25 holds through a weekend night.",
      'The last float: everybody, riders in their first year last, because they leave after one bad fare. It holds a full Mardi Gras week.',
      'Before each float moves, the captain of the krewe, our pricing engineering lead, and I both raise our cups. Floats only step off in daylight.',
      "And the part this scenario's about: whoever is on call sends the old float back out on the route, no need to call me. Two in the morning on a Saturday, in the middle of the batch window, whenever. It's a routing switch back to the old pricing service, under five minutes, not a redeploy, and nobody needs my say-so.",
      'Last word: this tells us the new fare service is safe. Whether its fares earn more is a question for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // storage-migration-under-load
  {
    id: 'cl027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Where y'at, dawlin'. Fair warning: the first lineup I posted for this one got rained out, and the rewrite's better.",
      'As posted Monday: lead float at 1%, marching band at 25%, last float at 100%, a day each, and the old database switched off with the month.',
      "Rain delay. Tuesday the load-test fella told me his peak test ran with warm caches. At the shop we never trust a walk-in cooler until it's been through a lunch rush from cold, so here's the lineup rewritten:",
      'Float 1, who owns what: this is a project tool moving its tasks from our own database to a managed cluster behind a new proxy. I own who rides, the stop rules and the waits. Engineering owns the proxy, the routing, the deploy and the flags.',
      'Float 2, the stop rules, agreed before one read moves. Task-read errors more than 0.2% worse than now and the parade stops. p99 page load more than 200 ms worse than now, same. Proxy connection timeouts more than 0.1% worse, same. Tasks saved per hour more than 2% worse, same.',
      'Then the lead float: our own teams, 1 percent, caches cold on purpose, held 24 hours and through one Monday-morning login rush.',
      'Then the marching band: customers on the early-access list, then teams that have been with us three years or more. Five, then 25, then 50 percent, each held through two weekday peaks and at least 200,000 reads.',
      'The last float: everybody, with brand-new teams and the biggest paying accounts last, because a lost task board on day one, or on the biggest contract, is the worst trouble we can have. It holds a full Mardi Gras week before anybody touches the old cluster, and the decommission slides past month-end if it has to.',
      'At each float the captain of the krewe, our database lead, and I both raise our cups.',
      "Whoever is on call sends the old float back out on the route, no need to call me. Any hour. The proxy's routing switch points reads back at the old database in a few minutes; no redeploy, no approval.",
      "Last: this parade tells us the new storage is safe under real, cold load. Whether anything is better is a randomised A/B test's question, not this parade's.",
    ].join('\n'),
  },
];
