import type { LabelledAnswer } from './corpusTypes';
import { points } from './labels';

/**
 * Misconception-led (c065–c074), off-topic (c075–c080) and strong answers that reject a bad
 * practice in words a naive matcher would take for the practice itself (c081–c086).
 */
export const MIXED_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'c065',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S R'),
    text:
      'The canary is really our A/B test: if the canary group converts better, that proves the ' +
      'new version is better and we can ship it. Staff go first, then opted-in beta users, then ' +
      'everyone. We roll back if errors rise more than 0.5 % over control or p99 latency grows ' +
      '200 ms, agreed before launch. The ramp is 1 %, 5 %, 25 %, 100 %, six hours per stage, ' +
      'with my sign-off and the eng lead’s at each gate. On-call can roll back at any hour by a ' +
      'routing change in under five minutes.',
  },
  {
    id: 'c066',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H S'),
    text:
      'As PM I own the limits and the holds; engineering runs the deploy. We roll back if errors ' +
      'rise more than 0.5 % over control or p99 grows by 200 ms, decided up front. The ramp is ' +
      '1 %, 5 %, 25 %, 50 %, 100 %, six hours each, with a sign-off from me and the tech lead at ' +
      'every stage. To roll back we redeploy the previous build, which takes about 40 minutes. ' +
      'We start with a random 1 % of users, since any slice of users is as good as another.',
  },
  {
    id: 'c067',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H S R'),
    text:
      'I’d rather eyeball the dashboard than fix thresholds in advance; we will know a problem ' +
      'when we see it. As the PM I decide the order and the holds; the engineers run the routing. ' +
      'Employees first, then beta users who opted in, then everyone else. We hold 1 %, 5 %, ' +
      '25 %, 100 % for twelve hours each, and I sign off each gate with the eng lead. The on-call ' +
      'engineer can roll back at night through routing in minutes. For the model, the error rate ' +
      'is enough.',
  },
  {
    id: 'c068',
    scenario: 'service',
    class: 'misconception',
    points: points('T H S R'),
    text:
      'Our enterprise customers go first, because they are the most important and should get ' +
      'new features before anyone. We roll back if the error rate rises 0.5 % over control or ' +
      'p99 by 200 ms, set before launch. The ramp is 1 %, 5 %, 25 %, 100 %, with 8 hours at each ' +
      'step and the eng lead’s sign-off at every step. On-call can roll back at any hour with a ' +
      'config switch in two minutes.',
  },
  {
    id: 'c069',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S R'),
    text:
      'As PM I own the exposure order and the limits; engineering implements the rollout. Staff ' +
      'first, then opted-in beta users, then the rest, with enterprise last because they have ' +
      'the most to lose. Rollback if errors go up 0.5 % against control or p99 by 200 ms, ' +
      'written down before launch. Ramp of 1 %, 5 %, 25 %, 100 %, a day at each step, sign-off ' +
      'from me and the tech lead at each gate. On-call rolls back any hour through routing in ' +
      'minutes. The canary replaces the A/B test: if the canary metrics improve, the new model ' +
      'is better and we have our answer. For the model the error rate is enough; we do not need ' +
      'special quality metrics.',
  },
  {
    id: 'c070',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text:
      'We set the thresholds as we go, once we see how the metrics behave. Staff go first, then ' +
      'opted-in beta users, and enterprise last because they cannot tolerate an outage. The ramp ' +
      'is 1 %, 5 %, 25 %, 50 %, 100 % with twelve hours per stage, and I approve every stage with ' +
      'the eng lead. If something breaks we redeploy the old version, which takes about an hour. ' +
      'The canary shows us whether the new version is better, so we skip the A/B test.',
  },
  {
    id: 'c071',
    scenario: 'model',
    class: 'misconception',
    points: points('T H S R M'),
    text:
      'We pick a random 5 % of users as the canary, since a random sample is representative. We ' +
      'roll back if hallucinations from the eval harness rise 1 pp or errors rise 0.5 % over ' +
      'control, agreed before launch, and we also watch thumbs-down and p95 latency. Ramp of 5 %, ' +
      '25 %, 100 %, twelve hours each, with a sign-off from me and the eng lead at every stage. ' +
      'On-call can flip routing back at any hour in under five minutes. If the canary converts ' +
      'better, that proves the model is better, so there is no need for an A/B test.',
  },
  {
    id: 'c072',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H S'),
    text:
      'Staff go first, then opted-in beta users, then everyone, with enterprise last since they ' +
      'have most to lose. Limits fixed before launch: errors up 0.5 % vs control, p99 up 200 ms. ' +
      'Ramp 1 %, 5 %, 25 %, 100 %, six hours per stage, sign-off by me and the eng lead at each ' +
      'gate. Rollback means we redeploy the previous release and rebuild the service, about 45 ' +
      'minutes. Honestly the rollout decisions are an engineering call, not a product decision. ' +
      'And the canary is basically an A/B test, so its lift tells us whether the change is better.',
  },
  {
    id: 'c073',
    scenario: 'model',
    class: 'misconception',
    points: points('P H S R'),
    text:
      'I decide the holds and the approvals as the PM; the ML engineers run the serving. We ' +
      'start with our biggest enterprise customers first because their feedback matters most. ' +
      'We ramp 1 %, 10 %, 50 %, 100 %, eight hours each, and I sign off each stage with the tech ' +
      'lead. We will figure out the rollback thresholds later, when we see real data. The on-call ' +
      'engineer can roll back at any hour with a routing switch in minutes. The error rate is ' +
      'enough to judge the model.',
  },
  {
    id: 'c074',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text:
      'The canary is the same thing as an A/B test; if the canary group converts better, the new ' +
      'version wins. As PM I own the order and the holds, and engineering runs the deploy. Staff ' +
      'first, then opted-in beta users, then the rest, enterprise last since they churn over ' +
      'outages. Ramp 1 %, 5 %, 25 %, 100 % with a six-hour hold per stage and my sign-off with ' +
      'the eng lead at each gate. On-call can roll back any hour through a routing change in ' +
      'under five minutes. Thresholds we decide on the fly by watching the dashboard.',
  },
  {
    id: 'c075',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'I would prioritise the roadmap using RICE scores, talk to customers every week and keep ' +
      'the backlog groomed. Good product management is about clear communication with ' +
      'stakeholders, a crisp vision and measurable OKRs for the quarter.',
  },
  {
    id: 'c076',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      'The new model was trained on a larger dataset with better fine-tuning, so it should be ' +
      'more accurate. The team spent three months on it and the offline benchmark improved by ' +
      '4 %. I am excited to launch it and see what customers think.',
  },
  {
    id: 'c077',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'My favourite bird is the canary because it sings beautifully. Canaries were kept in ' +
      'mines in the past. They come from the Canary Islands and live about ten years.',
  },
  {
    id: 'c078',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      'Wir würden zuerst die eigenen Mitarbeiter einbeziehen, dann die Beta-Nutzer. Die ' +
      'Schwellenwerte legen wir vorher fest: Fehlerrate plus 0,5 %, p99-Latenz plus 200 ms. Die ' +
      'Stufen sind 1 %, 5 %, 25 %, 100 %, jeweils sechs Stunden.',
  },
  {
    id: 'c079',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'To estimate the market size, I would start from the number of small businesses in the ' +
      'country, take the share that sells online and multiply by the average annual spend on ' +
      'payment software, which gives a few billion dollars.',
  },
  {
    id: 'c080',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor ' +
      'incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud ' +
      'exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.',
  },
  {
    id: 'c081',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'If we’d need a redeploy to get back, the setup isn’t ready: the rollback has to be a ' +
      'routing change the on-call engineer can make at any hour, finished in under five ' +
      'minutes. I’d rather not eyeball dashboards either, so as PM I write the thresholds down ' +
      'before launch — errors 0.5 % over control, p99 200 ms over control, conversion 2 % under ' +
      'baseline — while engineering owns the deploy. A random slice of users tells us nothing ' +
      'about who can tolerate breakage, so staff go first, then opted-in beta customers, then ' +
      'everyone, enterprise last. The ramp is 1 %, 5 %, 25 %, 50 %, 100 % with six-hour holds and ' +
      'an explicit sign-off from me and the tech lead at each gate. The canary is not an A/B ' +
      'test: it shows the release is safe, and a randomised A/B test afterwards shows if it is ' +
      'better.',
  },
  {
    id: 'c082',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'I would argue against random exposure: a random 1 % mixes staff with new customers and ' +
      'tells us nothing about who can absorb a bad answer. So employees go first, then opted-in ' +
      'beta users, then the general base, and new customers last. As PM I own that order, the ' +
      'limits and the holds; engineering handles serving. Limits, pre-committed: errors +0.5 % vs ' +
      'control, p99 +200 ms, hallucination rate from the eval harness +1 pp, plus thumbs-down, ' +
      'p95 and token cost watched, since the error rate is not enough for a model. Ramp 1 %, 5 %, ' +
      '25 %, 100 %, twelve hours each, with a sign-off from me and the eng lead at every gate. ' +
      'On-call can revert at any hour via routing in minutes, never a redeploy. The canary does ' +
      'not prove the model is better; a randomised A/B test afterwards does.',
  },
  {
    id: 'c083',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'PM decides: audience order, rollback limits, hold times (engineering runs the routing)',
      'staff > beta opt-ins > general > enterprise last (they lose most from an outage)',
      'limits set in advance: error rate 0.5 % over control, p99 200 ms, conversion 2 % vs baseline',
      'stages 1 5 25 50 100 %, six hours each, sign-off by me + eng lead per stage',
      'on-call may roll back 24/7, routing switch, < 5 min',
      'canary = is it safe; randomised A/B afterwards = is it better',
    ].join('\n'),
  },
  {
    id: 'c084',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Nobody should have to wait for me to roll back: the on-call engineer can revert any hour ' +
      'by routing traffic to the old model, within five minutes. What I own as PM is the plan ' +
      'around that, while engineering runs the serving stack. Staff, then opted-in beta users, ' +
      'then the rest, with premium customers last because they rely on it most. Before launch we ' +
      'write down the limits: errors 0.5 % above control, p99 250 ms above control, hallucinations ' +
      'from the eval harness 1 point above the old model; we also watch thumbs-down, p95 and ' +
      'token cost, since errors alone miss bad answers. Ramp 1 %, 5 %, 25 %, 50 %, 100 %, eight ' +
      'hours each, no stage without sign-off from me and the eng lead. The canary cannot show ' +
      'the model is better; a randomised A/B test afterwards can.',
  },
  {
    id: 'c085',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'The canary is not our A/B test and never proves the new version is better: it only tells ' +
      'us it is safe, and a randomised A/B test afterwards answers the better question. As PM I ' +
      'own the plan; engineering owns routing. Staff go first, then opted-in beta users, then ' +
      'everyone, with high-value accounts last because they have the most to lose. Limits, ' +
      'pre-committed: errors up 0.5 % vs control, p99 up 200 ms, checkout down 2 % vs baseline. ' +
      'Stages of 1 %, 5 %, 25 %, 50 %, 100 %, at least six hours each, each signed off by me and ' +
      'the tech lead. On-call can roll back at night or on weekends by a routing change in under ' +
      'five minutes.',
  },
];
