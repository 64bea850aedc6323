import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-nineteenth fresh set, author B: strong answers (du021–du027), four on model
 * scenarios and three on service scenarios, each covering every point of its kind.
 *
 * Voice: a West Frisian (Leeuwarden, Friesland) English register in writing ("goeie",
 * "tankewol", "ja", "nee", "no", "hoe is't"), sober and dry; a Hindeloopen painted-furniture
 * workshop whose language model suggests which chair, pattern and colour suit a room, a gift and
 * a budget. Every answer is a fierljeppen (canal pole-vaulting) judge's record, jump by jump, with
 * one jump voided on review after the judges checked the pole. Stages: the ground coat, the tulip
 * border, the varnish, the whole bridal chest; sign-off: master Wiebe, who runs the workshop, and
 * the PM both sit down on the first chair; holds as a full week of Sneekweek or a count of days
 * or orders; thresholds as "more than N worse than now, and we scrape the new paint off"; cohorts
 * by Frisian village and years buying; rollback: whoever is on call brings the old chairs back
 * into the pronkkeamer, no need to call me. Labelled by hand before any grading (README-b.md,
 * LABEL-NOTES-b.md).
 */
export const HUNDRED_AND_NINETEENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'du021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Goeie. The judge's record for the Hindeloopen workshop: the model that suggests which chair, pattern and colour suit a room, a gift and a budget moves to a newer, larger model with a longer context window. The prompt stays as it is.",
      '',
      "Jump 1, clean. What is mine and what is not. I own the order of the villages, the rollback limits and the holds. Sjoerd's engineering team owns the routing, the deploy and the flags.",
      '',
      'Jump 2, clean. The order. Our own painters and the shop staff get the new model first: they know every pattern by heart and will tell me the same day when it suggests a tulip we never paint. Then the early-access list, customers who asked to try new things. Then buyers in Workum and Makkum with one to three years of orders. Last, new customers and the families in Hindeloopen itself who have bought from us for twenty years and more, because a bad first suggestion loses a new customer and the old ones carry the biggest orders.',
      '',
      'Jump 3, clean. The limits, written down and agreed before one conversation moves: errors more than 0.5 % worse than now, p95 latency more than 400 ms worse, thumbs-down on suggestions more than 2 points worse, suggestions of a pattern we do not paint, as graded by the eval harness, more than 1 in 100, cost per conversation more than 30 % above the old model, and we scrape the new paint off.',
      '',
      'Jump 4, voided on review: the judges checked the pole and it said "we widen it when the chairs look fine". That is no hold. Jumped again: the ground coat (staff, 2 %), the tulip border (early access, 5 %), the varnish (25 %), the whole bridal chest (100 %). Each stage holds at least five days and 2,000 conversations, the varnish a full week of Sneekweek, and advances only when every limit has held.',
      '',
      'Jump 5, clean. Master Wiebe, who runs the workshop, and I both sit down on the first chair before each advance. Without both of us nothing moves.',
      '',
      'Jump 6, clean. Whoever is on call brings the old chairs back into the pronkkeamer, no need to call me: a flag in the router, any hour, back on the old model in under five minutes, no redeploy.',
      '',
      'Jump 7, clean. This shows the bigger model is safe. Whether it sells more chairs is a randomised A/B test afterwards. Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'du022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Judge\'s record. Warmer system prompt for the suggestion model. A quarter of our customers write in Dutch, where "u" matters.',
      "Jump 1. Mine: order, limits, holds. Engineering's: routing, deploy, flags.",
      'Jump 2. Order: workshop staff first, Dutch writers among them on purpose; early-access list next; Grou and Joure buyers of 1–5 years; new customers and 15-plus-year buyers last (least forgiving, most to lose).',
      'Jump 3. Limits, fixed before traffic moves, per language: thumbs-down more than 1.5 points worse than now; formality misses in the eval harness more than 2 in 100; invented patterns more than 1 in 100; errors more than 0.5 % worse; p95 more than 300 ms worse. Any one, and we scrape the new paint off.',
      'Jump 4, voided on review: "one number for all languages". Re-jumped: every limit split by language.',
      'Jump 5. Ground coat 1 %, tulip border 5 %, varnish 25 %, bridal chest 100 %. Each holds 3 days and 1,500 Dutch conversations.',
      'Jump 6. Master Wiebe, who runs the workshop, and I both sit down on the first chair at every gate.',
      'Jump 7. Whoever is on call brings the old chairs back into the pronkkeamer, no need to call me. Prompt flag, any hour, minutes.',
      'Jump 8. Safe, not better. Warmer-is-better: a randomised A/B test afterwards.',
      'Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'du023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Goeie. The judge's record: the chair suggestions move to a cheaper, faster model. Our traffic is modest, a few hundred suggestions an hour on a busy Saturday. Few customers rate a suggestion, and the eval harness grades one in two hundred.",
      '',
      '1. Jump 1, clean. My part is the order of the villages, the limits, the holds and the call to advance. Engineering owns the routing, the deploy and the flags.',
      "2. Jump 2, clean. Order: the workshop's own painters and shop staff first, because they see a wrong pattern at a glance; then the early-access list, who asked for it; then buyers from Bolsward and Sneek with two to five years of orders; new customers and the Hindeloopen families who have bought for thirty years last, since they have the most to lose and forgive the least.",
      '3. Jump 3, clean. Because the feedback is thin, during the canary the eval harness grades one suggestion in ten from the new model, not one in two hundred, and each stage counts suggestions, not days.',
      '4. Jump 4, voided on review: the pole said "five percent for a day and see". At our volume a day at 5 % gives perhaps three ratings. Voided; jumped again as item 5.',
      '5. Jump 5, clean. Stages and holds: the ground coat (staff), the tulip border (early access, 10 %), the varnish (50 %), the whole bridal chest (100 %). No stage advances before 600 graded suggestions and 40 ratings have come in, and never in less than four days.',
      '6. Jump 6, clean. Limits, written down before the first suggestion moves: eval-harness failures more than 2 in 100 worse than now, thumbs-down more than 3 points worse, suggestions of a pattern we do not paint more than 1 in 200, errors more than 0.5 % worse, p95 more than 300 ms worse, and we scrape the new paint off.',
      '7. Jump 7, clean. Master Wiebe, who runs the workshop, and I both sit down on the first chair at each gate; with one of us missing, nothing moves.',
      '8. Jump 8, clean. Whoever is on call brings the old chairs back into the pronkkeamer, no need to call me: the model flag goes back in under five minutes, any hour, weekend or not, without asking anyone.',
      '9. Jump 9, clean. The canary says the cheaper model is safe. If we want to know it is better, that is a randomised A/B test afterwards.',
      '',
      'Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'du024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Goeie. The judge's record for the new suggestion model, which reads more features per request from the regional feature stores: Friesland, and Michigan, where Frisian families in Grand Rapids order painted chairs in their evening. The team sits in Leeuwarden; the Michigan evening peak is our 01:00 to 04:00. The feature stores were sized for the old model.",
      '',
      "Jump 1, clean. Mine: the order, the limits, the holds. Engineering's: routing, deploy, flags and the feature stores.",
      '',
      'Jump 2, clean. The stages, as a table:',
      'stage | who | share | hold before the gate',
      'the ground coat | workshop staff in Leeuwarden and Grand Rapids | 1 % | 2 days, each with a Michigan evening peak',
      'the tulip border | early-access list, both regions | 5 % | 3 days and 1,500 orders',
      'the varnish | buyers of 2 to 6 years in Workum, Makkum and Grand Rapids | 25 % | a full week of Sneekweek',
      'the whole bridal chest | everyone, new customers and 20-year buyers last | 100 % | none',
      'Staff first because they forgive and report; new and long-standing buyers last because a bad suggestion costs most there.',
      '',
      'Jump 3, clean. The limits, written down before traffic moves, per region, the Michigan peak included:',
      'signal | more than this worse than now',
      'errors | 0.5 %',
      'p99 latency | 250 ms',
      'feature-store timeouts | 1 %',
      'add-to-basket after a suggestion | 3 points',
      'thumbs-down | 2 points',
      'eval-harness misses | 2 in 100',
      'Any row, and we scrape the new paint off.',
      '',
      'Jump 4, voided on review: "we watch in Leeuwarden office hours". The judges checked the pole; the peak is at night here. Voided. The limits page the on-call at any hour.',
      '',
      'Jump 5, clean. Master Wiebe, who runs the workshop, and I both sit down on the first chair at every gate.',
      '',
      'Jump 6, clean. Whoever is on call brings the old chairs back into the pronkkeamer, no need to call me: a routing switch back to the old model, in minutes, day or night.',
      '',
      'Jump 7, clean. Safe, ja. Better is a randomised A/B test afterwards. Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'du025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "Goeie, the judge's record for the one-page checkout in the workshop's web shop, written in one breath: jump 1 is clean, my part is the order of the villages, the limits and the holds, while Sjoerd's engineers own the routing, the deploy and the flag; jump 2 is clean, the order is the shop staff buying for themselves first, then the early-access list who asked for it, then returning buyers of two to ten years in Makkum, Workum and Bolsward, and first-time buyers last, from the varnish stage on, because the lab only tried it with returning customers and the spring campaign brings the most first orders, so they are the ones we can least afford to lose; jump 3 is clean, the limits are written down before one order moves, checkout errors more than 0.5 % worse than now, p99 more than 200 ms worse, first-order completion more than 2 points worse than on the old checkout, and we scrape the new paint off; jump 4, voided on review, the pole said \"growth picks the moment before the campaign\", which is no gate, so it is jumped again: the ground coat (staff), the tulip border (early access, 5 %), the varnish (25 %, first-time buyers in it, held until 800 first orders or five days, whichever is later), the whole bridal chest (100 %), each stage holding at least three days and advancing only with every limit held; jump 5 is clean, master Wiebe, who runs the workshop, and I both sit down on the first chair at each gate, and nothing advances without both; jump 6 is clean, whoever is on call brings the old chairs back into the pronkkeamer, no need to call me, a flag switch back to the three-step checkout in minutes, any hour, no redeploy; jump 7 is clean, the canary says the new checkout is safe, and whether it sells more is a randomised A/B test after the campaign; tankewol.",
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'du026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Goeie.',
      "Judge's record: our payments move to the provider's new SDK.",
      'Wallet payments come with it.',
      'Most chair orders are paid in the app.',
      'Sunday evening is our busiest hour.',
      '',
      'Jump 1. Mine: order, limits, holds.',
      "Engineering's: routing, deploy, flags.",
      'Jump 2. Staff phones first.',
      'Then the early-access list.',
      'Then Grou and Joure buyers of 1 to 5 years.',
      'New customers and 20-year buyers last: most to lose.',
      'Jump 3. Limits, fixed before traffic moves,',
      'per platform, Android apart, in 5-minute windows:',
      'payment failures more than 0.5 % worse than now,',
      'p99 more than 300 ms worse,',
      'paid orders more than 2 % down,',
      'and we scrape the new paint off.',
      'Jump 4, voided on review: "daily averages".',
      'A burst hides in a day. Pole checked; voided.',
      'Jump 5. Ground coat 1 %, tulip border 5 %,',
      'varnish 25 %, the whole bridal chest 100 %.',
      'Each holds three days; a Sunday evening falls inside the varnish.',
      'Jump 6. Master Wiebe, who runs the workshop, and I',
      'both sit down on the first chair before each advance.',
      'Jump 7. Whoever is on call brings the old chairs back into the pronkkeamer,',
      'no need to call me.',
      'SDK flag, any hour, under five minutes.',
      'Jump 8. Safe, not better.',
      'Better is a randomised A/B test, afterwards.',
      'Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'du027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Goeie. The judge's record for moving the web shop's order and pattern storage from our own database to a managed cluster behind a new proxy. Every page reads from it. The load tests passed, but with warm caches, and the old cluster is switched off at the end of the month.",
      '',
      'Jump 1, clean. I own the order of the villages, the limits, the holds and the decision to advance. Engineering owns the proxy, the routing, the deploy and the data copy.',
      '',
      "Jump 2, clean. Reads move first for the workshop's own staff, who use the shop all day and forgive a slow page; then the early-access list; then buyers in Dokkum and Franeker with one to five years of orders; new customers and the twenty-year buyers last, because a slow or broken page costs us most there.",
      '',
      'Jump 3, clean. Before the first request moves we write down: errors more than 0.3 % worse than now, p99 page load more than 200 ms worse, proxy timeouts above 0.1 %, orders per hour more than 2 % worse than on the old path, and we scrape the new paint off. Cold-cache p99 is checked right after each step, not only once the caches are warm.',
      '',
      'Jump 4, voided on review: the pole said "switch off the old cluster on the 31st, whatever happens". Voided. The old cluster stays until the whole bridal chest has held a week; the date moves, not the gate.',
      '',
      'Jump 5, clean. Stages: the ground coat (staff, 1 %), the tulip border (5 %), the varnish (25 %), the whole bridal chest (100 %). Each holds three days, the varnish a full week of Sneekweek, so the cluster sees a real peak with cold caches before we go further.',
      '',
      'Jump 6, clean. Master Wiebe, who runs the workshop, and I both sit down on the first chair at every gate.',
      '',
      'Jump 7, clean. Whoever is on call brings the old chairs back into the pronkkeamer, no need to call me: the proxy sends reads back to the old cluster in minutes, any hour, no redeploy, no meeting first.',
      '',
      'Jump 8, clean. This shows the move is safe. It proves nothing better; for that we would run a randomised A/B test afterwards. Tankewol.',
    ].join('\n'),
  },
];
