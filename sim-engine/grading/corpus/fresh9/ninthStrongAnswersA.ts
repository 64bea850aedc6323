import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninth blind set, author A — strong answers (r001–r007): every point of the scenario type,
 * written without sight of the grader. The built-in scenario each answer was written for is
 * named in a comment; see LABEL-NOTES-a.md for the judgement calls.
 */
export const NINTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // storage-migration-under-load; very senior, dense prose.
    id: 'r001',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Let me separate what's mine from what isn't. The infrastructure team owns the proxy, the " +
      'connection pools and the mechanics of shifting reads. I own three calls: who moves and in ' +
      'what order, which numbers send us back, and how long we sit at each level before moving on. ' +
      'Order: our own workspace first, since we live in the tool all day and a slow task list ' +
      'annoys us before anyone else. Then the beta programme tenants, who signed up for rough ' +
      'edges, then free workspaces. Paid teams after that, and enterprise tenants only once ' +
      'everything else has lived on the new cluster for a while; they have uptime clauses in ' +
      'their contracts and they are the ones who churn after a bad week. The limits get agreed ' +
      'by me and the infrastructure lead on the release ticket before the first read moves: 5xx ' +
      'rate more than 0.4 points above the pool still on the old database, p99 read latency more ' +
      "than 150 ms over the old cluster's, and tasks created per active workspace down more than " +
      '2% against that same control pool. Any one breached for fifteen minutes and we go back, ' +
      'no debate. The load tests ran with warm caches, so the dangerous moment is cold caches ' +
      'meeting real concurrency; that is why I want the gates driven by the metrics rather than ' +
      'the calendar. 1% for a day, 5% until we have watched a full weekday peak with flat errors, ' +
      '25% for at least 48 hours because that is the first level where task creation has the ' +
      'volume to mean anything, then 50%, then everyone. Nothing advances without my name and ' +
      "the infrastructure lead's on the go/no-go. Going back has to be a routing change in the " +
      'proxy, not a restore: the old cluster keeps receiving dual writes until we finish, the ' +
      'on-call SRE can point reads back at 3 a.m. without paging me, and we rehearse it in ' +
      'staging so we know it takes under four minutes. Last thing: a clean run tells us the ' +
      'migration is safe. It says nothing about whether users are better off; if someone wants ' +
      'that claim, it needs its own randomised experiment afterwards. And if the ramp runs past ' +
      'the end of the month, the decommission date moves, not the ramp. ' +
      'On communication: enterprise account managers hear the schedule a week ahead, the status ' +
      'page gets a maintenance note for the enterprise stage, and if we do roll back I write the ' +
      'summary the same day, with which limit tripped, at what exposure and how long the revert ' +
      'took, so the next attempt starts from facts rather than from memory. I would also ask the ' +
      'infrastructure team for one more load test before we start, this time with cold caches, ' +
      'not as a substitute for the canary but so that the first stage is not where we learn ' +
      'the obvious.',
  },
  {
    // payment-sdk-android-bursts; terse numbered steps.
    id: 'r002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '1. Roles. I decide cohorts, abort criteria, stage lengths. Payments engineering runs the flag and the rollout tooling.',
      '2. Sequence: employees paying with their own cards → beta testers → iPhone app → web shop → Android app → loyalty members last. Android and iPhone are separate cohorts so a platform-only fault is not diluted.',
      '3. Abort criteria, fixed before day one, per platform and per 5-minute window (the failures come in bursts):',
      '   - payment failures > +0.3 pp vs control',
      '   - p99 authorisation time > +250 ms',
      '   - completed orders per checkout session −1.5% vs baseline cohort',
      '4. Stages 1 / 5 / 20 / 50 / 100 %. Each held ≥ 24 h and must contain one dinner peak; nothing beyond 20 % until a Friday dinner has passed at that level.',
      '5. Gate: written go from me and the payments lead at every step. No auto-advance.',
      '6. Revert: server-side flag back to the old SDK path. On-call pulls it at any hour, no approval needed, ~2 min. Not an app release: the old SDK stays in the binary until two weeks after 100 %.',
      '7. Out of scope: whether wallets lift orders. Separate randomised A/B afterwards.',
    ].join('\n'),
  },
  {
    // night-breach-rollback-authority; nervous spoken transcript with fillers.
    id: 'r003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Um, okay, so — the fare thing. So first, I guess, the engineers own actually moving the ' +
      'traffic, the routing, right, but the parts that are mine as the PM are, um, who sees it ' +
      'first, the numbers where we pull back, and how long we wait between steps. So who first: ' +
      'um, our own staff riding on their own accounts, then the beta riders, then regular riders, ' +
      "and business accounts last, 'cause those are contracts and you really don't want to " +
      "overcharge a company. Uh, the numbers — I'd want them written down before we start, not, " +
      'you know, figured out on the night. So something like: errors from the pricing service ' +
      'more than half a percent over the old one, p99 on the fare quote more than, um, two ' +
      'hundred milliseconds slower, and trips booked per quote down two percent compared to the ' +
      "people still on the old pricing. Sorry — I'd maybe add a fare-mismatch check too, but " +
      'those are the main three. Steps, um, one percent, five, twenty-five, fifty, a hundred, and ' +
      "I'd stay on each one at least a full night, because trips peak at night and there's that " +
      'batch window with billing, so, like, we need to have seen that window at every level ' +
      'before we go up. And at each step me and the eng lead say go, explicitly, in the release ' +
      'channel. Oh, and the — the two a.m. thing. The on-call engineer rolls back on their own. ' +
      "They don't wake me up, they don't need anybody's okay. It's a flag flip back to the old " +
      'pricing service, a couple of minutes, not a redeploy. Uh, and last thing: this only tells ' +
      "us it's safe to ship. If we want to know whether the new fares are actually better, like " +
      "for revenue, that's an A/B test later, randomised, not something we read off the canary group.",
  },
  {
    // checkout-first-order; non-native English, headed sections.
    id: 'r004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'My role',
      'As product manager I am responsible for the decisions: the order of the groups, the limits for rollback and how long we stay on each step. The platform engineers make the technical part (traffic split, deploy).',
      '',
      'Order of groups',
      'First our employees. Then the Insiders programme, they accept problems. Then coupon browsers, because their orders are small. After, returning customers. First-time buyers and wholesale accounts come at the end: first-time buyers are exactly the people the lab did not test, and wholesale brings the most money.',
      '',
      'Limits (fixed before start)',
      'Error rate of checkout: not more than 0,5 % over the control group. Latency p99: maximum 200 ms worse. Conversion: if it falls more than 2 % compared to the baseline group, we stop. We write this in the release document and everybody signs it before the first user sees the page.',
      '',
      'Steps',
      'Pass 1 %, 5 %, 25 %, 50 %, 100 %. It is a surface change, so a time gate is ok, but I want minimum 24 hours on every step and minimum two days on 25 %, because conversion needs volume. We must start early enough; the spring campaign is not a reason to jump steps.',
      '',
      'Approval',
      'Before every next step, me and the tech lead give the approval in writing.',
      '',
      'Going back',
      'The on-call developer can switch back to the old checkout with the feature flag, also in the night, without asking me. It take maybe two minutes. No new deploy.',
      '',
      'What the canary does not tell',
      'The canary say if the page is safe. It does not say that one page is better than three steps. For this we make a real A/B test with random users after.',
    ].join('\n'),
  },
  {
    // support-model-upgrade; self-posed Q&A.
    id: 'r005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Q: Who decides what?',
      'A: The ML platform team owns serving and the traffic switch. The rollout decisions are mine: cohorts, stop conditions, how long each stage lasts.',
      'Q: Who gets the bigger model first?',
      'A: Our own support agents, who use the assistant all day and will tell us in an hour if it misreads a payslip. Then the preview programme, then workspace admins, then members. Trial accounts and enterprise customers go last: trials are forming a first impression, enterprise pays the most.',
      'Q: What makes us stop?',
      'A: Written into the launch doc before any traffic moves: error rate up more than 0.5 percentage points on the canary versus control; p99 response time more than 1.5 s slower, since a larger model is slower anyway and I want to catch slow, not any slowdown; questions resolved without a human ticket down more than 2% relative to the baseline cohort.',
      'Q: And the model-specific part?',
      'A: Errors alone will not tell you a model is wrong. We grade a sample of canary conversations with the eval harness and stop if the share of invented answers, say a leave rule that does not exist, rises by more than a point. We watch thumbs-down and "talk to a person" clicks, p95 latency, and tokens per conversation, with cost per conversation reported to Finance each day; more than 40% above the old model is a stop too.',
      'Q: How fast?',
      'A: 1%, 5%, 25%, 50%, 100%. Each stage waits until its metrics are in, not just for the clock: at least a day each, and 25% needs enough resolved conversations to read the business number, realistically two or three days.',
      'Q: Who says go?',
      'A: Me and the ML lead, explicitly, at each stage.',
      'Q: How do we get out?',
      'A: The model version is a config value. The on-call engineer can flip it back at any hour without my approval; it takes a couple of minutes and needs no deploy.',
      'Q: If the canary is clean, is the bigger model better?',
      'A: No. Clean means safe to run. Whether it answers payroll questions better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  {
    // prompt-locale-thumbs-down; casual lowercase bullets.
    id: 'r006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "- split of work: eng ships the prompt as a config version + does the routing. i'm on the hook for who gets it when, the kill criteria, and the pace",
      '- who: us (employees) → early-access writers → english users → german users as their own slice so a german-only problem shows up on its own → business teams last, they write to clients',
      '- kill criteria, in the kickoff doc and agreed before anything ships:',
      '  - error rate +0.3pp over control',
      '  - p99 +150ms',
      '  - accepted-suggestion rate down >2% vs baseline users',
      '  - thumbs-down > 1.5x baseline in EITHER language (not pooled — pooled hides the german quarter)',
      "- model-y stuff on top: eval set graded per language by the harness, incl. a formal-address check for german (sie vs du) and a made-up-facts rate; thumbs-down split by language; p95 latency; tokens per reply, bc 'warmer' usually means longer",
      '- pace: 1 → 5 → 20 → 50 → 100. gates on metrics not the clock, and at least 2 days at 20 because thumbs are sparse',
      '- each step: i sign, eng lead signs. no sign, no step',
      "- escape hatch: on-call reverts the prompt version anytime, day or night, <5 min, no deploy, doesn't need to ask me",
      "- this isn't the experiment. if the claim is 'warmer = people like it more', that's a randomized a/b afterwards. canary = don't break stuff",
    ].join('\n'),
  },
  {
    // quiet-feedback-trap; formal register, numbers spelled out.
    id: 'r007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'I would begin by being clear about responsibilities. The machine-learning engineers are ' +
      'responsible for serving the new model and for the mechanism that divides traffic; as the ' +
      'product manager, I am accountable for the sequence of clinics, for the conditions under ' +
      'which we retreat, and for the duration of each stage.\n\n' +
      'Sequence. Our own staff first, then the pilot clinics, who volunteered and who know us ' +
      'well enough to report a poor summary. The general population of clinics follows, and the ' +
      'hospital groups come last, because they carry the most patients and the most commercial ' +
      'weight.\n\n' +
      'Conditions for retreat, agreed in writing before the first summary is produced by the new ' +
      'model: an error rate more than half a percentage point above the control; a ninety-ninth ' +
      'percentile latency more than three hundred milliseconds worse; and a fall of more than two ' +
      'per cent, relative to the baseline cohort, in summaries that vets save without editing.\n\n' +
      'The particular difficulty here is that feedback is sparse. The harness grades one summary ' +
      'in two hundred and few vets press a rating, so at five per cent we would learn almost ' +
      'nothing. I would therefore ask for the harness to grade one canary summary in ten during ' +
      'the rollout, and track four model signals: the rate of statements in a summary that do ' +
      'not appear in the visit notes, the share of summaries rated down or heavily edited, ' +
      'ninety-fifth percentile latency, and cost per summary in tokens, which is, after all, the ' +
      'reason for the change.\n\n' +
      'Stages of one, five, twenty-five, fifty and one hundred per cent. Advancement is governed by ' +
      'the metrics rather than by the calendar: we remain at a stage until the graded sample is ' +
      'large enough to read, which I expect to be at least three working days at twenty-five per ' +
      'cent. At every stage, the ML lead and I sign the decision to proceed.\n\n' +
      'Retreat is a configuration change that returns traffic to the previous model. Any on-call ' +
      'engineer may make it, at any hour, without seeking my approval, and it completes within ' +
      'five minutes.\n\n' +
      'Finally, a successful canary establishes only that the cheaper model is safe to operate. ' +
      'Whether clinics prefer its summaries is a separate question, for a randomised A/B test ' +
      'conducted afterwards.',
  },
];
