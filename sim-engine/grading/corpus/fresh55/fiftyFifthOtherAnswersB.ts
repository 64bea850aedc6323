import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-fifth fresh set, author b: middling (bi028–bi030), weak (bi031–bi032), salad (bi033–bi034),
 * negated (bi035–bi036), misconception-led (bi037–bi038) and off-topic (bi039–bi040) answers,
 * written blind, labelled by hand.
 */
export const FIFTY_FIFTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // pricing-page-healthy: a PM at a ferry-ticketing service
  {
    id: 'bi028',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "At the ferry company we redesign our fares page about twice a year, so this one feels familiar. For the new pricing page I'd show it to our own staff first, then to visitors who come in from the newsletter, who already know us and would tell us if the table were confusing, and only then to visitors from the Friday campaign, because they are new prospects and the ones we can least afford to confuse.",
      '',
      "I'd go in stages of 5 %, 25 %, 50 % and 100 %, holding each stage for a day before the next; since nothing in the backend changes, a time-based hold is fine here. The marketing lead and I would sign off each move together in the launch channel, and we'd want to be at 100 % by Thursday night so the campaign lands on the finished page.",
      '',
      "We'd keep an eye on plan-selection clicks and checkout starts, and if something looked off we'd pause and talk to the web team.",
    ].join('\n'),
  },
  // support-model-upgrade: thresholds given as absolute values
  {
    id: 'bi029',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "For the bigger support model I'd fix the limits first, as absolute numbers, before any conversation is routed to it: error rate above 1.0 %, p95 response time above 3.5 s, hallucination rate on the payroll eval set above 2 %, thumbs-down above 7 % of rated answers, and cost above €0.04 per conversation, which is the figure Finance asked about. Crossing any one stops the rollout.",
      '',
      'Traffic would go to the new model at 2 %, 10 %, 30 %, 60 % and 100 %, spread across all customers alike, and each stage is held for two days and advanced only when all five numbers have stayed under their limits for the whole hold.',
      '',
      "The engineering team would handle the switch itself, and if we hit a limit they'd sort out going back to the old model.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: each decision closed with who would be told
  {
    id: 'bi030',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "This rewrite is engineering's to build and deploy; what I own as PM is the go or no-go, the order and the limits, and that line is written in the release doc, which goes to the marketplace engineering manager.",
      '',
      "Before any photo is resized by the new service, I'd set the rollback limits: resize errors more than 0.3 % above the old service, p99 image load more than 200 ms slower than the old service, and memory per instance more than 25 % above the old service's at the same uptime, because a leak shows as slow growth, not a spike. The limits go to the on-call rota.",
      '',
      'The on-call engineer may roll back on their own at any hour, without asking me, by switching the image route back to the old service; it takes a couple of minutes. The seller-support lead is told whenever that happens, because sellers are the ones who notice broken thumbnails.',
      '',
      "We'd then increase traffic over a few days until everything is on the new service by Thursday, and I'd let the team and seller support know when it's done.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: Nauruan English register, spoken
  {
    id: 'bi031',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'Okay, so the new prompt, the friendly one. I think we just roll it out slow-slow, not to everybody at one time. We watch how the users like it, and if people are unhappy, especially the German ones, we take it back and fix the prompt, eh. The engineers know how to do that part. Maybe we ask some German speakers to look at it also, before or after, that one is a good idea. Then when it looks okay we give it to everybody.',
    ].join('\n'),
  },
  // checkout-first-order: a short aside on what the candidate learned from a rollout that went well
  {
    id: 'bi032',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "I'd roll the new checkout out gradually rather than all at once, keep an eye on the numbers, and work closely with the engineers so we can react quickly if anything goes wrong. Growth wants it live before the spring campaign, so we'd aim to be done in good time.",
      '',
      'A rollout I was part of last year went really well, and what I took from it was that communication matters more than any process: everyone knew what was going on, and that kept things calm.',
    ].join('\n'),
  },
  // search-tail-latency: slide-title fragments (invented)
  {
    id: 'bi033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Canary release, new index layout. PM ownership versus engineering ownership. Cohorts: internal, beta, free tier, institutional licences. Thresholds: error rate, p99, 0.5 %, 200 ms, 2 %. Rare filtered queries, tail latency. Ramp 1 %, 5 %, 25 %, 50 %, 100 %. Holds, gates, sign-off. Rollback, on-call, five minutes, routing flag. Safety versus improvement, randomised A/B test. Hosting cost.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a run of comma-separated terms (invented)
  {
    id: 'bi034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Cheaper model, faster model, canary, vets, clinics, 5 %, one in two hundred, eval harness, hallucination, thumbs-down, sparse feedback, p95, 1.2 %, 900 ms, tokens, compute cost, internal, design partners, beta, multi-site practices, holds, gates, 25 %, 400 summaries, sign-off, PM, engineering lead, on-call, rollback, under five minutes, safety, better, randomised A/B test.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: the plan told as a conversation with the engineering lead, in reported speech
  {
    id: 'bi035',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I'd talk it through with the engineering lead first. I told him I didn't see the point of splitting who owns what, since we're one team and it only slows things down. He asked whether we should pick an order of users, staff first and so on, and I said no, we wouldn't bother with special cohorts.",
      '',
      "He suggested writing rollback limits down before starting; I told him we wouldn't fix thresholds in advance, because with two regions the numbers never look the same. He asked about stages with holds and a sign-off at each; I said we'd skip the gates and the sign-offs, since they just add meetings. He asked whether on-call could roll back at night without calling anyone, and I said I didn't want a rollback path like that either.",
      '',
      "He raised offline evals, feedback on the baskets, p95 and compute cost, and I said we wouldn't track any of those for the canary. And when he said the canary wouldn't tell us whether the model was better and that we'd need an A/B test for that, I said we wouldn't run one.",
    ].join('\n'),
  },
  // booking-purchases-lag: a PM at a ferry-ticketing service
  {
    id: 'bi036',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "At the ferry company we ship booking-page changes all the time, and honestly I wouldn't dress this one up. I wouldn't carve out what the PM owns versus what engineering owns; the team can just own it. I wouldn't start with staff or beta users either, so no special order of segments.",
      '',
      "I'm not going to fix rollback thresholds in advance, and I wouldn't put numbers for error rate or conversion in a doc. No stages with holds, no gates, no sign-off at each step; the team wants it at 100 % this afternoon and I wouldn't stand in the way. I wouldn't set up a special rollback path or on-call authority for a front-end change either.",
      '',
      "And I wouldn't treat this as needing an A/B test afterwards, or draw any line between safe and better. We'd just ship it.",
    ].join('\n'),
  },
  // support-model-upgrade: a short aside on what the candidate learned from a rollout that went well
  {
    id: 'bi037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: [
      "Offline evals went up three points, and the canary is how we prove that in production. I'd route the new model to our own payroll support staff first, then to the customers in the early-access programme, and the large payroll clients last, since their month-end questions are the hardest. Before the switch we'd fix the limits: error rate more than 0.5 % above the old model, p95 more than 700 ms above it, eval-harness hallucination rate more than 1 point above it, and cost per conversation more than 25 % above it.",
      '',
      "The stages are 1 %, 5 %, 25 %, 50 % and 100 %, each held for two days and advanced only if every limit held. At each stage we compare resolution rate and thumbs-up between the canary group and everyone else: if the canary group resolves more questions, that is our evidence that the bigger model is better, which is what Finance needs to justify the cost. So the canary doubles as our A/B test, and we won't need a separate one.",
      '',
      "The rollout I learned most from went well for exactly this reason: the canary group's numbers were up, we showed the chart to leadership, and the decision made itself.",
    ].join('\n'),
  },
  // after-the-sale-healthy: the plan told as a conversation with the engineering lead, in reported speech
  {
    id: 'bi038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      "I'd go over it with the web engineering lead. I told her I'd own the release calls, meaning the order, the stages and when to stop, and that her team owned the deploy and the lazy-loading code. She asked about order; I said staff first, then the customers in our preview programme, then everyone else, with first-time visitors last, because they are the ones a confusing product page loses. She proposed 5 %, 25 %, 50 % and 100 % with a one-day hold at each, and I agreed, with her and me both signing off every step.",
      '',
      "Then she asked what the rollback limits were. I told her I'd rather not pin numbers down now: last week was the sale, so every purchase number will look down against last week anyway, and I'd prefer to watch the dashboard for the first day and decide then what counts as bad. She asked who could roll back. I said only I could, since it's a product decision; if on-call saw something at night, they should page me and wait for my call before touching the traffic.",
    ].join('\n'),
  },
  // staff-cohort-artifact: a hiring plan for the web team (invented)
  {
    id: 'bi039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "For this quarter I'd focus on hiring. We need two senior front-end engineers and a designer for the web shop, so I'd open the roles in the first week, ask the team for referrals, and run a structured interview loop: a portfolio review, a pairing session and a values conversation, each with a written scorecard. Every candidate should hear back within five working days, because the good ones have other offers.",
      '',
      "Onboarding matters as much as hiring, so each new joiner would get a buddy and a small first task they can ship in their first fortnight. By the end of the quarter I'd like the team at full strength and the designer embedded with the product-page squad.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a marketing launch plan for the German market (invented)
  {
    id: 'bi040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "I'd treat this as a launch moment for the German-speaking market. We'd prepare a landing page in German, a short video showing the assistant drafting a polite reply to a client, and a press note for two or three trade publications. Two weeks before, we'd brief our reseller partners in Germany, Austria and Switzerland and give them a demo script.",
      '',
      "On launch day the in-app banner goes live, and that week we'd run a webinar for office managers. Afterwards we'd collect quotes from happy customers for case studies and look at sign-ups by country to plan the next campaign.",
    ].join('\n'),
  },
];
