import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirtieth fresh set, author c: strong answers aj041–aj047, written blind and labelled by hand.
 * Four on model or prompt scenarios, three on service scenarios, each in a different voice.
 */
export const THIRTIETH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade; thinking aloud, hesitations and self-corrections
    id: 'aj041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Okay, so — the assistant moves to the bigger model, prompt unchanged. Let me think about what's actually mine here. The routing, the gateway config, that's the platform team's. What I own is... who sees it first, what numbers make us pull it, how long we sit at each step, and who says go. Right.

Who first. I'd say internal — our own HR and payroll people use the assistant, and they know what a correct answer about leave looks like. Then customers who opted into the beta programme. Then, um, smaller accounts on the standard plan. Big enterprise tenants last. Actually, no, let me be stricter: nobody in a payroll-close week goes into the early stages at all, because a wrong payslip answer on the 25th is the worst possible day to get one.

Thresholds — and I want these written down and agreed before we route a single conversation, not argued over while we stare at a chart. Errors more than 0.5 points above the old model. p95 response time no more than, hmm, 800 ms worse — it's a bigger model, it will be slower, so I'd rather set a tolerance we can live with than pretend it'll match. Hallucination rate from the eval harness, run on sampled live conversations, no more than one point worse. Thumbs-down up more than 2 points against control, or hand-offs to a human agent up more than 3 % on the baseline — that's the business number. And cost per conversation more than 30 % above today's, which also answers Finance with an actual figure.

Ramp: 1 %, then 5, 25, 50, 100. Hold at least a day at each — wait, 25 % should be longer, two days, so the thumbs-down numbers have enough volume to mean anything. The gates are metric-based: we move only if every threshold stayed green for the whole hold. The support engineering lead and I both sign each step; if either of us says no, we wait.

Rollback: the on-call engineer can flip the gateway back to the old model at any hour without ringing me first. Config change, under five minutes. I'd want that rehearsed once before the 1 %.

