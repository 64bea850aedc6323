import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-second fresh set, author a: middling (av008–av010), weak (av011–av012), salad
 * (av013–av014), negated (av015–av016), misconception-led (av017–av018) and off-topic
 * (av019–av020) answers, written blind and labelled by hand before any grading.
 */
export const FORTY_SECOND_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: a data scientist turned PM, measured and hedged (invented)
  {
    id: 'av008',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text: [
      "Coming from data science, the part I care most about is measurement, so that's where I'll spend my answer.",
      '',
      "Before we switch any traffic, I'd fix the rollback criteria in writing. The new model's hallucination rate on our eval set can't be more than one point above the current one; thumbs-down on answers can't rise by more than 10 % relative; p95 latency has to stay under 3 seconds; and cost per conversation under 6 cents, which is the number I'd take to finance. Any one of those breached and we go back to the old model.",
      '',
      "I'd also be careful not to over-read the results. The three-point offline gain is on short questions, and payroll questions are often long. Even if the canary looks fine, it only shows the model doesn't break anything; to say it's better we'd need a proper randomised A/B test with enough conversations to detect a three-point difference, which probably means a couple of weeks.",
      '',
      "As for the rollout itself, I'd start small and increase it gradually, and the engineering team would handle the mechanics.",
    ].join('\n'),
  },
  // checkout-first-order: a PM at a mobile-games company
  {
    id: 'av009',
    scenario: 'service',
    class: 'middling',
    points: points('C T S'),
    text: [
      'At the games studio where I work we change the in-game store constantly, and the one lesson that keeps repeating is that returning players and first-time payers behave like different species. Same here: the usability lab only had returning customers in it.',
      '',
      "So I'd choose the order on purpose. Staff first, since they can place real orders and refund them. Then returning customers who've opted into the beta programme, who are the people the lab says will love it. First-time buyers come last, because they're the ones most likely to trip on auto-filled fields with nothing to fill, and they're the whole point of the spring campaign.",
      '',
      "I'd set the thresholds up front, before anything goes live: checkout completion for first-time buyers no more than 3 % below the old checkout, payment errors no more than 0.5 % above it, and page-load p95 under two and a half seconds.",
      '',
      "The head of e-commerce signs off every time we widen it; I'd bring her the numbers each time.",
      '',
      'Growth wants it before the campaign, and I get that, but slipping a week beats losing first orders at the peak.',
    ].join('\n'),
  },
  // quiet-feedback-trap: many parenthetical asides
  {
    id: 'av010',
    scenario: 'model',
    class: 'middling',
    points: points('P H R'),
    text: [
      "My job here (as opposed to engineering's, since they own the model deployment and the traffic routing) is to decide how far and how fast we go, and when we stop.",
      '',
      "I'd move in stages of 5 %, 25 %, 50 % and then everyone, and at each stage we hold (a week at 5 %, honestly, given how few summaries get graded) until there's enough evidence to judge; we don't move up until that gate is passed.",
      '',
      "Any engineer on call can switch the clinics back to the current model on their own authority (no ticket, no call to me at midnight); it's one flag and takes a couple of minutes.",
      '',
      "What I'd watch (and I admit this is where I'd lean on the ML team) is whether the summaries seem worse; vets do complain now and then, and we'd keep an eye on that.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: TL;DR first, then the details
  {
    id: 'av011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'TL;DR: go slowly, watch closely, be ready to undo it.',
      '',
      "The new resizer is faster in the benchmarks, which is great, but benchmarks aren't production. I'd put it out to a small part of the traffic first and see how it behaves over a few days rather than rushing to make Thursday. We'd keep an eye on the dashboards, performance especially, and if anything looked off we'd pull it back and have a look. Once we're comfortable, we'd widen it to everyone. Talking to sellers would matter too, in case some of their photos come out looking different.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: past tense of a plan already agreed ("we agreed that...")
  {
    id: 'av012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "We agreed as a team that we'd take this one carefully, since the new prompt changes how the whole assistant sounds. We agreed we'd release it gradually and keep an eye on how users react, especially in German, and that we'd check in with each other regularly. We also agreed that if people didn't like it we'd reconsider the wording, perhaps with help from a German speaker. Everyone felt this was a sensible, low-risk approach.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: bare noun-phrase notes, no clauses (invented)
  {
    id: 'av013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary. Recommendation model. PM ownership, engineering ownership, routing layer.',
      'Internal users, beta cohort, Singapore, Berlin, lunch peak, high-value customers last.',
      'Thresholds, 0.5 %, 200 ms, 2 %, p95, p99, pre-committed, baseline cohort.',
      'Ramp 1, 5, 25, 50, 100. Holds, gates, metric-based gates, 24 h, 48 h.',
      'Sign-off, ML lead, PM, named owner, each advance.',
      'Rollback, on-call, 3 a.m., config flag, under 5 minutes, no approval.',
      'Canary versus A/B test, safety versus improvement, randomised.',
      'Eval harness, hallucination rate, thumbs-down, token cost, compute cost, feature-store load.',
    ].join('\n'),
  },
  // search-tail-latency: many parenthetical asides
  {
    id: 'av014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary release (search index) — the PM (decisions) versus engineering (routing, deploy), segments (internal, beta, free tier, institutional licences last?), thresholds (p99, 250 ms, 0.5 %, searches per session, baseline), stages (1 %, 5 %, 25 %, 100 %) and holds (gates, metric-based, time-based), sign-off (named, each advance), rollback (on-call, any hour, config, minutes), canary versus A/B (safety, improvement, randomised), tail latency (rare queries, many filters), cost (hosting, cheaper) — all of that, roughly in that order (more or less).',
    ].join('\n'),
  },
  // after-the-sale-healthy: a sceptical senior PM who questions the premise, then answers
  {
    id: 'av015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Honestly, I'd question why this needs a canary at all. It's a cosmetic change to a product page, leadership wants it out this week, and I agree with them.",
      '',
      "So I wouldn't bother with the ceremony. I wouldn't carve up who owns which decision between me and engineering; they can just ship it. I wouldn't pick who goes first either (staff, beta users, big spenders), it makes no difference for a layout change. I wouldn't write rollback thresholds in advance; with last week's sale distorting every number, any limit we picked would be meaningless. I don't see the point of staged holds or gates, and I wouldn't ask anyone to sign off each step; that's how a one-day change becomes a three-week project. Who is allowed to roll it back isn't something I'd spend time on for a product page. And I wouldn't set up an A/B test afterwards either; nobody is asking whether it's better.",
      '',
      'Ship it to everyone and move on.',
    ].join('\n'),
  },
  // support-model-upgrade: a South African English register, spoken (transcript)
  {
    id: 'av016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Ja, look, I'll be honest, hey, I wouldn't go the whole canary route on this one. It's the same prompt, just a bigger model. I wouldn't sit and decide which customers go first, I don't think that's worth the effort. I'm not going to pin down rollback numbers before we start, and I wouldn't have us holding at five percent and twenty-five percent waiting for gates, that just slows everything down, man. Nobody needs to sign off each step. I wouldn't bother tracking hallucinations or thumbs-down or token cost separately either, the evals already went up three points. And I'm not going to pretend we need an A/B test afterwards.",
      '',
      "Eish, finance wants a number per conversation, fine, we'll give them a rough one at month end. We just switch it over, sharp sharp, and move on.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a mobile-games company
  {
    id: 'av017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H R'),
    text: [
      "At my games studio we've shipped plenty of models, matchmaking and which offer to show in the shop, and what I've learned is that a model is just another service. If it isn't throwing errors and it isn't slow, it's working; quality takes care of itself, and the offline evals have already told us that part. So my canary for the recommendation model watches exactly two things.",
      '',
      'Engineering owns the serving and the traffic split; I own the decisions about exposure order, limits and holds.',
      '',
      'Staff accounts go first, then opted-in beta users in both regions, with the big Asian markets last, since their lunch peak is where the feature stores get hammered.',
      '',
      "Before any traffic moves we fix the limits: errors more than 0.4 % above control, or p99 latency more than 250 ms over the old model. Those two are the whole guard. I don't see the point of tracking basket quality, eval scores or compute cost during a rollout; for a release decision that's noise.",
      '',
      'We go 1 %, 10 %, 50 %, 100 %, holding 24 hours at each, and only advance if both numbers stayed green.',
      '',
      "The on-call engineer in either region can flip back to the old model at any hour without asking me; it's a config switch and takes a couple of minutes.",
    ].join('\n'),
  },
  // booking-purchases-lag: TL;DR first, then the details
  {
    id: 'av018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text: [
      'TL;DR: the canary is our A/B test. Half the point of going slowly is to prove the new date picker books more stays, and the canary cohort gives us exactly that comparison.',
      '',
      'The details. Engineering owns the flag and the client-side rollout; I own who gets it when, how long we wait, and when we stop.',
      '',
      "Staff go first, then guests who've opted into early features, then everyone else, with returning guests who have upcoming stays last, since a broken date store could cost them a trip they've already planned.",
      '',
      "We go 5 %, 20 %, 50 %, 100 %, and at every step we hold for a full day and compare the canary's booking rate with everyone else's. If the canary books more, that's our proof the redesign works, and I'd present it as the quarter's win; the design lead and I sign off each step up on that basis.",
      '',
      'The on-call engineer can turn the flag off at any hour without checking with me, and it takes effect within a minute.',
      '',
      'Because bookings lag by hours, the longer holds also give the lift time to show up, which is the number leadership really wants.',
    ].join('\n'),
  },
  // pricing-page-healthy: past tense of a plan already agreed ("we agreed that...")
  {
    id: 'av019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "We agreed that the Friday campaign would lead with the annual plan, since that's where the margin is. The creative team agreed to deliver three video cuts of fifteen, thirty and sixty seconds, and we agreed the budget split: sixty percent paid social, a quarter on video pre-roll, and the rest on creator partnerships with three editing channels we already work with. We agreed the ad copy would stress 4K export on every plan, because the survey said that was the most misunderstood feature. Finance agreed to a half-price first month with a promo code, capped at ten thousand redemptions. We also agreed that the community manager would host a live editing session over the weekend, and that we'd compare cost per trial across channels afterwards and move spend to whichever is cheapest.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a few numbered principles, then the plan that follows from them
  {
    id: 'av020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Three principles I hire by, then the plan.',
      "1. Hire for the problem you'll have in a year, not the one you have today.",
      '2. One senior person who has shipped beats two who have only researched.',
      "3. Nobody joins without meeting the people they'll support.",
      '',
      'For the summaries team, the first hire is a senior ML engineer who has run models in production rather than another researcher, because our bottleneck is serving cost and reliability. The second is a part-time clinical adviser, a practising vet two days a week, who writes the guidelines our annotators follow. The third, once those two are in, is an annotator lead who turns that guidance into a labelled set of a few thousand visit notes.',
      '',
      'Every candidate does a paid half-day working session with the team and spends an hour with a clinic that uses the product. The budget covers all three within the year if the cheaper model brings hosting costs down as much as we hope.',
    ].join('\n'),
  },
];
