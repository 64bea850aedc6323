import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-fourth fresh set, author a: strong answers (an001–an007), written blind and labelled by hand. */
export const THIRTY_FOURTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'an001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Subject: Canary for the larger support-assistant model: my proposal

Hi Dana,

Before Thursday's review, here is how I'd like to run the canary for the new model. Push back on anything that doesn't work for your team.

Who does what: your team owns the gateway routing, the deploy and the dashboards. I own who gets the new model in what order, the limits that send it back, how long we sit at each stage, and the go/no-go, which I'd make jointly with Marek as tech lead. Neither of us widens it alone.

Order: our own payroll and HR specialists first. They use the assistant every day and will catch a wrong answer about leave or tax codes in seconds. Next, the customers in the early-access programme, then small-business tenants. Large enterprise tenants, and any customer in their first month with us, go last: one confidently wrong payslip answer to a new customer is how we lose the account.

Limits, written into the release doc and signed before any traffic moves:
- error rate more than 0.5% above the current model
- p95 response time more than 1.5 s slower (the longer context will slow some answers; this is the ceiling)
- hallucination rate from the eval harness, which grades a daily sample of live answers against our help-centre articles and payroll rules, up by more than one point
- thumbs-down rate up by more than two points, or hand-offs to a human agent up by more than 10%
- cost per conversation more than 30% above today's (Finance gets that figure whatever happens)

Stages: 1%, 5%, 25%, 50%, 100%. We only move when every limit has stayed green for the whole hold: 24 hours at the first two stages, 48 hours at 25% and 50% so we see enough of the long, multi-question conversations where the bigger context window actually gets used.

Rollback: the on-call engineer may switch traffic back to the current model at any hour without asking me or you. It's a weight change at the gateway, so it should take under five minutes; let's rehearse it once before day one so we know it does.

One more thing. A clean canary tells us the new model is safe to run, not that it helps anyone; the three-point eval gain was on short questions. Once it's out, I'd like a randomised A/B test with a held-back group on the old model, measured on questions resolved without a human hand-off, before anyone claims it's better.

