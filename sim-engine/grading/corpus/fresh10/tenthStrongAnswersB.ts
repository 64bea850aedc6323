import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Tenth corpus, author B, strong answers (u021–u027): every point of the scenario, in many voices. */
export const TENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'u021',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Okay, so, um, the storage move. The thing that worries me is the load tests ran with warm caches, right, so I don't actually believe them yet.",
      "So first, like, what's mine here. The infra folks do the proxy and the traffic weights, that's theirs. What I decide is who gets moved when, what numbers make us stop, and whether we go to the next step. That's my call, with the eng lead next to me.",
      "Who goes first: our own company workspace, we live in the tool all day. Then the teams who signed up for the early-access programme, they kind of expect a bump or two. Then small free-plan teams. The big paying teams, the ones with hundreds of seats, they go last, because if we hurt them that's a renewal conversation.",
      'Um, and before we move a single request I want the stop conditions written in the launch doc. Something like: error rate on task reads more than half a percent over the old cluster, p99 page load more than, say, 250 milliseconds slower than the control group, or tasks-created-per-active-user dropping more than two percent versus baseline. Any one of those and we stop.',
      "Steps, I'd do 1, 5, 25, 50, then everyone. And because it's infrastructure I want the step gated on the metrics, not just a timer, but still at least, hmm, a full day at each step so we hit a real peak with cold caches. Twenty-five percent is where we get enough volume to actually see the task-created number move. At every step the eng lead and I both say go in the channel, nobody advances on their own.",
      "Rollback. The old database is still there till end of month, so going back is just flipping the proxy to point at it, that's minutes, not a redeploy. And the on-call person can do that at three in the morning without waking me up, that's agreed up front.",
      "Oh, and one more thing, the canary only tells us it's safe to move. It doesn't tell us the new cluster is better for users. If we want that claim we'd run a proper randomised A/B test afterwards.",
    ].join('\n'),
  },
  {
    id: 'u022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '## Ownership',
      'Platform engineering operates the model router. As product manager I own three decisions: the order in which users receive the larger model, the limits that end the release, and the hold at each stage. I also co-sign every promotion.',
      '',
      '## Exposure order',
      '1. Our own HR department, who use the assistant for their own payslips.',
      '2. Customer admins enrolled in the preview programme.',
      '3. Small accounts on the standard plan.',
      '4. Large enterprise payroll customers and anyone in their first month with us, last.',
      '',
      '## Limits, fixed before day one',
      '- Request errors: no more than 0.3 percentage points above the control arm.',
      '- p95 time to first answer: no more than 400 ms above control (a longer context window tends to cost latency).',
      '- Escalation-to-human rate: no more than 2 % above the baseline cohort.',
      '- Hallucination rate on the eval harness sample of live conversations: no more than 1 point above the current model.',
      '- Thumbs-down on answers: no more than 1.5 points above control.',
      '- Tokens per conversation: no more than 30 % above today, because Finance asked and the bigger window invites longer prompts.',
      '',
      '## Stages',
      '1 % → 5 % → 20 % → 50 % → 100 %. Promotion is metric-gated with a floor of 24 hours per stage; the 20 % stage holds 48 hours so the escalation rate has enough conversations behind it. Each promotion requires written approval from me and the engineering lead.',
      '',
      '## Reversal',
      'Reverting is a configuration change in the router that points traffic back to the previous model; it completes in under five minutes. The on-call engineer is authorised to do it at any hour without consulting anyone.',
      '',
      '## What the canary does not answer',
      'The offline eval gain of three points is not something this release will confirm. The canary shows the larger model is safe to run; whether it helps users is a question for a randomised A/B test once it is fully out.',
    ].join('\n'),
  },
  {
    id: 'u023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'For this prompt change I think the main risk is German users, because the new prompt is more casual and in German the formal "Sie" is important, and only the English team has reviewed it. ' +
      'So how I do it. The engineers switch the prompt version by flag, this is their job. My job as PM is to decide which users get it in which order, when we stop, and when we continue. ' +
      'First it goes to our own employees, in both languages, we have German colleagues and they will tell us very fast if it sounds rude. After that the users who joined the beta programme. Then normal English users with low usage, and then normal German users. Business customers with many seats come at the end. ' +
      'Before we start I write in the plan the numbers that stop the rollout, and we do not change them during the rollout: error rate not more than 0.5 % higher than control, p95 latency not more than 300 ms more, and the rate of suggestions that users accept not lower than 3 % under the baseline group. ' +
      'Because it is a prompt change, error rate is not enough. We also look at thumbs-down per language, separately for German, we stop if it goes 2 points higher; at the hallucination rate from our eval set with German and English cases; and at the tokens per request, because a warmer prompt can write longer emails and this costs money. ' +
      'Stages: 1 %, 5 %, 25 %, 50 %, 100 %. We go to next stage only when the metrics are inside the limits, and minimum one day each, two days at 25 %, because the accept rate needs many emails to be stable. At every stage me and the tech lead sign the go decision. ' +
      'If something is over the limit, the person on call switches the flag back to the old prompt, any time, also in the night, this takes maybe two minutes and no deploy. They do not need to ask me. ' +
      'And to be clear, even if the accept rate looks higher in the canary group, I do not say the new prompt is better. For that we do a real A/B test later with random groups.',
  },
  {
    id: 'u024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Payment SDK. Friday dinner is the danger. Plan:',
      '1. Roles. Payments eng owns the rollout tooling. I own sequence, stop-lines, holds, go/no-go.',
      "2. Sequence. Staff orders first (we eat our own food). Then beta-programme users. Then iOS low-frequency customers, then Android low-frequency. Heavy weekly orderers and first-order customers last: they're the ones we can't afford to annoy.",
      '3. Stop-lines, signed off before launch, not touched after: payment failures more than one half of one percent above control; p99 payment call more than three hundred milliseconds slower; completed orders per session down more than two percent against the baseline group. Watched per platform, since Android may fail in bursts an average would hide.',
      '4. Ramp: one, five, twenty-five, fifty, a hundred percent. Each step gated on the stop-lines and held at least one full dinner peak, so two steps can never share the same evening. Twenty-five percent needs a Friday under it before we go further.',
      '5. Go/no-go at each step: me plus the payments tech lead, recorded in the release ticket.',
      '6. Rollback: remote config flips traffic back to the old SDK path, live within about three minutes, no app release. On-call may pull it day or night, on their own judgement.',
      '7. After: the canary says "safe". If Growth wants to know whether wallet payments lift orders, that is a randomised A/B test after full rollout, not something to read off the canary group.',
    ].join('\n'),
  },
  {
    id: 'u025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Q: Who runs it?',
      "A: ML platform runs the serving and the traffic split. The calls that decide whether we'd actually catch a bad summary are mine: cohort sequence, abort criteria, how long we sit at each step, and whether we promote. I put my name on every promotion alongside the ML lead.",
      '',
      'Q: Who sees the cheaper model first?',
      "A: Our in-house vet advisers, then the clinics in the pilot programme who agreed to test features, then small single-vet practices. Multi-site groups and clinics that joined in the last quarter go last; they're the least forgiving and the most expensive to lose.",
      '',
      'Q: What stops it?',
      "A: Written down and agreed before the first summary is served. Generation errors above control by more than half a point. p95 generation time more than 500 ms worse. Summaries opened-then-edited — our proxy for usefulness — up by more than 3 % on the baseline cohort. And the model-specific ones, because error rate alone won't show a bad summary: hallucination rate from the eval harness more than one point over the old model, thumbs-down more than two points over, and cost per summary is the reason we're doing this, so I'd also stop if tokens per summary somehow rose above today's.",
      '',
      'Q: The trap is the sparse signal, no?',
      "A: Exactly. The harness grades one in two hundred and vets rarely rate, so at 5 % of a few hundred a minute we'd see almost nothing in a day. So I'd ask the harness team to grade every canary summary during the canary, and hold for sample size rather than hours: 5 % until we have, say, 400 graded summaries, 25 % for at least three working days, then 50 %, then 100 %. Promotion is on the metrics, never on the calendar alone.",
      '',
      'Q: Rollback?',
      'A: The router config points back at the old model in about a minute. Whoever is on call can do it at any hour, no approval needed; they tell me after.',
      '',
      'Q: And if it looks better?',
      'A: Then I still say nothing about better. The canary tells me it is safe. Better — quality per dollar — is a randomised A/B test once we are at 100 %.',
    ].join('\n'),
  },
  {
    id: 'u026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Sorry, I'll try to be structured, I'm a bit nervous. So this is the fare calculation moving to a new pricing service, and I think the scary part is the night, because trips peak at night at the weekend and there's that shared batch window with billing. " +
      "I think, as the PM, the routing itself is engineering's, but I would own deciding the order of riders, the thresholds and when we move up, I hope that's the right split. " +
      "Order: employees' own rides first, then I believe there's a beta rider group, them, then riders in a smaller city with less night traffic, and I'd keep new riders and our top-tier riders for the very end since a wrong fare there hurts the most. " +
      "Thresholds, I'd fix them before the start, in the plan, and not adjust them once we're watching: fare calculation errors more than 0.5 % over the old service; p99 quote latency more than 200 ms slower; and booked trips per quote, I'd say more than 2 % below the baseline cohort. Maybe also fare differences versus the old service, but those three for sure. " +
      "Ramp maybe 1, 5, 25, 50 and then 100 percent, and I'd make sure each step sits long enough to include one night, including the batch window, so probably at least 24 hours per step, and longer at 25 so a weekend night is inside it. It should move on metrics, not just time. " +
      'And, um, at each step me and the engineering lead both approve before it goes up. ' +
      "The thing the scenario title hints at: who may roll back at 2 a.m. I'd say the on-call engineer, explicitly, at any hour, without asking me, and the rollback is a routing switch back to the old service, which should take a few minutes, so not a redeploy. " +
      "Last thing, I'd be careful not to say the new service is better from this. The canary only shows it's safe; if we want better we'd do an A/B test with random assignment afterwards. I think that's it.",
  },
  {
    id: 'u027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I've shipped a few of these, so let me start with where this one will bite: the new recommendation model reads more features per request from stores sized for the old one, and Singapore's lunch peak lands at about 6 a.m. Berlin time. A plan that watches Berlin office hours will miss it.",
      '',
      "Division of labour. The ML infra team owns the serving and the traffic weights. I own the decisions that make the canary worth having: who's exposed in what order, the abort criteria, the hold lengths and the go/no-go. I don't delegate the go/no-go; I make it with the ML lead at every stage.",
      '',
      'Cohorts, in order:',
      '- Internal staff accounts in both regions.',
      '- Early-access shoppers who opted in, both regions.',
      '- Low-basket-value customers, Europe and SEA together, so SEA load arrives early rather than at the end.',
      '- High-value subscribers and customers in their first weeks: last.',
      '',
      'Abort criteria, committed in the launch doc before we start, per region, because a global average would bury a Singapore-only failure:',
      '- home-screen request errors > control + 0.5 pp',
      '- p95 recommendation latency > control + 150 ms (feature-store pressure shows up here first)',
      '- basket add-to-cart rate < baseline cohort − 2 %',
      '- token-free model, so instead of token cost I track compute cost per 1,000 recommendations: abort above +25 %',
      '- offline eval harness replay of sampled live requests: relevance-failure (the recommender’s version of hallucinating, items not in stock or not in the region) > +1 pt',
      '- "not interested" taps, our user-feedback signal: > +1.5 pt',
      '',
      'Stages 1 → 5 → 25 → 50 → 100 %, metric-gated, and each stage must contain one full lunch peak in each region, so at least 24 hours; 25 % holds 48 hours so add-to-cart has volume.',
      '',
      "Rollback: a flag in the router sends requests back to the old model; it's under two minutes. The on-call engineer, whichever region's rota they're on, may do it at any hour without asking anyone. That matters because the bad hour is 6 a.m. Berlin.",
      '',
      'How the night is covered in practice: the Berlin on-call rota gets a paging alert for each abort criterion per region, and for the first two SEA lunch peaks someone from the ML team is awake and watching with them, because a new model reading more features is exactly the kind of change that looks fine until the feature store saturates. If an abort fires, I expect the rollback first and the message second; the write-up can wait until Berlin is at work. Promotion decisions, by contrast, only happen in Berlin working hours after both regions have had their peak, so nobody is promoting a stage half-asleep.',
      '',
      "Finally, what we won't claim: the canary tells us the model is safe to serve. Whether it sells more baskets is for a randomised A/B test after rollout; reading lift off a hand-picked canary cohort would be wrong.",
    ].join('\n'),
  },
];
