import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-first fresh set, author a: strong answers (aa001–aa007), written blind, labelled by hand. */
export const TWENTY_FIRST_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'aa001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Let me walk you through how I'd run this one, because the interesting parts aren't the ones people expect.

First, split the work. Engineering owns the gateway rule that sends a share of conversations to the new model, and they build the dashboards. What's ours, yours and mine, is who sees it first, which numbers send it back, how long we sit at each step and who says go. Don't let that drift over to the ML team just because it sounds technical.

Order. Our own payroll and HR support people get it first: they know the right answers and will spot a wrong leave calculation in seconds. Then the customers who've opted into early features. Then small companies on the standard plan. Large employers go last, and I'd keep the new model away from everyone in the two days around month-end payroll, because a confident wrong answer about a payslip that week turns into an escalation and a trust problem.

Before a single conversation moves, write the limits down and get the eng lead to agree to them. Error rate no more than half a point above the current model. p95 response time no more than 800 ms worse; the longer context will cost us something, so I want the budget fixed up front. Thumbs-down no more than 2 points above control. The eval harness, run on a sample of real conversations, flagging invented policy or figures in under 1 % of answers. And cost per conversation: Finance already asked, so we agree a ceiling, say 40 % above today, and crossing it is a stop like any other.

Ramp 1, 5, 25, 50, 100. Each step holds until the harness has graded enough to mean something, never less than 24 hours, and the 25 % step gets a full week because that's where escalations and cost settle down. I sign each step together with the eng lead. If either of us isn't happy, it doesn't move.

Rollback belongs to whoever is on call, day or night, no permission needed. It's a routing switch back to the current model and it's done in a couple of minutes. They tell us afterwards.

