import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-sixth fresh set, author a: strong answers (bt001–bt007), written blind, labelled by hand. */
export const SIXTY_SIXTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Manx English in speech, workout stages, mornings, the nod, yesterday's build (short)
  {
    id: 'bt001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Right so. I'm the PM: the order of who gets the bigger model, the limits for pulling it and how long we sit at each stage are mine; the platform lads own the routing and the flag, so they do.",
      'Warm-up is our own payroll staff. First set, customers who opted into early access. Second set, half the rest. Cool-down, everyone, with the big payroll bureaux last, because a wrong answer about pay costs them most.',
      'Written down before one question moves: errors no more than half a percent over what we see today, p95 latency no more than 300 ms over, hand-offs to a human no more than two points over, eval-harness hallucinations no more than one point over, and cost per conversation no more than 20 % over, since Finance is asking.',
      'Each stage holds three full mornings, and Breesha Kermode, the support lead, gives the nod before we go on.',
      "Whoever's on call can revert to yesterday's build at any hour without asking: a config switch back to the old model, two minutes, no redeploy.",
      "Mind, the canary only says it's safe; whether it's better is a randomised A/B test after.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · gym class-booking PM, January rush story, three full timetables, the nod
  {
    id: 'bt002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "A January story first, because it's why I run releases the way I do. I was PM on a class-booking app for a chain of gyms. On the second of January we shipped a new booking screen to every branch at once; by half six the waitlists at our two busiest branches were double-booking spin, and for forty minutes nobody knew who was allowed to pull it. Since then my releases have four stages named after a workout, and the limits are written before anyone laces up.",
      'For the warmer prompt: I own who sees it in what order, the limits that pull it and how long each stage holds. Engineering owns the prompt flag, the routing and the deploy.',
      "Warm-up: our own staff, and that includes the German-speaking office, not only the English team who reviewed it. First set: users who opted into the beta, in both languages. Second set: a quarter of general English users. Cool-down: everyone else, with German users and paying business accounts at the very end, because formal address is exactly where this prompt can embarrass us, and a chummy reply to a customer's boss costs far more than a free user's shrug.",
      "Limits, agreed before the first reply is generated and measured per language against the old prompt: errors no more than 0.3 % over what we see today; p95 latency no more than 200 ms over; thumbs-down no more than one point over today's rate; the formal-address check in the eval harness failing no more than two in a hundred over the old prompt; tokens per reply no more than 10 % over; the share of drafted replies users actually send no more than 2 % below today's baseline.",
      'Each stage holds for three full timetables. At the gym a timetable was a week of classes; here I mean three working days. Before each step, Annika Vogel, who leads the German market, gives the nod on the release call, and so do I.',
      "If any limit trips, whoever is on call reverts to yesterday's build. The old prompt is still a config value, so reverting is a switch that takes a minute or two, at three in the morning if need be, and they don't ring me first.",
      "Last thing: none of this shows warmer is better. The canary tells us the new prompt is safe. Whether it lifts sending or satisfaction is a randomised A/B test once it's safe everywhere.",
    ].join('\n'),
  },
  // quiet-feedback-trap · the release call stage by stage, each nod by name, holds as a count of mornings, some Manx speech
  {
    id: 'bt003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'd run this one as a release call with the same faces on it every morning. Roles first: I own the order of clinics, the pull-limits and how long we hold; engineering owns the model routing, the flag and the deploy.",
      'The snag is feedback. Few vets rate a summary and the harness grades one in two hundred, so at a small stage we would see next to nothing. Two fixes before we start: the eval harness grades one canary summary in ten for as long as the canary runs, and every stage holds for a count of mornings long enough to collect at least 400 graded canary summaries, never fewer than three mornings, since morning surgery is the busy bit.',
      'Limits, fixed before any summary moves, each against the current model over the same mornings: errors no more than 0.5 % over what we see today; p95 time to summary no more than two seconds over; hallucinated facts in the harness (a drug, a dose or a finding not in the notes) no more than one point over; vets editing heavily or discarding the summary no more than three points over. Cost per summary has to come down, that is the reason for the change, so if it does not, we stop.',
      'Warm-up: our own two clinics and the company vet advisers. Hold five mornings. Ealish Quilliam, the clinical lead, gives the nod.',
      'First set: clinics who opted into early access, about 5 % of summaries. Hold three mornings or 400 graded summaries, whichever comes later. Ealish gives the nod, with me.',
      'Second set: half of the remaining clinics. Hold three mornings. Ealish and I give the nod again.',
      "Cool-down: everyone, with brand-new clinics and the big multi-site groups last, because a new clinic's first week and a group contract are the two things we can least afford to lose.",
      "At any stage, whoever is on call reverts to yesterday's build, a flag flip that sends summaries back to the old model in a couple of minutes, day or night, and tells us after, not before.",
      "And I'd say it plainly to the team: this shows the cheaper model is safe to run. It doesn't show vets like it better. That's a randomised A/B test afterwards, with enough ratings to mean something.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · terse bullets, workout stages, mornings, the nod, yesterday's build (short)
  {
    id: 'bt004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "- Mine as PM: the order, the limits, the holds. Engineering's: the routing, the flag, the feature-store capacity.",
      '- Limits, written before traffic moves, per region: errors no more than 0.5 % over what we see today; p99 latency no more than 150 ms over; baskets added per home-screen visit no more than 2 % under; feature-store timeouts no more than 0.2 % over; offline relevance eval no more than one point below the old model; compute cost per request no more than 15 % over.',
      '- Warm-up: Berlin staff accounts. First set: opted-in beta testers in both regions. Second set: a quarter of European customers. Cool-down: everyone, Singapore last, because its lunch peak is the load the feature stores were never sized for.',
      '- Holds: three full mornings per set, Berlin time, which takes in three Singapore lunch peaks. Nothing advances on a quiet European afternoon.',
      '- The nod: Mei Lin Tan, APAC operations lead, before each set, with me.',
      "- Rollback: whoever is on call, Berlin night or day, reverts to yesterday's build: a flag switch to the old model, under five minutes, no approval needed.",
      '- The canary says safe. Better baskets needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // night-breach-rollback-authority · Manx English in speech, January rush, three full timetables as nights, the nod
  {
    id: 'bt005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Well now, this one's all about two in the morning, so I'll start there. At the gym app we had our January rush, New Year's resolutions, every branch full at six, and a bad release sat live for an hour because the on-call lad thought he needed me awake to pull it. Never again, boy.",
      "So, rollback first. Whoever's on call, at whatever hour, reverts to yesterday's build without asking me or anybody. Yesterday's build here is the old fare calculation, which stays running the whole rollout; reverting is flipping the routing back in config, a couple of minutes, no redeploy. That goes in the runbook, and I'd tell the on-call rota myself before Tuesday.",
      "What's mine and what isn't: I own the order of riders, the limits and how long each stage holds. Engineering owns the pricing service, the routing and the deploy.",
      'The order. Warm-up: our own staff taking rides on the new fares. First set: riders who opted into the beta programme. Second set: one quieter city, the way we did one gym branch before the rest. Cool-down: all cities, with airport runs and corporate accounts last, since an overcharge there costs us a contract.',
      'The limits, agreed and written before any fare moves: fare errors no more than 0.2 % over what we see today; quotes more than 5 % away from the old service in no more than one trip in a thousand; p99 quote latency no more than 150 ms over; completed trips per request no more than 1.5 % under today.',
      "Holds: three full timetables a stage, and here a timetable is a night, so three full nights, each one through the batch window the pricing service shares with billing, because that's exactly when it'll crack if it's going to. The second set doesn't finish until it has had a Friday and a Saturday night. Orry Corlett, head of marketplace, gives the nod on the release call with me before every stage.",
      "And so ye know I'm not fooling myself: the canary tells us the new pricing is safe. Whether it earns more or keeps riders happier is a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // storage-migration-under-load · gym PM, workout-stage cards, January rush with cold caches, the nod
  {
    id: 'bt006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I ran releases for a gym class-booking app, and I still plan them like a session. The split first: I own the order of teams, the limits and the holds; the infrastructure team owns the proxy, the routing and the migration itself.',
      'Why I\'m nervous here: the load test ran with warm caches. Our worst January taught me that one. On the first Monday of the year every member opened the app at six to book, the caches were cold after the holiday deploy, and the database fell over at a load we had "tested". So every stage here has to live through a cold start and a real Monday morning.',
      'Limits, signed before any team moves, measured against the teams still on the old database: errors no more than 0.3 % over what we see today; p99 page load no more than 250 ms over; tasks created per active user no more than 2 % under the baseline; and any data mismatch between the old and new stores stops us outright.',
      'Warm-up: our own company workspaces. Hold three full mornings, one of them straight after a cache flush. Nod: Aoife Callister, infrastructure lead.',
      'First set: customer teams who opted into early access. Hold three full mornings, one of them a Monday. Nod: Aoife and me.',
      'Second set: half of the remaining teams. Hold a full working week, the first real peak at scale. Nod: Aoife and me.',
      "Cool-down: everyone, with the biggest enterprise workspaces and teams who signed up this month last: the first have the most to lose, the second haven't decided whether to trust us yet.",
      "Rollback: whoever is on call, any hour, reverts to yesterday's build without asking: the proxy routes back to the self-hosted database by a config switch in a few minutes. That means the old cluster stays up until we're at 100 % and quiet for a week, so I'd push the end-of-month decommission back if we're not done.",
      "And I'd tell the team this proves the move is safe, not that it's better. If we want to claim users get faster pages, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts · Manx English in speech, cohorts by city as gym branches, three full timetables, the nod
  {
    id: 'bt007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Ah, payments on a Friday night. I'll tell ye how I'd do it, and I'll be honest, I'm coming at it from a gym booking app where the scary hour was six on a January morning, not dinner.",
      'My bit as PM is the order of who gets the new SDK, the limits that pull it and the holds. The payments engineers own the SDK integration, the app flag and the routing, so they do.',
      "The order. Warm-up: staff orders on their own phones, Android and iOS both. First set: customers who've opted into the beta app. Second set: the whole of one smaller city, the way we'd do one gym branch before the chain. Cool-down: every city, with the big Friday-dinner cities and first-time customers last, since a failed first payment loses a customer for good.",
      "The limits, fixed before the first real order goes through it, against the old SDK in the same hour and per platform, so Android can't hide inside the iOS numbers: payment failures no more than 0.3 % over what we see today, checked every five minutes and not as a daily average, because this thing fails in bursts; p99 payment time no more than 400 ms over; completed orders per checkout started no more than 1 % under.",
      "Holds: each stage holds three full timetables, for us three days, and the second set isn't left until it has lived through one Friday dinner. Juan Kinvig, head of payments, gives the nod on the release call before each stage, and I give mine with him.",
      "Rollback. Whoever's on call reverts to yesterday's build, day or night, without ringing anybody. The app reads the payment path from remote config, so that's a switch back to the old SDK path, a few minutes, no app-store release, no redeploy.",
      "One last thing, mind. Wallet payments might look like they're lifting orders in the canary. I wouldn't believe it from that. The canary says it's safe; a randomised A/B test afterwards says whether it's better.",
    ].join('\n'),
  },
];
