import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-eighth fresh set, author a: strong answers (ah001–ah007), written blind and labelled by
 * hand before any grading. Scenario ids per answer are in LABEL-NOTES-a.md.
 */
export const TWENTY_EIGHTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade — internal forum reply to a colleague
    id: 'ah001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Re: how would you canary the bigger support-assistant model?

Hey Priya, good question. I'd start by splitting what's yours from what's platform's. Platform owns the model routing and the flag plumbing. You own the calls: who sees the new model in what order, which numbers kill it, how long each stage sits, and who says go.

Order I'd use: our own HR and payroll staff first (they'll spot a wrong answer about leave accrual instantly), then the customers in the early-access programme, then small-business accounts. The big payroll customers go last. If the assistant tells an admin at a 5,000-person company the wrong thing about a payslip, that's an escalation and maybe a compliance conversation.

Write the kill criteria down before anything ships and put them in the runbook:
- wrong-answer / hallucination rate on the eval harness more than 1 point worse than the current model
- thumbs-down rate more than 2 points above control
- p95 response time over 4 s (bigger model, longer context, it will be slower; we just need to know how much)
- cost per conversation more than 40 % above today's. Finance asked, so this one is a hard line, not a nice-to-have
- plus the usual: error rate more than 0.5 % above control

Ramp 1 % → 5 % → 25 % → 50 % → 100 %. Hold at least 24 hours at each step, and don't leave 5 % until the harness has graded a few hundred conversations from the new model, otherwise you're reading noise. Every advance needs you and the ML lead to sign off in the release channel.

Rollback: whoever is on call can flip the model flag back at any hour, no approval, no waiting for you to wake up. It's a config change and takes about two minutes. Rehearse it once before day one.

Last thing, because someone will ask: the canary only tells you the new model isn't hurting anyone. It won't tell you it's better than the old one, and the +3 on offline evals doesn't either. If you want that answer, run a randomised 50/50 A/B test after the canary is through and read resolution rate from that, not from the canary cohort.

