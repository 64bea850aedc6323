import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-fourth fresh set, author c: strong answers (ad041–ad047), written blind and labelled by
 * hand. Scenario ids are in LABEL-NOTES-c.md.
 */
export const TWENTY_FOURTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade — engineer-turned-PM, talks in metrics
    id: 'ad041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Numbers first, because that's how I think. Before anything moves, two weeks of baseline on the current model: answer error rate (about 0.3 % today), p95 time to a full response (roughly 2.4 s), escalation-to-human rate, thumbs-down rate and cost per conversation. Finance has already asked about cost, so that one is a headline metric, not a footnote.

Split of work: engineering owns the model routing, the flag and the dashboards. I own who sees it in what order, the stop lines, and the call to advance.

Stop lines, agreed with the eng lead and written into the launch doc before the first request: error rate more than 0.5 pts above control; p95 more than 400 ms worse (a bigger model with a longer context will be slower, so I'm budgeting for some slowdown, not an unlimited amount); hallucination rate on the eval harness up more than 1 pt (we replay 300 real payslip and leave questions with known answers every day); thumbs-down up more than 2 pts; escalations to a human up more than 3 % relative; cost per conversation above €0.045, which is about double today's. Any one of those is a rollback, no debate.

Cohorts: our own HR and payroll staff first, asking about their own payslips, because they spot a wrong leave rule instantly. Then customers in the opt-in beta programme, then small accounts. Large enterprise tenants go last, and nobody gets it in their payroll-close week; a wrong answer about a payslip on pay day is the expensive failure.

Ramp is 1 → 5 → 25 → 50 → 100 %, at least 48 h per stage, and no advance until every metric has enough conversations behind it. At 1 % that's ~2k conversations, so it's a smoke test; thumbs-down and escalations only become readable at 25 %. Each advance needs me and the eng lead to sign in the release channel, and support ops has a veto.

Rollback: the on-call engineer flips the model flag back to the old model. Config change, under 2 min, no redeploy, any hour, and they don't page me first; they tell me after.

Last thing: +3 on offline evals plus a clean canary still doesn't prove the bigger model is better for users. The canary says it's safe to ship. If we want to claim resolution went up, that's a randomised A/B test afterwards, sized for the effect we care about.`,
  },
  {
    // prompt-locale-thumbs-down — Welsh English register
    id: 'ad042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Right, so the way I'd go about it. The prompt is mine to own, see – the wording, who gets it first, and what counts as bad enough to pull it. The engineers have the flag and the plumbing, and I'm not going to be telling them how to do that.

First thing, before one user sees it, we write the stop lines down and everybody agrees them. Thumbs-down more than 2 points over the old prompt, and measured separate for English and German – that's the important bit, isn't it, because a quarter of the users write in German and if you lump them in with the English the problem just disappears in the average. Errors more than 0.5 % over control, p95 more than 300 ms slower. We run the eval harness over a set of German emails every day as well, checking whether it's dropped the Sie and gone all du with somebody's boss – more than 1 % of those coming back informal and that's it, back it comes. Tokens per draft too, because a chattier prompt will be longer; more than 15 % up on cost and we stop.

Who goes first? Our own staff, and I'd make sure the German-speaking lot in the office are in there proper, not only the English team who wrote the thing. Then the beta users who've asked for new features early, English and German both. Then everybody else, with the big business accounts in Germany last, mind, because they're the ones who'll be most upset to have their assistant sounding too familiar with a client.

Steps of 1, 5, 25, 50 and 100 percent, and we sit at each one for two days at least, longer at 25 so there's enough German thumbs to read anything. Nobody moves it up a step without me and the engineering lead both saying yes in the channel.

If any of the lines is crossed, the on-call engineer switches it back to the old prompt – it's a config flag, done in a couple of minutes, day or night, and they don't have to ring me first. Tidy.

And mind, even if it all comes through lovely, that only tells us it's safe. Whether people actually like the warmer tone better is a job for an A/B test after, randomised, not something you read off the canary.`,
  },
  {
    // quiet-feedback-trap — voice-memo transcript
    id: 'ad043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `ok so um recording this before I forget so the summariser thing the cheaper model um the way I'd run it is basically I own the decisions and the platform folks own the mechanics like they own the flag and the routing and I own who goes first what the stop lines are and when we move up so first the stop lines and those get written down before anything ships in the doc with numbers so errors up more than half a percent versus the old model p95 latency it should go down it's a faster model but if p95 is more than 300 milliseconds worse that's a stop and then the quality stuff which is the whole point here because it's a cheaper model right so hallucination rate from the eval harness and uh the thing is the harness only grades one summary in two hundred which at five percent of a few hundred a minute is like nothing so I'd ask eng to turn the sampling way up on the canary traffic like one in ten just for the canary cohort during the rollout and if hallucinations like made-up meds or wrong doses go more than one point over the old model we roll back and same if the vets' thumbs-down goes more than two points over and cost per summary we expect that to drop so that's a sanity check but if it goes up we stop um ok order so our own vet advisors and the staff who use it first then the clinics in the early access group who said they'd give feedback then the rest of the small clinics and the brand new sign-ups last because if you get a bad summary in your first week you just cancel right um ramp is one five twenty-five fifty hundred and the holds are long because the traffic is small like at least three days at five and a full week at twenty-five because that's where the ratings actually add up to something you can read and nothing moves up until me and the eng lead both sign off in the release channel and our clinical lead gets a say too um rollback the on-call can flip the flag back to the old model any time of day or night without asking me it takes a minute or two it's config not a redeploy and they just tell me after and uh oh yeah last thing this doesn't prove the new model's better it proves it isn't hurting anyone if we want to say it's as good or better we run a proper randomised A/B afterwards okay that's it`,
  },
  {
    // lunch-peak-recommendations — one-page PRD excerpt
    id: 'ad044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `5. Rollout plan — Basket recommendations v2

5.1 Ownership
Product (me) owns the exposure order, the stop criteria, the stage gates and the go/no-go at each stage. Engineering owns the flag, routing, feature-store capacity and the on-call rota. Data science owns the eval harness.

5.2 Stop criteria (agreed before launch; not renegotiated mid-rollout)
Measured per region (EU, SEA) against the control cohort on the current model:
- Recommendation errors and timeouts: more than +0.5 pp → roll back
- p95 latency of the home-screen basket call: more than +150 ms → roll back
- p99 feature-store read latency in either region: above 80 ms → roll back
- Add-to-cart rate from recommended baskets: more than 2 % relative drop → roll back
- Recall@10 on the daily replay of 5k sessions in the eval harness: down more than 1.5 pts → halt
- "Not interested" taps on baskets: up more than 10 % relative → halt
- Compute cost per 1k requests: up more than 30 % → halt and review with Finance

5.3 Exposure order
1. Staff accounts in Berlin and the Singapore ops team
2. Opted-in beta customers, both regions
3. General customers in Europe
4. General customers in South-East Asia
5. High-order-value subscribers, last in both regions
Why: SEA comes after EU because its lunch peak lands in the Berlin early morning, and the feature stores were sized for the old model; we want the ramp proven before it meets that load. High-value subscribers last because a bad home screen costs us most there.

5.4 Stages and holds
1 % → 5 % → 25 % → 50 % → 100 %. Every stage holds at least 24 hours so it includes one Singapore lunch peak (roughly 05:00–07:00 Berlin) and one European evening; 25 % holds 48 hours so add-to-cart has enough volume. Gates are metric-based: advance only if no criterion was breached and each metric reached its minimum sample.

5.5 Sign-off
Each advance is signed off by the PM and the engineering lead in #basket-rollout. From stage 4 the Singapore ops lead signs as well.

5.6 Rollback
Any on-call engineer, in either time zone, may roll back without asking anyone: a flag change that sends all traffic to the current model, effective in under 3 minutes. The Singapore on-call covers the Berlin early morning. The PM is told afterwards, not asked beforehand.

5.7 Not in scope
This rollout tells us v2 is safe to run. It does not tell us v2 sells more baskets; that question belongs to the randomised A/B test in section 6.`,
  },
  {
    // payment-sdk-android-bursts — plain-text table
    id: 'ad045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Plan for the new payment SDK. I own the order, the stop lines and the go/no-go at each stage; payments engineering owns the build, the flag and the on-call.

Stop lines, fixed now and the same at every stage. Compared with orders still on the old SDK, per platform, in 5-minute windows so a burst can't hide in an hourly average:
- payment failure rate more than 0.5 pp above control
- p99 payment confirmation time more than 300 ms slower
- completed orders per checkout session more than 2 % down

stage | who                                                  | how long                                | stop if
1 %   | staff ordering on their own accounts, both apps      | 2 days                                  | any stop line
5 %   | opted-in beta testers, Android and iOS               | 3 days, incl. a weekday dinner peak     | any stop line, or >5 failed payments in one minute on one platform
25 %  | regular customers, smaller cities first              | 4 days incl. a weekend                  | any stop line
50 %  | everyone except business accounts and top customers  | 3 days                                  | any stop line
100 % | everyone; business accounts and top customers last   | watch for a week                        | any stop line

Why that order: staff forgive a failed lunch payment and can tell us exactly what happened; beta testers signed up for it; business accounts and our most frequent customers come last because a failed payment at dinner is how we lose them.

Moving up a stage: me and the payments eng lead, written sign-off in the release channel. No stage advances into a Friday dinner; we hold through it.

Rollback: the on-call payments engineer, any hour, no approval needed. Both SDKs are in the current app build, so it's a remote flag flip back to the old one, under 5 minutes, no app release. They tell me after.

Wallet payments looking good in the canary doesn't mean they increase orders. The canary only tells us the SDK is safe; if we want the wallet lift, that's a randomised A/B test on the wallet option afterwards.`,
  },
  {
    // storage-migration-under-load — keeps asking itself rhetorical questions
    id: 'ad046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `What am I actually on the hook for here? Not the proxy or the cluster; platform engineering moves the traffic and runs the migration. What I own is who gets exposed, when we stop, and when we go further.

So what comes first? Writing the stop lines down, before a single task read goes to the new cluster. Which ones? Page-load errors more than 0.5 % above the workspaces still on the old database; p99 task-read latency more than 200 ms worse than that control group; and daily active editing sessions more than 2 % below baseline, because a slow tool is a tool people stop opening. Why fix them now? Because once you're staring at a graph at 40 % you'll talk yourself into anything.

Who goes first? Our own workspaces; we live in the tool all day and we'd rather break ourselves. Then teams in the early-access programme, then small free-tier teams. Big paying organisations last, because they have the most tasks per page and the most to lose if it falls over. Isn't that also where the real load is? Yes, which is exactly why we don't start there.

How do we ramp? 1 %, 5 %, 25 %, 50 %, 100 %, and each step holds until it has been through a Monday-morning peak with cold caches. The load test only ever saw warm caches, so the caches are the thing we don't trust. In practice that's a week for the bigger steps. Who says we move on? Me and the platform lead, both, in writing, at every gate. No silent auto-advance.

And if it breaks at 3 a.m.? The on-call engineer points the proxy back at the old database without asking anybody, and it's done in a couple of minutes. Writes go to both stores during the rollout, so flipping back loses nothing. Which also means the old cluster is not decommissioned at the end of the month unless we're at 100 % and stable by then. Is that negotiable? No: the decommission date moves, the safety net doesn't.

Does a clean canary tell us the managed cluster is better? No. It tells us it's safe. If we want to claim faster pages for users, that's a randomised A/B comparison afterwards.`,
  },
  {
    // night-breach-rollback-authority — analogy from clinical trials, mapped back
    id: 'ad047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Think about how a new drug is tested. The first phase isn't about whether it works; it's about whether it hurts anyone, on a small group of volunteers who know what they signed up for. The stopping rules are in the protocol before the first patient is dosed, and a safety board, not the sponsor who wants the drug approved, can halt the trial at any point. Whether the drug beats the old one is a later, randomised trial.

That's the pricing service. The canary is our first phase: its job is to show the new fare calculation doesn't harm riders or drivers, not to prove it earns more. If we want to know it's better, we run a randomised A/B test afterwards.

The protocol, written and agreed before Tuesday evening: roll back if fare-quote errors rise more than 0.5 % over riders still on the old service, if p99 quote latency is more than 200 ms worse, if booked trips per quote fall more than 2 % against that control, or if more than 0.1 % of trips show a fare more than 5 % away from what the old calculation gives.

The volunteers: our own staff riding on their own accounts first, then riders who opted into the beta, then one mid-sized city, then everyone else. Corporate accounts and airport trips go last, since a wrong fare there turns into an invoice dispute.

The dose steps: 1 %, 5 %, 25 %, 50 %, 100 %, each held at least 48 hours. Every step has to span a night that includes the batch window shared with billing, and the 25 % step has to span a weekend night peak. Nobody advances on the calendar alone; I sign off each step together with the pricing engineering lead.

The safety board: at 2 a.m. that's the on-call engineer. They may roll back on any breached line without waking me or anyone else. It's a routing switch back to the old pricing service that takes about two minutes, and they write it up in the morning.

My part as PM is the protocol: who, what stops us, when we advance. Engineering owns the routing, the switch and the service itself.`,
  },
];
