import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Eighth blind set, author B: strong answers (q021–q027), every point of the scenario type. */
export const EIGHTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'q021',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Okay, so, um, the payment SDK one. First thing I'd say is that the go or no-go calls are mine, like, as the PM I decide who gets it when and what makes us stop, and the mobile and payments engineers do the actual flag work.",
      "So who gets it. Our own people first, they order dinner on the app anyway, but, uh, staff orders are kind of weird so I wouldn't read money off them. Then the beta testers. Then, hmm, a slice of the normal Android and iPhone users, and I'd keep the big accounts, the corporate lunch customers, right at the back because a broken payment for them is a real relationship problem.",
      "Before we start, and I mean before, not once the graphs are up, we write down the stop lines. Payment failures: if the new SDK fails more than half a percent more often than the old one, we're out. Checkout latency at p99, if it's two hundred milliseconds slower, out. And orders completed per session, if that drops more than two percent compared with the people still on the old SDK, out.",
      "Steps would be something like one percent, then five, then twenty-five, fifty, everything. And we sit on each step until the numbers have had time to mean something, I'd say at least a day at five and twenty-five so we see a Friday dinner peak, because that's when the bursts show up. It moves on only on the metrics, not on the clock.",
      "At every step me and the payments lead both say yes, in writing, in the channel, or it doesn't move.",
      "Rollback, um, whoever is on call can flip it back, any time, three in the morning, doesn't need to wake me. It's a flag, it's like two minutes, we're not redeploying an app.",
      "And, oh, one thing, this tells us it's safe. It doesn't tell us wallet payments make people order more. If we want that answer we run a proper randomised A/B test afterwards.",
    ].join('\n'),
  },
  {
    id: 'q022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '## Ownership',
      'The release policy is the product decision, so it sits with me: exposure sequence, abort criteria, how long each stage lasts. Platform engineering owns the proxy, the cluster and the routing mechanics.',
      '',
      '## Sequence',
      'Internal workspaces first — 800 colleagues who will complain loudly and forgive quickly. Then the beta programme. Then free workspaces, where a slow page costs goodwill but not contracts. Paid teams after that, and enterprise tenants strictly last.',
      '',
      '## Abort criteria, fixed in the release doc before day one',
      '- Server errors on task reads: more than 0.3 percentage points above the control group still on the old database.',
      '- Page-load latency at the 99th percentile: more than 250 ms above control.',
      '- Weekly-active teams creating tasks: more than 1.5 % below the control cohort.',
      'These are not up for renegotiation mid-rollout.',
      '',
      '## Stages',
      '2 % → 10 % → 25 % → 50 % → 100 %. The load test was done with warm caches, so the risk is precisely what happens as load rises; every stage advances only when its metric gate is green, and no stage is shorter than 24 hours, which covers one full weekday peak. 25 % stays for two days because task-creation numbers need the volume.',
      '',
      '## Gates',
      'Each promotion needs an explicit approval from me and from the platform lead, recorded in the release ticket.',
      '',
      '## Reverting',
      'The proxy routes by tenant, so going back is a routing change that takes effect in about four minutes. The on-call SRE has standing authority to revert around the clock without asking anyone; we discuss it in the morning. The old cluster must not be decommissioned until we are at 100 % for a week.',
      '',
      '## What this does not prove',
      'A canary is a safety check. It will not tell us whether the managed cluster makes teams more productive; if anyone wants that claim, it needs a randomised A/B comparison run separately.',
    ].join('\n'),
  },
  {
    id: 'q023',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '1. Me as product manager, I am the one who decide the rollout rules. Engineers make the switch, I decide order, limits, how long we wait.',
      '2. Order of users: first the employees, after that beta riders, after normal riders, and business accounts at the very end, they are the most valuable and most angry when the fare is wrong.',
      '3. Limits we agree before start, written: error rate of fare calculation not more than zero point five percent over the old service; p99 of the fare quote not more than one hundred fifty milliseconds slower; booked trips per quote not lower than two percent under the baseline group.',
      '4. Steps: one, five, twenty, fifty, hundred percent. Each step we stay minimum twelve hours and it must pass one night, because the batch window with billing is in the night and this is the danger. We go forward only if metrics are green.',
      '5. Every step one written yes from me and one from the pricing team lead. No yes, no next step.',
      '6. Roll back: the on-call engineer can do it alone, also at 2 in the night, no need to call me. It is a config switch back to old pricing service, three minutes, no new deploy.',
      '7. Important: canary only say us the new service is safe. If we want to know it is better, for example more trips, this is a separate randomised A/B test later.',
    ].join('\n'),
  },
  {
    id: 'q024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Q: Who is running this?',
      "A: I own the plan — which users, which numbers stop us, how long we wait, who signs. The ML platform team owns serving and the traffic split; I'm not going to pretend I route requests.",
      '',
      'Q: Who sees the bigger model first?',
      'A: The 150 support agents, since they can tell a wrong payslip answer at a glance. Then the preview programme. Then ordinary members. Workspace admins go last: they change payroll settings on the back of these answers, so a bad answer costs them most.',
      '',
      'Q: What makes you stop?',
      'A: Agreed and signed before the first conversation is routed: assistant error responses up by more than 0.5 points against the old model; p95 response time more than 800 ms worse than control; and ticket deflection, the share of conversations that do not end in a human ticket, more than 2 % below the control group.',
      '',
      'Q: Anything specific to a model swap?',
      'A: Error rate alone tells you nothing about a confident wrong answer. So: the eval harness samples live conversations and grades hallucinations — stop if the rate rises more than one point; thumbs-down per answered question; p95 latency, because a larger model with a longer context is slower; and tokens per conversation, because Finance asked, and a stop if cost per conversation goes over 1.5× the current one.',
      '',
      'Q: How fast do you ramp?',
      'A: 1 %, 5 %, 20 %, 50 %, 100 %. Metric-gated, not time-gated: each step waits until the eval harness has graded enough samples, which in practice is a day or more, and 20 % holds two days for deflection to settle.',
      '',
      'Q: Who approves?',
      'A: Me and the support-engineering lead, both, at each step.',
      '',
      'Q: And if it goes wrong at night?',
      'A: The on-call ML engineer reverts to the old model by flipping the model config — under five minutes — with no need to reach me first.',
      '',
      'Q: Will this show the new model is better?',
      "A: No. It shows it's safe to ship. Better is a question for a randomised A/B test once it is out.",
    ].join('\n'),
  },
  {
    id: 'q025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Sorry, I'm a bit nervous, let me try to be structured. I think — well, I'm fairly sure — the decisions about this rollout would be mine as PM, so I'd own who gets the warmer prompt and when we stop, and the AI team would handle the actual switch. " +
      "For order, I'd probably start with employees, then the early-access writers, and, um, I'd want German-language users in the first general slice on purpose and not after everybody else, because that's where the formal address thing could go wrong, and our biggest business customers last. " +
      "I'd write the limits down before we start, I think that's important, otherwise we end up arguing with the charts. Something like: error responses no more than 0.5 % above the old prompt, p95 latency no more than 300 ms worse, and the rate of suggestions people actually insert into the email not more than 2 % below the control group. " +
      "Because it's a prompt change I'd also look at the model-ish things, if that's the right word: thumbs-down on suggestions, split by language, since a 25 % German share can hide inside the average; a sample graded by our eval harness for made-up content; and tokens per suggestion, since a chattier prompt might cost more. " +
      "I'd ramp maybe 1, 5, 25, 50 and 100 percent, and I'd hold each stage until the thumbs-down numbers are actually readable, probably at least a day, so I guess it's gated on the metrics rather than a timer. " +
      'Before each step both the AI lead and I would have to say go. ' +
      "If it goes bad, the on-call engineer should be able to switch back to the old prompt straight away, day or night, without asking me; it's a config value, so a couple of minutes. " +
      "Oh, and I'd be careful not to read the canary as proof people like the warmer tone — if we want to know that, it's a randomised A/B test afterwards.",
  },
  {
    id: 'q026',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Vet summariser, cheaper/faster model:',
      '• Owner of rollout decisions: me (PM). Serving + routing: ML eng.',
      '• Cohorts, in this order: 60 staff → pilot clinics → general clinics → hospital groups (highest value, last).',
      '• Pre-agreed kill criteria, set before launch: failed summaries > +0.5 pt vs old model | p99 generation time > +1 s | summaries opened-and-kept per visit −2 % vs control.',
      '• Model-specific: hallucination rate on the harness sample (>1 pt worse = stop); thumbs-down per rated summary; p95 latency; cost per summary in tokens (expected lower — verify).',
      '• Harness grades 1 in 200 and few vets rate, so 5 % gives almost no signal: raise harness sampling to 1 in 20 for the canary arm, and hold each stage until ≥ 400 graded summaries, whatever the calendar says. Realistically 3–4 days at 10–25 %.',
      '• Steps: 2 / 10 / 25 / 50 / 100.',
      '• Every step: go from me + clinical lead, written. No go, no promote.',
      '• Revert: on-call eng, any hour, model config flip, < 5 min, no permission needed.',
      '• Scope: this says safe, not better. "Better" = randomised A/B later.',
    ].join('\n'),
  },
  {
    id: 'q027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "I've run a few of these, so let me tell you where I'd spend the attention, because the failure here is not subtle once you see the shape of the week. A new recommender that pulls more features per request, feature stores sized for the old one, and a team sitting in Berlin while Singapore has its lunch rush at breakfast time in Germany. That last fact decides most of the plan. " +
      "The plan is mine to set — exposure sequence, the stop conditions, the pacing, the approvals — and the recommendations team executes it; I don't outsource the judgement of when we're done. " +
      "We'd go employees, then the preview programme, then a general slice that deliberately includes Singapore and Kuala Lumpur rather than only Europe, because a Europe-only canary during Berlin office hours tests nothing that matters; our highest-value repeat customers in both regions come last. " +
      "The stop conditions get written and signed off before any traffic moves: recommendation-service errors more than 0.5 points over control; p99 home-screen latency more than 200 ms over control; basket add-to-cart from the recommended row down more than 2 % against the control cohort. For a model I add the things error rates never catch: offline-style quality graded by the eval harness on a live sample, with hallucinated or out-of-stock items counted as failures; user feedback — dismissals and 'not interested' taps; p95 latency per region, since feature-store pressure shows in the tail first; and inference cost per request, given we're reading more features. " +
      'Pacing is 1, 5, 25, 50, 100 percent. Each step needs its metric gate green and must have lived through at least one Singapore lunch peak and one European dinner peak, so nothing moves in under 24 hours, and 25 % holds for two full days because basket numbers are slow. ' +
      "No step is promoted without my approval and the ML lead's, recorded on the ticket. " +
      'Rollback is a model-version flag; it takes effect in a couple of minutes. Authority sits with whoever is on call in either region — the Singapore-hours on-call can pull it at 6 a.m. Berlin time without paging anyone in Germany. That is the whole point of the lunch-peak problem. ' +
      "Finally, I'd resist the temptation, and there will be one, to present the canary cohort's basket numbers as the win. The canary answers whether it's safe to ship. Whether the new model sells more is a separate randomised A/B test with its own sample size. " +
      "If you want the practical texture: the first morning at 1 % is mostly about catching the dumb failures, a missing feature, a schema mismatch, a timeout nobody configured. I'd expect those in the first hour, if at all. The real test is the first Asian lunch peak at 5 %, because that is when the feature stores see the new read pattern at volume, and I'd want someone from the data platform team awake and watching store saturation alongside the model dashboards — not because they decide anything, but because they'll recognise the early signs before our thresholds do. If we get through two of those peaks and a European evening clean, I'm comfortable with 25 %. If store latency creeps up even within limits, I'd hold longer and ask for capacity before moving, rather than hoping the margin holds at 50.",
  },
];