And — this matters — the canary only tells us it's safe. Three eval points offline don't tell us users are better off. For that, a proper randomised A/B test on resolution rate, a couple of weeks, before anyone calls it an improvement.`,
  },
  {
    // prompt-locale-thumbs-down; summary of a Slack thread, several people's points
    id: 'aj042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Summary of the #compose-assist-release thread from Tuesday, for anyone who missed it:

*Where we landed on the warmer-prompt canary*

• Priya (PM, writing this) owns the release plan: order of exposure, rollback numbers, hold lengths, and the go/no-go at each step. Tomasz's team owns the gateway routing and the prompt-version switch. Nobody disagreed.
• Jonas raised the German problem: a quarter of our users write in German and the prompt was only reviewed in English. Agreed order: internal staff first, deliberately including the Munich and Vienna offices so German gets real use on day one; then the opted-in beta group, both languages; then free-tier users; paying business accounts last. Every metric gets read split by locale — a fine English number can hide a bad German one.
• Mei pushed for the thresholds to be fixed before anything ships, not after we've seen a chart. Now in the plan doc, per locale vs control: thumbs-down rate up more than 1.5 points; eval-harness tone score (with a formal-address check for German, du vs Sie) down more than 2 points, or hallucinated facts in drafts up more than 0.5 points; p95 time to first suggestion up more than 300 ms; tokens per reply up more than 15 %; suggestion acceptance down more than 2 % on baseline; errors more than 0.5 points over control. Any one of these in either locale = roll back.
• Ramp agreed: 1 % → 5 % → 25 % → 50 % → 100 %. 24h holds at 1 % and 5 %, 48h at 25 % (German thumbs-down is thin and needs the volume). Gates are metric-based: advance only if every line stayed inside for the full hold.
• Sign-off at each gate: Priya + Tomasz. Jonas also reads a sample of German drafts before we go past 5 %.
• Rollback: whoever is on call switches the prompt version back in the gateway config, any hour, without pinging me or anyone else. About two minutes. Tomasz rehearses it Thursday.
• Dan asked if we can say "warmer = more engagement" off the back of the canary. Answer: no — the canary only tells us it's safe to keep running. If we want to claim it's better, that's a randomised A/B test afterwards, two weeks, on acceptance rate.

Next: Tomasz sets up the locale-split dashboards; first 1 % goes out Monday.`,
  },
  {
    // quiet-feedback-trap; weighs two options for each decision and picks one
    id: 'aj043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `For each decision, the two options I considered and the one I'd pick.

Who owns what. Either the ML team runs the swap end to end, or I own the calls — who goes first, what trips a rollback, how long we wait, who says go — while ML and platform own the routing and the harness. The second: these are product-risk calls.

Who goes first. A random 5 % of clinics, or a chosen order? Random is a cleaner sample, but it could put a busy clinic on the new model on day one. I'd choose: our own staff vets, then the early-access clinics who've agreed to flag bad summaries, then small single-vet practices, and the big multi-site groups last, since a missed dosage there reaches the most patients and our biggest contracts.

Thresholds. Settle them as we go, or fix them now? Now, in the plan, before the first summary: omission or hallucination rate on medications, dosages and follow-ups from the eval harness more than 1 point above the old model; thumbs-down more than 2 points over control; vets editing a summary before saving, more than 3 points up on baseline; p95 generation time more than 2 s worse; errors more than 0.5 points over control. Cost per summary is the reason for the change — if it comes in above today's, something's wrong, and we roll back.

Signal. Hold longer at low traffic, or grade more? One summary in two hundred at a few hundred a minute is thin, and ratings are rarer still, so I'd raise the harness to one in ten on the canary arm for the duration. Cheap, and it makes the holds meaningful.

Gates. Time-based or metric-based? Metric-based: 2 % for two days, 10 % for three, 30 % for three, then 60 % and 100 %, and we don't advance until the stage has at least 500 graded canary summaries and every threshold held.

Sign-off. Me alone, or me with someone clinical? Me and our veterinary advisor at each gate, with the ML lead confirming the sample counts.

Rollback. Approval first, or on-call acts? On-call acts, any hour, no approval: flip the model route in the gateway config, back in under five minutes.

Last: a clean canary shows nothing broke, not that the summaries are as good. That needs a randomised A/B test with blind review afterwards.`,
  },
  {
    // lunch-peak-recommendations; headings are questions
    id: 'aj044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `What am I responsible for, and what isn't mine?
I own the plan: which customers get the new model in what order, the rollback numbers, how long each stage runs, and the go decision at each gate. The ML platform team owns serving, the traffic split and the feature-store capacity.

Who sees it first, and why in that order?
Staff accounts in both regions, then customers on our early-access list, then — on purpose — Singapore and the rest of South-East Asia early, at small percentages, because the regional feature stores are what's under new load and their lunch rush is the peak I'm most worried about. I'd rather find that at 2 % than at 50 %. New customers and our high-basket subscribers go last.

What makes us roll back?
Fixed before we start, per region, against the old model:
- recommendation p95 latency up more than 150 ms, or feature-store read p95 above 60 ms
- errors or fallbacks to the default basket more than 0.5 points above control
- add-to-basket from recommendations down more than 2 % vs baseline
- compute per request more than 25 % over plan
- replay-eval hit rate on the previous day's sessions down more than 1 point, or "not for me" taps on recommendations up more than 1 point

How fast do we ramp, and what holds us at each step?
2 % → 10 % → 25 % → 50 % → 100 %. Every stage holds at least 24 hours so it crosses one Singapore lunch peak and one European evening peak, and it only advances if every threshold stayed green through both. 25 % holds 48 hours, for the basket metric.

Who says go?
The ML lead and I, together, at each gate. The Asian peak lands around 6–7 a.m. in Berlin, so we sign after the on-call engineer has checked it, not before.

Who can pull it, and how quickly?
Whoever holds the pager, including the engineer covering Berlin's early hours, without waiting for me or anyone else. It's a routing flag back to the old model, under five minutes, and we test it once before 2 %.

Does a green canary mean the new model is better?
No. It means it didn't break anything. Whether it recommends better baskets is a randomised A/B test afterwards, two weeks, on basket value.`,
  },
  {
    // storage-migration-under-load; explains itself with one analogy (moving house)
    id: 'aj045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I think of this like moving a family into a new house while the lease on the old one runs out. You don't carry everyone across on the last day and hope the boiler works. You move in stages, sleep there a few nights, and keep the keys to the old place until you're sure.

So, the specifics. My part is the decisions: who moves first, what counts as "the boiler's broken", how long we stay at each stage and who says we go on. The infrastructure team owns the proxy, the cluster and the traffic split.

Who moves first: our own workspaces (we run the company on this tool), then the teams who opted into early access, then small free-tier teams, and the large paid workspaces last, because they have the biggest task lists and the most to lose if a page hangs.

What counts as broken, written down before any read goes through the new proxy: page-load errors more than 0.5 points above the old cluster; p99 task-read latency more than 200 ms worse; tasks updated per active user down more than 2 % against the baseline cohort. The load tests ran with warm caches, so the first hours of every stage are the cold ones, and the thresholds apply there too, with no grace period.

The stages: 1 %, 5 %, 25 %, 50 %, 100 %. The gates are metric-based: we hold each stage at least 24 hours, including a weekday morning peak, and move on only if nothing crossed a line. 25 % gets two working days, because that's where the working set stops fitting in the cache. The end-of-month decommission doesn't shorten any hold; if we run short, we keep the old cluster another month.

Each step up is signed off by me and the infrastructure lead. Either of us can say no.

The old keys: the on-call engineer can send reads back to the old cluster at any hour without asking anyone. It's a proxy routing setting, not a redeploy, and it takes under five minutes. Writes go to both clusters during the migration, so switching back loses nothing.

And a safe move isn't a better house. If we want to claim the managed cluster makes the product faster for people, that's a randomised A/B test afterwards, not something we read off the canary.`,
  },
  {
    // payment-sdk-android-bursts; Irish English register, spoken
    id: 'aj046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Right, so. The first thing I'd say is that wiring up the SDK and routing the traffic is the engineers' job, I'm not going near that. What I own is the plan around it: who gets it first, what numbers send it back, how long we sit at each stage, and who gives the nod to go on.

Now, the provider's after certifying it, and that's grand, but certification is a lab. Our own crowd in the office would go first — sure everyone orders their lunch through the app anyway. Then the beta people who signed up for early features. Then I'd go by platform, and this is the bit I'd be fierce careful about: iOS ahead of Android, and Android at small numbers only for a good while, because that's where a new SDK is most likely to act up with all the different phones out there. Brand-new customers go last, because a new customer whose first payment fails is gone and won't be back.

The numbers, and we'd agree them before a single order goes through it, not be making them up on the night: payment failures more than half a point above the old SDK on either platform, counted in five-minute windows so a burst doesn't get averaged away; p99 on the payment call more than 300 milliseconds slower; completed orders per checkout down more than 2 % against the baseline. Any one of them and it comes back.

Stages would be 1 %, 5 %, 25 %, 50 %, then everyone, holding a good 24 hours at each and only going on if nothing tripped. And no step up lands on a Friday — Friday dinner is the busiest hour we have, so whatever stage we're at on Friday has to be one we've been sitting on since Wednesday at least. The 25 % stage holds over a full weekend.

Myself and the payments lead sign off each step, the two of us, or it doesn't move.

Rollback — whoever's on call can pull it, day or night, and they don't have to ring me or anyone else first. Both SDKs ship in the app and remote config picks which one runs, so it's a flag flip, done in under five minutes, and we'd practise it before we start.

And one last thing, because someone always asks: a clean canary doesn't tell you the wallet payments sell more food, only that nothing's broken. If we want to know does it lift orders, we run a proper randomised A/B test after.`,
  },
  {
    // night-breach-rollback-authority; plan full of parenthetical asides
    id: 'aj047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Fare calculation is the kind of change where the plan matters more than the code (the code's been reviewed to death already), so here's mine.

