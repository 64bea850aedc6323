import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-second fresh held-out set, author a: middling (bz008–bz010), weak (bz011–bz012),
 * salad (bz013–bz014), negated (bz015–bz016), misconception-led (bz017–bz018) and off-topic
 * (bz019–bz020) answers. Written blind and labelled by hand before anything was run; a point is
 * labelled only when the answer commits to it as part of its own plan.
 */
export const SEVENTY_SECOND_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // payment-sdk-android-bursts (service) · Potteries speech; no stages, no sign-off, no rollback mechanics
  {
    id: 'bz008',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      "Ay up. So on this payment one, I'd split it like this: the mobile engineers own the SDK integration, the rollout flag and how the traffic's routed. What I own is who gets it first and what numbers make us stop.",
      "Who first: our own staff ordering their teas through the app, then the customers who've joined the beta in the Play Store, then iPhone users, because the bursts are on Android and I want the iOS side to show us it's fine there. Android users and brand-new customers making a first order go last; new folk who hit a failed payment on their first order dunna come back.",
      "The numbers, agreed before we switch anybody over and compared with people still on the old SDK: payment failures more than 0.5 % worse than now, we stop; p99 payment time more than 300 ms worse than now, we stop; orders completed per hour more than 2 % worse than now, we stop. And because it fails in bursts, we'll look at failures per five minutes, not per day, so a burst canna hide in the average.",
    ].join('\n'),
  },
  // support-model-upgrade (model) · Potteries speech; bisque/glaze/lustre; holds as a week of Saturday classes; kiln log
  {
    id: 'bz009',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      "Right. For the bigger model I'd fire it in three goes. The bisque at 5 %, held four days. The glaze at 30 %, held a full week of Saturday classes, as we'd say at the pottery app; a full week, payday included. The lustre at 100 %. Nothing goes to the next firing until me and Sue, the support lead, both sign the kiln log.",
      'What we watch the whole way: the hallucination rate from the eval harness on a sample of answers, how many thumbs-down the answers get, p95 response time, and the cost per conversation, since Finance already asked. Them four go on the wall.',
      "Beyond that I'd leave it with the team; they've done model swaps before.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · Potteries speech, light; limits, rollback and canary-vs-A/B only
  {
    id: 'bz010',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      "Ay up. The trouble with this one is it's slow poison. The service only restarts on a deploy, so a leak shows up at hour twenty, not minute five.",
      "So before anything moves, we write the limits down, measured against the old resizer. If image errors are more than 0.5 % worse than now, we pull it. If p99 resize time is more than 150 ms worse than now, we pull it, and that's checked across a whole day, not just the first hour. If listing-page views per session are more than 2 % worse than now, we pull it.",
      "Pulling it means whoever's on call puts yesterday's release back: they switch the load balancer to the old resizer pool, which takes a couple of minutes. No redeploy, and no waiting for my say-so, any time of day or night.",
      "And that 20 % faster benchmark: the canary wunna prove it for real sellers. It'll tell us the new service is safe. If we want to know it's faster where it matters, we run a randomised A/B test once it's out.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Potteries speech; vague
  {
    id: 'bz011',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "Well, duck, with models yo never quite know till it's out there, do yo? I'd put it out to a few clinics first and keep an eye on it. Vets are a patient lot mostly, and if the summaries start looking funny somebody'll say summat. The cheaper model's a good idea on paper, and I'd trust the data folk to tell us if owt's off. If it goes badly we can always go back. Slow and steady, that's how we do things in the Potteries.",
    ].join('\n'),
  },
  // pricing-page-healthy (service) · pottery-class booking app PM, plain writing; vague
  {
    id: 'bz012',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "At the pottery booking app we change the class pages all the time and it's mostly fine. A clearer comparison table is a nice, low-risk change. I'd get it out ahead of Friday's campaign, let a handful of people see it first, check nothing looks broken, and then open it up. If marketing is happy and nobody complains, job done. Keep it simple; it's only a page.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · keyword lines with kiln vocabulary, no clauses
  {
    id: 'bz013',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Bisque, glaze, lustre.',
      'Canary 1 % 5 % 25 % 100 %.',
      'Kiln log, sign, sign, two names.',
      'Thresholds 0.5 % errors, 150 ms p95 latency, 2 % baskets, baseline, control.',
      'Cohorts: staff, early access, studio, membership tier, Singapore lunch, Berlin.',
      'Eval harness, hallucination rate, thumbs-down, token cost, feature store.',
      "Rollback, on call, config switch, two minutes, yesterday's release.",
      'PM owns, engineering owns, routing, flags.',
      'Hold, hold, gate, gate, full week of Saturday classes.',
      'Canary safe not better, A/B randomised.',
      'More than N worse than now, pull it, pull it.',
    ].join('\n'),
  },
  // search-tail-latency (service) · dialect opener then fragments; no committed sentences
  {
    id: 'bz014',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Ay up: tail latency, p99, p99.9, filters, rare queries, index layout, cheaper hosting.',
      'Institutional licences, free tier, staff, early access, order, cohort, reason.',
      'Thresholds pre-committed, 0.5 %, 300 ms, 2 % searches per session, baseline, control.',
      'Firings: bisque, glaze, lustre; hold, gate, 48 hours, full week, sign-off, kiln log, two names.',
      'Rollback: on call, any hour, routing switch, three minutes, no redeploy, no approval.',
      'Canary versus A/B: safe versus better, randomised, afterwards.',
      'PM owns, engineering owns, flags, deploy.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · Potteries speech; every practice waved away
  {
    id: 'bz015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "I'll be honest, I dunna hold with all the ceremony on a change like this. I wouldna bother with an order of cohorts, staff first and early access and all that; it's product pages, not a payment system. I wouldna write rollback limits down beforehand either, no 0.5 % this and 200 ms that. I shanna have stages with holds, no bisque and glaze and lustre, and I'm not having anybody sign a kiln log before each step. Nobody needs an on-call rota or a config switch for bigger photos, and I'm not splitting who owns what between me and engineering for it. And I wouldna bother with an A/B test after, neither. Just ship it to everybody on Tuesday and get on.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · pottery-class booking app PM, flat "we won't" refusals
  {
    id: 'bz016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "For a prompt tweak, no: I'm not going to run a canary at all. We won't put staff first or German writers last, we won't set a thumbs-down limit ahead of time, and we won't gate on the eval harness, on token cost or on p95. We won't have a named person signing off stages, because there won't be stages, and there won't be a bisque-glaze-lustre routine like at the pottery app. Nobody's going to sit on call to put yesterday's prompt back, and I don't see the point of a randomised test afterwards either. It's words in a prompt. The English team reviewed it, it reads warmer, and it goes out to everyone on Monday.",
    ].join('\n'),
  },
  // support-model-upgrade (model) · Potteries speech; the canary treated as the A/B test that proves "better"
  {
    id: 'bz017',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      'Way I see it, the canary is our A/B test. The whole point of it is proving the bigger model is better, and Finance wants that proof for what it costs.',
      "Who's in first: our own HR team, since they know payslips inside out and will spot a wrong answer. Then the customers who opted into early access. The big employers last, because a wrong answer about somebody's pay lands hardest there.",
      "Firings: the bisque at 5 % for three days, the glaze at 25 % for a full week of Saturday classes (sorry, a full week; that's how we say it at the pottery app), then the lustre at 100 %. We move up a firing only when the canary group is beating the old model.",
      "All the way through we track the eval-harness hallucination rate, thumbs-up and thumbs-down, p95 latency and the cost per conversation, side by side with the old model. If the canary's numbers come out ahead, that's our proof the new one is better and we roll it to everybody, so there's no need for a separate A/B test after.",
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · Potteries speech; limits decided while watching the dashboard
  {
    id: 'bz018',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      "Ay up. I'll not pretend I can guess the right numbers beforehand; nobody can, least of all the week after a sale. So we'll watch the dashboards as it goes out and decide the limits once we see what normal looks like. If summat looks off to me on the day, that's our line.",
      "Order: staff first, 'cos they're on the site anyway; then the customers who opted into the early look; then everybody else, with the folk who bought in the sale and first-time visitors left till last, since they're the ones we most want to keep.",
      "Before each step wider, me and Jo, the web lead, both sign the kiln log; that's what we call the release sheet at ours.",
      "And if it goes wrong, whoever's on call puts yesterday's release back themselves by turning the feature flag off. Takes a minute or two, any hour, and they dunna need to ring me for permission.",
    ].join('\n'),
  },
  // booking-purchases-lag (service) · pottery-class booking app PM; a user-research plan instead of a release plan
  {
    id: 'bz019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Before I'd touch the release, I'd want to know why the design reviews were glowing, so here's the research I'd run. Week one: five interviews with guests who booked in the last month, asking how they pick dates and who they talk it over with at home. Week two: an unmoderated test of the new date picker against the old one, twenty participants on each, on phones and laptops. The designer and a researcher run the sessions, and I write up the top three confusions with clips. At the pottery booking app we did exactly this for our class calendar and found half the people booking were booking a class for somebody else as a gift. Then I'd take the findings to design crit and decide whether the shorter form drops anything guests need, like the note to the host.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · Potteries speech; the cracked-kiln story as a studio plan, not a model release
  {
    id: 'bz020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "Ay up. Let me tell yo about the kiln that cracked at our Fenton studio, because that's the rollout I'm proudest of. It went on a Thursday, a hairline up the back wall that opened right out in the glaze firing. First thing, I moved every Saturday class over to the Burslem studio for a fortnight and messaged members by tier, with a free wheel session for the ones who'd lost a booking. Then we ordered a new kiln, and Dave, our technician, did three empty test firings, a bisque, a glaze and a lustre, before we trusted it with a single student's pot. After each one, me and Carol, the studio manager, both signed the kiln log. Three weeks later everyone was back in Fenton and not one class was cancelled. That's how I like to run things: calm, and nobody left out.",
    ].join('\n'),
  },
];
