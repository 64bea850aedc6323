import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Seventh blind set, author A: strong answers (p001–p007), every point of the scenario type. */
export const SEVENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'p001',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'So, um, the storage migration. First thing, I want to be clear what is mine here: the engineers own the proxy and the cutover mechanics, but which customers go when, what numbers stop us, and how long we sit at each step, that is my call and I write it down.',
      'Order-wise I would put our own staff on the managed cluster first, they hammer the tool all day. Then the beta teams who signed up for early stuff. Then the free workspaces, because if they have a bad hour it is annoying but not a contract problem. Paid teams after that, and enterprise at the very end, they are the ones with SLAs.',
      'Stop conditions, agreed in the kickoff doc, not on the day: if the error rate on task reads goes more than, say, half a percent above the old cluster, or p99 page load gets 250 milliseconds worse, or the share of sessions that create a task drops by more than two percent against the cohort still on the old database, we go back.',
      'Steps would be one percent, five, twenty-five, fifty, then everyone. Because the load tests were warm-cache, I would not move on a timer; each step waits until it has seen at least one weekday peak, so realistically a day per step, longer at twenty-five percent where the task-creation number finally has enough volume.',
      'At every step the eng lead and I both say yes in the release channel before it moves. Nobody advances alone.',
      'Rollback: the on-call SRE can flip the proxy back to the old cluster at any hour without waking me up. It is a routing change, we rehearsed it, it takes about two minutes. No redeploy.',
      'And, uh, one thing I would say to growth: passing the canary means it did not break, it does not mean it is better. If we want to claim faster pages, that is a separate randomised test afterwards.',
    ].join('\n\n'),
  },
  {
    id: 'p002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'SUPPORT ASSISTANT, LARGER MODEL: ROLLOUT PLAN',
      '',
      'Ownership. Product (me) decides exposure sequence, abort criteria and stage durations; the ML platform team operates the model router.',
      'Sequence. Internal support agents → preview tenants → tenant admins → ordinary members → trial accounts → enterprise tenants. Trials late because a wrong payslip answer in the first week loses the sale; enterprise last because of contract exposure.',
      'Abort criteria (signed before day one):',
      '  · error/timeout rate > control + 0.3 pp',
      '  · p95 answer latency > control + 400 ms (bigger model, we expect some cost here, but not more)',
      '  · hallucination rate on the eval harness sample > 2 % (baseline today ≈ 1.2 %)',
      '  · thumbs-down share > control + 1.5 pp',
      '  · tokens per conversation > 1.3× control (longer context invites longer prompts)',
      '  · ticket escalation rate vs the cohort on the old model: −3 % relative is the floor',
      'Stages. 2 % / 10 % / 25 % / 50 % / 100 %. Metric-gated, never less than 24 h each, 72 h at 25 % so the escalation and feedback signals have volume.',
      'Gates. Written sign-off from me and the ML lead at each stage transition.',
      'Rollback. Any on-call engineer, day or night, flips the router flag back; measured at under three minutes in the dry run.',
      'What it does not tell us. Offline evals rose three points; the canary only checks we are not worse in production. Whether users are actually better served is a randomised A/B test after full rollout, not a reading of the canary cohort.',
    ].join('\n'),
  },
  {
    id: 'p003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'ok quick version for the german prompt thing. i own the rollout decisions (who gets it, what numbers kill it, how long each stage runs), eng owns flipping the prompt version. ' +
      'order: staff, then early-access people, then english users, then german users, then business teams last. german after english on purpose since formal address is the known risk and nobody german reviewed it. ' +
      'kill numbers fixed before we start: thumbs down more than 1 pt above control in any language, hallucination rate from the eval set over 2%, p95 over 1.8s, cost per request up more than 10%, errors over 0.5%. and reply-inserted rate (did the user actually use the draft) not below control by more than 3%. ' +
      'ramp 1, 5, 20, 50, 100, each one held at least two days and only moved on the numbers. german users get their own 20% step so thumbs down there has enough votes. ' +
      'me + eng lead ok each step in writing. ' +
      'any on-call can revert to the old prompt any time, its a config flag, takes like a minute. ' +
      'canary = does it hurt. if we want to know warmer is better thats an A/B afterwards, not this.',
  },
  {
    id: 'p004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Q: Who decides what in this rollout?',
      'A: I hold the decisions: cohort sequence, the limits and the gates. Engineering holds the pipeline and the routing for the new payment SDK.',
      'Q: Who sees it first?',
      'A: Employees ordering lunch, then the beta testers, then web, then iOS, then Android, then VIP customers. Android late, because the provider certification says nothing about real devices on bad networks.',
      'Q: What makes you stop?',
      'A: Fixed in advance. Payment failures more than 0.4 percentage points above the old SDK, slowest one percent of payment calls more than 300 ms slower, completed orders per session more than 1.5 % below the old-SDK group. We also watch failures in one-minute windows, since the bug shape here is bursts, so a single minute above 3 % failures stops us too.',
      'Q: How fast?',
      'A: One, five, twenty-five, fifty, a hundred percent. Never through a Friday dinner peak on a new step; each step holds through at least one evening peak.',
      'Q: Who approves a step?',
      'A: The payments lead and I, named in the plan, at each gate.',
      'Q: And if it goes wrong at 9 pm on Friday?',
      'A: The on-call engineer reverts the SDK flag without asking anybody. Two to three minutes, no app release needed.',
      'Q: Will this tell you wallet payments raise conversion?',
      'A: No. This tells us the SDK is safe. Whether wallets help is for a proper randomised experiment once everyone is on it.',
    ].join('\n'),
  },
  {
    id: 'p005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'In my previous company we did this for a recommender, so I will answer from that. The PM is accountable for the rollout plan: the order of the groups, the limits which trigger a rollback, the time in every stage. The engineers execute. ' +
      'For this recommendation model I would start with staff, after that the preview users, then Europe, and Asia only after Europe, because the feature stores in Asia have their lunch peak when the Berlin team is sleeping. Plus members come last, they pay for it. ' +
      'The limits we fix before the start: error rate not more than 0.5 % above the control, p95 latency of the home screen not more than 150 ms above, basket add rate not more than 2 % under the control group. For the model also the feature-store timeouts, the cost per request (not more than 15 % up), the offline eval harness on a sample for bad or hallucinated items (not above 3 %), and the "not interested" clicks as user feedback. ' +
      'Stages are 1 %, 5 %, 25 %, 50 %, 100 %. Each stage stays until it has passed one full lunch peak in every region, so minimum 24 hours; the 25 % stage 48 hours for the basket metric. ' +
      'Before each next stage, me and the tech lead give the approval, written in the ticket. ' +
      'Rollback is possible for the on-call person in Berlin and also for the one in Singapore, at every hour, it is switching the model version in the config, under 5 minutes. ' +
      'Last point: the canary is not for showing the new model is better. It is for safety. For "better" we run a randomised A/B test after.',
  },
  {
    id: 'p006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '1. Ownership: I run the release plan for the search index; the search infra team owns the serving switch.',
      '2. Cohorts, in order: staff → partner labs → individual researchers → free readers → institutions. Institutions last since their licences carry uptime terms.',
      '3. Guardrails, written before go:',
      '   a. query errors ≤ baseline + 0.2 %',
      '   b. p99 query time ≤ baseline + 300 ms (the median will look great and hide the problem; the tail is what I care about)',
      '   c. results clicked per search ≥ baseline − 2 %',
      '4. Ramp: 1 / 5 / 25 / 50 / 100 %, each stage gated on the guardrails with a minimum of 24 h, and enough filtered queries at each step that p99 means something.',
      '5. Go/no-go: me plus the infra lead approve each promotion.',
      '6. Revert: on-call may switch back to the old index around the clock; it is a routing flag, about 90 seconds.',
      '7. Not an experiment: a clean canary says "not broken". Cheaper hosting is the goal; if someone wants to claim better relevance, that needs its own randomised test.',
    ].join('\n'),
  },
  {
    id: 'p007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'The interesting thing about the vet summariser is that the normal playbook does not quite work, so let me walk through it. I am the one accountable for the rollout shape; the ML engineers do the serving. ' +
      'Exposure: our own staff first, then the pilot clinics who agreed to test things, then independent clinics, then the clinic groups, which are our largest contracts. ' +
      "Before anything ships we agree the stop lines: summary generation failures above 1 %, p95 generation time more than a second over the current model, a hallucination rate above 2 % on the graded sample, a thumbs-down share two points over the control, the share of summaries a vet throws away or rewrites more than three points above the clinics still on today's model, and cost per summary is supposed to go down, so if it goes up at all something is off. " +
      'Why that order: staff will catch the obvious nonsense, a summary that invents a vaccination or gets the species wrong, and they will tell us in the hallway. Pilot clinics have a named contact we can phone. Independent clinics are many small voices, so if something slips through there it hurts a few vets at a time rather than a whole chain at once, and the groups negotiate renewals on exactly this kind of incident. ' +
      'I also want the stop lines in the rollout document, signed, before the first summary is routed, because once the graphs exist everyone starts arguing that a bump is noise. A clinic that gets a wrong drug dose in a summary does not care that our average looked fine. ' +
      'The trap is volume. One summary in two hundred is graded and vets rarely rate, so at five percent we would wait weeks for a readable hallucination number. So the steps are 1 %, then straight to 20 %, then 50 %, then 100 %, and each step is held until the graded sample reaches a count we fixed in advance (about 400 graded summaries), not for a fixed number of hours. I would also ask the ML team to raise the grading rate during the rollout, say to one in twenty for the canary cohort only, which is cheap at this traffic and turns a three-week wait into a couple of days. A few hundred summaries a minute at peak also means the latency and failure numbers fill up fast, so those two can trip early even when the quality numbers are still thin; I am fine with that asymmetry. ' +
      "Each step needs my sign-off and the ML lead's. " +
      'Rollback: whoever is on call can route back to the old model at any time of day; it is a config switch and takes a couple of minutes. ' +
      'And this canary does not prove the cheaper model writes better summaries. That would be a randomised comparison later; here we only check it is not worse.',
  },
];
