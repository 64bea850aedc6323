import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Third fresh held-out corpus, part A — the other classes (h008–h020): middling (h008–h010),
 * weak (h011–h013), keyword salad (h014), negated (h015–h016), misconception-led (h017–h018)
 * and off-topic (h019–h020). Written without reading the grader or any other corpus answer
 * beyond the format examples.
 */
export const THIRD_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'h008',
    scenario: 'service',
    class: 'middling',
    points: points('C R A'),
    text:
      'So yeah, for the one-page checkout I’d start with our own staff and the insiders who ' +
      'signed up for early stuff, then the people who mostly browse, then regulars, and I’d keep ' +
      'first-time buyers and the wholesale accounts for last because those are the ones we really ' +
      'can’t afford to annoy. We’d keep an eye on things as it goes out. If something looks off, ' +
      'whoever’s on call flips the router config back, any time of day or night, and that takes a ' +
      'couple of minutes tops, no redeploy. One more thing: people mix this up with an A/B test, ' +
      'but the canary just tells you nothing’s broken. If growth wants to know whether one page ' +
      'actually converts better, we run a proper randomised test after.',
  },
  {
    id: 'h009',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      '0.5 % more errors than control, +200 ms at p99, −2 % resolved conversations vs the baseline segments: any of these, we roll back. Fixed before launch.',
      'Model-specific: hallucination rate from the eval harness (+1 pt max), thumbs-down rate (+15 % max), p95 latency (+500 ms max), cost per conversation (+25 % max).',
      '1 → 5 → 25 → 50 → 100 %, 12 h at each step, advancing only if every guard stayed inside its line.',
    ].join('\n'),
  },
  {
    id: 'h010',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text:
      'As product manager I am accountable for the release decisions; engineering is accountable ' +
      'for the deployment itself. We will progress through stages of 1, 5, 25, 50 and 100 per ' +
      'cent, holding each stage for a minimum of 24 hours, since a problem in an image service ' +
      'that is only restarted on deploys may take most of a day to show. Each gate requires ' +
      'formal approval from myself and the engineering manager before the next stage begins. ' +
      'Throughout, the team will monitor the dashboards closely, and should any issues arise we ' +
      'will take appropriate action, up to and including reverting the change.',
  },
  {
    id: 'h011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'I guess I’d try the new model with some users first and just see how it goes? Maybe look ' +
      'at the feedback a bit, if there’s any. It’s hard to say in advance what could go wrong ' +
      'with a model, so I probably wouldn’t over-plan it. If it seems bad we could go back to the ' +
      'old one, I think the engineers can do that fairly easily. Overall I’d just be careful.',
  },
  {
    id: 'h012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Canary deployment gets its name from mining: miners took a bird underground, and if the ' +
      'bird got sick they knew the air was bad. In software it means you ship the new version to ' +
      'a small group before the rest. It is a well-known best practice, used at large tech ' +
      'companies, and it lowers risk compared with a big-bang release because fewer people are ' +
      'affected when something goes wrong. I think it is a very good approach for a change like ' +
      'this one.',
  },
  {
    id: 'h013',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'I would let engineering take a random 1 % of users and put them on the new search index. ' +
      'If errors go up we redeploy the old version; if not, after a while we send it to everyone. ' +
      'The engineers know the system better than I do, so I would leave the details to them and ' +
      'ask for a status update at the end of the week.',
  },
  {
    id: 'h014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Canary. PM owns. Cohort order staff early access low-risk high-value last. Thresholds ' +
      'pre-committed error rate 0.5 % p99 200 ms conversion 2 % baseline cohort. Ramp 1 5 25 50 ' +
      '100. Hold. Metric-based gate. Sign-off gate. Rollback routing config under five minutes ' +
      'on-call 24x7. Canary safe A/B better randomised. Control. Segment. Guardrail. Ramp hold ' +
      'gate sign-off rollback.',
  },
  {
    id: 'h015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'Honestly I would not pre-commit thresholds for the payment SDK: numbers written down before ' +
      'launch are always wrong, so we would not fix an error-rate or p99 limit in advance. I ' +
      'wouldn’t bother with a cohort order either. We would not pick a random 1 %, but we would ' +
      'not carefully order staff, beta users and VIPs last; whatever slice the router gives us is ' +
      'fine. There would be no hold at 5 % or 25 % and no sign-off at the gates, because that just ' +
      'slows the team down. I also don’t see rollback through a config switch in minutes as ' +
      'something we need to set up, and I would not name anyone who may call one. I wouldn’t run ' +
      'an A/B test afterwards either. And I don’t think the PM should own any of these calls; ' +
      'that is engineering’s job.',
  },
  {
    id: 'h016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      'For the summariser I would not add a hallucination rate from an eval harness to the ' +
      'rollback criteria, and I would not track thumbs-down rate, p95 latency or token cost per ' +
      'summary either. We would not define thresholds before the first summary is routed. Nobody ' +
      'in particular would have rollback authority at night, and we would not hold at each stage ' +
      'or ask for a sign-off before moving from 5 % to 25 %. Internal staff and pilot clinics ' +
      'first? I would not do that; I don’t think the order matters. No follow-up A/B test.',
  },
  {
    id: 'h017',
    scenario: 'service',
    class: 'misconception',
    points: points('C R'),
    text:
      'The way I see it, the canary is really our A/B test. We route the one-page checkout to ' +
      'staff first, then the insiders, then regulars, with first-time buyers and wholesale last, ' +
      'until about 10 % of traffic is on it. Then we compare: if the canary group converts better ' +
      'than everyone else, that proves the new checkout wins and we go straight to 100 %, so there ' +
      'is no need for a separate experiment afterwards. If the canary group converts worse, the ' +
      'on-call engineer can flip the routing config back at any hour and it is done in about two ' +
      'minutes. Either way the canary gives us the answer on whether the redesign is better.',
  },
  {
    id: 'h018',
    scenario: 'model',
    class: 'misconception',
    points: points('P H M'),
    text:
      'As PM I own the decision to move the support assistant forward; the platform team does the ' +
      'routing. I’d rather eyeball the dashboard than commit to numbers up front. An experienced ' +
      'PM can see when a graph looks wrong, and limits picked before launch are arbitrary anyway, ' +
      'so I would decide what counts as bad while watching the rollout. On that dashboard I would ' +
      'watch the hallucination rate from the eval harness, the thumbs-down rate, p95 latency and ' +
      'the token cost per conversation. We would go 1, 5, 25, 50 and 100 %, a day at each step. ' +
      'The offline evals already went up three points, so the model is better; the canary is ' +
      'mostly a formality.',
  },
  {
    id: 'h019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'I would start by prioritising the roadmap with a RICE score: reach, impact, confidence and ' +
      'effort for each candidate feature. For the shop that means talking to customers, running a ' +
      'few discovery interviews, and aligning with marketing on the spring campaign messaging. ' +
      'I’d also set up a weekly stakeholder sync and a shared OKR document so that design, ' +
      'engineering and growth agree on what success looks like this quarter.',
  },
  {
    id: 'h020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      'To size the opportunity in South-East Asia I’d go top-down first: number of urban ' +
      'households in Singapore, Malaysia and Thailand, times the share that already buys ' +
      'groceries online, times an average basket of around forty dollars a week. Then I’d check ' +
      'it bottom-up from our current order volumes in Europe and the competitors’ public numbers. ' +
      'The main risks are delivery costs and local payment habits, so I’d partner with a regional ' +
      'wallet provider before launch.',
  },
];
