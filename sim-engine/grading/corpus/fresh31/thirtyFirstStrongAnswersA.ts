import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-first fresh set, author a: strong answers (ak001–ak007), written blind, labelled by hand. */
export const THIRTY_FIRST_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ak001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `The last canary I ran was a ranking change on a job board, and what I remember is a call at eleven at night arguing about whether a 1.8 % drop in applications was bad enough to pull it. We had never agreed a number, so everyone had their own, and it took forty minutes to roll back something that should have taken three. Since then I write the limits down before anything moves.

For the assistant moving to the bigger model: my job is the decisions — who sees it in what order, what makes us stop, how long we sit at each stage, whether we go on. The ML platform team owns the routing at the gateway and the switch itself.

Order: our own HR and payroll staff first, because they use the assistant on our own payroll and will spot a wrong answer about leave accrual. Then customers in the beta programme. Then small companies on the standard plan. Large enterprise accounts, and anyone in their payroll-run week, go last; a wrong payslip answer two days before payday is the worst thing this product can do.

Agreed with the eng lead and written in the release doc before the first conversation is routed: hallucination rate on our payslip-and-leave eval set up no more than 1 point; thumbs-down rate no more than 10 % above control; p95 time to first token no more than 800 ms worse, since the longer context will cost something; cost per conversation no more than 40 % above today, which is the figure I'll give Finance; errors no more than 0.5 % above control. Any one breached and we roll back.

Stages of 1, 5, 25, 50 and 100 %. At each we stay until the gate metrics have been inside those limits for 24 hours and the harness has graded enough conversations to read; at 25 % I'd stay three days so thumbs-down and cost mean something. The eng lead and I both sign off every step up; neither of us advances alone.

Whoever is on call can send all traffic back to the old model at any hour without waking me or asking anyone. It's a gateway routing change, under five minutes, and we rehearse it once before day one.

And the canary only tells me the bigger model is safe to run. Neither it nor the three-point offline gain tells me it's better for our users; that's a randomised A/B test afterwards, on questions resolved without a ticket.`,
  },
  {
    id: 'ak002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `The number I'm scared of is the thumbs-down rate from German users. Only English speakers reviewed the new prompt, and "warmer and more casual" in German probably means "du" to someone who expects "Sie". Blended with English traffic, a German problem vanishes, so every limit is split by language.

The calls are mine — order, limits, holds, go or no-go. The platform team owns the prompt routing.

Order: our own staff in both languages, deliberately including the Vienna office, then opted-in beta users in English and German, then everyone else, business-tier accounts last.

Written down before we start: German thumbs-down no more than 15 % above the old prompt, English the same; the eval harness's formality check finding informal address in under 2 % of German replies; hallucination rate within 1 point; p95 latency within 300 ms; tokens per reply within 10 %.

Ramp 1, 5, 25, 50, 100 %, holding 48 hours at each so there are enough German ratings, and I sign off each step with the eng lead. The on-call engineer can flip back to the old prompt at any hour without asking; it's a config switch, a couple of minutes.

Passing tells us it's safe, not that warmer is better. That needs a randomised A/B test afterwards.`,
  },
  {
    id: 'ak003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `I've been on this team three weeks, so part of my answer is the questions I'll take to engineering on Monday. The decisions are still mine: the order clinics get it, what numbers stop it, how long we sit at each stage, and go or no-go. Engineering owns how traffic is split and the switch itself.

First question: at 5 %, with a few hundred summaries a minute at peak and the harness grading one in two hundred, how many graded summaries do we get a day? My rough maths says a handful an hour, which is too few to see anything. So I'll ask whether we can grade every canary summary, or at least one in ten, while the canary runs. The cheaper model is the whole reason for this change; spending some of the saving on grading is fine.

Second: since vets hardly ever rate, can we log when a vet edits a summary before saving it? An edit is feedback they give without meaning to.

Order: our in-house vet advisers first, then the early-access clinics, then single-vet practices, and the multi-site groups last — they're our biggest accounts and the least patient.

Limits, agreed before any traffic moves: hallucination rate (invented drugs, doses or findings) from the harness no more than 0.5 points above control; edit rate up no more than 5 points; low ratings up no more than 20 %; p95 latency no worse than today; cost per summary at least 30 % lower, or we've missed the point; errors no more than 0.5 % above control.

Third question: how long until the harness has graded 400 canary summaries at a stage? That's my hold. Stages of 1, 5, 20, 50 and 100 %, none shorter than two clinic days, because a Saturday looks nothing like a Tuesday. The eng lead and I sign off every advance together.

Last question: can the on-call engineer switch back to the old model in under five minutes, at 3 a.m., without calling me? That's what I want — a config flip, not a redeploy. If the answer is no, we fix that before we start.

None of this says the cheaper model writes better summaries. The canary checks it's safe; whether vets are better served needs a randomised A/B test later.`,
  },
  {
    id: 'ak004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Decision log — recommendation model v2 canary

Mon 3 Mar — Ownership. I decide order, limits, holds and go/no-go. ML platform owns the routing flag and the feature stores. Agreed with Jonas (eng lead).

Mon 3 Mar — Order. Staff accounts in Berlin and Singapore first; then opted-in beta shoppers in both regions; then established customers with steady weekly baskets; new customers and subscription members last. Both regions at every stage: the feature stores were sized for the old model, and the Singapore lunch peak is when they'll be squeezed. I'd rather find that at 1 % than at 50 %.

Tue 4 Mar — Limits, fixed before launch, per region against control:
- request errors up 0.5 % or more: roll back
- p95 recommendation latency up 150 ms, or feature-store timeouts above 0.2 %: roll back
- add-to-basket from recommendations down more than 3 %: roll back
- "not interested" taps up more than 15 %: roll back
- replay eval on last week's baskets down more than 2 points: don't advance
- compute cost per 1,000 requests up more than 25 %: don't advance, review with infra

Tue 4 Mar — Ramp 1 → 5 → 25 → 50 → 100 %. Each stage holds at least 24 hours and must include one full Singapore lunch peak (about 05:00–07:30 Berlin) inside the limits. Three days at 25 % to read add-to-basket.

Tue 4 Mar — Sign-off. Jonas and I sign every step. Mei (Singapore ops) co-signs after checking the regional dashboards for that morning's peak.

Wed 5 Mar — Rollback. On-call may turn the flag back to the old model at any hour without asking anyone. Config change; drill today took 2 min 40 s. Added a Singapore-hours on-call so a breach at 06:00 Berlin doesn't wait for someone to wake up.

Wed 5 Mar — Scope. The canary shows v2 doesn't hurt anyone. Whether it sells more baskets is a separate randomised A/B test afterwards; we won't read lift off the canary cohort.

Thu 6 Mar — Start at 1 %.`,
  },
  {
    id: 'ak005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Subject: Re: why so slow?

Hi Karen,

Fair question. Here's the reasoning, and a date you can plan around.

The new SDK passed the provider's certification, but certification never sees our traffic. What worries me is payments failing in bursts on some Android devices; a burst during Friday dinner costs orders we never get back. The pace is set by how long it takes to see enough Android payments, not by caution for its own sake.

What I own: the order, the stop rules, how long we wait and the go/no-go. The payments team owns the rollout mechanics and the switch.

Order: staff paying for their own orders first, then customers in our beta programme, then regular customers in two mid-sized cities. Customers placing their first order come last; a failed first payment loses them for good.

Stop rules, agreed with engineering before we start and not up for debate mid-rollout: payment failures more than 0.3 points above the old SDK on either platform, measured in 5-minute windows, because a daily average hides bursts; checkout p99 more than 500 ms slower; completed orders per checkout session down more than 2 % against control.

Ramp: 1, 5, 25, 50, 100 %. We don't go past 5 % until it has sat through one Friday dinner peak without a breach, and every stage holds at least 24 hours. The payments lead and I sign off each step, with the dashboards in front of us.

Rollback: both SDKs ship in the current app and a remote config flag picks one, so the on-call engineer can switch back on their own, day or night, no approval needed, in under five minutes. No app-store release involved.

If nothing trips, we're at 100 % in about two and a half weeks.

One more thing: passing the canary means wallet payments are safe, not that they lift conversion. If you want that number for the board, it comes from an A/B test we run afterwards.

Happy to talk it through,
Priya`,
  },
  {
    id: 'ak006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Righto, so fare calc's moving to the new pricing service. First up, what's mine and what isn't: the platform crew own the routing and the deploy, I own who gets it first, what numbers pull it, how long we sit at each step and when we go on.

Who goes first: staff taking rides on their own accounts, then the riders who've put their hand up for the beta, then the quieter regional markets mid-week. The big cities on a Friday and Saturday night go last, 'cause that's where a dodgy fare hurts the most people.

Numbers, locked in before we flip anything: fare calculation errors more than half a per cent over control, p99 quote time 250 millis worse, or bookings per fare quote down more than 2 per cent against baseline. Any one of those and it comes out.

Ramp's 1, 5, 25, 50, 100, and each step sits for at least one full night, including the batch window it shares with billing, before we even talk about moving. Nothing goes up off the back of a quiet arvo. The eng lead and I both sign off each step, in writing, in the release channel.

And the 2 a.m. question: whoever's on call pulls it. No ringing me, no ringing anyone. It's a routing switch back to the old service, done in a couple of minutes, and we'll have practised it before Tuesday arvo.

Last thing. This tells us the new service is safe. It doesn't tell us it's better. If we reckon it prices smarter, that's a properly randomised A/B test down the track.`,
  },
  {
    id: 'ak007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `☑ I make the calls, the platform team runs the migration and the proxy — one person says go or stop, one team touches the plumbing.
☑ Order: our own workspace, then beta teams, then small teams, biggest customers last — we hit the cold caches before anyone else does, and the big accounts have the most to lose.
☑ Stop rules written down before the first read goes through the proxy: task-read errors +0.3 % over the old cluster, p99 page load +200 ms, task updates per active user −2 % against baseline — agreed now so nobody haggles at 10 p.m.
☑ Ramp 1 / 5 / 25 / 50 / 100 %, each step held until a full weekday peak has passed inside those limits, never less than 24 h — the load test had warm caches, our Monday mornings won't.
☑ Eng lead and I both sign every step — two names, no quiet advances.
☑ On-call may switch reads back to the old cluster at any hour without asking; it's proxy config, under 5 min. Which is also why the old cluster stays up until we've had two clean weeks at 100 %, month end or not.
☑ This shows the move is safe, not that it's better. If we want to claim pages got faster for users, that's an A/B test.`,
  },
];
