import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fourth blind set, author A, other classes (k008–k020): middling, weak, salad, negated,
 * misconception-led and off-topic, labelled by hand without sight of the grader.
 */
export const FOURTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak
  {
    id: 'k008',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text:
      "I'd start with employees and the beta sellers, then hobby sellers, then the professional " +
      "sellers, and keep the brand stores for the end since they're the ones who'd be on the " +
      "phone to their account managers first. The benchmarks say it's 20 % faster, but " +
      'benchmarks are short runs, and this service only restarts on deploys, so if anything ' +
      "gets worse over time we won't see it in the first hour. So I'd stay at each step for a " +
      'full day at least, 24 hours minimum, so it lives through a whole traffic cycle without a ' +
      "restart, and I'd want latency to stay flat across that day before moving on: 1 %, 5 %, " +
      "25 %, 50 %, 100 %. Thursday is too aggressive for that and I'd push back on it. We'd " +
      "keep an eye on errors and latency on the dashboards, and if they look off we'd pull it. " +
      'Pulling it should be quick: the old resizer stays deployed and we just shift traffic ' +
      'back at the load balancer, a few minutes, and the on-call engineer can do that whenever, ' +
      "they don't need to wait for the morning.",
  },
  // lunch-peak-recommendations
  {
    id: 'k009',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'Order: employees, preview programme, then Germany and Austria, then Singapore and KL, Plus subscribers last.',
      '',
      "What I'd watch, with the limits agreed up front:",
      '- baskets added from recommendations: no more than 1.5 % below comparable users on the current model',
      '- error rate: at most +0.5 % over control',
      '- p99 home-screen latency: at most +150 ms',
      "- for the model itself: the eval harness's relevance score on a sample of live recommendations may not drop more than a point; 'not interested' taps no more than 10 % up; p95 inference time under 250 ms; feature-store reads and compute cost per request within 20 % of the old model.",
      '',
      "Then I'd increase the traffic as the numbers look good and keep going until we're at full rollout.",
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'k010',
    scenario: 'service',
    class: 'middling',
    points: points('P T A'),
    text:
      "As the PM I don't run the rollout, search infrastructure does that, but I own the " +
      'criteria for when we stop and the go or no-go. For this change the trap is the median: ' +
      'it got faster in testing, but the filter-heavy queries were never benchmarked, so the ' +
      "limit goes on the tail. Concretely, before launch I'd agree with the infra lead on " +
      'these: p99 query latency no more than 150 ms above control, p99.9 no more than 400 ms ' +
      'above, errors and timeouts no more than 0.3 % above control, and searches that end with ' +
      "a paper being opened no more than 2 % below control. I'd just take a random 5 % of " +
      "queries for the canary, let it run for a bit, and if it's inside those limits, ship it " +
      "to everyone. If something's over a limit, we revert. And I'd be clear with leadership " +
      'that passing the canary means the new index is safe to run, not that researchers like it ' +
      "more; if we want to claim better results, that's a randomised A/B test.",
  },
  // pricing-page-healthy
  {
    id: 'k011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "Honestly it's a pricing page, just copy and a table, so it's low risk. I'd put it out to " +
      "a small percentage of traffic first, check the dashboards to make sure nothing's on " +
      "fire, then turn it up to everybody before Marketing's campaign on Friday. If something " +
      'looks weird we can roll back. The main thing is keeping Marketing in the loop so they ' +
      "know when it's live. I'd also ask design to double-check the table on mobile, since a " +
      'lot of creators look at pricing on their phones.',
  },
  // support-model-upgrade
  {
    id: 'k012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'I think for a model upgrade the most important thing is evaluation. The new model scored ' +
      "better offline, which is a good sign, but offline isn't everything, so I would roll it " +
      "out gradually and keep an eye on how it's doing. I'd work closely with the data science " +
      "team, since they understand the model better than I do, and I'd make sure the support " +
      'team is in the loop in case customers have problems. Cost is also something Finance ' +
      "cares about, so we should track it too. If it goes well we expand, and if it doesn't we " +
      'go back to the old model.',
  },
  // storage-migration-under-load
  {
    id: 'k013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      '- canary',
      '- Tuesday 09:00 UTC, proxy, managed cluster, decommission end of month',
      '- load test cold cache warm cache',
      '- staff beta free paid enterprise',
      '- 1 5 25 50 100',
      '- p99 errors conversion baseline control',
      '- 0.5 % 200 ms 2 %',
      '- hold 6 h metric gate warm caches',
      '- sign-off sign-off',
      '- rollback routing config 3 min on-call 24/7',
      '- p50 p95 p99 p99.9 SLA',
      '- PM owns',
      '- A/B after, safe vs better',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'k014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Leveraging canary-first prompt governance, hallucination-wise eval-harness thumbs-down ' +
      'p95 token-cost guardrail coverage, employee-first early-access-forward business-last ' +
      'cohorting, one-five-twenty-fifty-hundred gated hold cadence sign-off-centric, 0.5 / 200 ' +
      '/ 2 / 15 thresholding PM-owned, config-driven two-minute on-call 24/7 rollback posture, ' +
      'German formality du/Sie tone-calibration localisation risk, north-star-adjacent ' +
      'acceptance-rate KPI synergies, velocity-safe progressive exposure, zero-regression ' +
      'stakeholder alignment, safe-not-better A/B-after paradigm, end-to-end.',
  },
  // booking-purchases-lag
  {
    id: 'k015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "Look, nothing in the service changes, so I wouldn't over-engineer this. I wouldn't start " +
      "with employees or with hosts browsing as guests; they don't book like real guests, so " +
      "that tells us nothing. I also wouldn't write down rollback numbers in advance: whatever " +
      "we pick now would be made up. Staged holds at 1, 5 and 25 percent don't make sense for a " +
      "date picker either; we'd be waiting days for nothing. I don't see the need for someone " +
      "to sign off each step, it just slows the team down, and I don't want the on-call " +
      'engineer making rollback calls on a UI change at night. If something really goes wrong ' +
      'we redeploy the previous version; it takes maybe forty minutes, which is fine for a ' +
      'front-end change. And no A/B test afterwards. So: 100 % this afternoon, as the team ' +
      'wants.',
  },
  // lunch-peak-recommendations
  {
    id: 'k016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      'The standard playbook would have you send employees in first, then the preview ' +
      "programme, and keep the Plus subscribers until the end. I don't buy it for a " +
      "recommender: employees aren't representative shoppers, so there's no point ordering " +
      "anyone. Same for the usual list of model guards, an eval harness, 'not interested' taps, " +
      'p95, cost per request; none of that is needed here. People also like to set stop limits ' +
      "ahead of time, half a percent on errors and so on. That's not how I'd work it, limits " +
      'fixed before launch are never the right ones. Holding a full day at each step so that ' +
      "Singapore's lunch passes through? Not necessary, I don't think. A named sign-off for " +
      'each stage? No. Rolling back through a config flip with on-call allowed to do it at ' +
      'night? Nobody should get paged for a recommendation model. And a randomised A/B test ' +
      "after the canary, to see if it's actually better? We won't be running one.",
  },
  // after-the-sale-healthy
  {
    id: 'k017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H'),
    text:
      'The way I see it, the canary is our experiment. Leadership wants to know whether moving ' +
      "the reviews above the fold sells more, and the canary gives us that answer for free. I'd " +
      "expose employees first, then the members' club, then casual visitors and regular " +
      'customers, with first-time buyers and the guides and clubs last. We go 1 %, 5 %, 25 %, ' +
      "50 %, 100 %, a day at each step. At each step I compare the canary's conversion with the " +
      "same segments last week; if it's up, that's our proof the new page is better, and by 25 " +
      "% we'll have the volume to announce the lift. I wouldn't bother with a separate A/B test " +
      'after; the canary already is one, just a more careful one. If conversion is clearly ' +
      'below, we roll back, and engineering can flip the flag in a minute.',
  },
  // quiet-feedback-trap
  {
    id: 'k018',
    scenario: 'model',
    class: 'misconception',
    points: points('C'),
    text:
      "Um, I'd start with our staff and the pilot clinics, then the other clinics, and the " +
      "hospital groups at the end. For thresholds, I don't think you can really know the right " +
      'numbers in advance with a new model, so my plan would be to watch the first day at 5 % ' +
      "and set the limits from what we see. Like, if hallucination looks like it's sitting " +
      'around 2 %, then maybe we say 3 % is the line. Same for the thumbs-down rate. That way ' +
      'the numbers are grounded in real data instead of guesses. Also, few vets rate summaries, ' +
      "so if nobody complains in the first few hours, that's a pretty good sign the model is " +
      "fine, and we can move up faster than usual. And I'd keep looking at the dashboard and go " +
      'up when it feels right.',
  },
  // checkout-first-order
  {
    id: 'k019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      "Great question. For the new one-page checkout I'd start by going back to the user " +
      "research. The lab showed returning customers loved it, but I'd want to talk to five or " +
      "six first-time buyers as well, because their needs are different: they don't have saved " +
      "cards or addresses. Then I'd align with Growth on the spring campaign messaging: what we " +
      "say in the email, whether we put 'faster checkout' on the banner, and how we measure the " +
      "campaign's success. I'd write a one-pager with the problem, the goals, the risks and the " +
      'open questions, and run it past design, engineering and legal, since payment pages often ' +
      "raise compliance questions. Finally I'd make sure customer support has an FAQ ready for " +
      'launch day.',
  },
  // support-model-upgrade
  {
    id: 'k020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "So, for the support assistant, uh, the first thing I'd ask is whether we need the bigger model at all.",
      "I'd compare two or three vendors on price per million tokens, context window, and, since this is payroll data, where the data is processed and whether they train on it. GDPR matters a lot here.",
      "Then I'd build a golden set of maybe two hundred real questions about payslips, leave and settings, with answers written by our support agents, and score each candidate model on it.",
      "Longer term I'd look at fine-tuning a smaller model on our help-centre articles, which might get us the quality at a fraction of the cost.",
      "And I'd set up a monthly review with Finance so the spend per conversation never surprises anyone.",
    ].join('\n'),
  },
];
