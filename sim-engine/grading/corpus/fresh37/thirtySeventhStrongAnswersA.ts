import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-seventh fresh set, author a: strong answers (aq001–aq007), written blind and labelled
 * by hand. Scenario ids are in LABEL-NOTES-a.md.
 */
export const THIRTY_SEVENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade — Nigerian English register, written
    id: 'aq001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Good day. As regards the support assistant upgrade, permit me to first state what is on my table as PM and what is not. The engineers will handle the model routing and the flag. I own the release decisions: who sees the new model first, the numbers that will make us roll back, how long we stay at each stage, and the go or no-go at every step.

On the order: our own HR and payroll staff will use it first for about two days, since they know the product well and will quickly notice a wrong answer on payslips. After that, the customers who opted into the beta programme. Then the smaller accounts, and the big payroll clients come last, because a wrong answer about somebody's salary is a serious matter for them and they will not take it lightly.

The rollback lines are agreed with engineering before any traffic moves, and nobody will be adjusting them midway: error rate more than 0.5% above the current model, p95 latency more than 1.5 seconds worse (the longer context window can slow things down), hallucination rate on the eval harness up by more than 2 points, thumbs-down rate up by more than 3 points, or cost per conversation above 1.5 times what Finance has approved. Escalations to human agents going up 5% against baseline also counts.

We go 1%, 5%, 25%, 50%, then 100%, and we hold a minimum of 24 hours at each stage, longer if the conversations are too few to read. To move from one stage to the next, myself and the engineering lead must both sign. If one of us is not satisfied, we stay where we are.

If any line is crossed, the on-call engineer flips the flag back to the old model at once, day or night, without calling me first. It takes under five minutes.

