import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-sixth fresh set, author b: strong answers (ap021–ap027), written blind and labelled by hand. */
export const THIRTY_SIXTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // built-in scenario: support-model-upgrade; voice: Kenyan English register, written
  {
    id: 'ap021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Thank you for the question. Allow me to first separate the roles. As the PM, I shall own the decisions: which users get the new model and in which order, the rollback limits, how long we stay at each stage and whether we proceed. The platform engineers will own the routing and the deployment itself, and the ML team will own the eval harness.

On the order: the first group shall be our own HR and payroll staff who use the assistant internally, since they know payslips very well and will flag a wrong answer immediately. Thereafter the customers who opted into the early-access programme, then small companies on the standard plan. The large enterprise clients come last, because a wrong answer about a payslip or a leave balance at month-end causes real trouble with their employees, and we cannot afford that with them.

Before we start, the limits shall be written down and agreed with the engineering lead, not debated later. We roll back if the hallucination rate on the eval harness sample goes above 2 % (the old model is at about 1 %), if the thumbs-down rate rises by more than 3 points against the control group still on the old model, if p95 response time goes beyond 4 seconds, if errors are above 0.5 %, or if cost per conversation exceeds 1.5 times the current figure. That last one is also the answer Finance is waiting for, so we shall report it to them daily.

The ramp will be 1 %, 5 %, 25 %, 50 % then 100 %. At each stage we hold for a minimum of 24 hours, and at 25 % we hold until the thumbs-down and escalation-to-agent numbers have enough volume to be read. Myself and the engineering lead sign off each step; if one of us is not satisfied, we do not move.

Rollback is a config switch back to the old model, which takes less than five minutes. The on-call engineer is free to do it at any hour the moment a limit is crossed, without first calling me. We shall discuss after.

Lastly, kindly note that the canary only tells us the bigger model is safe to run. The three-point gain in offline evals does not tell us customers are better served. For that we shall run a proper randomised A/B test with a holdback group, measuring resolution without a human agent.`,
  },
  // built-in scenario: prompt-locale-thumbs-down; voice: sequence of go/no-go meetings
  {
    id: 'ap022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `I'd run the whole release as a series of go/no-go meetings, because that's where the decisions I own as PM actually get made. Engineering owns the flag, the prompt versioning and the deploy; I own who sees the new prompt, what counts as failure, and whether we move.

Kick-off, before anything ships. In the room: me, the eng lead, someone from the German team, and support. We agree the rollback limits and write them in the release doc: thumbs-down rate more than 2 points above the old prompt, measured separately for English and German; eval-harness failures (a formality and tone rubric plus the usual factual checks) above 3 % of sampled drafts; p95 generation time more than 300 ms worse; tokens per draft up more than 15 %; drafts sent without edits down more than 5 % against the control cohort. Nobody renegotiates these later in a meeting.

Go/no-go 1, internal. The prompt goes to our own staff first, English and German speakers both, for two days. The German speakers matter most, because the English-only review is exactly the gap. If the du/Sie problem exists, it shows up here.

Go/no-go 2, early access. Opted-in users, about 5 % of traffic, with German users deliberately over-sampled rather than left to chance. Hold 48 hours, long enough for thumbs-down to build volume in each language.

Go/no-go 3 and 4: 25 %, then 50 %, two days each, then the final meeting for 100 %. Business accounts writing in German come last, since formal address matters most in their mail and they're the ones who'd churn.

At every meeting the eng lead and I both sign; if either of us says no-go, we stay put or roll back. The German lead has a voice but not a veto.

Between meetings nobody waits for a meeting to roll back. The on-call engineer switches the prompt version back in config, which takes under two minutes, any time a limit trips, day or night, and tells me afterwards.

And one thing I'd say in the last meeting: getting to 100 % means the warmer prompt didn't break anything. It doesn't mean people prefer it. If we want to claim that, we run a proper A/B test on reply rates and satisfaction afterwards.`,
  },
  // built-in scenario: booking-purchases-lag; voice: PM at an airline
  {
    id: 'ap023',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I'm a PM on the booking side at a regional airline, so this one is close to home: people pick dates, go away, talk it over with their partner, and come back the next evening to pay. That delay is the whole problem with this release.

First, who does what. Engineering owns the flag and the traffic split and will run the deploy. What's mine is the order of exposure, the numbers that send us back, how long we sit at each stage, and the call to advance. And I'd tell the team plainly that 100 % this afternoon isn't happening; the earliest honest read on bookings is a day or two out.

Order: staff first, including the service agents who book on behalf of callers; they'll spot a broken date picker in minutes. Then guests in our early-access panel. Then returning guests on desktop, who are the most forgiving. First-time visitors and mobile web go last, because a new guest who hits a broken calendar just goes to a competitor and we never even know they existed. It's the same logic we use for fare-search changes at work.

Limits, agreed and written down before launch: page errors on the booking flow more than 0.3 % over control; p99 time-to-interactive more than 400 ms worse; date-selection-to-booking conversion down more than 3 % against the control cohort, counted on a 48-hour window so the late bookings are included; and any mismatch between the dates a guest chose and the dates that got booked. The new client-side store worries me most, so one confirmed mismatch is a stop.

Ramp: 1 % for a day, 5 % for two days, 25 % for three days including a weekend, then 50 % and 100 %. Each step needs my sign-off and the engineering manager's, in writing in the release channel, once the booking numbers for the full window are in.

Rollback is a flag flip back to the old page, under a minute. On-call can do it any time, nights and weekends, without calling anyone first. At the airline we learned the hard way that waiting for a manager at 3 a.m. costs bookings.

Last point: if it gets to 100 % cleanly, that tells us it's safe. Whether the shorter form actually gets more bookings is a separate A/B test with a proper holdout, run afterwards.`,
  },
  // built-in scenario: quiet-feedback-trap; voice: bold labels at the start of each paragraph
  {
    id: 'ap024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `**Who owns what.** I own the exposure order, the rollback limits, stage lengths and the go decision; engineering owns routing and the model deployment.

**Order.** Our own veterinary advisers first, then beta clinics who agreed to rate summaries, then small single-vet practices. Multi-site groups last: they're our biggest accounts, and a bad summary ends up in a patient record.

**Limits, fixed before launch.** Roll back if harness-graded accuracy drops 3 points below the old model, if hallucinated findings (a drug or dose not in the notes) pass 1 %, if p95 latency goes over 6 s, if vets' edits per summary rise 10 % against control, or errors top 0.5 %. Cost per summary is tracked daily but doesn't trigger anything.

**Stages.** At 5 % the signal is too thin, so during the canary the harness grades one summary in twenty, and each stage holds until 500 have been graded: 5 %, 25 % (three days minimum), 50 %, 100 %.

**Sign-off.** The ML lead and I both sign each advance.

**Rollback.** On-call flips the model route back in config, under five minutes, any hour, no approval needed.

**What it won't tell us.** Passing shows the cheaper model is safe, not that it's as good. That's an A/B test afterwards.`,
  },
  // built-in scenario: storage-migration-under-load; voice: spoken; apologises and corrects themselves mid-answer
  {
    id: 'ap025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `OK, so first the split. Infra owns the migration, the proxy, the cutover mechanics. I own who moves first, the numbers that stop us, and when we go wider. Oh, sorry, and who's allowed to pull the plug; I settle that up front too.

Order: our own workspace first, then beta-programme teams, then small free-tier teams, big paying teams last. Actually, sorry, let me correct that: free-tier teams are too small to load a cold cache, so I'd add a few mid-size teams before we go near the big accounts. Cold caches are the real risk.

Thresholds, written down before we start: errors more than 0.5 % above the old cluster, p99 task-load time 250 ms worse, tasks opened per session down 3 % against control.

Ramp is 1, 5, 25, 50, 100 percent, a day at each. No, sorry, the 25 % stage holds two days and has to include a Monday morning peak. The infra lead and I both sign off every step.

Rollback: on-call points the proxy back at the old cluster, minutes, any hour, no need to call me. We dual-write during the ramp so that works, and the old cluster isn't decommissioned until we've had a week at 100 %.

And the canary only says it's safe. Whether it's faster for users is an A/B test.`,
  },
  // built-in scenario: lunch-peak-recommendations; voice: Jira epic description with acceptance criteria
  {
    id: 'ap026',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `EPIC: Canary rollout – home-screen basket recommendations, model v2

Description
v2 reads more features per request from the regional feature stores, which were sized for v1. The likely failure is load on the SEA store at Singapore lunch, roughly 05:00–07:00 Berlin time, when the team is asleep. This epic covers the staged rollout only.

Owners
- Product (PM): exposure order, rollback thresholds, stage lengths, go/no-go at each gate.
- Recs engineering: flag, traffic split, feature-store capacity, deploys.
- On-call (Berlin + Singapore rotation): rollback.

Acceptance criteria
1. Thresholds agreed with the Recs EM and pasted into this epic before first exposure. Roll back if, in either region, vs the v1 control cohort: recs errors/timeouts > 0.5 %; p95 recs latency > +150 ms; feature-fetch p99 > 80 ms; home-screen basket add-to-cart rate −3 % or worse; nightly offline eval (recall@10 on yesterday's orders) down > 2 pts; fallback baskets shown in > 1 % of sessions; compute cost per 1k requests > +30 %.
2. Exposure order: internal staff in both regions → early-access users → occasional shoppers in EU and SEA together (SEA in from stage 2, or the lunch peak is never tested at low exposure) → weekly subscribers last, since they're our highest-value customers and the first to notice bad baskets.
3. Stages 1 % / 5 % / 25 % / 50 % / 100 %. Each held ≥ 24 h and must include one Singapore lunch peak and one EU evening peak; 25 % held ≥ 3 days.
4. Each advance signed off by PM and Recs EM as a comment on this epic. No sign-off, no advance.
5. On-call in either region can flip the flag back to v1 without approval, at any hour. Rollback rehearsed in staging; completes in < 5 min.
6. Per-region dashboard with the metrics in (1), live before stage 1.

Out of scope
Proving v2 picks better baskets. A passing canary means v2 is safe. Basket-value lift gets measured in a randomised A/B test (follow-up ticket), not read off the canary cohort.`,
  },
  // built-in scenario: payment-sdk-android-bursts; voice: future tense, as if describing next week
  {
    id: 'ap027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Here's how next week will go. On Monday the payments team will ship the new SDK behind a flag; they own the build and the traffic split. I own who gets it when, the limits and the go decisions, and the limits will be in the release doc before Monday.

We will roll back if payment failures run 0.5 points above the old SDK, checked per platform so Android bursts can't hide in an iOS average; if p99 payment time is 800 ms worse; or if completed orders per session drop 2 % against control.

Monday and Tuesday only staff will have it, on their own phones. Wednesday, opted-in beta testers. Thursday, 10 % of regular customers with small orders, where a failed payment costs least. New customers will come last, since a failed first payment loses them for good. Nothing will advance into Friday dinner. The week after: 25 %, 50 %, 100 %.

Each step will need the payments lead's sign-off and mine, after 24 hours that include a dinner peak.

If a limit trips, on-call will flip the flag back within minutes, any hour, without asking anyone.

And reaching 100 % will only tell us the SDK is safe. Whether wallets lift conversion is a separate A/B test.`,
  },
];
