import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-sixth fresh set, author a: strong answers ap001–ap007 (4 model/prompt, 3 service),
 * written blind and labelled by hand before any grading. Each covers every point of its scenario.
 */
export const THIRTY_SIXTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · strong · Welsh English register, spoken
  {
    id: 'ap001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Right, so the first thing I'd say is where my job stops, see. The platform team, they run the routing and the model switch itself, that's theirs. What's mine is who gets the new model and when, what numbers make us pull it, and whether we move on at each step.",
      '',
      "Payroll questions, now, people get very anxious about those, so careful we've got to be. I'd put it on our own HR and support staff first, because they'll spot a wrong answer about leave straight away and they'll tell us, won't they. Then the customers who signed up for the beta programme. Then the small companies on the standard plan. The big payroll accounts go last, and anyone in their first month with us, because one bad answer about a payslip and that's the trust gone.",
      '',
      "Before any traffic moves I'd write the limits down and have engineering agree them. Errors half a percent over the old model. p95 latency more than 800 milliseconds worse; it's a bigger model so it will be slower, we just need to know how much. The hallucination score from the eval harness more than one point up on payroll and leave questions. Thumbs-down up more than two points. And cost per conversation more than forty percent over what Finance budgeted, which is Finance's question answered, isn't it.",
      '',
      "The ramp is 1, 5, 25, 50 and then everyone, holding a full day at each, and I'd like the 25 % stage to sit over a payday if we can manage it. Nothing moves on until the numbers have been clean for the whole hold, and the eng lead and me both sign it off, in writing, in the channel.",
      '',
      "If a limit's crossed, the on-call engineer flips the routing back to the old model. It's a config switch, done in two or three minutes, day or night, and there's no need to ring me first. Tell me after, that's fine.",
      '',
      "And I'll be honest with you, the canary won't tell us the bigger model is better. It tells us it's safe. Whether it actually sorts out more people's questions, that's a proper randomised A/B test afterwards.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · strong · Notion-style one-screen page, toggles written out
  {
    id: 'ap002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '🐤 Canary plan: warmer system prompt',
      'Owner: me (PM) · Eng: Assistant platform · Status: Draft for review',
      '',
      "💡 What the canary is for: showing the new prompt is safe to roll out. It will NOT tell us the warmer tone is better. That's a separate randomised A/B test once we're at 100 %.",
      '',
      '▾ Who owns what',
      '    PM: who sees it and in what order, rollback limits, hold lengths, go / no-go at each step.',
      '    Eng: the prompt flag, routing, dashboards, pressing the button.',
      '',
      '▾ Order',
      '    1. Internal staff, English AND German speakers on purpose (ask the Munich office)',
      '    2. Beta opt-ins, both languages',
      '    3. Free-tier English users',
      "    4. Free-tier German users, as their own stage so a German problem can't hide in an English average",
      '    5. Paid business accounts last. Formal German matters most to them.',
      '',
      '▾ Rollback limits (agreed before launch, not during)',
      '    • Thumbs-down rate > +1.5 pts vs control, per language',
      '    • Eval harness: hallucination rate > +1 pt; wrong register ("du" in a German business email) in > 2 % of graded samples',
      '    • Error rate > +0.5 % vs control',
      '    • p95 latency > +300 ms',
      '    • Tokens per request > +15 % (warmer = wordier?)',
      '',
      '▾ Ramp',
      '    1 % → 5 % → 25 % → 50 % → 100 %',
      '    Hold at least 24 h per stage. Only move if every limit stayed green for the whole hold, each language checked on its own.',
      '    Sign-off: me + eng lead, in the release thread, every step.',
      '',
      '▾ Rollback',
      '    Anyone on the on-call rota flips the prompt flag back → old prompt live again in ~2 min. Any hour, no approval needed. Post in #release afterwards.',
      '',
      'Open questions',
      '    • Enough German beta users to read thumbs-down at 5 %? If not, hold longer.',
    ].join('\n'),
  },
  // quiet-feedback-trap · strong · long winding sentences, many commas
  {
    id: 'ap003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "So the way I'd think about it is that my job as PM isn't moving the traffic, which the " +
      'ML platform team does with their routing flag, but deciding who gets the cheaper model ' +
      'first, what numbers make us turn it off, how long we sit at each step, and whether we go ' +
      "on, and I'd want all of that written down and agreed with the engineering lead before a " +
      "single summary comes from the new model, because once you're staring at a dashboard it's " +
      'very easy to talk yourself into whatever the line happens to be doing. For the order, ' +
      "I'd start with the few clinics whose vets we pay to advise us, who read every summary " +
      "closely and will actually tell us when something's off, then the clinics that opted into " +
      "early access, then ordinary small clinics, and I'd leave the busiest practices and " +
      'anyone who joined in the last month until the end, because a summary that invents a dose ' +
      'is exactly the thing that loses a new clinic for good. The limits, fixed up front, would ' +
      'be a hallucination rate from the eval harness more than one point above the current ' +
      'model, thumbs-down more than two points above control, p95 latency more than 500 ' +
      'milliseconds worse, errors more than half a percent above control, and cost per summary, ' +
      'which is the whole reason for the change, more than ten percent above what the new model ' +
      'was priced at, and since the harness only grades one summary in two hundred and hardly ' +
      "anyone rates, I'd ask engineering to grade every tenth canary summary for the length of " +
      "the rollout, otherwise at 5 % of a few hundred a minute we'd be reading noise. The ramp " +
      'would be 1, 5, 25, 50 and 100 percent, but with holds set by volume rather than by the ' +
      'clock, so we stay at each stage until at least two thousand canary summaries have been ' +
      'graded with every limit green, which at the small stages means a few days, and then the ' +
      'eng lead and I both sign off in the release channel before it moves. If any limit trips, ' +
      'the on-call engineer flips the flag back to the old model, which takes a couple of ' +
      'minutes, at any hour, without asking me or anyone else first, and we talk about it in ' +
      'the morning. And the last thing is that getting through the canary tells us the cheaper ' +
      "model isn't hurting anyone, not that vets prefer its summaries, and if we want to know " +
      "that, we'd run a proper randomised A/B test once it's fully out.",
  },
  // lunch-peak-recommendations · strong · short answers to the interviewer's five follow-up questions
  {
    id: 'ap004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "1. What's yours and what's engineering's?",
      'The calls are mine: who gets the model in what order, the stop limits, how long each stage holds, go or no-go. The ML team owns serving and the traffic split.',
      '',
      '2. Who goes first?',
      'Staff in Berlin and Singapore, then beta opt-ins in both regions, then regular customers. Each region ramps on its own so Asia gets real lunch-peak traffic. Big weekly-basket regulars and brand-new customers last: a bad home screen costs us most with them.',
      '',
      '3. What makes you pull it, and who pulls it?',
      'Fixed before launch: feature-store errors or timeouts +0.5 % vs control, p95 latency +150 ms, compute cost per request +25 %, "not for me" taps on baskets +1 pt, basket adds −2 % vs control. On-call in either region flips the flag back, old model in under five minutes, no permission needed, 3 a.m. Berlin included.',
      '',
      '4. How does it ramp, and who says go?',
      '1, 5, 25, 50, 100 %. Each stage holds at least 24 hours to cover a full Singapore lunch peak, and moves only if every limit stayed green. The ML lead and I sign each step.',
      '',
      '5. Does a clean canary mean the model is better?',
      "No. Only that it's safe. Whether it sells more baskets is a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts · strong · numbered list of promises to the support team
  {
    id: 'ap005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Support team: before the new payment SDK goes out, here is what we're promising you. Hold us to it.",
      '',
      "1. I own the rollout decisions: who gets it, when it moves, and what makes us stop. Payments engineering owns the SDK build and the rollout flag. If you're not sure who to ask, ask me.",
      "2. Our own staff get it first, on their own phones, then the beta testers who signed up in the app, then a slice of ordinary customers. Android and iOS ramp separately, because Android is where we're least sure. Customers in their first week and the big corporate meal accounts come last.",
      "3. The stop lines are agreed now and won't move once we start: payment failures more than 0.5 % above the old SDK on either platform, any 5-minute window where canary failures go over 2 %, payment p99 above 2.5 seconds, or completed orders down 2 % against the control group.",
      '4. It goes 1 %, 5 %, 25 %, 50 %, 100 %, with at least 24 hours at each step, and no step starts on a Friday. It only moves when the payments lead and I have both signed off in #release.',
      "5. If any stop line is crossed, the on-call engineer switches the flag back and every customer is on the old SDK within five minutes. They don't wait for me or anyone else.",
      "6. A clean rollout means the new SDK is safe, nothing more. Whether wallet payments bring more orders we'll learn from a proper A/B test later, so please don't quote canary numbers to customers as a win.",
    ].join('\n'),
  },
  // storage-migration-under-load · strong · reasons from a past incident postmortem
  {
    id: 'ap006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "The last migration like this I was part of went badly, and most of how I'd run this one comes out of that postmortem, so let me go through it that way.",
      '',
      'What happened: we moved order history to a new cluster, sent 10 % of random users over, watched a dashboard for an afternoon and said go. Load tests had passed, with warm caches, like here. Monday morning the cold cache met the real peak and p99 went to eleven seconds. Nobody had written down what "bad" meant, so we spent forty minutes arguing about whether it was bad enough, and the rollback was a redeploy that took another half hour.',
      '',
      "Finding one: nobody owned the decision. So here, engineering owns the proxy, the cluster and the switch; I own who moves, when, what sends us back, and whether we advance. I'd say that out loud at kickoff.",
      '',
      'Finding two, thresholds. Before any workspace moves we agree: errors on task reads more than 0.3 % above the old cluster, p99 page load more than 250 ms worse, task updates per active user down 2 % against teams still on the old cluster. In the runbook, signed by me and the engineering lead.',
      '',
      "Finding three, who went first. Random users put our biggest customer in the first 10 %. This time it's our own workspaces, then teams in the beta programme, then small free teams, with large paying workspaces and anyone mid-trial last.",
      '',
      "Finding four, we moved too fast. Ramp 1, 5, 25, 50, 100 % by workspace, each stage held through at least one full weekday peak starting from a cold cache, which we flush on purpose. The engineering lead and I both sign off every step. And the old cluster stays up until 100 % has held for a week, whatever the decommission date says; I'll take that fight.",
      '',
      'Finding five, rollback. We dual-write during the ramp, so the on-call engineer can point the proxy back at the old database in under five minutes, any time, without calling me. We rehearse it once before we start.',
      '',
      "Last one: we'd told leadership the canary proved the new store was faster. It can't. It tells you it's safe. If we want to claim better, that's a controlled A/B comparison afterwards.",
    ].join('\n'),
  },
  // night-breach-rollback-authority · strong · 'Decision — Owner — Why' lines
  {
    id: 'ap007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Decision — Owner — Why',
      "Routing and the pricing service itself — Platform engineering — their system; I don't touch the switch.",
      'Who rides first — Me (PM) — staff trips, then beta riders, then one small city; big cities and first-time riders last, because a wrong fare on a first trip loses that rider.',
      'Stop lines, fixed before Tuesday — Me, agreed with the eng lead — fare errors > 0.5 % over control, quote p99 > +200 ms, fares differing from the old service by > 2 % on more than 1 trip in 1,000, completed trips −2 % vs control.',
      'Ramp — Me — 1 → 5 → 25 → 50 → 100 %, each held 48 h so every stage sees a night peak and the batch window.',
      'Moving to the next stage — Me and the pricing eng lead, both — nobody advances alone.',
      "Rollback — Whoever is on call, 24/7 — flag back to the old service in under 5 min; at 2 a.m. they don't wake me first.",
      '"Is it better?" — Me, with data science — not the canary\'s job; it shows the service is safe. A randomised A/B test answers better.',
    ].join('\n'),
  },
];
