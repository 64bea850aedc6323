import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Red-team set T (t001–t020), held out from the grader's author: t001–t012 are tricks that use
 * every point's words and numbers without committing to a plan for this change (no points);
 * t013–t020 are committed strong answers in forms that are easy to mis-grade (all points).
 * Judgement calls per answer are in README.md next to this file.
 */
export const RED_TEAM_T_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 't001',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Our platform lead has already circulated a rollout doc for the move to the managed cluster, so let me walk you through it and tell you what I make of it.',
      'Her doc says the PM owns the exposure order and the rollback limits, and the platform team owns the proxy. It sends employees first, then the beta programme, then free workspaces, with paid teams and enterprise tenants last. It writes down before launch: errors no more than 0.5 % above the old cluster, p99 read latency no more than 200 ms worse, task-page completions no more than 2 % below the baseline cohort. The ramp is 1, 5, 25, 50 and 100 %, with metric-based holds of six clean hours at each step and the PM and the database lead signing every gate. On-call can point the proxy back at the old database around the clock, in about three minutes. She even notes that the canary shows the cluster is safe, not better, and that an A/B test is what answers better.',
      "Is it a good doc? Parts of it. I'm not sure six hours is long enough when the load tests ran on warm caches, and I wonder whether enterprise tenants should come earlier, since they carry the heaviest load. Those are the questions I'd raise in her review.",
    ].join('\n'),
  },
  {
    id: 't002',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: "The model swap itself is a routing change the ML platform team makes every quarter, so I'd leave that one to them. Where I'd spend my time as PM is the change that follows it: next month's prompt rewrite for the payslip questions. For that one I'd own the order and the limits. Support agents first, then the preview programme, workspace admins, members, trial accounts, enterprise customers last. Roll it back if the eval harness shows hallucinations up more than one point, thumbs-down up two points, p95 over four seconds, or token cost per conversation more than 30 % above today, along with errors +0.5 % and p99 +200 ms. Steps of 1, 5, 25, 50 and 100 % with twelve-hour metric holds, the support lead and I signing each gate, and on-call reverting the prompt version by config in under five minutes at any hour. Then an A/B test to see whether the new prompt resolves more tickets, which a canary can't tell you.",
  },
  {
    id: 't003',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "Honestly, we're not there yet. Once the payments team has a per-platform routing switch and a real on-call rota, we could look at something like: the PM owning the order and the limits; employees, beta testers, then the web shop, Android and iPhone, loyalty members last; a ceiling of +0.5 % on payment failures against the old SDK, p99 +200 ms, orders per session −2 %; steps of 1, 5, 25, 50 and 100 %, a day at each, with the PM and the payments lead signing off; on-call flipping back in a couple of minutes at any hour; and later an A/B test on whether wallets lift orders. That's where it could get to. For this Friday I'd have to see what tooling exists on the day.",
  },
  {
    id: 't004',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "This one is a nice scenario in Canary Coach. The plan form asks for a cohort order, and the reference plan puts employees first, then early-access writers, then German-language users and English-language users, business teams last. The thresholds panel has fields for error rate (the reference uses +0.5 % against control), p99 (+200 ms), conversion (−2 %) and, because it's a prompt change, hallucination rate from the eval harness, thumbs-down rate, p95 latency and tokens per query. The ramp editor starts at 1 → 5 → 25 → 50 → 100 % and lets you pick metric-based holds and who signs each gate; the rollback section asks who may call it, at which hours, and whether it's a config switch that takes minutes or a redeploy. The debrief reminds you that a canary shows safety and an A/B test shows improvement, and the rubric gives the PM credit for owning all of those decisions. The German users are where the thumbs-down appears — that's the lesson the scenario is built around.",
      "What I like is the run view. You press play and the engine moves minute by minute: traffic per segment, the canary arm against control, each gate evaluated as the hold ends, a sign-off waiting if the person named for it is off duty at that hour. When a metric crosses its line, the log shows the breach, who authorised the rollback and how long the switch took, and the exposure keeps counting until it's complete. Then the replay lays the weak plan and the reference plan side by side on the same seed, so you see the random 5 % slice miss what the ordered cohorts catch, and the time-based hold advance straight past a problem that a metric hold would have stopped. The mock-interview mode puts a timer on the whole thing and fires the interviewer's probes at you while the clock runs — which users first, what triggers a rollback, how is this different from an A/B test, what else do you watch for a model — and locks the plan when time runs out. It's honestly the best preparation I've found for a question like yours.",
    ].join('\n'),
  },
  {
    id: 't005',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'I can picture two interviewers hearing this question very differently.',
      'Interviewer one wants the process. The PM owns the order and the limits. Staff, then the Insiders programme, then coupon browsers, returning customers, first-time buyers, wholesale accounts last. Errors no more than 0.5 % above the old checkout, p99 no worse than 200 ms, conversion no more than 2 % down against the same segments on the old page. 1, 5, 25, 50, 100 %, a day at each step and a named sign-off. On-call routes back in three minutes at any hour. An A/B test afterwards to learn whether one page sells more.',
      "Interviewer two says that's theatre before a spring campaign: the lab already showed that returning customers love it, first-time buyers are the only real risk, and a week of gates costs the campaign.",
      'Both have a point, and a good PM can argue either side. Which one are you?',
    ].join('\n'),
  },
  {
    id: 't006',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "If I were writing the slide for the launch review, I know exactly what goes on it, because it's what gets approved: “PM owns exposure and rollback limits. Employees, then pilot clinics, then clinics, hospital groups last. Roll back on eval-harness hallucination rate +1 point, thumbs-down +3 points, p95 over 6 s, token cost per summary not falling, errors +0.5 %, p99 +200 ms. 1/5/25/50/100 %, 24-hour metric-based holds, PM and clinical lead sign each gate. On-call reverts the model route in under five minutes, 24/7. Randomised A/B test afterwards for quality.”",
      "I'd put that on the slide. I wouldn't believe it. With one summary in two hundred graded and vets who never touch the thumbs, none of those numbers would move at 5 %, so it's a plan that looks careful and measures nothing. But that's the one I'd present.",
    ].join('\n'),
  },
  {
    id: 't007',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Let me tell you about the last time this marketplace rewrote a service, because it's why I'm wary of this one.",
      'The team did it by the book. The PM owned the order: employees, beta sellers, hobby sellers, professional sellers, brand stores last. They wrote the rollback limits down before launch — errors more than 0.5 % over control, p99 more than 200 ms worse, listing views down 2 % against the baseline — and ramped 1, 5, 25, 50, 100 % with four-hour holds and the PM signing each step. On-call could route back in two minutes at any hour. They even planned an A/B test afterwards to learn whether it was better and not just safe.',
      'It still went wrong. The p99 crept up over the day, every four-hour hold ended before the slowdown was visible, so by Thursday it was everywhere and the rollback came on Friday morning, after sellers had complained all night.',
      "What struck me in the post-mortem was how reasonable every single decision looked on paper. Nobody skipped a gate. The dashboards were green at each sign-off, because the gates read the last few hours and the leak only shows after a day without a restart. The benchmark had said 20 % faster, the team wanted it everywhere by Thursday, and everyone believed the benchmark. The engineer on call that night told me later that she had seen the latency curve bending but didn't think she was allowed to call it on her own, so she waited for the morning stand-up. Sellers uploading new photos overnight saw their listings load slowly, and some of the brand stores opened tickets before anyone inside the company had noticed.",
      'So I think “how would you run it” is the wrong first question. The first question is what that story teaches, and for me the lesson is mostly about humility.',
    ].join('\n'),
  },
  {
    id: 't008',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Let me turn this around, because the decisions are where the thinking is, and I'd want to see how your team reasons before I put my name on anything. Here is your homework.",
      '1. Decide who owns the order and the limits — the PM or the ML lead — and write it down.',
      '2. Rank the segments. The obvious ranking is employees, preview programme, Germany and Austria, Singapore and Kuala Lumpur, Plus subscribers last; check whether Singapore belongs earlier, since its lunch peak is what hits the feature stores.',
      "3. Test these limits against last month's data: errors +0.5 %, p99 +200 ms, basket conversion −2 %, p95 over 800 ms, eval-harness relevance failures (the recommender's version of hallucination) up one point, thumbs-down up two, cost per request up 20 %.",
      '4. Check whether 1, 5, 25, 50, 100 % with 24-hour holds spans both lunch peaks, and name who signs each gate.',
      '5. Find out whether the Berlin on-call can switch the route back within five minutes at 5 a.m.',
      '6. Work out whether an A/B test afterwards would show baskets growing.',
      "Bring me the answers and I'll tell you which ones I'd change.",
    ].join('\n'),
  },
  {
    id: 't009',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Here's the answer everyone gives, and I'll say it once so we can get past it. The PM owns the order and the limits. Employees, Labs users, heavy researchers, readers, institutional licences last. Errors +0.5 % against control, p99 +200 ms, searches that end in a download −2 % against the baseline cohort. 1, 5, 25, 50, 100 %, metric holds of six clean hours, sign-off from me and the search lead at every step. The on-call engineer flips the index alias back in under five minutes at any hour. An A/B test afterwards, because a canary shows safety, not improvement.",
      "For an index layout, that's the wrong answer. Tail latency on rare filtered queries behaves like none of that, and anyone who recites it hasn't understood the change. The right answer starts from the queries, not from the ramp.",
    ].join('\n'),
  },
  {
    id: 't010',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "So I'd start with the support agents, since they read the assistant's answers all day, then the preview programme, then workspace admins, keeping members, trial accounts and enterprise customers for later. I'd want the eval harness on hallucinations, say no more than one point worse, thumbs-down within two points, p95 under five seconds, and cost per conversation no more than 25 % up, since finance asked —",
      "Actually, let me stop myself. I've never shipped an assistant that answers payroll questions, and I'd be making these numbers up in front of you. Whether it's me or the support lead who owns it; whether the ramp is 1, 5, 25, 50, 100 % with day-long holds and two sign-offs or something else entirely; whether on-call can roll back through config in minutes at night; whether an A/B test afterwards would tell us more than the offline evals did — I'd want a week with the team before I said any of that out loud. That's my honest answer.",
    ].join('\n'),
  },
  {
    id: 't011',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: "Oh, the textbook, naturally. The PM “owns” the rollout, meaning the PM gets paged. Employees first, because employees are famous for hailing rides at 2 a.m. on a Tuesday. Then beta riders, then riders, business accounts last, as if fares care who's paying. Thresholds written down in advance: errors +0.5 %, p99 +200 ms, completed trips −2 % against the baseline — lovely round numbers. A ramp of 1, 5, 25, 50, 100 % with a cosy six-hour hold at each step and a sign-off from someone who's asleep. And of course on-call can flip fares back to the old service in three minutes at any hour, because the billing batch window will politely wait. Then an A/B test to prove it's “better”. Very rigorous. Next question?",
  },
  {
    id: 't012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'In a company with an ML platform team, a German-speaking reviewer and a month to spare, it goes like this.',
      'The PM owns who sees the new prompt first and what pulls it back. Employees, then early-access writers, then English-language users, then German-language users, business teams last. The limits are set before launch: eval-harness hallucination rate up no more than one point, thumbs-down no more than two points above control, p95 latency under three seconds, tokens per query up at most 15 %, plus errors +0.5 % and p99 +200 ms. The ramp is 1, 5, 25, 50, 100 %, each step held until there are twelve hours of clean metrics and signed off by the PM and the assistant lead. The on-call engineer can switch back to the old prompt by config in under five minutes, day or night. A randomised A/B test follows to learn whether warmer actually means better.',
      "That's the company I'd like to work at.",
    ].join('\n'),
  },
  {
    id: 't013',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "At my last job, a travel site, we ran every booking-flow change the same way, and that is what I'd do here, with one change for this page. As PM I own the release decisions; the web team owns the routing. Order: employees, then hosts browsing as guests, then guests, with first-time guests last, because a broken date picker costs us a booking we never see again. Before any traffic moves I write down the rollback limits: errors more than 0.5 % above control, p99 more than 200 ms worse, completed bookings down more than 2 % against the same segments on the old page. The change from my old playbook: bookings here land hours after the visit, so no step is decided on a same-afternoon number. The ramp is 1 %, 5 %, 25 %, 50 %, 100 %, with metric-based holds that need 24 hours of clean data per step — so not 100 % this afternoon — and I sign each gate with the front-end lead. On-call may turn the new page off at any hour with a flag flip that takes about a minute. The canary only tells us it's safe; whether the shorter form books more comes from a randomised A/B test afterwards.",
  },
  {
    id: 't014',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Who decides? I do, as PM: the order, the limits and the holds. The assistant team runs the routing.',
      'Who sees the warmer prompt first? Employees, then early-access writers, then English-language users, then German-language users, business teams last.',
      "What brings it back? Any of these against control, written down before launch: eval-harness hallucination rate up more than one point, thumbs-down rate up more than two points, p95 latency more than 300 ms slower, tokens per query up more than 10 %, errors +0.5 %. I'll read thumbs-down per language, because a German user suddenly addressed with “du” won't show in the English average.",
      'How fast? 1, 5, 25, 50, 100 %. A step advances only after 12 hours inside every limit, and I sign it off with the assistant lead.',
      'Who pulls the plug at 3 a.m.? The on-call engineer, without asking anyone: a config switch back to the old prompt version, under five minutes.',
      "Does a clean canary mean warmer is better? No. It means it's safe. A randomised A/B test afterwards answers better.",
    ].join('\n'),
  },
  {
    id: 't015',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I won't send a random 1 % and call it a canary, I won't pick thresholds while looking at the dashboard, and I won't treat a rollback as a redeploy. Here's what I will do for the pricing page.",
      "As PM I own the order, the limits and the pace. Employees first, then the Labs opt-in group, then the free plan, then paying creators, with studios last. The limits, agreed with engineering before Friday: errors no more than 0.5 % over control, p99 no more than 200 ms worse, paid sign-ups no more than 2 % below the baseline cohort. It's a surface change with nothing behind it, so time-based holds are enough: four hours each at 1 % and 5 %, a day at 25 %, then 50 % and 100 %, and the marketing lead and I sign each step. The on-call engineer may switch traffic back at any hour through the routing config, which takes a couple of minutes. After the canary we run a randomised two-week A/B test against the old page to learn whether the clearer table actually sells more, which the canary cannot tell us.",
    ].join('\n'),
  },
  {
    id: 't016',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'd ideally want the eval harness to grade every summary during the canary; I'll settle for one in twenty for the first two weeks, and I'll ask for that, because one in two hundred sees nothing at 5 %. With that, here's the plan I'm committing to.",
      '- Ownership: I own, as PM, who gets the cheaper model, when, and what sends it back; the ML team owns the gateway.',
      '- Order: employees, then the pilot clinics, then clinics, hospital groups last.',
      "- Rollback limits against the old model: eval-harness hallucination rate more than 1 point higher; thumbs-down plus corrected summaries more than 2 points higher; p95 latency over 4 seconds; errors +0.5 %. Token cost per summary must fall at least 30 % — if it doesn't, we stop and find out why.",
      '- Ramp: 1, 5, 25, 50, 100 %, metric-based: each step needs 48 hours inside every limit, longer than usual because the feedback is sparse, and I sign each gate with our clinical advisor.',
      '- Rollback: on-call, day and night, reverts the model route by config in under five minutes.',
      "- Afterwards: a randomised A/B test on summary quality. The canary says it's safe, not that vets prefer it.",
    ].join('\n'),
  },
  {
    id: 't017',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "Me: order, limits, holds. Staff → insiders → shoppers → new customers → Plus members last. Limits fixed pre-launch: errors +0.5 %, p99 +200 ms, conversion −2 % vs the same segment on old pages (never staff vs shoppers; staff don't buy). Ramp 1/5/25/50/100, 6 h holds, my sign-off + web lead each step. On-call 24/7, config rollback < 5 min. Canary = safe; A/B after = better.",
  },
  {
    id: 't018',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "My first manager had a rule she made everyone repeat: “If you can't say what would make you undo it, you aren't ready to do it.” I've adopted it for every release since, and here is what it means for the bigger support model.",
      "I own the undo criteria and the exposure, and they go into the launch doc before the first conversation is routed. Support agents get it first, because they'll spot a wrong payslip answer on sight; then the preview programme; then workspace admins; then members; trial accounts and enterprise customers last.",
      "I'll undo it if, against the current model, the eval harness's hallucination rate on payroll and leave questions rises by more than one point; thumbs-down climbs more than two points; p95 latency passes five seconds; cost per conversation rises more than 40 % (finance gets that number from me before launch); or errors rise 0.5 %.",
      'We step 1, 5, 25, 50, 100 %. Each step holds until a full day inside every limit, because payroll questions bunch up at month-end, and the support lead and I both sign before the next one.',
      'The on-call engineer can undo it alone, at any hour, by pointing the gateway back at the old model: minutes, not a deploy.',
      "The rule cuts the other way too: a clean canary tells me I don't need to undo it, not that it's better. Whether it resolves more tickets is a randomised A/B test after the rollout.",
    ].join('\n'),
  },
  {
    id: 't019',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I should say up front that I'm not a database person and I may have the numbers slightly off. Storage migrations are the kind of change where I've seen experienced teams get surprised, and I don't want to pretend to more certainty than I have about how a managed cluster behaves behind a new proxy. I'd check them with the platform team — before launch — and then hold to them. So here's what I commit to.",
      'I own the order, the limits and the go/no-go at each step; the platform team owns the proxy. Employees first, then the beta programme, then free workspaces, then paid teams, enterprise tenants last. Roll back if, against the old database, errors rise 0.5 %, p99 page load rises 200 ms, or tasks created per active user fall 2 % against the same segment.',
      "The usual day-per-step, time-based hold is wrong here: the load tests ran on warm caches, so the failure will come with load, not with time. So it's 1, 5, 25, 50, 100 %, and each step advances only after six hours of clean metrics that include a daily peak; I sign off with the database lead.",
      "Why that order: employees and the beta programme tell us whether anything is broken outright, and free workspaces give us volume cheaply — a third of the traffic, and a slow page costs us little there. Paid teams are where most of the money is, and enterprise tenants carry the biggest workspaces, which is exactly where a cold cache under load will hurt first, so they see the new cluster only once everyone else has been on it through several peaks. I'll also read the p99 per segment, not just overall, because a slowdown in the large tenants can hide inside a healthy average.",
      "On-call may switch the proxy back to the old cluster at any hour without waiting for me — a routing change, under five minutes — which is why the old cluster stays up until we've been at 100 % for a week, end of month or not. In that week we also run a randomised A/B split to learn whether the managed cluster is actually faster for users, because the canary only tells us it's safe.",
    ].join('\n'),
  },
  {
    id: 't020',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: "Our ML lead wrote the first draft of this rollout, and I'm adopting it as mine with one change; as PM I'm the one accountable for it. Employees, then the preview programme, then Singapore and Kuala Lumpur — early on purpose, because their lunch peak is what loads the feature stores — then Germany and Austria, Plus subscribers last. Rollback against the old model, agreed before launch: errors +0.5 %, p99 +200 ms, basket conversion −2 % against the same region on the old model, p95 recommendation latency over 300 ms, cost per request (feature reads and compute) up more than 20 %, and — my change to her draft — the eval harness's rate of irrelevant or made-up recommendations up no more than one point, plus the “not interested” dismissal rate within two points. 1, 5, 25, 50, 100 %; each step holds 24 hours so it covers both regions' lunch peaks, and advances only if every metric stayed inside its limit; she and I sign each gate. If the Berlin on-call can't authorise a rollback at 5 a.m., we don't start, so the rotation includes a Singapore engineer, and either of them may switch the model route back by config in under five minutes. Then a randomised A/B test on basket size, because the canary says safe, not better.",
  },
];
