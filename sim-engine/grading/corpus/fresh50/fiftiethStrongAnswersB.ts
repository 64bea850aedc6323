import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fiftieth fresh set, author b: strong answers (bd021–bd027), written blind and labelled by hand. */
export const FIFTIETH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: thinking aloud with self-corrections
  {
    id: 'bd021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Okay, a bigger model for the payroll support assistant. Let me think about what's mine here. As PM I decide the order in which people see it, the limits that send it back, and how long we sit at each stage. The ML platform engineers own the routing and the deploy itself; I don't touch that.",
      'Who goes first... our own HR and payroll staff, since they use the assistant on their own payslips and will tell us loudly when an answer is wrong. Then the customers in the early-access programme. Then small companies on the standard plan. Large employers last. No, wait: large employers and any customer in the middle of a payroll run go last, because a wrong answer about pay on payday is the most expensive mistake we can make.',
      "Limits, written down before anything moves. Error rate more than 0.5 % above the old model. p95 latency 500 ms worse... no, make that 800 ms, because a bigger model with a longer context will be slower and 500 would trip in the first hour. We decide that now, not once we're watching. Hallucination rate on our eval harness of payroll questions up by more than 1 point. Thumbs-down rate up more than 2 points against the control group. And cost: Finance asked, so I'll gate on it. Cost per conversation no more than 30 % above today's.",
      "Stages: 1 %, then 5 %, 25 %, 50 %, 100 %. Hold each one for 24 hours. Hmm, 24 hours won't give us enough thumbs at 1 %, so the hold is 24 hours or 2,000 rated conversations, whichever comes later. Nothing advances until the hold is over and every metric is inside its limit.",
      "Who says go? Me and the ML lead, both of us, at every stage, and it's written down.",
      "Rollback: the on-call engineer may switch back to the old model at any hour without asking me or anyone else. It's a config switch, done in under five minutes. They tell us afterwards.",
      "And one thing to be clear about. The offline evals went up three points, but the canary won't tell us the new model is better. It tells us it's safe to go wider. Whether it's better for our users is a randomised A/B test after the rollout.",
    ].join('\n'),
  },
  // storage-migration-under-load: Liberian English register, spoken
  {
    id: 'bd022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Okay, le' me talk it plain, ya. The load test ran with warm cache, so I not trusting it for true. Me, the PM, I own the decisions: which teams go first, what number make us turn back, how long we sit at each step. The engineers, they own the proxy, the routing and the deploy. Da their business; I will not be touching it.",
      'Our own company workspace go first. We use the tool every day, so if the thing spoil, we the ones to feel it. After that, the customers who sign up for early access. Then the small free teams. The big paying teams, them we keep for last, because if their page load slow down on Monday morning, they will leave us.',
      'Before one request move, we write the numbers down, and nobody change them in the middle. Error rate more than 0.5 % above the old cluster, we go back. Page load p99 more than 200 ms slower, we go back. Tasks saved per active user down 2 % against the old side, we go back.',
      'The steps: 1 %, 5 %, 25 %, 50 %, then everybody. Each step we hold one full day with cold caches, including one busy morning, before we move. Nobody can push it forward before the hold finish.',
      'Who say go? Me and the database lead. Both of us sign, every step.',
      'And if the numbers cross, the on-call engineer can turn the traffic back to the old cluster self, day or night, no asking me, no waiting. It is a switch on the proxy; it can finish in three minutes. Da why we not switching off the old cluster until all this finish, oh.',
      'Last thing, my people: this canary will show us the new cluster is safe. It will not show us it is better. If somebody want to say better, that one need a proper randomised A/B test, not this canary.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a walk through a dashboard, panel by panel
  {
    id: 'bd023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Let me walk you through the release dashboard I'd have up, left to right, because each panel is a decision I make before we start.",
      'Top left is the ownership strip. It says whose call each thing is: I own the exposure order, the limits and the hold lengths; the platform engineers own the model routing and the deploy. When someone asks me to change the split by hand, the answer is on the screen.',
      'Next to it is the cohorts panel. The first row is our own clinic-support team, who read summaries all day and know what a good one looks like. Row two is the clinics in our advisory group who agreed to try new things. Row three is single-vet clinics on the standard plan. The last row is the large multi-site practices, because they send the most notes and a bad summary there reaches the most animals.',
      "The middle panel holds the limits, and they were typed in before the first summary went to the new model: error rate no more than 0.5 % above the old model; p95 latency no more than 300 ms above it; hallucination rate from the eval harness, meaning missed medications or invented findings, no more than 1 point above the control; thumbs-down rate no more than 2 points above it. Under those sits cost per summary, which should drop. If it doesn't, something is wrong.",
      "The eval panel needs a note. The harness grades one summary in two hundred, which at 5 % is a handful an hour, so for the canary I'm asking the engineers to grade one in ten of the canary's summaries, and the ratings panel counts ratings, not percentages.",
      'The ramp panel shows the stages: 2 %, 10 %, 25 %, 50 %, 100 %. Each one has a hold that ends only when the canary arm has at least 400 graded summaries and 150 vet ratings, and never sooner than one day. The gate light turns green only then, and the clinical lead and I both sign it off before the next stage opens.',
      'Bottom right is the rollback button. The on-call engineer may press it at any hour without asking anyone; it moves all traffic back to the old model in under five minutes, and we talk afterwards.',
      'One panel I left off on purpose is uplift. This canary tells us the cheaper model is safe enough; whether vets actually prefer its summaries is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: sentences that start with "So"
  {
    id: 'bd024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "So the first thing is what's mine: I decide who gets the new SDK, when we move on and what sends us back, while the mobile and payments engineers own the flag, the build and the routing. So the order is staff phones first, then our beta testers on Android and iOS, then the towns with the fewest orders, and the big cities last, because that's where most of the revenue is. So before anything ships we write down the limits: payment failures more than 0.5 % above the old SDK, more than 20 failed payments on Android in any five minutes, or checkout p99 more than 300 ms slower, and we roll back.",
      'So the stages are 1 %, 5 %, 25 %, 50 %, 100 %, each held at least 48 hours and through one dinner peak, and we never step up just before Friday dinner. So nothing advances until the payments lead and I have both signed that gate. So anyone on call can switch the flag back to the old SDK on their own, at any hour, without approval, and it takes effect within two minutes. So remember this tells us the SDK is safe, not that wallets sell more; that question needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a music-streaming service
  {
    id: 'bd025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I run the recommendations product at a music-streaming service, so this one feels familiar: a home-screen model that reads more features per request is exactly how our daily mixes once took down a feature store. Here's how I'd run it.",
      'As PM I own the exposure plan, meaning which markets and users go first, plus the rollback limits, how long each stage holds and the call to advance. The ML platform engineers own the serving, the routing split and the feature stores themselves.',
      'Employees in both regions go first, since they use the app for their own groceries. Then customers in the beta programme, again in both regions. Then Europe and South-East Asia each at a small share, so the Asian feature store meets the new load at its own lunch peak. Households with large recurring baskets go last, because a broken home screen for them is the most lost revenue.',
      "The limits are agreed and written down before a single request goes to the new model: error rate on the recommendation call more than 0.5 % above the old model; p95 latency more than 150 ms above it in either region, measured separately, because an average across regions will hide Singapore at lunch; feature-store CPU above 75 %; basket add-rate from recommendations down more than 2 % against control. On the model side we also gate on an offline eval replay of yesterday's sessions, where precision of the top ten must not fall by more than 1 point, and on the share of users who dismiss the recommendation tray, which may rise by no more than 2 points. Compute cost per thousand requests is capped at 25 % above today.",
      'The stages are 1 %, 5 %, 20 %, 50 % and 100 %. Each stage holds through one full lunch peak in Singapore and one in Berlin, and never less than 24 hours. The 20 % stage holds for three days, because the basket metric needs that volume.',
      'At each gate the ML engineering lead and I sign off in writing. If either of us is missing, it waits.',
      "The on-call engineer, including whoever covers Asian hours, can route traffic back to the old model on their own authority, with no approval; it's a routing change that finishes in under five minutes. In music we learned that the person who is awake is the one who should hold the button.",
      "What the canary won't tell us is whether the new model recommends better baskets. It shows the model is safe under load. Better is a question for a randomised A/B test once it's fully out.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: the number placed at the end of its sentence
  {
    id: 'bd026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I own the decisions, not the machinery: engineering runs the routing and deploys the pricing service, while I set the exposure order, the limits and the holds. Our own staff accounts see new fares first, then the riders in our beta group, then quiet towns, and our busiest night-time cities come last because a wrong fare there hits the most trips. Fare mismatches against the old service may rise by no more than 0.5 %. Fare-calculation p99 may not get slower by more than 200 ms. Completed trips per ride request may not fall by more than 2 %. Those limits are agreed in writing before traffic moves, and the ramp stages are 1 %, 5 %, 25 %, 50 % and 100 %.',
      'Each stage holds through one weekend night peak and one nightly batch window, and the shortest hold in hours is 24. The pricing lead and I both sign off each advance, and the gates we sign number 4. At 2 a.m. the on-call engineer rolls back alone, without asking anyone, with a routing switch whose completion time in minutes is under 5. The canary tells us whether the new service is safe; whether it is better needs a randomised A/B test, and the lift we claim from the canary is 0.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a closing list of who owns what
  {
    id: 'bd027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'The warmer prompt was only reviewed in English, and a quarter of our users write in German, where a casual du can read as rude in a business email. That shapes everything.',
      'We start with our own staff in both languages, including the German-speaking support team, who will notice the tone at once. Next come users who joined the writing-assistant beta, again in both languages. Then ordinary English users, and German business accounts last, because formal correspondence is where a casual tone does the most damage and where those customers forgive least.',
      "Before traffic moves I write the rollback limits into the release doc, and they do not change once we're running. Error rate no more than 0.5 % above the old prompt. p95 latency no more than 200 ms worse. Thumbs-down rate no more than 2 points above control, measured per language, so German can't hide inside the English average. On a German eval set of 300 emails scored for formal address, at least 97 % must keep Sie where the original used it. Suggestion acceptance no more than 3 % below control. Tokens per suggestion may rise by up to 15 %, since a warmer prompt tends to be wordier.",
      "The stages are 1 %, 5 %, 25 %, 50 % and 100 %, with German and English at the same percentage. At each one we hold for at least 48 hours and 1,000 rated suggestions per language, and we don't advance until every limit is met in both.",
      "The canary tells us the new prompt is safe to widen. It can't tell us it's better; whether warmth lifts acceptance is a randomised A/B test afterwards.",
      'Who owns what:',
      '- Me, the PM: the order of cohorts, the limits, the hold lengths.',
      '- Prompt engineering and platform: prompt versioning, routing and the deploy.',
      '- The applied-AI lead and me: sign-off at every stage, both names, before the next one opens.',
      "- The on-call engineer: rolls back alone at any hour, no approval needed, by switching the prompt version in config; it's live in under two minutes.",
      "- Data science: the A/B test once we're at 100 %.",
    ].join('\n'),
  },
];
