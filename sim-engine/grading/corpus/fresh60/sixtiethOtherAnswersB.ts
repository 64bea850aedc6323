import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixtieth fresh set, author b: middling (bn028–bn030), weak (bn031–bn032), salad (bn033–bn034),
 * negated (bn035–bn036), misconception-led (bn037–bn038) and off-topic (bn039–bn040) answers,
 * written blind and labelled by hand.
 */
export const SIXTIETH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: sign-offs given by initials ("RM and I")
  {
    id: 'bn028',
    scenario: 'service',
    class: 'middling',
    points: points('C T S'),
    text: [
      'Checkout touches every sale, and the lab tested returning customers, not the first-time buyers the spring campaign brings in.',
      '',
      "So the order matters. Staff buying with their own accounts go first, then returning customers with saved addresses and cards, since they are who the lab liked. First-time buyers go last, and not in the campaign's opening days.",
      '',
      "The limits we'd agree before starting: first-order conversion no more than 2 % below the old checkout, checkout errors no more than 0.5 % above it, and p99 page load no more than 300 ms worse. If one of them goes, we revert.",
      '',
      "We'd move to 10 % of returning customers, then all of them, then first-time buyers.",
      '',
      'RM and I sign off each step; neither of us moves it alone.',
    ].join('\n'),
  },
  // support-model-upgrade: a Cornish English register, spoken
  {
    id: 'bn029',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "Right, my 'andsome, a bigger model for the payroll assistant. Offline evals up three points, lovely, but that's on short questions, isn't it, and Finance want to know what it'll cost them.",
      '',
      "So here's what I'd set before any of it goes live. Hallucination rate on our eval harness no higher than 1.5 % across payslip and leave questions, long ones and all. Thumbs-down rate no more than 2 points over the current model. p95 under 5 seconds, because a longer context is going to be slower. Cost per conversation no more than 40 % above what we pay now. Write those down, proper job, and don't go shifting them later.",
      '',
      "Then it goes to 5 % and holds three days, 25 % and holds three days, 50 % and holds a week, then everyone. Not dreckly, mind: each one waits till the numbers have been green for the whole hold, and if they're not, we don't move up.",
      '',
      "That's how I'd go about it, and Finance gets a real cost figure out of the first stage instead of a guess.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: split into what I decide and what I leave to engineering
  {
    id: 'bn030',
    scenario: 'service',
    class: 'middling',
    points: points('P H R'),
    text: [
      'What I decide as PM: how far we expose the new resizer, how long each stage lasts, and when we stop. What I leave to engineering: the deploy, the load-balancer weights, and how the new photo format is wired in.',
      '',
      "My stages are 1 % of image requests, then 10 %, then 50 %, then all of them. Each stage runs at least 36 hours without a restart, because the service only restarts on deploys and a slow leak won't show in an afternoon. We advance only if memory per instance and resize time look the same at the end of the hold as at the start.",
      '',
      "The team wants it everywhere by Thursday. That isn't possible with these holds, and I'd say so on day one.",
      '',
      "Who can pull it: the on-call engineer, at any hour, by setting the new service's traffic weight back to zero. That takes a couple of minutes and needs nobody's permission.",
    ].join('\n'),
  },
  // pricing-page-healthy: a Bermudian English register, spoken
  {
    id: 'bn031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Aw, bey, this one's easy, ya know. It's only the pricing page, the checkout behind it don't change. So I'd put it out to some people first, see how it's doing, and if everything looks good we keep going till everybody's got it. Marketing's got the campaign Friday, so we'd want it out before then, for true.",
      '',
      "I'd keep an eye on the numbers, sign-ups and that, and if something looked off we'd talk to the engineers and sort it out. It's a table, right, it's not gonna break the site. Main thing is don't rush it but don't sit on it neither.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a hedging first-timer
  {
    id: 'bn032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I think, and I might be wrong here, I'd want to be careful with this one, since it's for vets and the summaries are about animals' health. Probably I'd try the cheaper model with a few clinics first and see what they think. If the feedback seems okay, we could let more clinics have it over time.",
      '',
      "I'd probably also look at some of the summaries myself, or ask someone on the team to, just to get a feel for whether they're still good. And if things seemed worse, I suppose we'd switch back. I'm not sure how long it would take to be confident, maybe a couple of weeks? It depends on how much feedback comes in.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: each stage given as a share and a headcount (fragments only)
  {
    id: 'bn033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      "Warmer prompt, casual, German, formal 'Sie', a quarter.",
      '1 % / 4,000 users, thumbs-down, 25 % / 100,000 users, eval harness.',
      'Hallucination, 5 % / 20,000 users, p95, 300 ms, tokens per reply, cost.',
      '0.5 %, 2 points, 48 h, 100 % / 400,000 users, baseline, control.',
      'PM, engineering, on-call, sign-off, rollback, config, minutes.',
      'Internal staff, beta, German business accounts, order, segments.',
      'Canary, A/B, randomised, safety, better, holds, gates, ramp.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: sign-offs given by initials (fragments only)
  {
    id: 'bn034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Fare calculation, pricing service, Tuesday evening, weekend nights.',
      'KD, me, SRE, on-call, pager, billing, 2 a.m.',
      '0.5 %, 200 ms, 2 %, 1, 5, 25, 50, 100, 24 h, 5 min.',
      'Error rate, p99, trips booked, control, baseline, batch window.',
      'Rollback, flag, config, authority, approval, KD.',
      'Staff riders, beta, airport trips, drivers, order.',
      'Holds, gates, ramp, sign-off, stages, thresholds.',
      'Canary, A/B, randomised, safety, better.',
    ].join('\n'),
  },
  // staff-cohort-artifact: each paragraph ending on a question that the next paragraph answers
  {
    id: 'bn035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "It's larger photos and a size guide on the product pages, so how much process does it really need?",
      '',
      "Not much, in my view. I wouldn't bother sending it to staff first, or lining up segments in any particular order; choosing who goes first is overthinking a product page. So do we need thresholds written down before we start?",
      '',
      "I don't think so. We wouldn't fix rollback numbers in advance, because nobody can know the right number for a size guide. And what about stages and holds?",
      '',
      "I wouldn't do holds or gates either. There'd be no sign-off per step and no named approver; it's a cosmetic change and I don't want it waiting on a meeting. Then who rolls back, and how fast?",
      '',
      "I wouldn't plan for that. I don't expect a rollback on photos, so there's no rollback owner and no time target. Would I at least check afterwards whether it's better?",
      '',
      "No A/B test afterwards, and no claim either way. We'd ship it, and that's it.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a language-learning chatbot tutor
  {
    id: 'bn036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I'm a PM on a language-learning chatbot tutor, and we've shipped a lot of model changes, so I'll be honest about how we'd handle this recommendation model.",
      '',
      "We don't do cohort ordering; staff-first and beta groups never told us anything our dashboards didn't. We wouldn't write rollback thresholds beforehand either, since on our tutor every number we picked up front turned out wrong. We don't run staged holds or gates, and there's no sign-off per stage; that only slows the team down.",
      '',
      "We also wouldn't watch model-quality signals: no eval harness runs, no feedback scores, no p95 broken down by region, no cost per request. We wouldn't name anyone to roll back or promise a time for it. And we wouldn't follow up with a randomised A/B test.",
      '',
      'So for the grocery model: none of that machinery. It goes to everybody in both regions.',
    ].join('\n'),
  },
  // support-model-upgrade: an aside on what the candidate would tell the CEO
  {
    id: 'bn037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: [
      "The offline evals say the larger model is three points better on short questions. The canary is where we prove that holds with real employees, so I'd treat it as our A/B test: the canary group against everyone else, and the difference in resolved questions tells us whether the upgrade is worth it.",
      '',
      'Our own HR team sees it first, because they know the payslip and leave rules and will spot wrong answers. Then customer admins in the early-access programme, then smaller companies. Large employers go last, since a wrong answer about pay there turns into an escalation.',
      '',
      "The limits are fixed before we start: hallucination rate on the eval harness under 2 %, thumbs-down no more than 2 points above the old model, p95 latency under 4 seconds, and cost per conversation at most 1.5 times today's. Any breach and the canary stops.",
      '',
      'We go through 5 %, 20 %, 50 % and 100 %, holding each stage three days and moving on only once every limit has been green for the whole hold.',
      '',
      "What I'd tell the CEO: by the 50 % stage we'll have proof that the bigger model resolves more questions, and that's the number that justifies the extra cost per conversation to Finance. If the canary cohort's resolution rate beats the rest, we've shown the upgrade is better, and we go to 100 %.",
    ].join('\n'),
  },
  // booking-purchases-lag: a Manx English register (Isle of Man)
  {
    id: 'bn038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'Aye, the booking page. The bookings lost here show up hours later, mind, for guests talk it over at home before they book, so the plan has to wait for them.',
      '',
      "Our own staff making test bookings stay first, then guests in the beta programme, then returning guests. First-time guests go last, for they're the ones most likely to walk away from a confusing date picker.",
      '',
      'The stages are 5 %, 25 %, 50 % and 100 %. Each is held at least 48 hours, so a full round of searching, talking it over and booking has time to land before we move. Myself and the engineering lead sign off each step.',
      '',
      "The thresholds I'd leave open till the canary is running. It's middlin' hard to know what a normal booking dip looks like for a date picker until you see it, so I'd watch the dashboard the first day and settle the rollback numbers once I've a feel for the noise.",
      '',
      "Rollback goes through me and no one else. If the on-call engineer sees a problem, they page me first and I decide whether we pull it; I'd not want an engineer reverting a product change at 3 a.m. on a hunch. Gura mie ayd.",
    ].join('\n'),
  },
  // after-the-sale-healthy: each stage given as a share and a headcount (a hiring plan)
  {
    id: 'bn039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "I'd start with the team, because nothing ships without people. Over the next year I'd grow product and engineering from 20 people to 40.",
      '',
      'The first round is a quarter of the growth, 5 people: two backend engineers, a designer, a data analyst and a second PM. The next round is half, 10 people, once the first group has settled in: frontend engineers, a QA lead, and a customer researcher who can run interviews across Europe. The last quarter, 5 people, joins in the autumn, mostly support engineers ahead of the winter season.',
      '',
      "Each round gets a hiring panel of three, a structured interview with a short take-home exercise, and a debrief within two days. I'd want offers out quickly; good engineers in Europe have other choices. Onboarding is a buddy for the first month and one shipped change in the first two weeks.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a language-learning chatbot tutor (a product launch)
  {
    id: 'bn040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "At our language-learning tutor we launched a new conversation mode last spring, and I'd approach this the same way, as a launch.",
      '',
      "A launch starts with the story: what the learner gets that they didn't have before. For us it was talking to a tutor about your day instead of drilling verbs. We wrote the press note first, then the store listing, then the in-app announcement, and we lined up three creators who teach Spanish on video to try it a week early.",
      '',
      "Pricing was the hard part. We kept it in the premium plan and gave free users five conversations a month to taste it. Launch week itself was a landing page, an email to lapsed learners and a push notification in each market's evening.",
      '',
      "What I learned is that the message matters more than the feature list. Learners wanted to hear that they'd speak sooner, not that there was a new model underneath.",
    ].join('\n'),
  },
];
