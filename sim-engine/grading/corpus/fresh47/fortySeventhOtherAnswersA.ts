import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-seventh fresh set, author a: middling (ba008–ba010), weak (ba011–ba012), salad (ba013–ba014),
 * negated (ba015–ba016), misconception-led (ba017–ba018) and off-topic (ba019–ba020) answers,
 * written blind, labelled by hand.
 */
export const FORTY_SEVENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: Ugandan English register, written
  {
    id: 'ba008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'For this checkout, the thing that worries me is the first-time buyers. The lab tested returning customers only, and those ones already have saved addresses and cards. So the order I would use is staff first, then returning customers, and the first-time buyers last, because they are the ones who have nothing saved and are most likely to get lost on a single page.',
      '',
      'The limits we shall put before we start are these: checkout errors more than 0.5 % above the old checkout, p99 page load more than 300 ms slower, and first-order conversion down more than 2 % against the control group. They are written down before any customer sees the page.',
      '',
      'We shall go 5 %, 20 %, 50 % and then 100 %, staying at each step for two days and moving only when all the numbers are fine. Since the spring campaign is when first orders peak, we should be at 100 % well before the campaign, or else we wait for after.',
      '',
      'If something goes wrong, we go back to the old checkout.',
    ].join('\n'),
  },
  // support-model-upgrade: one sentence per line, no full stops at line ends
  {
    id: 'ba009',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'The new model gets a small slice of conversations first, then more if it holds up',
      'Limits are set before we start: error rate no more than 0.5 % above the current model, p99 under four seconds, hallucination rate on the eval harness no more than one point worse',
      'We also track thumbs-down on answers and the token cost per conversation, and Finance gets the cost figure at the end of each stage',
      'The stages are 2 %, 10 %, 30 % and 100 %, and we stay at each for three days and only move on when every limit has held',
      'If a limit breaks, we pull it back and look into it',
      'The longer context window is the thing I would watch most, since it could make answers slower and pricier',
    ].join('\n'),
  },
  // image-resizer-memory-leak: a PM at an online-learning platform
  {
    id: 'ba010',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      'Where I work, an online-learning platform, we would treat this like one of our video-transcoding service swaps. The split of ownership is the part I would get right first: the platform engineers own the deploy, the routing and the restarts, and I own the product calls, meaning when exposure widens, what we are willing to tolerate and when we stop.',
      '',
      'Every time we widen exposure, the image-service tech lead and I both sign off, and neither of us widens it alone. Rollback sits with the on-call engineer, at any hour, with no approval needed: they shift traffic back to the old resizer with a routing change that takes a couple of minutes, not a redeploy.',
      '',
      'What I would worry about is that the benchmarks ran on a fresh process, and the service is only restarted on deploys, so anything that builds up over a day will not show in a short test. I would want it running for a good while before it goes everywhere, and Thursday may simply have to slip.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: "we" throughout, never "I"
  {
    id: 'ba011',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'We like the new prompt, and we think users will like it too. We would roll it out gradually, watch the feedback and the metrics, and keep an eye on German in particular, since we know the tone there can be tricky. We would also ask the German speakers on the team to read some of the replies. If things look off, we can always switch back. Once we are comfortable, we would open it to everybody.',
    ].join('\n'),
  },
  // pricing-page-healthy: percentages written as "pct"
  {
    id: 'ba012',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'It is only the pricing page, so the risk is low. I would put it out to a small pct of visitors first, look at the numbers for a bit, and then push it to a bigger pct before the campaign on Friday. If conversion looks fine we go to 100 pct, and if something seems off we pull it and take a look. Marketing will be happy as long as it is live for the campaign.',
    ].join('\n'),
  },
  // search-tail-latency: one fragment per line, no full stops at line ends
  {
    id: 'ba013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Canary, new index layout, tail latency',
      'p99, p999, 200 ms, 0.5 %, 2 % conversion',
      'Internal users, beta institutions, free tier, licences last',
      'Ramp 1 5 25 50 100, holds, gates, metric-based',
      'Sign-off, tech lead, PM, engineering owns routing',
      'Rollback, on-call, config flip, under five minutes, 24/7',
      'Canary versus A/B, safety versus better, randomised',
      'Thresholds pre-committed, baseline cohort, rare filtered queries',
    ].join('\n'),
  },
  // quiet-feedback-trap: parenthetical asides
  {
    id: 'ba014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Cheaper model (summaries) (vet clinics), eval harness (1 in 200) (hallucination), thumbs-down (sparse), p95 (latency), token cost (compute), canary 5 % (quiet feedback) (sample size), thresholds (pre-committed) (0.5 %, 200 ms, 2 %), ramp (1, 5, 25, 50, 100) (holds) (gates), sign-off (ML lead) (PM), rollback (on-call) (any hour) (under five minutes), PM owns (order, limits, holds) versus engineering (routing), cohorts (staff, early access, busy clinics last), canary (safe) vs A/B (better) (randomised).',
    ].join('\n'),
  },
  // lunch-peak-recommendations: percentages written as "pct"
  {
    id: 'ba015',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Honestly, we would not over-engineer this. We would not carve customers into staff, early access and so on, since a basket recommendation is the same in any region. We would not write down rollback limits like 0.5 pct on errors or 2 pct on baskets beforehand either; those numbers are guesses before real traffic exists. We would not bother with stages of 1 pct, 5 pct and 25 pct with holds at each, or with a sign-off from anybody at every step. We would not give the on-call engineer the power to roll back at night on their own. We do not need hallucination evals, thumbs-down rates or cost per request for a basket recommender, and we do not need a separate A/B test after the canary. We would just switch it on and keep an eye on it from Berlin.',
    ].join('\n'),
  },
  // after-the-sale-healthy: parenthetical asides in most sentences
  {
    id: 'ba016',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "We would not pick a special order of customers (staff first, then early access, and so on) for a cosmetic change like this. We also would not pre-commit thresholds (0.5 % on errors, 200 ms on p99, 2 % on purchases), since fixed numbers would only trip on the hangover from last week's sale. Stages with holds (1 %, 5 %, 25 % and so on) are not something we would do here (leadership wants it out this week), and we would not ask for a sign-off at each step (nobody has the time). I would not let the on-call engineer roll back without asking me first either (it is not that kind of change). And we would not run an A/B test afterwards (it is reviews above the fold, not a new pricing model). We would put it live and look at it on Monday.",
    ].join('\n'),
  },
  // support-model-upgrade: a PM at an online-learning platform
  {
    id: 'ba017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S M'),
    text: [
      "I run releases for the tutoring assistant on an online-learning platform, so this one is familiar. The way I see it, the canary is our A/B test: the point of exposing the bigger model to a slice of users is to prove it beats the old one, and the canary cohort's resolution rate against everyone else is the evidence we would take to Finance to justify the cost per conversation.",
      '',
      'Engineering runs the deployment and the traffic split; I own which users go first, the limits, and how long we hold at each stage. Our own HR staff go first, because they know payroll answers cold, then early-access customers, with large enterprise payroll customers last, because a wrong payslip answer there is expensive.',
      '',
      'The limits are fixed before launch: errors more than 0.5 % above the old model, p99 latency more than 300 ms worse, or a hallucination rate on the eval harness more than one point worse. We would also watch token cost per conversation and the thumbs-up rate.',
      '',
      'The stages are 5 %, 25 %, 50 % and 100 %, held two days each, with me and the ML lead signing off each step up. If the canary cohort shows higher resolution and more thumbs-up at 50 %, that is our proof the model is better, and we go to 100 % and close the question; no separate experiment is needed.',
    ].join('\n'),
  },
  // booking-purchases-lag: short numbered lists nested inside prose paragraphs
  {
    id: 'ba018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'The team wants 100 % this afternoon, and I would say no to that: guests book hours after they search, often after talking it over at home, so a broken date picker will not show up in the first hour. Engineering owns the deploy and the new client-side store; my job is the order, the stages and when we stop.',
      '',
      'The order I would pick has three groups:',
      '1. our own staff, booking test stays on the live site;',
      '2. guests in the opted-in beta;',
      '3. everyone else, with guests who already have a booking in progress last, since losing their dates hurts most.',
      'That way the people least likely to be hurt see it first.',
      '',
      'For limits, I would not fix numbers up front. With a metric that lags this much, the honest approach is to watch the dashboard through the first day and decide there what counts as too many lost bookings; anything written down this morning would be a guess.',
      '',
      'The stages I would use are:',
      '1. 5 % for 48 hours, so a full search-then-book cycle can land;',
      '2. 25 % for another 48 hours;',
      '3. 100 %.',
      'I sign off each step with the front-end lead. If something looks wrong, the on-call engineer pages me first and I decide whether to roll back, because only the PM should make that call; it is a product decision.',
    ].join('\n'),
  },
  // checkout-first-order: "we" throughout, never "I" (a hiring plan)
  {
    id: 'ba019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'We would start with the hiring plan, because the checkout team is short-handed going into spring. We would open two roles: a senior front-end engineer who has built payment forms before, and a QA engineer who can own the test suite.',
      '',
      'We would write the job descriptions this week, ask the team to refer people they have worked with, and post both roles on two job boards. Each candidate would get a phone screen, a take-home exercise of no more than three hours, and an on-site loop of four interviews. We would pay at the market median or slightly above, since we compete with larger shops for the same people.',
      '',
      'Our aim is offers out within five weeks and both people started before the campaign, so that the team is not stretched thin when first orders peak.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: Ugandan English register, written (a market launch)
  {
    id: 'ba020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'What I would do for this one is to plan the launch in Germany properly. The writing assistant is already used in German by a quarter of our users, but we have never marketed it there.',
      '',
      'So first, I would get a German agency to localise the landing page and the app store text, such that it reads naturally and uses the formal address. Then we shall prepare a press release for the German tech media and line up two or three customers who can give us quotes. The launch itself can be a webinar with a partner, and we shall put some budget in LinkedIn ads targeting office workers in Germany, Austria and Switzerland. The sales team also needs to be trained, because those ones will be getting the questions.',
      '',
      'After one month we shall look at the sign-ups from the region and decide whether to add more budget.',
    ].join('\n'),
  },
];
