import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fresh held-out strong answers (f001–f008): every point of the scenario, in new voices. */
export const FRESH_STRONG: readonly LabelledAnswer[] = [
  {
    id: 'f001',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Storage move to the managed cluster, my plan:',
      '- mine to decide: who goes first, what kills it, how long we wait. SRE owns the proxy and the routing rule.',
      '- order: our own workspace (we live in the tool all day) → teams in the early-access programme → small free-tier teams → paying business accounts, the largest ones last.',
      '- kill lines, in the release doc before the first read moves: 0.5 % errors over control; 200 ms on p99 page load; −2 % tasks created per active team vs the old-cluster cohort.',
      '- steps 1 / 5 / 25 / 50 / 100 %. Advance only after 6 h flat on errors and latency; at 25 % wait a full working day so task creation has volume. Cold caches bite in the first hours, so no rushing the 1 %.',
      "- every step: my OK + the SRE lead's, named, in the release channel.",
      '- rollback: whoever is on call, day or night, no approval needed; it is a proxy config flip back to the old cluster, ~3 min. Old cluster stays up until a week at 100 %.',
      "- this tells us it's safe, not that it's better. Better = a separate randomised A/B later, if anything user-facing changed at all.",
    ].join('\n'),
  },
  {
    id: 'f002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "I suppose the first thing I'd say is that the routing itself isn't mine, the platform team " +
      'owns the gateway, but the decisions about who sees the new model, what counts as it going ' +
      "wrong and how long we sit at each level are mine as the product manager, and I'd want them " +
      'agreed before a single conversation is routed. For the payroll assistant I would start with ' +
      'our own HR and finance colleagues, who ask exactly these payslip and leave questions and will ' +
      'tell us when an answer is wrong, then the customers who have opted into the preview ' +
      'programme, then smaller customers, and leave the large enterprise tenants, and anyone in ' +
      'their first month, until the very end. On the guards I would be fairly specific. The eval ' +
      'harness scores a sample of live conversations for factual accuracy against the policy ' +
      'documents; if the hallucination rate rises by more than one percentage point over the current ' +
      'model, we stop. A thumbs-down rate up by more than a fifth relative to the control group, p95 ' +
      'response time more than 800 milliseconds slower, or a cost per conversation above forty pence ' +
      '(Finance has already asked) are each a rollback on their own, and the ordinary one still ' +
      'applies: errors half a percent above control. I would ramp at 1 %, 5 %, 20 %, 50 % and then ' +
      'everyone, and the gates would be metric-based rather than a timer: we move on only once every ' +
      'guard has stayed inside its limit for at least a day at that level, and the 20 % stage ' +
      'probably needs two or three days to collect enough rated conversations. Nobody moves it up on ' +
      'their own; the engineering lead and I both approve each step, in writing. If a guard trips, ' +
      'the on-call engineer, whoever it is and including at three in the morning, switches the ' +
      "gateway back to the old model without waiting for me; that's a configuration change and " +
      "should be done in a couple of minutes. Finally, I'd be careful not to read the canary as " +
      'proof that the new model is better. The people in it were chosen, not randomised, so any ' +
      'uplift might just be them. If we want to know whether it is genuinely better, that is a ' +
      'proper randomised A/B test afterwards, over a couple of weeks.',
  },
  {
    id: 'f003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Interviewer: Walk me through how you'd roll out the new payment SDK.",
      'Candidate: Sure. Engineering handles the release mechanics; what I own is the exposure plan, the abort criteria and the pace.',
      'Interviewer: Who sees it first?',
      'Candidate: Our own staff ordering dinner through the app, then customers in the beta channel who signed up for early builds, then occasional customers in one city. Frequent customers and anyone placing a first order come last, because a failed payment on a first order loses that customer for good. I would not just pick a random one percent; random gives you no say over who gets hurt.',
      'Interviewer: What makes you stop?',
      'Candidate: We agree it in writing before the rollout starts: payment failures more than half a percent above the old SDK, p99 checkout latency more than two hundred milliseconds worse, or completed orders per session down two percent against the control cohort. Split by Android and iOS, since the SDK is new on each.',
      'Interviewer: And the pace?',
      'Candidate: One, five, twenty-five, fifty, one hundred percent. Each stage is held until it has lived through at least one Friday dinner peak with the guards flat. Before each step up, the payments engineering lead and I both say yes explicitly; no silent promotions.',
      'Interviewer: If something breaks at eleven at night?',
      "Candidate: The on-call engineer pulls it back by themselves. It's a flag that routes payments to the old SDK, done in under five minutes; they don't need to find me first.",
      'Interviewer: Does a clean canary mean wallet payments were a good idea?',
      'Candidate: It means the SDK is safe to run. Whether wallets lift conversion is a separate randomised experiment once we are fully out.',
    ].join('\n'),
  },
  {
    id: 'f004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'For this change of the system prompt I am owner of the decisions who is exposed, which ' +
      'numbers stop it and how long we are staying at each step; the platform team make the routing ' +
      'in the gateway. First the prompt go to our employees, also the German colleagues, because the ' +
      'formal address (Sie) is exactly the risk. After employees, the users who opt in for beta ' +
      'features, in both languages, and only after that the normal users, and the business accounts ' +
      'at last, they are most sensitive for tone. Before we start we write down the stop criteria and ' +
      'everybody agree: thumbs-down rate more than 15 percent higher than control, looking German and ' +
      'English separately; eval harness score for hallucination and for wrong formality not worse ' +
      'than 1 point; p95 latency not more than 300 ms slower; tokens per reply not more than 10 ' +
      'percent more, because warmer text is longer. Error rate 0.5 % over control also. Steps are ' +
      '1 %, 5 %, 25 %, 50 %, 100 %. We go to next step only when all guards are inside the limit for ' +
      '24 hours minimum; on 25 % we need maybe three days because few users press the thumbs. For ' +
      'every step me and the engineering lead give the go, it is not automatic. Rollback: the ' +
      'on-call person can do it any time of day or night without to ask me, it is only switching ' +
      'back the prompt version in the config, two minutes. And important: the canary tell us the ' +
      'prompt is safe, it does not prove it is better. For "better" we make later an A/B test with ' +
      'random split.',
  },
  {
    id: 'f005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'I think, honestly, the part that usually goes wrong is the rollback, so let me start there ' +
      "and work back. If rolling back the pricing service needed a redeploy, I'd say we're not " +
      'ready to start. It should be a routing rule in the gateway that sends fare requests back to ' +
      'the old service, something the on-call engineer can flip on their own in a few minutes, at ' +
      "2 a.m. on a Saturday if that's when it breaks, which for us it probably is. They don't page " +
      "me for permission; they tell me afterward. The rest are product calls, and I'd consider them " +
      'mine: which riders see the new fares, what numbers stop us, and how long we sit at each level. ' +
      "I'm not a fan of exposing a random 1 % of riders, since you'd hit daily commuters who would " +
      "notice a wrong fare. I'd rather go employees' own trips first, then riders enrolled in the " +
      'early-access program, then occasional riders in one mid-size city, and leave frequent riders ' +
      "and corporate accounts for the end. The stop numbers I'd want signed off before launch, " +
      'roughly: fare errors up more than half a percent on control, p99 quote latency up more than ' +
      '200 milliseconds, and completed trips per quote down more than 2 percent against riders still ' +
      "on the old service. I'd probably also watch the nightly batch window it shares with billing. " +
      'Ramp-wise, 1, 5, 25, 50, then 100 percent, and each level has to survive at least one weekend ' +
      'night peak with the guards flat before anyone proposes moving up, so it is a metric gate, not ' +
      'a calendar. The eng manager and I would each say yes at every step. One more thing: even if ' +
      "trips look better in the canary group, that's not evidence the new pricing is better, " +
      "because the group wasn't random. If we care, we run a randomized A/B test afterward.",
  },
  {
    id: 'f006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '1. Ownership. Me: exposure order, stop rules, hold lengths. ML platform: the gateway split.',
      '2. Exposure. Our in-house vet advisers first; then the twelve pilot clinics that asked for early features; then single-vet practices; the large multi-site groups last.',
      '3. Stop rules, fixed in advance in the launch ticket:',
      '   a. hallucination rate on the eval harness up by more than one point versus the current model;',
      '   b. thumbs-down rate up by over a quarter relative to control;',
      '   c. latency, p95, over four hundred milliseconds worse;',
      "   d. cost per summary above the old model's (it should fall, that is the point of the change);",
      '   e. error rate more than half a percent above control.',
      '4. Volume problem: few ratings, and the harness grades one summary in two hundred. So raise harness sampling to one in twenty for the canary, and hold each stage until at least two hundred graded summaries exist; at one percent that is most of a week.',
      '5. Stages: one, five, twenty-five, fifty, one hundred percent; gates on the metrics, not on the clock.',
      '6. Every step up: an explicit go from me and from the ML lead.',
      '7. Rollback: on-call engineer, any hour, no approval; gateway config back to the old model; under five minutes.',
      "8. Safe ≠ better. The canary won't tell us vets prefer the new summaries; a randomised A/B test, once it has proved safe, will.",
    ].join('\n'),
  },
  {
    id: 'f007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Before anything ships I'd sit down with the engineering lead and agree the plan on paper, " +
      'because most of what makes a canary useful are product decisions, and those are mine to make: ' +
      'who is exposed and in what order, the tripwires, and how long we wait at each level. The ' +
      'engineers own the mechanics of splitting traffic. Exposure: colleagues first, on the live site ' +
      'with real baskets; then customers from our early-access panel, who have agreed to see ' +
      'unfinished things; then returning customers with small baskets. First-time buyers go last of ' +
      'all: the whole point of the spring campaign is first orders, and a broken single-page checkout ' +
      "would cost us exactly the customers we're paying to acquire. Tripwires, fixed before a single " +
      'order goes through the new page: order errors more than 0.5 % above the old checkout, p99 page ' +
      'latency more than 200 ms slower, and completed checkouts per started checkout falling 2 % or ' +
      "more relative to customers still on the old flow. I'd add one for address autofill errors. " +
      "Pace: we'd move through 1 %, 5 %, 20 %, 50 % and full, and at each level we stay put until the " +
      'guards have been steady for at least a day, with 20 % getting three days so the conversion ' +
      'figure is worth something. Nothing moves up a notch until the engineering lead and I have both ' +
      'put our names to it. If a tripwire is crossed, the engineer on call turns the new checkout off ' +
      "there and then, at whatever hour, without tracking me down; it's a switch in the routing " +
      "config, a few minutes' work. Lastly, the canary is there to show the new checkout doesn't hurt " +
      "anyone. The usability lab suggests it's better, but proving that needs a randomised A/B test " +
      'after the canary, not a comparison of the hand-picked canary group with everybody else.',
  },
  {
    id: 'f008',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'PM decisions here (SRE runs the split): cohorts, stop numbers, pace. Cohorts: internal ' +
      'researchers → opted-in beta testers → free-tier users → institutional licences last, since a ' +
      'slow search on a university contract hurts renewals. Stop numbers, pre-agreed: errors +0.5 % vs ' +
      'control; latency p99 +200 ms, and separately ms 400 on the p99 of filtered queries, since rare ' +
      'heavy queries were never benchmarked; searches-to-download rate −2 % vs baseline. Pace: ' +
      '1/5/25/50/100 %, advance only after 12 h with all guards green, 25 % held 2 days. Gate ' +
      'approval: me + the search eng lead, each time. Rollback: on-call owns it, any hour, index alias ' +
      'flipped back to the old layout, < 5 min, no redeploy. Canary = is it safe; randomised A/B ' +
      'later = is it better. No reading lift off the canary cohort.',
  },
];
