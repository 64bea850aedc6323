import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-sixth fresh set, author b: middling (bj028–bj030), weak (bj031–bj032), salad (bj033–bj034),
 * negated (bj035–bj036), misconception-led (bj037–bj038) and off-topic (bj039–bj040) answers,
 * written blind, labelled by hand.
 */
export const FIFTY_SIXTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak: holds given as a count of requests (images resized) rather than time
  {
    id: 'bj028',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "This service only gets slower over time and is only restarted on deploys, so I'd measure exposure in images resized, not hours.",
      '',
      "We'd send a random 2 % of resize requests to the new service. Before that, we agree the stop lines: resize p99 more than 150 ms above the old service, error rate above 0.3 %, or memory per instance growing more than 10 % per million images served. Those are fixed; nobody adjusts them mid-release.",
      '',
      "Stages: 2 % until it has resized 3 million images without a restart, then 10 % until 10 million, then 50 % until 30 million, then everyone. We hold at each stage until the count is reached and the memory line is flat. Thursday isn't a deadline I'd honour if the counts aren't in.",
      '',
      "If any line is crossed, the on-call engineer points traffic back at the old resizer straight away, no permission needed. It's a load-balancer weight change, about two minutes.",
      '',
      "After that we'd look at whether sellers use the new format.",
    ].join('\n'),
  },
  // support-model-upgrade: the plan as said to the incident commander before the release
  {
    id: 'bj029',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      "Here's what I'd tell the incident commander on the morning we start.",
      '',
      "The decisions about this release are mine: who gets the bigger model and when we move to the next group. The model serving, the flag and anything that breaks in them are yours and the platform team's.",
      '',
      'We start with our own payroll and HR specialists, who know the right answers and will notice a wrong one; then customers in the beta; large employers last, because a wrong answer about pay at a big customer turns into a formal complaint.',
      '',
      "What we watch beyond errors: the eval harness's hallucination score on payslip questions, thumbs-down on answers, p95 response time, and the cost of each conversation, since Finance is asking.",
      '',
      "We'll move up when it looks healthy. If something looks wrong, tell me and we'll decide together whether to pull it.",
    ].join('\n'),
  },
  // checkout-first-order: each sign-off named by role, with a named backup
  {
    id: 'bj030',
    scenario: 'service',
    class: 'middling',
    points: points('C H S A'),
    text: [
      "I'd start by deciding who sees the one-page checkout. Staff who shop with us go first, then returning customers in the loyalty programme who signed up for previews, then other returning customers. First-time buyers come last, because they have no saved address or card, which is exactly the path the usability lab never tested, and because the spring campaign brings them in.",
      '',
      'So there are four steps, and we stay at each one for at least two days and until the next signature is given. The e-commerce product manager signs each move, with the head of product as backup. The checkout engineering lead signs beside them, with the senior checkout engineer as backup. No signature, no move.',
      '',
      "We'd keep an eye on conversion and errors along the way.",
      '',
      "And I'd be careful with the lab result. The canary will tell us the page doesn't break anything; it won't tell us it converts better. That needs an A/B test with first-time buyers randomised.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a Tuvaluan English register, spoken
  {
    id: 'bj031',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'Talofa. For the summary one, I think we go slowly, eh. We put the new model for some clinics first and we see how it goes, we watch the numbers.',
      '',
      'If the vets are not happy with it, we go back to the old one. The engineers know this part well, I will trust them for that.',
      '',
      'Cheaper is good for the clinics, but the quality also matters, so we keep our eyes on it. After some time, when it is all fine, everybody gets it. Fakafetai.',
    ].join('\n'),
  },
  // pricing-page-healthy: a PM at a parking-payment app
  {
    id: 'bj032',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "At the parking-payment app I work on we ship page changes like this all the time, and honestly a pricing page is low risk. I'd roll it out gradually ahead of Friday's campaign, keep an eye on the dashboards, and if sign-ups drop we'd look into it and maybe revert. Marketing would be kept in the loop. The main thing is getting it live before the campaign so the links work.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: verbless noun strings, one topic per line
  {
    id: 'bj033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Canary release, fare calculation, new pricing service.',
      'PM ownership, engineering ownership, routing layer.',
      'Cohorts internal beta riders drivers enterprise last.',
      'Thresholds 0.5 % 200 ms 2 % baseline control pre-committed.',
      'Ramp 1 5 25 50 100, hold, gate, sign-off.',
      'Rollback authority on-call 2 a.m. config flag five minutes.',
      'Batch window, billing, nightly, Tuesday evening.',
      'Canary safety, A/B randomised, better versus safe.',
      'Ownership, cohorts, thresholds, ramp, holds, gates, sign-off, rollback.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: consultancy-deck register: long nominal phrases that sound like sentences
  {
    id: 'bj034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Holistic canary-centric rollout paradigm for recommendation-model excellence across Europe and South-East Asia.',
      '',
      'Hallucination-aware eval-harness thumbs-down p95 token-cost synergy, with cohort-first threshold-led ramp-hold-gate alignment at the 1 %, 5 %, 25 %, 100 % level.',
      '',
      'Sign-off empowerment meets rollback readiness meets canary-versus-A/B clarity: a safety-not-improvement mindset, 0.5 % and 200 ms and 2 %, feature-store capacity, lunch-peak awareness.',
      '',
      'PM ownership and engineering ownership in a continuous journey of cohort, threshold, hold, sign-off, rollback, A/B and model-quality signal maturity.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a short aside about a metric that once misled the candidate
  {
    id: 'bj035',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "Honestly, I wouldn't make a ceremony of this. It's a prompt, not a new model.",
      '',
      "I wouldn't bother with fixed thresholds; numbers set in advance are always wrong for a wording change. I'm not going to carve users into segments or put the German speakers anywhere in particular in an order. No ramp stages or holds either. Nobody needs to sign anything off, and I won't draw up a special rollback arrangement or say who owns it. I don't see the point of separating what the PM decides from what engineering does on a change this small.",
      '',
      "I also won't run a separate A/B test, and I don't find the line between a release being safe and being better a useful one here.",
      '',
      "Model-quality dashboards, evals, thumbs-down, token cost, I'd skip as well. A metric misled me once: thumbs-up rate rose after a prompt change, but only because fewer people bothered to rate at all. Since then I don't put weight on feedback numbers.",
    ].join('\n'),
  },
  // staff-cohort-artifact: the plan as said to the incident commander before the release
  {
    id: 'bj036',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "What I'd tell the incident commander: this one doesn't need much from either of us.",
      '',
      "I'm not going to claim the release decisions as mine or split them out from what engineering does; it's bigger photos and a size guide.",
      '',
      "We won't start with staff or with any other particular group. I don't want a segment order at all.",
      '',
      "I'm not writing rollback numbers down in advance, and there won't be stages with holds between them, so there's no sign-off to wait for at each step.",
      '',
      "I'm not setting out who may roll back or how fast.",
      '',
      "And I'm not treating the canary as a safety check that's somehow different from an A/B test. We won't run an A/B test either.",
    ].join('\n'),
  },
  // booking-purchases-lag: holds given as a count of events (completed bookings) rather than time
  {
    id: 'bj037',
    scenario: 'service',
    class: 'misconception',
    points: points('T H S R'),
    text: [
      "The way I see it, this canary is our experiment. The new date picker goes to a slice of guests, the old one stays with everyone else, and when the canary's booking rate beats control we have our proof that the shorter form is better. No separate A/B test is needed; the canary is the A/B test.",
      '',
      "Before anything moves, I'd fix the stop lines: booking-page errors more than 0.3 points above control, p99 page load more than 400 ms slower, and bookings per search down more than 3 % against control, counting bookings completed within 48 hours of the search, because guests book after talking it over.",
      '',
      'Stages by bookings, not by clock: a random 5 % of visitors until 1,500 completed bookings in the canary, 25 % until 6,000, 50 % until 12,000, then 100 %. We hold at each until the count is in, however keen the team is to finish this afternoon. The engineering lead and I sign off each advance together.',
      '',
      'If a stop line is crossed, the on-call engineer switches the flag back straight away, without approval; it takes a minute or two.',
      '',
      "And once the canary shows the lift, that's the number we take to leadership as the win.",
    ].join('\n'),
  },
  // quiet-feedback-trap: each sign-off named by role, with a named backup
  {
    id: 'bj038',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S R'),
    text: [
      "Summaries are text in, text out, so a model change is really an infrastructure change. If the new model errors no more than the old one and answers as fast, it's fine. Offline evals settled quality when the model was chosen, and vet ratings are too rare to mean anything, so error rate and latency are the whole dashboard. I wouldn't spend time on the eval harness or on ratings.",
      '',
      "Order: our in-house veterinary advisers' demo clinic first, since they'll spot a broken summary; next, clinics in the early-access programme, who expect rough edges; large multi-site hospitals last, because they're our biggest contracts.",
      '',
      'Limits, written down before the switch: errors above 0.5 % absolute, or p99 above 6 seconds, and we stop.',
      '',
      'Stages: 5 %, 25 %, 50 %, 100 %, each held at least a day with the peak included, and advanced only when both numbers are inside their limits.',
      '',
      'Sign-offs at every advance: the product manager for clinical tools, with the group product manager as backup; and the ML platform lead, with the senior ML engineer as backup.',
      '',
      'Rollback: the on-call engineer flips the model config back without asking anyone, in about two minutes.',
    ].join('\n'),
  },
  // after-the-sale-healthy: a PM at a parking-payment app
  {
    id: 'bj039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "At the parking-payment app, the thing I'd sort out first is the team. We're hiring two product managers this quarter, one for in-car payments and one for the council enforcement partnerships.",
      '',
      "I'd write both job descriptions with the design lead, then set a take-home about pricing a new permit zone, followed by two interview panels: one on product sense, one with engineering on how the candidate works with a team. References before the offer, always.",
      '',
      "For onboarding, each new PM gets a buddy for the first month, sits in on support calls in week one, and owns a small feature by the end of their first quarter. I'd also budget for a conference each, because it helps us hire the next ones.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: a Tuvaluan English register, spoken
  {
    id: 'bj040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'Talofa. For this one I think we start with the story, eh. A weekly basket subscription, fresh fruit and vegetables every Monday, and the customer can skip a week any time.',
      '',
      'We make a short video with a real family, and we talk with the farms we buy from so they can be in it too. Then a press day, and the influencers in both Europe and Asia get a free month.',
      '',
      'Price, we keep it simple, one small basket and one family basket. The launch party is at the Berlin office, and the Singapore team has their own one. Fakafetai.',
    ].join('\n'),
  },
];
