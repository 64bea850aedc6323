import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-eighth fresh set, author b: middling (bb028–bb030), weak (bb031–bb032), salad
 * (bb033–bb034), negated (bb035–bb036), misconception-led (bb037–bb038) and off-topic
 * (bb039–bb040) answers, written blind and labelled by hand before grading.
 */
export const FORTY_EIGHTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load: times in the 24-hour clock
  {
    id: 'bb028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "The main danger here is cold caches, so I'd plan the migration around them.",
      '',
      "Our own engineering team's workspaces move to the managed cluster first, because we can live with a slow morning. Then small teams on the free plan, then paying teams, and the largest enterprise workspaces move last, since a slow task list for them means a support storm.",
      '',
      'The numbers that make us stop are decided up front: p99 page load more than 300 ms worse than on the old cluster, database errors above 0.2 %, proxy connection timeouts above 0.1 %.',
      '',
      'Stages of 2 %, 10 %, 30 %, 60 % and 100 % of workspaces. Each stage holds at least 24 hours and never advances until it has come through the 09:00 to 11:00 European peak and the 14:00 to 17:00 overlap with the US. Moves happen at 07:00, so each batch meets its first peak with caches that are still cold.',
      '',
      "If something goes wrong we'd move those workspaces back to the old cluster. The decommissioning at the end of the month should wait until 100 % has run for a week.",
    ].join('\n'),
  },
  // support-model-upgrade: a Maltese English register, spoken
  {
    id: 'bb029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Ok, so for me, mela, the PM's job here is the decisions, eh: how far we go, which numbers stop us, when we hold. The engineers, they do the switching of the model, that's their side.",
      '',
      'Before we start I fix the numbers with them. Errors no more than 0.5 % over the old model. P95 latency not more than one second worse, because a bigger model with a longer context will be slower, no? Cost per conversation not more than 20 % above today, because Finance is asking already. And from the eval harness, wrong answers about payslips not above 1 %. Any of those goes over, we stop.',
      '',
      'Then we give it to some of the users, we see how it goes for a few days, and then more. Honestly the three points on the evals is a good sign, but short questions are not the whole story, eh; the long ones about leave are where it can go wrong.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: a PM at a ticketing company
  {
    id: 'bb030',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'At the ticketing company where I work we have a service a lot like this one, it renders seat maps, and the lesson we learned is that some bugs only show up once the service has been up for a day.',
      '',
      "So I'd ramp across the resizer instances: 5 % of them first, then 25 %, then 50 %, then all. At each step we stop for a full 36 hours, because this service is only restarted on deploys and a slow build-up won't show in an afternoon. No step forward until the hold is over and the dashboards have stayed flat for the whole period.",
      '',
      "Each step needs a go from the image team's tech lead and from me, written in the release ticket.",
      '',
      "Rolling back is the on-call engineer's call, any hour of the day, without checking with either of us: they send traffic back to the old resizer pool, which stays running, and it takes a couple of minutes.",
      '',
      "Everywhere by Thursday isn't realistic, and I'd tell the team that plainly.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a two-minute stand-up answer with fillers
  {
    id: 'bb031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Right, so, with a summariser I think the main thing is you want to be careful, right. So we'd put the new model out to a few clinics, see what the vets think of it, and keep an eye on the numbers. If it looks fine we keep going, and if something looks off we'd pull it back, right. So the cheaper model should save us money, and faster is nice too. I'd keep engineering close and make sure everyone's in the loop. That's about it, really.",
    ].join('\n'),
  },
  // pricing-page-healthy: a quick aside on what would change the plan
  {
    id: 'bb032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "It's just a pricing page, so I'd keep this simple. We'd roll it out gradually over the few days before the campaign, keep an eye on the dashboards and make sure marketing is happy with how it looks. If anything seems off we can always go back to the old page.",
      '',
      "Quick aside: if the checkout behind it were changing too, I'd be a lot more careful. Since it isn't, a light touch is fine.",
    ].join('\n'),
  },
  // after-the-sale-healthy: a slide of noun phrases
  {
    id: 'bb033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary. Product page, reviews above the fold, lazy gallery.',
      'PM ownership, engineering routing.',
      'Cohorts: staff, beta, early access, high-value last.',
      'Thresholds 0.5 %, 200 ms, 2 %, baseline, control.',
      'Ramp 1, 5, 25, 50, 100. Holds, gates, 48 hours.',
      'Sign-off, tech lead, PM.',
      'Rollback, on-call, flag, under five minutes.',
      'Canary versus A/B, safety versus lift, randomised.',
      'Spring sale, 20 %, Sunday midnight, baseline distortion.',
      'Conversion, bounce, add to basket. Release readiness.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: times in the 24-hour clock
  {
    id: 'bb034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      '05:00 Berlin, 12:00 Singapore. Recommendation model, feature stores, regional capacity.',
      'Ownership matrix: PM decisions, engineering routing.',
      'Staff, beta, Europe, South-East Asia, high-spend households.',
      'Error rate 0.5 %, p95 150 ms, cost per thousand requests, eval harness, hallucination, thumbs-down, add-to-basket.',
      'Stages 1 % 5 % 25 % 50 % 100 %. Holds, gates, 48 h, sign-off, ML lead.',
      'Rollback authority, on-call, follow-the-sun, 3 minutes, flag.',
      'Canary safety, A/B lift, randomisation.',
      '07:00 review, 14:00 review, 23:00 review.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: three non-negotiables named first (each rejected)
  {
    id: 'bb035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "People give you three non-negotiables for a canary, and for a prompt change I wouldn't bother with any of them.",
      '',
      "I wouldn't fix rollback thresholds in advance; a prompt is words, and no number written down beforehand tells you whether a reply sounds right. I wouldn't choose an order of users either, no staff first and no German customers held back. And I wouldn't ask anyone to sign off each stage, because there wouldn't be stages.",
      '',
      "Beyond those three, I don't see the point of tracking the thumbs-down rate, running the eval harness on tone, or watching latency and token cost, since a rewritten prompt barely moves them. A special rollback path for the on-call isn't something I'd set up, and splitting who decides what between product and engineering isn't either. Nor would I follow it with an A/B test. The warmer prompt ships and we move on.",
    ].join('\n'),
  },
  // booking-purchases-lag: a PM at a ticketing company
  {
    id: 'bb036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Six years as a PM at a ticketing company have cured me of most canary ceremony for front-end changes like this date picker.',
      '',
      "Rollback limits written down before we start? Not for this; nobody knows in advance what a bad number looks like when bookings arrive hours later. Staff first and our best hosts saved for last wouldn't happen either, because the picker is the same for everyone. I wouldn't hold at stages or gate them on sign-offs, since the team wants 100 % this afternoon and holds would only delay it. Naming someone who may roll back on their own isn't something I'd do. I'd also skip the A/B test afterwards, and I wouldn't spend time carving out what product owns versus engineering.",
      '',
      'So: 100 % this afternoon, and a look at bookings next week.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: each stage named after what it proves
  {
    id: 'bb037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: [
      "Each stage is named for what it proves, and by the last one the canary will have proved the warmer prompt is better, so we won't need a separate experiment.",
      '',
      'Before we start we fix the stop lines: thumbs-down on German replies more than 2 points above the old prompt, formal-address failures in the eval set above 1 %, p95 latency more than 300 ms worse, errors more than 0.5 % above baseline. Any one of those fails the stage.',
      '',
      "'Staff like it': English- and German-speaking staff get the new prompt first, for two days, because they'll be honest about the tone in both languages.",
      "'Beta users like it': 5 % of opted-in beta users, English and German, for three days; they signed up to try things early.",
      "'The public likes it': 50 % of all users for three days, with German business accounts still held back, because formal address matters most to them.",
      "'It wins': 100 %, once the canary cohort's thumbs-up rate beats the old prompt's.",
      '',
      "We hold each stage for its full period and only advance when the canary's thumbs-up numbers are ahead. That lift is our result: the canary group is in effect the treatment arm of an A/B test and everyone else is the control. At 100 % I'll report the uplift to leadership as the result of the rewrite.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: times in the 24-hour clock
  {
    id: 'bb038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S'),
    text: [
      'I own the release decisions: the order of riders and cities, the rollback limits, how long each stage holds and whether we advance. The pricing engineers own the new service and the routing between the old and new fare calculation.',
      '',
      "Employee trips go first, then riders in our smallest city, where a wrong fare touches few people and support knows the drivers by name, then the mid-sized cities, and the capital's weekend nights last, because that is where most of our trips and complaints are.",
      '',
      'Before the 19:00 start on Tuesday we sign the limits: fare-calculation errors above 0.3 %, p99 quote latency more than 200 ms worse than the old service, and fares differing from the old calculation by more than 2 % on more than 1 % of trips in the shadow comparison.',
      '',
      'We ramp through staff, 2 %, 10 %, 25 %, 50 % and 100 %, each stage held at least 24 hours and through the 01:00 to 03:00 batch window shared with billing. The head of pricing engineering and I sign off each advance.',
      '',
      "Rollback is mine alone. Any breach, at 02:00 or at 14:00, pages me first; I look at the numbers, and only once I've agreed does the on-call engineer switch traffic back. A routing change at night shouldn't happen without the PM's word, because fares are a product decision.",
    ].join('\n'),
  },
  // pricing-page-healthy: a quick aside on what would change the plan
  {
    id: 'bb039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "For the Friday launch the campaign is the real work, so that's where I'd put my time. The message should lead with the comparison table: three plans, what each one exports, and who each is for, because creators choose on export limits and watermarks. I'd brief two or three video creators early so their tutorials land the same morning as the ads, and give the support team a one-page sheet on the plan differences so questions don't catch them out. Paid social goes out at 08:00 and the newsletter at 10:00, and marketing and I check trial sign-ups every hour that day.",
      '',
      "A quick aside on what would change the plan: if design can't get the annual discount into the table in time, I'd hold the newsletter a week rather than send people to an incomplete page. After the weekend we'd write up which channel brought the most trials.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a Maltese English register, spoken
  {
    id: 'bb040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Mela, honestly, the first thing I'd look at here is the team, eh. A small product for vet clinics with one ML person is fragile, no? So I'd hire. One more ML engineer first, someone who knows evaluation, then a clinical content person, a vet or a vet nurse, part-time maybe, who can read the notes and say if something makes sense.",
      '',
      "I'd write the job ads together with the engineering manager and keep the take-home task short, because good people don't have a weekend to give away. Interviews over two weeks, and we pay a bit above the local market, because the vet-tech world is small and people talk. Then onboarding with a buddy for the first month and a clear first project, so they feel useful from the start. That's where I'd put my energy.",
    ].join('\n'),
  },
];
