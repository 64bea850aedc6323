import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirtieth fresh set, author a: strong answers (aj001–aj007), written blind and labelled by hand.
 * aj001–aj004 are on model or prompt scenarios, aj005–aj007 on service scenarios.
 */
export const THIRTIETH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade — a phone call to the colleague who runs the release tomorrow
    id: 'aj001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Hi Priya, it's Sam. Got five minutes? Great. So you're running the model switch for the support assistant tomorrow while I'm at the offsite, and I'd like to talk you through it so you're not guessing.

First thing: the calls about who sees it, how fast we go and when we stop are mine, and tomorrow they're yours on my behalf. Marek's team owns the routing and the flag itself. So don't let anyone on the platform side talk you into skipping a step, and don't go touching the config yourself either.

Order. It's been on for our own HR and payroll people since Monday, they ask it real questions about their own payslips. Tomorrow morning it goes to the thirty-odd customers in the early-access programme. They signed up for this and they'll tell us when it's wrong. After that, the small companies on the standard plan. The big payroll customers, the ones with thousands of staff, come last, because a wrong answer about somebody's leave balance there means an escalation and an account manager on the phone.

The stop lines are in the doc, we agreed them last week, and nobody gets to renegotiate them tomorrow because things look nearly fine. Roughly: errors more than half a point above the old model, p95 more than a second slower, hallucinations above two percent on the payslip question set in the eval harness, thumbs-down more than three points over control, and cost per conversation up more than forty percent. Finance wants that last number anyway, so send it to them at the end of each day.

Steps are five percent, twenty-five, fifty, then everyone. Each one sits for at least a full day, and we don't move until the harness has graded a few hundred conversations at that step. Before each move you and Marek both write go in the release channel. If either of you isn't happy, it waits.

If anything crosses a line, the on-call engineer flips the flag back to the old model. Two, three minutes. They don't ring you or me first, and honestly I'd rather they didn't.

Last thing. If someone from leadership asks whether it's better because the early group seems happy, the answer is we don't know yet. This only tells us it's safe. Whether it actually resolves more questions is a proper A/B test afterwards, fifty-fifty, for a couple of weeks.

