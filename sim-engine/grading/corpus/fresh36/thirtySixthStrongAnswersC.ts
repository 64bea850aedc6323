import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-sixth fresh set, author c: strong answers (ap041–ap047), written blind, labelled by hand. */
export const THIRTY_SIXTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ap041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Righto, so here's how I'd run this one. First up, let's be clear what's mine and what isn't. The platform team own the gateway and the actual traffic split, that's their bread and butter. What I own as the PM is who gets the new model and when, which numbers pull it back, and when we're allowed to go up a notch.

Order-wise I'd start with our own people, the HR and payroll staff who use the assistant internally. They'll know straight off if it's telling someone the wrong thing about their leave balance. Then the customers who've put their hand up for early access. Then the smaller accounts, and the big enterprise payroll clients go last, because if it stuffs up a payslip answer for a ten-thousand-seat customer the day before pay day, that's a very bad arvo for everyone.

Before a single conversation goes across, the rollback triggers are written down and the eng lead and I have both agreed them. None of this making it up on the day. For this one: hallucination rate on the eval harness more than two points worse than the current model, thumbs-down rate up more than fifteen per cent, p95 response time more than 800 milliseconds slower, errors more than half a per cent above control, and cost per conversation more than 40 per cent over today's. Finance asked about cost, so that's a hard line as well.

Ramp's 1, 5, 25, 50, 100. We sit at least a full day at each step and only go up if every one of those numbers stayed inside its line for the whole day. It's a model change, so the gate is the metrics, not just the clock. The eng lead and I both sign off each step, in writing, in the release channel.

Rollback: whoever's on call can pull it, any hour, no need to ring me first. It's a switch in the gateway config, so we're back on the old model in under five minutes.