One thing juniors get wrong: this won't confirm the three-point eval gain. The canary tells us the new model is safe to have out there. Whether it actually answers better is a randomised A/B test we run afterwards.`,
  },
  {
    id: 'aa002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Right, so the bit that worries me with this one is the German side, isn't it. The prompt's only been looked at by the English lot. Might be lush in English, but a quarter of our users write in German, and if it starts going all "du" in an email to somebody's Geschäftsführer, that's them embarrassed in front of a client, not us.

So what's mine and what's the engineers'? They do the flag, the routing and the dashboards, fair play to them. I decide who gets it when, what numbers pull it, how long we sit at each bit and who says go on.

Who first: us lot in the office, and I'd make sure our German-speaking staff are in from day one, not tacked on after. Then the beta people who opted in, both languages, with German deliberately over-sampled so we actually see something. Then ordinary users. Big business accounts last, mind, they're the ones sending formal emails to clients all day.

Numbers get agreed before we start and written in the release doc, not made up on the day:
– thumbs-down on drafts more than 2 points over control, in either language, and German looked at on its own, not blended in with English
– the eval harness gets a German set that checks formal address, and if more than 1 % of sampled drafts slip into "du" where it should be "Sie", it's coming back
– errors up more than half a point, or p95 up more than 300 ms
– tokens per draft up more than 15 %, because a chattier prompt creeps

Steps are 1 %, 5 %, 25 %, 50 %, then everyone. At least a day on each, two on 25 % so the German numbers have enough in them to mean anything. Me and the eng lead both sign it off before it goes up a step.

Rolling back, anyone on call can do it, any hour, they don't need to ring me first. It's flipping the prompt version back in config, couple of minutes, job done. Tell me after and I'll put the kettle on.

Last thing now. If it all stays green, that tells us it's safe, not that warmer is better. Want to know if people actually prefer it? Proper A/B test after, randomised, like.`,
  },
  {
    id: 'aa003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `What I'm guarding against, before the how:

1. The cheaper model drops or invents something clinical (a dose, an allergy, which leg was lame) and a vet acts on the summary. Nobody rates it, so we never hear.
2. Our signal is too thin to read. At 5 % we'd see maybe a dozen summaries a minute, the harness grades one in two hundred and vets rarely rate. A week could pass with nothing to look at and we'd call that healthy.
3. The saving evaporates: longer outputs, retries, or a slow tail on long visit notes.
4. Reading "no complaints" as "it's better".

The plan. Engineering runs the routing at the gateway and the harness; I own the order, the stop lines, the holds and the go/no-go.

Fix the signal first. For canary traffic only, the harness grades one summary in ten instead of one in two hundred, and canary clinics get a one-tap "this is wrong" on the summary. Without that the canary is watching nothing.

Order: our in-house vets and the two clinics we do research with, then clinics that opted into the beta, then single-vet practices, and the multi-site groups last, since they write the most summaries and would take the most damage.

Stop lines, agreed in writing with the eng lead and our clinical advisor before any traffic moves: the harness flags an omitted or invented clinical fact in more than 1 % of graded summaries (the current model sits near 0.3 %); "this is wrong" taps or vet edits up more than 3 points on control; errors up half a point; p95 over 4 seconds; cost per summary above 60 % of today's, since saving money is the whole point.

Holds are gated on volume, not the clock: 1 % until 400 graded summaries, 5 % until 1,000, 25 % for a full week that includes a Monday rush, 50 % for three days, then 100 %. The eng lead, the clinical advisor and I each sign every advance.

Rollback: the on-call engineer, any hour, without asking anyone. It's a gateway route back to the current model and takes under five minutes. They page me afterwards.

And all green means safe enough, not that vets prefer it. If we want that claim, it's a randomised A/B test later.`,
  },
  {
    id: 'aa004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Release week, new basket recommendations. All times Berlin; Singapore lunch lands roughly 06:00–08:00 here.

Split: the ML platform team owns the flag, the routing and feature-store capacity. I own who gets it in what order, the stop lines, the holds and the go/no-go.

Friday before
15:00 stop lines signed by me and the eng lead, pinned in the release channel. Roll back if: fallback/error rate on recs +0.5 pt vs control; p95 recs latency +150 ms, or feature-store p95 read over 40 ms in either region; basket-add rate from the home screen −2 % vs control; "not for me" dismissals +20 %; compute per request more than 30 % over the old model. Offline replay on last week's baskets within 1 pt of the old model, or we don't start.
16:00 rollback drill: flag back to the old model, timed. Target under 3 min.

Monday
10:00 staff accounts on, Berlin and Singapore offices both, so both feature stores get read from the start.

Tuesday
06:00–08:00 staff through the Singapore lunch peak. Singapore on-call awake and allowed to roll back on their own.
11:00 review. Eng lead + me sign: 1 % of opted-in beta customers, EU and SEA in equal share.

Wednesday
06:00–08:00 Singapore lunch at 1 %.
11:00 go/no-go for 5 %.

Thursday
05:30 Berlin on-call up as well.
06:00–08:00 the one that counts: first SEA lunch peak at 5 %, with the feature stores under real extra load.
12:00 sign-off for 25 %. Big-basket subscribers still held back; they order weekly and a bad home screen costs us the most there.

Friday to Sunday
Hold at 25 % through three Singapore lunches and the weekend shop in both regions. No changes after Friday 15:00.

Following Monday
11:00 if every line held: 50 %, subscribers included.

Following Thursday
11:00 100 %.

Rollback, any hour: whoever is on call in Berlin or Singapore flips the flag back. It's a config change, about two minutes, and they don't wait for me or anyone else. The extra feature-store load goes with it.

What this week won't tell us: whether the new baskets sell better. The canary only says it's safe. A randomised A/B test the week after answers the other question.`,
  },
  {
    id: 'aa005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `storage move — canary notes

who owns what — platform team: the proxy, routing, dual writes, dashboards — me: the order, stop lines, holds, go/no-go
order — our own workspaces first (we live in the tool all day) — then beta teams who opted in — then small free teams — big paying workspaces last, most data and most to lose — pick early teams across time zones so somebody's monday morning always hits cold caches
stop lines — agreed before launch, signed by me and eng lead — errors up more than half a point vs old db — p99 page load up more than 250 ms — task save failures over 0.1 % — weekly active editing down 2 % vs control teams
ramp — 1 — 5 — 25 — 50 — 100 — each step held until it has seen a full weekday peak on cold caches, never under 48 h — gate is the metrics, not the calendar — 25 % held a whole week
sign-off — me + eng lead at every step, written in the release channel
rollback — on-call sre, any hour, nobody to ask — proxy points reads back at the old db, writes are mirrored so nothing is lost — under 5 min — rehearsed once before day one
decommission — old cluster stays until 100 % has run a clean week — end of month is not a reason to skip a hold, move the date instead
what it won't prove — canary says the new cluster is safe, not that users get a faster tool — if we want that claim, a/b test after`,
  },
  {
    id: 'aa006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Okay so canary plan for the new payment SDK, what I own here is the order people get it in, the numbers that stop it, how long we sit at each step and who says go, the payments engineers own the SDK config and the routing and the dashboards so that's their build not mine

First group is staff, everyone here orders dinner on the app anyway so that's real payments from people who'll actually tell us, then the beta customers who opted in, then regular customers in two of the smaller cities, the big cities and the corporate accounts go last because that's where a failed payment costs us the most, and every step has Android and iOS in it separately because the SDK is different on each and I want to see Android on its own not averaged away

Stop numbers we agree and write down before anything moves, payment failures more than 0.3 points above the old SDK on either platform and we look at five minute windows not the daily average because if it fails in bursts the daily number hides it, p99 on payment confirmation more than 400 milliseconds worse, completed orders down more than 2% against control

Steps are 1 5 25 50 100 and we hold each one at least 24 hours, nothing goes past 5% until it's been through a Friday dinner rush at 5% so realistically that's a week, 25% holds through another Friday, me and the payments lead both sign off each step in the release channel

Rollback is on call, whoever it is, 3 in the morning or Friday at 7, they don't ask me, it's flipping the flag back to the old SDK, takes about 2 minutes and we practise it once before day 1

Oh and the wallets, this tells us the SDK is safe, it doesn't tell us wallet payments get us more orders, that's an AB test afterwards with a proper random split`,
  },
  {
    id: 'aa007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `**Change:** fare calculation moves to the new pricing service. Rollout starts Tuesday evening.

**Who owns what:** the pricing engineers own the routing flag, the service and the dashboards. I own the exposure order, the stop lines, the hold at each stage and the go/no-go.

**Order:** employees' own rides first, then riders in the opted-in beta, then one mid-sized city, then the remaining cities. Airport runs and corporate accounts come last: they're the highest fares and the least forgiving of a wrong one.

**Stop lines (fixed and signed before Tuesday):**
- fare errors or fallbacks to the old price more than 0.3 pt above control
- p99 fare-quote time more than 200 ms worse
- trip requests after seeing a quote down more than 2 % vs control
- more than 0.5 % of quotes differing from the old service on the shadow comparison

**Ramp and holds:** 1 % from Tuesday 18:00, held through Tuesday night's batch window. 5 % held through a full weekend night peak, Friday 22:00 to Sunday 04:00. 25 % for three days including three batch windows. 50 % for two days. Then 100 %. Nothing advances on the clock alone; every line has to be clean for the whole hold.

**Sign-off:** me and the pricing eng lead at each step. From 25 % up, the billing lead signs too, because we share the batch window with billing.

**Rollback (the 2 a.m. question):** the on-call engineer for pricing may roll back alone, at any hour, without calling me or anyone. It's switching the fare route back to the old service, a config change that completes in under three minutes. We rehearse it Monday. The page goes to on-call first and to me second.

**What this won't tell us:** whether the new pricing earns more per trip. The canary says the service is safe. If we want to know it's better, that's a randomised A/B test afterwards.`,
  },
];
