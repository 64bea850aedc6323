import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-ninth fresh set, author c: strong answers (as041–as047), written blind and labelled by hand. */
export const THIRTY_NINTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade — New Zealand English, spoken
    id: 'as041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Yeah, so the first thing I'd be clear on is what's mine and what's engineering's. The ML platform team own the model serving and how the traffic actually gets split. What I own is who sees it first, what numbers make us pull it, and how long we sit at each stage before we go wider.

Order-wise, I'd start with our own staff. We're an HR and payroll company, so heaps of our people use the assistant for their own payslips and leave, and they'll tell us straight away if it's talking rubbish. Then the customers who've opted into the beta programme, then the smaller accounts, and the big enterprise payroll customers go last, because a wrong answer about someone's pay is a ticket and a very grumpy HR director. I'd keep the early stages well clear of a pay-run week, too.

Before anything moves we write the rollback numbers down and get them agreed. Errors more than half a percent above the old model. p95 more than 800 milliseconds worse; it's a bigger model with a longer context, so I reckon it'll be a bit slower, but not that much. Thumbs-down more than two points up on control. Hallucination rate from the eval harness, which we'd point at a sample of live conversations, no worse than the old model's. Cost per conversation no more than thirty per cent over, which is the number Finance is after anyway. And hand-offs to a human agent, our business number, no more than two per cent worse than the baseline group.

Then I'd go one per cent, five, twenty-five, fifty, everyone, and hold each one at least a full day, so we catch a Monday morning rush and get enough rated chats. The eng lead and I both sign off every step. The on-call engineer can flip it back to the old model any time of the day or night without ringing me. It's a config switch, done in a couple of minutes.

