import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-fifth fresh set, author b: middling (ay028–ay030), weak (ay031–ay032), salad (ay033–ay034),
 * negated (ay035–ay036), misconception-led (ay037–ay038) and off-topic (ay039–ay040) answers,
 * written blind, labelled by hand.
 */
export const FORTY_FIFTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: a PM at a telecom provider
  {
    id: 'ay028',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'At the operator, whenever we swap the model behind our customer-care chatbot, we do it the same way, and I would do the same here.',
      "The first users are the company's own HR and payroll team, who know the right answer to every payslip question. Then a group of small customers who have opted into previews. The large employers go last, because their employees' pay questions are the ones that turn into escalations and account-manager calls.",
      'Before anyone is moved we set the numbers: answers the eval harness marks as wrong above 2 %, a thumbs-down rate more than 3 points worse than today, cost per conversation no more than 30 % above the current model, and p95 response time under 6 seconds. If any of those is crossed we revert to the old model.',
      "After that we'd widen it over two or three weeks as long as the numbers look fine, and send Finance the cost per conversation every week, since that is what they asked for.",
    ].join('\n'),
  },
  // checkout-first-order: a handover note to a colleague taking over the release
  {
    id: 'ay029',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      "Handing the one-page checkout release over to you, with a few notes so you're not starting cold.",
      '',
      "The flag is set up with stages at 5 %, 20 %, 50 % and 100 % of checkout sessions. Each stage is a gate: it stays put for at least two days, including a weekend day, and doesn't move until the checkout dashboard has been reviewed. The engineering manager for checkout signs off every move up, so please don't advance without her written OK in the release ticket.",
      '',
      "The on-call engineer for checkout has the authority to switch the flag back to the three-step checkout on their own, at any hour, and it takes effect in about a minute. They don't need you or me to approve; they post in the incident channel afterwards.",
      '',
      'Growth will lean on you to reach 100 % before the spring campaign. Keep an eye on the first-order numbers as you go, because the usability lab only had returning customers in it.',
      '',
      "Good luck, and ping me if anything's unclear.",
    ].join('\n'),
  },
  // quiet-feedback-trap: 'I' and 'we' mixed freely
  {
    id: 'ay030',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      'I see my job here as deciding the order clinics get it in, what would stop it and when we move on, and we leave the mechanics, the routing and the deploy of the cheaper model, to the ML engineers.',
      "We'd start with the clinics in our pilot group, who read their summaries carefully and ring us when something's off, and I'd keep the emergency and surgical clinics until the end, because a dropped medication there matters most.",
      "What I'd watch is more than errors. We'd track the eval harness scores on the sampled summaries, how often vets edit a summary before saving it, and the cost per summary, which is the whole point of the change. I know the harness only grades one summary in two hundred, so we'd need to be patient with it.",
      "From there we'd increase the share as the numbers come in and we feel comfortable, and pull it back if the quality looks worse.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: Australian English register, spoken
  {
    id: 'ay031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Yeah look, honestly I'd just roll it out bit by bit, you know, not everyone at once. Keep an eye on the graphs, see how the images are loading, and if it starts looking a bit dodgy we'd pull it back.",
      "The team reckons it's twenty per cent faster, which is heaps good, so I wouldn't expect any dramas, but you never know with a rewrite. I'd have a chat with the engineers about how they want to go about it, they know the service better than me, and we'd probably be right to have it everywhere by Thursday if nothing goes pear-shaped.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a long email to a peer PM asking for a review of the plan
  {
    id: 'ay032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Subject: Quick sanity check on the new assistant prompt',
      '',
      'Hi,',
      '',
      "Could you have a look at how I'm thinking about the new system prompt for the email assistant? You've launched more AI features than I have, so I'd value your eye on it.",
      '',
      "The rewrite makes the assistant sound warmer and more casual, which I think users will like. My plan is basically to release it gradually and keep an eye on how people respond. If people seem unhappy we can always switch back, so the risk feels manageable. I'm not too worried, honestly, because the team reviewed it carefully and it read really well.",
      '',
      "I'll probably loop in someone from the German side at some point, since a fair share of our users write in German. I'll also keep the support team in the loop in case anything comes up.",
      '',
      "Does that sound reasonable? Anything you'd add or do differently?",
      '',
      'Thanks a lot,',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a telecom provider
  {
    id: 'ay033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Telco-style canary, recommendation model v2.',
      'Feature stores, regional capacity, Singapore lunch peak, Berlin night shift.',
      'Cohorts, staff, beta, 1 %, 5 %, 25 %, 100 %.',
      'Thresholds, 0.5 %, 150 ms, p95, p99, error budget, SLO, NOC.',
      'Hallucination, eval harness, thumbs-down, click-through, token cost, compute per request.',
      'Gates, holds, sign-off, go/no-go, RACI, PM versus engineering, on-call, rollback, kill switch, five minutes.',
      'Canary versus A/B, randomised, lift, safety, significance.',
      'Maintenance window, method of procedure, change ticket, bearer, cell site, subscribers.',
      'Alignment, visibility, stakeholders, best practice.',
    ].join('\n'),
  },
  // after-the-sale-healthy: a spoken transcript full of fillers
  {
    id: 'ay034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Um, so, canary, yeah. Canary release, staff cohort, the sale, twenty per cent off, baseline, last week, this week, conversion, uh, control, thresholds, 0.5 %, 200 ms, 2 %, p99.',
      'Um, ramp, one, five, twenty-five, fifty, a hundred, holds, gates, sign-off, the PM, engineering, routing, rollback, on-call, three minutes.',
      'A/B, randomised, safe versus better, um, seasonality, reviews above the fold, lazy-loading, gallery, Core Web Vitals. Yeah. All of that, basically.',
    ].join('\n'),
  },
  // search-tail-latency: a long email to a peer PM asking for a review of the plan
  {
    id: 'ay035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Subject: Search index move, would you look over my thinking?',
      '',
      'Hi,',
      '',
      "Would you look over my approach to the new index layout before I send it up? I've kept it deliberately light.",
      '',
      "I'm not planning to pre-agree rollback thresholds. Search latency bounces around too much for a fixed line to mean anything, so I'd rather we didn't commit to a p99 limit or an error-rate limit up front. Likewise I don't see the point of ordering cohorts: I wouldn't put staff or the free tier first, and I wouldn't hold the institutional licences back, since the index is the same for everyone.",
      '',
      "I also don't want staged holds. Sitting at 5 % and then 25 % for a day each feels like ceremony for a change that makes hosting smaller and cheaper. And I'm not going to set up a sign-off at each step; nobody needs to approve each advance.",
      '',
      "On rollback, I don't think we need to decide who is allowed to do it or how quickly, and we won't prepare a routing switch for it. On ownership, I don't want to split PM and engineering decisions either; it's a shared thing.",
      '',
      "Nor do I think it's worth framing the canary as a safety check as opposed to an A/B test, and I'm not going to plan a randomised experiment afterwards.",
      '',
      "Let me know what you think. I suspect you'll push back, but I'd like to keep this simple.",
      '',
      'Thanks,',
    ].join('\n'),
  },
  // support-model-upgrade: Australian English register, spoken
  {
    id: 'ay036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Nah, look, I wouldn't bother with a lot of the usual canary stuff for this one. I wouldn't go setting fixed thresholds before we start, no hard numbers on errors or latency or anything like that. I wouldn't fuss about which customers go first either, no staff-first business, no keeping the big employers till last.",
      "Not gonna do stages with holds, and I wouldn't have someone sign off each step. I don't reckon we need to sort out who's allowed to roll back or how fast. I'm not gonna track hallucination rates or thumbs-down or cost per conversation, Finance can work that out later. And I wouldn't get into the whole canary-versus-A/B-test thing either, or who owns what between me and engineering.",
      "The evals went up three points, so, yeah, I'd just not overthink it.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a worked example of one bad night, then the plan
  {
    id: 'ay037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H R'),
    text: [
      'Let me start with one bad night from my last job, because it shaped how I think about prompt changes.',
      '',
      'We pushed a new prompt for a drafting assistant at about eight in the evening. It was longer than the old one, the model endpoint started timing out, and by eleven the error rate was at 4 % and response times had tripled. Nobody had written down a limit, so nobody felt entitled to pull it, and we only reverted at two in the morning, after three hours of people arguing in a call.',
      '',
      "The lesson I took is that for a model or prompt change, errors and latency are the whole story. If the endpoint is healthy and fast, the prompt is fine. Tone is subjective, thumbs-down is noisy, and eval scores don't tell you anything production doesn't, so I'd gate on the two signals that are hard numbers and leave the rest out.",
      '',
      "So for the warmer prompt: I own the order, the limits and when we move on; engineering owns the prompt deploy and the routing. Staff go first, then beta users, then English-language users in general, and German-language users last, because the prompt was written and reviewed in English and that's where it is most likely to misfire.",
      '',
      'The limits are written down before any traffic moves: error rate up more than 0.5 % against the old prompt, or p99 latency up more than 300 ms. Those two are all we gate on.',
      '',
      'Stages are 1 %, 5 %, 25 %, 50 % and 100 %, with a 24-hour hold at each before we go further. The on-call engineer may revert to the old prompt at any hour without asking anyone; it is a flag and takes under a minute.',
    ].join('\n'),
  },
  // booking-purchases-lag: a handover note to a colleague taking over the release
  {
    id: 'ay038',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H S'),
    text: [
      'Notes for you as you pick up the date-picker release.',
      '',
      'The point of this canary is to prove that the new date picker and the shorter form beat the old page. Treat the canary cohort as our A/B test: the guests who get the new page are the treatment, everyone else is the control, and the difference in booking rate between them is the lift we report to the design team. There is no need for a separate experiment afterwards.',
      '',
      'The cohorts are already set. Staff bookings come first, since we book our own trips through the site, then guests who opted into the beta, then everyone else, with repeat guests who book the most expensive homes last, because they are the ones we can least afford to annoy.',
      '',
      'The rollback line was agreed with engineering before we started: error rate on the booking endpoint more than 0.5 % above the old page, or p99 page load worse by more than 300 ms, and we pull it back.',
      '',
      'Stages are 5 %, 25 %, 50 % and 100 %, each held for a full day. The product design lead signs off each step once the booking uplift at that stage is positive. If bookings on the new page come in higher at 5 %, that is our proof that it is better.',
    ].join('\n'),
  },
  // pricing-page-healthy: a planning doc with 'Decisions' and 'Open questions' lists
  {
    id: 'ay039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Spring campaign launch plan for the video editor',
      '',
      'Marketing is driving new visitors to the redesigned pricing page with a paid and owned-channel campaign. This doc records what has been settled and what is still open.',
      '',
      'Decisions',
      '- The headline offer is two months free on the annual Pro plan; we are not discounting the monthly plan.',
      '- Paid social gets 60 % of the budget and search ads 40 %, with creative built around the new comparison table.',
      '- The email goes to lapsed trial users and to current Basic subscribers, not to Pro subscribers.',
      '- Three creator partners will publish tutorials that link to the pricing page with their own tracking codes.',
      '- Customer support gets a short script on the annual offer so they can answer questions consistently.',
      '',
      'Open questions',
      '- Do agencies need their own landing page, or is the comparison table enough for them?',
      '- Should the offer run in all markets or only where we already advertise?',
      '- Who approves the final ad copy if brand and growth disagree?',
    ].join('\n'),
  },
  // lunch-peak-recommendations: 'I' and 'we' mixed freely
  {
    id: 'ay040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Honestly, the first thing I'd do is fix the team, because we're running Asian markets from Berlin with nobody awake in their daytime.",
      'I want two machine-learning engineers and one data analyst based in Singapore by the end of the year. We would hire the analyst first, since we need someone who understands local shopping habits before we build anything, and I would look for engineers who have worked on grocery or retail recommendations.',
      "We'd run the interviews as a joint loop with the Berlin team, so the new hires know the people they'll work with from day one. I'd also budget for each new hire to spend their first two weeks in Berlin, and we'd pair each of them with a buddy on the existing team.",
      'Longer term, I think we need a regional product manager too, but I would wait until the engineers are settled before opening that role.',
    ].join('\n'),
  },
];
