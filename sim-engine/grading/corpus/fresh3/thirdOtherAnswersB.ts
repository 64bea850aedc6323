import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Third fresh held-out corpus, part B: middling (h028–h030), weak (h031–h033), salad (h034),
 * negated (h035–h036), misconception-led (h037–h038) and off-topic (h039–h040) answers,
 * written without reading the grader or any other answers.
 */
export const THIRD_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'h028',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text:
      'I think the key thing is that the PM owns which sellers go first and what the rollback ' +
      "criteria are, while engineering handles the deployment itself. So I'd go to our internal " +
      'test shops first, then sellers who opted into our beta, then small sellers, and the big ' +
      "power sellers last, since they upload the most photos. And I'd agree the numbers up front, " +
      'before anything ships: image errors no more than 0.5 % above control, p99 resize latency no ' +
      'more than 200 ms worse, and listing views per session not down more than 2 % versus the ' +
      "baseline cohort. After that I'd roll it out gradually and keep an eye on things; the team " +
      "wants it everywhere by Thursday, so we'd probably move fairly quickly.",
  },
  {
    id: 'h029',
    scenario: 'model',
    class: 'middling',
    points: points('C H R M'),
    text: [
      '1) Start with our own staff vets, then the clinics in the beta, then everybody else, with ' +
        'the big multi-site groups last.',
      '2) Ramp 1 %, 5 %, 25 %, 50 %, 100 %, staying a full day at each step before moving up.',
      '3) Watch the model-specific signals, not just errors: hallucination rate from the eval ' +
        'harness, thumbs-down rate, p95 latency and tokens per summary.',
      '4) If it looks off, on-call flips the gateway config back to the old model: a few minutes, ' +
        'any time of day, no approval needed.',
    ].join('\n'),
  },
  {
    id: 'h030',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text:
      "I'd fix the rollback triggers before we start: errors more than 0.5 % above control, p99 " +
      'more than 150 ms worse (the rare, heavily filtered queries are my main worry), and searches ' +
      'leading to a download down 2 % on the baseline cohort. Any on-call engineer may revert at ' +
      'any hour through a routing change that takes a couple of minutes. I would also be clear with ' +
      'stakeholders that a canary only shows the new index is safe; whether it is better is a job ' +
      "for a randomised A/B test afterwards. Beyond that, I'd leave the ramp and the sequencing of " +
      'customers to the search team, who know the system far better than I do.',
  },
  {
    id: 'h031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "I'd release the new model to a small group of users first and see how it goes. If people " +
      'seem happy we can expand it, and if something looks wrong the engineers can switch it back. ' +
      "Offline evals already went up three points, so honestly I'm fairly confident it'll be fine.",
  },
  {
    id: 'h032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'So a canary release, basically, is a way of reducing risk when you launch something. ' +
      'Instead of giving the change to everybody at once, which is what we call a big-bang launch, ' +
      "you give it to some people first. It's considered a best practice and a lot of the big tech " +
      "companies do it. I think communication is really important here, so I'd make sure all the " +
      'stakeholders know what is happening and when, and that we have good dashboards and ' +
      'monitoring in place. Then, if everything goes well, we can launch fully and celebrate.',
  },
  {
    id: 'h033',
    scenario: 'service',
    class: 'weak',
    points: points('P'),
    text:
      'As PM I own the go/no-go call on this release; the engineers own the technical side of ' +
      "shipping it. I'd put the new pricing service out to a few percent of riders, watch how it " +
      'behaves for a while, and keep leadership updated. If there are issues we fix them quickly ' +
      'and carry on.',
  },
  {
    id: 'h034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Canary, PM owns, segments, internal, early access, power users, high-value last, thresholds, ' +
      'pre-committed, error rate 0.5 %, p99 200 ms, conversion 2 %, baseline cohort, ramp, 1 % 5 % ' +
      '25 % 50 % 100 %, holds, metric-based gates, sign-off, rollback, on-call, under five minutes, ' +
      'routing config, not redeploy, A/B test, randomised, safe versus better, hallucination, eval ' +
      'harness, thumbs-down, p95, tokens per query, cost, guardrails, canary, ramp, gates, rollback.',
  },
  {
    id: 'h035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'I know the textbook says you should pre-commit rollback thresholds, order the cohorts from ' +
      "staff to your most valuable customers and get sign-off at every gate, but I wouldn't do any " +
      "of that for this migration. We won't write numbers down in advance; I don't think anyone " +
      "needs a 0.5 % error limit or a p99 budget on paper. I wouldn't bother sequencing internal " +
      'users, early access and big accounts either. No fixed holds at 5 % or 25 %, and no one has to ' +
      "sign anything off between stages. I also wouldn't decide ahead of time who is allowed to " +
      "roll back, and I don't see the need for a follow-up A/B test.",
  },
  {
    id: 'h036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      "Um, honestly, I don't think a prompt change needs an eval harness, hallucination tracking or " +
      "thumbs-down monitoring; that's overkill for a tone tweak. I wouldn't have the PM own the " +
      "rollout decisions either, and we wouldn't hold at each percentage or ask anybody to sign off " +
      "at the gates. I'd skip writing rollback thresholds down before launch, I wouldn't start with " +
      "employees or beta users, and there's no reason to run an A/B test afterwards.",
  },
  {
    id: 'h037',
    scenario: 'service',
    class: 'misconception',
    points: points('C H'),
    text:
      "I'd roll the new SDK out to employees first, then to customers in the opted-in beta, then " +
      'to regular customers, with first-time customers and our biggest accounts last. The ramp is ' +
      '1 %, 5 %, 25 %, 50 %, 100 %, holding a full day at each step. The nice thing is that the ' +
      'canary doubles as our experiment: if conversion in the canary group comes out higher than ' +
      'in the rest of the traffic, that proves wallet payments increase conversion, so there is no ' +
      "need for a separate A/B test. We'd report the lift to leadership straight from the canary " +
      'numbers and use it to justify the next quarter of payments work.',
  },
  {
    id: 'h038',
    scenario: 'model',
    class: 'misconception',
    points: points('T M'),
    text:
      'Before launch we agree the numbers: error rate no more than 0.5 % above control, p99 no more ' +
      'than 200 ms worse, and escalations to human agents up no more than 2 % against the baseline ' +
      'cohort. On top of that we track hallucination rate from the eval harness, thumbs-down rate, ' +
      'p95 latency and tokens per conversation, since finance wants the cost. The catch is that ' +
      'rolling back a model means redeploying the assistant, which takes the best part of an hour, ' +
      "and it needs the CTO's approval, so we would only roll back during office hours and only " +
      'if something is clearly broken. Anything borderline waits for the Monday review.',
  },
  {
    id: 'h039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'The way I approach prioritisation is with RICE: reach, impact, confidence and effort. For ' +
      'each candidate feature I estimate how many users it touches in a quarter, how much it moves ' +
      'our north-star metric, how sure we are, and how many person-weeks it costs. Then I rank the ' +
      'backlog by score and review it with engineering and design every sprint. It keeps ' +
      'stakeholder debates grounded in numbers rather than in who shouts loudest.',
  },
  {
    id: 'h040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      'I got into AI products through a hackathon, where our team built a chatbot that answered ' +
      'questions about the office canteen menu. What I learned is that good prompts are specific: ' +
      'give the model a role, a few examples and a clear output format. I also think user research ' +
      'matters a lot for AI features, because people trust a confident answer even when it is ' +
      "wrong, so I'd interview users early and often and keep a close relationship with design.",
  },
];
