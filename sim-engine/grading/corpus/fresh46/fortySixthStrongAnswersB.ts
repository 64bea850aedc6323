import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Forty-sixth fresh set, author b: strong answers (az021–az027), written blind and labelled by hand. */
export const FORTY_SIXTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: rules of thumb stated first, then applied to this change
  {
    id: 'az021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I carry a handful of rules of thumb into every canary, so let me say them first and then apply them to the bigger support model.',
      'The PM owns the decisions and engineering owns the machinery. The people who forgive a bad answer go first, and the people who can least afford one go last. Limits are written down before traffic moves, never while you watch. Nobody advances a stage without a gate and a named signature. Whoever is on call can pull it back without permission. And a canary tells you a change is safe, never that it is better.',
      'Applied here: I own the order of cohorts, the rollback limits and how long we hold at each stage; the ML platform team owns the model routing and the deploy itself.',
      'Order: our own HR and people team first, since they use the assistant on our own payroll every day and will report odd answers at once; then customers who joined the assistant beta; then small-business tenants; large payroll customers last, because a wrong answer about a payslip in a 5,000-person company turns into an escalation and a trust problem.',
      'Limits, agreed in writing with the eng lead before the 1 % stage opens: error rate more than 0.5 % above the old model; p95 latency more than 400 ms worse, since the longer context will be slower and the pain shows in the tail; hallucination rate on the eval harness above 2 % on sampled payslip and leave questions; thumbs-down rate up more than 3 points against control; and cost per conversation more than 30 % above the old model, which is the number finance asked for.',
      "Stages: 1 %, 5 %, 25 %, 50 %, 100 %. We hold 24 hours at each so a full payroll day passes, and we advance only when every limit is green. The ML engineering lead and I both sign off each advance; if either of us doesn't, we stay where we are.",
      'Rollback: the on-call ML engineer may switch traffic back to the old model at any hour without asking anyone. It is a routing flag and takes under five minutes; they tell me afterwards.',
      'Finally, this does not confirm the three-point eval gain. The canary only shows that the larger model is safe to run. Whether it actually resolves more questions is for a randomised A/B test once we are at full rollout, with resolution rate as its metric.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: a PM at a ride-hailing company
  {
    id: 'az022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I run pricing products at a ride-hailing company, so this one is close to home: fares are the first thing riders notice and the thing drivers complain about loudest.',
      'Engineering owns the new pricing service, the routing between old and new, and the deploy. I own which riders and cities see the new fares first, the numbers that send us back, and how long we sit at each step before moving on.',
      'Employee rides come first. We all take trips on the app, and a wrong staff fare is cheap to refund. Then one mid-size city where we have a friendly driver community and good support cover. Airport trips and corporate accounts go last: a wrong fare on a business account becomes a finance dispute, and airport trips are the longest and most expensive we have.',
      'The limits get signed before the Tuesday start. Fare-quote errors more than 0.3 % above control; p99 quote latency more than 150 ms worse; completed trips per ride request down more than 2 % against the old-service cohort; and any mismatch above 0.5 % between the quoted fare and what billing charges, which matters here because pricing shares the nightly batch window with billing.',
      'For the ramp we go 1 % (staff plus the pilot city), then 5 %, 20 %, 50 % and 100 %. Each stage holds for at least one full night, including the billing batch window, and we only move on when the gate is green. The pricing engineering lead and I sign off every advance together, and we never advance on a Friday or Saturday night.',
      'Now the 2 a.m. question. The pricing on-call engineer may roll back on their own authority at any hour the moment a limit is breached, with no call to me and no call to a director. It is a flag in the routing layer that sends quotes back to the old service inside two minutes. I get paged after, not before, and we rehearse the flip once on the staff cohort before the 5 % stage.',
      "What this won't tell us: the canary shows the new service is safe to run. If pricing also wants to claim the new fares convert better or earn more per trip, that is a randomised A/B test afterwards, not something we read off the canary riders.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a terse answer written on a phone, PM abbreviations
  {
    id: 'az023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'On my phone so keeping it short.',
      'PM (me) owns: cohort order, rollback limits, hold lengths. Eng owns the prompt deploy + traffic split.',
      'Order: internal staff first, EN and DE speakers both, then opted-in beta users, then general EN users, general DE users last bc formal address is exactly where a warmer prompt can offend, and no German speaker reviewed it.',
      'Limits, fixed b4 any traffic moves: thumbs-down rate +2 pts vs control (per locale, never blended), eval harness tone/formality fails >3 % on the DE test set, error rate +0.5 %, p95 +300 ms, tokens per reply +15 %.',
      'Ramp 1 / 5 / 25 / 50 / 100 %, min 24h hold at each, gate = all limits green for EN and DE separately.',
      'Each advance signed off by me + the assistant eng lead.',
      "Rollback: on-call eng can revert to the old prompt any time w/o asking anyone, it's a config flag, <5 min. Tells me after.",
      'Canary answers "is it safe". Whether warmer is actually better = randomised A/B test after full rollout, not read off canary numbers.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: a Pakistani English register, spoken
  {
    id: 'az024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Okay so, see, first thing I will say is what is mine and what is engineering's. The SDK integration, the routing, the deploy, that is the payments engineering side. Mine is the decisions: which users get it first, at what numbers we stop, and how long we sit at each step before going further. That division I would make very clear in the kickoff itself.",
      "Now the users. Basically our own staff who order on the app get it first, because they will complain loudly and a failed payment for them costs us nothing. After that the customers in our Android beta programme. Then normal customers on both apps. Last of all the heavy customers, the ones ordering every other day, because if their payment fails at Friday dinner they will simply go to the competitor, and they won't come back.",
      'The numbers we fix before even one order goes through the new SDK, and we write them in the release doc. Payment failure rate more than 0.5 % above the old SDK, and that we look at per minute also, not only per hour, because this SDK fails in bursts and an hourly average will hide it. Payment p99 more than 300 milliseconds slower. Orders completed per checkout started down by 2 % against the control group. Any one of these is crossed, we go back.',
      'Steps will be 1 %, 5 %, 25 %, 50 % and then everyone. At each step we hold minimum one full day, and no step goes up on a Friday; Friday dinner we just sit where we are and watch. Android and iOS are gated separately. To move to the next step, I sign off along with the payments engineering lead, both of us, written in the release channel.',
      "Rollback, the on-call engineer can do it straight away, any time, day or night, no need to call me or take anybody's approval. It is a remote-config switch back to the old SDK, takes two, three minutes only. Afterwards they inform me.",
      'And one thing, na: the canary will only tell us it is safe. If somebody wants to say wallet payments increased conversion, that we will check with a proper randomised A/B test afterwards, not from these canary numbers.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a whiteboard walk-through
  {
    id: 'az025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'On the left of the board I have drawn two boxes, "PM decides" and "Engineering runs". Under PM decides: the order of segments, the rollback limits, the hold at each stage and who signs each advance. Under Engineering runs: model serving, the traffic split per region and the deploy. I will keep pointing back at that line.',
      'In the middle I have drawn the two regions side by side, Europe and South-East Asia, because the real risk is the regional feature stores, which were sized for the old model. Down that middle column is the order: Berlin staff accounts first, since they are friendly and we can read their baskets ourselves; then opted-in beta shoppers in both regions, so we see a Singapore lunch peak while exposure is still tiny; then general customers in Europe; and general customers in South-East Asia last, because their lunch peak is when the feature store runs hottest and when nobody in Berlin is awake to notice.',
      "Top right, boxed in red, are the limits, written before the first request is routed: recommendation errors more than 0.5 % above control in either region; home-screen p95 more than 250 ms worse in either region; feature-store read p99 above 80 ms; add-to-basket rate down more than 3 % against the control cohort; offline eval precision on held-out baskets below the old model's; and compute cost per thousand requests more than 20 % above today's.",
      "Along the bottom is the ramp, 1 %, 5 %, 20 %, 50 %, 100 %, with a small gate drawn after each stage. Every stage holds at least 24 hours so it covers a full day in both regions, including one Singapore lunch hour, and its gate opens only when every limit in the red box is clear in both regions. Each gate gets two signatures: mine and the recommendations tech lead's.",
      'Bottom right is rollback. The on-call ML engineer can send traffic back to the old model at any hour without asking me, and we staff that rota so someone is awake for the Asian lunch peak, not only during Berlin hours. It is a serving-config switch that takes about three minutes.',
      'In the corner I have written one last line: this canary tells us the new model is safe. If we want to claim it sells bigger baskets, that is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // storage-migration-under-load: each decision as "because ..., so ..."
  {
    id: 'az026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Because the PM owns the release decisions and the platform team owns the proxy, routing and deploy, I set the order, limits and holds, and they run the move.',
      'Because our own workspaces forgive a slow morning, our internal teams go first and opted-in beta teams second, so the largest paying teams, whom an outage hurts most, go last.',
      'Because the load tests ran on warm caches, we fix the limits before any reads move: p99 task-load latency no more than 150 ms above the old cluster, errors no more than 0.3 % above control, pages viewed per session no more than 2 % below baseline.',
      'Because cold caches show only under real load, we ramp 1 %, 5 %, 25 %, 50 %, 100 %, holding each stage through a full weekday peak, so every gate sees a real Monday.',
      'Because accountability needs names, the database lead and I sign off each advance.',
      "Because a slow board at 3 a.m. can't wait for me, the on-call SRE rolls back alone, any hour, by pointing the proxy at the old cluster in under five minutes, so the old cluster stays up until 100 % has held a week.",
      'Because a canary only shows safety, any claim that the new cluster is better waits for a randomised A/B test.',
    ].join('\n'),
  },
  // quiet-feedback-trap: told in the past tense, as a release that already happened
  {
    id: 'az027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'We ran this one last spring, when the summaries moved to the cheaper model, so I can tell you how it actually went.',
      'I owned the decisions: which clinics went first, the limits that would send us back, and how long we stayed at each step. Engineering owned the model routing and the deploy, and I left those to them.',
      'We started with the three clinics our own vet advisers work in, since they read every summary and told us plainly when one was wrong. Next came the clinics that had signed up for early features. Busy multi-vet practices went last, because a dropped drug dose in a summary there would reach the most animals and the least patient practice managers.',
      'Before any traffic moved we wrote the limits into the release doc: error rate no more than 0.5 % above the old model, p95 summary latency no more than 300 ms worse, a hallucination rate under 1 % on clinical facts in the eval harness, thumbs-down rate no more than 2 points above control, and cost per summary at least 30 % below the old model, since saving money was the point of the change.',
      'Few vets rated summaries and the harness only graded one in two hundred, so we raised eval sampling to one in ten for the canary cohort and made each hold long enough to collect 400 graded summaries. That meant 5 % held for three days, 25 % for two, 50 % for one, and then 100 %. No stage advanced on time alone; the gate was the graded count reached with every limit green.',
      'The ML lead and I signed off each advance, in writing.',
      'The on-call engineer had the right to roll back at any hour without asking either of us. It was a routing switch back to the old model that took about two minutes, and in the end they never needed it.',
      'We were careful in the write-up, too. The canary showed the cheaper model was safe. Whether vets found its summaries better was a separate randomised A/B test the following month.',
    ].join('\n'),
  },
];
