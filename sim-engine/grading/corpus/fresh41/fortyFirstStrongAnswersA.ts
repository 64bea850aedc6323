import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-first fresh set, author a: strong answers (au001–au007), written blind and labelled by
 * hand before anything was graded. Four model answers, three service answers.
 */
export const FORTY_FIRST_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: Nigerian English register, spoken (interview transcript)
  {
    id: 'au001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Okay, so. Let me start from who is doing what, because that one is very important. The platform engineers, they will handle the routing and the deployment of the bigger model, that is their own. Me as the PM, I own the decisions: which users see it first, the limits that will make us roll back, and how long we hold at each stage before we move. Those ones are mine.',
      '',
      'Now for the order. We will start with our own staff, the HR team and customer success. They use the assistant every day and they know payroll well, so if the answer about a payslip is wrong, they will catch it sharp sharp. After that, the customers who opted into early access. Then small companies on the standard plan. The big payroll clients, the ones running month-end for thousands of employees, they come last, because if the assistant tells them something wrong about leave or tax, na wahala for everybody.',
      '',
      'Before any traffic moves, we write the thresholds down and everybody agrees on them. Error rate more than 0.5 percent above the old model, we roll back. p95 latency more than 300 milliseconds above control, we roll back, because a bigger model with a longer context will be slower and we must watch it. Hallucination rate from the eval harness, if it goes up by more than one point against the old model on our payroll question set, we roll back. Thumbs-down rate up by more than two points, roll back. And cost per conversation, we cap it at one and a half times the current one, because Finance is already asking.',
      '',
      "The ramp is staff, then 5 percent, 25, 50, then 100. At each stage we hold at least 24 hours, and we don't move until all the metrics are inside the limits. The head of support operations and myself, we sign off each step, together with the eng lead.",
      '',
      'Rollback: the on-call engineer can roll back any time, day or night, without calling me or anybody. It is a config switch back to the old model, it takes less than five minutes.',
      '',
      'One last thing. The offline evals went up three points, fine, but this canary is not going to tell us the new model is better. It only tells us it is safe. If we want to know better, we run a proper randomised A/B test after.',
    ].join('\n'),
  },
  // storage-migration-under-load: former backend engineer, heavy on engineering jargon
  {
    id: 'au002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Context: I spent six years on backend before moving to product, so forgive the jargon.',
      '',
      'Ownership first. SRE and the platform team own the mechanics: the proxy config, the dual-read path, the weighted routing at the edge, the failover runbook. My job as PM is the policy layer: which tenants get routed to the managed cluster in which order, what the abort criteria are, and how long we soak at each weight before bumping it.',
      '',
      "Tenant ordering: our own workspace first (we dogfood the tool all day and we'll file bugs with stack traces), then the design-partner teams who opted into early access, then free-tier workspaces with low task counts. Large paying orgs with huge boards go last. They generate the heaviest queries, and they're the ones who churn if task pages hang.",
      '',
      "Abort criteria, written into the release doc and agreed before the first request hits the new proxy: 5xx rate more than 0.5 % above the control cohort, p99 read latency more than 200 ms above control, connection-pool saturation above 85 %, task-page load completion down more than 2 % vs baseline. Since the load test ran on warm caches, we flush the cache on the canary nodes at the start of each stage so a hot cache can't flatter the numbers.",
      '',
      'Ramp: internal, then 1 %, 5 %, 25 %, 50 %, 100 %. Each step is a gate, not a timer: a minimum 12-hour soak that includes one daily peak, and we only bump the weight if every abort metric stayed green for the whole window. The storage tech lead and I both sign off each bump; neither of us can advance alone.',
      '',
      "Rollback: any on-call SRE can flip the routing weight back to the self-hosted cluster, 24/7, no approval required. It's a proxy config change, under five minutes, no redeploy. That's also why the old cluster doesn't get decommissioned at month end if the ramp isn't finished: the rollback target has to exist.",
      '',
      "Last point: this canary tells us the migration is safe under real load. It won't tell us users are better off; if anyone wants to claim a speed win, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // quiet-feedback-trap: healthcare-app PM, careful about patients
  {
    id: 'au003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I come from a healthcare app, so I'll say upfront how I think about this: a summary of a visit note becomes part of a patient's record, even when the patient is a dog. A wrong dose or a missed allergy in a summary can hurt an animal, so I treat this as a clinical-safety change first and a cost change second.",
      '',
      'The split of work is simple. Engineering owns the model routing and the deploy. I own the release decisions: which clinics see the cheaper model first, the limits at which we roll back, and how long we hold at each stage.',
      '',
      'Order: first our own staff vets and the two clinics on our clinical advisory panel, who check summaries against the notes anyway. Then clinics that opted into early access. Then small general-practice clinics. Emergency and referral hospitals go last, because their notes are the longest and the stakes for the patient are highest there.',
      '',
      "Feedback is sparse and the harness only grades one summary in two hundred, so at 5 % we would see almost nothing. Before the first summary moves, I'll ask engineering to raise eval sampling on canary traffic to one in ten, and we write down these limits together: hallucination or omission rate from the eval harness (medications, doses, allergies) no more than 0.5 points above the current model; error rate no more than 0.5 % above control; p95 latency no more than 200 ms above control; thumbs-down rate from vets no more than 2 points above baseline, read only once there are at least 200 ratings; and cost per summary tracked, so we know the saving is real.",
      '',
      "Stages: internal, then 5 %, 20 %, 50 %, 100 %. At each stage we hold until the harness has graded at least 400 canary summaries, which is a gate on volume rather than the clock, and every limit has held. Our clinical lead, who is a vet, signs off each advance with me; if she isn't satisfied with the sample she reads herself, we don't move.",
      '',
      "Rollback: the on-call engineer or the clinical lead can switch traffic back to the old model at any hour without asking me. It's a flag change that takes effect in about two minutes. Any canary summary a vet flags gets regenerated on the old model.",
      '',
      'Finally, the canary only tells us the cheaper model is safe enough for patient records. Whether vets find its summaries better is a question for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: FAQ pairs (Q: … A: …)
  {
    id: 'au004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Q: Who owns what?',
      'A: Payments engineering owns the remote flag and the app build. I own the decisions: who goes first, the rollback limits, the holds.',
      'Q: Who goes first?',
      'A: Staff accounts, then opted-in beta testers, then customers in one small city. Friday-dinner regulars in our biggest cities go last; a failed payment there costs the most.',
      'Q: What makes you roll back?',
      'A: Set before the flag flips: payment failures more than 0.5 % above the old SDK, p99 payment latency more than 200 ms above it, completed orders down more than 2 % vs baseline. Watched per platform, so an Android-only burst cannot hide.',
      'Q: How does it ramp?',
      "A: 1 %, 5 %, 25 %, 50 %, 100 %, holding at least 24 hours per step, and the 25 % step must include one Friday dinner before we go further. Each advance needs the payments lead's sign-off and mine.",
      'Q: Who can pull it?',
      'A: The on-call payments engineer, at any hour, without asking anyone. The server-side flag sends payments back to the old SDK path in under five minutes.',
      'Q: Will it show that wallets lift orders?',
      'A: No. The canary shows the SDK is safe, not that it is better. Lift needs a randomised A/B test.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: short numbered thread of posts
  {
    id: 'au005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "1/ How I'd canary the warmer prompt in our email assistant. The PM owns the calls (who first, the limits, the holds); engineering owns the flag and the prompt routing.",
      '2/ Order: our own staff, then opted-in beta users. English speakers first, German speakers second, with German-speaking colleagues reviewing replies. Paying business accounts writing in German last: formal address matters most there.',
      '3/ Limits, signed before any traffic moves: thumbs-down rate at most 2 pts above the old prompt, per language; tone-failure and hallucination rate on the eval harness (with a new German formality set) at most 1 pt up; errors +0.5 %, p95 +200 ms, tokens per reply +10 % max.',
      '4/ Stages 1 → 5 → 25 → 50 → 100 %, each held 48 h and gated on every limit being green in both languages.',
      "5/ Every advance is signed by me and the assistant's eng lead.",
      "6/ On-call can flip back to the old prompt any time, no approval needed: it's a config value, live in under 5 min.",
      '7/ A canary says "safe", not "better". If we want to know the warmer tone wins, that\'s a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: second person, coaching a junior PM
  {
    id: 'au006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Here's how you run this one. Start by being clear about what's yours. Engineering owns the pricing service, the deploy and the traffic split. You own the decisions: who sees the new fares first, which numbers trigger a rollback, and how long you hold before each step up.",
      '',
      "Pick your riders in order. You start with employees taking real trips on the staff programme, then riders who opted into beta features, then one mid-sized city on weekdays. You leave the big cities' weekend nights for last, because that's where a fare bug hits the most trips and the most drivers.",
      '',
      "Write your rollback limits down before a single fare is calculated by the new service, and get engineering to agree to them: fare-calculation errors more than 0.5 % above the old service, p99 quote latency more than 200 ms above it, fare mismatches against the old calculation above 0.1 % in the shadow comparison, completed trips down more than 2 % against baseline. Don't move them once you're live.",
      '',
      'Then you ramp: 1 %, 5 %, 25 %, 50 %, 100 %. You hold each stage at least 24 hours, and one of those holds has to cover the nightly batch window the service shares with billing. You advance only when every limit is green, and the pricing eng lead signs off every advance with you.',
      '',
      'Now the part this scenario is really testing. The breach will come at 2 a.m. and you will be asleep. So you decide in advance that the on-call engineer may roll back on their own, without waking you or anyone else, and that the rollback is a routing switch back to the old pricing service that completes within five minutes, not a redeploy. You read about it in the morning.',
      '',
      "And when someone asks whether the new fares are working better, you tell them the canary only says they're safe. Better is a question for a randomised A/B test, later.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: candidate thinking aloud, revises a number mid-answer
  {
    id: 'au007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Let me think this through out loud. The change is a recommendation model that reads more features per request, and the feature stores were sized for the old one. So the risk isn't only quality, it's load on the regional stores, and it will show up at each region's own peak.",
      '',
      'Who owns what: the ML platform team owns the serving and the routing between models. I own the decisions, meaning the order of segments, the rollback limits and the holds.',
      '',
      'Order... staff accounts first, then customers who opted into early features, and I was going to put Europe before South-East Asia. Actually, no. I want to see the Singapore lunch peak early, while exposure is still small, so both regions ramp together: staff and beta first in each, and the high-value weekly-basket customers last everywhere, because a bad home screen costs us their order.',
      '',
      "Thresholds, fixed before any traffic moves. Errors more than 0.5 % above control. p95 latency on the home screen... I was going to say 300 ms over control, but the feature-store fetch sits in the request path and the home screen has a tight budget, so let's make that 150 ms over control, measured per region. Feature-store read capacity above 80 % in any region. For quality: add-to-basket rate from recommendations down more than 2 % against control, and the eval harness score on a replayed sample more than 1 point below the old model. Compute cost per request up more than 20 %. Any one of those and we roll back.",
      '',
      "Stages: 1 %, 5 %, 25 %, 50 %, 100 %. Each stage holds for at least 24 hours so that it covers both a European and a Singapore lunch peak, and it's gated: we only advance if every threshold stayed green through both peaks, per region. I sign off each advance together with the ML eng lead.",
      '',
      "Rollback: the on-call ML engineer in either time zone can switch back to the old model without asking anyone. We need someone awake for the Singapore peak, which is early morning in Berlin. It's a routing config change, under five minutes.",
      '',
      "And I'd be clear with the team that this canary tells us the model is safe to run; it doesn't tell us it recommends better baskets. That needs a randomised A/B test afterwards.",
    ].join('\n'),
  },
];
