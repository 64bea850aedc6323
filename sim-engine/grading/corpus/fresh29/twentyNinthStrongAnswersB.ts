import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-ninth fresh set, author b: strong answers (ai021–ai027), written blind and labelled by
 * hand before any grading. Four on model or prompt scenarios, three on service scenarios; each in
 * a different voice. Scenario ids are in the comment above each entry and in LABEL-NOTES-b.md.
 */
export const TWENTY_NINTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade — a senior engineer's blunt review of the PM's plan, ending in approval
  {
    id: 'ai021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Went through your canary plan for the bigger support model. Blunt version, since you asked for it.

Ownership: fine. You own the calls (who sees it when, what counts as bad, when we move up) and my team owns the gateway routing and the dashboards. Keep it that way; don't start editing routing rules yourself.

Order: our own HR people on the internal tenant first, then the eleven beta customers who signed up for early features, then small-business tenants, and the big payroll accounts at the very end. Correct. Those accounts run payroll on the 25th and one confidently wrong answer about a payslip turns into a ticket to their CFO. Don't let sales talk you into moving them up.

Numbers: you wrote them down before anything ships, which is the main reason this isn't coming back to you. Errors more than 0.5% over control. p95 response time more than 400 ms over control. I'd have gone tighter, but the model is bigger and the context is longer, so I'll live with it. Hallucination rate above 2% on the eval harness, re-run every night on sampled canary conversations against the payslip and leave question set. Thumbs-down rate up more than 1.5 points. Cost per conversation more than 30% above today's, which is also your answer for Finance, so send it to them.

Ramp: 1, 5, 25, 50, 100. Minimum 24 hours at each, and you don't move until the harness run and the thumbs-down rate have been flat for the last 12 of them. The 25% step has to straddle a payroll day. Good.

Sign-off: you and Dana, written in the release channel, at every step. Not "no objections by lunch". Fine.

Rollback: whoever is on call flips the gateway back to the old model, any hour, no call to you first. The dry run took about two minutes. Keep the dry run on the checklist.

One thing I'd cut: the line calling the 25% step "our test". It isn't. The canary tells us the bigger model doesn't break anything. Whether those three eval points turn into fewer escalations to human agents is a question for a proper randomised A/B test with a real control group, after the canary has said it's safe.

Approved. Ship it Tuesday.`,
  },
  // prompt-locale-thumbs-down — every stage called a gate
  {
    id: 'ai022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `I'd run this one gate by gate, and the gates are mine: what gets exposed at each one, what has to hold before the next one opens, and when everything closes. The assistant team owns the prompt versioning and the traffic split, and I don't touch either.

Gate 0, before a single email is drafted with the new prompt: the rollback limits are in the release doc and agreed with the eng lead. Thumbs-down rate up more than 1.5 points over control, measured separately for English and German. Formal-address slips in German, where the eval harness flags "du" in a draft that should say "Sie", above 1% of sampled drafts. Hallucination rate from the same harness (invented meeting times, names, attachments) over 0.8%. p95 draft latency more than 300 ms worse. Tokens per draft up more than 15%, because warmer usually means longer. Errors more than 0.5% over control.

Gate 1: our own staff, and I'd make sure the Munich and Vienna offices are in it, because the people who reviewed this prompt only read English. Two days.

Gate 2: beta users who opted in, in both languages, about 2% of traffic. Three days, so we see a proper run of German weekday business mail, which is where this breaks.

Gate 3: 10%, general English users plus German users on personal accounts. German business tenants stay out until this gate passes. Two days.

Gate 4: 50%, German business tenants included. Two days.

Gate 5: everyone.

A gate opens only with my sign-off and the assistant eng lead's, and for gates 2 to 4 our German language reviewer reads fifty sampled drafts and signs as well. Opening a gate is a decision, not a timer running out.

Closing is different. The on-call engineer closes all of them at once by switching the prompt version back, the moment any limit trips, at any hour, without asking me. It's a config change and it takes under two minutes.

The last gate isn't in this plan. Getting through all five tells us the warmer prompt is safe. It doesn't tell us people prefer it. For that we run a randomised A/B test afterwards, per language, on reply rate and how much people edit a draft before sending.`,
  },
  // quiet-feedback-trap — Filipino English register
  {
    id: 'ai023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Okay so for this one, as PM I will be the one to decide who gets the cheaper model first, what numbers will make us roll back, how long we stay per stage and when we move to the next. The ML team will handle the routing and the deployment itself, that is their part already.

The problem here talaga is the feedback is very few. Only some vets rate, and the eval harness grades only 1 in 200. So at 5% we will see nothing for days. I will request the ML team to raise the harness sampling for canary summaries to 1 in 10 during the rollout, so that we have enough graded summaries to decide.

For the cohort, first is our own vet advisors and the two partner clinics we use for testing. Next is the clinics in the early access program, since they agreed to give ratings. Then the small single-vet clinics, and last are the bigger multi-branch hospitals and the clinics who just signed up this month, because one summary with a wrong dosage hurts them more and they are still deciding if they trust us.

Thresholds, we will write these down before we start and everyone will agree on it. Hallucination rate on the harness (wrong drug, wrong dose, findings not in the notes) more than 1% of graded summaries, versus around 0.4% now, we roll back. Vet corrections or thumbs-down up by more than 2 points, same. The p95 latency should be better, but if it is worse by more than 300 ms we roll back also. Cost per summary is the whole reason for this, so if it is not at least 30% lower we stop and review. Error rate more than 0.5% above control.

Stages are 5%, 20%, 50%, 100%. We will not move just because the days passed. We stay until there are at least 300 graded canary summaries and all the numbers are inside the limits, maybe three days for 5%. Every stage, me and the ML lead will sign off, and for the first one also our vet advisor Dr. Santos since she knows a wrong summary when she sees one.

For rollback, the on-call ML engineer can do it anytime, even 2am, no need to message me first or wait for me. It is only a switch in the model routing back to the old model, less than 5 minutes.

Take note also, the canary will only tell us the cheaper model is safe. It will not prove the summaries are as good or better. If we want to say that, we need a proper A/B test with clinics randomly assigned, after the canary.`,
  },
  // lunch-peak-recommendations — numbers first in a compact block, explained after
  {
    id: 'ai024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Numbers first, then why.

Roll back if, vs control, in either region:
  errors                     +0.5 %
  p95 home-screen latency    +150 ms
  feature-store read p99     > 60 ms
  eval-harness relevance     -3 % vs old model
  "not interested" taps      +1.5 pts
  baskets added to cart      -2 % vs baseline cohort
  compute per request        +25 %
Ramp: 1 % > 5 % > 25 % > 50 % > 100 %
Hold: 24 h minimum per step, and it must include one Singapore lunch peak (early morning in Berlin)
Sign-off: me + ML lead; from 25 % on, the APAC on-call lead too
Rollback: on-call in either region, any hour, config flag, under 5 min

Why. I own these numbers and the order below; the ML platform team owns model serving, the routing and the feature stores. All of it is agreed and written down before the first request reaches the new model, so nobody argues about a threshold at 6 a.m. with a graph open.

The feature-store line is the one I care about most. The new model reads more features per request and the stores were sized for the old one. Berlin's working day never sees Singapore's lunch, so a hold that ends before it tells us nothing about Asia. That's also why the APAC lead signs from 25 % on, and why the Singapore on-call can roll back without waking anyone in Berlin.

Quality: errors and latency won't show a recommender going bad. The harness scores a sample of live recommendations against what people actually bought, and the "not interested" rate is the cheapest user signal we have. Compute per request is there because more features cost more, and a quiet 40 % increase is a regression too.

Order: staff in both offices, then beta-program shoppers in both regions, then regular customers in both regions at the same share, never one region alone or we miss the peak that matters. New customers and our biggest weekly subscribers come last; an odd home screen in week one is how we lose them.

And passing the canary means the model is safe to serve. It doesn't mean it sells more baskets. That's a randomised A/B test after the canary, with a held-back control group.`,
  },
  // payment-sdk-android-bursts — a message to the customer-support lead
  {
    id: 'ai025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Hi Joanna, heads-up on the payment SDK change, since your team will feel it before anyone else does.

What's happening: the apps move to our payment provider's new SDK, which also adds wallet payments. Payments engineering does the actual rollout. I'm the one deciding who gets it, when we move up, and what makes us pull it back, so questions about the plan come to me.

Who sees it, in this order:
1. Our own staff ordering through the app, from Tuesday.
2. Customers in the beta program, who already get app updates early.
3. A small share of regular customers, Android and iOS both.
4. Everyone else, with people placing their first order last. A failed first payment is the one that loses a customer for good.

The steps are 1%, 5%, 25%, 50%, then 100%. Each one stays put for at least two days and has to include a dinner peak at that size. Nothing moves up on a Friday. Before each step, the payments lead and I both sign off in writing.

What makes us roll back, agreed now, before any customer sees it:
- payment failures more than 0.5% above the old SDK
- Android failures above 3% in any five-minute window (certification didn't test bursts, and bursts are what I'm worried about)
- payment confirmation more than 300 ms slower at p99
- completed orders down more than 2% compared with customers still on the old SDK

If one of those trips, the on-call payments engineer switches everyone back to the old SDK with a remote config switch. No app update needed, it takes effect within about five minutes, and they don't need my permission or anyone else's, day or night.

What your team might see: Android customers saying a payment "went through twice" or "got stuck". Please tag those #sdk-canary and ping the on-call channel straight away if you get more than a handful in an hour. You'll often see it before our dashboards do.

Last thing: marketing may tell you wallets "increase orders". This rollout can't show that. It only tells us the new SDK doesn't break payments. Whether wallets help is a separate randomised A/B test afterwards.

Thanks, shout if anything's unclear.
Sam`,
  },
  // storage-migration-under-load — terse, semicolons
  {
    id: 'ai026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `My job: exposure order, rollback limits, hold lengths, who approves each step; platform owns the proxy, the cluster and the cutover tooling. Order: our own workspaces first; then beta teams who opted in; then small free-tier teams; large paid workspaces last, since a slow board costs them most. Limits, signed before any read goes to the new cluster: 5xx more than 0.5 % over the old path; p99 task-load latency more than 200 ms worse; proxy connection pool above 80 %; task views per session down 2 % against baseline. Ramp 1, 5, 25, 50, 100 %; at least 24 h per step, every step through a Monday-morning peak; caches flushed at 5 % so we see cold reads, which the load test never did; advance only when every limit has been green for the last 12 h. Platform lead and I sign each step in the release ticket; no signatures, no step. Rollback: on-call SRE, any hour, no approval; proxy routing flips back to the old cluster in under five minutes; writes go to both clusters until 100 % has held for a week, so the decommission date moves if it has to. The canary says the new store is safe; it doesn't say it's faster for users; if someone wants that claim, a randomised A/B test, later.`,
  },
  // night-breach-rollback-authority — rollback first, and why
  {
    id: 'ai027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I'd start with rollback, because here it's the part most likely to fail. Rides never stop, weekend nights are the peak, and the new pricing service shares a nightly batch window with billing. If it misbehaves, the odds are it happens at 2 a.m. on a Saturday, when the people who normally make decisions are asleep. A plan where rollback needs my approval is a plan that waits until 8 a.m.

So the on-call SRE and the on-call pricing engineer may each roll back on their own, at any hour, without paging me or the eng lead first. Rolling back means pointing fare calculation back at the old service in the routing config, not a deploy. We rehearse it on Tuesday afternoon before any rider is priced by the new service, and it has to finish in under three minutes. They tell us afterwards, not before.

What they act on is written down before launch, so nobody is deciding at 2 a.m. whether something is bad enough: fare calculation errors more than 0.5% above the old service; p99 quote latency more than 200 ms worse; quoted and charged fares differing on more than 0.3% of trips; trips booked after a quote down more than 2% against the baseline. Any one of them for ten minutes is a rollback.

The rest of the plan. I own the order, the limits, the holds and the go or no-go at each stage; the pricing team builds and runs the routing. Order: employees' own rides first, then riders in our early-access program, then one mid-sized city, then the other cities, with corporate accounts and brand-new riders last, because a wrong first fare loses them. Ramp 1%, 5%, 25%, 50%, 100%. Each stage holds until it has covered a full weekend night and two nightly batch windows with every metric inside its limit. Moving up takes a sign-off from me and the pricing lead, on weekdays in working hours only. We never advance at night, even though anyone on call can go back at night.

And all this tells us the new service is safe to run. It doesn't show it's an improvement for riders or for us; if anyone wants that claim, it's a randomised A/B test after the rollout.`,
  },
];
