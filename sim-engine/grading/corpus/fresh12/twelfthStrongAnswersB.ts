import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twelfth blind set B, strong answers (y021–y027): every point of the scenario type, written by hand. */
export const TWELFTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'y021',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Okay, um, so — the database move. First thing, I'd say what's actually mine here, right?" +
      " The platform folks own the proxy and the, uh, the traffic switching. What I'm on the " +
      'hook for is who goes when, what numbers make us stop, and how long we sit at each step. ' +
      'So who goes first... our own people, the staff workspaces, then the beta programme ' +
      'because they signed up for this, then the free workspaces, then paid teams, and the big ' +
      "enterprise customers only at the very end, because if their tasks don't load that's a " +
      "contract conversation. Um. And — sorry, I'm jumping around — I'd also tell support " +
      'before the first step, so if free users start saying pages are slow, we hear it as a ' +
      'signal and not as noise, because those tickets are kind of our early warning in this ' +
      "case. And I'd make sure the dashboards show the canary and the control side by side, not" +
      " one blended line, otherwise you can't see anything at one percent anyway. Okay. " +
      "Numbers. I'd write these down before we flip anything — in the launch doc, dated. Error " +
      'rate: if the canary is more than, say, zero point three points above the old cluster, we' +
      ' stop. p99 — not the average, the average hides exactly this kind of thing — if p99 is ' +
      'more than 250 milliseconds worse than the control group, stop. And on the business side,' +
      " sessions where someone actually updates a task, if that's down more than two percent " +
      'against the control, stop. Then the steps, like one percent, five, twenty-five, fifty, a' +
      ' hundred. And, uh, the thing with this one is the load tests were warm-cache, so if it ' +
      "breaks I'd expect it at the bigger steps — so at twenty-five and fifty I'd stay until " +
      'the metrics have been clean for a full working day including the afternoon peak, not a ' +
      "couple of hours. Nothing moves up until me and the eng lead both say go — we'd both " +
      'literally ack it in the release channel. Rollback — the old cluster is still running, so' +
      ' going back is just pointing the routing at it again, a couple of minutes, and the ' +
      "on-call SRE does that at three a.m. without waking me. They don't need permission. Oh, " +
      "and, sorry, one more — the canary tells us it's safe to keep going. It doesn't tell us " +
      "the new cluster is better for users. If anyone wants to claim that, it's a proper " +
      'randomised A/B test afterwards, separately.',
  },
  {
    id: 'y022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ownership',
      'I own the release policy: exposure sequence, abort criteria, dwell times and the go/no-go at every gate. Payments engineering owns the mechanics of the split.',
      '',
      'Sequence',
      'Employees paying with their own cards first, then the beta testers. General traffic next, with Android and iPhone entering as separately visible slices so a platform-only fault cannot hide in a blended number. Our top-spend accounts and corporate meal plans last.',
      '',
      'Abort criteria (signed before the first order touches the new SDK)',
      '• Payment failures: canary minus control above 0.4 percentage points on either platform.',
      '• p99 time to payment confirmation: more than 300 ms over control.',
      '• Completed orders per checkout session: 1.5 % below the control cohort.',
      '',
      'Cadence',
      "1 → 5 → 20 → 50 → 100. Certification by the provider says nothing about our session lengths, so no stage advances on the clock alone: each needs at least eight consecutive clean hours, which covers two of the SDK's four-hour token cycles, and I would not open a new stage on a Friday afternoon. Promotion requires my written approval and the payments lead's; there is no silent promotion.",
      '',
      'Reversal',
      'The payments on-call has standing authority, around the clock, to revert. The old SDK stays deployed behind a flag; reverting takes effect in about a minute. A redeploy is not an acceptable rollback path for payments.',
      '',
      'Why this order',
      'Staff and beta testers forgive a failed payment and report it; a failed payment for a first-time customer is usually a lost customer, and for a high-spend account it is a support escalation. Android and iPhone are separated because the SDK is two different codebases underneath, and a fault confined to one of them would be diluted by half in a blended rate — exactly the situation the abort criteria must not miss.',
      '',
      'Operational detail',
      'Dashboards split by platform are in place before stage one, alert routing goes to the payments on-call rather than a shared channel, and the support team gets a one-paragraph brief on what a failed wallet payment looks like so that their tickets can be tagged and counted.',
      '',
      'What this does not tell us',
      'Whether wallet payments lift conversion is a different question. The canary establishes that the new SDK does no harm; lift is measured afterwards in a randomised experiment sized for it.',
    ].join('\n'),
  },
  {
    id: 'y023',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'For this checkout I think first what is my job as product manager. The developers make ' +
      'the switch of the traffic, but the decisions are mine: which customers see it in which ' +
      'order, at which numbers we stop, how long we wait. I start with our employees, but ' +
      'careful, employees almost never buy, so their conversion I do not compare with anything.' +
      ' After employees come the insiders programme, then the coupon browsers, after them the ' +
      'normal returning customers. The first-time buyers I put late, and the big spenders at ' +
      'the very end, because the one page is most different for somebody without saved address,' +
      ' so there is the biggest risk and I want that few of them lose an order. Before the ' +
      'start we fix in the document the limits: conversion of the canary more than 3 % lower ' +
      'than the control group in the same hours, error rate more than 0,2 points higher, p99 ' +
      'latency more than 250 ms slower. If one of them is crossed we go back, no discussion. ' +
      'Steps are 1, 5, 25, 50 and 100 percent. Because the orders arrive 30 minutes later in ' +
      'the data, every step we stay minimum half a day, and at 25 % one full day, so the ' +
      'first-time buyers make enough orders to see a difference. For going to the next step the' +
      ' engineering lead and me both must give okay. The rollback is only to change the routing' +
      ' back to the old checkout, it takes 2 or 3 minutes, and the person on call can do it ' +
      'also in the night, without to ask me. Last point: this canary shows me only that the new' +
      ' checkout is not broken. If growth team wants to know the one page sells more, we make ' +
      "after a real A/B test with random groups, we don't read it from the canary.",
  },
  {
    id: 'y024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '1. Roles. Me: exposure order, stop numbers, hold lengths, gates. ML platform: the routing.',
      '2. Order. Support agents → preview programme → workspace admins → members → new sign-ups → enterprise accounts.',
      '3. Stop numbers, fixed in the plan doc before 1 %, canary vs concurrent control:',
      '   a. error rate +0.3 pts',
      '   b. p95 response time +400 ms (bigger model, some slowdown expected; we agree the budget now, not mid-rollout)',
      "   c. hallucination rate graded by the eval harness: +1 pt over today's ~3 %",
      '   d. thumbs-down: +2 pts over ~7 %',
      '   e. tokens per conversation: +20 %',
      '   f. tickets escalated to a human (business): +5 % relative',
      '4. Stages 1 / 5 / 25 / 50 / 100. Metric-gated, min 12 h clean per stage; at 25 % stay until the harness has graded ≥ 400 answers from long conversations.',
      '5. Gates: PM + eng lead sign each promotion in the release ticket.',
      '6. Rollback: flip the model alias, < 2 min, any on-call engineer, any hour, no approval needed.',
      '7. Offline evals +3 pts ≠ better for our users. Canary = does no harm. Better = separate randomised A/B, later.',
    ].join('\n'),
  },
  {
    id: 'y025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Q: Who decides what in this release?',
      'A: Engineering ships the new prompt behind a config switch. I decide the exposure order, the stop rules and when we move on.',
      'Q: Who sees the warmer prompt first?',
      "A: Our own staff, then the early-access writers. After that I'd open it to English and German users as two separate slices, so German speakers are actually in the canary early enough to be measured instead of being averaged away. Large business accounts come last.",
      'Q: What makes you stop?',
      "A: Rules agreed and written down before launch, each read per language against people still on the old prompt: thumbs-down up by more than a fifth relative; the eval sample's hallucination flags up more than half a point; p95 latency more than 150 ms worse; tokens per request up more than 15 %; error rate more than 0.2 points higher; drafts actually sent down more than 2 % against the control group.",
      'Q: How fast do you go?',
      'A: 1 %, 5 %, 25 %, 50 %, 100 %. Ratings are sparse, so each stage waits until there are a few hundred rated drafts per language, which in practice is about a day at 5 % and again at 25 %.',
      'Q: Who says go?',
      'A: The eng lead and I, in writing, in the launch thread, every step.',
      "Q: It's 11 p.m. and German thumbs-down doubles.",
      "A: Whoever is on call flips the prompt version back. It's config, under a minute, and they don't ring me first.",
      'Q: And if the English numbers look great?',
      "A: Nice, but that's not what the canary is for. It tells me the prompt isn't hurting anyone. Whether warmer is better is a randomised A/B test afterwards.",
    ].join('\n'),
  },
  {
    id: 'y026',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I think — and I might be off on the exact numbers — the main thing with this summariser is that the data is thin, so I'd plan around that. I'd frame my role as owning the decisions around the rollout rather than the plumbing: the ML team would own the routing between the two models, and I'd own which clinics go first, what would make us stop, how long we wait and whether we move on.",
      '',
      "On order, it probably makes sense to start with our own staff running it on test notes, then the pilot clinics who agreed to try new things, then ordinary clinics, and leave the hospital groups to the very end, since they're the accounts we'd least want to upset.",
      '',
      "For stop conditions I'd want them agreed before anything is exposed, ideally with our clinical advisor in the room. Maybe something like: the eval harness's rate of summaries with a missing or invented fact no more than one point above the old model's roughly 4 %; thumbs-down no more than 3 points above control; p95 latency — which should actually drop — not more than 200 ms above control; errors no more than 0.3 points above control; tokens per summary not above the old model's, since cheaper is the whole point; and on the business side, summaries accepted without edits no more than 3 % below control.",
      '',
      "The stages would be something like 1, 5, 25, 50, 100 percent. Honestly I'm not sure 5 % tells us much — at a few hundred summaries a minute with one in two hundred graded, that's a handful of graded summaries an hour — so I'd hold on the metrics rather than the clock, and stay at 25 % until we have maybe 300 graded summaries, which could take two or three days. Quiet wouldn't mean fine.",
      '',
      'Each step would need the engineering lead and me to agree, explicitly and in writing.',
      '',
      "If something trips, I think the on-call engineer should be able to switch the model back themselves at any hour — it's a config pointer, so a minute or two — and tell me afterwards.",
      '',
      "And I'd be careful not to present the canary as showing the cheaper model is as good. If we want that claim, I'd suggest a randomised comparison afterwards, designed for it.",
    ].join('\n'),
  },
  {
    id: 'y027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'ok quick version:',
      "- my call: who gets it when, the kill numbers, how long we sit, and I'm one of two signatures to go up a step (other one is the ML lead). infra does the actual routing",
      '- who: us (staff) → preview programme → regular customers in both regions → new sign-ups and our biggest basket spenders last',
      '- kill numbers, in the ticket before we start, compared w/ the control group not w/ last week: errors up more than two tenths of a point, p ninety-five latency up more than a hundred and fifty ms, add-to-basket rate down more than two percent',
      "- model stuff too: thumbs-down on recs up more than one point, eval harness flag rate for made-up or nonsense recs up more than half a point, features fetched + compute per request no more than a quarter over today (that's our per-query cost here)",
      '- steps: one, five, twenty-five, fifty, a hundred percent',
      "- big catch: team's in Berlin but Singapore lunch is like half four to seven am Berlin time. so every step sits at least twenty-four hours and only moves on once each region has lived through its own peak with clean numbers",
      '- rollback: on-call flips the model version flag, a minute or two, any hour, no need to wake me. APAC on-call covers the Asian morning',
      "- and the canary's just 'is it safe'. if we want to know whether the new recs sell more, that's a randomised A/B afterwards",
    ].join('\n'),
  },
];
