import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixth blind set, author A: strong answers (n001–n007), every point of the scenario type. */
export const SIXTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'n001',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'So, um, for the storage migration, the first thing I would say is that the call on how far and how fast we go is mine. ' +
        "The database folks do the actual cut-over, I'm not touching the proxy, but when we advance or stop, that's on me.",
      "Who goes first... our own teams use the tool all day, so we put ourselves on the new cluster first. Then the handful of customer workspaces that signed up for early features, then small teams, and the big paying workspaces go last, because if their pages stop loading that's the contract conversation nobody wants.",
      'Before any traffic moves, we write the stop conditions down and everyone agrees to them. Something like: if failed reads go more than half a percent over the old cluster, or p99 page load gets worse by more than 250 milliseconds, or task creation per active user drops three percent against the group still on the old database, we pull it. No arguing about it in the moment.',
      "Steps would be one percent, then five, then twenty-five, fifty, a hundred. And because load tests ran with warm caches, I'd hold each step until we've seen a real peak, uh, at least a full working day, and we only move on when the numbers are inside the lines, not because the clock ran out. The engineering lead and I both put our names on each step before it moves.",
      "Going back: the on-call engineer can flip the proxy route back to the old cluster at three in the morning without waking me up. It's a routing change, a couple of minutes, not a redeploy.",
      "And, um, one last thing, this canary tells us the migration doesn't break anything. It doesn't tell us the new cluster makes people happier; if we wanted to know that, that'd be a separate randomised test afterwards.",
      "Maybe I should say why I'm this careful. The load test passing is, honestly, the thing that worries me most, because it passed with warm caches, and the first real morning after the switch the caches on the new cluster are going to be cold. So the first one percent is partly there just to warm things up and see what a cold Monday looks like, and I'd rather find that out with our own staff and a few friendly customers than with a three-hundred-seat workspace.",
      "And, uh, there's the old cluster side too. While we're at one or five percent, the old cluster is still carrying almost everything, so nothing changes for it, but at fifty percent both sides are half loaded and that's actually a weird state, so I'd ask the database team to keep an eye on connection counts on both. That's not a stop rule, it's more, like, something I'd want in the daily update.",
      "Communication-wise, every step goes in the release channel: what stage we're at, what the three numbers read against their lines, who signed. Support gets a heads-up before the big workspaces move so they know what to look for if tickets come in about slow task lists.",
      "I think that's, yeah, that's roughly how I'd run it.",
    ].join('\n'),
  },
  {
    id: 'n002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Support assistant: larger model, same prompt.',
      '',
      '1. Ownership. I decide the exposure plan, the limits and when a stage is passed. The ML platform team operates the routing.',
      '2. Audience order. Our HR staff who use the product internally; then the customers in the preview programme; then small companies; payroll bureaus and large employers at the very end, since a wrong payslip answer costs them most.',
      '3. Limits, signed before day one: error responses > +0.4 pp over the current model; p95 answer time > +1.5 s; ticket escalation rate from assistant chats up by more than 10 % relative to the control group.',
      '4. Model-specific: the eval harness grades a sample of live answers for made-up facts (stop above 2 %); thumbs-down rate (stop if 1.5x control); cost in tokens per answer (stop above 1.8x, the longer context will push it up).',
      '5. Stages: 2 % → 10 % → 25 % → 50 % → 100 %. Each stage stays until the eval sample has at least 400 graded answers and the escalation metric has a full payroll-week cycle. Metric gates, not timers.',
      "6. Gates: my written go plus the ML lead's, every stage.",
      '7. Reverting: any on-call engineer, any hour, flips the model alias back. Under 5 min. No deploy needed.',
      '8. What this does not answer: whether the bigger model is better. Offline evals +3 are a hint; a proper randomised comparison after full rollout settles it.',
    ].join('\n'),
  },
  {
    id: 'n003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Having shipped a few payment migrations, I treat this one as an infrastructure change with revenue attached, so the gates are metric-driven. ' +
      'Accountability for the release sits with product, meaning me: I set who sees it, what kills it and when it advances, while payments engineering executes. ' +
      'Exposure begins with employees ordering lunch through the app, moves to our opt-in beta riders, then to low-volume cities on iOS, and only then Android in the big cities, with Friday dinner explicitly excluded from any step change. ' +
      'The abort criteria are fixed in the launch doc before rollout: payment failure rate above control by 0.3 percentage points over any 15-minute window (the bursts are the risk, so I want a short window, not a daily average), p99 payment confirmation slower by 400 ms, and completed orders per session down 2 % against the cohort on the old SDK. ' +
      'Ramp: 1, 5, 20, 50, 100 percent; nothing advances until each stage has carried at least 2,000 Android payments and the numbers sit inside the limits; the payments lead and I co-sign each advance. ' +
      'The rollback is a remote-config switch back to the old SDK path, effective within about three minutes, and whoever is on call can pull it at any hour on their own authority. ' +
      'Finally, wallet adoption numbers from the canary are not evidence the SDK lifts conversion; the canary establishes safety, and if we care about lift we run a randomised A/B afterwards.',
  },
  {
    id: 'n004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '## Roles',
      'I own the go/no-go. Engineering owns the switch.',
      '',
      '## Who sees the warmer prompt, in order',
      '- our own team (English and German speakers both)',
      '- opted-in beta writers',
      '- English users generally',
      '- German users last, since the formal-address risk is theirs, and our business accounts after them',
      '',
      '## Lines we agree before starting',
      '- error rate: no worse than current + 0.5 %',
      '- latency at p95: no more than 300 ms slower',
      '- drafts sent per active user: not below baseline by more than 3 %',
      '- thumbs-down, split by language: stop if German goes above 1.3x the old prompt',
      '- eval harness tone/accuracy check, also per language: hallucinated content under 1 %',
      '- tokens per reply: within 15 % of today',
      '',
      '## Ramp',
      'Five, fifteen, thirty, sixty, a hundred. A stage is done when each language has enough ratings to read (I would say 300 thumbs events), not when a day has passed. Eng lead and I sign at every gate.',
      '',
      '## Going back',
      'Prompt version is a config value. On-call can revert it any time of day or night, it takes a minute or two.',
      '',
      '## What it proves',
      'Only that the new prompt does no harm. Whether "warmer" wins is a question for an A/B test with random assignment afterwards.',
    ].join('\n'),
  },
  {
    id: 'n005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'ok short version. image resizer rewrite. me: I run the rollout decisions, infra runs the deploy. order: internal sellers account first, then the sellers who joined the beta, then small shops, top sellers last cos they notice broken photos fast. ' +
      'kill limits, set before we start, not changed after: 5xx on resize over 0.2% above old service, p99 resize time 150ms worse, listing views per session more than 2% below control. ' +
      "because it leaks memory slowly and restarts nightly, every stage has to run a full day across a restart, so 1% for 24h, then 10% for 24h, then 25, 50, 100 each needing a clean 24h on the metrics. thursday is not a deadline i'd accept if that means skipping a hold. " +
      'tech lead + me approve each step in the channel. on-call can shift traffic back on the load balancer any hour, ~2 min. ' +
      "and 20% faster in benchmarks isn't something the canary will confirm or deny — it's a safety check. if we want to claim faster for users, that's a randomised test later.",
  },
  {
    id: 'n006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'In my understanding, the product manager is responsible for this decision, so I will describe what I decide and the engineers will implement the traffic routing. ' +
      'First we give the cheaper summary model to our own veterinary advisors, after that to the clinics in the pilot group who agreed to try new things, and after that to normal clinics. Very busy clinics with many visits come at the end because a bad summary there touches more animals. ' +
      'Before starting, I write the stop rules and the team agrees: error rate higher than old model by 0.5 percent, p95 latency more than 1 second slower, and notes edited or rejected by vets more than 5 percent more than control. ' +
      'Because the feedback is very few, I also ask the eval harness to grade more, one summary in twenty instead of one in two hundred, during the canary, and we stop if the harness finds invented facts above 1 percent. Thumbs down rate and cost per summary in tokens I watch also, with a limit of 1.5 times the old rate for thumbs down. ' +
      'The stages are 5, 20, 50, 100 percent. We do not go to the next stage only because time passed; we wait until the harness graded at least 500 summaries at this stage. At each stage me and the engineering lead give approval. ' +
      'If something is wrong, the on-call engineer changes the model setting back, day or night, he does not need to ask me, and it takes few minutes. ' +
      'Also, the canary only says the new model is safe enough. If it is better for the vets, we must measure with a random A/B experiment later.',
  },
  {
    id: 'n007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Q: Who runs it?',
      "A: I'm accountable for the rollout plan and every go/no-go; the fare team operates it.",
      'Q: Who gets the new pricing service first?',
      'A: Employees taking rides, then riders in the early-access programme, then a quiet city, then the busy weekend-night markets, and corporate accounts last.',
      'Q: When do you stop?',
      'A: Numbers written before we start. Fare computation errors more than 0.25 points above the old service, p99 quote time 300 ms slower, or booked trips per quote down two percent against the old-service group.',
      'Q: How fast?',
      'A: 1 → 5 → 25 → 50 → 100. Each step holds through one nightly batch window and one evening peak, and only advances when the limits held. The fare lead and I both sign every step.',
      'Q: And at 2 a.m.?',
      "A: The on-call engineer reverts the routing on their own authority, no need to wake anyone. It's a flag, done in under five minutes.",
      'Q: Will this show the new pricing earns more?',
      "A: No. The canary says it's safe. Earning more is an A/B question for later, with random assignment.",
    ].join('\n'),
  },
];
