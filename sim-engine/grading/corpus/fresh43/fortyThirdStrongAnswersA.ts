import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Forty-third fresh set, author a: strong answers (aw001–aw007), written blind and labelled by hand. */
export const FORTY_THIRD_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: Kenyan English register, spoken
  {
    id: 'aw001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Okay. So this one is the support assistant getting a bigger model. Let me first say how I see my role, then I go to the plan.',
      'As the PM, the decisions are mine: which users get the new model first, the limits that make us stop, and how long we sit at every step. The platform engineers, they own the routing and the deploy itself; that one is not for me to touch.',
      "Now the order. We start with our own HR and payroll staff inside the company, because they know payslips very well and they will tell you immediately when an answer is wrong. Then the customers who opted into our beta programme. Then the small businesses. The big employers with thousands of payslips, those ones come last, because a wrong answer about somebody's salary or leave in a big company is a very serious matter, eeh, and it travels fast.",
      'Before even one conversation goes to the new model, we sit down, we write the limits and we agree on them. Errors not more than half a percent above the old model. p95 latency not more than 800 milliseconds worse, because a bigger model with a longer context will be slower, so that one we watch carefully. Hallucination rate from the eval harness not above two percent on our payslip and leave question set. Thumbs-down not more than one point above the control group. And cost per conversation, since Finance has already asked, not more than thirty percent above what we pay today.',
      "The ramp is one, five, twenty-five, fifty, then a hundred percent. At each stage we hold for at least forty-eight hours, and we only move when every one of those limits is green. Myself and the engineering lead of the assistant team, we sign off every step, in writing; no step moves on one person's word.",
      'Rollback: the on-call engineer can switch back to the old model any time, even three in the morning, without calling me first. It is a config switch, it takes less than five minutes. I would rather hear in the morning that it was done.',
      "Last thing. The three points from the offline evals, you see, we don't try to read them again from the canary. The canary tells us the bigger model is safe to run; it does not tell us it is better. If we want to say it is better, we run a proper randomised A/B test after the rollout. Sawa?",
    ].join('\n'),
  },
  // night-breach-rollback-authority: PM at a ride-hailing company
  {
    id: 'aw002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'm a PM on pricing at a ride-hailing company, so this one is close to home: we moved fare calculation once ourselves and it taught me a few things.",
      "First, the split of work. I decide the order of riders and cities, the numbers that stop the rollout, how long we hold and when we move on. The pricing engineers own the new service, the routing between old and new, and the deploy. I don't touch the routing and they don't choose the cities.",
      'Trips booked by our own employees go first, because if a fare is wrong we refund a colleague and learn cheaply. Then riders and drivers in our opted-in beta programme in one mid-sized city. Then quieter cities on weekday nights. Airports and the two biggest capitals go last; a mispriced Saturday-night airport fare is the most expensive mistake we can make, and it ends up on social media within the hour.',
      'Before a single fare is quoted by the new service, these limits are written down and agreed with engineering: fare-quote errors more than 0.3 % above the old service; p99 quote latency more than 150 ms worse; more than 0.5 % of trips where the charged fare differs from the quote; completed trips per request down more than 2 % against trips still priced by the old service.',
      'The stages are 1 %, 5 %, 20 %, 50 % and 100 %. Every stage holds until it has seen a weekend night peak and one run of the nightly batch window the service shares with billing, because that is where a collision would show. It advances only when all four limits stayed inside their lines for the whole hold.',
      "Each advance needs two signatures: mine and the pricing engineering lead's. When a stage adds a new city, that city's ops manager signs as well.",
      "The on-call engineer can send every quote back to the old service at 2 a.m. without waking me or anyone else. It's a flag flip, not a redeploy, and it finishes in under three minutes; we rehearse it once before Tuesday evening. I'd rather read about a rollback over breakfast than be asked for permission at night.",
      "Finally, the canary is there to show the new service is safe. It won't tell us whether the new fares are better for riders or for revenue; if we want that answer, we run a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: checklist with [x] and [ ] boxes
  {
    id: 'aw003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Canary checklist for the warmer prompt ([x] settled before launch, [ ] ticked at every stage)',
      '[x] I own the release decisions: the order of users, the limits and the holds. Engineering owns the prompt deploy and the traffic split.',
      '[x] Our own staff go first, English and German writers both, then opted-in beta users writing in English. German users follow as a step of their own once English is clean, because formal address is where this prompt is fragile. Business tenants go last.',
      "[x] Rollback limits are agreed before any user sees the prompt: errors 0.5 % above the old prompt, p95 150 ms slower, thumbs-down 1.5 points higher in either language, or more than 3 % of German replies failing the eval harness's formality check.",
      '[ ] Ramp 1 % → 5 % → 25 % → 50 % → 100 %, held 48 hours at every step and advanced only with all limits green.',
      "[ ] The assistant's engineering lead and I sign each advance.",
      "[x] On-call may switch back to the old prompt at any hour without asking anyone; it's a config flag and takes under five minutes.",
      '[x] The team knows this canary checks safety. Whether warmer is better is a randomised A/B test after rollout.',
    ].join('\n'),
  },
  // storage-migration-under-load: starts with what could go wrong, then the plan that guards against it
  {
    id: 'aw004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Let me start with what could go wrong, because the plan follows from it.',
      'The load tests ran with warm caches, so the first morning a team opens its board on the new cluster is a load we have never tested. The proxy is a new hop, and a new hop shows up in the tail long before it moves the average. A task that seems to vanish is worse than a slow page, because people stop trusting a project tool quickly. And the old cluster is due to be decommissioned at the end of the month, which both rushes us and threatens to take our fallback away.',
      'So, the plan. As PM I own the release decisions: which workspaces move when, the limits that stop us, and how long each stage holds. The database team owns the proxy, the data copy and the routing.',
      "Our own company's workspaces move first, since we live in the tool and will notice a missing task within minutes. Free-tier teams that opted into early access come next, then small paying teams. Large enterprise workspaces go last, because an outage during their planning week costs them, and us, the most.",
      'The limits are written and agreed before the first workspace moves: read errors more than 0.2 % above workspaces still on the old cluster; p99 page load more than 250 ms worse; any mismatch at all between task counts on old and new in the shadow comparison; active sessions per workspace down more than 2 % against the old-cluster group.',
      'We move 1 %, 5 %, 25 %, 50 % and then 100 % of workspaces. Each stage holds at least two working days and must include a Monday-morning cold start, and it advances only when every limit has stayed green for the whole hold.',
      'The database lead and I sign every advance together; neither of us can move a stage alone.',
      "Any on-call engineer may move workspaces back to the old cluster, at any hour, without asking me. It's a routing change in the proxy and completes in under five minutes. For that to stay true, I'd ask to keep the old cluster running for two weeks after we reach 100 %; decommissioning it at month end would remove the rollback, and I'd push back on that date.",
      "One caution about what we'll learn. The canary tells us the new storage is safe at our real load. It doesn't prove pages got faster or that teams are happier; anyone who wants to claim that needs a randomised A/B comparison, not the canary numbers.",
    ].join('\n'),
  },
  // quiet-feedback-trap: short paragraphs each opening with a one-word label
  {
    id: 'aw005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Owners. I decide the clinic order, the limits and the holds; engineering runs the model switch and the traffic split.',
      'Order. Our two partner clinics, who already test for us, go first, then clinics on the opted-in beta list, then single-vet practices. Multi-site groups go last because they rely on the summaries most.',
      'Limits. Fixed before any clinic moves: errors 0.5 % above the old model, p95 300 ms slower, hallucination rate in the eval harness above 2 %, or thumbs-down more than one point over control. Any one of them rolls us back.',
      'Volume. Feedback is thin, so for the canary the harness grades one summary in twenty instead of one in two hundred, and partner-clinic vets are asked to rate every tenth summary.',
      'Stages. 5 %, 20 %, 50 %, 100 %. Each holds until it has at least 2,000 graded summaries and a week of ratings, and never advances on elapsed time alone.',
      'Sign-off. The ML lead and I both sign every advance.',
      'Rollback. On-call flips traffic back to the old model at any hour without asking; it takes about two minutes.',
      'Meaning. This tells us the cheaper model is safe. Whether vets find its summaries better is a question for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: terse answer with numbers written as words
  {
    id: 'aw006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I own the order, the limits and the holds. Payments engineering owns the SDK rollout and the routing.',
      'Staff phones first. Then opted-in beta customers. Then iPhone users; Android last, since that is where this SDK is least proven at our volume. Big-city Friday dinner traffic comes at the very end.',
      'Limits, signed before the first payment moves. Payment failures half a percent over control, measured in five-minute windows so bursts show. Payment p ninety-nine two hundred milliseconds worse. Completed orders down two percent against control. Any one trips a rollback.',
      'Stages one, five, twenty-five, fifty, one hundred percent. Each holds twenty-four hours and includes one dinner peak. Fifty percent waits for a Friday dinner. No advance unless every limit stayed green.',
      'The payments lead and I sign every step.',
      'On-call kills the flag, any hour, no permission needed. The old SDK path stays in the build, so we are back in under five minutes, with no app release.',
      'The canary says safe. Wallets better? Randomised A/B test, later.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: hiring-manager's interview notes written up afterwards in the candidate's voice
  {
    id: 'aw007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Interview write-up, canary question on the recommendation model, in my own words as I gave it.',
      'I opened by separating roles. I said the decisions would be mine as PM: which customers see the new model and in what order, the limits that stop it, and how long each stage holds. The ML platform team would own the model serving, the routing and the deploy.',
      "On order, I said I'd put our own employees' accounts first in both Europe and South-East Asia, then customers in the opted-in beta, then a low-traffic European market. I'd give Singapore and the rest of South-East Asia a stage of their own, because the feature stores there were sized for the old model and their lunch peak lands while Berlin is asleep. Long-standing customers with large weekly baskets would go last, since they are the ones we can least afford to annoy.",
      'She asked for numbers. I said these would be agreed and written down before any traffic moved: errors more than 0.5 % above control, p95 recommendation latency more than 120 ms worse, feature-store read timeouts above 0.2 %, basket-add rate down more than 2 % against control, and compute cost per request more than 25 % higher.',
      'I described the ramp as 1 %, 5 %, 25 %, 50 %, 100 %, each stage held at least 24 hours so that it covers the lunch peak in both regions, and advancing only if every limit stayed green through both peaks.',
      'For sign-off I named myself and the ML lead on every advance, plus the Asia on-call lead for the stage that adds Singapore.',
      'She pushed on a breach at six in the morning Berlin time. I said the on-call engineer in whichever region is awake can roll back without asking anyone, by flipping the model flag, which returns traffic to the old model in under five minutes.',
      "I also said the canary would only tell us the new model is safe to serve. Whether it recommends better baskets is a separate randomised A/B test afterwards, and I wouldn't quote any uplift from the canary cohort.",
      "Looking back, I'd have spent less time on the order and more on why twenty-four hours is enough at each stage.",
    ].join('\n'),
  },
];
