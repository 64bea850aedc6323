import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-seventh fresh set, author b: middling (bk028–bk030), weak (bk031–bk032), salad (bk033–bk034),
 * negated (bk035–bk036), misconception-led (bk037–bk038) and off-topic (bk039–bk040) answers,
 * written blind and labelled by hand.
 */
export const FIFTY_SEVENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: a short aside about a rollback the candidate once had to make
  {
    id: 'bk028',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      "I'd treat this as two changes in one: a faster checkout for returning customers, and a risk for first-time buyers, who have no saved address or card and are the whole point of the spring campaign.",
      '',
      "I'd own the decisions about who sees it and what counts as failure; engineering owns the flag and the deploy. Staff first, then returning customers who have ordered at least three times, since they're the ones who loved it in the lab and have everything saved. First-time buyers last, because a single page of empty fields is where this could go wrong, and every lost first order is a customer we never get.",
      '',
      "Before we start, I'd fix the limits: checkout error rate no more than 0.5 % above the three-step checkout, p99 page load no more than 200 ms worse, and first-order conversion not down more than 2 % against the old checkout.",
      '',
      "Then we'd go to 10 %, 50 % and everyone, ideally before the campaign.",
      '',
      "I once had to pull a checkout redesign back after a promo email had gone out, and what I remember is how long it took us to notice, not to fix it. So I'd want someone looking at first-order conversion every day.",
      '',
      'If it goes wrong, we revert.',
    ].join('\n'),
  },
  // quiet-feedback-trap: each stage described by what it is meant to catch
  {
    id: 'bk029',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'The first stage, 5 % of summaries, is meant to catch the crude failures: timeouts, empty summaries, the new model refusing long notes. It holds for three days.',
      '',
      'The second, 25 %, is meant to catch hallucinations, so it holds until the eval harness has graded at least 800 summaries from the new model; we raise its sampling for canary traffic to one in twenty so that happens within the week.',
      '',
      "The third, 50 %, is meant to catch what vets notice and the harness doesn't, so it waits for at least 300 ratings or edited summaries.",
      '',
      'Then 100 %.',
      '',
      "The limits are set before we start and don't move: summary error rate no more than 0.5 % above the old model, p95 latency no more than 800 ms worse, hallucination rate on graded summaries no more than 1 point above the old model, and vet edit rate no more than 4 points higher. We expect cost per summary to drop by about half, and we'll check that it does.",
      '',
      'If a stage breaks a limit, we stop there and look into it.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: thresholds written with the metric's full name every time, no abbreviations
  {
    id: 'bk030',
    scenario: 'service',
    class: 'middling',
    points: points('C T H R'),
    text: [
      'Sellers in our internal test shop go first, then sellers who opted into the beta of the new photo format and expect rough edges; the top sellers with the most listings go last, because a slow listing page costs them and us the most.',
      '',
      "Before any image goes through the new service, the limits are set: image resize error rate no more than 0.5 % above the old resizer, ninety-ninth percentile resize latency no more than 150 milliseconds above the old resizer, resizer memory use per instance no more than 20 % above the old resizer at the same hour, and listing page views per session no more than 2 % below the old resizer's cohort.",
      '',
      "The ramp goes 2 %, 10 %, 25 %, 50 % and 100 %, and each stage holds for 36 hours without a restart before it goes on, because a benchmark run of a few minutes won't show a service that gets slower over a day. Thursday can slip.",
      '',
      'Any on-call engineer may send traffic back to the old resizer by setting its load-balancer weight back to 100, which takes a couple of minutes, without asking anyone first.',
    ].join('\n'),
  },
  // support-model-upgrade: a Tokelauan English register, spoken
  {
    id: 'bk031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Ok so, for the bigger model, eh, I think we go slowly. We put it out to some people first, not everybody, and we watch how it goes.',
      '',
      'The engineers know the system better than me, so they tell us when it looks ok. If the users are not happy, we can always go back to the old one, no big problem.',
      '',
      "About the cost, we talk to finance later when we see how it goes. Careful is better, that's all. Fakafetai.",
    ].join('\n'),
  },
  // pricing-page-healthy: a cheerful marketing-minded candidate
  {
    id: 'bk032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honestly, this one is low drama: it's a pricing page with a nicer table, and the checkout behind it doesn't change.",
      '',
      "I'd get it out in good time for Friday's campaign, roll it out gradually, keep an eye on the numbers and make sure marketing and support know it's coming. If anything looks off, we can tweak it.",
      '',
      'The main thing is that the page looks great when the campaign traffic lands, and that we learn from how people use it.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a grocery-delivery substitution model (fragments only)
  {
    id: 'bk033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Substitution model background. Out-of-stock swaps, acceptance rate. Recommended baskets.',
      'Regional feature stores. Singapore lunch peak, Berlin early morning.',
      'Canary: 1 %, 5 %, 25 %, 50 %, 100 %. Holds, gates, sign-off, tech lead.',
      'Staff, early access, Europe, South-East Asia.',
      'Error rate 0.5 %. p99 150 ms. p95. Add-to-basket −2 %. Control cohort, baseline.',
      'Eval harness, hallucination, thumbs-down, token cost, compute cost.',
      'On-call, rollback, routing flag, under 5 minutes, any hour.',
      'PM versus engineering ownership. Thresholds pre-committed.',
      'Canary versus randomised A/B test. Safety, not improvement.',
    ].join('\n'),
  },
  // booking-purchases-lag: a heap of slash-separated notes
  {
    id: 'bk034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Booking page canary / date picker / shorter form / client-side store / lag in hours.',
      'Internal guests / opted-in beta / returning guests / new guests / last.',
      'Thresholds / errors 0.5 % / p99 200 ms / bookings −2 % / baseline / control.',
      'Stages 1 % / 10 % / 25 % / 50 % / 100 % / 24-hour holds / gates / product manager sign-off / engineering lead sign-off.',
      'Rollback / on-call / any hour / flag / two minutes / no approval.',
      'Ownership / PM decisions / engineering routing.',
      'Canary safe / A/B better / randomised.',
      '100 % this afternoon?',
    ].join('\n'),
  },
  // after-the-sale-healthy: the plan told as promises to engineering, support and leadership, each rejecting a practice
  {
    id: 'bk035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "I'd make a few promises and keep them short.",
      '',
      "To engineering: I won't saddle them with rollback thresholds fixed in advance. It's a cosmetic change, and numbers written down before we've seen any traffic are guesses, so I won't commit to any. Nor will I split decisions into mine and theirs; whoever is around decides.",
      '',
      "To support: I won't stage it through staff and beta users first or hold any customers back for last. There's no order worth planning for moving reviews up a page.",
      '',
      "To leadership: I won't slow it down with ramp stages and holds, and I won't ask anyone to sign off an advance. We won't need a rollback owner or a rollback drill either.",
      '',
      "And to whoever asks later whether it helped: I won't be commissioning a randomised A/B test. It goes to everyone this week.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a breezy contrarian in short paragraphs
  {
    id: 'bk036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I wouldn't overthink a prompt change.",
      '',
      "We wouldn't bother with fixed thresholds decided up front, for errors, latency, thumbs-down or anything else. We wouldn't pick an order of users either: no staff first, no beta group, no saving the German users for last.",
      '',
      "There'd be no ramp of stages with holds between them and no sign-off at each step, and I wouldn't draw a line between what the PM decides and what engineering decides.",
      '',
      "I'm not planning an eval harness run, a hallucination check or a token-cost watch for this, and we won't set up an on-call rollback path for it.",
      '',
      'Nor would I follow it with a randomised A/B test.',
      '',
      'Ship it to everyone and read the replies.',
    ].join('\n'),
  },
  // support-model-upgrade: each stage described by what it is meant to catch (the canary run as the A/B test)
  {
    id: 'bk037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S R'),
    text: [
      "The offline evals already say the bigger model is better, three points on short questions. The canary is where we prove it with real users, so I'd run it as our A/B test.",
      '',
      'The first stage, our own HR and support staff, is meant to catch any obvious breakage before customers see it; it holds for two days. The second, 10 % of customer admins in the beta, is meant to catch the lift: resolution rate on the canary against everyone still on the old model. It holds for a week so the uplift is significant. The third, 50 %, is meant to confirm the lift on long payslip questions, and it holds for four days. Then 100 %, with enterprise payroll teams last because they notice a wrong answer first.',
      '',
      'Before we start, the limits are fixed: error rate no more than 0.5 % above the old model, p99 latency no more than 400 ms worse. If either breaks, the on-call engineer switches the flag back to the old model at once, at any hour, without asking anyone. It takes about a minute.',
      '',
      'The support lead and I sign off each step, and when the canary shows resolution up, that result goes to finance as the answer on cost per conversation: a better model is worth the extra spend.',
      '',
      "Since the canary is the A/B test, we won't need a separate one.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: a short aside about a rollback the candidate once had to make (only the PM may roll back)
  {
    id: 'bk038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S'),
    text: [
      'I own the decisions on this release: which cities go first, the limits and the pace. The platform team owns the deploy and the traffic split.',
      '',
      'Staff rides go first, then riders in the beta programme, then our smaller cities; the big weekend-night markets come last because a fare bug there hits the most trips.',
      '',
      'The limits are written down before the first fare is calculated: pricing errors more than 0.5 % above the old service, p99 fare latency more than 250 ms worse, completed trips per request down more than 2 % against the old service.',
      '',
      'The ramp is 1 %, 5 %, 25 %, 50 %, 100 %, holding 24 hours at each step through one night peak and the billing batch, and I sign off each step with the engineering lead.',
      '',
      "Rollback is the one thing I keep to myself. When a limit breaks, on-call pages me, I look at the dashboard and I decide; nobody rolls back fares without the PM, even at 2 a.m., because a rollback is a business decision. I learnt that the hard way: an engineer once rolled back a release of mine in the middle of the night on a blip, and we lost a launch slot for nothing. Since then it's page me first, and I answer within half an hour.",
    ].join('\n'),
  },
  // checkout-first-order: a campaign manager's launch brief for the spring campaign
  {
    id: 'bk039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "For the spring campaign I'd start from the audience. We have about 300,000 active customers, and the campaign should speak to three groups: gardeners getting ready for the season, people furnishing a balcony or patio, and lapsed customers who haven't bought since autumn.",
      '',
      'Each group gets its own email sequence and landing page, with seasonal photography shot in real gardens rather than a studio. Paid social runs two weeks ahead of the email, so people have seen the brand before the offer arrives.',
      '',
      'The offer itself should be simple: free delivery over a basket threshold, not a percentage off, which protects margin on heavy items like planters and soil.',
      '',
      "I'd brief the customer-service team on the offer terms and make sure the warehouse has staff lined up for the peak in orders. Success is repeat purchase within sixty days, not just the first-week spike.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a hiring manager planning the team
  {
    id: 'bk040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'The summariser team is too small for what clinics are asking of it, so my first priority is hiring.',
      '',
      "I'd open two roles now: a machine-learning engineer who has shipped language features in production, and a clinical content reviewer, ideally a vet nurse, who can read summaries the way a vet would. The reviewer matters more than it sounds; nobody on the team today can tell a good handover note from a bad one.",
      '',
      "Interviews would be a take-home exercise on real, anonymised visit notes, then a conversation with two clinics we work closely with, so candidates meet the people they'd be building for.",
      '',
      "I'd rather wait a month for the right reviewer than fill the seat quickly. Once both are in, the next hire is a designer for the clinic dashboard.",
    ].join('\n'),
  },
];
