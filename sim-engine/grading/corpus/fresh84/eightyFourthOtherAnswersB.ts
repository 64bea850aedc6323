import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-fourth fresh set, author b: middling (cl028–cl030), weak (cl031–cl032), keyword salad
 * (cl033–cl034), negated (cl035–cl036), misconception-led (cl037–cl038) and off-topic
 * (cl039–cl040) answers, written blind and labelled by hand before anything was run. Voice: a
 * New Orleans ("Yat") po'boy-shop delivery app PM, every answer a parade lineup announced float
 * by float. The built-in scenario is named above each.
 */
export const EIGHTY_FOURTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'cl028',
    scenario: 'model',
    class: 'middling',
    points: points('C H S'),
    text: [
      "Where y'at. The menu bot's getting the bigger model, so here's who rides where.",
      'Float 1: the shop crew and the drivers get it first, since they know every sandwich on the board and will catch a wrong answer before a customer does.',
      "Then the marching band: households on the early-taste list, who asked to try new stuff, and after them the regulars from the Ninth Ward who've ordered with us ten years.",
      'The last float: brand-new households, because they only get one first impression of us.',
      "Each float waits a full Mardi Gras week before the next one steps off, and it doesn't step off until the captain of the krewe, our engineering lead, and I both raise our cups.",
      "We'll keep an eye on how it's doing the whole way down the route.",
    ].join('\n'),
  },
  // checkout-first-order
  {
    id: 'cl029',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      "Where y'at, dawlin'. One-page checkout before the spring campaign. At the shop we'd never change the register the week before Jazz Fest without rules on the wall, so:",
      'Float 1: the rules, written before anything rolls. Checkout errors more than half a percent worse than now and the parade stops. Page load p99 more than 200 ms worse than now and the parade stops. First orders completed more than 2 percent worse than now and the parade stops.',
      'Then the marching band: a slice of shoppers gets the one-page checkout while we watch those three numbers.',
      'The last float: everybody.',
      "If a rule trips, whoever is on call sends the old float back out on the route, no need to call me. It's a flag flip that takes a couple of minutes, three in the morning or noon on a Saturday.",
      "And I'll be straight: this tells you the new checkout is safe, not that it sells more. For that you run a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'cl030',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Where y'at. Our menu bot moves to a cheaper, faster model, and nobody much rates the answers, so here's the lineup.",
      'Float 1, who holds what: I own the stop rules and who gets it; the engineers own the routing, the deploy and the flags.',
      'Float 2, the stop rules, written before anything changes: errors more than half a percent worse than now and the parade stops; the eval harness accuracy score more than two points worse, same; thumbs-down more than three points worse than now, same.',
      "Float 3, what we watch besides errors and speed: the eval harness's accuracy on menu questions, turned up from one answer in two hundred to one in twenty so there's something to read, the thumbs-down rate, and the cost per answer.",
      'The last float: then we let it on out to everybody over the week.',
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'cl031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Where y'at, dawlin'.",
      'Float 1: the new pricing page, with the nicer comparison table.',
      "Then the marching band: marketing's campaign on Friday, pointing folks at it.",
      'The last float: everybody sees it.',
      "It's a pretty page and nothing in the back changes, so I'd put it out, keep an eye on the phones, and if people don't like it we go back. Same as when we hung the new menu board at the shop: put it up, ask the regulars while they're making groceries next door, see what they say.",
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'cl032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Where y'at. Float 1: the new combo model for the home screen.",
      'Then the marching band: we try it on some folks.',
      'The last float: everybody gets it.',
      "We'll watch it real close, and if the combos look funny we go back. The engineers know the rest better than me, so I'd let them pick how.",
    ].join('\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'cl033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Where y'at. Float 1: canary, cohorts, staff, early access, Seventh Ward, households, five years, new households last.",
      'Then the marching band: thresholds, half percent errors, p99 200 ms, baseline, now, parade stops, memory, restart, Thursday.',
      'Float 3: holds, gates, lead float, marching band, last float, Mardi Gras week, 5,000 orders.',
      'Float 4: sign-off, captain, krewe, cups, raise.',
      'Float 5: rollback, on-call, any hour, config switch, minutes, no redeploy, old float, route.',
      'The last float: PM owns, engineering owns, routing, deploy, flags, canary safe, A/B randomised, better.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'cl034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Float 1: warm prompt, Vietnamese, English, tone, formal address, New Orleans East, dawlin.',
      'Then the marching band: staff, early-taste list, Ninth Ward, four years ordering, first-year last, cohort order.',
      'Float 3: thumbs-down, eval harness, hallucination rate, tokens per answer, cost, p95, 250 ms, two points, parade stops, pre-committed.',
      'Float 4: lead float, marching band, last float, hold, 1,500 questions, Mardi Gras week, gate.',
      'Float 5: captain of the krewe, cups, sign-off, on-call, old float, route, flag, minutes, any hour.',
      'The last float: safe not better, randomised A/B, PM, engineering, routing, flags.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'cl035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Where y'at. Bigger model for the menu bot. Here's what this parade won't have.",
      "Float 1: I'm not splitting who owns what between me and engineering. That's just paperwork.",
      "Then the marching band: no staff float, no early-taste list going first, no new households held to the back. I don't line folks up by ward or by how many years they've ordered.",
      "Float 3: we won't write down stop numbers before it rolls, and we won't hold at any float, not for a Mardi Gras week, not for a count of orders.",
      'Float 4: nobody raises a cup. No captain of the krewe signs off on anything.',
      "Float 5: I wouldn't set up a switch so whoever is on call can send the old float back out on their own.",
      "Float 6: I won't track wrong answers from the eval harness, thumbs-down or cost per conversation either.",
      'The last float: and no A/B test afterwards. We just put the bigger model out.',
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'cl036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Where y'at, dawlin'. New index for the paper search. Let me tell you what I'm leaving off the route.",
      "Float 1: forget dividing it up between product and engineering, we'll all just pitch in.",
      'Then the marching band: no order of riders. Not staff first, not the early-access list next, not the institutions that pay us last.',
      'Float 3: no stop rules written ahead. Not half a percent on errors, not 200 ms on p99, nothing on the slow queries with all the filters.',
      "Float 4: no holds. We don't wait a Mardi Gras week at any float and we don't count queries before stepping up.",
      "Float 5: there's no captain of the krewe raising a cup to sign anything off.",
      "Float 6: I won't let whoever's on call send the old float back out without me, and we're not building a switch for it.",
      "The last float: and no randomised A/B test after to ask if it's better. The new index just goes out.",
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'cl037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      "Where y'at. Float 1, and I'll say it plain: the canary is our A/B test. If the new combo model gets more add-to-bags than the old one on the lead float, that proves it's better, and that's how we know to roll it to everybody.",
      'Then the marching band of riders: shop staff first, because they will tell us when a combo makes no sense, then the early-taste list who asked to try new things, then Twelfth Ward regulars with five years of orders. First-year households go last, because they see the home screen once before they decide on us.',
      'Each float holds until 3,000 orders and a full lunch rush here and in Singapore before the next one steps off.',
      'What I watch besides errors: the share of home screens that fall back to the default combos, and the add-to-bag rate on the suggested combos.',
      'The last float: once the canary shows the lift, that is our proof. No separate test needed.',
    ].join('\n'),
  },
  // after-the-sale-healthy
  {
    id: 'cl038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text: [
      "Where y'at. Reviews above the fold and a lazy-loaded gallery, out this week.",
      'Float 1: I own who rides and how long each float waits; engineering owns the routing, the deploy and the flag.',
      "Float 2, and here's where I'm different: I don't write stop numbers down before we roll. I'd rather eyeball the dashboard on the day and decide what looks too bad once I see it. Numbers picked in a meeting are guesses.",
      "Then the lead float: staff, then the early-access list, because they'll forgive a glitch. Then the marching band: customers who've bought from us three years or more. New customers ride the last float, since they're the easiest to lose.",
      'Each float holds two full days, and the captain of the krewe, our web lead, and I both raise our cups before the next one goes.',
      'When the dashboard looks wrong to them, whoever is on call sends the old float back out on the route, no need to call me: a flag flip, any hour, a couple of minutes.',
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'cl039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Where y'at, dawlin'. Let me tell you about the parade our shop rides in, because that's the best lineup I know.",
      "Float 1: the Krewe of the Dressed Shrimp, the Saturday before Fat Tuesday. We built it in a warehouse by the river out of chicken wire and papier-mâché, a twelve-foot po'boy with lettuce made of green streamers.",
      'Then the marching band: the high school from down the street, and those kids can play, no argument.',
      "Float 3: our throws. Go cups with the shop's name on them and little foam po'boys the children fight over on the neutral ground.",
      "Float 4: the food. My mama's making groceries Thursday for forty people: roast beef debris, fried oysters, forty loaves of French bread, and a pot of red beans for the Monday after.",
      "The last float: my uncle on the back with a cooler, waving at everybody he's ever met. It rained two years ago and we rolled anyway under tarps, and that's still the best parade we ever had.",
    ].join('\n'),
  },
  // staff-cohort-artifact
  {
    id: 'cl040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Where y'at. Before I get to any plan, here's the story of the sandwich, float by float, because every new hire at our shop hears it.",
      "Float 1: 1929, the streetcar strike. Two brothers who used to drive streetcars ran a sandwich shop, and they fed the strikers for free. When one walked in, somebody would holler 'here comes another poor boy.'",
      'Then the marching band: the bread. It had to be long and even from end to end so nobody got a skinny piece, and a bakery worked it out with them.',
      "Float 3: dressed. That means lettuce, tomato, pickles and mayo. If you don't say dressed, you get it plain, and folks will fight you about that.",
      "The last float: gravy. Roast beef so soft it falls apart, and you're supposed to need a handful of napkins. If your shirt's clean, it wasn't a good one.",
    ].join('\n'),
  },
];
