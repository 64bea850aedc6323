import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventieth fresh held-out set, author c: middling (bx048–bx050), weak (bx051–bx052), salad
 * (bx053–bx054), negated (bx055–bx056), misconception-led (bx057–bx058) and off-topic
 * (bx059–bx060) answers. Written blind and labelled by hand before anything was run; a point is
 * labelled only when the answer commits to it as part of its own plan.
 */
export const SEVENTIETH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · car-valuation chatbot PM, numbered with bracketed asides
  {
    id: 'bx048',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      "1. Roles: I'd own which customers get the bigger model and when, and engineering owns how the traffic is routed and deployed (they know the plumbing far better than me; at the car-valuation chatbot I learned not to pretend otherwise).",
      "2. Order: our own payroll staff first, then customers in the early-access programme, then everyone else, with the largest payroll clients at the very end, because a wrong answer about somebody's payslip there turns into an account-manager escalation.",
      "3. What we'd watch beyond errors: the hallucination rate from the eval harness on payslip and leave questions, the thumbs-down rate in the chat, and the cost per conversation for Finance (we'd chart all three every day).",
      "4. Then we'd move it along once it feels settled, and switch back if things look off.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service) · Teesside speech, duty-engineer rollback
  {
    id: 'bx049',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "Right, with payments I'd be dead careful. We'd put a random 5 % of orders on the new SDK to start.",
      "Before it starts we write the limits down: payment failures more than 0.3 % above the old SDK, p99 payment time more than 400 ms worse, or completed orders dropping more than 1.5 % against the baseline, and we stop. Android gets its own line on the scoreboard, 'cause failing in bursts on one platform hides in an average.",
      'Stages are 5 %, 25 %, 50 %, then everyone, and each one holds through at least one Friday dinner rush before it moves on.',
      'If owt trips, the duty engineer flips the SDK flag back to the old payment path: minutes, any time of night, no need to ask anyone first.',
    ].join('\n'),
  },
  // checkout-first-order (service) · numbered with bracketed asides, "hands up" sign-off
  {
    id: 'bx050',
    scenario: 'service',
    class: 'middling',
    points: points('C S A'),
    text: [
      "1. Who sees it first: staff (they'll push real orders through it), then customers who signed up for early access, then returning customers, and first-time buyers last of all (the lab never tested them, and spring is exactly when they arrive).",
      '2. Every step up needs me and the head of e-commerce to both put our hands up (nobody moves it on their own).',
      "3. What it won't tell us: whether one page beats three. The canary only says nothing's broken; to claim it converts better we'd run a randomised A/B test afterwards, sized properly for the spring campaign.",
      "4. Step sizes and dashboards I'd leave to a chat with engineering.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Teesside speech, vague
  {
    id: 'bx051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Aye, so with the summaries I'd just be careful, like. Put the cheaper model out to a few clinics, keep an eye on how it's going, and if the vets aren't happy we'd go back to the old one. Feedback's quiet, so we'd maybe give it a bit longer than usual. Engineering would sort the technical side; I'd keep on top of it and make sure everyone's in the loop.",
    ].join('\n'),
  },
  // pricing-page-healthy (service) · car-valuation chatbot PM, vague
  {
    id: 'bx052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honestly, it's a pricing page, so I wouldn't overthink it. On the car-valuation side we'd just get a change like this out, see how people react over the first few days, and tweak it if something looks off. Canary releases are great for reducing risk, so I'd release it gradually and make sure marketing know what's happening before Friday's campaign. If there were problems, we'd sort them.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · numbered fragments with bracketed asides, football divisions as keywords
  {
    id: 'bx053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      '1. Non-league, League Two, League One, Championship (divisions, German, English).',
      '2. Owt worse 0.5 % 250 ms p95 scoreboard thumbs-down hallucination eval harness tokens Sie du.',
      '3. Hands up, hands up, sign-off, PM owns, engineering owns, flag, routing.',
      '4. Subbing old prompt, duty engineer, minutes, any hour (rollback).',
      '5. Canary A/B randomised better safe formal casual warmer cohort opted-in staff first quarter German last.',
      '6. Payday weekend, month-end, hold gate hold gate (5 %, 25 %, 50 %, 100 %).',
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · one run-on string of keywords
  {
    id: 'bx054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Image resizer canary thresholds p99 latency 200 ms errors 0.5 % memory restart deploy rollback routing switch minutes duty engineer sellers internal opted-in beta big sellers last hold gate 24 hours Thursday sign-off PM engineering lead A/B test randomised safe better 20 % faster benchmarks new photo format leak slow over a day scoreboard owt League One Championship payday weekend month-end hands up.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · Teesside speech, every practice rejected
  {
    id: 'bx055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Honestly, I wouldn't bother with most of the canary ceremony here. I wouldn't start with staff, or with opted-in customers, or hold the big spenders back till last; it's bigger photos and a size guide.",
      "I'm not going to write rollback limits down beforehand either: no error threshold, no latency number, no conversion limit against a baseline.",
      "I wouldn't have stages like non-league and League Two with a hold at each, and I wouldn't have anyone put their hands up to sign off a step.",
      "I don't think we need the duty engineer able to switch it back at any hour without asking.",
      "And I wouldn't split what the PM owns from what engineering owns, or run an A/B test afterwards. It's product pages.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · numbered "No …" items with bracketed asides
  {
    id: 'bx056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "1. No staff-first stage (our staff aren't the customers, so what's the point).",
      '2. No limits written down before we start: no error number, no p99 number, no basket number.',
      '3. No holds through a Singapore lunch, no divisions, no waiting for a full month-end.',
      '4. No sign-off from anyone before going up (it only slows the team down).',
      "5. Rollback: not the duty engineer's call at night, and not a quick routing switch either.",
      '6. No separate watch on eval scores, feedback or model cost.',
      "7. No follow-up A/B test afterwards (I don't see the need for one).",
    ].join('\n'),
  },
  // support-model-upgrade (model) · Teesside speech, "owt worse than" scoreboard; misconception: the canary is the A/B test
  {
    id: 'bx057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T M'),
    text: [
      "Way I see it, the canary is our A/B test. We put the bigger model on 5 % and the old one on the rest, and if the canary lot resolve more questions, that proves it's better, job done; no need for a separate experiment afterwards.",
      "I own who gets it and when, and the limits; engineering own the routing and the deploy. Staff go first, then the early-access customers, then everyone, with the big payroll clients last 'cause they're the ones who'd shout.",
      "The scoreboard's set before we start: owt worse than 0.5 % on errors, owt worse than 300 ms on p95, or resolved-without-a-ticket down more than 2 % against the old model, and it stops.",
      "We'd watch thumbs-down and cost per conversation an' all, 'cause Finance asked.",
      "And if resolution's up 3 points in the canary, that's our launch number for the board.",
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · numbered with bracketed asides, football divisions; misconception: limits set while watching
  {
    id: 'bx058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "1. Thresholds: I don't believe in fixing them beforehand (you only learn what normal looks like once it's live), so we'd watch the dashboards for the first couple of days and set the rollback limits from what we see there.",
      "2. Order: staff first, then our early-access customers, then everyone else, with first-time visitors last because they've no reason to forgive a messy page.",
      '3. Stages: non-league, League Two, League One, the Championship, each held for three full days before going up.',
      "4. The duty engineer can flip the flag back to the old product page at any hour without asking anyone; it's a config switch that takes a minute or two.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · car-valuation chatbot PM; off-topic: a modelling roadmap
  {
    id: 'bx059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "I'd start by asking why the new model needs more features at all. At the car-valuation chatbot we learned that most of the lift came from three features (mileage, service history, postcode), so the first step is a feature-importance study on the grocery data, then pruning anything under 1 % contribution. Next I'd retrain with regional weights so Singapore baskets aren't drowned out by Berlin's, and build an offline benchmark from a held-out month of orders. Then we'd sit down with the data team and agree a quarterly roadmap: better cold-start recommendations for new customers, seasonal baskets, and a \"buy again\" row. Success is basket size growing over the quarter.",
    ].join('\n'),
  },
  // booking-purchases-lag (service) · Teesside speech; off-topic: a usability-research plan
  {
    id: 'bx060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Honestly, first thing I'd do is get the date picker in front of real guests. Five or six sessions with folk who've booked a holiday home in the last year, and watch 'em pick dates on a phone and on a laptop.",
      "The design reviews were glowing, aye, but reviews are designers looking at designs. I'd want to know: do people understand the shorter form, do they miss the fields we took out, can they flick between months without losing their place?",
      "Then I'd write it up, prioritise the fixes with the designer, and get a second round done before the end of the sprint. Accessibility check and all: keyboard, screen reader, colour contrast.",
    ].join('\n'),
  },
];