And look, I'd be upfront about one thing. The canary tells us it's safe to ship, that's all. Whether the bigger model actually helps people more is a separate question, and that's a proper randomised A/B test after rollout. The canary groups are hand-picked, so you can't read much into them being happier.`,
  },
  {
    id: 'ap042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Start: engineering owns the prompt switch itself. The order, the stop rules and the gates are my calls as PM, and before anything moves I write the stop rules down with the eng lead and we both sign them: thumbs-down rate more than 10 % above control in either language; more than 2 % of German drafts failing the eval harness's tone check (formal "Sie" dropped, too chummy); p95 latency more than 300 ms worse; tokens per draft up more than 15 %.

Step 1: internal staff, English and German speakers both, 24 hours. If every metric is green, then the eng lead and I sign off and we go to step 2. Else on-call flips back to the old prompt, day or night, without finding me first (it's a config change, under five minutes).

Step 2: opted-in beta users, 5 % of traffic, 48 hours, long enough for German feedback to build up. If green, sign-off, step 3. Else rollback as above.

Step 3: 25 % of regular users, and I make sure German writers are in it on purpose, because that's where the risk is. Business accounts that mostly write formal mail stay out until 50 %. If green for 48 hours, sign-off and 50 %, then 100 %, same check at each gate. Else rollback.

End: at 100 % we know the new prompt is safe. We don't know it's better. If we want to know whether "warmer" actually wins, that's a randomised A/B test afterwards.`,
  },
  {
    id: 'ap043',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I run payments at a fintech, so this is close to home. Engineering owns the SDK integration and the routing. I own the exposure plan, the limits and the go/no-go at each step.

Order: staff phones first, then our beta testers, then customers with small baskets, with Android in there deliberately because that's where a new SDK is least proven. Our high-frequency customers go last, since a failed payment costs us their trust the most. We never advance a stage during Friday dinner.

Limits, signed before day one: authorisation success down more than 0.5 points versus control; payment errors more than 0.5 % over control in any ten-minute window (bursts vanish in hourly averages); p99 payment latency +200 ms; completed orders −2 % against baseline.

Ramp 1 → 5 → 25 → 50 → 100 %, each stage held over at least one full evening peak, moving on only if every ten-minute window stayed clean. Each advance needs my sign-off and the payments tech lead's.

Rollback is a routing switch back to the old SDK path. On-call does it at any hour without asking anyone, in under five minutes.

The canary only shows the SDK is safe. Whether wallets lift conversion is a randomised A/B test afterwards.`,
  },
  {
    id: 'ap044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `We'd start by agreeing who decides what. Engineering builds and runs the routing and the eval pipeline; the calls on who goes first, where the stop lines sit and whether we move up a stage are the PM's, so mine, and we'd write that into the release doc so nobody is guessing at 7 p.m.

We'd go to our own clinic-support team first, since they read summaries all day, then the handful of clinics in early access, then small single-vet clinics, and the big multi-site groups last: they have the most notes riding on it and the least patience.

The catch is that feedback is thin. At 5 % we'd see a few ratings an hour, and the harness only grades one summary in two hundred. So we'd ask engineering to raise eval sampling to one in ten for canary traffic, and we'd size the holds by volume: each stage holds until the harness has graded at least 400 canary summaries, and never less than 24 hours.

Stop lines, fixed before the first summary is routed: harness hallucination rate (invented drugs, doses, findings) more than 1 point above the old model; thumbs-down or heavy-edit rate up more than 20 %; p95 latency more than 500 ms worse, when it's supposed to be faster; errors +0.5 % over control; cost per summary, which is the whole point of the change, no higher than today's.

Stages: 2 %, 10 %, 25 %, 50 %, 100 %. At each gate the PM and the ML lead both sign off, or it doesn't move.

Whoever is on call can switch the model route back at any hour without asking us. It's a config change, and we'd time it before day one to be sure it's under five minutes.

And we'd be straight with the account team: a clean canary means the cheaper model is safe enough, not that the summaries are better. If we want to say that, we'd run a randomised A/B test with a proper sample afterwards.`,
  },
  {
    id: 'ap045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Stage | Who | Hold | Sign-off
1 % | our own workspaces | 24 h, incl. a weekday peak | me + DB lead
5 % | opted-in beta teams | 48 h | me + DB lead
25 % | small free-plan teams | 48 h, caches flushed first | me + DB lead
50 % | paid teams | 72 h | me + eng director
100 % | enterprise accounts last | n/a | me + eng director

Why: the proxy and the cluster are engineering's; I own the order, the limits and the go/no-go. Limits are fixed before stage 1: errors +0.5 % over the old path, p99 page load +200 ms, task edits per active user −2 % vs baseline. The load tests ran warm, so every stage has to sit through a real peak on cold caches, and we advance only if the numbers stay flat through it. Enterprise goes last because an outage costs us most there. On-call may send traffic back to the old database at any hour without asking; dual writes keep it current, and it's a proxy config flip, under five minutes. So the old cluster stays up until two weeks after 100 %, whatever the month-end plan says. None of this proves the new cluster is faster; that would need a randomised A/B test.`,
  },
  {
    id: 'ap046',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `First, the split of jobs, because it matters here. Engineering (the ML platform team, really) owns serving, the feature stores and the routing; I own the order we expose people in, the rollback limits, how long we sit at each stage and who says "go".

Order: Berlin office staff first (they'll use it on their own phones, at their own lunch), then early-access customers in both regions — and I do mean both, because the risk here is load on the regional feature stores, not the model's taste in baskets. Then low-spend customers in Europe and Singapore together, and our highest-spend subscribers last in each region, since they're the ones we can least afford to annoy.

Limits are written down and agreed with the ML lead before the first request is routed, not picked off a dashboard afterwards. Recommendation errors or feature-store timeouts more than 0.5 % over control, per region (a global average would bury a Singapore-only failure). Home-screen p95 more than 150 ms worse, again per region. Add-to-basket from recommendations down more than 2 % against the baseline cohort. On a replayed sample scored by the eval harness, relevance no more than a point worse, and no rise in baskets full of out-of-stock or wrong-region items — the recommender's version of a hallucination. "Not interested" taps up no more than 15 %. Compute per request no more than 30 % above the old model (it reads more features, so it will go up — the question is by how much).

Ramp: 1 %, 5 %, 25 %, 50 %, 100 %. Every stage holds at least 24 hours so it covers a full lunch peak in both regions — Singapore's lands around six in the morning Berlin time, exactly when nobody here is looking — and we advance only if every limit held through both peaks. The ML lead and I sign each advance.

Rollback: the on-call engineer can flip the model route back without asking anyone (we'd add a Singapore-hours on-call for the rollout week, since Berlin is barely awake at that peak). It's a config switch, under five minutes, and we'd rehearse it before day one.

Last thing — a clean canary says the new model doesn't break anything. It says nothing about whether the baskets are better (staff and early adopters aren't a random sample, after all); for that we'd run a randomised A/B test afterwards.`,
  },
  {
    id: 'ap047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `CEO: It's 20 % faster in the benchmarks. Why can't it go to everyone tomorrow?
Me: Because a benchmark runs for minutes, and this service runs for days without a restart. If it gets worse over a day, no benchmark will show it. I'd rather find that on 1 % of listings than on all of them.
CEO: Fine. But who's deciding all this? I don't want a committee.
Me: I am, for the release decisions: the order, the limits, when we move up. Engineering owns the deploy and the traffic split. That's the whole division.
CEO: So who goes first?
Me: Our own test storefronts and staff listings, then the sellers who asked to try the new photo format, then small sellers with little traffic. The top sellers, whose listing pages carry most of our revenue, go last.
CEO: And how do you know when to stop?
Me: We write that down today, before anything ships, and I'll send it to you. We roll back if image errors go more than 0.5 % above the old service, if p99 image latency gets 200 ms worse (and we watch it climb through the day, not one snapshot), or if clicks from listing pages to checkout drop more than 2 % against baseline.
CEO: Thursday, though.
Me: 1 % today, 5 % tomorrow morning, 25 % Wednesday, 50 % Thursday, 100 % on Friday if it's clean. Each step holds at least 24 hours, because the thing we'd miss is something that builds up over a day without restarts. And no deploy restarts it mid-hold, or we reset the very clock we're watching. The tech lead and I sign off each step. You get it one day after Thursday, not a week.
CEO: And if it goes wrong at three in the morning?
Me: The on-call engineer rolls it back without waking me or you. It's a routing change back to the old service, which we keep running, and it takes about three minutes.
CEO: Then we can tell the board it's 20 % faster in production.
Me: No. The canary tells us it's safe. The groups are hand-picked, so it isn't a fair comparison. If you want a number for the board, we run a randomised A/B test afterwards and you get a figure you can defend.`,
  },
];
