import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Strong answers (g001–g008): every point of their scenario, in many voices. Held out: see README.md. */
export const SECOND_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'g001',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Short version. The calls are mine: who gets the new checkout, what kills it, when we ' +
      'move up. Engineering flips the switches. Order: our own staff, then the insiders ' +
      'programme, then coupon browsers, then returning customers. First-time buyers and ' +
      'wholesale go last, because a broken first order or a 400-euro wholesale basket is the ' +
      'expensive mistake. Kill numbers go into the release doc before a single order touches ' +
      'the new page: errors half a percent over control, p99 two hundred ms slower, conversion ' +
      'two percent under the old checkout for the same segment. Steps: 1, 5, 25, 50, 100. Each ' +
      'one sits for at least a day so conversion has real orders behind it; 25 is where ' +
      'conversion finally means something. Nobody moves us up a step unless my eng lead and I ' +
      'have both said yes in the channel. Anyone on call can send traffic back to the old ' +
      "checkout, middle of the night included, no permission needed: it's a routing switch, " +
      'about two minutes. And no, a clean canary is not a conversion win. If growth wants a ' +
      'number, we run a proper randomised A/B afterwards.',
  },
  {
    id: 'g002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Framing: the model swap is a routing change at the gateway. Exposure policy and the kill' +
      ' criteria sit with me as PM; infra owns the plumbing. Exposure goes support agents, then' +
      ' the preview programme, then workspace admins, then members, with trial accounts and ' +
      'enterprise customers last. Guardrails frozen in the launch doc pre-ramp: hallucination ' +
      'rate on the eval-harness sample at most baseline + 1 pt (3 % to 4 % is a revert), ' +
      'thumbs-down no more than 1.5 pts over control, p95 latency within +400 ms, tokens/query ' +
      'capped at 1.3x the current 1,400, 5xx rate no more than 0.5 % relative above control, ' +
      'ticket-escalation rate no more than 2 % worse than baseline. Ramp 1/5/25/50/100 with ' +
      'metric-gated promotion: we promote only once the harness has graded at least 500 ' +
      'conversations in-stage and every guardrail has sat flat for 6 h, minimum one business ' +
      'day per stage. Promotion needs a recorded go from both me and the ML lead. Revert = ' +
      'point the model alias back in gateway config, under 2 min; on-call may execute it 24/7 ' +
      "without paging me. Offline +3 pts doesn't mean the canary will show lift, and the canary" +
      " cohort isn't randomised anyway, so after 100 % we run a randomised A/B on resolution " +
      'rate and cost per resolved ticket.',
  },
  {
    id: 'g003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Under our release governance, accountability for progression decisions rests with ' +
      'product management, in this case myself, while execution of traffic changes is delegated' +
      ' to the platform SRE function. The exposure sequence is: internal employee workspaces; ' +
      'beta programme participants; free workspaces; paid teams; and enterprise tenants only in' +
      ' the final wave, given their contractual service levels. Prior to the change window ' +
      'opening, the following abort criteria are recorded in the change ticket and approved: ' +
      'error rate exceeding control by more than 0.5 % relative; p99 latency degradation above ' +
      '200 milliseconds; task-creation rate more than 2 % below the baseline cohort. ' +
      'Progression stages are 1 %, 5 %, 20 %, 50 % and 100 %. Because this is an infrastructure' +
      ' migration, progression is metric-gated: each stage is held until error and latency ' +
      'telemetry have remained within tolerance for a minimum of six consecutive hours, ' +
      'including one peak period with cold caches. Each stage transition requires a documented ' +
      'approval from both the engineering lead and the product owner. Reversion is performed by' +
      ' repointing the proxy to the legacy cluster, a configuration change with a target ' +
      'completion under five minutes; no rebuild or redeployment is involved. The on-call SRE ' +
      'holds standing authority to execute it at any hour without escalation. Canary results ' +
      'establish operational safety only; any claim of improvement is deferred to a subsequent ' +
      'randomised experiment.',
  },
  {
    id: 'g004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      '1. Owner: me, the PM, for who sees the warmer prompt and when it comes back out. Eng ' +
      'runs the gateway.\n' +
      '2. Who first: employees, then early-access writers, then English users, then German ' +
      'users, business teams last. German goes on its own step because formal address (Sie, not' +
      ' du) matters there.\n' +
      '3. Stop lines, written before launch: thumbs-down above 10 % in either language (8 % ' +
      'today), hallucination on the eval set above 2.5 %, p95 latency +300 ms, tokens per reply' +
      ' above 700, errors more than 0.5 % over control, drafts sent down more than 2 % against ' +
      'the old prompt.\n' +
      '4. Steps 1, 5, 25, 50, 100 %, each held until we have 2,000 rated replies per language ' +
      'and at least 24 h have passed.\n' +
      '5. Gate: the writing-team lead and I both sign the step in the release ticket.\n' +
      '6. Rollback: switch the prompt version back in config, under a minute; on-call can do it' +
      ' alone at any hour.\n' +
      '7. Afterwards: if we want to know warmer is better, a randomised A/B test. The canary ' +
      "only shows it doesn't break anything.",
  },
  {
    id: 'g005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'I am the product manager here and the go or no-go at every stage is mine. Staff phones ' +
      'get the new SDK first, then beta testers, then the web shop, then iPhone, then Android, ' +
      'and loyalty members at the very end. Limits, agreed with payments engineering before ' +
      'anything ships: payment failures no more than zero point five percent above control, ' +
      'counted in one-minute windows because the SDK could fail in bursts; latency at the ' +
      'ninety-ninth percentile, ms two hundred worse at most; order completion not more than ' +
      'two percent under the baseline cohort. Stages of one, five, twenty-five, fifty and a ' +
      'hundred percent. We stay at each for at least one Friday dinner peak, since that is the ' +
      'hour that matters, and only advance if all three limits held. The payments lead and I ' +
      'each give a written yes at every stage. Rollback: the on-call engineer switches the ' +
      'payment route back to the old SDK through the config flag, roughly three minutes, and ' +
      'does not need to wake me. One more thing: a clean canary says wallet payments are safe, ' +
      'not that they sell more; a randomised test answers that later.',
  },
  {
    id: 'g006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "I'm not sure this is exactly right, but I think as the PM I'd be the one deciding who " +
      "gets the cheaper model and when we stop, with eng running the switch. I'd start with our" +
      ' own staff, then the pilot clinics, then ordinary clinics, and keep the hospital groups ' +
      "for last since they're the biggest accounts. Before we start I'd write down, and I " +
      "really would commit to these: hallucination above five percent on the eval harness (it's" +
      ' four now), thumbs-down above twelve percent, p95 over three seconds, errors half a ' +
      'percent above control, clinics re-opening more than two percent more summaries to edit ' +
      'than the baseline group, and since the point is to save money, tokens per summary going ' +
      'above two thousand is a stop too. Because only one summary in two hundred is graded and ' +
      "few vets rate, I think 5 % would be too thin to read, so I'd hold each step until the " +
      'harness has graded about three hundred summaries, which is probably several days at 5 %,' +
      " and I'd accept that. Steps 5, 25, 50, 100. The clinical lead and I would both need to " +
      'sign before each step. Rolling back would be pointing the gateway at the old model ' +
      'again, a few minutes, and the on-call person can do it whenever, without asking me. I ' +
      "guess I'd also say the canary only tells us it's safe; if we want to claim the summaries" +
      ' are better, that needs a proper randomised A/B test.',
  },
  {
    id: 'g007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "So, um, first thing: I'm the PM, so the decisions are mine. Who's exposed, what the stop" +
      ' numbers are, when we move up. Engineering runs the actual routing. So, um, order: ' +
      "employees, then beta riders, then regular riders, and business accounts last, they're " +
      'the ones with contracts. Numbers, we write them down before Tuesday: fare errors, uh, ' +
      'more than half a percent over control, p99 up more than two hundred milliseconds, trips ' +
      "booked down more than two percent against the baseline. We don't, like, stare at the " +
      'dashboard and decide on the night. And we go one, five, twenty-five, fifty, hundred, and' +
      ' we hold each one through a weekend night peak and through the nightly batch window, ' +
      "because that's where billing and pricing fight. So nobody goes up a step without me and " +
      'the eng lead both saying yes. And the 2 a.m. thing: the on-call engineer has the ' +
      'authority, full stop, no need to call me. Flip the pricing route back to the old ' +
      "service, it's a config change, like, under five minutes. Um, and last, the canary " +
      "doesn't prove the new pricing is better. That's an A/B test later, randomised.",
  },
  {
    id: 'g008',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Owner | me (PM): exposure, limits, promotions; ML platform runs the routing.\n' +
      'Cohorts | employees, then preview programme, then Germany and Austria, then Singapore ' +
      'and Kuala Lumpur; Plus subscribers last.\n' +
      'Limits (agreed up front) | errors +0.5 % vs control; p95 latency +150 ms; basket add-' +
      'rate -2 % vs baseline; off-target baskets in the eval harness above 3 %; thumbs-down ' +
      'above 8 %; tokens per request above 400.\n' +
      'Stages | 1 %, 5 %, 25 %, 50 %, 100 %.\n' +
      'Hold | per stage, until a full lunch peak in each region has passed inside the limits. ' +
      "Singapore's lunch is early morning in Berlin, so at least 24 h each.\n" +
      'Sign-off | me and the ML lead, both, in the rollout ticket.\n' +
      'Rollback | on-call in Berlin or Singapore, any hour, no approval; model route flag back,' +
      ' about 2 min.\n' +
      'After | randomised A/B for basket value; the canary only says safe.',
  },
];
