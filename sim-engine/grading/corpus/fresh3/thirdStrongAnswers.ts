import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Third fresh held-out corpus, part A — strong answers (h001–h007): every point of their
 * scenario type, written without reading the grader or any other corpus answer beyond the
 * format examples. 4 service, 3 model.
 */
export const THIRD_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'h001',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '- Mine: who gets the new checkout when, the kill lines, how long each step sits. Platform runs the router.',
      '- Order: staff → insiders who opted in → casual browsers → regulars → first-time buyers; wholesale accounts go last.',
      '- 0.5 % more errors than control, 200 ms worse p99, 2 % lower checkout conversion than the same segments on the old flow: any one of them and we roll back. Written down and agreed before the first shopper is routed.',
      '- 1 / 5 / 25 / 50 / 100 %. At least 8 h per step; we move up only when all three lines stayed clean for the last 6 h.',
      '- Every step up needs two names on it: mine and the checkout tech lead’s.',
      '- Rollback: whoever is on call, day or night, without asking me. It is a router config flip, about 3 min. A redeploy is not our way back.',
      '- The canary says the new page does not break checkout. Whether it sells more is a separate, randomised A/B test afterwards.',
    ].join('\n'),
  },
  {
    id: 'h002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'What I actually own in this release is not the plumbing — the platform team moves traffic ' +
      'at the gateway and I would not pretend otherwise — but the handful of decisions that ' +
      'determine whether the canary can catch anything at all: who talks to the bigger model ' +
      'first, what evidence sends us back to the old one, and how long we wait before widening. ' +
      'I would start with our own support agents, who live in the assistant all day, then the ' +
      'customers in the preview programme who asked for early features, then the payroll admins, ' +
      'because they ask hard questions and tell us precisely when an answer is wrong; ordinary ' +
      'members come after that, and trial accounts and enterprise customers come last, the first ' +
      'because a bad answer loses them before they have paid and the second because they are the ' +
      'revenue we can least afford to upset. Before a single conversation is routed, the rollback ' +
      'lines are written into the release doc and agreed with engineering: the error rate may not ' +
      'climb more than half a point above the control arm, p99 latency may not grow by more than ' +
      '200 ms, and the share of conversations that end in a human ticket may not rise more than ' +
      '2 % against the same segments on the current model. Because this is a model swap, that is ' +
      'not enough on its own, so we also guard the hallucination rate that our eval harness grades ' +
      'on a sample of live answers (no more than one point worse), the thumbs-down and ' +
      'correction rate (no more than 15 % relative worse), p95 time to a complete answer (no more ' +
      'than 800 ms slower), and cost per conversation, which finance has already asked about, ' +
      'capped at 30 % above today. The ramp goes 1, 5, 25, 50 and 100 per cent, and every stage is ' +
      'gated on the metrics rather than the clock: we advance only after every one of those ' +
      'guards has held inside its line for twelve consecutive hours, and if after two days the ' +
      'data still cannot tell us either way we stop and decide in person instead of drifting ' +
      'upward. Each gate is signed by me and by the support engineering lead, in writing. Going ' +
      'back is a route change at the gateway that points the assistant at the old model; it ' +
      'completes in about two minutes, and anyone on the round-the-clock on-call rota may pull it ' +
      'at any hour without waiting for me to wake up. Finally, none of this tells us the new ' +
      'model is better: the three-point gain in offline evals and anything the canary cohort shows ' +
      'are not evidence of that, because the cohort was chosen, not randomised. Once the canary ' +
      'says it is safe, a randomised A/B test over a couple of weeks tells us whether it resolves ' +
      'more questions.',
  },
  {
    id: 'h003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'The engineers own the new payment SDK and the traffic split; whether it goes out, to whom ' +
      'and how fast is the call that is mine. Our own staff pay with it first, then the beta ' +
      'testers who signed up for early builds, then ordinary customers on web, iOS and Android, ' +
      'and the VIP customers only at the very end. Before the first order is paid through it, we ' +
      'agree in writing on three lines we will not cross: an error rate half a percentage point ' +
      'above the old path, a ninety-ninth percentile latency two hundred milliseconds slower, or ' +
      'a completed-order rate two percent below the same customers on the old SDK. Any one of ' +
      'these and we go back. We step from one percent to five, to twenty-five, to fifty, to ' +
      'everyone, and we stay at each step for a full twenty-four hours so that every step lives ' +
      'through a dinner peak; because the SDK is a backend change, we only climb when all three ' +
      'numbers have been inside their lines for the last six of those hours. At each step the ' +
      'call is mine, together with the payments lead: neither of us alone moves it up. Going back ' +
      'is a switch in the routing config that sends payments to the old path again; it takes ' +
      'about two minutes, and the on-call engineer may throw it at three in the morning without ' +
      'phoning anyone. We never plan to go back by redeploying. And the canary only tells us that ' +
      'the SDK does not break payments. Whether wallet payments make people order more is a ' +
      'question for a randomised A/B test that we run afterwards.',
  },
  {
    id: 'h004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'For me as product manager, I am owner of the decisions of this release: which clinics see ' +
      'the new model first, which numbers make us go back, and how long we are staying on every ' +
      'step. The routing itself is made by the platform team. First our own staff, after them the ' +
      'pilot clinics which have agreed to test new things, after that the normal clinics, and the ' +
      'clinic groups come at the end, because they pay the most and they have least patience. ' +
      'Before we send even one summary to the new model we write the limits and everybody agree ' +
      'on them: error rate not more than 0,5 % higher than control, p99 latency not more than ' +
      '200 ms higher, and the share of summaries the vets accept into the record not more than 2 % ' +
      'lower than in the baseline clinics. Because it is a model, also this: hallucination rate ' +
      'from the eval harness maximum one point higher, thumbs-down rate maximum 20 % higher, p95 ' +
      'latency maximum 500 ms higher, and token cost per summary — it should be cheaper, but if it ' +
      'is higher than today we stop. The harness grades only one summary of two hundred and few ' +
      'vets give a rating, so at small traffic we will see almost nothing; during the canary we ' +
      'ask the harness to grade one of twenty. The steps are 1, 5, 25, 50 and 100 percent. We go ' +
      'up only when all the limits are green since twelve hours, and if after three days it is ' +
      'still not clear, we stop and decide together. Every step needs a signature from me and from ' +
      'the engineering lead. To go back, the on-call engineer can do it in every hour of day and ' +
      'night, nobody must wait for me; it is a change of the gateway config, less than five ' +
      'minutes, not a new deploy. The canary says only that the new model is safe. If it is also ' +
      'better for the vets, we learn it after, with a randomised A/B test of two weeks.',
  },
  {
    id: 'h005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Accountability. Product (myself) holds decision rights over exposure sequencing, rollback ' +
      'criteria and progression gates; Platform Engineering retains operational ownership of the ' +
      'routing tier and the new index. Exposure sequencing. Internal staff first, followed by the ' +
      'Labs programme participants who have opted into early features, then the research power ' +
      'users, then general readers; institutional licensees are exposed last, given their ' +
      'contractual service levels. Rollback criteria, ratified in the release record prior to the ' +
      'first routed query: an error-rate increase exceeding 0.5 percentage points relative to ' +
      'control; a p99 latency degradation exceeding 200 ms relative to control, the tail being ' +
      'where this change carries its risk; and a decline of more than 2 % in search-to-download ' +
      'conversion against the baseline cohort. Breach of any single criterion mandates rollback. ' +
      'Progression. Stages of 1, 5, 20, 50 and 100 per cent, each metric-gated: a minimum hold of ' +
      'eight hours, with progression contingent on all criteria remaining in bounds for six ' +
      'consecutive hours, and escalation to a review if the evidence is inconclusive after 36 ' +
      'hours. Nothing goes wider until the search engineering lead and I have both recorded our ' +
      'agreement in the release record. Rollback authority is pre-delegated to the on-call SRE on ' +
      'a 24x7 basis; execution is a configuration change at the routing tier with an objective of ' +
      'under five minutes to completion. Redeployment is explicitly not an accepted rollback path. ' +
      'Evaluation. The canary is a safety control, not an evaluation instrument. Any claim of ' +
      'improvement in relevance or engagement will be assessed through a randomised controlled ' +
      'experiment once the rollout is complete.',
  },
  {
    id: 'h006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'My calls: order, kill lines, holds. Eng owns the plumbing. Staff get the warmer prompt ' +
      'first, then the early-access folks, then regular English and German writers, big team ' +
      'accounts last. Agreed before anything moves: roll back on errors +0.5 % vs control, p99 ' +
      '+200 ms, suggestion acceptance −2 % vs the same segments on the old prompt, harness-graded ' +
      'hallucination and wrong-register rate +1 pt (graded in both languages), thumbs-down +15 %, p95 +300 ms, tokens per ' +
      'request +10 %. 1 → 5 → 25 → 50 → 100; we let each step bake overnight, at least 12 h and ' +
      'through both the German and English mornings, and only go up if everything stayed green. ' +
      'Me and the eng lead both tick every gate. On-call can revert the prompt config at any hour, ' +
      'takes a minute, no deploy. Canary = it doesn’t hurt. Whether warmer is actually better is a ' +
      'proper randomised A/B later.',
  },
  {
    id: 'h007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'I suppose my job here is less about the mechanics — the platform team will handle the ' +
      'routing, and I’d trust them on that — and more about owning the decisions that make the ' +
      'canary worth anything: who sees the new fare service first, what makes us pull it, and how ' +
      'long we wait between steps. I’d probably start with staff, then the beta riders who opted ' +
      'in, then general riders, and I’d leave the business accounts for the very end, since I ' +
      'think a wrong fare on an expense report is the most expensive mistake we could make. I’m ' +
      'honestly not sure these are the perfect numbers, but we would fix them before launch and ' +
      'not move them afterwards: roll back if the error rate is more than 0.5 % above control, if ' +
      'p99 latency is more than 200 ms worse, or if completed bookings drop more than 2 % against ' +
      'the same rider segments on the old service. For the ramp I’d lean towards 1, 5, 25, 50, ' +
      '100 %, holding each step for roughly a day, and I’d insist that every hold covers at least ' +
      'one night with the billing batch window, which seems to be where the risk is. I don’t ' +
      'think anyone should move it up alone, so each step would need a yes from me and from the ' +
      'pricing engineering lead. If it breaches at two in the morning, I wouldn’t want the on-call ' +
      'engineer waiting for me: they may roll back on their own, at any hour, by switching the ' +
      'route back to the old pricing service, which I believe takes a couple of minutes, not a ' +
      'redeploy. And I’d be careful not to read too much into the canary itself; it tells us the ' +
      'new service is safe, and if we want to know whether it prices better we’d run a randomised ' +
      'A/B test afterwards.',
  },
];
