import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fourth blind set, author A, strong answers (k001–k007): every point of the scenario type,
 * written without sight of the grader. The comment above each answer names the built-in scenario
 * it answers; scenario says which point set applies.
 */
export const FOURTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load
  {
    id: 'k001',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Okay, um, so this is the task storage moving over to the managed cluster, right? So ' +
      "first thing, I'd, uh, I'd be clear about who decides what. The platform folks run the " +
      "proxy and do the actual shifting of traffic, that's theirs. What I'm on the hook for is " +
      'the calls around it: who goes first, what numbers make us stop, how long we sit at each ' +
      'level. So. Who goes first: our own staff, since we live in the tool all day anyway, then ' +
      'the beta programme people who signed up for early stuff, then the free workspaces, ' +
      "because if a free team has a slow afternoon it's, you know, annoying but it's not a " +
      "contract problem. Paid teams after that, and enterprise tenants dead last, they're the " +
      "ones with SLAs. Um, the stop numbers. I'd want them in the release doc and agreed with " +
      'the SRE lead before we touch anything. Something like: error rate more than half a ' +
      'percent over the old database path, p99 page load more than, say, two hundred ' +
      'milliseconds slower than control, and, uh, tasks created per active team down more than ' +
      'two percent compared with the same kind of teams still on the old cluster. Then the ' +
      'ramp. One percent, five, twenty-five, fifty, then everybody. And this is the important ' +
      "bit here, because the load tests ran with warm caches, I wouldn't go on a timer. Each " +
      'step has to show six clean hours with all three numbers green, and the twenty-five ' +
      "percent step has to include a weekday morning peak, because that's when it would fall " +
      "over under load, right? If it can't show that within, like, a day and a half, we stop " +
      'and look. Every step forward needs an okay from me and from the SRE lead, both of us, ' +
      'posted in the release channel. Rolling back: the proxy routes by config, so going back ' +
      'is pointing the route at the old database again, which is, I think, two or three ' +
      "minutes. Whoever's on call can do that any time of day or night without waking me up; " +
      "they tell us afterwards. And we keep the old cluster alive until we've been at a hundred " +
      'for a week, whatever the decommission date says. Oh, and one last thing. If it comes ' +
      "through clean, that tells us it's safe to move. It doesn't tell us the new setup is " +
      "faster or nicer for people; if we want to claim that, that's a separate randomised " +
      'comparison afterwards.',
  },
  // payment-sdk-android-bursts
  {
    id: 'k002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ownership',
      'Mine: sequencing, stop conditions, dwell times, gate approvals. Payments engineering owns the SDK integration and the traffic mechanics.',
      '',
      'Sequence',
      'Employees, beta testers, web shop, iPhone, Android, loyalty members. Android goes late on purpose: it is where SDK quirks show up, and I want a full picture from the other platforms before it carries real volume. Loyalty members are the highest-value base and go last.',
      '',
      'Stop conditions (signed before day one, all against control)',
      '- Payment failures: +0.3 points → stop.',
      '- Authorisation time at p99: +150 ms → stop.',
      '- Completed orders per checkout session: −2 % vs the same platform on the old SDK → stop.',
      'Read per platform, never blended. A burst on Android must not disappear into an average.',
      '',
      'Dwell',
      '1 / 5 / 25 / 50 / 100. Metric gates, not clocks: a stage advances after four consecutive clean hours and not before it has lived through one evening dinner peak. No forward moves on Friday between 18:00 and 21:00.',
      '',
      'Gates',
      "Two approvals per step: mine and the payments tech lead's. No approval, no step.",
      '',
      'Backout',
      'SDK version is chosen by a server-side config key; reverting takes about sixty seconds. Payments on-call holds that authority around the clock, Friday 19:30 included, and does not wait for me.',
      '',
      'What a clean run does not tell us',
      'That the wallets sell more. A clean canary says the new SDK does not break paying; lift is a question for a randomised test once we are fully migrated.',
    ].join('\n'),
  },
  // checkout-first-order
  {
    id: 'k003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'For this checkout I think first we must be clear what is my job and what is not my job. ' +
      'The engineers make the split of traffic and the deploy; I decide the order of the users, ' +
      'the limits for stopping, how long we stay on every step, and I am the one who says go to ' +
      'the next step, together with the engineering manager. The order: first our employees ' +
      "(but their buying we don't count, they almost never buy), after them the Insiders " +
      'programme, then the coupon browsers, because an order lost there is cheap. Then the ' +
      'returning customers. The first-time buyers and the wholesale accounts come at the end: ' +
      'first-time buyers because the spring campaign lives from them, and wholesale because one ' +
      'lost order is 400 euro. The limits I write before we start and the team agree with them: ' +
      'if errors are 0.5 percent higher than the control, or the p99 is 200 ms slower, we go ' +
      'back. Also if conversion falls more than 2 percent compared to the same segments on the ' +
      'old checkout, not compared to all customers, because the segments convert very ' +
      'different. Steps are 1, 5, 25, 50 and 100 percent of traffic. On each step we stay ' +
      'minimum 24 hours, on 25 percent two days, because conversion needs many orders before ' +
      'you can see something, and one day is not enough to see the weekday and the evening. ' +
      'Going back is a switch in the configuration, it takes one or two minutes, and the ' +
      'on-call person may do it at every hour, also in the night, without to ask me. Important: ' +
      'if the canary is fine, this says only that the new page does not break anything. If ' +
      'Growth want to know if it sells more, we need after this a real A/B test with random ' +
      'split; the canary groups are chosen by us, so they are not comparable.',
  },
  // night-breach-rollback-authority
  {
    id: 'k004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '1. Division of responsibility. Engineering configures the pricing service and the routing. I own the release decisions: the exposure sequence, the abort criteria, the stage durations and who approves what.',
      '2. Exposure sequence. Employees, then beta riders, then riders in general, and business accounts last, since an incorrect fare on corporate billing becomes a contractual dispute.',
      '3. Abort criteria, agreed with engineering and finance before launch and recorded in the release ticket:',
      '   a) fare-calculation errors exceeding control by 0.4 percentage points;',
      '   b) p99 quote latency exceeding control by 250 ms;',
      '   c) trips booked per fare quote falling 1.5 % below riders of the same type still priced by the old service.',
      '4. Stages: 1 %, 5 %, 25 %, 50 %, 100 %. No stage advances on elapsed time alone; each requires eight consecutive hours inside all three limits, and every stage must span at least one 00:00–04:00 window so that we have seen the nightly billing batch run against it.',
      '5. Approvals. I approve advances during the day; overnight the duty engineering manager is the named approver. Nothing advances without one of those two names on it.',
      '6. Rollback. Any on-call SRE may revert without further approval, at any hour; the revert is a routing-rule change back to the old pricing service and completes within four minutes. We rehearse it once at 1 % before leaving that stage.',
      '7. Interpretation. A clean run establishes that the new service does not harm trips. It says nothing about whether the new fares earn more; if that matters, a randomised experiment follows.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'k005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Q: Who decides what?',
      'A: The ML platform team swaps the model behind the gateway. I decide the exposure order, the stop rules and how long each stage runs, and I approve each step.',
      '',
      'Q: Who talks to the new model first?',
      'A: Our own support agents. They know the right answer to a payslip question and will spot nonsense at once. Then the preview programme, then workspace admins, who ask the hardest settings questions and write detailed feedback. Members next. Trial accounts and enterprise customers last: a wrong answer about leave during a trial loses the deal, and enterprise has contracts.',
      '',
      'Q: What makes you roll back?',
      "A: Rules written down and agreed before launch. Errors more than 0.5 % over the old model, or p99 more than 300 ms worse. Conversations escalated to a human agent up more than 2 % against the same segments on the old model. And because a model can be wrong while returning 200 OK: the eval harness's hallucination rate on sampled live answers more than one point above the old model, thumbs-down rate up by more than a fifth, p95 response time above four seconds, and cost per conversation more than 30 % above today's. Finance reads that last number off the same dashboard.",
      '',
      'Q: How long at each step?',
      'A: 1 %, 5 %, 25 %, 50 %, 100 %. Moving on needs twelve hours inside every limit, and at 5 % at least 500 graded answers before the hallucination figure means anything. At most three days per stage; after that I call it inconclusive and we sit down.',
      '',
      'Q: Who approves?',
      'A: The ML lead and me, in writing, at every gate.',
      '',
      'Q: Something breaks at 3 a.m.?',
      'A: The on-call ML engineer points the gateway back at the old model. It is a config change, about two minutes, allowed at any hour with no permission needed.',
      '',
      'Q: The evals went up three points. Is the new model better?',
      'A: The canary will only tell me it does no harm. Whether customers get better answers is an A/B question: randomly assign conversations afterwards and measure how many get resolved.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'k006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "So honestly I'd treat this as riskier than it looks, because a prompt change sounds harmless (I mean, it's just words, right?) but that's kind of the point. Let me walk through how I'd actually do it.",
      '',
      "First, roles. I'd let the AI platform team handle the mechanics of serving two prompts side by side; they know the gateway. What I think is on me as PM is deciding who sees it when, what counts as 'bad enough to undo', and how long we wait before each step. I'd want that to be clearly my call so nobody's arguing about it at midnight.",
      '',
      "Who sees it: employees first, obviously, then the early-access writers. Then, and this is where I'd be a bit careful, English-language users next and only then German-language users, partly because the prompt was only ever reviewed in English. Business teams at the very end, because they're writing to their own clients, so a too-casual 'du' is actually embarrassing for them. Hmm, actually I might let a small German slice in earlier just so we don't discover the problem at 60 %. But business teams definitely last.",
      '',
      "What counts as bad. I'd write these down before we start and get eng and our German-speaking support lead to agree to them:",
      '• suggestion acceptance down more than 2 % relative to the same language group still on the old prompt',
      "• errors up more than 0.5 %, p99 up more than 200 ms (probably won't move, but they're cheap to watch)",
      "• thumbs-down or 'rewrite this' clicks up more than 15 % in any one language. Per language, not averaged; that's kind of the whole scenario",
      '• hallucinations from the eval harness, which I think grades a sample of outputs, no more than 1 point worse',
      "• p95 response time no more than 300 ms worse, and tokens per suggestion no more than 10 % up, since 'warmer' probably means wordier",
      '',
      "Ramp: 1, 5, 20, 50, 100. I guess I'd hold each step at least a full working day, so 24 hours, and longer if the German slice hasn't produced enough thumbs-down clicks to read. Each move up gets a yes from me and the eng lead, written in the release channel.",
      '',
      "Rollback: the prompt is a config value, so switching back is basically instant, a minute maybe. I'd let whoever's on call do it any time, day or night, no need to get hold of me first.",
      '',
      "And last: if all of this goes fine, I'd be careful not to say 'users like the friendlier tone'. The canary just tells us it isn't hurting anyone. If we want to know whether warmer is actually better, that's a proper randomised A/B test afterwards.",
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'k007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '- Me: order, limits, dwell, gates. Eng: routing.',
      '- Order: staff → pilot clinics → clinics → hospital groups (most to lose, so last).',
      '- Limits, fixed before go-live, against the old model on the same kind of clinic:',
      '  - half a percent: the error-rate increase that stops us',
      '  - two hundred ms: the p99 increase that stops us',
      '  - two percent: drop in summaries accepted without edits',
      '  - one point: rise in the eval-harness hallucination rate',
      '  - fifteen percent: rise in thumbs-down plus vet corrections',
      '  - three seconds: ceiling for p95 response time',
      "  - twenty percent: rise in tokens per summary (should fall, it's the cheaper model)",
      '- Stages: one, five, twenty-five, fifty, a hundred percent.',
      '- Gate = limits clean AND enough evidence: four hundred graded summaries per stage, minimum. At five percent with one-in-two-hundred grading that is days, not hours, so eng raises grading to one in twenty on the canary arm. Cap of five days per stage, then pause and decide.',
      '- Sign-off: me + clinical-ops lead, every gate.',
      '- Rollback: on-call, any hour, model pointer in config, ~two minutes.',
      '- Clean canary ≠ better summaries. That needs a randomised A/B afterwards.',
    ].join('\n'),
  },
];
