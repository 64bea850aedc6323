import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Third fresh held-out corpus, part B: strong answers (h021–h027), 4 model and 3 service,
 * written without reading the grader or any other answers. Every point of the scenario type.
 */
export const THIRD_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'h021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "So, um, first I'd say what's actually mine here. The platform folks own the gateway and the " +
      'traffic split itself; I own, uh, who sees the new model first, which numbers make us pull it, ' +
      'and how long we sit at each level. Okay, so the order. Our own HR and support staff use the ' +
      'assistant every day, so they go first, then the customers who signed up for the beta ' +
      'programme, then, like, small companies on the standard plan, and the big enterprise payroll ' +
      'customers and anyone still in onboarding come last, because a wrong answer about a payslip ' +
      'hurts them the most. Um, before a single conversation is routed we write the triggers down ' +
      'and get them agreed: error rate more than 0.5 % above control, p99 latency more than 250 ms ' +
      'worse, and escalations to a human agent, which is our business metric, up more than 3 % ' +
      "against the baseline cohort. And since it's a model, errors don't tell you much, right, so " +
      'also: hallucination rate from the eval harness grading a sample of answers against the policy ' +
      'docs, and if that goes up by more than one point we stop; thumbs-down rate up more than 20 % ' +
      'relative; p95 response latency; and tokens per conversation, because finance asked, so a cost ' +
      "ceiling of, I dunno, 30 % over the old model. The ramp is 1, 5, 25, 50, 100 percent and it's " +
      "metric-gated, so we only move on once everything's been inside its line for at least a full " +
      'day, because the harness only grades a slice. At each gate the eng lead and I both sign off, ' +
      'explicitly, in the release channel. Rollback: the on-call SRE can pull it at any hour, night ' +
      "or weekend, no need to wake me, and it's a config switch at the gateway back to the old " +
      'model, done in under five minutes. And, um, last thing: the canary only tells us the new ' +
      'model is safe. Whether the bigger model actually resolves more questions, we find out ' +
      'afterwards with a proper randomised A/B test, not by reading it off the canary group.',
  },
  {
    id: 'h022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Last time at my company we moved payments to a new provider SDK, and I learned most of this ' +
      'the hard way, so here is how I run it now. I start by saying who owns what: engineering runs ' +
      'the rollout tooling, and the product calls (who gets it first, where the tripwires sit, how ' +
      'long we wait) are mine. Exposure goes to employees paying for their own orders first, then ' +
      'the customers who opted into our beta, then occasional customers with small baskets, and ' +
      'only at the end our most frequent customers and people placing their very first order, who ' +
      'never come back if a payment fails. The tripwires go into the launch doc the week before: ' +
      'payment error rate above control by more than 0.3 %, p99 on the pay call worse by 150 ms, ' +
      'and completed orders per checkout down 1.5 % against the baseline cohort. Any one of those ' +
      'and we revert. We step 1 % → 5 % → 20 % → 50 % → 100 %, and we sit on each step until a ' +
      'full business cycle has passed, which for food delivery means it has to include a Friday ' +
      'dinner peak, because bursts are where the old integration broke. Moving to the next step ' +
      'needs a written go from me and the payments tech lead. The rollback is a switch in the ' +
      'routing config that sends traffic back to the old SDK path in about two minutes, and the ' +
      'on-call engineer is allowed to pull it at 3 a.m. without paging anyone for permission. What ' +
      "the canary doesn't tell us is whether wallet payments lift conversion: back then we ran a " +
      'randomised A/B test for that a month later, because the canary group was not random and its ' +
      'early numbers looked better than they really were, and I do the same today.',
  },
  {
    id: 'h023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'I own exposure order, kill criteria and gate timing; infra owns routing. Order: our in-house ' +
      'vet advisers, then pilot-programme clinics, then single-vet practices, large multi-site ' +
      'groups and new sign-ups last. Kill criteria, signed before launch: errors +0.5 % vs control, ' +
      'p99 +200 ms, summaries edited by the vet +2 % vs baseline cohort; hallucination rate from the ' +
      'eval harness +1 pt, thumbs-down +25 %, p95 +300 ms, cost per summary above the old model. ' +
      'The harness grades 1 in 200 and few vets rate, so during the canary I raise sampling to 1 in ' +
      '20 and gate on metrics: 1/5/25/50/100 %, advancing only after 48 h clean at each. Every gate ' +
      "needs my sign-off and the ML lead's. On-call rolls back 24/7 by gateway config, < 5 min. " +
      'Canary says safe; a randomised A/B test afterwards says better.',
  },
  {
    id: 'h024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Accountability for the go/no-go is on me. The platform team own the proxy, the managed ' +
      'cluster and the mechanics of the split; what I own is the behaviour of the release: which ' +
      'organisations are moved first, what would make us turn back, and how long we linger at each ' +
      'stage. Our own workspace goes first, as we practically live in the tool, followed by the ' +
      "customers who've opted into early features, then small free-tier teams. Large paying " +
      'organisations and anyone mid-trial are moved last, since a sluggish board during a trial is ' +
      'a lost sale. The criteria are agreed and minuted before any traffic shifts: error rate more ' +
      'than 0.4 % above control, p99 page-load latency more than 200 ms worse, and tasks created per ' +
      'active user down by more than 2 % relative to the baseline cohort. As this is infrastructure, ' +
      'and the load tests ran with warm caches, the gates are metric-based rather than on a timer: ' +
      '1 %, 5 %, 25 %, 50 %, then 100 %, advancing only once every guarded metric has stayed within ' +
      'its bound for six hours that include a Monday-morning peak with cold caches. Each gate needs ' +
      'a named sign-off from me and the platform lead. Authority to roll back sits with whoever is ' +
      'on call, at any hour, and it is a proxy routing change back to the old database that ' +
      'completes in under five minutes, rehearsed before day one; for that reason the old cluster ' +
      'is not decommissioned until a week after we reach 100 %. Finally, the canary tells us the ' +
      'migration is safe, not that anything is better; that question belongs to a properly ' +
      'randomised A/B test, which I would schedule separately.',
  },
  {
    id: 'h025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'For me as PM, the responsibility is the decisions of the release, not the routing; routing ' +
      'is doing by the ML platform team. I am deciding which users get the new model first: first ' +
      'our employees in Berlin and Singapore office, after that the users who have join the beta ' +
      'programme, after that normal customers with small baskets, and at the end the new customers ' +
      'and the big business accounts, because for them one bad experience is losing them. Before we ' +
      'are starting, we write the thresholds in the launch document and everybody agree: error rate ' +
      'not more than 0.5 % over control, p99 latency not worse than 150 ms, basket add-rate not ' +
      'drop more than 2 % compare with baseline cohort. Because it is a model, only errors is not ' +
      'enough, so also we watch: hallucination rate from eval harness (recommended items which not ' +
      'exist or are out of stock), thumbs-down on the baskets, p95 latency of recommendation call, ' +
      'and tokens and compute cost per request, also the feature-store load because the stores was ' +
      'sized for old model. Steps are 1 %, 5 %, 20 %, 50 %, 100 %. On each step we stay minimum 24 ' +
      'hours so that Europe and Asia lunch peak both are inside, and we go further only when all ' +
      'metrics are stable inside the limits. For each step, me and the engineering manager must ' +
      'give the sign-off, written. If something breaks, the on-call engineer can rollback any time, ' +
      'also in the Berlin night when is Singapore lunch, without asking me; it is a config change in ' +
      'gateway and takes less than five minutes. And the canary is only for say it is safe. If the ' +
      'new model is better, this we check after with a randomised A/B test, not from canary numbers.',
  },
  {
    id: 'h026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'The release decisions are owned by the product manager; the routing itself is handled by ' +
      'the platform engineers. Riders are exposed in a deliberate order: staff accounts are moved ' +
      'first, then riders enrolled in the early-access programme, then riders in one mid-sized ' +
      'city; corporate accounts and newly registered riders are moved last. Rollback triggers are ' +
      'written down and agreed before any traffic is shifted: fare-calculation errors more than ' +
      '0.5 % above control, p99 quote latency more than 200 ms above control, and booked trips per ' +
      'quote more than 2 % below the baseline cohort. Traffic is stepped through 1 %, 5 %, 25 %, ' +
      '50 % and 100 %, and each step is held until a full weekly cycle has been observed, so that a ' +
      'weekend night peak and the nightly batch window are both included. Advancement past each ' +
      'gate is approved in writing by the PM and the pricing tech lead. Rollback may be triggered ' +
      'at any hour by the on-call engineer, whose authority is documented in advance so that nobody ' +
      'has to be woken for permission at 2 a.m.; it is performed as a routing configuration change ' +
      'and is completed within five minutes. Whether the new fares are better for the business is ' +
      'not inferred from the canary; that question is answered afterwards by a randomised A/B test.',
  },
  {
    id: 'h027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "1. Ownership. Okay, so first I think it's really important to be clear about who does what, " +
        "because in my experience that's where things go wrong. The engineers own the actual prompt " +
        'deployment and the percentage split at the gateway. As the PM I own the decisions: who gets ' +
        'the new prompt first, what numbers make us roll back, and how long we wait before each step.',
      "2. Who goes first. I'd start with our own employees who use the email assistant every day, in " +
        'both English and German, then the users who opted into beta features, then English-speaking ' +
        'users on the free plan, and only after that German-speaking users and paying business ' +
        'accounts, because German is where a warmer tone is most likely to come across as rude ' +
        "(formal 'Sie' versus 'du'), and business customers are the ones we can least afford to annoy.",
      "3. Thresholds, decided before we start. I'd write these down in the launch doc and get " +
        'engineering and support to agree: error rate up no more than 0.5 % against control, p99 ' +
        'latency up no more than 200 ms, and the suggestion-accepted rate down no more than 2 % versus ' +
        'the baseline cohort.',
      "4. Model-specific signals, because a prompt change doesn't throw 500 errors: the hallucination " +
        "rate from our eval harness (which I'd extend with German test cases), the thumbs-down rate " +
        'split by language (we roll back if German thumbs-down rises more than 15 % relative), p95 ' +
        'latency, and tokens per suggestion, since a warmer prompt might be wordier and cost more.',
      "5. Ramp and holds. I'd go 1 %, 5 %, 20 %, 50 %, 100 %, and hold each step for at least 48 hours " +
        'and until every metric has stayed inside its threshold for that whole time, since ' +
        'thumbs-down feedback is slow to come in.',
      '6. Sign-off. Each gate needs a thumbs-up from the on-call lead and myself before we move on.',
      '7. Rollback. The on-call engineer can roll back at any time of day or night without waiting ' +
        "for me. It's just switching the prompt version in the config, so it takes less than five " +
        'minutes.',
      '8. Canary vs A/B. I also want to be clear that the canary only tells us the new prompt is safe ' +
        'to ship. To learn whether users actually prefer the warmer tone we run a separate randomised ' +
        "A/B test afterwards, and I wouldn't read any lift from the canary cohort, since it isn't random.",
    ].join('\n'),
  },
];
