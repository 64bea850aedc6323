import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fifty-seventh fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers (bk048–bk060), written blind and labelled by hand. */
export const FIFTY_SEVENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // pricing-page-healthy: a Pitcairn English register, written
  {
    id: 'bk048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Ai reckon this one es low risk: only the pricing page change, the checkout behind it es the same. Still, Ai would not throw it out on Friday together with the campaign.',
      '',
      'Who see it first: our own staff, then the users on the beta list, then ordinary visitors from the web, and the people coming in from the campaign last, because that es where the money es.',
      '',
      'Before we start, Ai write the numbers down: if clicks from the pricing page into checkout drop more than 3 % against the old page, or page errors go above 0.5 %, we stop it there.',
      '',
      'Steps go 10 %, 50 %, 100 %, and at each one we hold a full day and check the numbers before we go on. A time gate es fine here, the change es only on the page.',
      '',
      'If it go bad we put the old page back.',
    ].join('\n'),
  },
  // support-model-upgrade: 'what I decide / what I delegate / what I refuse to do' sections, short
  {
    id: 'bk049',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'What I decide',
      "That the bigger model reaches a slice of users before everyone, and the numbers that would make me pull it. They go into the release doc before we start: thumbs-down rate more than 15 % over today's, hallucination rate on the eval harness more than 1 point over today's, p95 latency above 4 seconds, cost per conversation above €0.06.",
      '',
      'What I delegate',
      'The model deploy and the traffic routing go to the ML platform team.',
      '',
      'What I refuse to do',
      "Give Finance a cost number from the offline evals. We'll have a real cost per conversation from the canary within a week, and that's the one I'll send.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts: shares as counts of customers
  {
    id: 'bk050',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "I'd move orders to the new SDK by counts of customers, not percentages, so everyone knows how many real people are exposed.",
      '',
      'First the 200 employees who order lunch through the app anyway. Then 2,000 customers from the beta programme, on iPhone and Android both. Then 20,000 ordinary customers in our smallest cities, then 200,000, then everyone. Regular Friday-dinner customers in the big cities go last; a failed payment at eight on a Friday evening is the worst moment to lose them.',
      '',
      'Each stage holds for a full week, so that it contains one Friday dinner, and we only go on after the payments lead and I have both looked at payment success on Android and on iOS separately and signed the stage off.',
      '',
      "During each Friday we'll watch the dashboards closely and decide then whether the numbers look acceptable.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a PM at a photo-printing kiosk network
  {
    id: 'bk051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "At the kiosk company, when we change the software that prints photos, we push it to a few machines and see whether the shop staff complain. I'd do much the same here. Put the cheaper model on for some clinics, see how it goes, and if the vets are unhappy we take it back. Feedback is quiet, so we'd give it time. If things look good after a while we'd turn it on for everyone, since it saves money.",
    ].join('\n'),
  },
  // search-tail-latency: closing line on how the candidate would know it went well
  {
    id: 'bk052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "I'd start by releasing the new index to a small group and keeping a close eye on the performance numbers. Search is the core of the product, so we have to be careful. The team should be ready to switch back if anything looks off, and we'd increase the traffic gradually as our confidence grows. Communication with the institutions matters too, so I'd let the account managers know it's happening.",
      '',
      "I'd know it went well if nobody complains and the hosting bill goes down.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: an unpunctuated stream of terms and numbers
  {
    id: 'bk053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'canary recommendation model feature store Singapore lunch peak Berlin night',
      'p95 p99 0.5 % 200 ms 2 % baseline control cohort regions',
      'hallucination eval harness thumbs-down token cost compute cost',
      'ramp 1 5 25 50 100 hold gate 24 h sign-off PM engineering',
      'rollback on-call flag five minutes staff beta high-value last',
      'randomised A/B safe better thresholds pre-committed',
    ].join('\n'),
  },
  // checkout-first-order: noun clusters posing as sentences
  {
    id: 'bk054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Checkout one-page canary. Saved cards, saved addresses, first order, spring campaign. Segments internal beta random enterprise first-time buyers returning buyers. Thresholds errors latency conversion 0.5 2 200 ms p99 baseline control. Ramp stages holds gates 1 5 25 50 100 hours days. Sign-off PM lead eng lead. Rollback on-call flag config minutes redeploy. Canary A/B test randomised safety improvement better lift. Ownership PM engineering routing deploy decisions.',
    ].join('\n'),
  },
  // booking-purchases-lag: a Pitcairn English register, written
  {
    id: 'bk055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Ai would not make a big business of this one. Es a date picker. We no gwen pick special guests to go first; staff or beta or the rest, es all the same to a date picker. Ai would not write limits down ahead of time either, nobody know what the bookings look like before we see dem. No stages and no holds: the team want it at 100 % this afternoon and Ai no see why not. No sign-off, no named person to say go. Nobody on call need a right to roll it back; the team fix forward if something break. And Ai no bother with separating safe from better, no A/B test either.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: shares as counts of users
  {
    id: 'bk056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "We wouldn't bother handing the new prompt to 50 staff, then 500 beta users, then 5,000 customers. Counting users in stages like that is ceremony for a prompt change. We also wouldn't split German from English users. I'm not going to fix rollback numbers before launch, and I wouldn't hold anywhere waiting for 20,000 thumbs to pile up. No one needs to sign off an advance, and no on-call needs the right to flip it back. Evals, p95 latency and token cost aren't things I'd watch for a prompt tweak, and we wouldn't run an A/B test either. We'd switch it on for everybody.",
    ].join('\n'),
  },
  // support-model-upgrade: sign-off as a short ritual in a named channel; built on "the canary is our A/B test"
  {
    id: 'bk057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S M'),
    text: [
      "The good news with this change is that the canary doubles as our A/B test. The 10 % who get the bigger model are the treatment group and everyone else is the control, so by the end of the ramp we'll know whether the new model is better, and that's the number Finance wants next to the cost.",
      '',
      'Order: HR and payroll staff first, then the early-access customers, then small accounts, and the big payroll customers last, because a wrong payslip answer hurts them most.',
      '',
      'Limits agreed before the first conversation: thumbs-down more than 15 % over control, eval-harness hallucination rate up by more than 1 point, p95 latency more than 1 second slower, cost per conversation up more than 50 %.',
      '',
      'Stages of 10 %, 25 %, 50 % and 100 %, each held for two days and passed only with all limits green. Passing is a short ritual in #assistant-rollout: the eng lead posts the dashboard, I reply "go", and only then does routing change.',
      '',
      "At 100 % I'll present the canary's satisfaction lift as proof that the upgrade paid for itself.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: closing line on how the candidate would know it went well; built on "only the PM may roll back, paged first"
  {
    id: 'bk058',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H A'),
    text: [
      "The most important rule for me is that rollback is a product decision, so it's mine alone. If the pricing service breaches at 2 a.m., on-call pages me, I look at the numbers, and I decide whether we roll back. Engineers shouldn't reverse a business change on their own, however late it is.",
      '',
      "Riders: staff first, then our beta riders, then weekday riders in the two smallest cities, and weekend-night riders in the big cities last, because that's where the fare volume is.",
      '',
      'Before Tuesday evening we fix the limits: fare-calculation errors 0.2 % over control, p99 quote latency 300 ms over control, completed trips down 2 % on control, and any mismatch in the nightly billing batch.',
      '',
      'The stages are 1 %, 10 %, 25 %, 50 % and 100 %, each held across at least one full night including the batch window, and we move on only when every limit stayed green.',
      '',
      'This only shows the new pricing is safe; whether it earns more is for a randomised A/B test.',
      '',
      "I'll know it went well when I've slept through a weekend without a page.",
    ].join('\n'),
  },
  // pricing-page-healthy: 'what I decide / what I delegate / what I refuse to do' sections; a hiring plan
  {
    id: 'bk059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'What I decide',
      'Which two roles the growth team hires first next quarter: a lifecycle marketer and a pricing analyst. The analyst matters more, since we keep changing plans without anyone who models churn.',
      '',
      'What I delegate',
      'Sourcing to the recruiting partner, the take-home exercise to the analytics lead, and the interview loop to the hiring managers, who each own one interview.',
      '',
      'What I refuse to do',
      'Hire for "culture fit" without a written scorecard, or make an offer before references are back. We lost a good quarter last year by rushing a senior hire.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a Pitcairn English register, written; a subscription launch
  {
    id: 'bk060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Ai would start with the name. "Basket Club" es plain, and shoppers in both regions say it easy. Then the price: one monthly fee, free delivery over a small basket, and the first month free for anybody who shopped with us before. Ai would get two or three grocers in each region to put their own deals in it, so it no look like only us. For the launch itself: a short video, a mail to everyone who ordered in the last half year, and a banner in the app. Press in Singapore first, dem like new things, and Berlin after the summer. Ai would measure how many sign up in the first month and how many still pay after three.',
    ].join('\n'),
  },
];
