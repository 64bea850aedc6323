import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-first fresh set, author b: strong answers ak021–ak027, written blind and labelled by
 * hand before any grading. The built-in scenario each answer was written for is noted above it.
 */
export const THIRTY_FIRST_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade — a plan written as a markdown table of stages
  {
    id: 'ak021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Roles first: engineering owns the model routing and serving. I own who sees the new model and when, the limits that send us back, and the call to move forward.

Rollback limits, agreed with the ML lead (and finance for the cost line) before any user gets the new model, all measured against the old model on the same day's traffic:
- errors more than 0.5 pp above the old model
- p95 response time more than 1.5 s slower (longer context = slower answers)
- eval harness on sampled live conversations: wrong or made-up payslip/leave answers more than 2 pp above the old model
- thumbs-down rate up more than 3 pp
- cost per conversation more than 40 % above today's

| Stage | Who gets it | Share of traffic | Hold | Advance only if | Signed off by |
|---|---|---|---|---|---|
| 1 | Our own HR and payroll staff | ~1 % | 2 days | no limit breached, at least 500 conversations graded | me + ML lead |
| 2 | Customers in the early-access programme | 5 % | 3 days | same, plus 50 transcripts read by hand | me + ML lead |
| 3 | Small companies with simple payroll | 25 % | 1 week, must include a payroll run | limits clean through payday | me + ML lead + support lead |
| 4 | Mid-size companies | 50 % | 4 days | limits clean | me + ML lead |
| 5 | Enterprise accounts | 100 % | n/a | n/a | me + head of product |

Why this order: staff forgive mistakes and can tell us exactly what's wrong; early-access customers asked to be first; enterprise accounts have the most employees asking about their pay and the most to lose, so they go last.

Rollback: on any breach the on-call ML engineer flips the routing flag back to the old model. About two minutes, no redeploy, and they don't need to reach me or anyone else first. I get told afterwards.

All of this tells us the bigger model is safe to run, not that it's worth the extra money. That's a randomised A/B test afterwards, on resolution rate and tickets escalated to a human.`,
  },
  // prompt-locale-thumbs-down — cohorts named by persona
  {
    id: 'ak022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `I'd give each group a face, so the whole team remembers who we're protecting.

Where I sit: engineering owns the prompt deployment and the flag. I own who gets the new prompt in which order, the numbers that send it back, and whether we move on.

Before day one I write the rollback limits into the release doc and get the eng lead to agree them: thumbs-down rate more than 2 points above the old prompt in either language; the eval harness's tone check, which we extend with a German formality rubric (Sie vs du), failing on more than 3 % of sampled drafts; p95 time-to-draft more than 300 ms slower; tokens per draft up more than 15 %; errors more than 0.5 % above control.

- **Lena** is one of us: a German-speaking support engineer in Munich, alongside our English-speaking colleagues. Everyone internal goes first, for three days. Lena will tell us within the hour if the assistant writes "Hey du!" to a tax office.
- **Marcus** joined the beta programme and writes mostly in English. English-language beta users are next, 5 % of traffic, held four days.
- **Sophie** is an everyday English user on the free plan. General English traffic at 25 %, then 50 %, each held at least three days so the thumbs-down numbers mean something.
- **Herr Vogel** runs a small law firm and writes to clients in German. German users go last, after a separate 10 % German stage held for a full week, because this is exactly where a chummy tone embarrasses someone in front of a client.

Each move to the next persona needs my sign-off and the eng lead's in the release channel, with the dashboard attached.

If any limit trips, the on-call engineer flips the prompt flag back to the old version. It's config, live in under a minute, and they don't wait for me or for office hours. We can also roll back German on its own, since the prompt is picked per locale.

And none of this shows the warmer tone is better. Lena liking it isn't evidence. If we want to claim users prefer it, that's a randomised A/B test afterwards, on something like sent-without-edits rate.`,
  },
  // quiet-feedback-trap — an interview dialogue
  {
    id: 'ak023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Interviewer: A cheaper, faster model for the clinic summaries. How would you run the canary?

Candidate: I'd start by splitting the jobs. The ML platform team owns serving and the traffic split. I own the plan: which clinics go first, which numbers send us back, how long we sit at each step, and the go or no-go.

Interviewer: Which clinics go first?

Candidate: Our own vet advisors, we have a few on staff who read summaries anyway. Then the clinics in our pilot programme, who've agreed to try new things. Then small single-vet practices in general. The big multi-site groups go last: they write the most notes and they'd be hurt most if a dosage got mangled.

Interviewer: What would make you roll back?

Candidate: I'd write it down before we start. Hallucinations caught by the eval harness, say a drug or a dose that isn't in the notes, more than 1 point above the current model. Thumbs-down more than 2 points above. p95 latency 500 ms worse, or errors more than 0.5 % over control. And since cost is the whole reason for the change, tokens and cost per summary, to check the saving is real.

Interviewer: Feedback is thin, though. Few vets rate summaries and the harness grades one in two hundred.

Candidate: Right, so at 5 % we'd see almost nothing. Two things. During the canary I'd have the harness grade one canary summary in ten instead of one in two hundred; that's cheap next to a bad summary sitting in a medical record. And the holds go by volume, not the clock: we don't leave a stage until at least 2,000 canary summaries have been graded and a few hundred ratings are in. So 5 %, 20 %, 50 %, 100 %, and at our traffic the 5 % stage alone might take a couple of days.

Interviewer: Who says go at each step?

Candidate: The ML lead and me, together, written in the release ticket. If either of us isn't convinced, we stay put.

Interviewer: And at three in the morning?

Candidate: The on-call engineer switches routing back to the old model. It's a config change, done in a couple of minutes, and they don't have to reach me first. We talk in the morning.

Interviewer: Say it all comes back clean. Is the new model as good?

Candidate: Clean means it isn't doing harm at those levels. It doesn't prove the summaries are as good. If we want to say that, we run a randomised A/B test and have the summaries graded blind.`,
  },
  // lunch-peak-recommendations — terse, SRE-flavoured, abbreviations
  {
    id: 'ak024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Split: ML/infra eng own routing + feature-store capacity. I own cohort order, RB thresholds, gate calls.

RB thresholds, agreed pre-launch, per region vs control:
- err rate > +0.5 pp
- p95 > +150 ms (feature fetch is the risk)
- feature-store timeouts > 1 %
- basket add-to-cart −3 % vs baseline cohort
- compute cost/req > +30 %
- offline eval on replayed sessions (recall@10) −2 pts

Order: staff accts → opted-in beta → EU low-spend → SEA low-spend → high-value subscribers, both regions, last. SEA gets its own stage b/c the SG feature store is the one most likely to fall over.

Ramp 1/5/25/50/100. Every stage holds ≥ 24 h so it sees a SG lunch peak (~05:00–07:00 Berlin), not just Berlin office hours. Metric gate, not clock: no advance unless green through that peak.

Gate sign-off: me + ML eng lead, async in #release, logged.

RB: on-call (follow-the-sun; SG on-call covers Berlin night) flips the flag back to old model, < 3 min, no approval needed. Page me after.

Canary = safe to ship, not proof it recommends better. Uplift → separate randomised A/B, never read off the canary cohort.`,
  },
  // payment-sdk-android-bursts — Kenyan English register
  {
    id: 'ak025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Allow me to first separate the roles. The engineering team will handle the SDK integration, the feature flag and the traffic routing. As the PM, I will be in charge of deciding which customers get the new SDK first, the numbers at which we shall roll back, how long we stay at each stage and when we are ready to move on.

On the order of customers: we start with our own staff placing real orders on both Android and iOS, since they will report any failure to us directly. Then the customers who joined our beta programme. After that, ordinary iOS users in two smaller cities, then Android users in the same cities, because this SDK is new on Android and I want Android watched on its own. Our regular customers who order every week come last, since a failed payment on a Friday evening is the one thing they will not forgive us.

Before we move a single order, we shall agree on the following with the engineering lead and put them in writing: payment failure rate more than 0.5 % above the old SDK, measured in five-minute windows so that a burst is not averaged away; p99 payment time more than 800 ms above control; completed orders per session down by more than 2 % compared to the baseline group. Any one of these is enough.

The stages will be 1 %, 5 %, 25 %, 50 % and then 100 %. We shall hold at each stage for at least 48 hours, and no stage will be opened on a Friday. Before we go to 100 %, the 50 % stage must have gone through one full Friday dinner peak. The engineering lead and myself will sign off each step in writing; if one of us is not satisfied, we do not proceed.

Rollback: the on-call engineer is allowed to switch the flag back to the old SDK at any time, including 8 pm on a Friday, without calling me or waiting for approval. It is a configuration change and it takes about two minutes. Kindly note there is no need of a new app release, since both SDKs are shipped in the app and the server flag decides which one is used.

Lastly, the canary will only show us that the new SDK is not breaking payments. Whether wallet payments bring more orders is a different question, and that one we shall answer with a proper A/B test after the rollout.`,
  },
  // night-breach-rollback-authority — a cautious answer built of if … then rules
  {
    id: 'ak026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I'd write this as a set of rules everyone agrees to before Tuesday, because the nasty moments here come at night, when nobody wants to make a judgement call.

Ownership first. Engineering owns the pricing service, the routing and the batch jobs. I own the release plan itself: cohorts, limits, how long each stage lasts, and the decision to advance.

Cohorts, in this order: trips taken by our own employees in one city; then riders in our beta programme; then ordinary riders in one mid-sized city; then the other cities; business accounts and airport routes last, because a wrong fare there turns into invoices disputed by corporate travel desks.

The limits, fixed in the release doc before the first trip is priced:
- If the new service's fare differs from the old one (which keeps running in shadow) by more than 2 % on more than 0.5 % of trips, then we roll back.
- If pricing errors or timeouts rise more than 0.3 % above control, then we roll back.
- If p99 quote latency gets more than 250 ms worse, then we roll back.
- If completed trips drop more than 2 % against the baseline cohort, then we roll back.

Ramp: 1 %, 5 %, 25 %, 50 %, 100 %.
- If a stage hasn't yet run through one full night with the billing batch, then we don't advance, whatever the dashboards say.
- If it hasn't covered a Friday or Saturday night, then we don't go past 25 %.
- If every limit stayed green through the hold, then the eng lead and I both sign off in the release channel, and only then does traffic move. If either of us hesitates, then we hold another day.

Rollback at 2 a.m.:
- If a limit is breached at any hour, then the on-call engineer routes fares back to the old service straight away. It's a config switch that takes under three minutes, and they tell me afterwards; they don't need my permission or anyone else's.
- If the breach comes while the batch is running, then the same applies; billing is informed, they don't get a veto.
- If the on-call isn't sure the breach is real, then they roll back anyway and we reopen in the morning.

Last rule: if everything stays green, then all we've learned is that the new service is safe to run. If someone wants to claim it improves anything for riders or revenue, then that needs a randomised A/B test, not a reading of the canary numbers.`,
  },
  // search-tail-latency — ends with what would stop the whole release
  {
    id: 'ak027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Engineering owns the new index and the traffic split; I own the rollout plan and each go/no-go.

Order: our own staff and librarians at two partner universities who offered to test, then free-tier users, then institutional licences last: they pay, and their researchers run the long filtered queries.

Limits, written down before we start, against the old index: p99 latency no more than 200 ms worse, and the same limit on the p99 of queries with three or more filters, which the benchmark never touched; errors no more than 0.5 % above control; search-to-click rate no more than 2 % below baseline.

Stages at 1, 5, 25, 50 and 100 %, each held at least two days so enough rare queries come in; the search lead and I both sign off every step.

The on-call engineer can send traffic back to the old index at any hour, a routing change of about two minutes, without asking anyone.

A clean canary says the new layout is safe, not that results are better; that's an A/B test.

What would make me stop the whole release, not just step back: the filtered-query tail breaching twice, or finding we can't measure the tail per query type. Then the old index stays up, cost and all, until the layout is fixed.`,
  },
];
