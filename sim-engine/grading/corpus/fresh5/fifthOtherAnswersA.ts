import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifth blind corpus, author A, the other classes (m008–m020): middling, weak, keyword salad,
 * negated, misconception-led and off-topic answers, labelled by hand. See LABEL-NOTES-a.md.
 */
export const FIFTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'm008',
    scenario: 'service',
    class: 'middling',
    points: points('P C T H'),
    text:
      "I think, for the image resizer rewrite, I'd probably want to start by saying that my " +
      'job as PM is to decide the rollout shape and the limits, and engineering handles the ' +
      'actual deployment mechanics. That seems like the right split to me, though it depends ' +
      'on the team.\n' +
      '\n' +
      "I'd probably expose our internal seller-support accounts first, then some sellers who " +
      'opted into beta features, and leave the top sellers for last since they upload the ' +
      'most and would notice any problem with their listings.\n' +
      '\n' +
      'For limits, maybe something like: image error responses no more than 0.5% above the ' +
      'old service, p99 resize latency no more than 200 ms worse, and listing page views per ' +
      "session not dropping more than 2% compared to the old-service group. I'd want those " +
      'agreed before we begin rather than improvised.\n' +
      '\n' +
      'Stages of maybe 5%, 25%, 50%, 100%, and because the service is only restarted on ' +
      "deploys, I'd want each hold to be at least 36 hours so any slow degradation over time " +
      "shows up — a memory problem wouldn't appear in the first hour. Each stage would only " +
      'move on if the metrics stayed within those limits.\n' +
      '\n' +
      "I'm honestly not sure what else I'd add. The benchmarks looked good, so I wouldn't " +
      "expect much trouble, but I'd rather be careful than hit Thursday blindly.",
  },
  {
    id: 'm009',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text:
      "ok so bigger model for the payroll assistant. main thing for me is you can't just " +
      "watch errors with an LLM. I'd track hallucinations (eval harness scoring a sample of " +
      'real answers, especially payslip numbers), thumbs up/down, p95 latency cuz bigger ' +
      'model = slower, and token cost per conversation since finance literally asked.\n' +
      '\n' +
      'limits before we go: error rate +0.5pt vs old model → stop, p95 +1.5s → stop, ticket ' +
      'escalations +3% vs the old-model users → stop, hallucination rate over 3% in the ' +
      'harness → stop.\n' +
      '\n' +
      'if something trips, on-call flips the model flag back, no permission needed, 24/7, ' +
      'takes like a minute.\n' +
      '\n' +
      "rollout I'd just go gradually and keep an eye on it.",
  },
  {
    id: 'm010',
    scenario: 'service',
    class: 'middling',
    points: points('C H S A'),
    text:
      'Search index migration — plan:\n' +
      '\n' +
      '- Cohorts: internal researchers and staff first; then the beta group of institutions ' +
      'that signed up to preview features; then free-tier users; institutional licence ' +
      'holders last, since they pay and complain loudest.\n' +
      '- Ramp: 2% → 10% → 25% → 50% → 100%. Minimum 48h per stage so we see a full weekday ' +
      'peak; stage advances only on healthy metrics, not on the calendar.\n' +
      '- Each step needs sign-off from me and the search tech lead.\n' +
      '- Watch tail latency especially — the median got faster but rare multi-filter queries ' +
      "weren't benchmarked. Also errors and searches that end in a download.\n" +
      "- Remember this is about safety, not proving it's better; if we want to prove the new " +
      "index helps users, we'd A/B test after.",
  },
  {
    id: 'm011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "For the booking page I would do a canary release, which means we don't give it to " +
      'everyone at once. We give it to a small group of users and watch what happens. Design ' +
      "reviews were very positive so I don't expect big problems, but you never know with a " +
      'new date picker. If everything looks good after a while we give it to more people and ' +
      'eventually everybody. If there is a problem we go back to the old page. I would also ' +
      'make sure the team communicates well and that support knows about the change in case ' +
      'guests ask questions.',
  },
  {
    id: 'm012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "Honestly I'd lean on the ML team here. They know the model better than I do. I'd ask " +
      'them to release it to a portion of users first and monitor the important metrics. ' +
      "Since the offline evals improved by three points, I'm fairly optimistic. I'd want " +
      "regular updates and a dashboard I can check. If the metrics look off, we'd talk about " +
      "it and decide together what to do. Cost is a concern from Finance, so I'd keep an eye " +
      'on that too.',
  },
  {
    id: 'm013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      '- canary\n' +
      '- 0.5 %\n' +
      '- staff / beta / rest\n' +
      '- p99??\n' +
      '- 200 ms, 24 h, 5 min\n' +
      '- conversion baseline control\n' +
      '- gates: metric / time\n' +
      '- sign-off\n' +
      '- 1 5 25 50 100\n' +
      '- on-call, 24/7\n' +
      '- flag flip not redeploy\n' +
      '- thresholds pre-committed\n' +
      '- enterprise last\n' +
      '- A/B after — safe vs better\n' +
      '- blast radius\n' +
      '- holds holds holds\n' +
      '- PM owns\n' +
      '- -2 %\n' +
      '- warm caches? peak\n' +
      '- decommission end of month\n' +
      '- rollback',
  },
  {
    id: 'm014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Model upgrade canary rollout strategy hallucination rate eval harness thumbs-down p95 ' +
      'latency token cost per query pre-committed thresholds cohort order internal opt-in ' +
      'beta enterprise last ramp 1 5 25 50 100 percent hold duration metric-based gates ' +
      'explicit sign-off PM ownership rollback authority on-call config switch under five ' +
      'minutes canary versus A/B randomised safe versus better baseline control guardrail ' +
      'regression blast radius longer context window payslip leave settings offline evals ' +
      'plus three points Finance cost per conversation guardrails guardrails observability ' +
      'dashboards SLOs error budget.',
  },
  {
    id: 'm015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "People always say you need written rollback thresholds before a canary starts. I don't " +
      'buy it for something like the storage migration. You can\'t know in advance what "bad" ' +
      'looks like on a new cluster, so pinning a number like 0.5% errors is false precision. ' +
      "I'd rather have the team eyeball the dashboards and use judgement.\n" +
      '\n' +
      "Same with cohort ordering. I wouldn't bother with staff first, then beta, then the " +
      "rest. A random 1% is more representative, and internal users aren't real users anyway.\n" +
      '\n' +
      "And I wouldn't build a special instant rollback path. If something goes wrong, we " +
      "redeploy the previous version; that's what CI is for. Giving on-call the power to flip " +
      'traffic on their own at 3 a.m. without a PM in the loop also feels risky to me. Nobody ' +
      "should touch it until I've looked.",
  },
  {
    id: 'm016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      "So there's this whole checklist people recite: hallucination rate, thumbs-down, token " +
      "cost, p95. For the German prompt change I'd skip most of it. It's a prompt, not a new " +
      'model; nothing about the infrastructure changes, so the usual error rate is plenty.\n' +
      '\n' +
      'Holds at each stage? Not needed, in my view. If the first day looks fine, we go ' +
      'straight to everyone. Formal sign-offs per gate just slow things down and nobody reads ' +
      'them.\n' +
      '\n' +
      "I also wouldn't follow up with an A/B test. If the canary group seems happy, that's " +
      'our answer; running another experiment afterwards is duplicated effort.\n' +
      '\n' +
      "The PM shouldn't be making these calls either. Engineering runs the rollout, I just " +
      'announce it.',
  },
  {
    id: 'm017',
    scenario: 'service',
    class: 'misconception',
    points: points('C R'),
    text:
      'The one-page checkout is exactly the kind of thing a canary is for, because the canary ' +
      'is really our experiment: the point is to prove the new checkout converts better than ' +
      'the old one before we commit to it.\n' +
      '\n' +
      "I'd start with employees, then the opted-in beta customers, then returning customers, " +
      'and keep first-time buyers and our biggest B2B accounts for the very end.\n' +
      '\n' +
      "At each stage I'd compare conversion in the canary cohort with everyone else. If the " +
      "canary group converts higher, that's our proof the redesign works and we can tell " +
      "Growth it's a win; if it converts about the same, I'd keep the ramp going and see " +
      'whether the lift shows up at higher traffic. We\'d decide what counts as "too bad" once ' +
      'we see the first real numbers, since guessing in advance is arbitrary.\n' +
      '\n' +
      'If something clearly breaks, the on-call engineer can switch the flag back to the old ' +
      "checkout straight away, any time of day, without waiting for me; it's a config flip " +
      'that takes a minute or two.',
  },
  {
    id: 'm018',
    scenario: 'model',
    class: 'misconception',
    points: points('M'),
    text:
      "For the cheaper summariser model, what I'd watch is pretty specific to LLMs: the " +
      'hallucination rate from the eval harness, the ratings vets leave, p95 latency and ' +
      'tokens per summary so we can confirm the saving.\n' +
      '\n' +
      "But I wouldn't set any limits up front. Honestly, with feedback this sparse, any " +
      'number you pick before launch is made up. My approach would be to open it to about 5% ' +
      'of clinics, look at how those four numbers move over the first couple of days, and ' +
      'then decide where the line should be based on what we see. If the harness grades look ' +
      "a bit worse but ratings are fine, we can probably widen the tolerance. Once we've " +
      "picked sensible limits from the live data, we'd ramp to everyone.\n" +
      '\n' +
      'Basically: let the data tell you the thresholds, rather than guessing.',
  },
  {
    id: 'm019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      "Great question. For a payment SDK change I'd focus first on the go-to-market side. " +
      "Wallet payments are a big feature, so I'd work with marketing on an announcement, " +
      'prepare in-app banners, and brief the restaurant partners so they can promote it. ' +
      "Customer support needs a short FAQ about wallets, and I'd set up a launch-day war room " +
      "so leadership has visibility. After launch I'd look at the adoption funnel: how many " +
      "users see the wallet option, how many try it, and how many keep using it. I'd report " +
      "that weekly to the exec team and use it to plan the next quarter's payments roadmap, " +
      'maybe adding buy-now-pay-later next.',
  },
  {
    id: 'm020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      "When choosing a bigger model for a support assistant, I'd first compare vendors. The " +
      'main trade-offs are context window, price per million tokens, data residency ' +
      '(important for payroll data in the EU) and whether the provider offers fine-tuning. ' +
      "I'd build a small benchmark of real payslip and leave questions, run each candidate " +
      "model through it, and score the answers for correctness and tone. Then there's prompt " +
      "design: with a longer context window we could include the customer's whole policy " +
      "document, which should reduce wrong answers. Finally I'd negotiate a volume discount, " +
      'since Finance is worried about cost per conversation.',
  },
];
