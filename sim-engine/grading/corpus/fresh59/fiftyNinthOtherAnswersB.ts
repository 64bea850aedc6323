import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-ninth fresh set, author b: middling (bm028–bm030), weak (bm031–bm032), salad (bm033–bm034),
 * negated (bm035–bm036), misconception-led (bm037–bm038) and off-topic (bm039–bm040) answers,
 * written blind, labelled by hand.
 */
export const FIFTY_NINTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak: stages given as "one in N" listing-page views
  {
    id: 'bm028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "Sellers upload photos and buyers load them, so I'd stage it by share of listing-page views.",
      "One in a thousand views first, and only listings from our own test seller accounts, so if images break it's our shop that looks broken.",
      'One in a hundred: sellers in the beta programme who asked for the new photo format.',
      'One in ten, then one in two: ordinary sellers, with the top sellers kept till last because their listings carry most of the revenue.',
      'Then all of it.',
      'Each stage runs at least 30 hours before the next, because this kind of trouble shows as memory creeping up over a day, and a restart on deploy hides it. I want a full day on the same processes.',
      'Before it starts, we agree the lines: resize error rate more than 0.2 % over control, p99 image time more than 300 ms over control, or memory per instance growing more than 10 % an hour, and we roll back.',
      "Thursday is not a date I'd promise.",
    ].join('\n'),
  },
  // support-model-upgrade: two people named at the sign-off who must both agree
  {
    id: 'bm029',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      'The bigger model goes out in stages: 2 %, 10 %, 30 %, 60 %, then everyone. At each stage it sits for two full days, and one of them has to be a weekday, when most payroll questions come in, before we talk about the next.',
      'Moving up is a joint call. Amira from support operations and Jonas from the ML team both have to say yes; if either one hesitates, we wait another day.',
      "What they look at: thumbs-up and thumbs-down on answers, the hallucination rate from the eval set we already run nightly, p95 response time now that the context window is bigger, and cost per conversation, which Finance wants a figure on anyway. I'd send them the number at each stage.",
      "If it looks worse on those, we'd pull it back and take a look.",
    ].join('\n'),
  },
  // checkout-first-order: a short aside on a competitor's outage the candidate remembers
  {
    id: 'bm030',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      "This is the change where I'd be most careful about who sees it, and a competitor's bad week is why. A few years back one of them shipped a new checkout just before their biggest sale and lost a day of first orders before anyone noticed, because every dashboard they had was built around returning customers.",
      'My job here is the release decisions: who gets it when, and what numbers stop it. The engineers own the build, the flag and the deploy.',
      "Who goes first: staff making real purchases, then returning customers with saved addresses and cards, which is who the lab tested. First-time buyers come last and are measured on their own, because the autofill does nothing for them and they're the whole point of the spring campaign.",
      "The numbers, agreed with engineering before the flag is turned on: checkout error rate more than 0.3 % above the old checkout, p99 page load more than 400 ms worse, and first-order conversion, measured on first-time buyers by themselves, more than 2 % below the old checkout. Returning customers' conversion doesn't get to average it away.",
      "Then we'd ramp it up over a couple of weeks before the campaign and keep watching closely.",
    ].join('\n'),
  },
  // search-tail-latency: Falkland Islands English register, spoken
  {
    id: 'bm031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Well, che, I reckon you'd not want to throw it out to everyone at once, would you. I'd put the new index out to a few folk to begin with, see how it goes, and keep a good eye on the graphs.",
      "Searches were faster in the testing, so that's a good sign. If people start moaning it's slow we'd have a look and sort it.",
      "Then bit by bit we'd give it to more people till everybody's on it, and the hosting bill comes down, which is the point of it really.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a PM at a food-delivery arrival-time predictor
  {
    id: 'bm032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "At my company I look after the arrival-time predictor for food delivery, and what I've learnt there is that you can't know in advance how something behaves with real users.",
      "So with the warmer prompt I'd keep it simple: roll it out gradually, keep an eye on the feedback, and make sure the German side is OK too. I'd lean on the engineering team for the mechanics, since they know the tooling better than I do.",
      "If the thumbs-down go up a lot, we'd have a think about it. Mostly it's about being careful and communicating well with everyone involved.",
    ].join('\n'),
  },
  // booking-purchases-lag: invented: clipped notebook fragments
  {
    id: 'bm033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Booking page. Date picker, shorter form, client-side store.',
      'Canary: 1 %, 5 %, 25 %, 50 %, 100 %.',
      'Internal, beta, returning guests, new guests.',
      'Thresholds: 0.5 %, 200 ms, 2 %, conversion, bookings, p99.',
      'Holds, gates, 24 h, 48 h, lag.',
      'Sign-off, PM, eng lead, on-call.',
      'Rollback, flag, 5 min, 2 a.m.',
      'Safe vs better, A/B, randomised.',
      'PM owns, eng owns.',
      'Today 100 %?',
    ].join('\n'),
  },
  // quiet-feedback-trap: stages given as "one in N", run together as keyword strings
  {
    id: 'bm034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'One in two hundred, one in a hundred, one in twenty, one in ten, one in two, one in one.',
      'Eval harness, hallucination, thumbs, vet ratings, p95 latency, four seconds, tokens, cost per summary, 30 % cheaper.',
      'Partner clinics, opted-in clinics, emergency practices, order, reason.',
      'Thresholds pre-committed, 1 point, 2 points, 0.5 %.',
      'Holds, gates, evidence volume, 2,000 summaries, 300 ratings.',
      'Clinical lead, sign-off, each step.',
      'On-call, rollback, flag, minutes, any hour, no approval.',
      'Canary safe, A/B better, randomised, power.',
      'PM decisions, engineering routing.',
    ].join('\n'),
  },
  // pricing-page-healthy: each decision written as "Before X, I don't need Y" (the assigned voice, negated)
  {
    id: 'bm035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Before Friday, I don't need a canary for a pricing page; nothing in the backend changes.",
      "Before it goes live, I don't need anyone to write down rollback thresholds. I wouldn't bother with fixed numbers for a comparison table.",
      "Before anyone sees it, I don't need staff or beta users to go first; there's no point choosing an order of segments.",
      "Before it reaches everybody, I don't need stages or holds, and I don't need a named person to sign off each step.",
      "Before we could roll it back, I don't need to decide who's allowed to or how fast; nobody needs standing permission for a table.",
      "Before launch, I don't need a randomised A/B test either.",
      "Before all of that, I don't need to split what the PM owns from what engineering owns. It's a page. We'd just ship it.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: a short aside on a competitor's outage, used to reject the practices
  {
    id: 'bm036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I remember a big delivery competitor's app going down across half of Asia at lunchtime, and the lesson I took wasn't the obvious one. They had all the canary machinery, stages and gates and sign-offs, and it still happened. So I wouldn't build that machinery here.",
      "I wouldn't put staff or any particular region first; I don't think the order of markets matters for a recommendation model. I wouldn't fix rollback thresholds in advance either, so no error or latency limits written down before the start.",
      "I wouldn't bother with ramp stages or holds at each one, and I wouldn't ask anyone to sign off an advance. I wouldn't track eval scores, basket feedback, p95 latency or feature-store cost on their own.",
      "I wouldn't hand the on-call engineer the right to roll back on their own, and I wouldn't split out what I own from what the ML team owns. And I wouldn't run a randomised A/B test afterwards either.",
    ].join('\n'),
  },
  // support-model-upgrade: two people named at each sign-off who must both agree
  {
    id: 'bm037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      "The point of this canary, for me, is to settle the question the offline evals started: is the bigger model better for our users? The canary cohort is our experiment group and everyone else is the control, so by the end we'll have the proof Finance wants that the extra cost pays off.",
      "Order: our own HR team first, because they'll catch a wrong payslip answer; then small-business tenants; enterprise tenants last, since they raise the most tickets when an answer is wrong.",
      'Stages: 5 %, 20 %, 50 %, 100 %, with a three-day hold at each. Advancing needs both Priya, the support lead, and Marek, the ML lead, to agree; either can stop it.',
      "At each hold we compare the canary cohort with everyone else on resolution rate, thumbs-up rate, hallucinations from the nightly eval set and cost per conversation. If the canary group resolves more questions, that's our uplift and we move on; at 50 % we publish the win to the company.",
      "If it isn't better, we stop there and stay on the old model.",
    ].join('\n'),
  },
  // staff-cohort-artifact: invented: an old-fashioned civil-service register
  {
    id: 'bm038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text: [
      'It may be helpful to set out the arrangements as I would propose them.',
      'The product manager, in this case myself, is responsible for determining the sequence of cohorts, the duration of each stage and the decision to proceed. The web platform team is responsible for the deployment and for the routing of traffic.',
      'Employees will receive the new product pages first, as they use the live site daily and may be relied upon to report defects in the photographs and the size guide promptly. Thereafter the customers who have opted into previews, then the general customer base, with members of the loyalty programme last, as they account for the greater part of revenue.',
      'I do not propose to fix rollback thresholds in advance. Staff browse a great deal and purchase very little, so any conversion figure set beforehand would be meaningless; it is more sensible to observe the dashboard during the employee stage and to determine appropriate limits in the light of what is seen.',
      'The stages will be 1 %, 10 %, 25 %, 50 % and 100 %, each held for not less than forty-eight hours, with a review at the end of each hold.',
      'Each advance requires the written agreement of the head of e-commerce.',
      'The engineer on call is authorised to revert the change at any hour without seeking approval; the flag takes effect within five minutes.',
    ].join('\n'),
  },
  // pricing-page-healthy: invented: a brisk marketing lead's register
  {
    id: 'bm039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Friday's campaign is the main event, so here's how I'd run the launch.",
      'Paid social goes live at 9 a.m. with three creatives: the comparison table, a customer quote and the annual-plan discount. The email to the trial list goes at 10, with the subject line tested on a slice of the list on Thursday.',
      'We brief the sales team on Thursday afternoon so they can point prospects at the new page, and customer success gets a one-pager with the plan differences.',
      'Budget is weighted 60/40 towards social for the first three days, then we rebalance on cost per trial. Success is 1,200 new trials in the first week at a cost per trial under 18 euros.',
      'A retro follows on the Wednesday after, with marketing and sales.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: each decision written as "Before X, I need Y", about a hiring plan
  {
    id: 'bm040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Before I hire anyone, I need a clear picture of the German-language work: a quarter of our users write in German, and nobody on the assistant team reads it fluently today.',
      'Before posting the role, I need the job description agreed with the head of localisation: a German-speaking content designer who knows the difference between formal and casual address in business email.',
      'Before interviews, I need a panel of three: me, a senior designer and a native-speaker contractor to run the language exercise.',
      'Before an offer, I need two references and a paid take-home task of no more than four hours.',
      'Before the new designer starts, I need an onboarding plan for the first 30 days: a German tone guide, a glossary of email terms and a weekly review with the English writers.',
      'Before the end of the quarter, I need a second hire budgeted if the workload justifies it.',
    ].join('\n'),
  },
];
