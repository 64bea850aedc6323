import type { LabelledAnswer } from './corpusTypes';
import { points } from './labels';

/** Strong answers (c001–c024): every point of the scenario, in many voices and formats. */
export const STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'c001',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'My part as PM is the release decisions; the platform team runs the deploy and the traffic split. ' +
      'We expose staff first, then the beta group that opted in, then everyone else, with the ' +
      'biggest accounts last because an outage hurts them most. Before the first request moves we ' +
      'write down the rollback triggers: errors more than 0.5 % above control, p99 latency more ' +
      'than 200 ms worse, checkout conversion down 2 % against the baseline. The ramp is 1 %, 5 %, ' +
      '25 %, 50 %, 100 %, holding six hours per step, and I sign off each gate with the tech lead. ' +
      'The on-call engineer may roll back at any hour without asking; it is a routing flip that ' +
      'completes in about three minutes. The canary tells us the build is safe, not that it is ' +
      'better; a randomised A/B test afterwards answers that.',
  },
  {
    id: 'c002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '- PM owns: exposure order, rollback thresholds, hold lengths. Engineering owns the routing.',
      '- Order: employees → opted-in beta users → general users; enterprise customers last (least forgiving).',
      '- Thresholds (agreed before launch): errors +0.5 % vs control, p99 +200 ms, conversion −2 % vs baseline.',
      '- Ramp: 1 → 5 → 25 → 50 → 100 %, 12 hours per stage.',
      '- Sign-off at every gate: me and the eng lead.',
      '- Rollback: on-call, 24/7, config switch, under 5 minutes.',
      '- Canary = safe; randomised A/B test afterwards = better.',
      '- Model guards: hallucination rate from the eval harness, thumbs-down rate, p95 latency, tokens per query.',
    ].join('\n'),
  },
  {
    id: 'c003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Thresholds of 0.5 % and 200 ms for errors and p99 latency, and 2 % for checkout conversion, ' +
      'all measured against control and fixed before the ramp starts. Stages of 1, 5, 25, 50 and ' +
      '100 percent, each held for 8 hours. Internal staff first, then early-access customers, then ' +
      'the general base, and high-value accounts last since they cannot afford a broken checkout. ' +
      'As the PM I own those calls; engineering owns the mechanics of the deploy. Every promotion ' +
      'needs my explicit sign-off and the engineering manager’s. Any on-call engineer can revert ' +
      'at night or on weekends by switching the load balancer weights back, which takes two ' +
      'minutes. A canary only shows the release is safe; whether it is better needs a randomised ' +
      'A/B test with a control group afterwards.',
  },
  {
    id: 'c004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Five decisions are mine as product manager: who goes first, what limits trigger a ' +
      'rollback, how long we hold, who approves each step, and who can pull the plug. ' +
      'Engineering handles the routing. We start with employees and then customers who joined ' +
      'the preview programme, because they tolerate rough edges and tell us what broke; new ' +
      'customers come last. We roll back if the error rate rises more than half a percent over ' +
      'control, if p99 latency grows by more than two hundred milliseconds, or if conversion ' +
      'drops more than two percent against the baseline cohort — written down before any traffic ' +
      'moves. We go one, five, twenty, fifty and then a hundred percent, waiting a full day at ' +
      'each stage. The engineering lead and I sign off at every gate. The on-call engineer can ' +
      'roll back around the clock by flipping the feature flag, in under a minute. Since this is ' +
      'a model change, we also watch the hallucination rate scored by our eval harness, ' +
      'thumbs-down feedback, p95 latency and token cost per query, because error rate alone ' +
      'misses a worse answer. The canary proves it is safe; an A/B test with random assignment ' +
      'later tells us if it is better.',
  },
  {
    id: 'c005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '1. Ownership — I decide the audience order, the rollback criteria and the holds; SRE runs the rollout tooling.',
      '2. Audience — staff, then opted-in beta users, then low-risk free-tier users, enterprise last because they have the most to lose.',
      '3. Rollback criteria, committed up front — 5xx rate up 0.3 pp vs control; p99 up 150 ms; sign-ups down 1.5 % vs baseline.',
      '4. Ramp — 2 % → 10 % → 50 % → 100 %, a minimum of 6 hours per step, advancing only while every metric stays inside its limit.',
      '5. Approval — explicit sign-off from me and the service owner at each gate.',
      '6. Rollback — the on-call SRE can trigger it any time, day or night; it is a traffic-split change, done in under 5 minutes.',
      '7. Canary vs experiment — the canary checks safety; a randomized A/B test afterwards measures improvement.',
    ].join('\n'),
  },
  {
    id: 'c006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'I would begin with what could hurt customers. For this assistant upgrade the error rate is ' +
      'not enough, so the guard metrics are the hallucination rate graded by an automated eval ' +
      'harness on sampled responses, the thumbs-down rate, p95 latency and tokens per query. The ' +
      'limits are agreed in advance: hallucinations up more than 1 percentage point, p95 up more ' +
      'than 300 ms, errors up 0.5 % against control. As the PM those limits are my call, along ' +
      'with who sees it first; engineering runs the rollout. Internal staff go first, then beta ' +
      'testers, because they report problems quickly, and paying enterprise users last. Traffic ' +
      'steps from 1 % to 5 % to 25 % to 100 %, with a 24-hour hold at each step and my sign-off ' +
      'plus the tech lead’s at each one. On-call can revert in minutes, at any hour, by routing ' +
      'traffic back to the old model — no redeploy. The canary tells us it is safe; a randomised ' +
      'A/B test then tells us whether answers are better.',
  },
  {
    id: 'c007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'honestly the way i run these: i own the what and when, eng owns the how (deploy, routing). ' +
      'first our own people, then the beta folks who signed up for early access, then everybody, ' +
      'big enterprise accounts at the very end because a bad day costs them real money. we agree ' +
      'the kill criteria before launch — error rate up more than 0.5% vs control, p99 up more than ' +
      '200ms, conversion down more than 2% vs baseline. ramp is 1/5/25/50/100 percent and we sit ' +
      'at each level for at least 6 hours. each step gets an explicit go from me and the eng lead. ' +
      'on-call can roll it back any time of day, it is just a config change, takes a couple of ' +
      'minutes. and the canary only says it is safe — if we want to know it is better we run a ' +
      'proper randomized a/b test after.',
  },
  {
    id: 'c008',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Holding on metric-based gates at 1 %, 5 %, 20 %, 50 % and 100 %, at least twelve hours ' +
      'each, with a named sign-off at each step — mine and the engineering lead’s. Exposure order: ' +
      'dogfooding with employees, then opted-in early adopters, then the wider base, with our ' +
      'highest-paying customers last since they are the least tolerant of mistakes. Rollback ' +
      'thresholds are pre-committed: error rate +0.5 % over control, p99 latency +200 ms, ' +
      'conversion −2 % against the baseline. The on-call engineer is empowered to roll back ' +
      'nights and weekends without approval; it is a routing change that lands in under five ' +
      'minutes. For the model: hallucination rate from the eval suite, thumbs-down and ' +
      'corrections, p95 latency and cost per query — error rates will not catch a quality ' +
      'regression. As PM I decide all of the above; engineering builds the pipeline. The canary ' +
      'tells us safe, not better: the cohort is hand-picked, so a randomised A/B test follows.',
  },
  {
    id: 'c009',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Let me separate the two questions first. A canary asks whether the new payment service is ' +
      'safe; a randomised A/B test asks whether it is better, and it comes after, because the ' +
      'canary’s groups are chosen on purpose and any lift there is an artefact. As the PM I am ' +
      'accountable for which users go first, which limits send us back and how long we wait; ' +
      'engineering operates the traffic routing. We go to internal users, then customers who ' +
      'opted into the pilot, then the general population, and new customers last because a ' +
      'failed first purchase loses them for good. We pre-agree the limits: failed payments up by ' +
      'more than 0.2 percentage points over control, p99 latency up by more than 250 ms, ' +
      'purchases down more than 1 % compared to the baseline. We move through 1 %, 10 %, 50 % and ' +
      '100 %, staying four hours at each level, and each level requires sign-off from me and the ' +
      'SRE lead. Whoever is on call can revert at 3 am without waking me; the switch back is a ' +
      'gateway config change and completes in seconds.',
  },
  {
    id: 'c010',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Owner: me (PM) for the decisions; engineering for the plumbing.',
      'Who first: staff, then opted-in beta users, then the rest; VIP accounts last because they churn if it breaks.',
      'Limits, written down before any traffic moves: error rate up 0.5% vs control; p99 up 200ms; conversion down 2% vs baseline; hallucination rate up 1 pp.',
      'Stages: 1%, 5%, 25%, 50%, 100%; hold each for 6 hours.',
      'Approvals: I sign off every stage with the engineering lead.',
      'Rollback: the on-call engineer, any hour, by a routing change, within 3 minutes.',
      'Quality: eval harness on sampled answers for hallucinations, thumbs-down rate, p95 latency, token cost per query.',
      'Canary vs A/B: the canary says safe; a randomized A/B test later says better.',
    ].join('\n'),
  },
  {
    id: 'c011',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'We would ramp in four steps — one, ten, fifty, one hundred percent — and hold each for a ' +
      'day. Before we start, we commit to rolling back if the error rate climbs more than 0.5 % ' +
      'above control, if p99 latency rises more than 200 ms, or if conversion falls more than 2 % ' +
      'relative to the baseline cohort. I own those numbers and the order of exposure as the PM, ' +
      'while the infra team implements the traffic split. Employees see it first, then the ' +
      'design partners who opted in, then regular users, and the enterprise tier last, since ' +
      'they are the most expensive to disappoint. No step happens without an explicit sign-off ' +
      'from me and the engineering lead. The on-call engineer can roll back at any time, night or ' +
      'weekend, by toggling the flag, which takes under a minute. The canary cannot tell us the ' +
      'new version is better, only that it is safe, because the groups are not randomised; an ' +
      'A/B test does that afterwards.',
  },
  {
    id: 'c012',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'As the product manager, my job is to decide three things: who goes first, what triggers a ' +
      'rollback, and how long we hold; the ML platform team deploys and routes. Staff and then ' +
      'beta testers who opted in go first because they report issues and forgive them; our ' +
      'enterprise customers go last. Rollback triggers, written down in advance: hallucination ' +
      'rate up more than one point on the eval harness, thumbs-down rate up 20 % relative, p95 ' +
      'latency over 2 seconds, token cost per query up 30 %, and errors up 0.5 % against control. ' +
      'The ramp is 1 % to 5 % to 20 % to 50 % to 100 %, and we stay at each step for 12 hours. Each ' +
      'gate needs sign-off from me and the eng lead. On-call can roll back at any hour by routing ' +
      'traffic back to the old model; it takes a few minutes, not a redeploy. Error rate alone ' +
      'would miss a model that answers worse. Finally, the canary shows the model is safe; ' +
      'whether it is better needs a randomised A/B test afterwards.',
  },
  {
    id: 'c013',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Two hundred milliseconds on p99, half a percent on errors, two percent on conversion: ' +
      'those are the rollback limits, compared with control and settled before launch. As PM I ' +
      'set them, and I decide who goes first; engineering runs the deploy. First internal ' +
      'employees, then opted-in beta customers, then everyone, with our largest accounts last ' +
      'because they have the least patience for breakage. We step 1 %, 5 %, 25 %, 50 %, 100 %, ' +
      'waiting at least eight hours at each stage, and every stage needs a sign-off from me and ' +
      'the engineering manager. The on-call engineer can roll back any time, 24/7, by switching ' +
      'routing back; it finishes in under five minutes. A canary is not an A/B test: it shows the ' +
      'release is safe, and a randomised A/B test after it shows whether it is better.',
  },
  {
    id: 'c014',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'For a prompt change like this one I treat quality as the main risk. We guard the ' +
      'hallucination rate from the automated eval harness, the share of thumbs-down ratings, p95 ' +
      'latency and tokens per request, alongside errors, because error rate alone will not show a ' +
      'worse answer. The limits are fixed up front: hallucinations up 1 pp, thumbs-down up 15 %, ' +
      'p95 up 250 ms, errors up 0.5 % over control. I own those limits and the exposure order as ' +
      'the PM; the engineers own the prompt deployment. Our own support team uses it first, then ' +
      'beta users who opted in, then the general audience, and premium customers last because ' +
      'they rely on it most. We move from 1 % to 5 % to 25 % to 100 %, holding 24 hours at each, ' +
      'and I approve every step together with the tech lead. The on-call engineer can switch ' +
      'back to the old prompt at any hour with a config change that takes seconds. The canary ' +
      'says whether it is safe; a randomized A/B test later says whether it is better.',
  },
  {
    id: 'c015',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Decisions I own (not engineering’s mechanics): order, limits, holds.',
      '• Staff → opt-in beta → free tier → everyone; enterprise last: most to lose.',
      '• Roll back on: errors > +0.5 % vs control · p99 > +200 ms · checkout −2 % vs baseline. Pre-committed.',
      '• 1 / 5 / 25 / 50 / 100 %, ≥ 6 h per stage.',
      '• Sign-off per gate: PM + eng lead.',
      '• On-call rolls back 24/7 via routing, < 5 min.',
      '• Canary = safe. Randomised A/B test afterwards = better.',
    ].join('\n'),
  },
  {
    id: 'c016',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'The way I see it, the PM is on the hook for the release decisions: who gets the new model ' +
      'first, what numbers send us back, and how long each stage lasts. The platform engineers ' +
      'implement the routing. Internal users first, then customers in the early access ' +
      'programme, because they expect rough edges and report them; brand-new customers last. We ' +
      'commit before launch to roll back if errors go up half a percent against control, p99 ' +
      'latency grows 200 milliseconds, or conversion falls two percent below baseline. On top of ' +
      'that, hallucinations from the eval harness, thumbs-down feedback, p95 latency and token ' +
      'cost, since infrastructure metrics alone cannot see quality. Stages: one, five, twenty-five ' +
      'and a hundred percent, each held for at least six hours and only advanced when every guard ' +
      'stays green. Each gate gets explicit sign-off from me and the engineering lead. The on-call ' +
      'engineer can roll back at night by flipping routing, in under five minutes. Lastly, the ' +
      'canary shows it is safe; an A/B test with randomised users afterwards shows whether it is ' +
      'better.',
  },
  {
    id: 'c017',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Rollback first: the on-call engineer can revert at any hour without asking anyone, by ' +
      'moving traffic back at the load balancer, and it completes in about two minutes — never a ' +
      'redeploy. Thresholds, agreed before the first user sees it: 5xx errors more than 0.5 % ' +
      'over control, p99 more than 200 ms over control, and orders more than 2 % under the ' +
      'baseline. Audience: colleagues first, then volunteers from the beta list, then the rest, ' +
      'and key accounts last since they would churn over an outage. Ramp: 1 %, 5 %, 20 %, 50 %, ' +
      '100 %, with six-hour holds, and each step approved by me and the eng lead. As PM I own ' +
      'these decisions; engineering owns the deploy pipeline. And to be clear, the canary tells ' +
      'us it is safe; if we want to claim it is better, that is a randomised A/B test afterwards.',
  },
  {
    id: 'c018',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'I am responsible for the rollout decisions, and engineering owns the infrastructure. We ' +
      'start with employees, then opted-in beta customers, then low-risk free users, and end with ' +
      'enterprise accounts, because they have the most to lose if it breaks. We set the rollback ' +
      'criteria ahead of time: error rate 0.5 % above control, p99 latency 200 ms above control, ' +
      'conversion 2 % below baseline, and the hallucination rate from our eval harness more than ' +
      '1 pp above the old model. We also track thumbs-down, p95 latency and tokens per query. ' +
      'The ramp is 1 %, 5 %, 25 %, 50 % and 100 %, and each stage is held for eight hours. Every ' +
      'gate needs my sign-off and the engineering lead’s. Anyone on call can roll back any time, ' +
      'including weekends, by shifting traffic back in the router, which takes three minutes. We ' +
      'do not read the canary as proof of improvement: the cohort is not random, so a randomised ' +
      'A/B test follows.',
  },
  {
    id: 'c019',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'So, as PM I make the calls on exposure order, rollback limits and holds, and the SRE team ' +
      'does the deployment work. Order: staff, then early-access users who opted in, then the ' +
      'general population, and the biggest customers only at the end, because a failure there is ' +
      'the most costly. Limits, set before any traffic shifts: error rate up 0.4 % against ' +
      'control, p99 up 150 ms, sign-up conversion down 1.5 % against baseline. Ramp of 1, 5, 25, ' +
      '50 and 100 per cent, staying a minimum of 12 hours on each stage. Every stage needs my ' +
      'explicit approval and the eng lead’s. On-call may roll back at any hour through a traffic ' +
      'weight change; it takes under three minutes. The canary checks safety. Whether it is ' +
      'better is a separate question for a randomised A/B test afterwards.',
  },
  {
    id: 'c020',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Quantities first: 0.5 % on errors, 200 ms on p99, 2 % on conversion, all vs control and ' +
      'written down before launch; and for the model 1 pp on the hallucination rate from the eval ' +
      'harness, plus watching thumbs-down, p95 latency and token cost per query. Error rate alone ' +
      'would not catch a worse answer. Ramp of 1 %, 5 %, 25 %, 50 %, 100 %, holding six hours ' +
      'each. Order: staff, then opted-in beta users, then everyone, enterprise last since they ' +
      'cannot tolerate a bad answer. Me and the tech lead sign off each gate. On-call can revert ' +
      'any hour through routing, in under five minutes. I own these decisions as PM; engineering ' +
      'owns the routing layer. The canary says it is safe; a randomised A/B test afterwards says ' +
      'whether it is better.',
  },
  {
    id: 'c021',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Here is the plan I would own as product manager, with engineering running the mechanics. ' +
      'We expose internal staff first and then customers who opted into early access, because ' +
      'they tolerate breakage and report it; regular users follow, and high-value customers go ' +
      'last. The rollback thresholds are committed before traffic moves: error rate more than ' +
      '0.5 % above control, p99 latency more than 200 ms above control, conversion more than 2 % ' +
      'below the baseline cohort. We ramp 1 % to 5 % to 25 % to 50 % to 100 %, holding at least ' +
      'six hours at each stage, and each stage needs an explicit sign-off from me and the ' +
      'engineering lead. The on-call engineer can roll back at any hour; it is a routing change ' +
      'that completes in under five minutes. The canary tells us the change is safe; a randomised ' +
      'A/B test then tells us whether it is better.',
  },
  {
    id: 'c022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Since we are swapping the model, error rate is not sufficient: I would guard the ' +
      'hallucination rate from an automated eval harness, the thumbs-down rate, p95 latency and ' +
      'token cost per query. Those guards, plus errors up 0.5 % against control and p99 up 200 ms, ' +
      'are committed before the ramp. As the PM I own who goes first, the limits and the hold ' +
      'times; engineering handles deploys. Staff go first, then opted-in beta users, then everyone ' +
      'else, with enterprise last because they are the most sensitive. The stages are 1 %, 5 %, ' +
      '25 %, 50 %, 100 %, each held for twelve hours, with sign-off from me and the eng lead at ' +
      'every gate. The on-call engineer can roll back around the clock via a routing switch, in ' +
      'minutes. Finally, the canary only tells us it is safe; a randomised A/B test then tells us ' +
      'whether it is better.',
  },
  {
    id: 'c023',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'What I own: who goes first, what rolls us back, how long we hold. Engineering: routing and deploys.',
      'Cohorts: staff first; opted-in beta second; everyone else third; enterprise last because a failure costs them most.',
      'Guardrails, pre-agreed: error rate +0.5 % vs control, p99 +200 ms, conversion −2 % vs baseline.',
      'Ramp: 1 %, 5 %, 25 %, 50 %, 100 % with 6-hour holds; promote only when the guardrails stay flat.',
      'Gates: an explicit sign-off from me and the engineering lead at each stage.',
      'Rollback: on-call, any hour, a routing switch, under five minutes.',
      'Canary vs A/B: the canary shows it is safe; a randomised A/B test afterwards shows it is better.',
    ].join('\n'),
  },
  {
    id: 'c024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'I would frame it around three PM decisions — audience, limits, timing — while engineering ' +
      'owns the routing. Audience: employees, then beta users who opted in, then the wider base, ' +
      'and our paying enterprise customers last, since they have the most to lose. Limits, set ' +
      'before we start: errors up 0.5 % against control, p99 up 200 ms, conversion down 2 % vs ' +
      'baseline, and hallucination rate on the eval harness up more than one point. We also ' +
      'watch thumbs-down feedback, p95 latency and tokens per query, because a model can get ' +
      'worse with no errors at all. Timing: 1 %, 5 %, 25 %, 50 %, 100 %, a day at each stage, and ' +
      'I sign off every gate with the tech lead. On-call can roll back any time by routing traffic ' +
      'back to the old model in under five minutes. The canary shows safety; a randomised A/B ' +
      'test after it shows whether the new model is better.',
  },
];
