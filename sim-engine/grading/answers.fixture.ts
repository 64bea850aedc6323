/** Written answers for the grader's tests and benchmark: the seed's two anchors and our own. */

/** The seed glossary's strong answer, verbatim: the anchor the grader is calibrated on. */
export const SEED_STRONG =
  'A canary release routes a small slice of production traffic to a new version to detect ' +
  'regressions before full rollout. As PM, I own three decisions: which users go first ' +
  '(internal employees, then opted-in early access, not a random sample), what thresholds ' +
  'trigger a rollback (error rate up more than 0.5%, p99 latency up more than 200ms, conversion ' +
  'down more than 2% vs. baseline, pre-committed before traffic moves), and how long to hold at ' +
  'each level before advancing. The ramp typically goes 1% to 5% to 20% to 50% to 100%, each ' +
  'gate with explicit sign-off. Rollback is a routing change, not a code deploy, and should ' +
  'complete in under five minutes. Canary answers whether the new version is safe, in hours. ' +
  'An A/B test then answers whether it is better, over days with a proper randomized control ' +
  'group. For a model upgrade, the rollback criteria also include hallucination rate and user ' +
  'feedback signals, not just infrastructure metrics.';

/** The seed glossary's weak answer, verbatim: a definition and nothing a PM decides. */
export const SEED_WEAK =
  'A canary release is when you release a feature to a small percentage of users first, then ' +
  'roll it out to everyone.';

/** The seed's strong answer, paraphrased in our own words and order. */
export const SEED_PARAPHRASE =
  'Engineering runs the traffic routing; what I decide as the product manager is who sees the ' +
  'new version first, what makes us pull it back and how long each step lasts. Our own staff go ' +
  'first, then customers who opted into early access, because a random slice tells us nothing ' +
  'about who can tolerate a broken build. Before any traffic moves we agree the limits: roll back ' +
  'if errors rise more than 0.5 % over control, if p99 latency grows by more than 200 ms, or if ' +
  'conversion falls more than 2 % against the baseline cohort. We step through 1 %, 5 %, 20 %, ' +
  '50 % and 100 %, a day at each, and every gate needs an explicit sign-off from me and the ' +
  'engineering lead. ' +
  'A rollback just switches the routing rule back, so it takes under five minutes rather than a ' +
  'redeploy. The canary only tells us the release is safe within hours; a randomised A/B test ' +
  'afterwards tells us whether it is better. For a model swap we also watch the hallucination ' +
  'rate from our eval harness and thumbs-down feedback, because error rate alone cannot see a ' +
  'worse answer.';

/** Strong answers in other words, structures and spellings: each must score ≥ 70. */
export const OWN_STRONG: readonly { readonly name: string; readonly text: string }[] = [
  {
    name: 'a British-spelt narrative that starts from the rollback plan',
    text:
      'I would start with the rollback plan, because that is what protects customers. Before a ' +
      'single request is routed, the thresholds are written down and agreed: the 5xx rate may not ' +
      'rise more than 0.3 percentage points above control, p99 latency may not grow by more than ' +
      '150 ms, and checkout completion may not fall more than 1.5 % relative to the same ' +
      'segments’ baseline. If any of those is breached, the on-call engineer can roll back at any ' +
      'hour, nights and weekends included, without asking me. The rollback is a change to the ' +
      'load balancer weights, so it finishes within three minutes; we never need a redeploy. ' +
      'My job as PM is to own those calls, while engineering owns the plumbing. The order of ' +
      'exposure matters: we dogfood with staff first, then move to beta customers who opted in, ' +
      'then free-tier users, and our enterprise accounts come last since they have the most to ' +
      'lose. We go 1 → 5 → 25 → 50 → 100 %, holding each stage for at least six hours and ' +
      'advancing only if every metric stays inside its threshold. Each gate needs a sign-off ' +
      'from me and the engineering lead. None of this tells us whether the new version is better: ' +
      'the canary cohort is not randomised, so any lift could be a segment artefact. Once the ' +
      'rollout is safe, we run a proper randomised A/B test to measure improvement. Because this ' +
      'is a model upgrade, we also guard the hallucination rate scored by automated evals, the ' +
      'thumbs-down rate, p95 latency and token cost per query.',
  },
  {
    name: 'bullets with full sentences, American spelling',
    text: [
      'Here is how I would run it as the PM.',
      '- I own the decisions about who goes first, what triggers a rollback and how long we hold; the SRE team owns the routing layer.',
      '- Internal employees get it first, then early adopters who opted in, then low-risk users, and new or high-value customers go last because they are the least forgiving.',
      '- We pre-commit the rollback thresholds: error rate more than 0.5% above control, p99 latency more than 200 ms above control, and purchases down more than 2% versus the baseline cohort.',
      '- The ramp is 1%, 5%, 25%, 50% and 100%, and we hold 24 hours at each stage before we advance.',
      '- Every gate needs explicit sign-off from me and the eng lead.',
      '- Any on-call engineer can trigger a rollback 24/7, and it is a config change that completes in under 5 minutes, not a code deploy.',
      '- The canary tells us the release is safe; it does not tell us it is better, because the cohort is not randomized.',
      '- After the canary, we run an A/B test with randomized assignment to learn whether the new model is better.',
      '- For the model itself we watch the hallucination rate from the eval harness, thumbs-down and corrections, p95 latency, and token cost per query, since error rate alone will not catch a quality regression.',
    ].join('\n'),
  },
  {
    name: 'a terse spoken answer that leads with the A/B distinction',
    text:
      'First, a canary is not an A/B test: the canary answers whether the new version is safe, and ' +
      'a randomized A/B test that follows answers whether it is better, since the canary cohort is ' +
      'hand-picked rather than random. As the PM, I decide the exposure order, the rollback ' +
      'criteria and the holds, and engineering implements the traffic split. Staff go first, then ' +
      'beta testers, then the general population, and our biggest customers only at the end, ' +
      'because a failure costs them the most. We agreed in advance to roll back if failures rise ' +
      'by 1 percentage point, if p99 goes up by 250 ms, or if sign-ups fall 3 % against the ' +
      'baseline. We move from 1% to 10% to 50% to 100%, staying at each step for twelve hours, and ' +
      'I sign off each gate together with the tech lead. The on-call SRE can flip the routing ' +
      'back at any time of day or night, which takes about two minutes. For this prompt change I ' +
      'also want hallucination scored by graders on sampled answers, the thumbs-down rate, p95 ' +
      'latency and tokens per query, not only the error rate.',
  },
  {
    name: 'a structured answer that ends with ownership',
    text:
      'The ramp goes in stages of 2 %, 10 %, 25 %, 50 % and then 100 %. At each stage we hold ' +
      'for a minimum of 8 hours, and we only advance when the guardrails have stayed flat for ' +
      'that whole window. The guardrails were set before the launch: the error rate may not go up ' +
      'by more than 0.4 %, p99 latency may not rise by more than 180 ms, and conversion may not ' +
      'drop more than 2 % compared with the baseline cohort. The product lead and I approve every ' +
      'step. Who sees it first is deliberate: employees first, then customers in the preview ' +
      'programme, then power users who report bugs quickly, and the high-value accounts last. If ' +
      'a guardrail is crossed, whoever is on call is authorised to revert, day or night, by ' +
      'shifting traffic at the gateway, which completes in about a minute instead of a redeploy. ' +
      'The canary only proves it is safe; whether it is better needs a randomised experiment ' +
      'afterwards, because the canary users were not randomly assigned. Since this is a new model, ' +
      'we also track the hallucination rate from the eval harness, negative feedback, p95 ' +
      'response latency and cost per query. Those are the decisions I own as the PM; engineering ' +
      'owns the deployment mechanics.',
  },
];

