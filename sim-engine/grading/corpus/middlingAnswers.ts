import type { LabelledAnswer } from './corpusTypes';
import { points } from './labels';

/** Middling answers (c025–c036): some points done well, others missing or vague. */
export const MIDDLING_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'c025',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text:
      'I would send the new version to employees first and then to beta users who opted in, ' +
      'before everyone else. We roll back if errors go up more than 0.5 % compared with control ' +
      'or p99 latency rises by 200 ms. The ramp is 1 %, 10 %, 50 %, 100 %, with six hours at each ' +
      'stage. After that it is fully out.',
  },
  {
    id: 'c026',
    scenario: 'model',
    class: 'middling',
    points: points('R A M'),
    text:
      'The main thing for a model change is quality: we need the hallucination rate from an eval ' +
      'harness and the thumbs-down rate, because the error rate will not show a worse answer. If ' +
      'something looks wrong, the on-call engineer rolls back by switching routing to the old ' +
      'model, which takes a couple of minutes. I would not use the canary to decide whether the ' +
      'model is better; that is what a randomised A/B test afterwards is for. The rest is ' +
      'standard, we ramp up slowly and keep an eye on it.',
  },
  {
    id: 'c027',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text:
      'As PM I own the go/no-go decisions and engineering owns the deployment. Every stage ' +
      'needs an explicit sign-off from me and the engineering lead before we expand. If ' +
      'something goes wrong, on-call can roll back at any hour by flipping the feature flag, ' +
      'which takes less than a minute. We would roll out gradually and watch the dashboards.',
  },
  {
    id: 'c028',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text:
      'We would go 5 %, 20 %, 50 %, 100 %, spending a day at each level. The rollback limits ' +
      'are written down before we start: errors up 0.5 % over control, p95 latency up 300 ms, ' +
      'and the hallucination rate from the eval harness up more than one point. We would also ' +
      'watch thumbs-down and token cost. If those hold, we keep going.',
  },
  {
    id: 'c029',
    scenario: 'service',
    class: 'middling',
    points: points('C A'),
    text:
      'The interesting part is the audience. Staff go first because they will report problems, ' +
      'then opted-in beta users, and our enterprise customers last because they cannot afford an ' +
      'outage. People often confuse this with experimentation: the canary tells you the release ' +
      'is safe, while a randomized A/B test afterwards tells you whether it is better. We would ' +
      'watch the usual metrics and move forward when things look fine.',
  },
  {
    id: 'c030',
    scenario: 'service',
    class: 'middling',
    points: points('T R'),
    text:
      'Before launch we agree to roll back if the error rate rises more than 1 % above control or ' +
      'if p99 latency grows by more than 250 ms. The on-call SRE can pull it back at night or on ' +
      'weekends through a routing change in a few minutes. Beyond that, we roll out to more ' +
      'people over the week.',
  },
  {
    id: 'c031',
    scenario: 'model',
    class: 'middling',
    points: points('P C H S'),
    text:
      'My role as the PM is deciding who sees it first, when we move on and who approves; ' +
      'the ML engineers handle the serving. I would start with internal staff and then opted-in ' +
      'beta users, because they are forgiving and give feedback. The ramp is 1 %, 5 %, 25 %, ' +
      '100 %, with twelve hours at each step. Each step needs my sign-off and the tech lead’s. ' +
      'We would look at the metrics as we go.',
  },
  {
    id: 'c032',
    scenario: 'service',
    class: 'middling',
    points: points('H S'),
    text: [
      '- Ramp: 1 %, 5 %, 25 %, 50 %, 100 %.',
      '- Hold 6 hours per stage.',
      '- Explicit sign-off at every stage from me and the eng lead.',
      '- Watch errors and latency.',
    ].join('\n'),
  },
  {
    id: 'c033',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text:
      'For a model change I would first expose employees, then beta users who opted in, and ' +
      'only later the general users. I would roll back if the hallucination rate measured by ' +
      'the eval harness rises more than 1 percentage point or errors rise 0.5 % above control, ' +
      'agreed beforehand. Thumbs-down feedback and p95 latency matter too. That is the core of it.',
  },
  {
    id: 'c034',
    scenario: 'service',
    class: 'middling',
    points: points('P T A'),
    text:
      'I own the rollback criteria as PM, not engineering, who run the deployment. The criteria ' +
      'are fixed before traffic moves: error rate up 0.5 % vs control, p99 up 200 ms, checkout ' +
      'conversion down 2 % vs baseline. And I would be careful with the results: the canary only ' +
      'tells us whether it is safe, and a randomised A/B test afterwards tells us whether it is ' +
      'better.',
  },
  {
    id: 'c035',
    scenario: 'model',
    class: 'middling',
    points: points('H R M'),
    text:
      'We would hold at 1 %, 5 %, 25 % and 100 % for eight hours each. The on-call engineer can ' +
      'roll back any time of day through the router, in under five minutes, with no redeploy. ' +
      'Because it is a model, we track hallucinations via automated evals and the thumbs-down ' +
      'rate, not only errors.',
  },
  {
    id: 'c036',
    scenario: 'service',
    class: 'middling',
    points: points('C S A'),
    text:
      'Internal users go first, then early-access customers, then the rest, with new customers ' +
      'last because a bad first impression loses them. Each stage gets a sign-off from the ' +
      'engineering manager and me. I would also say clearly that the canary is for safety; if we ' +
      'want to know whether it is better we need a randomized A/B test after the rollout.',
  },
];
