import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-first fresh set, author b: strong answers (aa021–aa027), written blind and labelled by
 * hand before anything was graded. Four on model or prompt scenarios, three on service scenarios.
 */
export const TWENTY_FIRST_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade — speaker's notes for a talk
    id: 'aa021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `title slide - "it scored better offline" is not a release plan. worked example: the payroll support assistant moving to the bigger model, prompt unchanged
the split - engineering owns the gateway and the traffic weights. i own who goes first, the numbers that stop it, how long we sit at each step, and who says go
the order - support agents first (they use the assistant all day and spot a wrong payslip answer on sight), then the preview programme, then workspace admins (power users, they file good bugs), then members. trial accounts and enterprise last: a trial that gets a wrong leave balance never converts, an enterprise admin goes straight to their account manager
the numbers, written down before day one - error rate no more than 0.5 pt above the old model. p95 response time no more than 1.5 s worse (bigger model, longer context, it will be slower, so we decide up front how much slower we accept). hallucination rate from the eval harness, run on a sample of live answers, no more than 1 pt above control. thumbs-down rate no more than 2 pt above. handoffs to a human agent no more than 5 % up on the baseline cohort. cost per conversation capped at 4 cents - finance gets that number from us before launch, not after
say out loud - any one of these trips = rollback. nobody renegotiates a number in front of a dashboard at 4 pm
the ramp - 1 % for a day, 5 % for two days, 25 % for three days, then 50 %, then 100 %. metric gates, not the clock: we move only when every guard has held for the whole stage and the harness has graded at least 500 live answers at that stage
why 25 % is long - handoff rate and cost per conversation need volume, and long payroll questions are rare. those are exactly what the offline eval never covered
gates - each advance signed by me and the ml eng lead. the support ops lead co-signs the step to members, because her agents absorb the handoffs
rollback - whoever is on call flips the route back to the old model at the gateway, day or night, no call to me first, done in under five minutes. we rehearse it once at 1 %
last slide - a clean canary means safe to ship, not better. the three-point eval win gets proven in a randomised a/b test on members afterwards, resolution rate as the measure`,
  },
  {
    // prompt-locale-thumbs-down — a voicemail left for a colleague, transcribed
    id: 'aa022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Hey Katrin, it's Sam. Sorry, I know you're heads down, I'm about to board so I'm just going to talk this through and you can shout at me tomorrow. It's about the warmer prompt for the writing assistant. So. Same split as always: I own the plan, the order, the numbers, when we move; you and your team own the prompt config and the routing. Order: staff first, and I mean including the Munich and Vienna people, because the whole risk is German. The prompt was only reviewed in English, and in German going casual means it starts saying du to somebody's tax adviser. Then the early-access writers, then English users, then German users on their own slice, and business teams go last, they're the ones who'd actually forward a du email to a client. Numbers, and I want these in the doc before we route a single prompt, not argued about later: thumbs-down rate no more than one and a half points above control, and we read it per language, not blended, because a quarter of users can hide inside an average. The eval harness gets a formality check, share of German drafts that say du where the thread used Sie, and anything over two percent, we stop. Plus the usual ones: errors up more than half a percent, p95 up more than three hundred milliseconds, tokens per draft up more than ten percent, because warmer usually means wordier. And drafts actually inserted into the email down more than two percent against the baseline cohort. Ramp is one percent, five, twenty-five, fifty, then everyone, and we hold two full working days at five and at twenty-five, because German feedback only comes in during office hours. Every step needs my sign-off and yours, and for the German step Lena from localisation signs as well. Rollback: whoever's on call just flips the prompt version back in config, takes a minute, they don't ring me or you first, any hour. Oh, and if marketing asks, a clean canary means it's safe, not that warmer is better. If we want to say that, we run a proper A/B test afterwards. Okay. That's boarding. Bye.`,
  },
  {
    // quiet-feedback-trap — a skeptic who raises objections and answers them with the plan
    id: 'aa023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `You'll say a summariser for vet clinics doesn't need ceremony: it's cheaper and faster, ship it. Here's my plan, objection by objection.

"Isn't the rollout engineering's job?" The routing is. Engineering sets the gateway weights and builds the switch. I own who sees the cheaper model first, which numbers stop it, how long we wait at each step and who is allowed to say go.

"Why not a random 5 %?" Because a random slice spreads the risk across the clinics we can least afford to upset. Our own staff go first, then the pilot clinics, who signed up to try things and actually tell us when something is off. Then ordinary clinics. Hospital groups last: the most vets reading these notes, and the contracts that would walk.

"You won't get enough signal anyway." Right, that's the trap here. So on canary traffic the eval harness grades one summary in ten instead of one in two hundred, and each stage holds until the harness has graded 600 canary summaries, however long that takes. Off-peak that may be two days at 5 %. So be it.

"What counts as bad?" Agreed in writing before any traffic moves: harness hallucination rate (a drug, dose or finding that isn't in the visit notes) more than 0.5 points above the old model; vets editing a summary before saving it, more than 5 points above control; the rare thumbs-down more than doubling; errors up 0.5 %; p95 latency more than 10 % worse, since faster is the whole point; tokens per summary above the forecast the cost case was built on; summaries saved to the record down more than 2 % against the baseline clinics. Any one trips, we roll back.

"Who decides at 3 a.m.?" Nobody has to. The on-call engineer may send everything back to the old model on their own: a gateway switch, finished in under five minutes. Going up is different: each advance, 5, 25, 50, 100 %, needs sign-off from me and our staff vet.

"So if it passes, the cheap model is as good?" No. It's safe enough to keep. Whether vets find the summaries as useful is a randomised A/B test between clinics, afterwards.`,
  },
  {
    // lunch-peak-recommendations — a Singaporean English register
    id: 'aa024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Okay, for this one the thing I worry about is not the model itself lah, it's the feature stores. New model reads more features per request, the stores were sized for the old one, and the team all sits in Berlin. Singapore lunch is like 5, 6 a.m. Berlin time. If the store cannot take it, nobody in Berlin is awake to see.

So first, what is mine and what is engineering's. Engineering handles the flag, the routing and the feature stores. I decide who gets it first, what numbers make us pull back, how long we wait at each step, and who must say okay before we go up.

Order: staff first, then the preview programme. After that I put Singapore and KL in early, small slice only, on purpose. That's where the risk is, so I want to see one real lunch peak at low exposure, not discover it at 50 %. Germany and Austria go alongside, also small. Plus subscribers last, they are paying us, cannot be the ones who see empty baskets.

Thresholds we write down and agree before we start, no changing halfway: home screen p95 not more than 150 ms worse than control, per region ah, not blended; fallback-to-default-basket rate not above 1 %; errors not more than 0.5 % above; add-to-basket rate not more than 2 % down versus baseline; compute cost per request not more than 15 % up. For model quality, the eval harness checks a sample of live recommendations for out-of-stock or irrelevant items, and we watch the "not interested" taps, not more than 1 point above control. Any one breaches, we roll back, no discussion.

Ramp is 1, 5, 25, 50, 100. Each stage must hold at least 24 hours, must include one Singapore lunch peak and one Berlin evening peak, and all the numbers green, then can move. Every step up, I sign off together with the eng lead; for the Asia stages our ops lead in Singapore also must agree.

Rollback: the on-call engineer, Singapore or Berlin, whichever one is awake, can flip the flag back to the old model on their own, no need to call me. Takes under five minutes, we test it once before 1 %.

And one more thing. If the canary is clean, it only tells us safe to ship. Whether the new baskets really sell more, that one must be a proper randomised A/B test after. Cannot read it from the canary.`,
  },
  {
    // storage-migration-under-load — a Gantt-like timeline in text
    id: 'aa025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Task storage → managed cluster: canary plan
Plan owner: me (PM) — order, stop numbers, holds, go/no-go. Platform owns the proxy, the weights, dual-write and the cutover.

Day 0 Mon 14:00 → stop numbers agreed and written into the release doc (me + platform lead):
   task-read errors > 0.5 % above old cluster → roll back
   p99 page load > 200 ms above old cluster → roll back
   tasks created per active user > 2 % below baseline workspaces → roll back
   proxy connection pool > 80 % for 10 min → roll back
Day 0 Mon 16:00 → rollback drill in staging: on-call flips the proxy back to the old cluster, target < 3 min. Dual-write stays on the whole way, so a rollback never means restoring data.
Day 1 Tue 08:00 → Employees (~3 %). Proxy restarted just before, caches cold on purpose: that's what the load test never saw.
Day 1 Tue 08:00 → Day 2 Wed 08:00 ▓▓▓▓ hold 24 h, through the EU and US morning peaks
Day 2 Wed 09:00 → gate, me + platform lead sign → + Beta programme (~8 %)
Day 2 → Day 3 ▓▓▓▓ hold 24 h
Day 3 Thu 09:00 → gate, sign → + Free workspaces (~38 %). Low stakes if it wobbles, and the first real load.
Day 3 → Day 5 ▓▓▓▓▓▓▓▓ hold 48 h: warm-cache trouble only shows at volume
Day 5–6 Sat/Sun → no advances at the weekend, hold continues
Day 7 Mon 09:00 → gate, sign → + half of Paid teams (~61 %)
Day 7 → Day 9 ▓▓▓▓▓▓▓▓ hold 48 h
Day 9 Wed 09:00 → gate, sign → + rest of Paid teams (~85 %)
Day 9 → Day 10 ▓▓▓▓ hold 24 h
Day 10 Thu 09:00 → gate, sign → Enterprise tenants (100 %). Last, because one slow tenant is a contract conversation.
Any hour, any day → on-call SRE may flip the proxy back to the old cluster without asking anyone, < 5 min, tells me afterwards.
Day 17 Mon → old cluster decommissioned, not before. If the month-end date gets tight we extend the old cluster; we don't shorten holds.
After → a clean run means the cluster is safe. It does not show pages got faster for users; if we want that claim, it's a randomised A/B comparison, not these numbers.`,
  },
  {
    // payment-sdk-android-bursts — future tense throughout
    id: 'aa026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `We will treat this as a payments change first and a feature second. The payments team will own the SDK integration, the routing flag and the switch; I will own the order of exposure, the stop numbers, the holds and the go/no-go at each step.

We will start with employees, then beta testers. After that we will open the Android and iPhone apps as separate slices, so that a fault on one platform will not be averaged away by the other, and the web shop will follow. Loyalty members will come last, because they will be ordering most often and a failed Friday payment will cost us their trust, not just one order.

Before any traffic moves, we will write down the thresholds and the payments lead and I will sign them: payment failures more than 0.3 points above the old SDK, measured per platform in five-minute windows, since this failure will come in bursts that an hourly average would hide; p99 authorisation time more than 300 ms worse; completed orders more than 2 % below the baseline cohort. If any one of them trips, we will roll back.

We will ramp 1 %, 5 %, 25 %, 50 % and 100 % of each app. Each stage will hold for at least 24 hours and will have to include one dinner peak; we will never advance on a Friday, and the 25 % stage will run through a full Friday dinner before we go further. The payments lead and I will sign every advance in the release channel.

The on-call payments engineer will be able to roll back at any hour without asking me: flipping the flag back to the old SDK path will take under three minutes, and we will rehearse it on the Tuesday before we start.

Finally, we will not read the wallet numbers off the canary. The canary will tell us the new SDK is safe; whether wallet payments lift conversion will be answered by a randomised A/B test once everyone is on the new SDK.`,
  },
  {
    // night-breach-rollback-authority — numbered decisions, each with its reason
    id: 'aa027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `1. I own the decisions; the pricing platform team owns the machinery. Reason: they build the routing and the switch, but which riders see new fares, what stops the rollout and when we move up are product calls with revenue and trust behind them.
2. Employees first, then beta riders, then ordinary riders, business accounts last. Reason: staff and beta riders forgive an odd fare and tell us about it; business accounts are invoiced monthly, so a wrong fare turns into a finance dispute weeks later.
3. Stop numbers are signed before Tuesday evening: quote errors more than 0.5 % above the old service; p99 quote time more than 200 ms worse; more than 1 % of trips where the new fare differs from the old service's shadow calculation by over 5 %; bookings after a quote more than 2 % below the control riders. Reason: numbers chosen at 2 a.m. are whatever lets everyone go back to bed.
4. Stages of 1, 5, 25, 50 and 100 %, each held at least 24 hours and through one nightly batch window, every guard green before the next step. Reason: the service shares that window with billing, and trips peak on weekend nights, so a stage that hasn't seen a night hasn't been tested.
5. Each advance is signed by me and the pricing engineering lead, in daytime only, never during the batch window. Reason: a named go means somebody actually looked, and nothing moves up while the people who can judge it are asleep.
6. The on-call SRE and the pricing on-call may each roll back alone, at any hour, without calling me: the gateway sends fare requests back to the old service in under five minutes, practised on Tuesday afternoon, and the old service stays warm until 100 % has held for a week. Reason: this is exactly the 2 a.m. breach; if a rollback waits for a manager to wake up, it isn't a rollback plan.
7. The canary tells us the new service is safe, and nothing more. Reason: beta riders aren't a random sample. Whether new pricing earns more or keeps more riders is a randomised A/B test afterwards.`,
  },
];
