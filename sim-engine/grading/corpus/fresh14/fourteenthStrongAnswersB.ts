import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fourteenth corpus, author B, strong answers (j021–j027): every point of the scenario type. */
export const FOURTEENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'j021',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Before anything else I want the team to agree that the end-of-month decommissioning date is a constraint on the old cluster, not a deadline for the rollout. If the canary is still running on the 28th, we extend the old cluster's contract by a couple of weeks rather than rush the last stages; that trade-off is cheap compared with a day of broken boards for our customers, and I would get that agreed with finance now, not on the 27th.",
      '',
      'Context. Task storage is moving to a managed cluster behind a new proxy, and the load tests ran warm. So the risk I care about is cold caches and connection limits once real traffic lands, not correctness in the happy path.',
      '',
      "What I own versus what I don't. The database team owns the proxy config and the traffic split mechanics. I own who sees it, in what order, what numbers stop us, how long we sit at each stage, and the go/no-go at every gate. I'll put my name on those decisions in the release doc.",
      '',
      'Who goes first. Our own workspaces, since we dogfood the tool all day. Next the teams that signed up for the early-access programme. Then small free-tier teams. Large paying customers with thousands of tasks per board come last; they generate the heaviest reads and they are the ones who churn over an outage.',
      '',
      'Stop conditions, written before the first byte moves. Server errors on task reads more than 0.3 percentage points above the old cluster. p99 page-load latency more than 250 ms over the control group. Tasks created per active user falling by 3 % or more versus control. Any one of those tripping means we go back, no debate.',
      '',
      'Stages and waiting. 1 %, 5 %, 20 %, 50 %, then everything. Because this is infrastructure I gate on metrics rather than the clock: we advance only once each stage has served enough reads to judge the tail, with a floor of 24 hours so we cross a daily peak with caches cycling. The 20 % stage stays at least two business days because task creation is our slowest signal. I sign each promotion together with the database lead; no one advances silently.',
      '',
      'What I watch between gates. Besides the three stop conditions, I ask the team for cache hit rate and connection-pool saturation on the proxy. They are not stop conditions on their own, but if they trend the wrong way during a hold I want to know before latency does.',
      '',
      'Going back. The proxy keeps the old cluster as a routable target until the end of the month, so rollback is flipping the route, a couple of minutes. The on-call DBA may do that at 3 a.m. without paging me; I get told afterwards. If going back ever needed a redeploy, I would not start the canary.',
      '',
      "What this does and doesn't tell us. Passing the canary means the migration is safe to finish. It says nothing about whether the new setup is better for users; if we want that claim, it is a separate randomised test afterwards, not a reading of the canary cohort.",
    ].join('\n'),
  },
  {
    id: 'j022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Okay, so, um, fare calculation moving to a new pricing service, and the rollout starts Tuesday evening. Right. So first thing I'd say is, like, engineering obviously runs the deploy, the routing, all that, but the calls that are mine are, you know, the order of riders, what the abort numbers are, how long we wait, and who says go. " +
      "So the order. I'd start with, uh, employee rides, we have staff using it to commute anyway. Then the riders who opted into the beta channel in the app. Then, um, one of the smaller cities, off-peak. And the airport and corporate accounts go last, because a wrong fare there is a, it's a support nightmare and those are our best customers. " +
      "The abort numbers, I want those agreed on, like, Monday, before anything ships. Pricing service errors: if they're more than half a percent above the old service, we stop. Quote latency at the ninety-ninth percentile, more than 150 milliseconds worse, we stop. And then the business one, trip completion, or, well, quotes converting into booked trips, if that drops two percent versus the control riders, we stop. " +
      "Steps, I'd go, um, one percent, five, twenty-five, fifty, all. And honestly because it's a backend change and money's involved I'd wait on the metrics, not just a timer. Each step has to go through a full night, 'cause the nightly batch window with billing is exactly where I'd expect trouble. So minimum a day per step, and the twenty-five percent step longer, like two days, to get conversion volume. And at each step the pricing tech lead and I both sign off, written in the channel. " +
      "Then, the 2 a.m. thing, right. The on-call engineer is allowed to roll back without waking me or anyone. It's a flag flip back to the old pricing service, takes, I dunno, a minute or two, we've rehearsed it. Not a redeploy. " +
      "And, um, last thing, I'd be careful not to read the canary as 'riders like the new fares more' or whatever. The canary just says it's safe. If we want to know it's better we run a proper A/B afterwards with randomised riders.",
  },
  {
    id: 'j023',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'For the new payment SDK on Android and iOS I will do like this:',
      '1. Responsibility. The mobile team and payments engineers make the build and the remote flag. Me as product manager, I decide the sequence of users, the limits, the waiting time and I give the approval for each step. This is my job, not only "engineering thing".',
      '2. Sequence. First our employees who order food in the office (we have many). After, the customers in the beta programme of the app. After, normal customers in one small city. The restaurants partners with high volume and the new customers making first order are in the end, because a failed payment on first order, they never come back.',
      '3. Limits, fixed before start and written in the ticket: payment failure rate more than 0,4 % over the old SDK; p99 of payment call more than 300 ms slower; orders completed per session down more than 2 % against control group. One of them is crossed, we go back.',
      '4. Steps: 1 % → 5 % → 25 % → 50 % → 100 %. Not by time only. The failure come in bursts, so every step must collect enough payments and must include one dinner peak. Minimum 24 hours, and at 25 % we stay until we have one Friday dinner inside. Payment lead and me, we both approve before next step.',
      '5. Rollback: remote config switch the old SDK path back on, it takes some minutes, no new app release needed (this is why the old path stay in the app). The engineer on call can do it any time of night, no need to ask me.',
      '6. Important: canary says if it is safe. It does not say wallet payments make more orders. For that we do a randomised A/B test after, with its own plan.',
    ].join('\n'),
  },
  {
    id: 'j024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Support assistant → larger model. My plan:',
      '',
      '* Ownership: mine = who, order, abort lines, waits, go/no-go. ML platform = serving + traffic split.',
      '* Cohorts, in order: HR team internally; customers in the early-access programme; small companies on the standard plan; payroll admins at large enterprise accounts — last.',
      '* Abort lines (signed off before day one):',
      '  - assistant errors / timeouts: over control by more than half a point',
      '  - p95 response time: worse by more than eight hundred milliseconds (long context = slower)',
      '  - hallucination rate on the eval harness sample: above two percent, or one point over the old model',
      '  - thumbs-down on answers: up by more than a quarter relative to control',
      '  - cost per conversation: more than forty percent over the old model (Finance asked; they get the number)',
      '  - tickets escalated to a human: up three percent vs control',
      '* Stages: one, five, twenty, fifty, one hundred percent. Metric gates, not a timer; at least one full working day each, twenty percent held until the eval harness and thumbs signals have a few thousand rated answers.',
      '* Gate approval: me + ML lead, each stage, written.',
      '* Rollback: on-call flips the model route back, < 5 min, any hour, no permission needed.',
      '* The three-point eval gain is not proven by this. Canary = not harmful. Better = separate randomised A/B afterwards.',
    ].join('\n'),
  },
  {
    id: 'j025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "I, um, I think I'd want to be careful with this one because the prompt was only reviewed in English, and a quarter of users write German. So, I hope this is the right way to frame it, but I would see my role as deciding the rollout rather than building it — the engineers set up the prompt switch, and I'd take responsibility for the groups, the limits, the waiting and the approvals. " +
      "I would start with our own staff, including the German-speaking colleagues in the Munich office specifically, so we hear early if the tone is wrong. Then users who joined the beta programme, English and German both. Then general users. I'd leave business accounts, where formal address matters most, until the very end. " +
      "Before we begin I'd like us to agree the numbers and not change them later. Maybe something like: the rate of users rejecting or heavily editing a suggestion must not rise more than ten percent relative to the old prompt, checked per language, not blended, because the German problem would hide in an average. Thumbs-down no more than fifteen percent above control. The eval harness, with German test cases added, must not show more than one point more of off-tone, wrong-register or made-up outputs. Latency at p95 within 300 ms of control and tokens per suggestion within ten percent, since a warmer prompt could make replies longer and cost more. And errors, of course, not more than 0.5 % above control. " +
      "I'd go one percent, then five, then twenty-five, fifty, a hundred. I'm not sure about exact durations, but I'd wait until each step has enough German feedback to read, probably two or three days at twenty-five percent, since few people rate. I would want to personally sign each step with the ML lead. " +
      "If anything crosses a line, the on-call person should be able to switch back to the old prompt straight away — it's just configuration, so a few minutes — even at night, without asking me. " +
      "And I'd be honest that this only shows it's safe. Whether warmer actually is better for users, I think that's an A/B test we run afterwards, with randomised users, not something I'd conclude from the canary group.",
  },
  {
    id: 'j026',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Q: Who is in charge of what?',
      'A: Engineering wires the split. The sequencing, the abort criteria, how long each stage lasts and the sign-off to move on are product calls, so mine.',
      '',
      'Q: Who sees the cheaper summariser first?',
      'A: Our in-house vet advisers, then the clinics that volunteered for early features, then the wider base. The biggest multi-site clinic groups go last.',
      '',
      'Q: What would make you stop?',
      'A: Agreed in writing up front: eval-harness hallucination rate (made-up drugs or doses) more than 1 point over the old model; summary "edited heavily" or thumbs-down rate 20 % above control; p95 latency more than 400 ms over control; error rate half a point over control. I also track cost per summary to confirm the saving is real, and vets opening the full note instead of the summary.',
      '',
      'Q: How fast do you ramp?',
      'A: 1, 5, 25, 50, 100 %. The trap here is sparse signal: the harness grades one summary in two hundred, and few vets rate. At 5 % of a few hundred a minute that is almost nothing, so I gate on counts, not days: no promotion until each stage has at least about 400 graded summaries. In practice that means the 25 % stage runs several days. I ask the ML team to raise the harness sampling rate during the canary if we can afford it.',
      '',
      'Q: Who approves each step?',
      'A: Me and the ML lead, both, every gate.',
      '',
      'Q: And if it goes wrong at night?',
      "A: Whoever is on call switches traffic back to the old model; that is a config change, done in minutes, and they need nobody's permission.",
      '',
      'Q: Will the canary show the new model is just as good?',
      'A: No — it shows it is not harmful at the levels we set. If we want a "better or equal" claim, that is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  {
    id: 'j027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Let me separate the decision rights first, because that shapes everything else. The platform and ML engineers own the serving path and the percentage split; as the product manager I own the release policy: the exposure sequence, the criteria that halt it, the duration of each stage and the explicit approval to proceed. ' +
      'The exposure sequence for the new recommendation model would begin with employees in Berlin and Singapore, continue with customers enrolled in our early-access programme in both regions, then extend to general customers, and only at the end to newly acquired customers, whose first impression of the home screen matters disproportionately, and to our highest-spending households. Crucially, every stage includes both regions, because the failure I fear is regional. ' +
      'The halting criteria are fixed before launch and are evaluated per region, not in aggregate: feature-store read errors or recommendation-service errors more than 0.5 percentage points above the control cohort; p95 latency of the home screen more than 200 milliseconds above control; basket add-to-cart rate from recommendations more than 3 per cent below control; and, since this is a model, a guard on quality and cost: the offline eval suite run on sampled live requests must not drop by more than one point, negative feedback on recommended baskets must not rise by more than 15 per cent, and compute cost per request must stay within 25 per cent of the old model. ' +
      'The ramp is 1, 5, 25, 50 and 100 per cent. Gates are metric-based, and each stage must contain at least one complete Singapore lunch peak and one European evening peak before it can be promoted; in practice that is a minimum of one full day, and two at 25 per cent where the basket metric accumulates volume. The feature-store owners and I each sign off every promotion. ' +
      'Rollback is a routing change to the previous model, which completes in under five minutes. Because the Singapore lunch hour falls in the Berlin early morning, the on-call engineer, including the one covering Asia, holds full authority to roll back at any hour without consulting me. ' +
      'Finally, I would not present any lift observed in the canary cohort as evidence that the new model recommends better baskets. The canary establishes that it is safe to ship; whether it improves outcomes is a question for a properly randomised A/B experiment once the rollout is complete.',
  },
];
