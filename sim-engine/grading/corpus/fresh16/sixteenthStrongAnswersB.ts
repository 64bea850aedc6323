import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixteenth fresh set, author b — strong answers (d021–d027), written blind and labelled by hand.
 * Four on service scenarios, three on model scenarios; each in a different voice. The comment above
 * each entry names the built-in scenario whose brief it answers.
 */
export const SIXTEENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order — nervous spoken interview transcript
  {
    id: 'd021',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "Um, okay, so — sorry, let me just get my thoughts straight. So the way I'd split it is, uh, engineering owns the flag and the traffic routing, that's theirs, and what I own is, like, who sees it when, what numbers make us stop, and how long we sit at each step. So for order — we'd start with employees, although, hmm, actually employees hardly buy anything on the shop, so I'd use them to catch things that are plainly broken, not to read conversion. Then the Insiders programme, then the coupon browsers, because each of their orders is, um, worth less. Then returning customers. And first-time buyers and wholesale accounts go last — first-timers because, well, the lab only ever tested returning people, and wholesale because every order there is worth a lot more. Um, thresholds — we write them down before we start, I mean, before any traffic moves at all: error rate more than half a point over control, p99 latency more than 200 milliseconds worse, and conversion down more than 2 % against the baseline cohort. Sorry — and I'd track conversion for first-time buyers on its own, because that's where I'd worry. Ramp would be 1, 5, 25, 50, 100 percent. And we don't move on by the clock; we hold each step until the numbers have stayed inside those limits for, say, a full day including an evening peak, and at 25 % probably longer, because that's the first point with enough orders to actually see conversion. Each step, me and the tech lead sign off — both of us, written down. Um, rollback: the on-call engineer can flip the flag back any time, two in the morning, whatever, without calling me, and it should take under five minutes since it's just config. Oh — and one more thing, the canary only tells us it's not breaking anything. It doesn't tell us one page is better than three. For that we'd run a proper randomised A/B test afterwards, and, uh, ideally before the spring campaign, not during it — yeah.",
  },
  // storage-migration-under-load — terse senior engineer-turned-PM, clipped fragments
  {
    id: 'd022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Split first. Platform team: proxy, cluster, routing. Me: who goes first, stop numbers, hold lengths, go/no-go.',
      '',
      'Order. Staff. Beta programme. Free workspaces — high volume, cheap if it hurts, and a real test of cold caches. Paid teams. Enterprise tenants last; their contracts bite.',
      '',
      "Stop numbers, agreed in writing before the first request moves: 5xx more than 0.5 % over the old path. p99 task read more than 200 ms over the old path. Completed page loads down 2 % against baseline. Any one trips, we're out.",
      '',
      "Stages 1 → 5 → 25 → 50 → 100. Advance on metrics, not on the clock: every hold spans at least one weekday peak and one cache flush, numbers flat for six hours before anyone says go. Go = two names, mine and the DB lead's, in the release channel.",
      '',
      "Rollback. Proxy points back at the old cluster. Config change, under five minutes, rehearsed before day one. On-call pulls it any hour, no permission needed, pages me after. Which means the old cluster stays up until we've had a week at 100 — decommission date slips if it must.",
      '',
      'Canary answers "safe". Not "better". Anyone who wants to claim the managed cluster makes the product faster for users gets a randomised A/B test, separately.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts — Markdown memo with headings and a table
  {
    id: 'd023',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '# Canary plan: new payment SDK',
      '',
      '## Who decides what',
      'I decide the exposure order, the stop conditions and when we advance. The payments engineers own the SDK integration, the remote-config switch and the dashboards.',
      '',
      '## Order of exposure',
      'Employees, then beta testers, then small slices of the web shop, iPhone and Android users side by side, with Loyalty members last because a failed payment on their Friday order costs us the most. Android gets its own panel: failures there come in bursts, and a number blended across platforms would hide them.',
      '',
      '## Stop conditions (signed before launch)',
      '- payment failures more than 0.5 percentage points above the old SDK, per platform, in any 5-minute window',
      '- p99 payment call more than 300 ms slower than control',
      '- completed orders down more than 2 % against the baseline cohort',
      '',
      "If any of these trips, we roll back. We don't debate it first.",
      '',
      '## Ramp',
      '| Exposure | Who | Minimum hold | Advance when | Signed by |',
      '|---|---|---|---|---|',
      '| 1 % | staff, beta testers | 24 h | no stop condition hit | me + payments lead |',
      '| 5 % | + web, iPhone, Android slices | 48 h incl. one dinner peak | clean per platform | me + payments lead |',
      '| 25 % | general app users | through one Friday dinner | clean, orders within 2 % | me + payments lead |',
      '| 50 % | general app users | 48 h | clean | me + payments lead |',
      '| 100 % | + Loyalty members | — | — | me |',
      '',
      'No stage starts on a Friday afternoon.',
      '',
      '## Rollback',
      'Whoever is on call for payments can switch every app back to the old SDK path with the remote-config flag, at any hour, without asking me. It takes under five minutes and needs no app-store release. We rehearse it once on staff traffic before the 1 % stage.',
      '',
      '## What this will not tell us',
      'Whether wallet payments lift orders. The canary shows the new SDK is safe to run; a randomised A/B test afterwards tells us whether it is better.',
    ].join('\n'),
  },
  // night-breach-rollback-authority — numbered runbook
  {
    id: 'd024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Pricing-service canary — runbook',
      '',
      '1. Roles. I own the cohort order, the stop limits, the hold lengths and the go/no-go at each stage. The pricing team owns the service and the gateway rule that splits traffic; SRE owns the pager.',
      "2. Before Tuesday evening, the limits go into the release ticket, agreed by the pricing lead and me: fare-quote errors more than 0.5 % above the old service; p99 quote latency more than 200 ms above it; quotes accepted by riders down more than 2 % against the baseline cohort; a fare differing from the old service's by more than 1 % on more than 0.1 % of trips.",
      '3. Rehearse the rollback: flip the gateway rule back to the old service, once in staging and once in production on staff traffic. It must finish in under five minutes. It is a routing change, not a deploy.',
      '4. Stage 1, 1 % of trips: employees, then beta riders. Hold until it has crossed at least one nightly batch window with billing and stayed inside every limit.',
      '5. Stage 2, 5 %: ordinary riders join. Hold 24 hours, again including a batch window.',
      '6. Stage 3, 25 %. Hold through a Friday and a Saturday night, the real peak; this is the first stage with enough trips for the acceptance rate to mean anything.',
      '7. Stage 4, 50 %, then 100 % with business accounts last, since a wrong fare on a corporate invoice is the most expensive mistake we can make.',
      '8. Every advance needs sign-off from me and the pricing lead, recorded in the ticket. No sign-off, no advance.',
      '9. Rollback authority: the on-call SRE may roll back at 2 a.m. or any other hour, on any breached limit, without waking me or anyone else. When in doubt, roll back first and write it up in the morning.',
      '10. After 100 %: this canary only shows that the new service is safe. Whether its fares earn more or keep more riders is a question for a randomised A/B test.',
    ].join('\n'),
  },
  // support-model-upgrade — non-native English speaker, article and tense errors
  {
    id: 'd025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'First I say what is mine and what is not mine. The ML platform team is doing the routing of conversations to new model, this is their work. I am owning the decisions: which users get it first, which numbers make us to go back, and how long we stay in every step.',
      '',
      'Order: we start with support agents, they know right answer for payslip question and they will see quick if model is saying something wrong. After this the preview programme, then workspace admins, because they are power users and they write good bug report. Then members. Trial accounts and enterprise customers come in the end — trial people decide to buy or not in first days, and enterprise have the most money on the table.',
      '',
      'Before we start, we fix the limits and write them in launch doc: error rate more than 0.5 % over the old model; p95 latency more than 2 seconds over old model (bigger model, longer context, it will be slower, so we must to know how much); hallucination rate from eval harness — we are sampling 2 % of real conversations and grade them — more than 1 point higher than old model; thumbs-down rate up more than 3 points; cost per conversation more than 40 % over today. Finance was asking about cost, so this is real limit, not only a report.',
      '',
      'Steps are 1 %, 5 %, 20 %, 50 %, 100 %. Traffic is small, only 800 requests in minute, so we stay in every step minimum two days and we go forward only when all numbers are inside the limits, not because the time is finish. Me and ML lead sign every step, and at 20 % also finance look at the cost.',
      '',
      'Rollback: on-call engineer can switch back to old model in gateway config anytime, also in the night, without to ask me. It take less than five minutes.',
      '',
      'And offline eval went up three points, but this is not a proof. Canary only tell us it is safe. If new model is better for users, we need A/B test with random split after.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down — self-posed question-and-answer
  {
    id: 'd026',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "What do I own here, and what don't I? I own the order in which people get the new prompt, the numbers that stop it, how long we wait at each step and who says go. The assistant team owns prompt versioning and the switch that routes requests.",
      '',
      'Who goes first? Employees, and I\'d make sure German-speaking colleagues are in that group on purpose, since the prompt was only reviewed in English. Then early-access writers. Then English-language users, with German-language users behind them, in their own slice with their own numbers, so a problem there isn\'t averaged away by the English majority. Business teams go last: a chummy "du" in a client email is exactly what they would never forgive.',
      '',
      'What stops it? Agreed before the first request: thumbs-down rate up more than 2 points over control in either language; eval-harness failures — hallucinated facts, plus a check that German replies keep the formal "Sie" where the thread uses it — above 1 % of graded replies; p95 response time more than 300 ms slower; tokens per reply up more than 15 %, because a warmer prompt tends to ramble; errors more than 0.5 % over control.',
      '',
      'How does it ramp? 1, 5, 25, 50, 100 %. Each step waits at least 24 hours and until each language has a few thousand rated replies; the metrics open the gate, not the clock.',
      '',
      "Who says go? Me and the assistant team's lead, at every step, plus a German-speaking reviewer before the German slice goes beyond 5 %.",
      '',
      "Who pulls it back? The on-call engineer, at any hour, without asking me. The old prompt is one config value away, so it's back within a couple of minutes.",
      '',
      "Does a clean canary mean the warmer tone is better? No. It means it isn't doing harm. Whether people actually prefer it is a question for a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // lunch-peak-recommendations — one long flowing paragraph with many subordinate clauses
  {
    id: 'd027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: "What I would own as the PM is the shape of the release rather than its plumbing, which the recommendations engineers run through the model router, and that shape begins with staff and the preview programme, whom I would expose first because they will tolerate an odd basket and tell us about it, continues with Germany and Austria at a small slice, where the team sits and can watch during its own working hours, then Singapore and Kuala Lumpur, which I would open only once someone is awake to watch their lunch peak, since that peak falls early in the Berlin morning and since the feature stores, sized for the old model, are most likely to buckle exactly then, and ends with Plus subscribers, who pay for the service and so have the least patience with it. Before any request reaches the new model I would have us agree, in writing, the limits that send it back: request errors more than 0.5 % over the old model, p95 latency more than 150 ms worse in either region, feature-store timeouts above 1 %, a relevance score from the offline replay harness more than 2 points below the old model's, the rate at which customers dismiss recommended baskets up by more than 3 points, basket adds down more than 2 % against the baseline cohort, and compute per request more than 25 % above today, because a model that reads more features costs more to serve. We would move through 1, 5, 25 and 50 to 100 percent, and at every stage we would hold until a full day has passed in both regions, which is to say through both lunch peaks, with every limit inside its bound, and only then would the ML lead and I sign the advance together, so that nobody widens it on a hunch. Because the dangerous hour is one at which Berlin sleeps, the on-call engineer in the Singapore rotation would be allowed to roll back on their own authority, without waking anyone, by switching the route back to the old model, a configuration change that should finish inside five minutes rather than a redeploy, and we would rehearse that switch before starting. And even if all of that goes smoothly, I would not let anyone read from the canary that the new model recommends better baskets, since it was never a randomised comparison; it tells us the model is safe to run, and only a proper A/B test afterwards would tell us whether it is an improvement.",
  },
];