Shout if you want me to look over the runbook.`,
  },
  {
    // prompt-locale-thumbs-down — opens with the three numbers that matter most
    id: 'ah002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Three numbers matter most here: 25 %, 3 points and 5 minutes.

25 %: a quarter of our users write in German, and nobody who reviewed the new prompt reads German. So I'd treat German as its own cohort instead of letting it hide inside a blended average. Order: our own staff in both languages first, then English-speaking beta users who opted in, then German-speaking beta users, then general English users, and only then the wider German base. Paying business accounts come last in each language; an over-familiar "du" in a message to a client is exactly what they won't forgive.

3 points: if the thumbs-down rate on drafts rises more than 3 points over the old prompt in either language, we roll back. That's decided now and written into the launch doc, not argued over at the dashboard. Next to it sit the other limits: the eval harness's formality check (German formal-address failures above 2 % of graded samples is a stop), hallucination rate in the harness no more than 1 point worse, p95 latency no more than 300 ms above control, tokens per request no more than 15 % higher (warmer prompts tend to be wordier), and errors no more than 0.5 % above control.

5 minutes: the prompt is a config value, so rolling back means switching the prompt version, and it should take under five minutes. Anyone on the on-call rota may do it at any hour without asking me first.

The rest follows from those. Engineering owns the prompt deployment and the flag; I own the cohort order, the limits above and the go/no-go. Stages are 1 %, 5 %, 20 %, 50 %, 100 %, each held at least two days, and we don't leave a stage until each language has enough rated drafts to read. German at 1 % won't, so German holds longer. The eng lead and I both sign each step; nothing auto-advances.

And to be honest about what it proves: a clean canary means the new prompt isn't harming anyone. Whether "warmer" actually makes people send more drafts is a separate question for a randomised A/B test afterwards.`,
  },
  {
    // quiet-feedback-trap — a plan written as 'always' and 'never' rules
    id: 'ah003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Release rules for the summariser model swap

Always
- Always fix the stop lines before the first summary goes out, in the ticket: hallucinated facts (a drug, dose or species that isn't in the visit notes) above 1 % of graded summaries, against roughly 0.4 % today; thumbs-down share more than 3 points above the old model; p95 latency over 3 s; errors more than 0.5 % above control. Cost per summary is supposed to fall. If it comes out above today's, we stop and find out why.
- Always start with our own clinical advisers and the two partner clinics that volunteered for early access, then single-vet clinics that opted in, then the general base. Multi-site groups go last; they're the accounts we'd lose.
- Always raise harness sampling for the canary cohort to one summary in ten. At one in two hundred, a 5 % slice gets a handful of graded summaries an hour, which tells us nothing.
- Always hold each stage (2 %, 10 %, 25 %, 50 %, 100 %) until it has at least 400 graded summaries and 48 hours behind it, whichever comes later, including at least one weekday morning surgery.
- Always get a named sign-off before a step up: me as PM and the ML lead. If either of us says no, it waits.

Never
- Never wait for me to roll back. Whoever's on call may switch the model route back at any hour, and it takes about two minutes. No redeploy.
- Never read "vets like it more" from the canary. It tells us the cheaper model is safe enough; whether the summaries are actually better is a question for a randomised A/B test after the ramp.
- Never let engineering own the go decision, or me own the routing. They run the switch, the eval pipeline and the dashboards; I own the order, the lines and the call to advance.`,
  },
  {
    // lunch-peak-recommendations — voice note to self the night before launch
    id: 'ah004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Okay. Note to self, Sunday night, the rec model goes out tomorrow. I just want to say the plan out loud once so I stop going round in circles.

So. My job tomorrow isn't the deploy. Jonas and platform own the rollout mechanics, the flag, the feature-store side. What I own is who gets it first, where the lines are, and whether we go to the next step.

Who first: staff in Berlin and in Singapore, we've got both offices, use them. Then the beta panel in both regions. Then ordinary customers, and the big weekly-shop households last, they're the ones who'd actually notice a junk basket. And Singapore is in from the first stage, not bolted on later, because that's where the feature stores are going to hurt.

Lines. They're in the doc, they're signed, and I'm not moving them tomorrow whatever the dashboard looks like. Errors, half a percent over control. p95 on the home screen, 250 milliseconds over control. Feature-store read timeouts over one percent. Fallback to the default basket up more than two points, that's basically the model failing silently. Add-to-basket from recommendations down more than three percent against control. Compute cost per request no more than twenty percent up. And the offline replay harness on last week's baskets has to stay within a point.

Stages: one, five, twenty-five, fifty, a hundred. And this is the thing, every stage holds at least twenty-four hours so it goes through one Singapore lunch, which is, what, six-ish in the morning here. If we advance at four in the afternoon Berlin time on a stage that never saw an Asian lunch, we've learned nothing. Jonas and I both sign each step. Nobody advances on a timer.

Rollback: whoever's on call, Berlin or Singapore, flips it back. No asking me, three a.m. is fine. It's a flag, it's back on the old model in a couple of minutes. Make sure the Singapore on-call actually has the permission. Check that first thing.

And remind Lena: even if it sails through, that's not proof it sells more. It's proof it doesn't break. "Is it better" is the A/B test next month.

Okay. Sleep.`,
  },
  {
    // payment-sdk-android-bursts — Hong Kong English register
    id: 'ah005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `For this payment SDK change, first I would clarify who is PIC for what. Engineering team handle the SDK integration, the deployment and the traffic switch. As PM, I am responsible for the release decisions: which users go first, at what numbers we stop, how long we stay at each stage, and who can approve to go further.

Sequence of users: first our own staff, they order lunch with the app every day anyway. Then the beta users who already opted in for new features. After that, normal customers on iOS, then Android. Android is where the new SDK most likely have problem, so I prefer to keep its exposure small and watch it separately, not mix into one average. High-value customers, e.g. corporate accounts and people ordering many times per week, go last.

Rollback criteria must be agreed and written down before launch, not discuss on the day:
- payment failure rate more than 0.5 % higher than control, per platform, per 5-minute window, so a burst on Android cannot hide inside the hourly average
- p99 payment latency more than 300 ms higher than control
- order completion down more than 2 % vs the control group

Ramp is 1 %, 5 %, 25 %, 50 %, 100 %. Each stage hold minimum 24 hours and must cover one dinner peak, and we don't move up on a Friday. The busiest hour of the week is not the time to sit at a new stage. Me and the engineering lead both sign off before each step, in the release channel, so there is a record.

For rollback, the on-call engineer can switch back to the old SDK path by feature flag at any time, day or night, no need to call me or wait for approval. It should be done within 5 minutes. We will rehearse this switch once in staging before go live.

One more point: the canary only tells us the new SDK is safe. It cannot tell us wallet payments increase conversion. If management want to know that, we should run a proper A/B test after the rollout is stable.`,
  },
  {
    // checkout-first-order — compares the release to a staged theatre opening
    id: 'ah006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I think of this like opening a play. You don't open on press night. You do a dress rehearsal for the company, then previews for a friendly house, then the run, and the critics come last.

The dress rehearsal is our own staff placing real orders. Previews are the customers who signed up for early access: they're forgiving and they write in when something's off. Then regular returning customers, who the lab already tells us will like it. First-time buyers come last, and that's deliberate. They're the audience the lab never tested, they have no saved address or card to fill in, and they're exactly who the spring campaign brings in. They're the critics.

Like a stage manager's show report, the stop conditions are written before the curtain goes up, not improvised in the wings: checkout errors more than 0.5 % above control, p99 page load more than 400 ms worse, completed orders down more than 2 % against the control group. First-order conversion gets its own line with its own limit, down more than 3 % and we stop, because a blended figure would drown it in returning customers.

Each stage is held before we move: 2 %, 10 %, 25 %, 50 %, 100 %, at least two days each, and we don't go past 25 % until first-time buyers have placed enough orders to read, a few hundred at least. The engineering lead and I are producer and director here: both of us sign off each advance, and neither can do it alone.

If something breaks mid-performance, anyone on the on-call rota brings the curtain down. They route everyone back to the old three-step checkout with the flag, at any hour, in under five minutes, without finding me first.

Engineering owns the stage machinery: the flag, the routing, the deploy. I own the casting and the calls: who sees it, when we stop, when we advance.

And a good preview run only tells you the show won't collapse. Whether it's better than the old one, whether one page sells more, is a question for a randomised A/B test after launch. The canary cohort was picked on purpose, so it can't be compared fairly.`,
  },
  {
    // storage-migration-under-load — passive-voice sentences throughout
    id: 'ah007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `The mechanics (the proxy, replication, the routing rules) are owned by the platform team. The decisions are mine: the order in which teams are moved, the limits, how long each step is held, and when we advance.

Limits are agreed and signed before any workspace is moved: read errors no more than 0.3 % above the old cluster, p99 page-load latency no more than 250 ms above control, and tasks opened or updated per active user down no more than 2 % against the teams still on the old database. A breach of any one of them means we roll back; they are not renegotiated halfway through.

Our own workspaces are moved first, then the customers in the beta programme, then small teams on the free plan. Large paying organisations are moved last, because an outage costs them the most and they put the heaviest load on the new cluster.

The load tests were run with warm caches, so every stage is held through at least one full weekday peak: 1 %, 5 %, 25 %, 50 %, 100 %, each held for 48 hours minimum. Each step up is signed off by me and the platform lead together, and only with every limit green.

Rollback is done by the on-call engineer, at any hour, without my approval: the proxy is pointed back at the old database, which takes under five minutes. That only works while writes are mirrored to both clusters, so the old cluster is not decommissioned until two weeks after 100 %. If the end-of-month date slips because of that, it slips.

Finally, the canary is treated as a safety check and nothing more. It shows the managed cluster holds up under real traffic; if we want to claim pages are faster for users, that is measured afterwards with a randomised A/B comparison.`,
  },
];
