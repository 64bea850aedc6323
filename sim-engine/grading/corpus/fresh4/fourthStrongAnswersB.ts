import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fourth held-out set, author B, strong answers (k021–k027): every point of the scenario type,
 * written blind to the grader in varied voices and formats. Built-in scenario per answer in
 * LABEL-NOTES-b.md.
 */
export const FOURTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'k021',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Um, okay, so — the payment SDK. First thing, I'd, uh, I'd split who does what. The " +
        'mobile and payments engineers handle the actual deploy and how orders get sent to the ' +
        "old or the new SDK. What I'm on the hook for is, like, the calls: who gets it first, " +
        'what numbers make us pull it, and how long we sit at each step.',
      'So, order. Our own staff ordering lunch through the app go first. Then the beta testers ' +
        'who signed up for early builds. Then the normal Android, iOS and web customers — and ' +
        "honestly I'd bring a slice of Android in early-ish, because that's where the new wallet " +
        'code path is, but not all of Android in one go. The VIPs, the people ordering every day, ' +
        "are last. I don't want them to be the ones who find a card failure.",
      'Uh, numbers. Before anything goes live the payments lead and I agree and write down ' +
        'three things. If payment failures climb more than half a percentage point over the ' +
        'orders still on the old SDK — over control, I mean — we stop. If the p99 of the payment ' +
        'call gets more than two hundred milliseconds slower, we stop. And if paid orders per ' +
        'checkout started fall more than two percent against the same segments on the old SDK, we ' +
        "stop. Those go in the plan; they're not, you know, invented while staring at Grafana.",
      'Then the ramp: one percent, five, twenty-five, fifty, then everybody. Because this thing ' +
        "fails in bursts I wouldn't just wait out a clock — a step only moves on once the numbers " +
        'have been clean for six hours in a row, and at least one of those windows has to include ' +
        'a Friday dinner peak before we go past twenty-five.',
      'Every step needs a yes from me and from the payments tech lead, both by name.',
      'Rolling back — the on-call payments engineer just does it, any hour, no need to wake me. ' +
        "It's a server-side switch that sends payments back through the old SDK, two or three " +
        "minutes. If going back needed a new app release I'd call that a no-go, so the new SDK " +
        'ships dark behind that switch.',
      'And, uh, last thing. All of this tells us the new SDK is safe. Whether wallet payments ' +
        "actually lift orders is a separate question, and that's a proper randomised A/B test " +
        "afterwards. Yeah. I think that's it.",
    ].join('\n'),
  },
  {
    id: 'k022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '## Ownership',
      'The platform team operates the model router. I own the release plan: the order of ' +
        'exposure, the stop conditions and the cadence, and I am accountable for them.',
      '',
      '## Exposure order',
      '1. Our own support agents (4 % of traffic). They know the correct answers about payslips ' +
        'and leave and will spot a wrong one at once.',
      '2. Customers in the preview programme.',
      '3. Admins: power users who ask hard configuration questions and write precise bug ' +
        'reports.',
      '4. Ordinary members.',
      '5. Trial accounts and enterprise tenants last. A trial user who is told something wrong ' +
        'about their payslip does not convert; an enterprise tenant escalates.',
      '',
      '## Stop conditions (agreed in writing with engineering and finance before launch)',
      '- Failed responses: more than 0.5 percentage points above the arm still on the current ' +
        'model.',
      '- p99 end-to-end response time: more than 200 ms above control.',
      '- Business: conversations resolved without a ticket, down more than 2 % against matched ' +
        'segments still on the current model.',
      '- Fabricated answers, as scored by the eval harness on a sample of live conversations: ' +
        'more than one point above the current model.',
      '- Thumbs-down and "that\'s wrong" corrections: up more than 15 % relative.',
      '- p95 latency: no more than 300 ms worse. A larger model is slower and that must be ' +
        'bounded.',
      '- Tokens per conversation: at most 40 % above today, which is the figure finance asked ' +
        'us to answer.',
      '',
      '## Ramp',
      '1 → 5 → 20 → 50 → 100 %. Every stage is metric-gated: we advance only after all guards ' +
        'have stayed inside their limits for twelve hours, with a 48-hour cap after which a ' +
        'person reviews. The 20 % stage also waits until the harness has graded at least 2,000 ' +
        'sampled answers, because quality evidence accumulates slowly.',
      '',
      '## Gates',
      "Each promotion needs two named approvals: mine and the ML lead's.",
      '',
      '## Rollback',
      'The on-call ML engineer may revert at any hour without consulting anyone. The router ' +
        'points back to the previous model by configuration, which completes in under five ' +
        'minutes. We rehearse it once at 1 %.',
      '',
      '## What this does not tell us',
      'A clean canary means the new model is safe to run, not that it is better: the exposed ' +
        'cohorts were hand-picked. If we want to claim the three-point offline gain shows up with ' +
        'customers, that is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  {
    id: 'k023',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Storage migration — plan',
      "- Mine: order, limits, pace. Infra's: proxy routing and the execution.",
      '- Staff → beta → free workspaces → teams → enterprise. Enterprise last: biggest blast ' +
        'radius, loudest escalations.',
      '- Limits, signed before step one: half a percent on error rate over control; two hundred ' +
        'ms on p99; task-page loads completed, two percent under the baseline cohort. Extra: ' +
        'proxy connection pool above eighty percent = stop.',
      '- Steps: one, five, twenty-five, fifty, hundred. Metric-gated, eight clean hours each. ' +
        'Cold caches ⇒ twenty-five and fifty must each span a Monday-morning peak.',
      '- Each step: written go from me + infra lead.',
      '- Back-out: on-call SRE, any hour, no approval needed. Proxy config flip to the old ' +
        'cluster, ~three minutes. Old cluster stays up until a week after hundred; the ' +
        'decommission date moves if it must.',
      '- Canary = "safe to move", not "better". Any claim that it\'s faster → separate ' +
        'randomised test afterwards.',
    ].join('\n'),
  },
  {
    id: 'k024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'For this prompt change I think the most important is to be clear what is my job as ' +
        'product manager. The engineers make the switch of the prompt and the routing of traffic, ' +
        'this is not my part. My part is to decide which users receive the new prompt first, at ' +
        'which numbers we go back, and how long we stay at every step.',
      '',
      'The order I propose: first our own colleagues, they write mails every day with the tool. ' +
        'After, the early program. Then I want German users quite early but small, before the ' +
        'English majority, because the review was only made by the English team and here is the ' +
        'biggest risk — formal "Sie" against "du". The teams customers, who pay the most, come at ' +
        'the end.',
      '',
      'Limits we fix before to start, in the document, with the engineering lead agreeing: ' +
        'error rate not more than 0,5 % higher than the group with the old prompt; p99 latency ' +
        'not more than 200 ms worse; the rate of suggestions accepted by the user not falling ' +
        'more than 2 % compared to the same segment on the old prompt. Because it is a prompt I ' +
        'add also: thumbs-down on suggestions, per language, not more than 10 % relative worse; ' +
        'the eval harness, which grades a sample of outputs for invented facts and now also for ' +
        'wrong register in German, not worse than the old prompt; p95 latency and tokens for each ' +
        'request — warmer text is longer, so the cost can grow, I accept maximum plus 15 %.',
      '',
      'Steps are 1 %, 5 %, 25 %, 50 %, 100 %. We go to the next step only when all these values ' +
        'stay good during 24 hours, because thumbs-down come slowly. For each step me and the ' +
        'tech lead give the OK, written in the release channel.',
      '',
      'If a limit is crossed, the engineer on call can go back immediately, also in the night, ' +
        'without to ask me. It is only a config change to the old prompt, less than five minutes.',
      '',
      'At the end: this canary says only that the new prompt is not dangerous. If the warmer ' +
        'tone makes users more happy, we must test it with a real A/B test on random users after.',
    ].join('\n'),
  },
  {
    id: 'k025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Q: Who owns what here?',
      'A: Engineering owns the pricing service and how requests get routed to it. I own the ' +
        "decisions around it — which riders, what counts as bad, how long we wait — and I'm the " +
        'one accountable if those are wrong.',
      'Q: Which users go first?',
      'A: Employees taking rides, then the beta riders, then general riders. Business accounts ' +
        '— corporate travel — go last, because a wrong fare on an expense report turns into a ' +
        'support nightmare.',
      'Q: What triggers a rollback?',
      'A: We write it down on Tuesday afternoon, before anything moves: fare-calculation errors ' +
        'up more than 0.5 points versus riders still on the old service; p99 quote latency more ' +
        'than 200 ms worse; booked trips per quote down more than 2 % versus the same segments on ' +
        "the old path. I'd add a price-difference check on shadow calls, new versus old fare, " +
        'over 1 %.',
      'Q: How do you ramp?',
      'A: 1 %, 5 %, 25 %, 50 %, 100 %. Each stage waits for six consecutive clean hours, and ' +
        'the 25 % stage has to sit through one nightly batch window and one weekend night before ' +
        'we move on.',
      'Q: Who approves a step?',
      "A: Every step gets an explicit go from me and the pricing tech lead. We don't advance at " +
        'night when neither of us is around; the gate just waits until morning.',
      'Q: And at 2 a.m., if something breaks?',
      "A: That's the heart of this one. The on-call engineer has standing authority to roll " +
        "back at any hour — no call to me, no call to a director. It's a routing change back to " +
        "the old pricing service, under five minutes. Before we start I'd check the rota actually " +
        'covers Tuesday night.',
      'Q: How is this different from an A/B test?',
      'A: The canary only tells us the new service is safe to run. Whether the new fares change ' +
        'demand is a randomised A/B test later, not something we read off the canary riders.',
    ].join('\n'),
  },
  {
    id: 'k026',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'm not an expert on vet software, so take the specifics as a starting point, but " +
        'roughly:',
      '',
      "1. Roles. I'd be the one who decides the plan — who gets the cheaper model when, what " +
        'makes us stop, how long each step lasts. The ML engineers run the switch itself. I think ' +
        "that split matters; they shouldn't be guessing at product limits.",
      '2. Sequence. Our staff first, I suppose, though they only write test notes. Then the ' +
        "pilot clinics who signed up to try things, then regular clinics, and I'd keep the clinic " +
        'groups — the big multi-site customers — for the very end.',
      '3. Stop rules, agreed ahead of time. Something like: failures more than 0.5 % over the ' +
        "old model's arm; p99 more than 200 ms slower (it should be faster, so that's generous); " +
        'summaries saved to the record without edits down more than 2 % versus comparable clinics ' +
        "still on the old model. For the model itself: the harness's rate of invented findings, " +
        'anything more than a point over the old model; thumbs-down from vets up 20 % relative; ' +
        "p95 latency no worse than today; and cost per summary — it's supposed to drop, so if " +
        'tokens per summary rise more than 10 % something is off.',
      "4. Stages: 1, 5, 25, 50, 100. Here's the catch, I think. At 5 %, with a few hundred " +
        "summaries a minute and one in two hundred graded, we'd see maybe a handful of graded " +
        "summaries an hour. So I'd hold on evidence, not on the clock: each stage waits until the " +
        'harness has graded, say, 300 summaries with nothing tripped, with a cap of three days ' +
        "before we sit down and look. I'd also ask engineering to grade one in twenty during the " +
        'canary, if the cost allows.',
      '5. Each step forward needs a sign-off from me and the ML lead, and probably the clinical ' +
        'advisor too at 25.',
      '6. Rollback: the on-call engineer can roll back on their own, day or night. It should ' +
        "just be pointing the model route back, a couple of minutes. I'd want that tried once " +
        'before we start.',
      "7. And I'd be careful not to treat this as proof the cheaper model is as good. The " +
        "canary just says nothing broke. If we want to say vets like it equally, that's a proper " +
        'randomised A/B afterwards.',
      '',
      'Does that sound reasonable?',
    ].join('\n'),
  },
  {
    id: 'k027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Let me start with the part most people skip: on a release like this the engineers own ' +
        'the machinery — the feature stores, the model servers, the traffic split — and I own the ' +
        "decisions that make the canary worth having. That's three things: who sees the new model " +
        'and in what order, what evidence forces us back, and how patient we are between steps. ' +
        'If I leave those to whoever is on shift, the canary becomes a slow launch rather than a ' +
        'safety net.',
      '',
      "Order. Staff first, then the preview group, then the general population — and here I'd " +
        'deliberately split by region rather than treat "general" as one bucket. Asia runs on a ' +
        "clock the Berlin team doesn't live on, and the feature stores were sized for the old " +
        "model, so the risk isn't uniform: it's concentrated wherever the load peaks. I'd expose " +
        'a small Asian slice alongside the European one from the 5 % stage rather than ' +
        'discovering Singapore at 50. Plus members, who pay us the most, come last.',
      '',
      'Before a single request moves, we write the tripwires into the plan and everyone signs ' +
        'it: request errors no more than half a point above control; p99 home-screen latency no ' +
        'more than 200 ms above control — and I want that per region, because an average across ' +
        'Europe and Asia would hide exactly the failure this scenario is about; baskets added ' +
        'from recommendations per home-screen view no more than 2 % below the baseline cohort on ' +
        'the old model. For the model specifically: p95 model latency, since feature reads are ' +
        'where this will hurt; compute cost per request, which more features make heavier, capped ' +
        'at plus 25 %; a nightly eval-harness run over a sample of served baskets that counts ' +
        "recommended items that are out of stock or not sold in that region — the recommender's " +
        'version of a hallucination — no worse than the old model; and the rate at which users ' +
        'dismiss the recommended basket, no more than 10 % up.',
      '',
      'The ramp is 1, 5, 25, 50, 100. Gates are metric-based, not time-based: a stage advances ' +
        'only after every guard has held for a full 24-hour cycle, which guarantees both the ' +
        'European dinner peak and the Singapore lunch peak are inside the window. The 25 % stage ' +
        'is where the business metric becomes readable, so it gets two cycles. Each advance is an ' +
        'explicit decision by me and the ML lead; nobody promotes by default.',
      '',
      'Rollback authority has to match the clock. Singapore lunch is early morning in Berlin, ' +
        'so the on-call engineer at that hour — wherever they sit — may roll back without asking ' +
        'anyone. The mechanism is a routing config switch to the old model, which lands in a few ' +
        'minutes; a redeploy at 6 a.m. Berlin time is not a plan.',
      '',
      'Finally, what we will not claim. A canary that passes tells us the new model is safe ' +
        'under real load. It says nothing rigorous about whether it recommends better baskets — ' +
        'our exposed cohorts are chosen, not random. That question gets its own randomised A/B ' +
        'test afterwards, with a random slice of users kept on the old model as the control.',
    ].join('\n'),
  },
];