/** A bare definition in our own words: nothing the PM decides. */
export const DEFINITION =
  'A canary release sends a small share of live production traffic to a new version of the ' +
  'software so that problems show up before everyone is moved over to it.';

/** The brief's keyword list: every concept, no sentence. */
export const KEYWORDS =
  'canary, rollback, thresholds, p99, A/B test, segments, sign-off, hallucination, eval harness, feature flag';

/** Every concept, reasoned about, but not one number. */
export const NO_NUMBERS =
  'As the PM, I own the decisions about who goes first, what triggers a rollback and how long we ' +
  'hold, while engineering runs the routing. Internal employees go first, then opted-in beta ' +
  'users, and high-value customers go last because they have the most to lose. We agree the ' +
  'rollback thresholds before traffic moves, for the error rate, tail latency and conversion ' +
  'against the baseline. We ramp in stages and hold at each one, advancing only when the metrics ' +
  'stay inside the thresholds. Each gate needs explicit sign-off from me and the engineering ' +
  'lead. The on-call engineer can roll back at any hour, and the rollback is a routing change ' +
  'rather than a redeploy. The canary tells us the release is safe, while a randomized A/B test ' +
  'afterwards tells us whether it is better. For a model change we also watch the hallucination ' +
  'rate from the eval harness, thumbs-down feedback, latency and token cost.';

/** The seed paraphrase with the canary-vs-A/B passage replaced by the misconception. */
export const LIFT_FROM_CANARY = SEED_PARAPHRASE.replace(
  'The canary only tells us the release is safe within hours; a randomised A/B test ' +
    'afterwards tells us whether it is better.',
  'The canary tells us whether the new version is better, so we can skip the A/B test.',
);

/** The seed paraphrase with a random slice as the cohort plan. */
export const RANDOM_SLICE = SEED_PARAPHRASE.replace(
  'Our own staff go first, then customers who opted into early access, because a random slice ' +
    'tells us nothing about who can tolerate a broken build.',
  'We expose a random 1 % of users first and then widen it.',
);

/** The seed paraphrase with rollback by redeploying. */
export const REDEPLOY_ROLLBACK = SEED_PARAPHRASE.replace(
  'A rollback just switches the routing rule back, so it takes under five minutes rather than a ' +
    'redeploy.',
  'To roll back we redeploy the previous build through the pipeline.',
);

/**
 * An answer mostly of notes with one statement: the notes scale its credit down, so the points
 * the statement names fall short of covered (the sentence feedback's "counts towards").
 */
export const NOTES_WITH_ONE_STATEMENT = [
  'Cohorts: staff, beta, free tier, institutions.',
  '1 % / 5 % / 25 % / 100 %.',
  'p95, p99, 200 ms, 0.5 %, 2 %.',
  'Thresholds, baseline, control, pre-committed.',
  'Holds 24 h, gates, metric-based, sign-off, PM, eng lead.',
  'Rollback: on-call, routing, config, under 5 minutes, any hour.',
  'Dashboards, alerts, timeouts, shards, weekend.',
  'Rare queries, long tail, filters, tail latency, index size, query volume, 48 h.',
  'Safety vs lift, A/B test, randomised, hosting savings, cost per query.',
  'We roll back if errors rise 0.5 % over control.',
].join('\n');
