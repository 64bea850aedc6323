import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fifty-fourth fresh set, author b: strong answers (bh021–bh027), written blind, labelled by hand. */
export const FIFTY_FOURTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: Vanuatu English register, spoken
  {
    id: 'bh021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Okay. So this one is the support assistant for payroll, and they want to change to the bigger model. Me, as PM, what I hold is the decisions: which people go first, how far we open it, how long we wait at each step, and the numbers that make us go back. The platform engineers, they hold the routing and the deploy, that one is their work, not mine.',
      'Olsem, first group is our own staff, the HR and payroll people inside the company, because they know the answers about payslips and leave, they will tell us quick-quick when the assistant talks nonsense. After that the customers who said yes to early access. Small companies next. The big employers with thousands of payslips, they come last, because if the assistant gives wrong advice about their pay, that one hurts us tumas.',
      'Before any traffic goes, we write the limits and everybody agrees, no changing them after. Error rate more than 0.5 % above the old model, we go back. p95 latency more than 400 ms worse, we go back. Hallucination rate from the eval harness up more than 1 point on the payroll questions, go back. Thumbs-down rate up more than 2 points, go back. And cost per conversation, because finance asked, if it is more than 30 % above what we told them, we stop and talk.',
      'For the stages, staff only, then 5 %, 20 %, 50 %, 100 %. At each stage we hold at least 24 hours and the gate is the numbers. Nobody moves it before the hold finishes. To go to the next stage, I sign, together with the support engineering lead. Two signatures, every step.',
      'If something breaks, the on-call engineer can roll back any time, night or day, no need to call me first. It is a config switch back to the old model, it takes under five minutes. Then they tell me after.',
      'And one more thing, true one: the canary only tells us the big model is safe. It does not tell us it is better. The three points in offline eval, that is not proof. To know better, after we do a proper randomised A/B test, with a metric like tickets solved without a human.',
    ].join('\n'),
  },
  // checkout-first-order: a PM at a pharmacy refill service
  {
    id: 'bh022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I run product for a pharmacy refill service, where a broken checkout means someone doesn't get their blood-pressure tablets on time, so I've learned to be fussy about rollouts. Here's how I'd carry that over to this one-page checkout.",
      "My job and engineering's job are different. Engineering owns the flag, the routing and the deploy. I own the order in which customers see it, the limits that stop it, how long each stage holds and whether we advance. I don't touch the routing; they don't decide the thresholds.",
      "As for order, staff accounts go first, since they shop here and will report oddities. Then returning customers who joined our early-access panel, since the lab says they're the ones who'll like it. First-time buyers go last, deliberately: they're the risk the lab never tested (no saved address, no saved card), and the spring campaign brings a flood of them, so they see it only once everything earlier is clean. In the refill world we hold back new patients for the same reason.",
      'Limits, written into the release doc and agreed with engineering before a single session is routed: checkout error rate no more than 0.3 % above control; p99 page load no more than 250 ms slower; order completion no more than 2 % down against the control cohort, and separately first-order completion no more than 3 % down. Any one breached means rollback, no debate.',
      'The stages are staff, 2 %, 10 %, 25 %, 50 %, 100 %. Each holds at least 48 hours so we cover weekday and weekend shoppers, and the 25 % stage holds until we have at least 2,000 first orders in each arm. The gate is every metric green at the end of the hold.',
      "Advancing takes my sign-off and the checkout engineering lead's, written in the release channel. Without both, the stage stays put.",
      'Rollback belongs to whoever is on call, at any hour, without asking me: turning the flag off sends everyone back to the three-step checkout within two minutes. They tell me afterwards.',
      "Last, this canary tells us the single page is safe to ship, not that it converts better. If Growth wants to claim a lift, that's a randomised A/B test after the rollout, not a reading of the canary numbers.",
    ].join('\n'),
  },
  // quiet-feedback-trap: structured around three failure stories the plan would catch
  {
    id: 'bh023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'd build the plan around three ways this could go wrong, and make sure each one gets caught.",
      "Story one: the cheaper model quietly drops a drug dose from a summary. Vets rarely rate summaries, so nobody complains, and the eval harness only grades one summary in two hundred. At 5 % of a few hundred a minute, that's far too few graded summaries to see anything. So for the canary, engineering turns harness sampling up to one in ten on canary traffic, and I fix the limit before we start: hallucination or omission rate on graded summaries more than 1 point above the current model, and we roll back. Thumbs-down rate is watched too, but with so few ratings it only counts once there are 300 rated summaries in each arm.",
      'Story two: the model is faster on average but spikes at peak. I set p95 latency no more than 300 ms above control and error rate no more than 0.5 % above control, and write both down, with the cost target (tokens per summary at least 30 % lower, otherwise the change has no point), before any clinic is switched.',
      "Story three: a bad stage slips through because someone was keen. So every advance needs a sign-off: mine and the ML lead's, after the hold.",
      'As for who does what, I own the decisions, meaning the clinic order, the limits, the hold lengths and the go or no-go at each gate. Engineering owns the model routing and the deploy.',
      "Our own demo clinic and the clinics on our pilot programme go first, because they've agreed to check summaries by hand. Then small single-vet clinics. Busy multi-vet practices go last: they write the most notes, so a bad summary there reaches the most animals.",
      'The stages are pilot clinics, 10 %, 25 %, 50 %, 100 %. Because feedback is sparse, holds are set by volume, not the clock: each stage holds until the harness has graded 500 canary summaries, and never less than 48 hours. Only then do we look at the gate.',
      "The on-call engineer can switch the model back without asking anyone, at any hour; it's a config change that takes under five minutes. They page me afterwards.",
      "And a reminder I'd give the room: if all three stories stay quiet, we've shown the cheaper model is safe enough, not that it writes better summaries. That claim needs a randomised A/B test with blinded vet ratings.",
    ].join('\n'),
  },
  // storage-migration-under-load: roles always named by team, never by title
  {
    id: 'bh024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Product decides the pace; the platform team does the moving. Product owns the order of tenants, the rollback limits, how long each stage holds and whether to advance; the platform team owns the proxy, the routing and the managed cluster.',
      "Tenants move in this order: our own workspaces first, because we'll notice a slow board at once; then free-tier teams; then paying teams; the large enterprise workspaces last, since a cold-cache stall there costs us contracts.",
      'Before anything moves, product and the platform team sign a page of limits: read errors more than 0.2 % above the old cluster, p99 task-load latency more than 150 ms worse, or proxy connection errors above 0.1 % means rollback.',
      "The stages run internal, 5 %, 20 %, 50 %, 100 %, and every stage holds for at least one full weekday peak with caches cold, because the load test ran warm. Nothing advances until product and the platform team's on-call both sign the gate.",
      "The platform team's on-call may roll back whenever a limit trips, at any hour, without asking product: the proxy sends reads back to the old cluster within two minutes.",
      "The canary shows the new cluster is safe; any claim that it's faster belongs to a randomised A/B comparison later.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: durations given as business days
  {
    id: 'bh025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'As PM I decide which regions and cohorts go first, what numbers send us back, how many business days each stage holds and when we advance. The ML platform engineers own the model serving, the traffic split and the feature-store capacity.',
      "Berlin staff accounts go first, because the team can look at the baskets themselves. Then opted-in beta shoppers in Europe. Then general shoppers in Europe. South-East Asia comes after Europe is clean, and always at a small share before a large one, because the regional feature stores were sized for the old model and the Singapore lunch peak is where they'll strain.",
      'The thresholds are agreed and written before the first request: error rate more than 0.5 % above control; p95 recommendation latency more than 150 ms above control; feature-store timeouts above 0.2 %; basket add-rate from the home screen down more than 2 % against control; compute cost per 1,000 recommendations more than 25 % higher. The offline eval score on the weekly replay set must not drop. Any breach, we roll back.',
      'We ramp through staff, 2 %, 10 %, 25 %, 50 %, 100 %, with Asia added at each stage only after Europe has passed it. Each stage holds two business days, so every stage includes two lunch peaks in each region, and the 25 % stage holds four business days so basket metrics gather volume. The gate is the thresholds staying green for the whole hold.',
      'I sign each advance together with the recommendations engineering lead.',
      "The on-call engineer in either region can switch the home screen back to the old model at any hour without waiting for me; it's a config flag and takes under five minutes. Asia's on-call is awake at its own lunch peak, which is exactly when it matters.",
      "What the canary won't tell us is whether the new model recommends better baskets. It only tells us it's safe. Better is for a randomised A/B test once we're at 100 %, run for ten business days.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: a closing sentence on what success looks like at 100 %
  {
    id: 'bh026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I own the release decisions: cohort order, rollback limits, hold lengths and the call to advance. The pricing engineers own the service, routing and deploy.',
      'Employee trips go first, because staff will report a wrong fare and forgive it; then a single quiet city; then larger cities; airport and weekend night trips last, since they carry our highest fares.',
      'The limits are fixed before the new service prices any trip: fare calculation errors more than 0.2 % above control, p99 quote latency more than 150 ms slower, fare differences from the old service above 1 % on shadow-priced trips, or trip completion down more than 1.5 % against control. Any breach triggers rollback.',
      'We ramp through staff, 1 %, 5 %, 25 %, 50 %, 100 %; each stage holds for at least 24 hours and must cross one nightly billing batch window before its gate opens. The engineering lead and I sign off each advance together.',
      'At 2 a.m. nobody waits for me: the on-call engineer may roll back the moment a limit trips, by switching fare routing back to the old service in under three minutes.',
      'The canary shows the service is safe, not better; that needs a randomised A/B test.',
      'Success at 100 % looks like a week of ordinary fares and quiet batches.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: invented: a PM at a public broadcaster, plain and brisk
  {
    id: 'bh027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'At the broadcaster where I work, prompt changes ship like anything that talks to listeners.',
      'I decide the order, the limits, the holds and the advances; engineering owns the prompt routing and the deployment.',
      'Our own staff in both languages go first; then English-speaking beta users; then English users broadly; German users last and separately, because the prompt was only reviewed in English and formal address matters there. Before German users see it, a German speaker reviews fifty sample drafts.',
      "Limits are written down before launch and checked per language: thumbs-down rate more than 2 points above control, eval-harness score for formal German tone below the old prompt's, error rate 0.5 % above control, p95 latency 200 ms above control, tokens per draft up more than 15 %. One breach and we roll back.",
      'We step through staff, 5 %, 25 %, 50 %, 100 % in English, then the same ladder in German. Each holds 48 hours, and the gate is every limit green for that language.',
      "Each step is signed off by me and the assistant's engineering lead.",
      "On-call may revert the prompt at any time without asking; it's a config switch that completes in under five minutes.",
      'The canary says safe, never that warmer is better; that takes a randomised A/B test.',
    ].join('\n'),
  },
];
