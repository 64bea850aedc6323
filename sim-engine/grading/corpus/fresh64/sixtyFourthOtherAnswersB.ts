import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-fourth fresh set, author b: middling (br028–br030), weak (br031–br032), salad (br033–br034),
 * negated (br035–br036), misconception-led (br037–br038) and off-topic (br039–br040) answers,
 * written blind and labelled by hand.
 */
export const SIXTY_FOURTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // br028 · support-model-upgrade · customer-support reply-drafting model PM
  {
    id: 'br028',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'I work on a model that drafts replies for support agents, so this one is close to home.',
      'The way I split it: I own the decisions about risk, meaning what counts as too bad and what we measure, and the ML engineers own the model swap itself, the serving and the flag.',
      "Before anybody is moved I'd write down the red lines: error rate no more than 0.5 % above the current model, p95 latency no more than 700 ms slower (the longer context window will cost us some speed), and conversations resolved without a human no more than 2 points below today's baseline.",
      "On the model side I'd track the hallucination rate on payslip questions from the eval harness, and cost per conversation, since Finance has already asked.",
      'The three-point eval gain on short questions says little about long payslip threads, which is why I care more about the live numbers than the offline ones.',
      "Honestly, the rest, how we'd actually move traffic, I'd work out with the engineers once the red lines are agreed.",
    ].join('\n'),
  },
  // br029 · checkout-first-order · plain spoken prose
  {
    id: 'br029',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "I'd be careful about who sees the single page first. Staff accounts go first; they will find the broken autofill cases quickly. Next, the customers who opted into our early-access list, because they expect rough edges. Then returning customers, who already liked it in the lab. First-time buyers go last, since they have no saved address or card and they are exactly the people the spring campaign brings in; if the page loses them, we lose the campaign.",
      '',
      'Stages would be staff only, then 5 %, 25 %, 50 % and everyone, and at each one we stay put until support has handled 200 checkout tickets from that group, or two full days, whichever is longer. Nothing advances until the support lead and the head of growth have both co-signed it in the release channel.',
      '',
      "I'd want the first-time-buyer stage live at least a week before the campaign, so we aren't learning on the busiest days.",
    ].join('\n'),
  },
  // br030 · lunch-peak-recommendations · two firm commitments then a caveat for leadership
  {
    id: 'br030',
    scenario: 'model',
    class: 'middling',
    points: points('R A M'),
    text: [
      "Two things I'd be firm on.",
      '',
      "First, getting out of trouble has to be quick and cannot depend on Berlin being awake. The Singapore lunch peak lands in Berlin's early morning, so the on-call engineer, whoever holds the pager in either region, can switch the home screen back to the old model at any hour without asking me or anyone else. It is a config flag, a few minutes, no redeploy.",
      '',
      "Second, the model signals. Error rate alone won't show a feature store that is choking, so I'd watch the p95 latency of the recommendation call per region, feature-store timeouts, and the eval harness's relevance score on a sample of live baskets, and I'd treat any of them going bad during the Asian lunch hour as a reason to stop.",
      '',
      "And I'd be clear with leadership about what this release can tell us. The canary tells us the new model doesn't break anything. It does not tell us it sells more baskets; that takes a proper randomised A/B test once it is fully out.",
    ].join('\n'),
  },
  // br031 · pricing-page-healthy · Antiguan English register in writing
  {
    id: 'br031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Well, is only a pricing page, so me wouldn't make a big fuss.",
      'I would put it out to some people first, keep an eye on how things looking, and make sure marketing happy before Friday.',
      'If something seem off, we could talk to engineering about pulling it back.',
      'The main thing for me is communication: support should know the page changing so they not surprised when customers ask about the new table.',
      'All in all, a light canary is fine for something low-risk so.',
    ].join('\n'),
  },
  // br032 · quiet-feedback-trap · support PM, generic and hedged
  {
    id: 'br032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "With a model change I'd want to be careful, because summaries for vets really matter.",
      "I'd roll it out gradually and keep an eye on how things are going, and I'd ask the team to make sure the quality holds up.",
      "If vets seem unhappy, we'd reconsider.",
      'In my experience with support tools, the key is good communication with the clinics and being ready to react.',
      "I think that's most of what a canary is about: start small, learn, and grow it.",
    ].join('\n'),
  },
  // br033 · prompt-locale-thumbs-down · fragment soup: every keyword of the voice (red lines, co-sign, queues, billing cycle, rewrite rate) with numbers unattached
  {
    id: 'br033',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Warmer prompt. Canary. German, Sie, du, formal address.',
      'Red lines, 0.5 %, 300 ms, 2 %, 18 %, 25 %.',
      'Co-sign, support lead, ML lead, queues, language, English, German, internal, early access.',
      '1 5 25 100. 2,000 drafts. One full billing cycle. Tickets.',
      'Rollback, on-call, config switch, minutes, any hour.',
      'Rewrite rate, thumbs-down, hallucination, eval harness, p95, tokens, cost.',
      'Canary versus A/B, safe, better, randomised.',
      'PM owns, engineering owns. Holds. Gates. Stages.',
    ].join('\n'),
  },
  // br034 · image-resizer-memory-leak · buzzword run-on in a keynote register
  {
    id: 'br034',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      "Canary-wise it's all about the synergy of red lines, cohorts, holds and co-signs, p99, 0.5 %, 200 ms, one full billing cycle, staff, beta, sellers, on-call, config switch, the A/B test, the memory leak, the new photo format, Thursday, 20 % faster, restarts, rollback, canary versus A/B, safe versus better, the PM owns and engineering owns, 1 %, 5 %, 25 %, 100 %, support lead, tickets, p99 again, error rate, conversion minus 2 %, red lines again, because at the end of the day canary, cohorts, holds, co-sign, rollback, A/B is the framework, and the framework is the canary.",
    ].join('\n'),
  },
  // br035 · staff-cohort-artifact · blunt spoken prose, every practice turned down
  {
    id: 'br035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Honestly, I wouldn't run this as a by-the-book canary.",
      "I wouldn't put staff first; they browse all day and never buy, so they would only make the numbers look strange. I wouldn't bother with an opted-in beta group either, or with holding new customers back until the end.",
      "I'm not going to write red lines up front; I don't think fixed limits on errors, latency or conversion make sense for bigger photos.",
      "I wouldn't set stages with holds between them, and I don't want a co-sign from the support lead or anyone else at each step; that is ceremony.",
      "I wouldn't set up a special rollback switch or an on-call rule for it.",
      "I won't run a separate randomised A/B test afterwards, and I won't make a speech about safe versus better.",
      "And I'm not claiming a PM part here, no order, no limits; engineering can ship it to everyone on Tuesday.",
    ].join('\n'),
  },
  // br036 · lunch-peak-recommendations · a list of refusals opened by "what I wouldn't do"
  {
    id: 'br036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I'll tell you what I wouldn't do, because that is most of my answer.",
      "I wouldn't start with Berlin staff or a beta group; recommendations shown to staff tell you nothing.",
      "I wouldn't pre-commit red lines for error rate, p95 latency or basket conversion, because the two regions are too different for fixed numbers.",
      'No ramp stages with holds at 5 % and 25 %, and no sign-off from me or the data-science lead before each step.',
      "I wouldn't add eval-harness scores, feature-store timeouts or customer feedback to the dashboards.",
      "I wouldn't build a config-switch rollback or a night rota for Singapore's lunch hour.",
      "I wouldn't split what the PM owns from what engineering owns, and I wouldn't plan a randomised A/B test afterwards.",
      "We'd flip it on for everyone on Monday and see.",
    ].join('\n'),
  },
  // br037 · prompt-locale-thumbs-down · confident plain prose with language cohorts and the rewrite rate
  {
    id: 'br037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      "The way I see it, the canary is our A/B test. The warmer prompt goes to a slice of users, the old prompt stays with everyone else, and if the canary group's thumbs-up rate comes out higher, that proves the new prompt is better and we ship it to all.",
      '',
      'Who goes in matters, though. Our own English-speaking team first, since they wrote the prompt and will spot tone problems; then the early-access users who opted in; then English users in general; German users last, because formal address matters there and a casual "du" to a client is exactly the failure we can\'t afford.',
      '',
      "Stages: 5 % for three days, 20 % for three days, 50 % for three days, then everyone. At every stage I'd watch the thumbs-down rate and the share of drafts users rewrite before sending, split by language, and run the eval harness on German samples to check formal address.",
      '',
      'If the canary group beats the old prompt on thumbs-up by the end of the 50 % stage, we have our answer and can call the experiment.',
    ].join('\n'),
  },
  // br038 · booking-purchases-lag · customer-support reply-drafting model PM background
  {
    id: 'br038',
    scenario: 'service',
    class: 'misconception',
    points: points('H S R'),
    text: [
      "I don't believe in fixing limits in advance for a change like this; nobody knows yet what normal looks like for the new date picker. We'll look at the booking dashboard during the first stage and decide then what counts as too big a drop, and we'll keep adjusting as we see more.",
      '',
      'What I would fix is the pace. Stage one is 5 %, stage two 25 %, stage three 50 %, then everyone, and each stage holds a full 24 hours and at least 150 booking tickets in the support queue, because guests often book hours after they first look, so lost bookings show up late.',
      '',
      'Each step forward needs a co-sign from the support lead and the design lead.',
      '',
      "If something goes badly wrong, the on-call engineer can turn the flag off at any hour, no approval needed; it's a config flag back to the old booking page and takes a couple of minutes.",
      '',
      "The team wanting 100 % this afternoon isn't going to happen.",
    ].join('\n'),
  },
  // br039 · quiet-feedback-trap · customer-support PM, a plan for getting vets to rate summaries
  {
    id: 'br039',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "The real problem in this scenario is that vets don't rate summaries, so that's what I'd fix.",
      'In support tooling we had the same issue with agents ignoring the thumbs buttons on drafted replies. What worked was making the rating part of the flow rather than an extra click.',
      "So first I'd interview eight or ten clinics about when in their day they read the summary.",
      'Then I\'d redesign the rating into a one-tap "usable as is / needed changes" choice shown when the vet closes the visit.',
      "I'd add a monthly note to each clinic showing how their ratings changed the product, because people rate more when they see it matters.",
      "Finally, I'd set a goal of one rating in five summaries by the end of the quarter and review progress with the clinic success team every two weeks.",
    ].join('\n'),
  },
  // br040 · after-the-sale-healthy · Antiguan English register in writing
  {
    id: 'br040',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'Well, the thing that worry me here is not the product page, is the next sale.',
      'Last week 20 % off everything, and it done Sunday midnight, so me would plan the autumn sale better from now.',
      "First, we pick the categories: tents and boots only, not everything, so margin don't suffer so.",
      'Then the emails: one teaser a week before, one on the day, one reminder the last evening.',
      'Stock: buying team must confirm sizes with the warehouse three weeks before, because last time the popular boots sell out by Tuesday.',
      'And after, we sit down with finance and look at what the sale really bring in, not just the revenue line.',
    ].join('\n'),
  },
];