What I own: the order of exposure, the rollback numbers, the hold at each stage and the go/no-go (engineering owns the routing, the pricing service itself and the deploy). Rollback authority is the part I care most about, for reasons that'll be obvious below.

Order: staff rides first (a few hundred employees ride every week, and they'll tell us if a fare looks off), then riders in the opt-in beta, then one mid-sized city, then the rest. Airport runs and corporate accounts go last (a wrong fare there turns into an expense dispute and an unhappy account manager).

Thresholds, agreed and written down before Tuesday evening (not tuned once we've seen the graphs): quote errors or fallbacks to the old calculator more than 0.5 points above control; p99 quote latency up more than 200 ms; quoted-vs-charged mismatches above 0.2 % of trips; booking conversion after a quote down more than 2 % against baseline.

Ramp: 1 %, 5 %, 25 %, 50 %, 100 %, holding at least 24 hours at each (every hold has to include a night, and the 25 % hold a full weekend of late-night peaks). The gate is metric-based: all four lines clean for the whole hold, and clean through the nightly batch window in particular (it's shared with billing, which is exactly where I'd expect contention, so we watch whatever slot that batch actually runs in).

Sign-off: me and the pricing engineering lead at each gate (both names on the gate note, or it doesn't move).

Rollback: the on-call engineer rolls back on any breach, at 2 a.m. or any other hour, without calling me, the lead or anyone else (waking a PM to approve a rollback is how a ten-minute problem becomes a two-hour one). It's a routing switch back to the old calculator, under five minutes, rehearsed before the first 1 %.

And to be clear (because someone will ask on Wednesday), a clean canary says the new service is safe to run, not that its fares earn more or keep riders happier. That's a randomised A/B test afterwards, over a couple of weeks.`,
  },
];
