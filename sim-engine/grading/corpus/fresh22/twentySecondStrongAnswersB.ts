import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-second fresh set, author b: strong answers (ab021–ab027), written blind and labelled
 * by hand before any grading. ab021–ab024 are model or prompt scenarios, ab025–ab027 services.
 */
export const TWENTY_SECOND_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade — a Q&A the PM writes for their own team.
    id: 'ab021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Canary for the bigger assistant model — the questions I expect from you all at Monday's kickoff, answered up front.",
      '',
      'Q: Offline evals went up three points. Why not just switch everyone over?',
      'A: Because those evals were short questions, and our users ask long, messy ones about payslips in payroll week. Three points offline tells us nothing about the employee whose leave balance gets invented. So it goes out gradually and we watch it on real traffic.',
      '',
      'Q: Who decides what?',
      "A: Platform owns the gateway and the traffic split; I don't touch that config. I own who sees it when, what makes us pull it, and when it moves on.",
      '',
      'Q: Who gets it first?',
      'A: Us. Everyone here uses the assistant for their own payslip, so staff go first. Then the customer admins in the early-access programme, who ask hard questions. Then small companies on the standard plan. Large payroll customers and anyone in their first month with us go last, because a wrong answer about pay costs us most there.',
      '',
      'Q: What makes us pull it?',
      "A: These, signed off before the first conversation is routed, not made up while staring at a dashboard: hallucination rate on the eval harness's sample of live conversations more than 1 point above the current model; thumbs-down rate up more than 20 % relative; p95 response time over 6 s or more than 1.5 s worse than today; cost per conversation over €0.04, which is Finance's ceiling; errors or timeouts up more than 0.5 % against control. Any one of them trips, we roll back.",
      '',
      'Q: How fast do we go?',
      'A: 1 %, 5 %, 25 %, 50 %, 100 %. We stay at each step at least 24 hours AND until the harness has graded 2,000 conversations from it, and the 25 % step has to include a month-end payroll day. A timer running out is not a reason to move if the sample is still thin.',
      '',
      'Q: Who says go at each step?',
      "A: Me and Amara as eng lead, both of us, in the release channel. If either of us isn't sure, we hold.",
      '',
      'Q: It looks bad at 2 a.m. Do you need to wake me?',
      'A: No. Whoever is on call switches the gateway route back to the old model. It is a config change and done in under five minutes. Tell me in the morning.',
      '',
      "Q: If it passes everything, we've shown the new model is better, right?",
      "A: No, only that it's safe to keep. Staff and volunteers aren't a random sample. Whether it actually resolves more questions is a proper randomised A/B test afterwards.",
    ].join('\n'),
  },
  {
    // prompt-locale-thumbs-down — lower-case notes joined by dashes, with headings.
    id: 'ab022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'canary — warmer system prompt, mail assistant',
      '',
      "who owns what — me: order, stop limits, when we move, who signs — platform: the prompt-version flag + routing — i don't touch the config, they don't pick cohorts",
      '',
      "order — staff first, both offices (the munich team will spot du vs sie in a minute) — then beta opt-in users, split by language so german gets its own read — then english-speaking free users — german business accounts last: formal address matters most there and they're the ones who pay",
      '',
      'stop limits, agreed + written before a single draft uses the new prompt — german thumbs-down up >15 % relative to old prompt — "undo / rewrite" on suggestions up >10 % — eval harness tone check: informal-address failures in german above 2 % of graded drafts (old prompt ~0.5 %) — made-up facts in drafts no more than +0.5 pt over current — p95 draft time no worse than +300 ms — tokens per draft no more than +10 % (longer prompt = more cost) — any one → roll back, no debate',
      '',
      "ramp — 1 % → 5 % → 25 % → 50 % → 100 % — hold min 48 h at each — don't move until each language has ≥ 1,500 rated drafts, german read on its own, never blended with english — 25 % held over a monday morning, business mail is monday-heavy",
      '',
      'go / no-go — me + eng lead sign each step in the release doc — localisation lead co-signs for german',
      '',
      'rollback — anyone on the on-call rota, any hour, no approval needed — flag back to old prompt, < 5 min — if in doubt roll back, we talk after',
      '',
      "what this isn't — not proof that warmer = better — staff + volunteers aren't random — if we want to claim more accepted drafts / retention, that's a proper randomised a/b afterwards, per language",
    ].join('\n'),
  },
  {
    // quiet-feedback-trap — a decision record.
    id: 'ab023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'ADR-031: How we canary the cheaper summary model',
      'Status: accepted',
      '',
      'Context',
      'We want to move visit-note summaries to a cheaper, faster model. Peak is a few hundred summaries a minute, few vets rate a summary, and the eval harness grades one in 200. At 5 % exposure that is a handful of graded summaries an hour, far too few to see a quality drop before it reaches every clinic. The failure we fear is a wrong dose or a missing allergy, and that never shows up as an error or a slow response.',
      '',
      'Decision',
      '1. Product (me) decides the cohort order, the rollback limits, the hold criteria and each go/no-go. ML platform owns the model router and the mechanics of switching back.',
      '2. Our in-house clinic team and the three pilot-partner clinics go first: they read every summary and report problems. Then clinics that opted into early features. Then the remaining small clinics. Clinics that joined in the last 60 days go last, since a bad first month loses them.',
      '3. For canary traffic only, the harness grades one summary in ten instead of one in 200, and canary clinics get a one-tap "summary wrong" button.',
      '4. Limits, fixed now and not revisited during the rollout: hallucinated or omitted clinical facts above 1.5 % of graded summaries (current model 0.8 %); "summary wrong" taps above twice the baseline rate; p95 latency worse than the current model; cost per summary not at least 30 % lower (otherwise the change has no point); errors more than 0.5 % above control. Any one breached means rollback.',
      '5. Stages of 5 %, 20 %, 50 %, 100 %. We advance only when the stage has at least 800 graded summaries and has run at least three clinic days, whichever is later. At our volume that is about a week per stage, and we accept that.',
      "6. Each advance needs my sign-off and the ML lead's, recorded on the release ticket.",
      '7. The on-call engineer may switch the router back to the old model at any time, nights and weekends included, without asking anyone. It takes under five minutes; we rehearse it once before the 5 % stage.',
      '',
      'Consequences',
      '- Full rollout takes about four weeks instead of one, so the saving starts later.',
      '- Grading more summaries costs extra harness time during the canary.',
      '- Passing the canary shows the cheaper model is safe enough, not that vets prefer it. Any claim that its summaries are as good or better needs a separate randomised A/B comparison with blinded review.',
    ].join('\n'),
  },
  {
    // lunch-peak-recommendations — opens with what could go wrong at 3 a.m.
    id: 'ab024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Picture 3 a.m. in Berlin. Nobody on the team is awake, and in Singapore it's late morning with the lunch rush building. The new model asks the regional feature store for more features per request than it was sized for, lookups start timing out, the home screen falls back to generic baskets, and people order less. By the time Berlin wakes up, lunch is over and the dashboards look calm again. That's the release I'm planning against.\n\n" +
      'As PM I decide the order people get it in, the limits that pull it, how long we sit at each step and who says go. The ML platform team owns serving, the traffic split and the feature stores.\n\n' +
      'Order: staff accounts in both regions first, then the early-access users in both regions, then regular customers in Europe, then regular customers in South-East Asia, where the feature store is the tighter one. New customers go last everywhere, because a bad first home screen is how we lose them.\n\n' +
      "Limits, agreed with the ML lead and SRE before a single request goes to the new model, and judged per region, never blended: feature-store lookup p95 over 80 ms or timeouts over 0.5 %; home-screen p95 more than 150 ms worse than control; generic-fallback baskets above 2 % of impressions; add-to-basket from recommendations down more than 3 % against control in the same region; relevance on the daily eval replay down more than 1 point; compute cost per thousand requests up more than 25 %. Any one, in either region, and it's rolled back.\n\n" +
      'Ramp: 1 %, 5 %, 25 %, 50 %, 100 %. No step is shorter than 24 hours, so every stage has lived through a Singapore lunch and a Berlin dinner, and 25 % stays two full days because that is where basket numbers become readable. Moving on needs a written yes from me and the ML engineering lead in the release thread; silence is not a yes.\n\n' +
      'Rollback: the on-call engineer, on a rota that includes our Singapore colleagues so the Berlin night is covered, switches routing back to the old model without asking anyone. It is a config change, live in under five minutes, and the feature-store timeout limit triggers it automatically so nobody even has to be awake.\n\n' +
      "And for leadership: getting through this doesn't prove the new model recommends better baskets. It proves it doesn't break the home screen. Whether it lifts basket size is a randomised A/B test once it's safely out.",
  },
  {
    // night-breach-rollback-authority — a day-by-day calendar of the rollout.
    id: 'ab025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Rollout calendar — new pricing service',
      '(I own the dates, the cohorts, the limits and the go/no-go calls; the pricing and platform engineers own the service and the routing.)',
      '',
      'Monday (before anything moves)',
      '- Limits signed by me, the pricing eng lead and the SRE lead, and pasted into the runbook: quote errors more than 0.3 % above the old service; p99 quote time more than 250 ms worse; fares differing from the old service (computed in shadow) on more than 0.1 % of trips, or any single fare off by more than 10 %; completed trips down more than 1.5 % against control. Nobody edits them after Tuesday.',
      '- Rollback drill: on-call switches the fare route back to the old service and we time it. Target under three minutes.',
      "- On-call rota published for two weeks. Anyone on it may roll back at any hour without calling me or anyone else. Billing's on-call knows the dates.",
      '',
      'Tuesday 19:00 — 1 %, employees only. Staff ride home on the app and will tell us loudly if a fare looks odd.',
      'Tuesday night, 01:00–03:00 — the shared batch window with billing. No changes; we watch whether the two fight over the database. If a limit breaks at 2 a.m., on-call rolls back first and writes it up after.',
      'Wednesday 10:00 — go/no-go, me and the pricing eng lead. If clean, riders in the beta programme join: 5 %.',
      'Thursday 10:00 — go/no-go after at least 24 h and a second batch window at 5 %. Regular riders in two smaller cities: 20 %.',
      'Friday and Saturday — hold at 20 % through the first weekend night peak. This is the real test. Nothing advances over the weekend.',
      'Monday 10:00 — go/no-go: 50 %, adding the big cities. Corporate accounts and first-ride users still stay on the old service; a wrong fare hurts them most.',
      'Wednesday 10:00 — go/no-go: 100 %, corporate and new riders included, if the batch windows at 50 % were clean.',
      '',
      "Afterwards — the canary tells us the new service prices correctly and stays up. It doesn't tell us riders prefer its fares; if anyone wants to claim an effect on bookings or revenue, that's a randomised A/B test set up separately.",
    ].join('\n'),
  },
  {
    // storage-migration-under-load — Kenyan English register.
    id: 'ab026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Let me start by saying that the load tests passing does not give me much comfort, because they were done with warm caches. In production, the first Monday morning rush will hit a cold cache behind a new proxy, and that is where I expect the trouble. Also the old cluster is going at month end, so we cannot afford to drag this.\n\n' +
      'On the issue of roles: as PM I will own the decisions — which customers move first, the thresholds, how long we stay at each level and when we move. The infrastructure guys own the proxy, the routing and the migration itself.\n\n' +
      'Order: we shall start with our own company workspaces, since we are on the tool the whole day and we can tolerate a bad morning. Then the customers who signed up for early access. Then the small teams on the free and starter plans. The big enterprise accounts and any team that joined in the last one month will come last, because for them a slow task board is a reason to leave.\n\n' +
      'Thresholds — these ones we agree and write down before even one request goes to the new cluster, and nobody adjusts them mid-way: error rate more than 0.5 % above the old cluster, p99 page load worse by more than 200 ms, proxy connection pool above 80 %, and active teams on the canary down by more than 2 % compared to control. Any one of them is hit, we roll back.\n\n' +
      'Stages will be 1 %, 5 %, 25 %, 50 % then 100 %. At every stage we hold for at least 24 hours covering a morning login peak, and the 25 % stage must see a Monday morning. We do not move just because the clock has run; the numbers must be flat for the last six hours.\n\n' +
      'Before each step, myself and the engineering lead will sign off in the release channel.\n\n' +
      'Rollback: the on-call engineer can flip traffic back to the old cluster at any hour, without calling me or waiting for a meeting. We keep writing to both clusters, so it is only a proxy routing change; it should take less than five minutes, and we shall rehearse it before we start. That is also why the old cluster must not be switched off until we have been at 100 % for a week — kindly let us push the decommission date if need be.\n\n' +
      'Lastly, even if everything passes, this only tells us that the new storage is safe. It does not tell us it is better for users. If we want to show that, that one is a randomised A/B test, done separately.',
  },
  {
    // payment-sdk-android-bursts — mostly in the passive voice.
    id: 'ab027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Exposure decisions are owned by product, which here means me; the SDK integration, the app release and the remote flag are handled by the payments engineering team. The new SDK is shipped in the app dark, behind that flag, so that exposure can be changed without another app-store release.\n\n' +
      'The flag is first turned on for employees, who are asked to pay for their own lunch orders through the app for three days. It is then extended to users in the beta programme, then to returning customers on iOS, and only after that to Android, where the certification was run on a small set of devices and the widest device variety is found. First-time customers are kept on the old SDK until the end, because a failed first payment is rarely forgiven.\n\n' +
      'Rollback limits are agreed and signed before any customer is exposed, and they are not renegotiated once traffic flows: payment failures more than 0.5 percentage points above the old SDK, measured per platform in five-minute windows so that bursts are not averaged away; p99 payment confirmation more than 2 seconds slower; completed orders down more than 2 % against control. If any limit is crossed, the flag is switched off.\n\n' +
      'Exposure is raised in steps of 1 %, 5 %, 25 %, 50 % and 100 %. Each step is held for at least 48 hours, the 5 % step is not left until a Friday dinner peak has been observed, and no step is taken on a Friday at all. Every advance is signed off by me and the payments engineering lead together.\n\n' +
      'The flag may be switched off by the on-call engineer at any time, Friday at 8 p.m. included, without approval being sought; the change reaches devices within about two minutes through the config service, and it is rehearsed before launch.\n\n' +
      'Finally, it should be understood that a clean canary only shows that the SDK can be trusted with payments. Whether wallet payments raise conversion is a separate question, and it is answered by a randomised A/B test afterwards.',
  },
];
