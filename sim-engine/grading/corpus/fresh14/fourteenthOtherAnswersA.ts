import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Held-out answers, set A (j008–j020), written blind to the grader: middling (j008–j010),
 * weak (j011–j012), salad (j013–j014), negated (j015–j016), misconception-led (j017–j018) and
 * off-topic (j019–j020). Labelling notes in LABEL-NOTES-a.md.
 */
export const FOURTEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'j008',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text:
      'For the new index layout I would keep the engineering work with engineering and take ownership ' +
      'of the rollout choices myself. The order matters: employees first, then labs users, then the ' +
      'heavy researchers, because they run exactly the rare many-filter queries the benchmark skipped ' +
      'and they will report slowness loudly. Ordinary readers after that, institutional licences at the ' +
      'end since those contracts are what pays the bills. Before we start I would agree with the team ' +
      'on hard limits: p99 query time no more than 400 ms above the old index, search errors no more ' +
      'than 0.2 points over control, and searches that end in a paper being opened no more than 2 % ' +
      'below baseline. The median will look great, so the median is not what I would watch. After ' +
      'that we ramp it up and keep an eye on the dashboards until everyone is on it.',
  },
  {
    id: 'j009',
    scenario: 'model',
    class: 'middling',
    points: points('H S R M'),
    text: [
      '- cheaper model for vet summaries, so cost is the reason; quality is the risk',
      '- signals: the eval harness grade on the sampled summaries (missed medication, invented findings),',
      '  vets’ thumbs-down, p95 time to summary, and cost per summary to confirm the saving',
      '- feedback is thin and the harness grades 1 in 200, so a step cannot be time-boxed; we stay at each',
      '  step until the harness has graded a few hundred summaries on the new model, which at 5 % is days',
      '- me and the eng lead sign off before each increase',
      '- on-call can revert to the old model by config at any hour, minutes not a deploy',
      '- rollout pct: 5, 25, 50, 100',
    ].join('\n'),
  },
  {
    id: 'j010',
    scenario: 'service',
    class: 'middling',
    points: points('C R A'),
    text:
      "So the risky bit with the one-page checkout is people who've never bought from us, they don't " +
      'have anything saved, so the page is going to look really different for them. That means I ' +
      "wouldn't just pick a random one percent. Employees go first, then the insiders programme, then " +
      'coupon browsers, returning customers, and first-time buyers quite late, with wholesale accounts ' +
      "last. If it looks bad we'd go back to the three-step checkout with the feature flag — the " +
      "engineer on call can do that themselves at any time and it's back in a few minutes. And I'd " +
      "push back on Growth if they want to call the canary a win: the canary says it doesn't break " +
      "things, if we want to know it sells more that's an A/B test with random assignment afterwards. " +
      "I'd want to sort out the exact metrics with the team.",
  },
  {
    id: 'j011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "I'd roll the new image service out gradually. Start small, watch the graphs, and if nothing " +
      'looks wrong, keep going until everyone has it. The benchmarks say it is 20 % faster so I am ' +
      "fairly confident. If there's a problem the engineers can roll it back. Thursday seems doable. I'd tell support and the sellers' community team the day before so they aren't surprised, and maybe post in the seller forum. Honestly the main thing is not to overthink it — it's an image resizer, and the team has done releases like this many times.",
  },
  {
    id: 'j012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Well, the offline evals already went up three points, so the model itself is better, that part we',
      'know. What I would do is talk to finance to understand the budget, talk to the support team so they',
      'know the assistant is changing, and then release it to some of the users and get feedback. Then',
      'more users. I would make sure we have good monitoring and a plan if something goes wrong. Communication',
      'is really the most important thing in a release like this.',
    ].join('\n'),
  },
  {
    id: 'j013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Migration. Canary. Proxy pool p99 staff beta free paid enterprise. Thresholds 0.2 pp 150 ms 2 % ' +
      'baseline control. Ramp 1 5 25 50 100. Hold metric gate six hours. Sign-off PM eng lead. ' +
      'Rollback on-call routing flip 3 min. Canary safe A/B better. Warm caches, load, connection pool, ' +
      'decommission, cutover. Gate gate hold. Cohort cohort. Enterprise last. p99 p99 tail 1200 ms. Error 0.002 absolute. Above 20 % share. Stable minutes 360, max 1440. Old cluster end of month.',
  },
  {
    id: 'j014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'prompt canary → German formal Sie/du → thumbs-down ↑ → hallucination eval harness',
      'p95 tokens/query cost 10 % 15 % 2 % baseline',
      'employees early-access German English business teams',
      'PM owns gates holds sign-off rollback config 1 min on-call 24/7',
      'A/B ≠ canary, safe vs better, randomised',
      'metric-based hold, pre-committed thresholds, rollback, rollback',
      'formal address / warm tone / casual / reviewed English only / quarter of users German',
      'stages 1 5 25 50 100, hold German until volume, eng lead + PM, feedback sparse?',
    ].join('\n'),
  },
  {
    id: 'j015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "Honestly this is a comparison table on a pricing page, so I wouldn't bother with most of the " +
      "canary ceremony. I'm not going to sit down beforehand and agree error and latency limits for a " +
      "layout change, and I don't see the point of putting employees and the labs opt-in first when " +
      'nothing in the backend changes. Holding at each stage for hours, getting a sign-off at every ' +
      "gate — no, that just makes us miss Friday's campaign. I also wouldn't keep a one-click rollback " +
      'path around; if something is off we fix forward. Ship it to everyone on Thursday and look at ' +
      'conversion next week.',
  },
  {
    id: 'j016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'People will tell you to watch the eval harness and thumbs-down for this summariser. I disagree: with',
      'one summary in two hundred graded and hardly any vets rating, those numbers are useless, so I would',
      'not use them at all. Same with waiting for enough data at each stage — at our traffic that would take',
      'weeks, and we are not going to do that. A named approver at each gate? Not needed for a model swap.',
      'Who goes first does not matter either, the model is the same for every clinic. The plan is: switch',
      'the whole fleet to the cheaper model in one go on a Monday and compare the invoice at month end.',
    ].join('\n'),
  },
  {
    id: 'j017',
    scenario: 'service',
    class: 'misconception',
    points: points('C R'),
    text:
      'The point of the canary here is to prove that reviews above the fold sell more. I would put ' +
      "staff first, then the members' club, casual visitors, regular customers, first-time buyers and " +
      'finally guides and clubs, and then compare purchases in the canary group with last week. If the ' +
      'canary shows more purchases than the rest of the site, that is our evidence the new page is ' +
      'better and we go to 100 %; if it shows fewer, we roll back with the flag, which the on-call ' +
      'engineer can do in a couple of minutes at any hour. Because the canary is the experiment, we do ' +
      "not need a separate A/B test afterwards — we'd be measuring the same thing twice.",
  },
  {
    id: 'j018',
    scenario: 'model',
    class: 'misconception',
    points: points('C M'),
    text: [
      'Start with employees, then the preview programme, then one region, then the other, Plus subscribers',
      "last. For metrics I'd look at latency p95, feature-store timeouts, the relevance eval and how often",
      "people dismiss the recommendations, plus compute cost per request. What I wouldn't do is fix",
      "thresholds in advance — you don't know what normal looks like for a new model until it is live. So",
      "I'd watch the first day of data, see where the numbers settle, and then decide what counts as too",
      'much. If something looks off on the dashboard we make a judgement call at that point.',
    ].join('\n'),
  },
  {
    id: 'j019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'Bigger product photos and a size guide are a great idea for a fashion shop. Returns are the big ' +
      'cost in fashion, and most returns are about fit, so the size guide should measure garments in ' +
      'centimetres and let shoppers compare with something they already own. I would also test a fit ' +
      'quiz and ask the photo team to show each item on two body types. Success for me would be the ' +
      'return rate going down by a few points over the next quarter, and I would interview ten ' +
      'customers who returned items last month to learn what confused them.',
  },
  {
    id: 'j020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Uh, so I'd actually want to step back and ask why we are changing the model at all. What's the",
      'user problem? People ask about payslips and leave, so maybe the real fix is better help articles, or',
      'a clearer payslip screen so they do not need to ask. I would run some user interviews with HR admins,',
      'look at the top twenty questions, and prioritise with a RICE score. For the model choice itself I',
      'would talk to two or three vendors and compare price per million tokens and their data-protection',
      'terms, since payroll data is sensitive. That would be my approach.',
    ].join('\n'),
  },
];