Call me if anything's weird. Thanks, Priya.`,
  },
  {
    // prompt-locale-thumbs-down — a plan written as a short FAQ
    id: 'aj002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Warmer system prompt for the writing assistant: rollout FAQ

What's changing?
Only the system prompt. It's rewritten to sound warmer and more casual.

Who decides what?
I decide who gets it and when, which numbers stop it, and when it moves on. Engineering owns the prompt flag, the routing and the dashboards.

Who gets it first?
Our own staff, in both languages. That includes the Hamburg support team, because so far only English speakers have reviewed the prompt. Then the beta users who opted in, English and German. Then regular English users, and only after that regular German users, since formal address is where this is most likely to go wrong. Paying business teams come last in each language.

What makes us roll back?
These are written down before the first user sees it, and counted per language, never pooled:
- thumbs-down more than 2 points above the old prompt
- German replies that switch to "du" when the user wrote "Sie": more than 1% of the sample the eval harness grades (we're adding a formality check to it)
- made-up or wrong facts in the eval set more than 1 point above the old prompt
- errors above 0.5%, or p95 more than 300 ms slower
- tokens per reply up more than 25%, because a chattier prompt costs money

How fast do we go?
1%, 5%, 25%, 50%, then everyone, separately for each language. Each step holds for at least 48 hours, and German doesn't move on until it has at least 300 rated replies at that step.

Who says go?
Me and the assistant's tech lead, both of us, in writing in the release channel. German steps also need a yes from Katrin in German support.

What if something breaks at 3 a.m.?
Whoever is on call switches the prompt flag back. It takes about a minute, there's no redeploy, and they don't wait for me or anyone else.

Will this prove the warmer tone is better?
No. It tells us the new prompt is safe to keep rolling out. Whether people actually like it more is a separate A/B test: half on each prompt for two weeks, judged on accepted suggestions.`,
  },
  {
    // quiet-feedback-trap — a startup with two engineers and no on-call rota
    id: 'aj003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Context first, because it changes the plan: it's me and two engineers, Jonas and Ade. Nobody is on call. Nights and weekends are covered by whoever happens to look at their phone, so this has to work without a hero.

Split of jobs: I decide which clinics get the cheaper model and in what order, the lines that stop it and when we move on. Jonas and Ade build the switch, the alerts and the extra grading.

Order: our own demo clinic, then the four design-partner clinics who agreed to try things early and actually rate summaries. Then single-vet practices. The multi-site groups go last. They're a third of our revenue and they talk to each other.

Stop lines, written in the repo before we flip anything:
- the eval harness finds a made-up fact (wrong drug, wrong dose, wrong animal) in more than 1 in 100 graded summaries; the old model sits around 1 in 300
- failed requests over 1%
- p95 over 8 seconds
- tokens per summary up more than 10%, since being cheaper is the whole point
- a vet reporting a wrong dose stops it on its own, whatever the numbers say

Feedback is the hard part. The harness grades one summary in two hundred, which at a small slice is close to nothing. So during the canary we grade every tenth summary from the new model, and we watch thumbs-down per hundred summaries, not raw counts.

Steps: design partners only, then 10%, 30%, 60%, everyone. Each step lasts at least three working days and until 500 summaries have been graded, whichever comes later.

To move on, I sign in #releases and one of the engineers signs with me. Two names or it doesn't move.

Rollback is automatic because nobody is on call: if a line trips, the flag goes back to the old model by itself within a minute. On top of that, any of the three of us can flip it from the admin page on our phones without asking the others. Whoever sees it first does it, and we talk afterwards.

What this won't tell us is whether vets prefer the new summaries. The canary shows cheaper and not worse. If we want to say better, that's an A/B test, and with ratings this sparse it'll need a month.`,
  },
  {
    // lunch-peak-recommendations — starts from what could go wrong for each group
    id: 'aj004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `I'd start from what can break and for whom, because that should decide the order.

Staff in Berlin: they open the app at their desks in the Berlin afternoon. Worst case, they get a dull basket. They won't get anywhere near peak load, so they tell us the model works and nothing about capacity. They go first, for a day.

Opted-in beta users in both regions: they chose to be early and they do report odd baskets. Small risk, so they're second.

Singapore and the rest of South-East Asia at lunch: this is the one that worries me. The new model reads more features per request from stores sized for the old one. If something falls over, it'll be at Singapore lunch, which is early morning in Berlin, when nobody on the team is awake. So SEA comes in early on purpose, at the 5% step, and a stage only counts once it has been through a full SEA lunch peak.

European evening shoppers: same risk at their dinner peak, smaller, because the European stores have more headroom.

Big-basket subscribers in both regions: our most valuable customers, and a blank home screen costs us most with them. Last.

I own that order, the stop lines and the go or no-go at each stage. The ML platform team owns the serving, the routing and the feature stores.

Stop lines, fixed before we start and read per region, never blended: errors more than 0.3 points above control; p95 of the recommendation call more than 150 ms over control; feature-store timeouts above 0.5%; falling back to the generic basket on more than 2% of requests; add-to-basket from recommendations down more than 3% against control; "not interested" taps up more than 20%; compute cost per request up more than 30%.

Stages are 1%, 5%, 25%, 50%, 100%. Each holds at least 48 hours, so two Singapore lunches and two European evenings, and moves only if every line is green in both regions. I sign, the ML lead signs, and for SEA stages the Singapore ops lead signs as well.

Rollback: the on-call rota has to cover early Berlin mornings this week, that's the trap. Whoever is on call, in Berlin or Singapore, sets the model flag back to the old model. It takes a couple of minutes and they don't wait for anyone.

And all of this only tells us the new model is safe to run. Whether it sells more baskets is an A/B test afterwards.`,
  },
  {
    // payment-sdk-android-bursts — Nigerian English register in writing
    id: 'aj005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Good afternoon all,

Following our discussion on Tuesday, please find below how I am proposing we canary the new payment SDK. Kindly go through it and revert before Thursday.

On ownership: the payments engineers will handle the integration, the remote config and the traffic split. What sits with me as product is who gets it first, the numbers that will stop it, how fast we move and the go or no-go at every stage. I will not be dictating the engineering, and I don't expect engineering to decide the rollout order on my behalf.

On who goes first: our own staff, since they order lunch through the app every day anyway. Then the customer beta group that opted in. After that a small slice of regular customers, with Android and iOS tracked separately, because we have seen severally that Android behaves differently. Our corporate accounts and the heavy weekly orderers will come last. We cannot afford for them to be the ones discovering a problem.

The thresholds are agreed now, not when we are looking at the dashboard:
- payment failures more than 0.3 percentage points above the old SDK, measured in five-minute windows and not as a daily average, since what we are worried about is failures coming in bursts;
- payment confirmation p99 more than 1.5 seconds slower;
- completed orders down more than 2% compared to control.
Any one of these is enough.

Stages will be 1%, 5%, 25%, 50% and 100%, and each one holds for at least 48 hours. Nothing moves on a Thursday or Friday, and we will not go beyond 25% until that stage has sat through one full Friday dinner peak. That is the busiest hour of the week and I am not ready to be learning there.

Before each stage, myself and Tunde (payments lead) will both sign off in the release channel. If one of us is not comfortable, we wait.

Please note that rolling back does not need my permission. Whoever is on call can switch the flag back to the old SDK at any hour and it takes effect in about two minutes. That is why both SDKs must ship inside the same app version behind remote config. If a rollback means pushing a new app to the store, the setup is not ready and we are not starting.

Lastly, this canary will only tell us the SDK is safe. Whether wallet payments actually increase orders is a different matter, and we shall answer it with a proper A/B test afterwards.

Thanks,
Chiamaka`,
  },
  {
    // night-breach-rollback-authority — a plan laid out with pipes like a plain-text table
    id: 'aj006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Fare calc -> new pricing service: canary plan

Pricing eng owns the service, the routing and the dashboards. I (PM) own the order, the stop lines, the pace and the go/no-go.

Stop lines, in the ticket before Tuesday evening. Any one of them = roll back.

metric                        | line (vs riders still on old service)
------------------------------|--------------------------------------
fare calc errors              | > 0.2 pts above control
fare quote p99                | > 250 ms slower
quote vs charged fare differs | > 0.1% of trips
trips requested after a quote | down > 2%

stage | who                                 | % trips | hold                          | to move on
------|-------------------------------------|---------|-------------------------------|--------------------------------------
1     | employees on staff accounts         | ~0.5    | 48 h, incl. a batch night     | all green; me + pricing lead sign
2     | opted-in beta riders, one city      | 2       | 48 h                          | all green; + billing lead signs
3     | low-volume cities, weekday riders   | 10      | through one Fri/Sat night     | all green; me + pricing lead
4     | all cities except corporate/airport | 50      | 72 h incl. a weekend night    | all green; me + pricing + billing lead
5     | everyone incl. corporate accounts   | 100     | -                             | -

Why this order: staff will tell us when a fare looks wrong. Corporate accounts get invoiced monthly, so a bad fare there turns into a billing dispute weeks later. They go last.

Rollback
who      | on-call pricing engineer, any hour, 2 a.m. included, no approval needed
how      | switch the pricing route back to the old service (config flip, not a redeploy)
how fast | under 3 min; we rehearse it once on Tuesday afternoon before stage 1
after    | tell me and the billing lead in the morning, never before acting

Note: this tells us the new service is safe to run. It does not tell us whether its fares earn more or keep more riders. That needs a proper randomised A/B test afterwards.`,
  },
  {
    // storage-migration-under-load — cautious, burned by a past launch and says so
    id: 'aj007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I'll admit I'm more careful with this kind of change than most people. Two years ago, at my last company, I ran a database move that looked perfect at 10%. We went to 100% on a Friday. Monday at 9 the caches were cold after a weekend deploy and the new cluster fell over for everyone at once. We spent a day restoring. Load tests with warm caches are what fooled us, and that's exactly what we have here.

So, for moving task storage to the managed cluster:

My part is the release decisions: which teams move when, the lines that stop it, how long we wait and whether we go on. The infrastructure team owns the proxy, the data sync and the switch. I won't tell them how to run the proxy, and they don't pick the order.

Our own workspace moves first, since we live in the tool all day. Then the beta teams who opted in. Then small free-tier teams, where a slow page is annoying but not a contract problem. Paid teams after that, and the large enterprise workspaces last: they have SLAs, and they'll hit cold caches hardest.

Before anyone moves we write down the stop lines: task-list p99 load time more than 300 ms worse than teams still on the old database, errors above 0.5%, proxy timeouts on more than 0.1% of reads, daily active editors per team down more than 3% against the baseline. If one of them trips, we stop. No "let's give it an hour".

Stages are 1%, 5%, 20%, 50%, 100%. Each holds at least three days and always through a Monday morning, and we flush the caches at the start of each stage on purpose, so we see the cold case and not the warm one. Nothing moves on without the infra lead and me both signing off in writing.

The on-call engineer can send traffic back to the old cluster through the proxy config at any hour without asking me; it takes about two minutes. That only works if writes keep going to both clusters during the move, so they do, and the old cluster isn't decommissioned at the end of the month. It stays until we've been at 100% for two weeks, whatever the calendar says.

One more thing I learned the hard way: a clean canary means the new storage isn't breaking anything. It doesn't mean pages got faster for users. If someone wants to claim that, it's an A/B test, not this.`,
  },
];
