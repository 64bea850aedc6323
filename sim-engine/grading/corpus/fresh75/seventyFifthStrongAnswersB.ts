import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-fifth fresh set, author b — strong answers (cc021–cc027): every point of the
 * scenario's kind, written blind and labelled by hand before any grading (LABEL-NOTES-b.md).
 */
export const SEVENTY_FIFTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // cc021 · support-model-upgrade (model) · "Doing:"/"Not doing:" lines, Texan register, cattle-pen gates
  {
    id: 'cc021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Doing: I own the calls on who sees the bigger model and when, what numbers pull it, and how long each pen holds. Engineering owns the routing, the model deploy and the flag; I don't touch those.",
      "Doing: cohorts in this order. Our own HR and payroll staff first, since they know the right answer to a payslip question cold and will tell us when it's wrong. Then the customers who opted into early access. Then small accounts. The big enterprise payroll customers and anybody in their first month with us go last, because a wrong answer about a paycheck costs us the most there.",
      'Doing: limits written down and agreed before a single conversation moves, measured against the old model running alongside. If the error rate runs 0.5 % worse than today, we shut it in. If p95 latency runs 300 ms worse, we shut it in. If the resolved-without-a-ticket rate runs 2 points worse than the baseline, we shut it in. Same on the model side: hallucination rate on our eval harness up more than 1 point, thumbs-down rate up more than 2 points, or cost per conversation more than 40 % over today.',
      "Doing: three stages, named like a cattle pen. The first gate at 2 % (staff), the chute at 10 % (early access), the big pen at 50 % and then everybody. Each one holds for two full crew rotations, call it two weeks, so every stage sees a pay run, and we don't open the next gate until every number is inside its line.",
      "Doing: the support lead (she's my field superintendent on this one) and I both give it the nod on the morning tailgate call before each gate opens. No nod, no move.",
      'Doing: the on-call puts the old model back, any hour, by flipping the routing flag. It takes under five minutes and nobody has to ask me first.',
      'Doing: once the big pen is done, a proper randomised A/B test to learn whether the bigger model actually answers better and earns its cost. The canary only tells us it is safe to run.',
      'Not doing: a random 1 % of everybody as the first cohort.',
      'Not doing: picking thresholds after we see the graphs.',
      'Not doing: a redeploy as the way back.',
      "Not doing: reading 'better' off the canary cohort. That'd be all hat and no cattle.",
    ].join('\n'),
  },
  // cc022 · prompt-locale-thumbs-down (model) · Texan register in plain prose, short (under 220 words)
  {
    id: 'cc022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Y'all, here's how I'd run it. I own the order, the limits and the holds; engineering owns the prompt flag and the traffic split.",
      "The first gate is our own staff, English and German speakers both. We've got folks over yonder in the Munich office who'll spot a 'du' where a 'Sie' belongs. The chute is users who opted into early access, split by language. The big pen is everybody, with German business accounts last, since that's where a too-casual tone costs us the most trust.",
      "Before anything moves we write the lines down against today's prompt: error rate up 0.5 %, p95 latency up 200 ms, thumbs-down up 2 points in either language, eval-harness formality failures up 1 point, token cost per draft up 15 %. Cross any one and we shut it in.",
      'Each pen holds two full crew rotations, a week apiece, and the localisation lead and I both give it the nod on the morning tailgate call before the next gate opens.',
      "The on-call puts the old prompt back with a config switch any hour of the night, no asking permission; it's back in two minutes.",
      "And the canary just says the warm prompt is safe. Whether it's better gets its own randomised A/B test afterwards.",
    ].join('\n'),
  },
  // cc023 · quiet-feedback-trap (model) · oil-field pump-model PM telling it in prose, holds as a count of readings
  {
    id: 'cc023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'My day job is a pump failure-prediction model out in the Permian, so a cheaper model that might quietly go bad is a thing I know. Here is the plan.',
      "What's mine and what isn't: I decide who goes first, what numbers pull it and how long we hold. Engineering runs the routing, the deploy and the flag.",
      'Who goes first: our own vet advisers and the clinic-support staff, who read summaries all day. Then clinics in the early-access programme, who asked for it. Then small clinics generally. The big multi-site practices and clinics that signed up this quarter go last, because a bad summary there loses the account. Same way I cut cohorts by oil field and by pump age back home: the old, fragile wells see a change last.',
      "The lines, agreed before a single summary moves and compared with today's model: errors up 0.5 %, p95 latency up 250 ms, eval-harness fail rate up 2 points, the share of summaries vets edit or reject up 3 points, and token cost per summary above 70 % of today's, since cheaper is the reason we're doing this. If it runs worse than any one of those, we shut it in.",
      'Holds: feedback is thin and the harness grades one summary in two hundred, so the holds count readings, not hours. For the canary we raise harness sampling to one in twenty. The first gate at 5 % holds until the harness has graded 300 of its summaries; the chute at 25 % until another 600 are graded and at least 150 vets have rated one; then the big pen at 100 %. That is most of a working day at the first gate, and I would rather wait than judge on twenty ratings.',
      'Sign-off: the clinical-content lead and I both give it the nod on the morning tailgate call before each gate opens.',
      "Rollback: the on-call puts the old model back, day or night, by flipping the model route in the config. A couple of minutes, no redeploy, and they don't wait on me.",
      'Last thing: all this tells us the cheaper model is safe. Whether vets like its summaries better is a randomised A/B test we run afterwards.',
    ].join('\n'),
  },
  // cc024 · lunch-peak-recommendations (model) · "Doing:"/"Not doing:" lines, short (under 220 words)
  {
    id: 'cc024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Doing: I set the cohort order, the shut-in lines and the holds; engineering owns the flag, the routing and the feature-store capacity.',
      'Doing: staff accounts in Berlin and Singapore first, then early-access opt-ins in both regions, then regular shoppers; new customers and our biggest weekly baskets last, since a bad home screen costs us most there.',
      'Doing: lines fixed before traffic moves, against the old model: errors +0.5 %, p95 latency +150 ms, feature-store timeouts +1 %, basket adds −2 % versus baseline, offline eval recall@10 −1 point, "not for me" taps +1 point, cost per 1,000 requests +20 %. If it runs worse than any of that, we shut it in.',
      'Doing: the first gate at 2 %, the chute at 20 %, the big pen at 100 %; each holds through three Singapore lunch peaks, not just Berlin office hours.',
      'Doing: the Asia ops lead and I both give it the nod on the morning tailgate call before a gate opens.',
      'Doing: the on-call puts the old model back with the flag at any hour, in under five minutes, no approval needed.',
      "Doing: a randomised A/B test afterwards to see if it sells more; the canary only says it's safe.",
      'Not doing: a Berlin-hours-only watch.',
      'Not doing: a redeploy to roll back.',
    ].join('\n'),
  },
  // cc025 · night-breach-rollback-authority (service) · Texan register, pump-model analogies, prose
  {
    id: 'cc025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Well, I'm fixin' to answer this one the way I'd run a change on the pump model back home, 'cause a fare engine that breaks at 2 a.m. on a Saturday is the same animal as a pump that quits on the night shift.",
      'First, whose call is what. Engineering owns the pricing service, the deploy and the routing rule that sends a trip to the old or the new. I own who gets the new fares first, the lines that pull it, and how long we sit at each stage.',
      "Order: our own employees' rides first; they'll flag a weird fare fast and won't cancel on us. Then riders who joined the beta programme. Then one mid-sized city on weeknights. Brand-new riders and the big cities' weekend nights go last: a bad first fare loses a rider for good, and weekend nights are most of the money.",
      'Lines, written down before the first trip moves, against the old pricing service over the same hours: fare-quote errors 0.3 % over today, p99 quote latency 200 ms over, completed trips per request down 2 % against the baseline, and any gap between quoted and billed fare on more than 0.1 % of trips. If it runs worse than any of that, we shut it in.',
      "Stages: the first gate at 1 %, the chute at 10 %, the big pen at 50 %, then all of it. Each one holds for two full crew rotations of the night shift, and it has to cross at least two of the nightly batch windows it shares with billing, since that's where I expect the trouble.",
      'The marketplace ops lead and I both give it the nod on the morning tailgate call before the next gate opens.',
      "Rollback is the whole point of this one. The on-call engineer puts the old pricing service back the minute a line is crossed, 2 a.m. Tuesday or 4 a.m. Sunday, by flipping the routing rule. It's a config change that takes under three minutes, not a redeploy, and they don't call me or anybody else for permission. We put that in writing before we start.",
      "And I won't claim the new service prices better off this. The canary tells us it's safe; if we want to know whether it earns more, that's a randomised A/B test after.",
    ].join('\n'),
  },
  // cc026 · storage-migration-under-load (service) · "Doing:"/"Not doing:" lines, cattle-pen gates, crew rotations
  {
    id: 'cc026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Doing: me on the what and when, engineering on the how. I own the cohort order, the shut-in lines and the holds; the platform team owns the proxy, the migration scripts and the read/write routing.',
      'Doing: the first gate is our own workspaces. We run the company on this tool, and cold caches will bite us before they bite anyone paying. Then the chute: teams that opted into early access. Then small teams on the free plan. The big pen comes last: large paying workspaces and anybody who signed up this month, since a slow board on day one loses them.',
      'Doing: the lines, agreed before a single workspace moves, against workspaces still on the old database: page-load errors 0.5 % over today, p99 task-read latency 250 ms over, database connection errors over 0.2 %, tasks created per active user down 3 % versus the baseline. If it runs worse than any one of those, we shut it in.',
      "Doing: 1 % at the first gate, 10 % at the chute, 50 % and then 100 % in the big pen. Each stage holds for two full crew rotations, a week apiece, so it sees two Monday-morning peaks, and we flush the caches on purpose at each stage so the load test's blind spot gets checked. The gates are on the metrics, not just the clock.",
      'Doing: the platform lead and I both give it the nod on the morning tailgate call before each gate opens.',
      'Doing: the on-call puts the old database back at any hour. The proxy has a routing switch that sends reads and writes to the old cluster in under five minutes, no redeploy and no waiting on me, and we dual-write to the old cluster until the big pen is done, so going back loses nothing.',
      "Not doing: decommissioning the old cluster at month end if the big pen isn't finished. The date moves, not the safety net.",
      "Not doing: calling this better. The canary says the new storage is safe; if we want to know it's better for users, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // cc027 · payment-sdk-android-bursts (service) · Texan register in prose, short (under 220 words)
  {
    id: 'cc027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Y'all, payments are where I get careful. Engineering owns the SDK rollout, the flag and the app routing; I own the order, the lines and the holds.",
      'Order: our own staff ordering lunch first, then beta users who opted in, on iOS and Android both, then regular customers. New customers and the Friday-dinner regulars go last, because a failed first payment is a customer we never see again.',
      "Lines, set before anything moves and measured against the old SDK: payment failures 0.5 % over today on either platform, p99 payment time 300 ms over, paid orders per checkout down 2 % against the baseline, and any single minute with failures at twice today's rate. Run worse than that and we shut it in.",
      'The first gate at 2 %, the chute at 15 %, the big pen at 50 % and then 100 %; each holds through two Friday dinner peaks.',
      'The payments lead and I both give it the nod on the morning tailgate call before each gate.',
      'The on-call puts the old SDK path back with a remote config switch, any hour, in under five minutes, without asking anybody.',
      'The canary says it is safe; whether wallets sell more is a randomised A/B test afterwards.',
    ].join('\n'),
  },
];
