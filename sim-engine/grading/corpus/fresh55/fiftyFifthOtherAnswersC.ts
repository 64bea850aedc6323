import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-fifth fresh set, author c: middling (bi048–bi050), weak (bi051–bi052), salad (bi053–bi054),
 * negated (bi055–bi056), misconception-led (bi057–bi058) and off-topic (bi059–bi060) answers,
 * written blind and labelled by hand before any grading.
 */
export const FIFTY_FIFTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: rollback described step by step as the on-call engineer would do it
  {
    id: 'bi048',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      "I'd put a random 10 % of conversations on the larger model and then move everyone over once it looks fine.",
      '',
      "The limits, which I'd fix with the team before we start: errors more than 0.5 % above the current model, p95 latency more than one second slower, and cost per conversation more than 30 % higher, since finance has already asked about cost. We'd also put a limit on the thumbs-down rate for answers: no more than 2 points above the old model.",
      '',
      'If any limit trips, this is what the on-call engineer does, without waiting for anybody:',
      "1. Switch the model alias in the assistant's config back to the old model.",
      '2. Confirm on the dashboard that new conversations are being served by the old model, which takes a couple of minutes.',
      '3. Let conversations already in progress finish.',
      '4. Write a note in the incident channel with the time and the limit that tripped.',
      '',
      "The whole rollback is under five minutes and doesn't need a deploy.",
    ].join('\n'),
  },
  // checkout-first-order: numbered commitments with a one-line rationale under each (short)
  {
    id: 'bi049',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      '1. Product owns the order of exposure and the stages; the checkout engineers own the deploy and the flag.',
      '   Otherwise the spring-campaign deadline ends up deciding for us.',
      '2. Employees go first, then returning customers with saved addresses and cards; first-time buyers go last.',
      '   The lab only tested returning customers, and first orders are exactly what this page could lose.',
      '3. Stages of 5 %, 20 %, 50 % and 100 %, with a hold of three days at each, and we move on only once checkout completion for that stage looks healthy.',
      '   Three days gives us enough first orders to see anything at all.',
      '4. We keep the old three-step checkout available behind the flag until the campaign is over.',
      '   It is cheap insurance.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: prose closing on what would make the candidate stop early even inside every limit
  {
    id: 'bi050',
    scenario: 'service',
    class: 'middling',
    points: points('T H A'),
    text: [
      'What worries me about the new resizer is in the brief: it is only restarted on deploys, and benchmarks run for minutes, not days. So the canary has to last long enough for a slow problem to show.',
      '',
      "I'd start with 5 % of listing-page image requests, then 25 %, then 50 %, then all of them. At every stage we hold for at least 48 hours without restarting the canary instances, and we only advance if the limits below held across the whole window.",
      '',
      'The limits, written before the first request is routed: resize errors no more than 0.5 % above the old service, p99 image time no more than 150 ms over the old service, and canary instance memory growing no more than 10 % over any 24 hours.',
      '',
      "The 20 % speed-up from the benchmark is not something the canary can confirm; the cohort is small and the comparison isn't randomised. If we want to say it is faster for buyers, that is a randomised A/B test once it is everywhere.",
      '',
      "What would make me stop early, even with every limit green: memory climbing in a straight line on the canary hosts, however slowly, or a single support ticket from a seller whose new-format photos don't show. Thursday is not a reason to keep going.",
    ].join('\n'),
  },
  // pricing-page-healthy: breezy, low-ceremony PM who trusts the engineers
  {
    id: 'bi051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Honestly, this one is low risk: it is a pricing page with a nicer table and nothing behind it changes. I'd get it out to some users ahead of Friday's campaign, keep an eye on sign-ups and the general health of the site, and if anything looks off we'd pull it back and work out what happened. The engineers know the page well, so I'd let them decide how to ship it. After the campaign we can look at whether the new table helped.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a Palauan English register, written
  {
    id: 'bi052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'Alii. For the cheaper summary model, I think the main thing is to go slowly. We put it out to some of the clinics first, a small number, and we watch how it is going. The vets will tell us if the summaries are not good, they are not shy. If many of them are unhappy, then we go back to the old model, no problem. If it is going fine after some time, we give it to everybody. The engineers know the technical part better than me, so I leave that one to them. Sulang.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: fragments naming devices and platforms (Android, iOS, web) with unbound numbers and terms
  {
    id: 'bi053',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Canary. Android, iOS, web, Singapore, Berlin, lunch peak. 0.5 %, 150 ms, 2 %, 1 %, 5 %, 20 %, 50 %, 100 %, five minutes, 24 hours. PM, ML lead, SRE, on-call, staff, beta, enterprise, new customers. Hold, gate, sign-off, rollback, flag, redeploy, thresholds, baseline, control. Eval harness, hallucination, thumbs-down, p95, token cost, compute, feature stores. Safety, better, randomised, A/B test. Ownership, decisions, routing, dashboards, alerts. Android first, iOS, web, regions.',
    ].join('\n'),
  },
  // search-tail-latency: slide-title fragments with terms and numbers shuffled together
  {
    id: 'bi054',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Search canary, tail latency, index layout. Rare queries and many filters, p99 and p99.9, hosting cost and 25 %. Institutional licences, 0.5 %, holds, the free tier, sign-off, 200 ms. Librarians, gates, rollback, 48 hours, beta, config, five minutes. PM and engineering, routing and decisions, control and baseline, 2 % and 100 %. Safety versus better, canary versus randomised A/B. Dashboards, SLOs, error budgets, on-call, release notes.',
    ].join('\n'),
  },
  // after-the-sale-healthy: numbered refusals with a one-line rationale under each
  {
    id: 'bi055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "It's cosmetic, so I'd keep the process light. Here is what I would not do:",
      '',
      "1. I wouldn't split what product decides from what engineering decides; the team ships it together.",
      "   A layout change doesn't need a chain of command.",
      "2. I wouldn't bother choosing which customers go first or holding anyone back until last.",
      '   Reviews above the fold affect everyone the same way.',
      '3. No rollback thresholds fixed in advance.',
      "   After last week's sale, any number we wrote down would be arbitrary.",
      '4. No ramp stages, and no holds between them.',
      '   Staging a layout change adds days for nothing, and leadership wants it out this week.',
      '5. Nobody signs off each step, since there are no steps.',
      '   A sign-off ritual for a gallery that lazy-loads is theatre.',
      '6. No special rollback authority and no on-call procedure for it.',
      '   Nobody is going to be paged about where the reviews sit.',
      '7. And no A/B test afterwards either.',
      '   Nobody expects it to change purchases.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a confident anti-process voice rejecting each practice in turn
  {
    id: 'bi056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I'd resist most of the canary ceremony for a prompt change. It's text, not code.",
      '',
      "I wouldn't carve out a separate role for product in the release; the assistant team can ship a prompt like any other config. I also wouldn't send it to English users first and German users last; ordering cohorts by language treats a change of tone as if it were a migration. I'm not a fan of committing to thumbs-down or eval-score thresholds before launch either, because feedback on tone is noisy and any number we picked would be arbitrary. Nor would I bother with p95 or token-cost gates; a warmer prompt is a few words longer, not a new model.",
      '',
      "No ramp of stages with holds, and no sign-off ritual at each one. I wouldn't set up an on-call rollback path for it either, since a prompt is not the kind of thing that should page anyone. Running a randomised A/B test afterwards to see whether it's better is also more than this deserves.",
      '',
      "The English-speaking team reviewed it, and that review is all the gate I'd want.",
    ].join('\n'),
  },
  // support-model-upgrade: a PM at a recipe-video app, drawing on their own product
  {
    id: 'bi057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H M'),
    text: [
      "At the recipe-video app I work on, we used the canary to settle the argument about our new recipe-search model, and I'd do the same here: the canary is our A/B test. The offline evals say the larger model is three points better; the canary is where we prove it on real payslip questions.",
      '',
      'What I own is which customers see it and in what order, the limits, and the decision to advance. The ML engineers own the routing and the serving.',
      '',
      "Our own HR team goes first, since they know the product's answers cold. Then the beta customers who opted in. Large employers go last, because a wrong payslip answer there hurts the most people.",
      '',
      'Before we start, we fix the limits: errors no more than 0.5 % above the old model, hallucination rate on the eval harness below 2 %, and cost per conversation no more than 40 % higher.',
      '',
      "The stages are 5 %, 25 %, 50 % and 100 %, with a hold of two days at each. The gate to advance is lift: the canary cohort's resolution rate has to beat the rest of the users by at least two points. If it does, that is our proof the bigger model is better, and we can tell finance the extra cost is worth it.",
      '',
      "If it beats the old model at every stage, we ship, and I'd put the canary's lift in the launch note as the headline result.",
    ].join('\n'),
  },
  // booking-purchases-lag: an analytics-trained candidate reasoning from sampling theory
  {
    id: 'bi058',
    scenario: 'service',
    class: 'misconception',
    points: points('T H S R'),
    text: [
      'Coming from an analytics background, I think the most important choice here is the cohort, and the answer is to make it random. A random 5 % of sessions is the fairest cohort there is: no group is favoured, no group is burdened, and the sample is unbiased, so whatever happens in it will happen everywhere. Starting with staff or friendly users would only bias the read. So it goes 5 % at random, then 25 %, then 50 %, then 100 %.',
      '',
      'Before the first session is routed we fix the limits: date-picker errors no more than 0.5 % above control, p99 booking-page load no more than 300 ms slower, and completed bookings no more than 3 % below control, measured over a 24-hour window because guests often book hours later, after talking it over at home.',
      '',
      'Each stage holds for at least 48 hours, and we move to the next only if all three limits held for the whole hold. The engineering lead and I sign each advance together.',
      '',
      'The on-call engineer may switch the booking page back to the old date picker at any time of day, without asking me, by turning off the feature flag; it takes effect in about two minutes. Dates already held in the new client-side store are carried over so nobody loses a booking in progress.',
      '',
      'That is also why the team cannot have 100 % this afternoon: the first full read on bookings is a day away.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a PM at a recipe-video app, talking about a hiring plan instead
  {
    id: 'bi059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "At my recipe-video app we're about to hire two more video producers and a junior PM, so I'll talk about how I'd run that. I'd start by writing the role descriptions with the content lead, because last time we hired for \"video skills\" and got editors who had never cooked. Then a paid test shoot: each candidate films a fifteen-minute recipe in our studio kitchen, which tells you more than any portfolio. For the PM role I'd use a take-home about our search funnel and a conversation with two of our creators. We'd aim to have offers out within four weeks, and I'd keep one slot open for an internal move from the community team, since they know our audience best. Each new hire would be paired with a buddy for their first month.",
    ].join('\n'),
  },
  // quiet-feedback-trap: an upbeat sales-and-marketing launch plan for a trade show
  {
    id: 'bi060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "For the launch I'd focus on the national veterinary conference in March, which is where most small-clinic owners choose their software for the year. We'd have a booth with a live demo: a vet dictates notes from a mock consultation and watches the summary appear. Pricing would be announced there, with a lower tier for single-vet clinics and a practice plan for groups of three or more. Before the conference we'd send a short email series to the mailing list with customer quotes and a three-minute video from one of our pilot clinics. Sales would follow up with every booth visitor within a week, and we'd measure success by demos booked and trials started by the end of April. I'd also prepare a one-page note for clinic managers on data privacy, since that's the first thing they ask about.",
    ].join('\n'),
  },
];
