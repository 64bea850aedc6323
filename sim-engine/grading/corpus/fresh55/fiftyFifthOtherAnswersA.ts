import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-fifth fresh set, author a: middling (bi008–bi010), weak (bi011–bi012), salad (bi013–bi014),
 * negated (bi015–bi016), misconception-led (bi017–bi018) and off-topic (bi019–bi020) answers,
 * written blind and labelled by hand.
 */
export const FIFTY_FIFTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: Tongan English register, written
  {
    id: 'bi008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Mālō e lelei. For this one-page checkout I would be careful, because the spring campaign is coming and that is when the new customers come to buy for the first time.',
      'The people who go first, it is our own staff buying with their own accounts, then the returning customers, because they have the saved address and card and they already loved it in the lab. The first-time buyers go last, after we see it work, because they have nothing saved and this is where the new page can lose them, and they are the people the campaign is for.',
      'Before we start we agree the numbers: if checkout completion for first orders drops more than 2 % against the old checkout, or the payment errors go more than 0.5 % above the old one, we stop and go back to the three steps.',
      'We go in stages, 2 %, 10 %, 30 %, 60 % and then everyone, and at each stage we wait 48 hours and check the numbers are inside before we go to the next.',
      'I think we can finish before the campaign if we start this week. That is my plan, mālō.',
    ].join('\n'),
  },
  // support-model-upgrade: stages described by how many real users each reaches
  {
    id: 'bi009',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'The new model goes out in four stages, counted in people rather than percentages. The first stage reaches about 300 users of the assistant, the second about 3,000, the third about 20,000, and the last everyone, roughly 80,000. Each stage runs at least 24 hours, and we only move to the next one when the numbers below have stayed within their limits for that whole time.',
      "The limits, set before the first user is switched: errors no more than 0.5 % above the current model; p95 response time no more than one second slower, which matters because the longer context window will be slower; hallucination rate on our payslip and leave eval set below 2 %; thumbs-down rate within one point of the current model; and cost per conversation, which Finance asked about, no more than 35 % above today's.",
      'With 300 users the thumbs-down numbers will be thin, so the second stage is where I expect to learn most about feedback, and the third is where the cost figure becomes solid enough to give Finance a real answer.',
    ].join('\n'),
  },
  // search-tail-latency: one sentence naming the single metric watched most closely, and why
  {
    id: 'bi010',
    scenario: 'service',
    class: 'middling',
    points: points('P T R A'),
    text: [
      "The one number I'd watch most closely is p99 latency on queries with three or more filters, because the median already looks better and that is exactly where a smaller index hides its cost.",
      "My job as PM is deciding the limits and when we stop; the search infrastructure team owns building the index, the routing between old and new, and the deploy itself. Those are separate, and I'd say so at the kickoff.",
      "Before a single query goes to the new index, we sign off the limits: p99 for multi-filter queries no more than 300 ms above the old index, overall error rate no more than 0.3 % above it, and zero-result rate no more than one point higher. We'd start with a random 2 % of queries and widen it from there as confidence grows.",
      "The on-call search engineer can switch the router back to the old index on their own, at any hour, without asking me or anyone else; it's a config change that takes a couple of minutes, and the old index stays hot until we're done.",
      "Cheaper hosting is the reason for the change, but a canary won't tell us whether researchers find papers better; that needs a randomised A/B test on relevance later. The canary only tells us it's safe.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a PM at a home-energy meter app
  {
    id: 'bi011',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "At my home-energy meter company we've rolled out a few model changes to our bill explainer, and the lesson is always the same: go slowly and listen to users.",
      "For the vet summaries I'd do the same. Put the cheaper model in front of some of the clinics first, keep an eye on how it's doing, and read whatever feedback comes in. If the vets seem happy and nothing looks off, we keep going until everyone has it. If something seems wrong, we'd pull back and have a look.",
      "Engineering would handle the technical side. I'd want to stay close to it and make sure we're checking in regularly, because summaries for vets matter and a cheaper model might cut corners.",
    ].join('\n'),
  },
  // pricing-page-healthy: every duration in minutes or hours, never days
  {
    id: 'bi012',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "It's just a pricing page, so I wouldn't overthink it. We'd put it live for some visitors first, wait a few hours and see how things look, and then let more people see it.",
      "After another few hours, if nothing strange has turned up, it goes to everyone, well ahead of the campaign. We'd keep an eye on signups and make sure the page loads properly. If anything looked off we could always switch back to the old page.",
      'Marketing would get a heads-up so the campaign links point to the right place.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: noun phrases separated by slashes (invented voice)
  {
    id: 'bi013',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Canary / warmer system prompt / German formal address / du vs Sie.',
      'PM ownership / engineering routing / feature flag.',
      'Internal staff / beta cohort / German-speaking segment / enterprise last.',
      'Thresholds 0.5 % errors / p95 150 ms / thumbs-down 1.5 points / tokens per reply +20 %.',
      'Eval harness / hallucination rate / tone classifier / user feedback.',
      'Stages 1 % / 5 % / 25 % / 50 % / 100 %.',
      'Holds 24 h / gates / sign-off / ML lead.',
      'On-call rollback / config flag / under 5 minutes.',
      'Canary vs A/B / safety vs improvement / randomised control.',
    ].join('\n'),
  },
  // after-the-sale-healthy: verbless comma-strung fragments, stages as user counts (invented voice)
  {
    id: 'bi014',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Reviews above the fold, lazy-loaded gallery, the week after the spring sale.',
      'Baseline contamination, 20 % discount, conversion comparison, last week versus this week.',
      'Staff, early access, regular shoppers, high-value customers.',
      'Around 50 users, around 2,000 users, around 20,000 users, everyone.',
      'Error budget 0.5 %, p99 200 ms, conversion minus 2 %, pre-committed thresholds, metric-based gates, holds, sign-off, PM and engineering lead.',
      'On-call, feature flag, rollback, minutes.',
      'Safety, not improvement, randomised A/B test, control cohort.',
      'Leadership, this week, cosmetic, no effect expected.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: a PM at a home-energy meter app
  {
    id: 'bi015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "I'm a PM on a home-energy meter app, and honestly a lot of the canary ceremony people recite in interviews is something my team dropped long ago. I'd run the fare change the same way.",
      "I wouldn't split ownership between product and engineering; nobody needs a chart of who decides what. I wouldn't hand-pick which riders or cities go first either. I don't see the point of ordering segments; traffic is traffic.",
      "I wouldn't write rollback thresholds down in advance, and I certainly wouldn't put numbers on them; numbers agreed at a desk never fit what happens on a busy weekend night. I don't believe in fixed stages with holds, and I wouldn't ask anyone to sign off before the rollout widens.",
      "There's no on-call rollback authority in my plan, and I'm not going to promise a five-minute switch either. And I wouldn't bother separating safe from better with an A/B test afterwards; that distinction never changed a decision on our team.",
      "So none of that. We'd ship it on Tuesday evening as planned.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: walks the brief's three context facts one by one, dismissing each practice (invented voice)
  {
    id: 'bi016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'The brief gives three facts: the team is in Berlin, Asian customers shop on their own clock, and the feature stores were sized for the old model. None of them changes my view that most canary process is overhead for a recommendation model.',
      "The Berlin team: I wouldn't set up a follow-the-sun sign-off or name anyone to approve each step; we don't do step approvals. I wouldn't give the Singapore on-call the right to roll back on their own, and I wouldn't ask for a rollback switch that works in minutes.",
      "The Asian clock: I wouldn't order regions or users deliberately, so no staff first, no beta first, no saving big customers for last. I wouldn't fix error or latency limits beforehand, and I'm not going to watch p95, eval scores, click feedback or compute cost for a model that only reorders baskets.",
      "The feature stores: I wouldn't stage the ramp at 1, 5 and 25 % with holds in between; I don't think holds teach you anything. And I wouldn't pretend the canary needs a separate A/B test to tell safe from better.",
      "That's what I'd leave out, and it's most of the usual list.",
    ].join('\n'),
  },
  // quiet-feedback-trap: one sentence naming the single metric watched most closely (the error rate), and why
  {
    id: 'bi017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S'),
    text: [
      "The single metric I'd watch most closely is the error rate of the summary endpoint, because for a model swap that's where trouble shows: if the cheaper model writes bad summaries it will fail requests or time out, and errors plus latency tell you everything you need. Ratings from vets are too sparse to matter and the eval harness only sees one summary in two hundred, so I'd leave quality signals out of the gates entirely.",
      'Order: our two in-house vets first, since they read the summaries anyway; then the clinics in our pilot group who agreed to try new features; then small single-vet clinics; the largest multi-site practices last, because a bad rollout there touches the most patients.',
      'Limits, fixed before traffic moves: error rate no more than 0.5 % above the old model, and p99 latency no more than 400 ms above it. Nothing else.',
      'Stages of 5 %, 20 %, 50 % and 100 %, each held for 24 hours and advanced only if both limits held throughout. The engineering manager signs off each advance.',
      "Since the model is cheaper and faster, once errors and latency look clean at 100 % we've confirmed it's at least as good as the old one.",
    ].join('\n'),
  },
  // booking-purchases-lag: stages described by how many real users each reaches
  {
    id: 'bi018',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H R'),
    text: [
      "The reason to canary this booking page is to prove the new date picker books more stays than the old one, so I'd treat the canary as our A/B test: guests on the new page are the treatment, everyone else is the control, and the lift between them is the answer leadership wants. That's also why guests go in at random; a hand-picked group would bias the comparison.",
      'I own the experiment design, the stop limits and the hold lengths; engineering owns the client-side store, the flag and the routing.',
      "Stage one reaches about 500 guests, stage two about 5,000, stage three about 40,000, and then everyone. Because bookings arrive hours after people search, each stage holds 36 hours before it's read, and it advances only once bookings per search on the new page are at least level with control.",
      'Before the first guest sees it, we fix the limits: booking conversion more than 3 % below control, client-side error rate above 0.5 %, or lost date selections above 0.2 % of sessions. Any one of those ends it.',
      'The on-call engineer may turn the flag off at any hour without asking; the old page is back in under a minute.',
      'At full exposure, the booking uplift we measured in the canary goes into the quarterly review as the result.',
    ].join('\n'),
  },
  // staff-cohort-artifact: list of the mistakes a weaker candidate would make, each followed by what to do instead (about a hiring plan)
  {
    id: 'bi019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "The mistakes a weaker candidate makes when planning a hiring push, and what I'd do instead.",
      'Mistake: opening five roles at once. Instead, hire the engineering manager first, so the next hires have someone to report to.',
      'Mistake: writing the job description from the last one. Instead, start from the work the person will do in their first six months.',
      'Mistake: letting every interviewer ask whatever they like. Instead, give each interviewer one area to cover and a written scorecard.',
      'Mistake: waiting a week to debrief. Instead, collect scorecards within a day and debrief together before anyone talks to the candidate.',
      'Mistake: treating referrals as a shortcut. Instead, run referred candidates through the same loop as everyone else.',
      'Mistake: making the offer and going quiet. Instead, the hiring manager calls within an hour of the decision and stays in touch until the start date.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: Tongan English register, written (about a market launch)
  {
    id: 'bi020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'Mālō e lelei. I want to talk about how we launch the writing assistant in a new market, because I think that is the bigger question here.',
      'For the launch in the German-speaking countries, first we need the story. Who are the people who write emails all day, what do they need, why our assistant and not the others. Then the marketing: a landing page in German, written by a German writer, not translated, and some short videos. We would go to the trade fairs in Frankfurt and Vienna and give demos at the stand.',
      "Pricing, we keep the same plans, but we show the price with VAT, because this is what people expect there. The sales team, they need training in the product and in the way the customers there like to be spoken to, formal, with faka'apa'apa, respect.",
      'After the launch we measure the sign-ups, the trial to paid, and what the press writes. In my family we say the work is done together, so the launch belongs to the whole team, not only marketing. Mālō.',
    ].join('\n'),
  },
];
