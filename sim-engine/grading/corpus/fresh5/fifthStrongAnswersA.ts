import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifth blind corpus, author A, strong answers (m001–m007): every point of the scenario type,
 * written without seeing the grader. Held out from tuning; wired in by the lead.
 */
export const FIFTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'm001',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'For the one-page checkout I would start by being clear about the split of ' +
      'responsibilities. Engineering decides how traffic is routed and builds the kill ' +
      'switch; what I decide, and answer for, is who sees the new page when, which numbers ' +
      'stop us, how long we wait at each step and who says "go" to the next one.\n' +
      '\n' +
      'Who sees it first: our own staff, placing real orders with the internal discount code, ' +
      'then the few thousand customers who joined the early-access programme last year. After ' +
      'that, returning customers with a saved card, because the page was designed around ' +
      'them. First-time buyers come last. That matters here: the spring campaign brings in ' +
      'exactly those people, a failed first order is a customer we never see again, and the ' +
      'usability lab only ever tested returning customers.\n' +
      '\n' +
      'Before anything ships I write the stop conditions into the release ticket and get the ' +
      'tech lead to agree to them: payment errors more than half a percentage point above the ' +
      'old checkout, p99 page latency more than 300 ms worse, and order completion for the ' +
      'exposed group down by more than 2% relative to the control group on the old page. If ' +
      "any one of those is crossed, we stop. We don't debate it at the time.\n" +
      '\n' +
      "Steps: 1%, 5%, 20%, 50%, then everyone. I'd hold at least a day at 1% and 5% to see a " +
      "full daily cycle, and I'd want 20% to run for two days, because that's the first step " +
      'with enough first-time orders to read conversion at all. A step only advances when all ' +
      'three guards are green for the whole hold, and the tech lead and I both put our names ' +
      'on the ticket before it does.\n' +
      '\n' +
      'Rollback: whoever is on call can flip the flag back to the three-step checkout, day or ' +
      "night, without ringing me first; it's a config change that takes effect in about two " +
      'minutes. We rehearse it once at 1%.\n' +
      '\n' +
      "And one thing I'd tell Growth up front: this rollout tells us the new page doesn't " +
      "break checkout. It won't tell us the page sells more. If they want that claim, we run " +
      "a proper randomised A/B test once it's fully out, with the sample size worked out " +
      'beforehand.',
  },
  {
    id: 'm002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Support assistant → larger model. My plan:\n' +
      '\n' +
      '• Me (PM): order of exposure, stop limits, how long each stage sits, go/no-go. ' +
      'Platform team: model routing + the switch.\n' +
      '• Who goes first: HR ops staff on our own payroll → customers in the beta programme → ' +
      'small-company tenants → large enterprise payroll customers last (most payslip ' +
      'questions, least patience).\n' +
      '• Stop limits, fixed before day one, measured against the tenants still on the old ' +
      'model:\n' +
      '  – failed answers / errors: more than zero point five points above old\n' +
      '  – p95 response time: more than one and a half seconds slower\n' +
      '  – escalations to a human agent: up more than three percent relative\n' +
      '• Model-specific, on top: hallucination rate from the eval harness grading a sample of ' +
      'live answers (stop if above four percent), thumbs-down share, p95 latency as above, ' +
      'and tokens per conversation, since Finance asked about cost. Stop if a conversation ' +
      'costs more than 1.4x the old one. Errors alone would never show a confidently wrong ' +
      'payslip answer.\n' +
      '• Stages: one, five, twenty-five, fifty, one hundred percent. Each stage runs at least ' +
      'a full working day and only moves when every guard is green for that day.\n' +
      '• Each gate: written go from me + the support engineering lead.\n' +
      '• Rollback: on-call engineer, any hour, no approval needed. Routing switch back to the ' +
      'old model, done in ~3 min.\n' +
      "• The three-point eval gain doesn't prove customers are better served. The canary says " +
      '"safe to run"; whether the bigger model is worth the money is a separate A/B test, ' +
      'afterwards, randomised.',
  },
  {
    id: 'm003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Okay so, um, the database migration. So the first thing, I mean, honestly the first ' +
      "thing I'd say is that, like, the infra team owns the proxy and the actual cutover " +
      "mechanics, right, that's theirs. What's mine as the PM is kind of the decision layer: " +
      'which teams get moved over first, what numbers make us stop, how long we sit at each ' +
      'stage, and, uh, who\'s allowed to say "okay, next".\n' +
      '\n' +
      "So for who goes first. We'd put our own workspace on it first, we use the tool all day " +
      "so we'd notice. Then the customers who signed up for early features, they kind of " +
      'expect a bit of roughness. Then small free-tier teams. And the big paying teams, the ' +
      'ones with like thousands of tasks per board, they go last, partly because they hurt ' +
      "most and partly because, um, they're the ones whose reads are going to be cold and " +
      'heavy.\n' +
      '\n' +
      "Thresholds, and I'd write these down before we start, not on the day: error rate on " +
      'task reads no more than point three percent above the teams still on the old database. ' +
      "p99 page load, no more than, let's say, two hundred and fifty milliseconds worse. And " +
      "for the business side, daily active teams creating tasks shouldn't drop more than two " +
      'percent against the old-cluster group.\n' +
      '\n' +
      "Ramp would be something like one, five, twenty-five, fifty, a hundred. And here's the " +
      "thing with this one, the load tests were all warm cache, so I'd hold each stage long " +
      'enough to cover a Monday morning peak, at least, hmm, at least twenty-four hours, and ' +
      'the gates are metric-based, not just the clock running out. Before each step up, me ' +
      'and the infra lead both sign off, like an actual written okay in the channel.\n' +
      '\n' +
      'Rollback. The on-call SRE can switch reads back to the old cluster at any hour without ' +
      "asking anyone, it's a proxy config flip, couple of minutes. Which, by the way, is why " +
      "we don't decommission the old cluster at the end of the month if we're not at a " +
      "hundred percent yet, I'd push back on that date.\n" +
      '\n' +
      "Oh and, one more, this isn't a test of whether the new database is better for users. " +
      "It's just, is it safe. If we want to claim it's faster for customers, that's an A/B " +
      'test afterwards, a randomised one.',
  },
  {
    id: 'm004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      '## What I own\n' +
      'The rollout decisions, not the plumbing. ML platform serves the prompt versions and ' +
      'controls the routing; I own the audience order, the limits, the pacing and the ' +
      "go/no-go calls, and I'm accountable if we get them wrong.\n" +
      '\n' +
      '## Audience order\n' +
      '1. Our own staff who write in German and English (we have a Munich office, so German ' +
      'is covered from day one, which is exactly the gap the English-only review left).\n' +
      '2. Opted-in preview users, in both languages.\n' +
      '3. Free-plan users.\n' +
      '4. Paying business accounts, and German-language business accounts at the very end, ' +
      'because formal address matters most to them.\n' +
      '\n' +
      '## Limits (agreed in writing before the first request)\n' +
      "- Error rate: stop if it's more than 0.4 pp above users on the old prompt.\n" +
      '- p95 latency: stop if more than 800 ms worse (a warmer prompt tends to be longer).\n' +
      '- Suggestions accepted into the email: stop if down more than 3 % relative to the ' +
      'old-prompt cohort.\n' +
      '- Thumbs-down rate, reported separately per language: stop if either language rises ' +
      'more than 1.5 pp. A blended number would hide a German problem behind three times as ' +
      'many English users.\n' +
      '- Eval harness: our graders score a daily sample of live drafts for hallucinated ' +
      'content and for wrong form of address; stop above 2 %.\n' +
      '- Tokens per draft: stop if more than 25 % above today, because cost is part of ' +
      'whether this ships.\n' +
      '\n' +
      '## Pace\n' +
      '5 %, 20 %, 50 %, 100 %. Each stage lasts at least 48 hours and can only move forward ' +
      'when every limit held for the whole period. Metric gates, not calendar gates: a prompt ' +
      'change can fail quietly.\n' +
      '\n' +
      '## Gates\n' +
      'At each step the ML lead and I record an explicit go. No silent promotions.\n' +
      '\n' +
      '## Rollback\n' +
      "Reverting to the old prompt is the on-call engineer's call alone, at any hour, " +
      "weekends and nights included. It's a config value; it takes about a minute to " +
      'propagate.\n' +
      '\n' +
      "## What this won't tell us\n" +
      'Whether "warmer" is actually better. The canary only shows the new prompt does no ' +
      'harm. Whether users prefer it is a question for a randomised A/B test afterwards.',
  },
  {
    id: 'm005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'For the new pricing service of the ride app I will do it like this. First, the PM is ' +
      'owner of the decisions of the release: which riders come first, which limits, how long ' +
      'to wait, and who is signing. The developers are owner of the technique, the routing ' +
      'and the deploy.\n' +
      '\n' +
      'Riders in order: first our employees who use the app to go home, then the riders in ' +
      'the beta group who accepted to test new things, then riders in one smaller city with ' +
      'low traffic. The big cities and the business accounts at the end, because a wrong fare ' +
      'for them is very bad for trust.\n' +
      '\n' +
      "Limits I fix before the start, together with engineering, and we don't change them " +
      'during: fare-calculation errors not more than 0.2% over the old service; p99 latency ' +
      'of the fare quote not more than 150ms over the old; and completed trips per request ' +
      'not falling more than 1.5% compared with the riders still on old pricing. Also fares ' +
      'different from the old service by more than 5% for the same trip, this we check on a ' +
      'sample.\n' +
      '\n' +
      'Steps are 1%, 5%, 25%, 50%, 100%. Each step must stay minimum 24 hours, so it passes ' +
      'one night and the batch window of billing, because that window is shared and I think ' +
      'it is the risky moment. To go to next step all limits must be respected during the ' +
      'full hold. For each step, I and the engineering lead give a written sign-off.\n' +
      '\n' +
      'The rollback: because the trips never stop and the batch is in the night, the on-call ' +
      'engineer has the authority to roll back at 2 in the morning alone, no need to wake me ' +
      'up. It is a switch in the configuration, the traffic goes back to the old pricing in ' +
      'less than five minutes. Not a new deploy.\n' +
      '\n' +
      'Last thing: this canary says only if the new service is safe. It does not say if it is ' +
      'better for business. If we want to know that, after we do an A/B test with random ' +
      'riders.',
  },
  {
    id: 'm006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Q: Who does what?\n' +
      'A: I decide the rollout: which clinics go first, the stop rules, stage lengths and ' +
      'go/no-go. Engineering owns serving and routing between the two models.\n' +
      '\n' +
      'Q: Which clinics first?\n' +
      'A: Our in-house vet advisers, who read summaries every day anyway. Then the clinics on ' +
      'our pilot list who asked for early access. Then single-vet clinics on the standard ' +
      "plan. The big multi-site groups go last; they're our largest accounts and a bad " +
      'summary in a patient record is hard to undo.\n' +
      '\n' +
      'Q: What stops you?\n' +
      'A: Written down before we start, compared against clinics still on the current model: ' +
      'summary failures or timeouts more than 0.5 points above; p95 latency more than a ' +
      'second worse; share of summaries edited heavily by the vet up by more than 3 points. ' +
      'For the model itself: hallucination rate from the eval harness above 1 %, thumbs-down ' +
      'rate up by half, and we track tokens per summary to confirm the cost saving is real. ' +
      'Error rate on its own would say nothing about a summary that invents a medication.\n' +
      '\n' +
      'Q: And the trap here is?\n' +
      'A: Sparse signal. Few vets rate, and the harness grades one summary in two hundred. At ' +
      "5 % and a few hundred a minute, that's a handful of graded summaries per hour. So I'd " +
      'ask engineering to raise the harness sample to one in twenty for the canary cohort, ' +
      'and the stages hold until we have enough graded summaries, not just until time passes: ' +
      "at least 300 graded per stage. In practice that's 2, 10, 30, 60, 100 %, each about two " +
      'days.\n' +
      '\n' +
      'Q: Who approves each step?\n' +
      'A: Me and the clinical lead, explicitly, at each gate.\n' +
      '\n' +
      'Q: Rollback?\n' +
      "A: Any on-call engineer, any hour, no sign-off needed. It's a model-routing config " +
      'change back to the old model; done in two or three minutes.\n' +
      '\n' +
      'Q: Will this show the cheaper model is as good?\n' +
      "A: It shows it isn't harming anyone at the level we can detect. Whether summaries are " +
      'as good or better is for a randomised A/B comparison afterwards.',
  },
  {
    id: 'm007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Let me frame it the way I would with the team on day one, because the failure mode in ' +
      'this brief dictates most of the plan.\n' +
      '\n' +
      '1. Ownership. Data science owns the model and its offline validation; the platform ' +
      'team owns serving and the regional routing. I own the release itself: who is exposed ' +
      "in what order, what we've agreed will halt it, how long we dwell at each stage, and " +
      "the go/no-go at each gate. If it goes wrong in Singapore at lunch, that's a decision I " +
      'made, not a bug someone else shipped.\n' +
      '\n' +
      "2. Exposure order. Employees' accounts in both regions first (we have warehouse staff " +
      'in Singapore who use the app). Then customers in the opt-in "try new things" ' +
      'programme, again in both regions. Then low-order-value customers. Customers with ' +
      'subscriptions and large weekly baskets last. Crucially, every stage includes Asia: a ' +
      "Europe-only first stage would look green simply because Berlin's morning is quiet.\n" +
      '\n' +
      '3. Guardrails, set and signed before launch. Measured against the control population ' +
      'still on the old model, per region:\n' +
      '   - request errors / fallbacks to the non-personalised basket: halt at +0.3 points;\n' +
      '   - p99 home-screen latency: halt at +250 ms. Feature-store reads are where this breaks, ' +
      "so I'd add p99 feature-store read latency with a halt at +100 ms as a leading " +
      'indicator;\n' +
      '   - add-to-basket rate from the recommended baskets: halt at −2 % relative.\n' +
      '   Model-level signals as well: an offline-eval harness replaying a sample of live ' +
      'requests and scoring the recommendations for obviously wrong items (out-of-stock, ' +
      'wrong region) — halt above 3 %; "not interested" taps as the user-feedback signal; p95 ' +
      'inference latency; compute cost per thousand recommendations against budget. Error ' +
      "rate alone won't catch a model that serves plausible but useless baskets.\n" +
      '\n' +
      '4. Ramp. 1 → 5 → 20 → 50 → 100 %. Every stage must span at least one full Singapore ' +
      'lunch peak and one European evening peak, so in practice 24 to 36 hours each, and 20 % ' +
      "runs for at least 3 days because that's the first point where basket conversion has " +
      'enough volume to read. Progression is gated on the metrics being inside the guardrails ' +
      'for the whole dwell — time alone never promotes.\n' +
      '\n' +
      '5. Gates. A named approval at each transition: me plus the platform lead, recorded in ' +
      'the release channel. The Singapore on-call lead is consulted on every gate too.\n' +
      '\n' +
      '6. Rollback. Because the risky hour is early morning in Berlin, the on-call engineer ' +
      'in whichever region is awake can route back to the old model on their own authority, ' +
      "no PM or manager needed. It's a routing change, effective in under three minutes. I'd " +
      'want one rollback drill at 1 % before we go further.\n' +
      '\n' +
      "7. What the canary is not. It's a safety check, not a verdict on whether the new model " +
      'recommends better. Add-to-basket in the canary cohort is a guardrail, not a result to ' +
      'celebrate; for lift we run a randomised A/B test afterwards with proper power.',
  },
];
