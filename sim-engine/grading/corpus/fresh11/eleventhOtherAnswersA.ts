import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eleventh corpus, author A, the other classes (x008–x020): middling, weak, keyword salad, negated,
 * misconception-led and off-topic answers, written blind to the grader and labelled by hand.
 */
export const ELEVENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'x008',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      "Um, okay. So I think I'd start with employees, then the beta sellers, then hobby " +
        "sellers, and brand stores last, because they're the biggest and I don't want them to be " +
        'the ones who find a bug. Sorry, professional sellers would be before the brand stores, I ' +
        'forgot them.',
      '',
      'For the steps, maybe 1 %, 5 %, 25 %, 50 %, then everyone. And because the brief says the ' +
        "service only restarts on deploys, I'm a bit worried it gets slower over time, so I'd " +
        'want to stay at each step a full day, 24 hours, before going up, even if that means we ' +
        "miss Thursday. I know the team won't love that.",
      '',
      'If something looks wrong, like listing images loading slowly, we roll back. The on-call ' +
        "engineer can do that at any time, it's just sending the traffic back to the old resizer, " +
        'which takes a few minutes.',
      '',
      "I know I should give exact numbers for when to roll back. I'd work those out with the " +
        "engineers. Sorry, I'm blanking a bit.",
    ].join('\n'),
  },
  {
    id: 'x009',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Let me separate responsibilities first. The ML platform team operates model serving and ' +
        'the traffic split; I am accountable for defining what safe means for this launch and for ' +
        'the go/no-go.',
      '',
      'So before anyone is exposed, I would publish the guardrails and get them agreed:',
      '- add-to-basket rate from the home screen no more than 2 % below control;',
      '- request errors no more than 0.5 percentage points above control;',
      '- p95 latency of the recommendation call no more than 150 ms above control, measured per ' +
        "region, because the feature stores are regional and Singapore's lunch peak lands in " +
        "Berlin's early morning;",
      '- recommendation quality from the offline eval harness, run on a sample of live ' +
        'requests: share of baskets containing unavailable or irrelevant items up by no more than ' +
        '1 point;',
      '- "not interested" taps up by no more than 10 % relative;',
      '- serving cost per request no more than 30 % above the current model.',
      '',
      'Then we roll out gradually and keep a close eye on those numbers, particularly overnight ' +
        'Berlin time.',
    ].join('\n'),
  },
  {
    id: 'x010',
    scenario: 'service',
    class: 'middling',
    points: points('C T A'),
    text: [
      '- Exposure: employees, then the Insiders programme, then coupon browsers, returning ' +
        'customers, first-time buyers, wholesale last. First-time buyers late on purpose: the ' +
        'spring campaign is their moment and the lab never tested them.',
      '- Stop if checkout errors go >0.5 % over control, p99 on the checkout page gets >200 ms ' +
        'slower, or orders per visit drop >2 % vs the same segments in control. First-time buyers ' +
        'judged on their own, not blended in.',
      '- All three written down before launch.',
      "- Returning customers loving it in the lab isn't proof of anything. The canary only " +
        "checks nothing's broken. If we want to know one page beats three, we A/B it with random " +
        "assignment once it's safe.",
      '- Growth wants it before the campaign; we go as fast as the numbers let us.',
    ].join('\n'),
  },
  {
    id: 'x011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "I'd try the new prompt with some users first and see how the feedback is. If people like " +
      'it, we release it to everyone, and if there are complaints we change it back. German ' +
      'might need a bit of extra attention since the prompt was written by the English team, so ' +
      'maybe we have someone check the German outputs. We could also look at the usage numbers ' +
      "for a few days to make sure nothing strange happens. Overall it's about being careful, " +
      'moving step by step and listening to users, because a writing assistant lives or dies on ' +
      'whether people trust its tone.',
  },
  {
    id: 'x012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'A canary release means you release the new version to a subset of users before everyone ' +
      'gets it, so that if something is wrong only a few people are affected. For the pricing ' +
      "page I'd do exactly that: gradually increase the traffic going to the new comparison " +
      'table and monitor the key metrics closely. If anything looks off we roll back. Because ' +
      "marketing is launching a campaign on Friday, I'd coordinate with them so that the page " +
      'is fully out before then. Communication between product, engineering and marketing is ' +
      'the most important part of any release.',
  },
  {
    id: 'x013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Canary. Staged. Rollback p99 enterprise staff threshold 25% hold sign-off. A/B canary ' +
      'safe better 200ms. Cohort gate on-call config 0.5% segment. Conversion baseline -2%. ' +
      'Free workspaces beta 1 5 20 50 100. Metric-based gate, time-based gate. PM owns. Errors ' +
      'latency conversion. 24/7 3 min routing. Proxy cluster warm caches load. Enterprise last ' +
      'last. Thresholds pre-commit, holds, six hours, twelve hours? Observability dashboards ' +
      'alerting SLO error budget. Decommission end of month. Safe not better.',
  },
  {
    id: 'x014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Leveraging eval-harness-driven hallucination-aware canary cohorts synergising p95 ' +
      'latency token-cost thumbs-down guardrail alignment across a staged 1-5-25-50-100 ' +
      'ramp-hold-gate-sign-off cadence with rollback-readiness on-call config-flip ownership ' +
      'velocity, PM-owned segment-first internal-early-access-enterprise-last exposure ' +
      'framework, canary-safe A/B-better north-star, German-locale formal-address ' +
      'tone-calibration risk-surface, hallucination token cost p95 thumbs-down eval harness ' +
      'guardrail canary cohort ramp hold gate sign-off rollback, hallucination token cost p95 ' +
      'thumbs-down eval harness guardrail canary cohort ramp hold gate sign-off rollback, ' +
      'end-to-end, best-in-class observability-first p95 token-cost-per-query dashboarding.',
  },
  {
    id: 'x015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "Honestly, for bigger photos and a size guide I wouldn't put this through the full canary " +
      "ceremony. I don't see the point of going to employees first; they don't buy anything, so " +
      "whatever they do tells you nothing. I'm also not going to sit down and write rollback " +
      "numbers up front for a product page. I wouldn't have a sign-off at each stage either, " +
      "that's just bureaucracy for a cosmetic change, and I wouldn't hold at 5 % for a day " +
      "waiting for nothing to happen. If it's bad, engineering redeploys the old version; it's " +
      "not worth building a routing switch for this. No follow-up A/B test. I wouldn't do a " +
      "random 1 % slice and call it a plan either. I'd ship it to everyone on Monday morning " +
      'and look at the numbers on Tuesday.',
  },
  {
    id: 'x016',
    scenario: 'model',
    class: 'negated',
    points: points('C'),
    text: [
      'The textbook answer would have me pin down rollback numbers in advance, gate each step ' +
        'on an eval harness, have someone sign off every stage and then run an A/B test at the ' +
        "end. I don't buy most of that for a model swap where the prompt hasn't changed.",
      '',
      "The one part I'd keep is the order: support agents first, then the preview programme, " +
        'then workspace admins, members after them, and trial and enterprise accounts last.',
      '',
      "Beyond that, no. I would not commit to thresholds before launch; you can't know in " +
        "advance what a bigger model should look like. There's no need for an eval-harness gate, " +
        'offline evals already went up three points. Finance asked about cost, but I would not ' +
        "make cost per conversation a reason to roll back, and I wouldn't treat thumbs-down as " +
        'one either; people click that for all sorts of reasons. Nobody needs to sign each step. ' +
        "And rolling back isn't something I'd plan for: if it goes badly we'll deal with it then.",
    ].join('\n'),
  },
  {
    id: 'x017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H'),
    text: [
      "I'd treat the canary as our experiment. Order would be employees, then the members' " +
        'club, then casual visitors, regular customers, first-time buyers, and guides and clubs ' +
        'last.',
      '',
      "We'd go 5 %, 25 %, 50 %, 100 %, staying one full day at each step.",
      '',
      "What we're really looking for is proof that reviews above the fold sell more. So at each " +
        "step I'd compare the canary group's conversion with what the same page did last week. If " +
        'the canary converts at least as well as last week, that shows the new layout is better ' +
        'and we move on; if it converts worse, the change is hurting sales and we pull it. ' +
        "Because the canary already gives us that comparison, we don't need a separate A/B test " +
        'afterwards, and leadership gets its answer this week.',
    ].join('\n'),
  },
  {
    id: 'x018',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'So engineering runs the traffic split; my part is deciding who sees the new model, in ' +
        'what order, and when we pull it.',
      '',
      'Order: employees, then the preview programme, then Germany and Austria, then Singapore ' +
        'and Kuala Lumpur, and Plus subscribers last.',
      '',
      "What I wouldn't do is fix rollback numbers in advance. We honestly don't know what " +
        "normal looks like for a model that reads more features, so during the first stage we'd " +
        "watch the dashboards together and set the rollback lines from what we see there. That's " +
        'more realistic than guessing on paper. And as long as error rate and latency look ' +
        "normal, the model is doing its job; I don't think we need anything model-specific on " +
        'top.',
      '',
      'If something does break, the on-call engineer can switch back to the old model at any ' +
        'hour through the serving config, which takes a couple of minutes. That matters because ' +
        'Singapore lunch is early morning for the Berlin team.',
    ].join('\n'),
  },
  {
    id: 'x019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      "For the new pricing page, the launch plan is really about the Friday campaign. I'd start " +
      'by aligning with marketing on the message: the comparison table makes it easier to pick ' +
      "a plan, so the headline should be about clarity, not price. Then I'd prepare the assets: " +
      'an email to free-plan users, a short video walkthrough since we sell a video editor, two ' +
      'social posts and a blog post from the founder. Sales needs a one-pager so the studio ' +
      'reps can walk big customers through the new tiers. Support gets an FAQ in case people ' +
      "think prices changed, because they haven't. On the day, I'd have a war room with " +
      'marketing and support, track sign-ups and upgrade clicks from the campaign link, and ' +
      "send a summary to leadership on Monday. The week after, I'd interview five or six " +
      'customers who upgraded to hear what made the table convincing.',
  },
  {
    id: 'x020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      "Before anything else I'd question whether the bigger model is the right choice at all. " +
      "Finance wants a cost per conversation, so I'd build a simple comparison of three " +
      'options: stay on the current model and improve the prompt, move to the larger model, or ' +
      "fine-tune a smaller one on our payroll and leave-policy content. For each I'd estimate " +
      "the price per conversation from the provider's rate card and our average conversation " +
      'length, the engineering effort, and the expected quality gain based on the offline ' +
      'evals. The three-point gain on short questions is nice, but most of our volume is long, ' +
      "multi-turn questions about payslips, so I'd ask the team to extend the offline eval set " +
      "to cover those before deciding. I'd also check the vendor's data-retention terms, since " +
      'payslips contain personal data, and get legal to confirm we can send them to the new ' +
      "model. Then I'd present the options to finance and the head of support with a " +
      'recommendation.',
  },
];
