import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-fifth fresh set, author c: strong answers (ao041–ao047), written blind, labelled by hand. */
export const THIRTY_FIFTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // lunch-peak-recommendations — Singaporean English, spoken
    id: 'ao041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Okay, so for this one ah, first thing: the routing and the feature stores are engineering's side, the ML team and platform handle that. What I own as PM is who gets the new model first, what numbers make us pull it back, and how long we wait before each step up. Those I write down before anything goes out, not after I see the dashboard.",
      'Order wise: our own staff first, both Berlin office and Singapore office, then the beta group who opted in, then a small slice of normal customers. And I will make sure that slice got Singapore and KL customers inside, not only Europe, because the feature stores were sized for the old model and the real danger is the Asia lunch peak. The big-basket regulars and new sign-ups go last, those are the ones we cannot afford to annoy.',
      "Limits, agreed with the ML lead before day one: error rate on the recommendation call more than 0.5 point above the old model, p95 latency of the home screen more than 150 ms worse, feature store timeouts above 1 %, add-to-basket from recommendations down more than 3 % versus control. For model quality also must have: score from the eval harness on replayed requests dropping more than two points, the 'not interested' taps going up 20 %, and compute cost per request more than 25 % higher.",
      'Ramp is 1, 5, 25, 50, then 100 %, and every step must sit at least one full day, so it passes both the Berlin lunch and the Singapore lunch, which is like 6 a.m. Berlin time. Only move up when the numbers are clean, not just because the clock run out. Me and the ML lead sign off each step.',
      "Rollback: whoever is on call, Berlin or Singapore, can flip the model flag back to the old one, any hour, don't need to wake me up. Should take less than five minutes.",
      "Last thing ah, this canary only tells us it's safe. Whether the new model actually sells more baskets, that one we need a proper A/B test after, randomised, run a couple of weeks.",
    ].join('\n\n'),
  },
  {
    // support-model-upgrade — OKR-style objectives and key results
    id: 'ao042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Objective 1: Move support to the larger model without hurting payroll users or blowing the budget.',
      'Owner: PM (me) for exposure order, limits, holds and the go decision; ML platform owns the gateway routing.',
      'KR1: Before any traffic moves, stop limits are signed by me and the ML lead: hallucination rate on our payslip/leave eval set above 2 %, thumbs-down up 3 points, escalations to a human up 15 %, p95 reply time over 6 s, cost per conversation over €0.08, errors +0.5 pts vs the old model.',
      'KR2: Exposure goes staff → early-access customers → small-business accounts → large payroll customers, and nobody new is added during payroll close week.',
      "KR3: Ramp 2 → 10 → 25 → 50 → 100 %, each step held 48 h and advanced only when every limit is green, with my and the ML lead's sign-off in the release channel.",
      'KR4: Any on-call engineer can switch back to the old model in the gateway config in under 5 minutes, any hour, no approval needed; rehearsed once before KR3 starts.',
      "Objective 2: Answer 'is it better?' properly.",
      'KR5: Nobody quotes canary numbers as an improvement; a randomised two-week A/B test on resolution rate and cost per resolved conversation is what we report to Finance.',
    ].join('\n'),
  },
  {
    // quiet-feedback-trap — PM at a healthcare startup
    id: 'ao043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I work on clinical documentation at a small health-tech startup, so this one is close to home: a summary that quietly drops an allergy or invents a dose is what I'd be losing sleep over, not a 500 error.",
      "The split at my place, and the one I'd use here: the ML engineers own the model gateway and the traffic split. I own who sees the cheaper model first, the numbers that pull it, how long we sit at each step, and I make the go call together with our clinical lead.",
      "The catch in this scenario is how thin the signal is. A few hundred summaries a minute, hardly anyone rates them, and the harness grades one in two hundred. At 5 % that's a handful of graded summaries an hour, so you'd learn nothing. Before we start I'd ask the ML team to grade one in ten canary summaries, and I'd recruit clinics that promise to rate.",
      'Order: our own in-house vets first, reading summaries of real de-identified notes; then the eight or so design-partner clinics on our early-access list; then small general practices. Emergency and 24-hour clinics, and the big multi-site groups, go last. They carry the highest clinical stakes and most of the revenue.',
      'Limits, signed before day one: harness-flagged hallucinations (a drug, dose or finding not in the notes) above 0.5 % of graded canary summaries, against roughly 0.2 % on the current model; missed-key-finding rate more than 2 points worse; thumbs-down above 12 % of ratings once we have 150 ratings; p95 generation time over 6 seconds; errors 0.5 points above control. Cost per summary has to come down by at least a quarter, or there is no point.',
      'Steps: 5 %, 20 %, 50 %, 100 %. We move only when a stage has at least 2,000 graded summaries and three working days behind it, never just because the calendar says so. The clinical lead and I both sign each step in writing.',
      "Rollback: the on-call engineer or the clinical lead can switch routing back to the old model at any hour, no permission needed. It's a gateway setting and takes two or three minutes; we rehearse it first.",
      "And I'd be straight with leadership: clean canary numbers mean it's safe enough, not that vets prefer it. The early clinics weren't randomly chosen. To claim it's as good, we'd run a randomised A/B test with blinded review of the summaries.",
    ].join('\n\n'),
  },
  {
    // prompt-locale-thumbs-down — one-line summary, then each point expanded
    id: 'ao044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Short version: bring German speakers in early rather than late, fix the stop rules per language before launch, step up slowly on quality gates with a named approver, let on-call revert the prompt in minutes, and don't mistake a quiet canary for proof that warmer is better.",
      "Why German early. The prompt was only reviewed in English, and a quarter of our users write in German, where a chatty 'du' in a mail to a client can look unprofessional. If only English users see it first, I learn nothing about the real risk. So our own staff go first, including the Munich office, then opted-in beta users in both languages with German deliberately about half of that slice, then general users. Large business tenants, who send the most formal mail, come last.",
      'The stop rules, written down and agreed with the engineering lead before day one and measured separately for English and German: thumbs-down rate more than 2 points above the old prompt; drafts discarded or regenerated up 10 % relative; informal address in more than 1 % of sampled German drafts, which the eval harness checks with a formal-address test plus a German-speaking grader; p95 time to first draft more than 300 ms worse; tokens per draft up more than 15 %, since warmer tends to mean longer.',
      'The steps: 1 %, 5 %, 20 %, 50 %, everyone. Each is held for at least two days and until the German slice has 500 rated drafts, so the gate is the metrics, not a timer. I approve each step together with the engineering lead.',
      'Ownership and rollback. Engineering owns the prompt config and how traffic is split; the order, the limits and the holds are mine. Anyone on call may put the old prompt back straight away without waiting for me. It is a versioned config value and is live again in under five minutes.',
      'Finally, a clean canary only says the new prompt does not misfire. Whether warmer actually gets more drafts accepted is a question for a randomised A/B test afterwards, per language.',
    ].join('\n\n'),
  },
  {
    // storage-migration-under-load — day 0, day 1, day 3, day 7
    id: 'ao045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Day 0, nothing moves yet. The infra lead and I write the plan down. Infra owns the proxy, the managed cluster and keeping writes mirrored to both databases; I own the order, the limits, the holds and the go/no-go. Limits we agree today and don't touch later: task-read errors more than 0.2 points above the old cluster, p99 page load more than 250 ms slower, failed task saves above 0.05 %, and tasks updated per active user down more than 3 % against the teams still on the old database. The on-call SRE may roll back on any breach at any hour without asking me: reads flip at the proxy back to the old cluster in a couple of minutes, and because writes go to both, nothing is lost. We test that flip once today. I also ask for the decommission date to slip if we're not finished: no old cluster, no rollback.",
      "Day 1, our own company's workspaces move over, roughly 1 % of reads. The point is to live through a morning login rush with cold caches, which the load test never did. We hold at least 24 hours.",
      'Day 3, if day 1 was clean, the infra lead and I sign off and we add the teams in our beta programme and small free-tier teams: 5 %, then 20 % the next day if it stays green. At 20 % there is finally enough volume to see whether task activity moves.',
      'Day 7, 50 %, held two more days across the weekly peak, then paying teams, with the largest enterprise workspaces last, because an outage for them turns into calls to their account managers. Each step is signed off by both of us in the release ticket.',
      "What I won't do is present this as proof the new setup is better for customers. The canary says it's safe. If someone wants to claim faster pages lift engagement, that's a randomised A/B test, not numbers read off hand-picked cohorts.",
    ].join('\n\n'),
  },
  {
    // payment-sdk-android-bursts — anticipates the interviewer's objections
    id: 'ao046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'll give you the plan and then the pushback I'd expect, because this one has a few traps.",
      "Engineering owns the SDK integration and the flag plumbing; I own the exposure order, the stop rules, how long we sit at each step, and the decision to go further. Because an app can't be rolled back quickly through the stores, both payment paths ship in the same build and a remote flag picks one. Order: staff phones first, then customers on our beta app channel, then one smaller city, and only then the big cities. Android is in from the start, on purpose, and our highest-frequency customers and corporate accounts come last. Stop rules, agreed and written down before the first payment moves: payment failures more than 0.5 points above the old SDK in any five-minute window, split by platform; p99 authorisation time 400 ms worse; checkout completion down more than 2 % against the control group. Steps are 1, 5, 20, 50 and 100 %, two days each at minimum, and we don't go past 20 % until it has lived through one Friday dinner peak. The payments engineering lead and I both sign each step.",
      "'Why not a random 1 %?' Because a random slice at lunchtime might be mostly iPhones. The risk is Android under burst load, so I pick segments that will hit it.",
      "'Five-minute windows will trip on noise.' At 1 % they could, so a breach has to show in two windows in a row, and we set the level from last month's failure data on the old SDK. An hourly average would hide exactly the bursts we're worried about.",
      "'Isn't this slow? Wallets are a growth bet.' It costs us about ten days. A payment outage on a Friday evening costs more than that in one hour.",
      "'Who rolls back at 8 p.m. on a Friday?' The on-call engineer, immediately, without calling me or anyone else. Turning the flag off takes about two minutes and we'll have practised it beforehand.",
      "'So if canary users convert better with wallets, we've proven it?' No. The canary cohort was hand-picked, so any lift could just be who's in it. The canary tells me it's safe; whether wallets improve conversion is a separate randomised A/B test, holding a random group back from the wallet button once we're fully rolled out.",
    ].join('\n\n'),
  },
  {
    // night-breach-rollback-authority — imperative checklist
    id: 'ao047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Before Tuesday evening:',
      '- Settle the split with the engineering lead: the pricing team runs the new service and the routing; I decide who goes first, the limits, the holds and when we move on.',
      '- Write the limits down and get them signed: fare-quote errors more than 0.3 points above the old service; p99 quote time more than 200 ms slower; over 1 % of trips priced 5 % away from the old fare; ride requests per quote down more than 2 % against control.',
      '- Ask the SRE lead to give the night on-call full authority to roll back. No calling me, no waiting for morning. It is one routing switch back to the old service, under five minutes; rehearse it once at 2 a.m.',
      '- Start with staff rides, then riders in the beta programme, then one mid-sized city. Airport runs and business accounts go last.',
      '- Ramp 1, 5, 25, 50, 100 %. Hold each 24 hours or more; one hold must span a weekend night and the billing batch.',
      "- Move up only with my and the engineering lead's sign-off.",
      "- Don't treat a clean canary as proof the new fares work better. It only says the service is safe; whether riders respond better needs a randomised A/B test afterwards.",
    ].join('\n'),
  },
];
