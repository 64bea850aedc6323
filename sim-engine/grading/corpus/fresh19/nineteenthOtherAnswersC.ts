import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Nineteenth fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers (l048–l060), written blind and labelled by hand. */
export const NINETEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'l048',
    scenario: 'service',
    class: 'middling',
    points: points('C R'),
    text: [
      'Quick thoughts on the one-page checkout:',
      '- Staff first, then the Insiders programme, then coupon browsers, because a hiccup ' +
        'costs little there. Returning customers after that. First-time buyers and wholesale go' +
        ' last: first-timers have no saved address or card, which is exactly what this page is ' +
        'built around, and wholesale orders are too valuable to gamble with.',
      '- If the numbers look off, the on-call engineer switches the flag off straight away, ' +
        "day or night, without waiting for me. It's a config switch that takes a couple of " +
        'minutes, no redeploy.',
      '- Otherwise we watch the dashboards and keep widening it while things look fine, so ' +
        "it's out before the spring campaign.",
    ].join('\n'),
  },
  {
    id: 'l049',
    scenario: 'service',
    class: 'middling',
    points: points('P T A'),
    text:
      "As PM I don't touch the index or the routing; that's the search infrastructure team. " +
      'My job is to say what "bad" means before we start. So, agreed in writing before a ' +
      'single query hits the new layout: p99 latency no more than 200 ms above the old index,' +
      ' measured separately for queries with three or more filters, because that tail is ' +
      'exactly where the benchmark was blind; zero-result rate no more than one percentage ' +
      'point higher; errors no more than 0.3 % above control; first-page click-through no ' +
      "more than 2 % down. Cross any of those and we stop. I'd also be clear with leadership " +
      "that the canary only tells us the cheaper index doesn't hurt anyone. If someone wants " +
      'to claim the new layout gives better results, that needs a proper randomised A/B test.' +
      " Beyond that we'd move traffic across gradually once the numbers look fine.",
  },
  {
    id: 'l050',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      "For the bigger support model I'd focus on what the error dashboards won't show.",
      '1. Signals: the eval harness scores a sample of live conversations for wrong answers ' +
        'about payslips and leave; we track thumbs-down and hand-offs to a human; p95 response ' +
        'time, because a bigger model with a longer context will be slower; and cost per ' +
        'conversation, which finance has already asked about.',
      '2. Stages: 5 %, 20 %, 50 %, 100 %. Each holds for at least two days and until the ' +
        'harness has scored a thousand conversations, and we only move on once those signals ' +
        'look steady.',
      '3. Approval: at every stage, the support lead and I sign off together before traffic ' +
        'goes up.',
      "The rest I'd leave to the ML team to set up.",
    ].join('\n'),
  },
  {
    id: 'l051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      "Honestly, for a pricing page I'd keep it simple. We'd show the new comparison table to" +
      " some of our users first, keep an eye on how it's doing, and if nothing looks broken " +
      "we'd put it in front of everyone before marketing's campaign goes out on Friday. If " +
      'something does go wrong, the engineers can always bring the old page back. This is ' +
      'exactly the kind of change canary releases are good for, because they limit the blast ' +
      'radius while you learn.',
  },
  {
    id: 'l052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text:
      'I would start by aligning with stakeholders on the goals of the change. The cheaper ' +
      'model should save the company money, so we would release it gradually to the clinics ' +
      'and monitor the key metrics along the way. Vets are the experts, so their opinion ' +
      'matters, and we would make sure the team is ready to respond quickly if problems come ' +
      'up. Once everyone is confident that the new model works well, we would complete the ' +
      'rollout and communicate the savings.',
  },
  {
    id: 'l053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text:
      'Canary. Image resizer, new photo format. Staff, beta sellers, hobby sellers, brand ' +
      'stores. 1 % 5 % 25 % 50 % 100 %. p99, 300 ms, error rate 0.5 %, memory, restart, 24 ' +
      'hours, Thursday. Rollback, under five minutes, sign-off, PM, SRE, on-call. Thresholds,' +
      ' holds, gates, metric-based, time-based. A/B test, baseline, cohort, blast radius, ' +
      'dashboards. Latency p50 p95 p99, memory leak 24 h, restart on deploy, new format, 20 %' +
      ' faster benchmark, professional sellers 52 %, brand stores 15 %, hobby 25 %. Config ' +
      'flag, routing, owner, engineering, product. Safe versus better, control group, ' +
      'conversion, listing pages, images.',
  },
  {
    id: 'l054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text:
      'Recommendation model canary approach: feature stores, Singapore lunch peak, Berlin ' +
      'team, preview programme and Plus subscribers, p95 latency and compute cost per ' +
      'request, eval harness hallucination metrics, thumbs-down rate, 2 % 5 % 20 % 50 % 100 %' +
      ' stage gates with holds and sign-off, rollback authority, on-call, config switch under' +
      ' 5 minutes, thresholds +0.5 % errors +150 ms, basket conversion versus baseline, ' +
      'randomised A/B test versus canary safety, PM ownership versus engineering ownership, ' +
      'cohort ordering, regional time zones, Germany and Austria 45 %, Asia 28 %, 05:00 ' +
      'Berlin, feature reads per request, capacity 70 %.',
  },
  {
    id: 'l055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text:
      'I know the textbook says to write rollback thresholds down before you start, but I ' +
      "wouldn't; every release is different, and I'd rather not lock us into numbers. I also " +
      "wouldn't bother ordering cohorts. Staff first, new customers last and so on is " +
      "overthinking bigger photos and a size guide, so I wouldn't pick segments at all. " +
      "Holding at each stage with a sign-off is process for its own sake, and we won't do " +
      "that either. I don't see the point of a separate A/B test afterwards, and I don't " +
      'think the PM needs to own any part of the rollout or say who may roll back.',
  },
  {
    id: 'l056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'What I would not do for the warmer prompt:',
      "- No eval harness or hallucination checks. It's a tone change, not a change to facts.",
      "- No separate thumbs-down tracking for German users; I wouldn't split by language.",
      '- No rollback limits fixed in advance, and no staged ramp with holds between steps.',
      '- No on-call rollback path that works in minutes.',
      '- No A/B test afterwards, and no special order of who sees it first.',
      "- No sign-off between steps, and I don't see a need for the PM to own any of these " +
        'decisions.',
    ].join('\n'),
  },
  {
    id: 'l057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text:
      'Because the change is cosmetic, the canary is really our A/B test: we put the new ' +
      'product page in front of a slice of customers, compare their purchases with everyone ' +
      "else's, and if the canary group buys more, we've proved that reviews above the fold " +
      "work and can tell leadership it's a win. I'd also compare conversion with last week to" +
      " size the uplift. The order is staff first, then the members' club, then casual " +
      'visitors, regular customers after that, and first-time buyers and guides and clubs ' +
      "last, since they're the ones we can least afford to annoy. We go 5 %, 25 %, 50 %, 100 " +
      '%, holding each for at least a day, and the front-end lead and I sign off each step. ' +
      'If anything breaks, the on-call developer turns the flag off immediately, at any hour,' +
      " without waiting for me; it's a config change that takes a couple of minutes.",
  },
  {
    id: 'l058',
    scenario: 'model',
    class: 'misconception',
    points: points('P T R'),
    text:
      "A model swap is still just a deployment, so I'd run it like any backend release. " +
      'Engineering owns the gateway and the switch; I own the rollback criteria and the ' +
      'go/no-go. The criteria, fixed before we start: error rate more than 0.5 % above the ' +
      'old model, or p99 latency more than 400 ms worse. Those two numbers are all we need to' +
      " watch. If the assistant isn't erroring and isn't slow, it's working, and the offline " +
      'evals already showed the answers are better. If either line is crossed, the on-call ' +
      'engineer routes traffic back to the old model straight away, at any hour, without ' +
      "asking me; it's a gateway config change and takes under five minutes.",
  },
  {
    id: 'l059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text:
      "Before anything else I'd want to understand why guests abandon a booking at all. I'd " +
      'run five or six interviews with guests who compared homes and then left, watch session' +
      ' recordings around the date picker, and check whether the shorter form drops anything ' +
      "hosts rely on, like the number of guests or the arrival time. Then I'd write a " +
      'one-page problem statement, share it with design and the host team, and agree on what ' +
      'success looks like this quarter, probably bookings per search session. The date picker' +
      ' itself should meet our accessibility guidelines, with keyboard navigation and clear ' +
      'labels for screen readers.',
  },
  {
    id: 'l060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text:
      "The German problem is really a localisation problem. I'd bring in a native-speaking " +
      'content designer, write a tone guide for each language that says when Sie is expected ' +
      'and when du is fine, and have the prompt reviewed by people who actually write ' +
      'business email in German. Longer term we should let users choose a formality level in ' +
      'their settings, and maybe keep a separate prompt per locale instead of one for ' +
      "everyone. I'd also talk to our largest German customers about how they want the " +
      'assistant to sound.',
  },
];