Thanks,
Lena`,
  },
  {
    id: 'an002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Right, so the way I'd see it. My bit is the decisions: who gets the new prompt, in what order, what makes us pull it, and when we move on. The engineers own the flag and the plumbing, and I'm no' going to tell them how to build that.

First in is our own staff, and I'd be wanting the folk in the Munich office in that first lot, because the English team's had a good look at it and naebody's checked the German. Then the beta users that signed up for early stuff, English and German both. Then ordinary free accounts. The paying business customers, especially the German ones, go last, because a chummy "du" to somebody's boss is a proper red face for them.

Before we switch a thing on, we write down what pulls it, and we dinnae change it once it's running. Thumbs-down more than two points worse than the old prompt, in either language on its own. Mind, if you only look at the blended figure the German users get lost in it. The eval harness marks a sample of replies for wrong formality and made-up content, and anything more than a point down pulls it. P95 latency more than three hundred milliseconds worse, or tokens per reply up more than fifteen percent, because a chattier prompt writes longer and we pay for every word. Errors up half a percent.

Steps are one percent, five, twenty-five, fifty, then everybody. We sit a full day at each, and it doesnae move on till the numbers are clean and the eng lead and me have both said aye in the release channel.

If it trips, the on-call doesnae need to phone me. Any hour of the day or night, they flip the prompt version back in the config and it's the old prompt again inside a couple of minutes. Nae redeploy.

And see, none of this tells us warmer is better. That's a proper A/B test after, randomised, with enough folk in it to mean something. The canary's just making sure we've no' broken anything.`,
  },
  {
    id: 'an003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `I own the calls (who gets the cheaper model first, what sends it back, when we widen); engineering owns routing and on-call.

Our own vet advisers go first, then the early-access clinics, who expect rough edges, then single-vet practices; multi-site groups and new clinics go last, since a bad summary costs us most with them.

What sends it back, agreed before anything is routed: errors up by more than half a percent, ninety-fifth-percentile latency more than a fifth of a second slower, the eval harness catching invented or missing findings in two more summaries per hundred than today, one extra thumbs-down in every fifty rated summaries. And if cost per summary isn't down by at least a third, we stop.

The harness grades only one summary in two hundred, so for the canary we raise that to one in ten. Otherwise, at one in a hundred, a verdict takes days.

Steps: one in a hundred, one in twenty, a quarter, half, everyone. Each holds until the harness has graded four hundred canary summaries and a full clinic day has passed, and the eng lead and I both sign before the next.

On-call can switch back alone, any hour, inside five minutes; it's a config flag.

That shows it's safe. Whether vets prefer it is a randomised test afterwards.`,
  },
  {
    id: 'an004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Canary runbook: recommendations model v2

1. Who owns what. Product (me): exposure order, rollback limits, hold lengths, go/no-go. ML platform: gateway routing, dashboards, on-call.
2. Before anything in step 4 moves, freeze these limits in the release doc. Each is judged per region, never on the global blend:
   a. errors on the recommendations call more than 0.5% above control;
   b. home-screen p95 more than 150 ms slower, or feature-store read timeouts above 0.2%;
   c. eval harness score on a replayed sample of baskets (unavailable or out-of-stock items, irrelevant picks) down more than 2 points;
   d. "not for me" dismissals up more than 10%, or basket adds from recommendations down more than 2% vs control;
   e. serving cost per 1,000 requests more than 20% above v1.
3. Exposure order: staff accounts in Berlin and Singapore, then opted-in beta shoppers in both regions, then light, occasional shoppers, then everyone else. Weekly-plan subscribers and new sign-ups go last: a bad home screen is what loses them.
4. Ramp: 1% > 5% > 25% > 50% > 100%. A stage closes only after 24 h AND after it has been through one Singapore lunch peak and one European evening peak with every limit green. 25% holds 48 h.
5. Advancing needs two sign-offs in #reco-release: mine and the ML lead's. Missing one means we hold.
6. Rollback: whoever is on call (the Singapore rota covers Berlin's early morning) sets the v2 weight to 0 without asking anyone. Target under 5 minutes; rehearse once before step 4.
7. Afterwards: a randomised A/B test for whether v2 sells more baskets. The canary only tells us it doesn't break anything.`,
  },
  {
    id: 'an005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `It's three weeks from now and the new payment SDK has gone badly. Here's how, and what in my plan stands against each one.

It went wrong because nobody knew whose call it was. Engineering thought product would say when to widen; I thought they'd tell me when it was ready. Guard: the payments team owns the integration, the flag and the rollout tooling; I own who gets it, what pulls it and when we move on, and that's written at the top of the release doc.

It went wrong because we turned it on for a random slice and it hit our most loyal customers on a Friday. Guard: staff orders first (we all order lunch through the app anyway), then the beta testers, then customers in two smaller cities, then everybody, with high-frequency customers and first-time orderers last, since a failed first payment is a customer we never see again. Android is in every stage from staff onwards, so we don't learn about an Android-only problem at the very end.

It went wrong because, when payment failures crept up, we spent an hour arguing about whether 1.2% was bad. Guard: limits agreed before the first order. Payment failures more than 0.5 points above the old SDK, per platform, in five-minute windows so a burst can't hide in an hourly average; checkout p99 more than 300 ms slower; completed orders per checkout session down more than 2% against the control group.

It went wrong because we jumped from 5% to 50% on a Thursday afternoon and Friday dinner found the problem for us. Guard: 1%, 5%, 25%, 50%, 100%, each held until it has seen at least one dinner peak with every limit green; the 25% stage must include a Friday dinner, and nothing widens on a Friday afternoon.

It went wrong because I widened on my own when things looked fine. Guard: every step needs the payments lead and me to sign off in the release channel.

It went wrong because the on-call waited twenty minutes for me to answer my phone. Guard: the on-call payments engineer rolls back at any hour without asking anyone, by flipping the flag back to the old SDK. It takes under five minutes, and we rehearse it on the Monday before.

And it went wrong because afterwards someone said wallet payments had lifted conversion 4% and we all believed it. Guard: the canary is a safety check on a cohort we chose; whether wallets help is a randomised A/B test once the SDK is stable at 100%.`,
  },
  {
    id: 'an006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `OK, so let me think about who's doing what first. The platform team owns the proxy and the migration itself (and honestly they know the cluster far better than I do). What's mine is the order, the limits, the holds and saying go.

Who goes first... our own workspaces, obviously, we live in the tool all day. Then the teams in the beta programme. Then small free-tier workspaces (low stakes, and lots of them, so we get volume quickly). The big paid workspaces with tens of thousands of tasks go last: they're the ones most likely to hit cold paths, and the ones we can least afford to annoy.

Limits. I'd want these on paper before anything moves (not made up while staring at a dashboard): error rate on task reads more than 0.5% above the old cluster, p99 page load more than 250 ms slower, and tasks updated per active user down more than 2% against the workspaces still on the old database.

Ramp: 1, 5, 25, 50, 100 percent. And the holds matter more than the steps here, because the load tests ran warm. So each step waits for at least one full weekday peak with every limit green, plus (this is the bit I'd fight for) a deliberate cache flush on the proxy during the hold, so we see it cold. Metric-gated, not just a timer. The tech lead and I both sign off before each move.

Rollback: on-call can route back to the old cluster at any hour without asking; it's a proxy config change and should take under five minutes (we should time it once beforehand). Which means... wait, that only works if we keep writing to both clusters during the ramp, and if the old cluster is still there. So the end-of-month decommission moves until we've been at 100% for two weeks. (Someone will grumble about the cost. Fine.)

Last thing: this tells us the move is safe, not that anything got better. If someone wants to say the app feels faster now, that's a separate randomised A/B comparison.`,
  },
  {
    id: 'an007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `What I won't do: I won't touch the routing, I won't pick thresholds once the graphs are up, and I won't be the person the on-call has to wake at 2 a.m. before they can pull it.

What I will do is own the order, the limits and the go/no-go. Staff rides go first, then riders and drivers in the beta programme, then one mid-sized city; airports, corporate accounts and first-time riders come last, because a wrong fare costs us most there. Before Tuesday we sign the limits: fare-quote errors over 0.3%, quote p99 more than 200 ms slower, more than one ride in a thousand priced over 2% away from the old service, and completed bookings down more than 2% against the control group. Ramp 1, 5, 25, 50, 100%; each step holds at least 24 hours, must run through the nightly batch window and, from 25% on, a weekend night, and advances only when the pricing lead and I both sign. The on-call, at any hour, flips the config back to the old service in under five minutes, no one's permission needed. And a clean canary means safe, not better: if pricing wants to claim more bookings, that's a randomised A/B test afterwards.`,
  },
];
