import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-first fresh set, author B: strong answers (dw021–dw027), four on model
 * scenarios and three on service scenarios, each covering every point of its kind. The voice: a
 * Scottish Gaelic (Stornoway, Isle of Lewis) English register in writing with Gaelic words
 * (reserved, precise, wry; "halò", "tha", "chan eil", "glè mhath", "tapadh leat", "mar sin leat"),
 * a Harris Tweed weaving workshop whose language model suggests which tweed, pattern and length
 * suit a jacket, a gift and a budget, every answer a shinty referee's match report, half by half
 * and hail by hail, with one hail chalked off after a word with the goal judge. Stages the first
 * swatch, the waulking board and the whole mill shop on Cromwell Street; sign-off as the head
 * darner and I both counting the picks on the first bolt; holds as a full week of the Hebridean
 * Celtic Festival or a count of days or orders; limits as "more than N worse than now, and we take
 * our feet off the treadles"; cohorts by Lewis village and years buying; rollback as whoever is on
 * call bringing the old swatch book back out, no need to call me (README-b.md).
 */
export const HUNDRED_AND_TWENTY_FIRST_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dw021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Halò. The referee's report from the suggestion-model match.",
      "First half, first hail: the change. Our workshop's assistant, the one that tells a customer which tweed, which pattern and how many metres suit a jacket, a gift and a budget, moves to a newer, larger model with a longer context window. Offline evals went up three points on short questions, and the mill's bookkeeper asks what each conversation will cost. Glè mhath; evals settle nothing in the shop.",
      'First half, second hail: who carries which caman. I own the order of cohorts, the rollback limits and the holds. Engineering owns the routing, the deploy and the flags.',
      'First half, third hail: the order. Workshop staff and our weavers in Shawbost first, because they know the cloth and will say plainly when a suggestion is daft. Then the customers who opted into the early-pattern list. Then buyers of three years and more, Carloway and Back before the town. First-time buyers and the big tailoring accounts last: a poor first suggestion loses them for good.',
      'Second half, first hail: the limits, written down before a single conversation moves. Errors more than 0.5 % worse than now, p95 latency more than 300 ms worse, orders per conversation more than 2 % worse. For the model itself: hallucination rate from the eval harness (a tweed we do not weave) more than 1 point worse, thumbs-down rate more than 1.5 points worse, token cost per conversation more than 25 % above now. Any one, and we take our feet off the treadles.',
      'Second half, hail chalked off: I had written that the canary would show the bigger model sells more tweed. After a word with the goal judge, chan eil. The canary tells us it is safe, not that it is better; better is a randomised A/B test afterwards.',
      'Second half, second hail: the stages. The first swatch, 2 % of conversations, held five days; the waulking board, 20 %, held a full week of the Hebridean Celtic Festival; then the whole mill shop on Cromwell Street. At each gate the head darner and I both count the picks on the first bolt, which is to say we both sign off, or nothing moves.',
      'Second half, third hail: whoever is on call, at any hour, flips the routing flag back to the old model in a couple of minutes, no redeploy and no one to ask: brings the old swatch book back out, no need to call me.',
      'Mar sin leat.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dw022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Referee's notes. Halò.",
      'Change: a warmer, casual system prompt. Reviewed in English only; a quarter of our customers write German, where Sie and du matter.',
      'First half',
      '- Hail: I own cohort order, limits, holds. Engineering owns routing, flags, deploy.',
      '- Hail: order. Shop staff; then the opted-in early-pattern list; then English-writing buyers of 3+ years (Point, Ness); German-writing and first-time buyers last, least forgiving.',
      '- Hail: limits, agreed before traffic moves: errors more than 0.5 % worse than now, p95 more than 250 ms worse, thumbs-down more than 2 points worse, formal-address failures on the German eval set more than 1 % worse. Any one, and we take our feet off the treadles.',
      'Second half',
      '- Hail: stages. The first swatch, 5 %, 4 days; the waulking board, 25 %, a full week of the Hebridean Celtic Festival; then the whole mill shop on Cromwell Street. Each advance signed by the head darner and me, both counting the picks on the first bolt.',
      '- Hail: rollback. Whoever is on call, any hour, flips the prompt flag back in two minutes. No redeploy, no need to call me.',
      '- Hail chalked off by the goal judge: "canary shows warmer is better". Chan eil. Canary = safe; better = randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dw023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Referee's match report, numbered by the hail. Halò.",
      "1. Throw-up. The change: the workshop's suggestion model (which tweed, pattern and length suit a jacket) moves to a cheaper, faster model. Traffic is modest, a few hundred suggestions an hour at peak; few customers rate one, and the eval harness grades one in two hundred.",
      "2. First half, first hail. My part as PM: the order of cohorts, the rollback limits and the hold lengths. Engineering's part: the routing, the deploy and the flags.",
      '3. First half, second hail. The order: the workshop staff and our weavers first, who will rate every suggestion if asked nicely; then customers who opted into the early-pattern list; then buyers of four years or more from Tong, Back and the rest of Lewis; new customers and anyone ordering a wedding length last, because a wrong suggestion there costs us the customer.',
      '4. First half, third hail. Limits, fixed before the first suggestion moves: errors more than 0.5 % worse than now, p95 latency more than 300 ms worse, orders per suggestion more than 2 % worse, hallucinated tweeds (patterns we do not weave) in the harness more than 1 point worse, thumbs-down rate more than 2 points worse. Any one, and we take our feet off the treadles.',
      "5. Second half, first hail. Feedback is thin, so the holds are counted. The first swatch, 10 % of suggestions, held until the harness has graded 400 of the new model's; the waulking board, 40 %, held until 600 more are graded and a full week of the Hebridean Celtic Festival has passed; then the whole mill shop on Cromwell Street. For the canary the harness grades one in twenty, not one in two hundred.",
      '6. Second half, second hail. At each gate the head darner and I both count the picks on the first bolt. Two sign-offs, or no advance.',
      '7. Second half, hail chalked off. I had the cost saving down as a reason to shorten the hold at the waulking board. The goal judge had a word; tha, he is right.',
      '8. Second half, third hail. Whoever is on call, day or night, switches the routing back to the old model in under five minutes, no redeploy, no permission: brings the old swatch book back out, no need to call me.',
      '9. Close. The canary says safe, not better. Whether the cheaper model suggests better tweed is for a randomised A/B test afterwards.',
      'Mar sin leat.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dw024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Match report, in the referee's table. Halò.",
      "The change: the shop's home page recommends tweed bundles (cloth, pattern, length) from a new model that reads more features per request from the regional feature stores, which were sized for the old model. Our customers are in Europe and in Japan; the Tokyo lunch hour falls in the small hours in Stornoway.",
      '',
      'Half | Hail | What was called',
      "First | 1 | Ownership. Mine: cohort order, limits, holds. Engineering's: routing, deploy, flags, feature-store capacity.",
      'First | 2 | Order. Workshop staff first; then the opted-in early-pattern list (Ness, Uig, Carloway); then European buyers of 3+ years; then Japanese buyers of 3+ years; new buyers and the Tokyo wholesale accounts last. Staff forgive a daft bundle; new buyers do not.',
      'First | 3 | Limits, signed before traffic moves, per region: errors more than 0.5 % worse than now; p99 more than 200 ms worse; feature-store timeouts more than 1 % worse; baskets from recommendations more than 2 % worse; click-through on recommended bundles more than 3 % worse; "not for me" dismissals more than 2 points worse; recommended bundles out of stock more than 1 point worse. Any one, in any region, and we take our feet off the treadles.',
      'Second | 1 | Stages. The first swatch 5 %, the waulking board 25 %, then the whole mill shop on Cromwell Street. Each held a full week of the Hebridean Celtic Festival, so every stage sees seven Tokyo lunch peaks and not only Stornoway afternoons.',
      'Second | hail chalked off | I had the holds at two days. The goal judge pointed at the calendar: two days is two Tokyo lunches, and one may be a Sunday. A full week it is.',
      'Second | 2 | Sign-off. The head darner and I both count the picks on the first bolt at each gate; without both, no advance.',
      'Second | 3 | Rollback. Whoever is on call, 3 a.m. in Stornoway included, flips the model flag back within five minutes, no redeploy, nobody woken to ask: brings the old swatch book back out, no need to call me.',
      'Second | 4 | What it proves. Safe, not better. Whether the new recommendations sell more tweed is a randomised A/B test afterwards.',
      '',
      'Tapadh leat.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dw025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Halò, and here is the referee's report in one breath: the change is the shop's three-step checkout becoming a single page with saved addresses and cards filled in, loved by returning customers, wanted live before the spring tweed campaign, when first orders peak, and in the first half the first hail is who owns what, which is me for the order of cohorts, the rollback limits and the holds, and engineering for the routing, the deploy and the flag, and the second hail is the order itself, the workshop staff buying their own offcuts first, then the customers who opted into the early-pattern list, then returning buyers of two years and more from Stornoway, Point and Back, and first-time buyers last of all, because they have no saved address for the page to fill and they are exactly who the spring campaign is meant to win, and the third hail is the limits, written and agreed before one order moves: checkout errors more than 0.5 % worse than now, p99 page time more than 200 ms worse than now, completed first orders more than 2 % worse than on the old checkout, and we take our feet off the treadles; " +
      'second half, hail chalked off: I had first said we would send it to everyone before the campaign and watch, and after a word with the goal judge, chan eil, it ramps like anything else, so the second hail proper is the stages, the first swatch of staff and the early list at 5 % held three days, the waulking board of returning buyers at 25 % held a full week of the Hebridean Celtic Festival, then 10 % of first-time buyers held until 1,500 first orders have come through, so the people the page might lose are counted at all, and only then the whole mill shop on Cromwell Street, and at each gate the head darner and I both count the picks on the first bolt, both of us signing or it waits, and the third hail is rollback, where whoever is on call, at any hour, flips the checkout flag back to three steps in under five minutes without a redeploy and without asking anybody, brings the old swatch book back out, no need to call me, and the last hail is that the canary only shows the one-page checkout is safe, not better; whether it sells more tweed is for a randomised A/B test after the campaign, tapadh leat.',
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dw026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Halò. Referee's report.",
      '',
      'First half.',
      'Hail one: prices for cut lengths move to a new pricing service.',
      'Orders never stop; Japan buys while Lewis sleeps.',
      'It shares the nightly batch window with billing.',
      'Hail two: I own cohort order, limits, holds.',
      'Engineering owns routing, deploy, flags.',
      'Hail three: staff orders first.',
      'Then the opted-in early-pattern list.',
      'Then buyers of 3+ years from Ness and Barvas.',
      'New buyers and wholesale last; a wrong price loses them.',
      '',
      'Second half.',
      'Hail one: limits, written before traffic moves.',
      'Pricing errors more than 0.3 % worse than now.',
      'p99 more than 200 ms worse.',
      'Billing mismatches above 0.1 %.',
      'Any one, and we take our feet off the treadles.',
      'Hail two: the first swatch, 5 %, held through two nightly batch windows.',
      'The waulking board, 30 %, a full week of the Hebridean Celtic Festival.',
      'Then the whole mill shop on Cromwell Street.',
      'Sign-off at each gate: the head darner and I both count the picks on the first bolt.',
      'Hail chalked off: I had "rollback needs my approval".',
      'The goal judge: at 2 a.m.? Chan eil.',
      'Hail three: whoever is on call, any hour, flips routing back in under five minutes.',
      'No redeploy, no need to call me.',
      'Hail four: the canary shows safe, not better; better is a randomised A/B test.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dw027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Halò. The referee's report from the storage match.",
      "First half, first hail. The change: every page of the workshop's shop reads patterns, stock and orders from the database, and that storage moves from our own server to a managed cluster behind a new proxy. The load test passed at the expected peak, but with warm caches, and the old cluster is switched off at the end of the month. A cold cache on a busy morning is what I fear.",
      'First half, second hail. As PM I own the order of cohorts, the rollback limits and how long we hold each stage. Engineering owns the proxy, the routing and the deploy.',
      'First half, third hail. The order: workshop staff first, who load pages all day; then customers on the early-pattern list, who asked to see things first; then buyers of five years and more, Shawbost and Carloway before the town; new customers and the tailoring accounts with big standing orders last, because a failed order page costs us most there.',
      'Second half, first hail. The limits, agreed in writing before the first read moves: page errors more than 0.5 % worse than now, p99 read latency more than 200 ms worse, orders placed more than 2 % worse than on the old path. Any one, and we take our feet off the treadles.',
      'Second half, hail chalked off: I had the old cluster kept only until the waulking board stage. The goal judge shook his head. Chan eil; it stays warm until the whole shop has run a week on the new one, so I have asked for the decommission date to move.',
      'Second half, second hail. The stages: the first swatch, 2 % of reads, held three days with the caches cold at the start on purpose; the waulking board, 20 %, held through a Monday morning peak and a full week of the Hebridean Celtic Festival; then the whole mill shop on Cromwell Street. Sign-off at each gate: the head darner and I both count the picks on the first bolt, and without both of us nothing advances.',
      'Second half, third hail. Whoever is on call, at any hour, flips the proxy route back to the old cluster in under five minutes, no redeploy, no permission sought: brings the old swatch book back out, no need to call me.',
      'Close. The canary tells us the new storage is safe, not that it is better; better is a randomised A/B test afterwards. Glè mhath.',
    ].join('\n\n'),
  },
];