And to be honest, all the canary tells us is that it's safe. If we want to know it's actually better than the old model, that's a proper randomised A/B test afterwards, eh.`,
  },
  {
    // quiet-feedback-trap — PM at a health-records company
    id: 'as042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `I run releases for a health-records product at the moment, so summarising clinical notes is close to home. The first thing I'd flag is that a cheaper model that drops a dosage or invents a finding in a summary is a patient-safety problem, not a UX one, even when the patients are cats and dogs.

Ownership: the platform engineers own the model gateway and the traffic split. I own the order clinics are exposed in, the limits we roll back on, how long each stage lasts and who approves moving on. That goes into a one-page release plan which our clinical adviser and the engineering lead sign before anything starts.

The hard part here is volume. A few hundred summaries a minute at peak, hardly any vets rate a summary, and the harness grades one in two hundred. At 5 % that's a handful of graded summaries an hour, which tells us nothing. So for the canary arm I'd ask engineering to raise harness sampling to one in ten for the duration (the new model is cheaper, we can afford the grading), and I'd gate every stage on sample counts, not only on the clock.

Order: our own staff and clinical advisers first, then the clinics in our early-access group who have agreed to give feedback, then small single-vet practices, and the large multi-site groups last, since they write the most notes and have the most to lose.

Limits, agreed in writing before the first summary moves: hallucination or omission rate on the harness more than 1 point above the old model, measured over at least 400 graded summaries; thumbs-down share up more than 3 points; p95 latency more than 1.5 s worse; errors more than 0.5 % above control; and the share of summaries a vet heavily edits before saving, which is our business signal, more than 2 % above the baseline. We track cost per summary as well, and it should fall; if it doesn't, something is wrong.

Ramp 2 % → 10 % → 25 % → 50 % → 100 %, each stage held until it has 400 graded summaries and at least two full clinic days. The clinical adviser and I sign off each step together. Any on-call engineer can roll back through the gateway config at any hour with no approval needed; it takes under five minutes, and they tell me afterwards.

One last thing: passing the canary means the cheaper model is safe enough, not that it's as good or better. If we want to make that claim, we run a randomised A/B test afterwards and judge quality there.`,
  },
  {
    // lunch-peak-recommendations — short table of thresholds written with colons
    id: 'as043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `The recommendations team owns the model and the routing. I own the exposure order, the limits and the decision to go wider.

Order: staff accounts in both regions first, then opted-in beta users, then a small slice of ordinary customers in Europe and South-East Asia together, because both regional feature stores need to see real load early. Our biggest weekly-basket customers come last.

Rollback limits, written down and agreed before launch:

errors: 0.5 % over control
p99 home-screen latency: 200 ms over control, per region
feature-store read p95: 40 ms over control
add-to-basket rate: 2 % under the baseline cohort
"not for me" dismissals: 3 points over control
compute per request: 25 % over the old model

Ramp 1 % → 5 % → 25 % → 50 % → 100 %, each stage held 24 hours to cover the Singapore lunch peak as well as the European evening. The eng lead and I sign off each step. We keep someone on call for the early Berlin morning, when Singapore has lunch, and that person can switch the flag back on their own; it takes under five minutes.

This tells us the model is safe under load, not that it sells more baskets. For that we run a randomised A/B test afterwards.`,
  },
  {
    // prompt-locale-thumbs-down — candidate who summarises with 'So, in short:'
    id: 'as044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Okay. The prompt lives in config that the applied-AI engineers ship, and they'd run the traffic split. My job is deciding who gets the new prompt in what order, what makes us pull it, and when it has earned the next step.

What worries me is German. The review was done by English speakers, and a quarter of our users write in German, where a casual "du" to a business contact can be properly embarrassing. So German users have to be in the canary from the first stage, and every number gets read per language, otherwise the English majority averages a German problem away.

We'd start with our own staff, including the German-speaking office, then people in the opt-in preview in both languages, then free-tier users, and paid business accounts last, since they're writing to their clients.

Before rollout we agree the limits, per language: thumbs-down more than 2 points above the old prompt; drafts discarded or rewritten from scratch up more than 3 %; tone and register failures on the eval harness above 2 % (we'd add a set of German formality cases to it first); p95 latency more than 300 ms worse; tokens per draft up more than 15 %; errors 0.5 % over control.

Stages at 1, 5, 20, 50 and 100 %, with at least 48 hours at each so there's enough German feedback to read. The eng lead and I both sign before we go up. On-call can revert to the old prompt by themselves at any hour; it's a config flag and takes about two minutes.

So, in short: staff, then preview, then free, business last; limits per language fixed up front; two-day holds with a joint sign-off; anyone on call can revert in minutes. And all that shows is the new prompt does no harm. Whether warmer actually works better is a question for an A/B test afterwards.`,
  },
  {
    // storage-migration-under-load — one-page brief: Goal / Non-goals / Plan / Risks
    id: 'as045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Goal
Move task storage to the managed cluster behind the new proxy without any customer team noticing, and keep the ability to go back at every stage until the old cluster is switched off.

Non-goals
Proving the new cluster is faster or better. The canary tells us it is safe; if we want to claim a speed win, that is a separate randomised A/B comparison once we have fully moved.
Hitting the decommission date at any cost. If the ramp slips, we extend the old cluster by a month.

Plan
Ownership: infrastructure runs the proxy, the data sync and the traffic split. I own the order, the limits, the holds and the go/no-go at each step.
Order: our own workspaces first, then customers in the early-access programme, then small free teams, then paid teams. The largest enterprise workspaces go last; they have the biggest task lists and the least patience.
Limits, agreed in writing before the first request moves: error rate 0.5 % above the old path; p99 page load 200 ms above it; task-save failures above 0.1 %; teams creating tasks per day 2 % below the baseline cohort.
Stages: 1 %, 5 %, 25 %, 50 %, 100 %. Each stage holds at least 48 hours and must include a Monday morning, when everyone opens their boards at once. During the 5 % stage we deliberately flush the proxy caches once, so we see cold-cache behaviour under real traffic.
Sign-off: the infra lead and I both approve each step in the release channel.
Rollback: the on-call engineer flips the proxy route back to the old cluster on their own, at any hour, with no approval. It takes under five minutes, because writes go to both clusters until we have been at 100 % for a week.

Risks
Cold caches: the load test never saw them. The Monday holds and the forced flush are there for that.
Dual writes drifting apart: a nightly consistency check, and any drift stops the ramp.
Deadline pressure to skip holds: the date moves, the holds don't.`,
  },
  {
    // night-breach-rollback-authority — answers to 'who, what, when, how', in that order
    id: 'as046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Who: engineering owns the new pricing service and the routing; I own the release decisions, meaning order, limits and holds. The eng lead and I sign off each step together. The on-call engineer can roll back at any hour without asking either of us. That's my answer to 2 a.m.

What: new fares go to staff rides first, then riders in our beta programme, then one quieter city, with corporate accounts last. We roll back on any of these, fixed before we start: pricing errors 0.5 % above the old service; p99 quote latency 200 ms worse; more than 1 % of fares differing from the old service's in a shadow comparison; booked trips per quote down 2 % against the baseline.

When: 1 %, 5 %, 25 %, 50 %, 100 %, holding each at least 24 hours so every stage crosses a night and the billing batch window, and we don't pass 50 % before it has seen a weekend night.

How: a routing switch back to the old pricing service, under three minutes, no redeploy. And this is only a safety check; whether the new service is better at anything is for an A/B test afterwards.`,
  },
  {
    // payment-sdk-android-bursts — 'we' for the team, 'I' only for the PM's decisions
    id: 'as047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `We have a payments team who own the SDK integration, the feature flag and the deploy. The calls on who gets it, what stops it and when it goes further are mine. That split matters at 7 p.m. on a Friday, so we write it down before we start.

Who goes first: I'd put our own staff on it for a week, since we order dinner through the app like everyone else, then the customers in our beta group, then ordinary customers in a couple of mid-sized cities. Corporate-catering accounts and first-time customers come last; a failed first payment often means there is no second order. The new SDK behaves differently on Android and iOS, so we split every number by platform, and I'm running the two platforms as separate tracks so one can't hide the other.

What stops it, agreed before any traffic moves: payment failures more than 0.5 % above the old SDK; p99 payment confirmation more than 300 ms slower; completed orders per checkout started down more than 2 % against the baseline group. Because the worry with a new SDK is failures that arrive in bursts rather than a steady rise, we measure failures over five-minute windows as well as hourly: a spike above 3 % in any five minutes trips it even if the hour looks fine.

Ramp: 1 %, 5 %, 25 %, 50 %, 100 % on each platform, with at least 48 hours at each stage. No stage starts on a Friday, and nothing goes past 25 % until it has been through a full Friday dinner peak at the lower level; that's my decision and it isn't up for negotiation in the week of a launch. Before each step the payments lead and I both sign off in the release channel. Nobody else moves it.

Rollback: the on-call engineer can turn the flag off for either platform on their own, day or night, without waiting for me or anyone else. It's a remote-config switch back to the old SDK, which stays in the app until we have been at 100 % for two weeks, and it takes effect within a couple of minutes. We rehearse it once on staff before real customers see the new SDK.

What this won't tell us is whether wallet payments bring in more orders. The canary only shows the SDK is safe to ship. If we want to know it's better, we run a proper A/B test afterwards with random assignment, and I'm not letting anyone claim a win for wallets before that.`,
  },
];