Finally, please note that the canary only tells us the new model is safe. Whether it actually answers better than the old one, we shall know from a proper A/B test afterwards, not from the canary group.`,
  },
  {
    // prompt-locale-thumbs-down — FAQ with Q:/A: lines
    id: 'aq002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Q: Who decides what here?
A: Engineering owns the prompt deployment and the flag. I own the rollout calls: order of users, rollback limits, holds, and when we move.
Q: Who gets the warmer prompt first?
A: Our own staff in both languages, then opted-in beta users. German speakers get their own early slice inside the beta, on purpose, because formal address is exactly where this prompt can go wrong. Paying business accounts last.
Q: What makes us roll back?
A: Written down before launch: thumbs-down rate up more than 2 points in either language, formality failures above 3% when the eval harness grades a German sample, error rate +0.5%, p95 latency +300 ms, tokens per reply up more than 15%.
Q: How fast do we ramp?
A: 1%, 5%, 25%, 50%, 100%. At least 24 hours per stage, and we don't leave a stage until both languages have enough rated replies.
Q: Who says go?
A: Me and the ML lead, at every step, in writing in the release channel.
Q: Who can pull it?
A: Whoever is on call, any hour, no permission needed. It's a prompt-version flag, back in about two minutes.
Q: Will this show the new tone is better?
A: No. The canary tells us it's safe. Better needs an A/B test afterwards.`,
  },
  {
    // quiet-feedback-trap — PM at a telehealth company
    id: 'aq003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `I'm a PM at a telehealth company, and we went through nearly this exact thing last year with visit-note summaries for our clinicians, so I'll answer the way we actually did it.

First, the split. Our ML platform team owned the model swap and the traffic routing. What I owned was everything that decides whether the canary can catch anything: who gets it first, the rollback limits, how long we sit at each stage and whether we move on.

Order: our in-house vets and the clinic-success people who use it every day for demos go first. Then a handful of clinics from the beta panel who agree to rate every summary for two weeks, which is how you get around sparse feedback. Then small single-vet clinics. The big multi-site groups go last, because a wrong dosage in their summaries reaches more animals and they're the ones who'd leave.

Before the first summary goes out, we sign a one-page sheet with the limits. Eval harness: we turn sampling up from one in two hundred to one in ten for canary traffic, and roll back if the hallucination rate (a drug, a dose or a finding that isn't in the notes) beats the old model's by more than 1 point. Rated-bad summaries up more than 3 points among the panel clinics. Errors more than 0.5% over control, p95 over 4 seconds. And cost per summary should drop; if it comes in above the old model's, something's off and we stop.

Ramp: 5%, 20%, 50%, 100%. With a few hundred summaries a minute, 5% gives you almost no ratings in a day, so the hold is metric-based: we don't move until the harness has graded at least 500 canary summaries at that stage, and never before 48 hours. I sign each step together with our clinical lead, who is a vet. No signature, no move.

If a limit trips, the on-call engineer switches routing back to the old model straight away. It's a config change, done in a couple of minutes, and they tell me afterwards. Nobody waits for a meeting at 3 a.m.

And the thing I always tell my team: passing the canary means the cheaper model isn't hurting anyone. It doesn't mean the summaries are as good or better. If we want that claim, we run a randomised A/B test afterwards.`,
  },
  {
    // lunch-peak-recommendations — pre-mortem
    id: 'aq004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Imagine it's three weeks from now and this launch went badly. Here's how I think it happened, and what in the plan stops each one.

It failed because nobody knew whose call it was. Engineering thought product would decide when to move on; product thought the dashboards would. Prevention: engineering owns model serving and the traffic split. I own the release decisions (cohort order, rollback limits, holds) and I sign every advance together with the ML lead. Without both signatures the percentage stays where it is.

It failed because we showed it to our best customers first. Prevention: staff accounts in both regions, then opted-in beta testers, then a slice of light, occasional shoppers in Europe and a matching slice in South-East Asia. High-spending subscribers and brand-new customers go last.

It failed because we moved on while Berlin was awake and Singapore hadn't had lunch yet. The feature stores were sized for the old model, and the new one reads more features per request. Prevention: we ramp 1%, 5%, 25%, 50%, 100%, and every stage holds at least 48 hours, which covers two lunch peaks in each region. Nobody signs until each region's own peak came in clean, not a global average.

It failed because we argued about what bad meant while it was happening. Prevention: limits written before launch, measured per region. Error rate +0.5% against control, p95 home-screen latency +250 ms, feature-store timeouts above 1%, add-to-cart from recommended baskets down more than 2% against control, baskets dismissed up more than 3 points, compute cost per request more than 20% over the old model.

It failed because the person who saw it didn't feel allowed to act. Prevention: the on-call engineer in either office flips routing back to the old model without asking anyone. Config switch, under five minutes.

And the quiet failure: we had a good week in the canary and told leadership the new model sells more. The canary says safe, not better. A randomised A/B test answers the second question.`,
  },
  {
    // payment-sdk-android-bursts — email reply to a sceptical engineering manager
    id: 'aq005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Hi Marek,

Fair challenge, and yes, the provider certified it. But certification didn't run on our Android users on a Friday at 7 p.m., and failures that come in bursts are exactly what it misses.

On lanes: your team owns the deploy and the flag. I own who gets it when, the stop lines and the go/no-go.

What I'm proposing:
- Staff phones first (Android on purpose), then beta users, then occasional customers, with weekly regulars last.
- Stop lines, agreed by both of us before Monday: payment failures +0.5% vs control in any 10-minute window, not a daily average. p99 payment latency +300 ms. Completed orders down 2% vs baseline.
- 1%, 5%, 25%, 50%, 100%, each stage held through at least one dinner peak, and a Friday before we pass 25%. You and I both sign every step.
- Your on-call flips the flag back to the old SDK the moment a line is crossed, no need to reach me. Under five minutes.

I also won't claim wallets lift conversion off the back of this. That's a separate A/B test.

Thursday to talk it through?
Anna`,
  },
  {
    // night-breach-rollback-authority — starts from the rollback, works back to the first cohort
    id: 'aq006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I'd design this backwards, from the moment we have to undo it.

It's 2 a.m. on a Saturday and fares are wrong. Whoever is on call, not me and not a director, flips pricing back to the old fare service. One config change, under five minutes, no approval call. We rehearse it once before launch.

What tells them to flip it gets decided now, not at 2 a.m.: fare errors 0.5% above the old service, p99 quote latency 200 ms worse, booked trips per quote down 2% against control.

Before that night ever comes, the rollout climbs 1%, 5%, 25%, 50%, 100%, and each stage holds through a weekend night and a nightly billing batch. The ops lead and I sign each step up; either of us can say no.

And who's in it: staff first, then riders who opted into the beta, then one lower-volume city. Airport and business accounts last, because a wrong fare there costs the most trust.

So the PM part, in reverse: the order, the limits, the holds, the sign-off. Engineering owns the switch itself. And a clean canary means safe, nothing more. Whether the new pricing earns more is an A/B test.`,
  },
  {
    // storage-migration-under-load — roman-numeral sections with lettered sub-points
    id: 'aq007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I. Roles
  a. Platform engineering: the proxy, the managed cluster, read and write routing.
  b. Me (PM): order of exposure, rollback limits, hold criteria, the go/no-go at every stage.

II. Who moves first, and why
  a. Our own workspace. We run the company on the tool, so we feel slow pages before anyone.
  b. Teams in the early-access programme.
  c. Free and small teams.
  d. Large paid workspaces last: biggest task lists, heaviest load, most to lose.

III. Limits, signed before the first read moves
  a. Error rate more than 0.5% above the old database.
  b. p99 page load 300 ms worse, tracked separately for cold caches.
  c. Tasks created per active user down more than 2% against the baseline cohort.
  d. Proxy connection pool above 80% for ten minutes.

IV. Ramp
  a. 1%, 5%, 25%, 50%, 100% of workspaces.
  b. Each stage holds at least 24 hours and through one weekday peak, with caches flushed once on purpose, all inside the limits.
  c. The database lead and I both sign before each increase. Either of us can stop it.

V. Rollback
  a. On-call may send reads back to the old database at any hour without asking. It's proxy config, under five minutes.
  b. We dual-write until 100% has held for a week, so going back loses nothing.
  c. The old cluster stays up until then. I'll move the end-of-month date if I have to.

VI. What this does not prove
  a. Passing means the migration is safe at our load, not that the product got better. That claim needs an A/B test.`,
  },
];
