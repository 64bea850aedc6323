import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-third fresh set, author a: strong answers (am001–am007), written blind and labelled by
 * hand before anything was graded. Built-in scenario ids are noted above each entry; see
 * LABEL-NOTES-a.md for voice and judgement calls.
 */
export const THIRTY_THIRD_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: a numbered list of risks, each with its guard
  {
    id: 'am001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Here's how I'd think about it — the risks first, and what we put against each one.

1. Nobody really owns the call, because "it's just a model swap". Guard: I own who gets the bigger model first, what pulls it back, how long we sit at each step and who says go. The ML platform team owns the gateway routing and the serving.

2. The wrong people see it first. Guard: our own people-ops team on our own payroll account goes first, then the admins in the early-access programme, then small customers on monthly plans. Enterprise tenants and anyone in their first 30 days go last; a confidently wrong answer about a payslip in week one can cost us the account.

3. It gets answers wrong without throwing a single error. Guard: we grade a sample of live conversations (1 in 20) with the eval harness for made-up policy or wrong leave rules, and track thumbs-down and "talk to a person" clicks, p95 response time (bigger model, slower) and cost per conversation, which finance is already asking about.

4. We pick the limits after we've seen the numbers. Guard: written and signed before the first conversation is routed. We roll back if the graded hallucination rate is more than 1 point above the current model, thumbs-down rises more than 15 % relative, hand-offs to a human rise more than 2 points, p95 is more than 1.5 s worse, errors are up 0.5 %, or cost per conversation runs 40 % over what finance agreed.

5. We rush because the offline evals looked good. Guard: 1 %, 5 %, 25 %, 50 %, 100 %. At least 48 hours per step and at least 500 graded conversations before we advance, and the 25 % step has to sit through a month-end payroll run, when payslip questions spike.

6. Steps advance on autopilot. Guard: the ML eng lead and I sign every step; the support ops lead joins from 25 %.

7. We can't get out quickly. Guard: the gateway config sends traffic back to the current model in under five minutes, no redeploy. On-call can pull it at any hour the moment a limit trips, without calling me first.

8. We read the canary as proof the new model is better. Guard: the canary tells us it's safe, nothing more. Whether it actually resolves more questions per euro is a randomised A/B test afterwards.`,
  },
  // prompt-locale-thumbs-down: a Jamaican English register in writing
  {
    id: 'am002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Alright, so fi dis one mi woulda start by being clear bout wah part a mine and wah part a di engineers. Di engineers dem handle di routing and di prompt config. Mi own who get it first, di numbers dat pull it back, how long wi sit at each step, and who seh yes before wi move on.

Di big risk mi see a di German side. Di English team write di prompt and it sound warm and casual, but inna German yuh cyaan just start talk to a stranger like yuh know dem long time, formal address matter. So mi nah trust English numbers fi tell mi bout German users.

Order: fus our own staff, English and German speakers both, den di beta users who sign up fi try new tings, and mi mek sure a good chunk a dem write inna German. After dat regular English users, den regular German users, and di business accounts dem, law office, insurance people, anybody who write formal mail whole day, dem go last.

Before wi route one single message wi write down di line, and wi nuh move it afterwards: thumbs-down up more dan 10 percent over di old prompt, counted fi each language by itself, nuh blend; di eval harness tone score on di German test set drop more dan 3 points; hallucination rate pon di harness up more dan half a point; p95 more dan 300 ms slower; tokens per reply up more dan 15 percent; errors up 0.5 percent. Any one a dem trip, it come back.

Ramp go 1, 5, 25, 50, 100 percent. Wi hold every step at least 24 hours, and longer if di German ratings too thin fi read. Wi wait, wi nuh guess. Mi and di eng lead sign off each step, and from 25 mi bring in di German support lead fi read some real replies too.

Rollback: di on-call engineer can switch back to di old prompt any hour, day or night, nuh need fi call mi. Is a config flip, under five minutes, no redeploy.

One more ting. Even if di canary look sweet, dat nuh prove di warm prompt better. It only tell wi seh it safe. Fi know if people really like it more, wi run a proper A/B test after, random split, per language.`,
  },
  // quiet-feedback-trap: one paragraph with no line breaks
  {
    id: 'am003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `I'd own the calls here (who gets the cheaper model first, what pulls it back, how long we sit, who says go) and leave the routing to the ML platform team. The trap is that at 5 % we'd get a dozen ratings a day and the harness grades one summary in two hundred, so before anything moves I'd have canary traffic graded one in ten. Our in-house vets on the demo clinics go first, then pilot clinics that opted into early features, then single-vet practices, with multi-site groups and brand-new clinics last. We roll back if graded hallucinations (invented drugs, doses, findings) rise more than a point over the current model, thumbs-down rises 20 % relative, p95 gets 500 ms worse or errors climb 0.5 %, and we watch cost per summary to check the saving is real; all of that is agreed in writing before the first note is routed. Steps are 1, 5, 25, 50, 100 %, none shorter than two days or 400 graded summaries, each signed by me and the ML lead. On-call can flip traffic back at any hour without asking me, a routing change of a couple of minutes. A clean canary only says it's safe; whether vets find the summaries as good is an A/B test afterwards.`,
  },
  // lunch-peak-recommendations: a short dialogue, then the PM's plan in their own words
  {
    id: 'am004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `PM: Before we touch the gateway: what scares me is the Singapore lunch peak. That's about six in the morning here?
Dani (on call): Six, seven. And the Singapore feature store was sized for the old model. The new one reads roughly twice the features per request.
PM: So if it falls over, it falls over while Berlin is asleep. Who can pull it?
Dani: Whoever has the pager. We hand over to the Singapore SREs overnight.
PM: Then that's the rule. Whoever has the pager rolls back, no call to me, no call to the EM. How long does it take?
Dani: Flip the route at the gateway back to the old model. Two, three minutes. No deploy.
PM: Good. What would you watch?
Dani: Errors, home-screen p95, feature-store read latency per region.
PM: Add the ones that say whether the baskets are any good: add-to-basket from the home screen against control, the offline eval replayed on a sample of live requests, and compute cost per request.

So, my plan. I own the order, the limits, the holds and the go/no-go; Dani's team owns the routing and the pager. Staff accounts in Berlin and Singapore first, then early-access customers in both regions, then ordinary customers market by market, smaller markets before big ones, with new customers and our biggest-spending households last. The rollback triggers are agreed today, not during the rollout: errors up 0.5 % over control, home-screen p95 up 250 ms, feature-store p99 reads above 80 ms, add-to-basket down more than 3 % against control, eval score 2 points below the current model, or compute per request 30 % over plan. Every one is read per region, never as a global average, because Europe would bury Singapore. Ramp is 1, 5, 25, 50, 100 %, and no stage ends before it has covered a full lunch and dinner peak in both regions: 24 hours at least, 48 at 25 %. Dani's lead and I sign each step, and the Singapore on-call lead joins from 25 %. And even a clean canary won't tell me the new model sells more baskets. That's a randomised A/B test once we know it's safe.`,
  },
  // storage-migration-under-load: heavy with the abbreviations a PM really uses
  {
    id: 'am005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `PM owns: cohort order, RB triggers, hold lengths, go/no-go per stage. EM + SRE own the proxy config and the cutover itself.

Cohorts: our own workspaces (eng + CS) → beta-program teams → free / small teams → paid SMB → ENT last (biggest task lists, contract SLAs, least patience).

RB triggers, in the kickoff doc and signed before any traffic moves: 5xx +0.5pp vs control, task-load p99 +200ms or over the 800ms SLO, proxy conn errors >0.1%, tasks created per active user −2% vs baseline.

Ramp 1/5/25/50/100, min 24h per stage, incl. a weekday peak. LT ran on warm caches, so at 5% SRE flushes caches on purpose during peak. Metric gate: no advance unless every trigger stays green for the whole hold. Sign-off: me + EM at each gate, SRE lead too from 25%.

RB: on-call SRE, any hour, no page to me needed. Proxy routes back to the old cluster in <5 min, no redeploy. Old cluster stays up (dual writes) until 2 wks after 100%, so the EOM decommission moves if it has to.

Canary = is it safe, not is it better. If we want to claim the new stack is faster, that's a randomized A/B while the old cluster is still up.`,
  },
  // payment-sdk-android-bursts: everything framed as promises to customers
  {
    id: 'am006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I'd frame this for the team as a handful of promises to the people ordering dinner, and I'd hold myself to them. I own the promises (the order, the limits, the pace, the go-aheads); the payments and mobile engineers own the SDK integration and the switch.

You won't be the test subject unless you asked to be. The new SDK goes to staff phones first, then to customers in the beta programme, then to regular customers in two smaller cities, then the big cities. First-time customers and our most frequent regulars come last, because a failed payment on a first order is a customer we never see again.

If paying breaks, we'll know in minutes, not from a one-star review. Before launch we write down the limits, with Android measured on its own: payment failures 0.5 points over control, or above 2 % in any five-minute window, because this SDK fails in bursts and an hourly average would hide them; payment-confirmation p99 more than 300 ms slower; completed orders per session down 2 % against the baseline cohort.

We won't rush you. 1, 5, 25, 50, 100 %, each step held at least 24 hours and through a dinner peak. We never step up on a Friday, and 25 % has to survive a full Friday dinner before we go to 50 %. The payments EM and I sign each step.

Someone awake can undo it. The app carries both payment paths, and a remote-config switch sends everyone back to the old one in under five minutes with no app release. The on-call engineer can flip it at any hour without waiting for me.

And we won't fool ourselves. A clean canary means nobody lost a dinner to a payment bug; it doesn't prove wallet payments lift orders. That question gets a proper randomised A/B test afterwards.`,
  },
  // night-breach-rollback-authority: starts unsure, grows confident
  {
    id: 'am007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Hm, honestly I'm not sure where to start. I haven't run a pricing migration myself. I suppose the first thing is working out what's mine: the engineers own the routing between the old and the new pricing service, and I'd own the decisions around it, who sees new fares first, what makes us stop, when we move on.

Who goes first... staff, probably? Yes, our own employees' rides first, then riders in the beta programme, then one mid-sized city on weekday daytimes. Big-city weekend nights and first-time riders last, because a wrong fare on someone's first trip and they just delete the app.

Thresholds, I think they have to be written down before Tuesday, not decided while we stare at a graph at 2 a.m. Numbers: fare-quote errors 0.5 % above control, p99 quote latency 200 ms worse, quoted versus billed fare mismatching on more than 0.1 % of trips, bookings per session down 2 % against the baseline.

Actually, the shared batch window with billing is what worries me most, and it makes me surer about the ramp: 1, 5, 25, 50, 100 %, every stage has to live through at least one nightly batch window, and from 25 % a weekend night as well, before we go further. The pricing eng lead and I sign off each step, and billing's lead too, since they share that window.

And the 2 a.m. question, okay, this one I'm confident about. Whoever is on call for pricing rolls back without waking me or anyone else. That's in the runbook before we start. It's a routing switch back to the old service, done in under five minutes, not a redeploy. If they need permission at 2 a.m., the plan is broken.

Last thing, and I'm sure of this too: a clean canary tells us the new service is safe. It doesn't tell us it's better for riders or the business; if we want that, it's an A/B test afterwards.`,
  },
];
