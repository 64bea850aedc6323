import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-fourth fresh set, author b: middling, weak, salad, negated, misconception-led and
 * off-topic answers (cb028–cb040), written blind and labelled by hand before any grading.
 */
export const SEVENTY_FOURTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · Appalachian prose, one paragraph; parts-counter assistant transposed; cohorts by farm size
  {
    id: 'cb028',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      "The parts-counter assistant's fixing to move to the bigger model, and finance wants to know what it costs a conversation. How I'd split it: I own who sees it and in what order, and engineering owns the switch and the deploy; I wouldn't touch that. Our own counter staff go first, since they'll holler quick when it's wrong, then the dealers who opted into the early-access program, then the small farms, and the big operations last, because a wrong answer in planting season costs them the most. While it's out I'd keep my eye on the hallucination rate from the eval harness, the thumbs-down rate from dealers, and tokens per conversation, so I've got finance an answer. That's about as far as I've thought it through.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · text-message run; parts-catalog image resizer transposed; ridges with a day-and-night hold; "past N worse than today"
  {
    id: 'cb029',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "new image resizer for the parts catalog. benchmarks say 20 % faster. but it only restarts on deploys, so a slow leak won't show the first hour",
      'limits, wrote down before any traffic moves:',
      "resize errors past 0.5 % worse than today and it's done",
      "p99 image time past 300 ms worse than today and it's done",
      "catalog page to cart past 2 % worse than the old resizer's share and it's done",
      "first ridge 5 %, second ridge 25 %, then the top. we sit on each ridge a full day and a night at least, so memory has time to creep, and we don't climb till the p99 line's flat",
      "if a limit trips, whoever's on call puts the old resizer back with the routing switch. any hour, no asking. takes a few minutes, no redeploy",
      "Thursday's a wish, not a date",
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · Appalachian prose in paragraphs; parts product page transposed; ridges; Saturdays as holds; order-book sign-off
  {
    id: 'cb030',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      "This one's cosmetic, reviews up top and the photos loading lazy, and I reckon the trap is last week's spring sale: every number this week is fixing to look worse than last week's, whether the page is any good or not. So I'd compare against the folks still on the old page this same week, never against the sale.",
      "We'd go in three stages: the first ridge, the second ridge, and the top. At each one we hold through two full Saturdays, our busy day, and we don't climb until that comparison looks clean. Before each climb it takes a 'go on ahead' from the parts manager and me, wrote down in the order book, so nobody rushes it just because leadership wants it out this week.",
      "And I'd tell leadership straight: this canary says the page is safe. If they want to know it sells more parts, that's a randomised A/B test after it's out, not something we read off the canary.",
    ].join('\n'),
  },
  // checkout-first-order (service) · text-message run; Appalachian register
  {
    id: 'cb031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'one-page checkout, huh',
      "I reckon I'd put it out to a few folks first and see how it does",
      "keep an eye on things, make sure the first-time buyers ain't struggling with it",
      "if it looks rough we'd pull it back some",
      "then once everybody's comfortable, send it on out before the spring campaign",
      "growth'll be happy, customers'll be happy",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · plain prose, mild Appalachian register; farm-parts PM framing
  {
    id: 'cb032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "The new recommendation model reads more from the feature stores, which I reckon is a good thing; more information usually makes for better baskets. I'd roll it out gradual-like, keep an eye on how it's doing across the regions, and make sure the engineers are comfortable with the load. If something looks off, we'd talk it over as a team and figure out the next step. Canaries are about being careful, and careful is mostly what I'd aim for here.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · text-message run of keyword fragments; voice phrases dropped in without sentences
  {
    id: 'cb033',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'canary prompt warm casual Spanish usted formal',
      'first ridge second ridge the top 5 25 100 ridge ridge',
      'thresholds 0.5 % 200 ms 2 % baseline p99 p95 thumbs-down hallucination eval harness tokens cost',
      'cohorts county farm size staff early access big operations last',
      'go on ahead parts manager order book sign-off gate hold two planting Saturdays 3,000 part orders',
      'on call old model back config flip five minutes any hour',
      'A/B randomised safe better canary A/B canary',
      'thresholds rollback holds cohorts sign-off metrics thresholds rollback',
    ].join('\n'),
  },
  // search-tail-latency (service) · one run-on paragraph of jargon and numbers; voice phrases as fragments
  {
    id: 'cb034',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Search index layout smaller cheaper, tail latency p99 p99.9, rare queries many filters, benchmark median faster: canary ramp 1 5 25 50 100 percent hold gate sign-off rollback thresholds errors 0.5 latency 200 ms conversion 2 percent baseline, cohorts internal beta free tier institutional licences last, on-call routing config switch minutes, A/B randomised afterwards, safe versus better, ridge, order book, parts manager, go on ahead, county, farm size, the top, the top, thresholds holds rollback.',
    ].join('\n'),
  },
  // booking-purchases-lag (service) · text-message run; Appalachian register; parts-order date picker transposed
  {
    id: 'cb035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "the new delivery-date picker and the shorter order form. team wants it at 100 % this afternoon and honestly I'd let 'em",
      "I wouldn't bother sending it to our own counter staff first, or to the early-access dealers. no county by county, no starting with the small farms",
      "I ain't writing down limits ahead of time either. no error number, no latency number, nothing to trip",
      'no ridges, no holds, no waiting on two planting Saturdays',
      "and I'd not have the parts manager or anybody sign off on each step. there ain't any steps",
      "rolling back? we won't set up a switch for the on-call to flip. if it's broke we fix forward",
      "and no A/B test after. it's a form",
    ].join('\n'),
  },
  // support-model-upgrade (model) · plain prose, farm-parts PM; a list of refusals
  {
    id: 'cb036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I'll be honest about what I would not do with the bigger assistant model. I would not stage it through internal staff and early-access dealers before the rest, and I don't see the point of ordering cohorts by county or farm size. I would not fix rollback limits before traffic moves, not on errors, not on p99, not on orders. I would not gate on the eval harness or the hallucination rate, and I'm not going to track thumbs-down or token cost per conversation. There won't be ridges with holds, and nobody, not the parts manager and not me, signs anything in the order book. We won't keep a switch so the on-call can put the old model back; we wouldn't roll back at all. And I wouldn't follow it with an A/B test. Offline evals went up three points; that's my evidence.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Appalachian prose in paragraphs; the forecasting model; cohorts by county and farm size
  {
    id: 'cb037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R M'),
    text: [
      "I reckon the canary is our A/B test, plain and simple. We put the cheaper forecast model on some counties, keep the old one on the rest, and whichever side runs fewer stock-outs by the end is the better model, and that's the one we keep. No need for a separate test after; the canary proves it.",
      'Order: our own warehouse in the home county first, then the early-access dealers who opted in, then small farms, with the big row-crop operations and brand-new accounts last, since a stock-out hurts them most.',
      "Before anything moves we write the limits down: errors past 0.5 % worse than today, p99 past 250 ms worse than today, or stock-outs past 2 % worse than the old model's counties, and it's done.",
      "I'd watch the eval harness forecast error and how often parts managers override a forecast, and compute cost per run, since that's why we're switching.",
      "If a limit trips, whoever's on call puts the old model back right then, any hour, with the routing switch; it takes a few minutes and they don't need to ask me.",
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · text-message run; parts-shop fit guide transposed; ridges; planting Saturdays; order-book sign-off
  {
    id: 'cb038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'product pages getting bigger photos and a fit guide, which bolt fits which tractor',
      "mine: who goes when and how long we wait. engineering's: the flag and the deploy",
      "staff first since they're on the site all day anyhow. then the early-access dealers. then small farms, and the big operations last since they spend the most",
      "limits I'd not set ahead. you can't know what normal looks like till you see it, so we watch the dashboard at the first ridge and decide then what's too far off. that's the heart of it for me, the numbers come from watching",
      'first ridge, second ridge, the top. each one held two full planting Saturdays before we climb',
      "climbing takes a 'go on ahead' from the parts manager and me, wrote down in the order book",
    ].join('\n'),
  },
  // pricing-page-healthy (service) · Appalachian prose; a marketing-campaign plan instead of a release plan; "poke" for the counter bag
  {
    id: 'cb039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Friday's campaign is where I'd spend my week. First I'd get the email list cleaned up and split by county and by farm size, so the small hobby farms get a different note than the big outfits. Then I'd have marketing write two subject lines and send whichever one our sales folks like best. The comparison table is the hook, so I'd put a picture of it right in the email and on the flyer that goes in every poke at the counter. Radio spots on the farm report Friday morning, and I'd make sure the dealers know it's coming so they ain't surprised when folks call. Monday we'd tally up who clicked and who called.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · text-message run; a plan for a bilingual prompt review instead of a release
  {
    id: 'cb040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "honestly the thing I'd fix first is the review, not the release",
      "we'd find a Spanish-speaking reviewer, maybe two, one from the dealers down in the valley",
      "write a little style guide: usted with customers, part names the way the dealers say 'em",
      "go through the hundred questions dealers ask most and rewrite the warm prompt's examples in both languages",
      'have the reviewers score each answer for tone',
      'then loop back with the English team so the next prompt gets both languages from day one',
      "that's a month of work, and worth it",
    ].join('\n'),
  },
];
