import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Forty-fourth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers (ax028–ax040), written blind and labelled by hand. */
export const FORTY_FOURTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: spoken transcript with hesitations, numbers spelled out
  {
    id: 'ax028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "Um, so, okay. One-page checkout. The thing that jumps out is that it was tested on returning customers, and the people who'd get hurt are first-time buyers, right? So I'd, I'd go staff first, then returning customers who are on our beta list, and first-time buyers last, because they're the ones the lab never saw and they're the ones the spring campaign brings in.",
      '',
      "Um. Then thresholds. I'd set those up front, like before we start anything: checkout errors more than half a percent over the old checkout, and, er, first-order conversion down more than two percent against the control group, that's the big one. And page load, p99 up more than two hundred milliseconds.",
      '',
      "Then stages, so one percent, five, twenty-five, fifty, a hundred, and at each one we hold for, let's say, two full days so we get a weekend in there, and we don't go on unless the numbers stayed inside those limits.",
      '',
      "And if something trips, yeah, we'd pull it back. I think... yeah, that's roughly how I'd do it. And get it done before the campaign, obviously.",
    ].join('\n'),
  },
  // quiet-feedback-trap: terse telegraphic notes, quantities first
  {
    id: 'ax029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Cheaper summariser for vet clinics. Notes as I'd say them in the room.",
      '',
      '- PM decides the order of clinics, the stop limits and when we go further; ML engineering runs the serving, the routing and the deploy.',
      '- 0.5 % over baseline on errors, 400 ms on p95, 2 points on the eval-harness hallucination rate, 3 points on thumbs-down: any one breached and we stop. Written down and agreed before the first summary moves.',
      "- Eval sampling raised to 1 in 20 on canary traffic, otherwise there's nothing to read.",
      '- Cost per summary tracked daily; expected to fall.',
      '- Ramp gradual, pace to be worked out with the team as we go.',
      '- No particular order of clinics; the routing takes whoever it takes.',
    ].join('\n'),
  },
  // search-tail-latency: outline with Roman numerals
  {
    id: 'ax030',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'I. Order of users',
      'Our own researchers and staff first, then free-tier users, institutional licences last, because libraries pay for the service and complain through procurement.',
      '',
      'II. Stages and holds',
      '1 %, 10 %, 50 %, 100 %. At each stage we hold for two days, replaying the rare many-filter queries from our logs against the new index, and only advance once the tail latency looks no worse than on the old index.',
      '',
      'III. Who approves',
      'The search engineering lead and I sign off each step before it goes ahead.',
      '',
      'IV. What we keep an eye on',
      'p99 and p99.9 query latency, zero-result rate and timeouts, side by side with the old layout.',
      '',
      'V. The hosting saving',
      "The cheaper hosting is the reason for the change, so we'd report the saving once we're at 100 %.",
    ].join('\n'),
  },
  // support-model-upgrade: a PM new to canaries thinking out loud
  {
    id: 'ax031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I haven't done one of these before, so I'm thinking out loud. A bigger model sounds like a good thing, and the evals went up, so I suppose the risk is mostly that something odd happens we didn't expect. I'd probably want to try it with a few people first and see how it goes. Then, if people seem happy and nothing looks off, more people, and eventually everyone. I'd lean on the engineers for how exactly, since they know the assistant far better than I do. Cost is a fair question from Finance and I'd want to keep it in mind. If it went badly I imagine we'd go back to the old model. I think the main thing is not to rush it.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: a breezy startup founder
  {
    id: 'ax032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honestly, this one's a gift. It's twenty percent faster on the benchmarks and it supports the new photo format sellers keep asking for. I'd get it out to some of the traffic early in the week, keep an eye on the dashboards, and if it looks fine, keep going. Thursday is very doable. The team's strong, they've tested it, and the faster it's everywhere the sooner sellers get the new format. If anything weird shows up we'll deal with it then. Move fast, watch closely, ship it.",
    ].join('\n'),
  },
  // booking-purchases-lag: slide-deck fragments
  {
    id: 'ax033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary release, booking page.',
      'PM ownership versus engineering ownership.',
      'Segments, internal, opt-in, high-value last.',
      'Thresholds 0.5 % errors, 200 ms p99, 2 % conversion, pre-committed.',
      'Ramp 1 / 5 / 25 / 50 / 100.',
      'Holds, gates, metric-based.',
      'Sign-off, named, each stage.',
      'Rollback, on-call, 24/7, config flag, under five minutes.',
      'Canary versus A/B, safety versus improvement, randomised.',
      'Lagging bookings, hours of delay, conversion window.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: lower-case comma-separated keyword heap
  {
    id: 'ax034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'warmer prompt, German, formal address, Sie, du, thumbs-down 2 points, eval harness, hallucination, tone score, p95 300 ms, token cost per query, employees, beta, enterprise last, thresholds pre-committed, 0.5 % errors, 1 / 5 / 25 / 50 / 100, hold, gate, sign-off, PM, eng lead, on-call, rollback, 2 minutes, config flag, A/B randomised, safe not better, locale split, quarter of users, English team review',
    ].join('\n'),
  },
  // lunch-peak-recommendations: Welsh English register, written
  {
    id: 'ax035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Now then, I'll tell you straight what I wouldn't be doing, because there's a lot of ceremony talked about canaries. I wouldn't be carving up what's the PM's and what's engineering's; we're one team, isn't it. I wouldn't start with staff or early-access customers either, nor save the big basket shoppers for last. Fixed rollback numbers written down beforehand, no, I wouldn't bother with those for a recommendation model. Stages with a hold at each one, gates and all that, not for me. I'm not having a named person sign off every step, and I wouldn't hand the on-call engineer the power to roll back on their own. Watching eval scores, thumbs, p95 or compute cost per request, I don't see us doing any of that either. And the Singapore lunch peak, mind, I'd not plan round it specially. Tidy and simple, that's how I'd keep it.",
    ].join('\n'),
  },
  // after-the-sale-healthy: numbered list, one sentence per item with a reason after 'because'
  {
    id: 'ax036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "1. We won't set rollback thresholds before we start, because the week after a sale makes any baseline look odd.",
      "2. We won't bother with a staff-first or opt-in cohort, because the change is cosmetic.",
      "3. We won't hold at stages or gate the advances, because leadership wants it out this week.",
      "4. We won't have anyone sign off each step, because that only slows a harmless change.",
      "5. We won't give on-call the right to roll back on their own, because a layout change can't break anything serious.",
      "6. We won't split what the PM decides from what engineering decides, because the team is small.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts: a PM at a food-delivery company
  {
    id: 'ax037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      "I'm a PM at a food-delivery app, and honestly a payment SDK swap that adds wallets is the best kind of canary, because the canary doubles as our experiment.",
      '',
      'Engineering owns the SDK integration and the flag; I own the exposure decisions and when we step up. We start with staff ordering on their own phones, then opted-in beta customers, and keep the Friday-dinner regulars in the big cities for last, since a failed payment at peak is the worst outcome we have. Stages are 1 %, 5 %, 25 %, 50 %, 100 %, each held for at least a lunch and a dinner peak before the payments lead and I sign off the next step.',
      '',
      "The point of the canary, for me, is to prove that wallets lift checkout conversion. We compare the canary cohort's conversion with everyone else's, and once it's clearly higher, that is our launch case and our A/B result in one go. Thresholds I'd rather not fix up front: we'll see what normal looks like at the first stage and draw the lines from there, with the dashboard open.",
    ].join('\n'),
  },
  // support-model-upgrade: organised by three questions: who, when, how far
  {
    id: 'ax038',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H'),
    text: [
      "I'd answer it as three questions: who, when and how far.",
      '',
      'The who is simple. Our own payroll and HR staff go first, then customers who opted into early features, and large employers last, because a wrong payslip answer for them reaches thousands of employees. I own the order, the limits and the pace; engineering owns the serving and the switch. And only I may roll back: on-call pages me first and I make the call, because rolling back the assistant is a product decision.',
      '',
      "The when is about limits, fixed before any traffic moves: error rate more than 0.5 % above the old model, p95 latency more than 600 ms worse. For a model that's all we need, since errors and latency tell you whether it works; hallucination evals and thumbs-down are noise at this scale, and cost per conversation is Finance's question, not the release's.",
      '',
      'How far is a ramp of 1 %, 5 %, 25 %, 50 %, 100 %, holding a full day at each stage and moving on only when both limits stayed green.',
    ].join('\n'),
  },
  // pricing-page-healthy: pre-mortem told as a story from a future date (a marketing campaign)
  {
    id: 'ax039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "It's the Monday after the campaign, and we are explaining to the board why Friday's launch landed with a thud. The emails went out at three in the morning in half our markets. The video ad still showed last year's logo. Two partner newsletters ran the wrong discount code, and the landing page headline promised a feature we ship next quarter. Nobody owned the final proofread, because everybody assumed somebody else had it.",
      '',
      "So here is how the campaign actually runs. Copy and visuals are frozen on Wednesday, and the brand lead proofreads every asset against a single source of truth. Email sends are scheduled by local time zone, not by head office's clock. Partners get the discount code from one shared sheet, and each confirms it back in writing. The landing page headline is checked by product marketing against what is live today, not what is on the roadmap. On Friday morning one person, the campaign manager, walks through every link, every code and every send time, and only then do we press go.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a hiring plan memo
  {
    id: 'ax040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Hiring plan: a German-language content designer',
      '',
      'We need someone who writes natural, correctly formal German for product copy, and who can review tone for our German-speaking users, who are about a quarter of the base. The role sits in the content design team and reports to the head of content.',
      '',
      'We are looking for native or near-native German, at least three years writing interface copy, comfortable with style guides and terminology lists, and able to push back on English-first drafts. Experience with business email etiquette is a plus.',
      '',
      'The process is a screening call with the recruiter, a paid take-home in which the candidate rewrites ten interface strings and explains the choices, a panel with content design and the German market lead, and a final conversation with the head of content. We aim to make an offer within four weeks of posting.',
      '',
      'Budget is approved for one full-time hire this quarter, with relocation support if needed. Until the hire starts, an agency covers urgent German reviews.',
    ].join('\n'),
  },
];
