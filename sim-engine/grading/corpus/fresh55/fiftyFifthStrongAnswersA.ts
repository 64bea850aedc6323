import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fifty-fifth fresh set, author a: strong answers (bi001–bi007), written blind and labelled by hand. */
export const FIFTY_FIFTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: Tongan English register, written
  {
    id: 'bi001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Mālō e lelei. This is the support assistant of a payroll product, and questions about payslips are very sensitive for people, so I will go careful with it.',
      'First, what is mine and what is not mine. As the PM I own the decisions: which users go first, the numbers that make us roll back, how long we hold at each stage and when we move on. The engineering team, they own the routing and the deploy of the new model. I do not touch the routing.',
      'The order of the people: our own staff first, the HR and payroll team inside the company, because they know the right answers about payslips and they will tell us straight away when the assistant is wrong. Then the customers who joined the early access programme, they already said yes to new things. Then the small companies on the standard plan. The big enterprise customers, and anyone in their payroll week, go last, because a wrong answer about pay hurts them the most.',
      'Before any traffic moves, we write the limits down and everybody agrees, not later when we are looking at the dashboard:',
      '- error rate more than 0.5 % above the old model',
      '- p95 latency more than 800 ms above the old model (the bigger model is slower, so we watch this one)',
      '- hallucination rate from the eval harness above 2 % on payslip and leave questions',
      '- thumbs-down rate more than 1.5 points above the old model',
      '- cost per conversation more than 40 % above the old model; this is also our answer for Finance',
      'The stages are 1 %, 5 %, 25 %, 50 % and 100 %. We hold 24 hours at each one, and at 25 % we hold 48 hours so the thumbs-down and cost numbers have enough conversations to be real. We only go forward when every limit stayed inside for the whole hold, and at each gate I sign off together with the engineering lead, the two of us, written in the release channel.',
      'The rollback: the on-call engineer may roll back any time, day or night, without asking me or anybody. It is a config flag that sends the traffic back to the old model, and it takes less than five minutes.',
      'One more thing, and it is important. The canary only tells us the new model is safe. It does not tell us it is better, even though the offline evals went up three points. To know it is better for the users, we run a proper randomised A/B test afterwards. Ko ia, that is how I would do it. Mālō.',
    ].join('\n'),
  },
  // quiet-feedback-trap: stages described by how many real users each reaches; durations in hours only; short
  {
    id: 'bi002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I own the calls: which clinics see the cheaper model and in what order, the rollback limits, and how long each stage holds. Engineering owns the routing and the model deploy.',
      'Stage one reaches our 6 in-house vets, who read every summary anyway. Stage two reaches about 150 vets in beta clinics that already send us feedback. Stage three reaches around 600 vets in quiet single-vet clinics. Stage four reaches roughly 3,000 vets; the busiest clinics come last, because a bad summary costs them most. Each stage holds 48 hours, advances only if every limit held, and the clinical lead and I sign each advance.',
      'Fixed before the first summary moves: errors no more than 0.5 % over the old model; p95 latency no more than 300 ms over; hallucination rate from the eval harness under 1 %, with its sampling raised from one in two hundred to one in ten for the canary; thumbs-down no more than 2 points above control; cost per summary no higher than today.',
      'The on-call engineer may roll back at any hour without asking anyone: a config flag, done in under five minutes.',
      'All this shows the cheaper model is safe, not that it is better; a randomised A/B test answers that.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: list of the mistakes a weaker candidate would make, each followed by what the candidate does instead
  {
    id: 'bi003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'A weaker candidate makes a handful of predictable mistakes on this one. Here they are, each with what I would do instead.',
      "Mistake: treating the rollout as engineering's job. Instead, I split it. I own the order of exposure, the rollback limits and how long we hold; the payments engineers own the SDK integration, the feature flag and the routing.",
      'Mistake: sending a random 5 % of orders first. Instead, staff orders go first (we order lunch through our own app), then customers in the beta programme, then one small city market, on iOS and Android both. Android is in every stage from the start, because the bursts would stay hidden if we canaried on iOS alone. Our highest-value repeat customers and the Friday dinner peak come last.',
      'Mistake: deciding what bad looks like while staring at the graphs. Instead, the limits are written down and agreed before the flag moves: payment failure rate more than 0.5 % above control, measured in five-minute windows so a burst cannot be averaged away; p99 latency of the payment call more than 200 ms above control; completed orders down more than 2 % against the baseline cohort.',
      'Mistake: "ramp it up slowly". Instead, named stages: 1 %, 5 %, 20 %, 50 %, 100 %. Each holds until it has crossed at least one evening dinner peak, never less than 24 hours, and it advances only when every limit stayed green.',
      'Mistake: "the team will decide together when to go on". Instead, each advance needs the sign-off of the payments engineering lead and me, recorded in the release channel.',
      'Mistake: "if something breaks, we redeploy". Instead, the on-call engineer may switch the flag back to the old SDK at any hour without waiting for me; it takes under five minutes and needs no app release, because both SDKs ship in the binary.',
      'Mistake: pointing at the canary and claiming wallets raised conversion. Instead, the canary tells us the new SDK is safe to ship. Whether wallet payments sell more is a question for a randomised A/B test once the rollout is complete.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a PM at a home-energy meter app drawing on their own product
  {
    id: 'bi004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'm a PM on a home-energy meter app, where our assistant explains people's bills and usage in three languages, so this one feels familiar: we once shipped a tone change that read well in English and landed badly in Dutch. Here is how I'd run this one.",
      'What I own is the decision layer: who sees the new prompt in what order, the limits that trigger a rollback, how long we hold and who signs. Engineering owns the prompt deploy, the flag and the traffic split.',
      'Order: our own staff first, in both languages; then opted-in beta users writing in English; then German-writing beta users as their own cohort, with a German-speaking reviewer reading samples; then general English users; general German users last, because formal address is where this prompt is most likely to offend and those business writers are the least forgiving audience.',
      'Before anything moves we agree the limits in writing, checked per language and never blended: thumbs-down rate more than 1.5 points above the old prompt; wrong-register or hallucinated content on the eval harness above 2 %, with a German eval set added for the du/Sie case; p95 latency more than 150 ms above control; tokens per reply more than 20 % above control, since a chattier prompt costs money; error rate more than 0.5 % above control.',
      'Stages: 1 %, 5 %, 25 %, 50 %, 100 % of each language, holding 24 hours at each and advancing only when every limit held for the whole hold. At each step the ML lead and I sign the advance; without both signatures it stays where it is.',
      'Rollback belongs to whoever is on call. They can flip the flag back to the old prompt in a couple of minutes at any hour and tell me afterwards; nobody needs my permission to protect users.',
      'Even if German thumbs-down look fine, the canary only says the warmer prompt is safe. Whether people actually like it more is for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // storage-migration-under-load: every duration in minutes or hours, never days; short
  {
    id: 'bi005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'As PM I decide the order, the limits and the holds; the platform team owns the proxy, the cutover and the routing.',
      'Order: our own workspace first, since we live in the tool all day; then teams in the early-access programme; then small free teams; the largest paying teams last, because their load is what the warm-cache test never saw.',
      'Limits, signed before any read goes to the new cluster: errors more than 0.3 % above the old cluster, p99 page load more than 250 ms above it, proxy connection pool above 70 % used, and tasks opened per session down more than 2 % against the baseline cohort.',
      'Stages of 1 %, 5 %, 25 %, 50 % and 100 %. Each holds at least 48 hours and must include a peak hour with cold caches, so we flush caches at the start of each stage. The database lead and I both sign before each advance.',
      'Rollback: the on-call SRE may point the proxy back at the old cluster at any hour without asking; it takes under 5 minutes, and the old cluster is not decommissioned until 100 % has held for 72 hours.',
      'This shows the migration is safe. It shows nothing about being better; that would take a randomised A/B test.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a diary entry written the evening before kickoff (invented voice)
  {
    id: 'bi006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Kickoff is tomorrow. Writing this down tonight so I hold myself to it.',
      "The plan is mine where it is a decision: the order in which regions and users see the new recommendation model, the numbers that end it, how long each stage sits. The ML platform team owns the deploy, the flag and the feature-store capacity; I'm not going to pretend I can size a feature store.",
      "Who goes first. Berlin staff accounts, since we'll notice a silly basket ourselves. Then the opted-in beta shoppers in Europe. Then the Singapore beta shoppers, deliberately early rather than late, because their lunch peak lands in the Berlin early morning and the stores there were sized for the old model; I want the smallest possible group to find that out. General customers after that, with the big repeat-basket households last in both regions, because they are the ones who would notice and leave.",
      "The numbers, agreed with engineering today, before anything moves: error rate no more than 0.5 % above control; p95 latency per region no more than 120 ms above control, read at each region's own peak; feature-store read timeouts under 0.2 %; basket add-rate from the home screen no more than 2 % below the baseline; the eval harness score on each night's sample within one point of the old model; compute cost per thousand requests no more than 30 % above control.",
      'The stages: 1 %, 5 %, 25 %, 50 %, 100 %. Each stage holds through at least one full lunch peak in both Europe and Asia, so never less than 24 hours, and the ML lead and I sign it before it moves on. If the Asian peak happened while Berlin slept, someone still has to have looked at it before the sign-off.',
      'Who stops it: whichever engineer is on call, in Singapore or Berlin, flips the flag back to the old model without waking me. It takes about two minutes.',
      "And a note to myself, because I'll be tempted: if basket sizes go up in the canary, that is not proof the model is better. The canary tells me it is safe. Better is the randomised A/B test we run after the rollout.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: one sentence naming the single metric watched most closely, and why, placed first; short
  {
    id: 'bi007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "The metric I'd watch most closely is memory per resizer instance against hours since the last restart, because a rewrite that only restarts on deploys can look perfect all afternoon and fall over overnight, and the error rate won't show it until it's too late.",
      'The PM owns the sequencing, the rollback limits and the holds; engineering owns the deploy and the traffic split. Internal test listings go first, then beta sellers who upload the new format, then small sellers, and top-volume sellers last, since a slow listing page costs them real sales.',
      "Written down before traffic moves: errors more than 0.5 % over control, p99 resize time more than 200 ms over control, memory growth above 10 % an hour per instance, listing-page conversion down 2 % against baseline. Stages 1 %, 5 %, 25 %, 50 %, 100 %, each held 24 hours without a restart so a leak has time to show, and the engineering lead and I sign every advance. The Thursday wish doesn't shorten a hold.",
      "On-call may route back to the old resizer at any time without asking; it's a load-balancer weight change, under five minutes.",
      'The canary says safe, not faster or better; the 20 % claim gets a randomised A/B test.',
    ].join('\n'),
  },
];
