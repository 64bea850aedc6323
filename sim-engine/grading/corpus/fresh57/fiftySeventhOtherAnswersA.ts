import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-seventh fresh set, author a: middling (bk008–bk010), weak (bk011–bk012), salad (bk013–bk014),
 * negated (bk015–bk016), misconception-led (bk017–bk018) and off-topic (bk019–bk020) answers,
 * written blind, labelled by hand.
 */
export const FIFTY_SEVENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: cost of being wrong in each direction
  {
    id: 'bk008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Growth wants this before the spring campaign, and the cost of being wrong runs both ways: ship it late and we miss the peak of first orders, ship a checkout that loses first-time buyers and we pay for it in exactly the weeks we can least afford to.',
      '',
      "Our own staff go first, then returning customers, who loved it in the lab and already have saved addresses and cards, so the page works at its best for them. First-time buyers come last, since they're the group the brief worries about and the most valuable once the campaign starts.",
      '',
      'The limits go in writing before we start: checkout completion for first-time buyers more than 2 % below control, payment errors 0.5 % above control, or p99 page load 300 ms slower.',
      '',
      "We'd ramp 5 %, 20 %, 50 %, 100 %, holding each stage two days and advancing only if nothing is over the limits. If something breaks, we'd pull it.",
    ].join('\n'),
  },
  // support-model-upgrade: cohorts by how customers pay
  {
    id: 'bk009',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      "I'd split it cleanly: engineering owns swapping the model and the routing, and I own the product calls about who gets it, when we stop and when we move on.",
      '',
      "For who gets it, I'd lean on billing. Free-trial workspaces first, since they ask the basic questions and aren't paying yet; monthly plans next; annual plans after that; invoiced enterprise customers at the very end, because their payroll admins escalate every wrong answer and their renewals are on the line.",
      '',
      "What I'd watch is more than errors. The eval harness would score a sample of live answers for hallucinations, especially about leave balances and tax codes. I'd watch the thumbs-down rate on the assistant, p95 response time because a bigger model is slower, and the cost per conversation, which is exactly what Finance wants to know.",
      '',
      "After that we'd move it along as the numbers look fine, until everyone is on the new model.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: every duration in days and hours together
  {
    id: 'bk010',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      "The team wants this everywhere by Thursday. I'd rather it took longer than ship a resizer whose trouble only shows after a day of uptime, and since the service only restarts on deploys, every stage has to outlive a full day.",
      '',
      "The stages would be 2 %, 10 %, 50 % and 100 %. Each holds for at least 1 day 4 hours, long enough to cover a whole day of uploads, peak included, on the same processes, and we don't move until memory per instance and image latency have stayed flat across the hold.",
      '',
      'The engineering manager and I sign off each move between stages, never one of us alone.',
      '',
      "Rollback belongs to whoever is on call. They don't need to find me: they flip the image route back to the old resizer, which takes effect on the next request, and we work out why afterwards.",
      '',
      "At that pace 100 % lands after 4 days 16 hours, so not by Thursday, and I'd tell the team that now.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: short letter to own manager asking sign-off
  {
    id: 'bk011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Hi Anahera,',
      '',
      'Quick one: can I get your OK to start the canary for the new friendlier prompt next week?',
      '',
      "The plan is to roll it out slowly and keep an eye on how people react. If the feedback looks fine we'll keep going, and if something seems off we can always slow down or revert. I'll also check with the German speakers on the team whether the tone lands, since a quarter of our users write in German.",
      '',
      "Engineering is happy with the change, and I think it's low risk, as it's only the wording of the prompt.",
      '',
      "Let me know if you're OK with this and I'll get it moving.",
      '',
      'Thanks,',
      'Sam',
    ].join('\n'),
  },
  // pricing-page-healthy: PM at a hospital appointment-booking app
  {
    id: 'bk012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "I come from a hospital appointment-booking app, where we changed screens all the time, and honestly for a pricing page I'd keep it simple. We'd put it out to some people first and watch the numbers for a bit. If signups look normal and nobody complains, we'd open it up to everyone in time for Friday's campaign. If something looks wrong we'd take it down and have a look. The checkout behind it doesn't change, so there isn't much that can go badly. Mostly I'd make sure marketing and engineering are talking to each other.",
    ].join('\n'),
  },
  // search-tail-latency: heap of noun phrases
  {
    id: 'bk013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary release, new index layout. Cohorts, staff, beta, free tier, institutional licences last. Thresholds, 0.5 % errors, p99 200 ms, p99.9, multi-filter queries, tail latency. Ramp 1 %, 5 %, 25 %, 50 %, 100 %. Holds, gates, 24 hours, metric-based. Sign-off, PM, engineering lead. Rollback, on-call, config flag, under five minutes, no redeploy. Canary versus A/B test, safety versus improvement, randomised. PM owns decisions, engineering owns routing. Hosting cost, cheaper, smaller index.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: durations in days and hours, slash-separated fragments
  {
    id: 'bk014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Recommendation model / regional feature stores / Singapore lunch hour / Berlin team / holds of 1 day 0 hours, 2 days 12 hours, 0 days 6 hours / staff, opted-in, general, high-value households last / error rate +0.5 %, p95 +150 ms, compute cost per request +30 %, eval harness, hallucination, thumbs-down / PM owns, engineering owns, sign-off, gates, on-call, rollback inside 0 days 1 hour, config switch / canary for safety, A/B for better, randomised / 1 %, 5 %, 25 %, 50 %, 100 %.',
    ].join('\n'),
  },
  // quiet-feedback-trap: cohorts by how customers pay, rejected
  {
    id: 'bk015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Honestly, I wouldn't overthink this one. I don't see the point in ordering clinics by how they pay, free trial, then monthly, then annual, then invoiced groups; they all use the same summaries. I wouldn't split ownership between product and engineering either, since nobody needs a line drawn there. We won't fix rollback numbers in advance, and I wouldn't bother staging it at 5 %, 25 % and 50 % with holds in between, because at a few hundred summaries a minute there's no volume worth holding for. There's no need for anyone to sign off each step. I'm not going to set up a fast rollback path for on-call, since the old model isn't going anywhere. The eval harness, thumbs-down ratings, p95 latency and cost per summary aren't worth watching when they're this sparse. And I wouldn't run an A/B test afterwards or worry about what the canary proves. Switch it on and move on.",
    ].join('\n'),
  },
  // after-the-sale-healthy: Niuean English register, written, rejecting
  {
    id: 'bk016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Fakaalofa atu. For this one I will be honest: I do not think the usual canary steps are needed. The change is only the reviews and the gallery, so I would not put our staff first and the big spenders last; the order of customers is not important here. I will not write down rollback limits before we start. We do not need stages with holds, and I do not want a sign-off at each step, that is only slowing us down when leadership wants it out this week. I also do not think on-call needs the power to roll back on their own; this is not a change that breaks at night. And no A/B test after, we are not trying to prove anything. Deciding who owns what between product and engineering is also not worth a meeting. We put it out to everyone and go on to the next thing.',
    ].join('\n'),
  },
  // support-model-upgrade: cost of being wrong in each direction
  {
    id: 'bk017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H R M'),
    text: [
      "The way I see it, this canary is our experiment. Offline evals went up three points, and the canary is where we prove that carries over to real users: the canary group is the treatment arm, everyone else is the control, and at the end we'll know the bigger model is better and by how much.",
      '',
      'On the split of work, I decide the order, the stop limits and how long we sit at each stage; the ML engineers own the model swap and the routing.',
      '',
      'Internal HR staff get it first, then customers in the beta programme, then everyone else, with the largest payroll customers last because a wrong payslip answer there costs a renewal.',
      '',
      'Before we start I set the limits: error rate 0.5 % over control, p95 latency 600 ms over, hallucination rate from the eval harness 1 point over the old model, or cost per conversation more than 35 % above today. Breach any one and we roll back. The stages are 5 %, 25 %, 50 % and 100 %, each held for two days, and we only advance with every metric inside its limit.',
      '',
      'On-call can roll back by flipping the model config, at any hour, without waiting for me; it takes a couple of minutes.',
      '',
      "Being wrong costs us in both directions: call the big model a winner when it isn't and Finance pays more for nothing, miss that it's better and we sit on an improvement. That's why the lift we measure in the canary at 25 % is what I'd take to Finance as the answer on whether the model is worth its cost.",
    ].join('\n'),
  },
  // staff-cohort-artifact: PM at a hospital appointment-booking app
  {
    id: 'bk018',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H R A'),
    text: [
      "On the hospital appointment-booking app I work on, we learned that a sample has to look like your users, so here I'd skip the staff-first idea entirely. Staff browse all day and never buy, and they'd make any change look broken. The fairest first cohort is a random 5 % of all visitors, because a random slice is representative by definition and that's all a canary needs; we'd keep drawing at random at every stage after that.",
      '',
      'The release decisions are mine: the limits, how long we hold, when we move up. Engineering owns the flag and the deploy.',
      '',
      "Before we start I'd set the limits with the engineering lead: product-page errors 0.5 % above control, p99 page load 300 ms slower because the photos are bigger, and add-to-basket rate 2 % below control. The stages would be 5 %, 25 %, 50 % and 100 %, each held for a full day and only passed inside those limits.",
      '',
      'Anyone on call can roll back straight away without asking me, by switching the flag off; it takes a minute or two.',
      '',
      'The canary only tells us the new pages are safe to ship. Whether the size guide sells more is a question for a randomised A/B test later.',
    ].join('\n'),
  },
  // booking-purchases-lag: Niuean English register, written; a hiring plan
  {
    id: 'bk019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Fakaalofa lahi atu. Before the canary I want to talk about the team, because this is what I think about most. We need two more frontend engineers and a designer for the booking flow, and I would hire from Niue and from Auckland both, with interviews over video so nobody has to leave their family to travel. I would write the job ads in plain language, ask for a small take-home task of no more than three hours, and pay people for it. The first month of each new person is pairing with someone senior, and each one gets a buddy outside the team for the questions they feel shy to ask. In six months I want the team to own the booking page from design to release without waiting on anyone. That is the plan I am most proud of. Fakaaue lahi.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: short letter to own manager; a product launch
  {
    id: 'bk020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Hi Mere,',
      '',
      "Could you approve the launch plan for our German marketing push? I'd like to start the week after next.",
      '',
      "We'd open with a landing page in German, written by a native copywriter rather than translated, and a webinar with two customers who use the assistant in their inbox every day. The budget is 18,000 euros over six weeks, mostly paid search and two trade newsletters. Sales will follow up with any company above 50 seats. Success for me is 400 new German-speaking workspaces by the end of the quarter and a trial-to-paid rate at least as good as our English one.",
      '',
      "If you're happy with the budget line, I'll brief the agency on Monday.",
      '',
      'Thanks,',
      'Tavita',
    ].join('\n'),
  },
];
