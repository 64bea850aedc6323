import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twelfth blind set B, other classes (y028–y040): middling, weak, salad, negated, misconception, off-topic. */
export const TWELFTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'y028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text:
      "For the new index I'd start with staff, then the labs users, then the heavy researchers," +
      " because they're the ones running the weird multi-filter queries and they'll tell us " +
      "loudly, then regular readers, and institutional licences last. I'd put the limit on p99 " +
      'specifically — the median got faster so the dashboard will look lovely, but slow queries' +
      ' live in the tail. So, agreed before we start: p99 no more than 200 ms worse than the ' +
      'old index, errors no more than 0.2 percentage points higher, and searches that end in a ' +
      'download no more than 2 % down against the old index. Steps of 1, 5, 25, 50 and 100, ' +
      "staying at each for at least half a day before moving. If things look bad we'd roll " +
      'back.',
  },
  {
    id: 'y029',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      'Approach for the image service rewrite:',
      '• Ownership: as PM I own the go/no-go decision at each stage; engineering owns the deployment and tooling.',
      '• Exposure: 10 % of requests picked at random, then 50 %, then 100 %.',
      '• Monitoring: we would watch the service dashboards and move forward once things look healthy.',
      '• Gates: each increase needs explicit approval from me and the engineering lead, recorded in the change ticket.',
      '• Rollback: the on-call engineer may shift traffic back to the old resizer at any time of day or night without escalation; it is a load-balancer weight change that completes in about two minutes.',
      '• Communication: a short note to support and to the photo-upload team before each stage.',
    ].join('\n'),
  },
  {
    id: 'y030',
    scenario: 'model',
    class: 'middling',
    points: points('C M A'),
    text: [
      "Right, so, the bigger model. I'd go support agents first — they use the assistant all day and they'll spot nonsense instantly — then the preview programme, then workspace admins, then ordinary members, and enterprise customers at the very end.",
      "What I'd watch is not just errors, because a model like this doesn't crash, it just says wrong things. So: the hallucination rate from the eval harness, the thumbs-down rate, p95 latency since a larger model is slower, and token cost per conversation, because a longer context window means we pay more per question.",
      "The exact percentages and how long each stage lasts I'd leave to the ML engineers, they know the infrastructure better than me.",
      "And one thing I'd say to leadership: the canary won't tell us the new model is better. The offline evals are encouraging, but 'better' needs a proper randomised A/B test after we know it's safe.",
    ].join('\n'),
  },
  {
    id: 'y031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "Honestly it's a pricing page with a nicer table, so I wouldn't overthink it. Put it out " +
      'to some people on Monday or Tuesday, check nothing is obviously broken, and have it live' +
      ' for everyone before the Friday campaign, because the whole point is that the campaign ' +
      "traffic lands on the new table. I'd ask QA to click through it on mobile too. Marketing " +
      'and I would keep an eye on sign-ups over the week, and if something weird happens we ' +
      'just switch it back.',
  },
  {
    id: 'y032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'A canary release means giving a change to a small part of users before everybody gets it, so if there is a problem only a few people are affected. I think this is especially important for AI features because models can be unpredictable.',
      'For the new prompt I would do exactly that: release it to a small percentage, monitor the feedback carefully, and expand step by step if users are happy. Since a quarter of users write in German it is also important to make sure the prompt works for them, maybe by asking a German colleague to review it.',
      'If the feedback is bad, we would stop the rollout and go back to the old prompt. Communication with stakeholders is also key, so I would keep everyone updated during the process.',
    ].join('\n'),
  },
  {
    id: 'y033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary. Fare service.',
      '1 % / 5 % / 25 % / 100 %.',
      'p99. error rate. conversion. baseline. control.',
      'Staff → early access → general → high-value.',
      '0.5 %. 200 ms. 2 %. vs control.',
      '02:00 breach. authority. minutes.',
      'On-call 24×7. Routing. 3 min. Not redeploy.',
      'Sign-off. Gate. Hold. PM owns.',
      'Holds 2 h / 6 h / 24 h. metric gate. eng lead + PM.',
      'Night. pager. fare quotes 1 in 20.',
      'A/B after. Safe vs better.',
    ].join('\n'),
  },
  {
    id: 'y034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Recommendation model canary rollout cohort gating metric-based hold region-aware ' +
      'peak-aware Singapore Berlin timezone 24h hallucination eval harness thumbs-down p95 ' +
      'token cost per query error rate guardrails pre-committed thresholds 0.2 pts 150 ms 2 % ' +
      'control baseline PM ownership decision rights sign-off gate eng lead on-call APAC config' +
      ' flag rollback sub-five-minute blast radius A/B randomised lift safety not superiority ' +
      'staff preview general high-value last 1 5 25 50 100 percent stages observability ' +
      'dashboards alerting SLO error budget feature store latency timeouts lunch rush ' +
      '11:30–14:00 SGT rollback rollback.',
  },
  {
    id: 'y035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "I'll be a bit contrarian here because I think the textbook canary is overkill for a date picker.",
      "People say to write the thresholds down before launch. I wouldn't — you end up anchoring on a number you made up before you had any data.",
      "I also wouldn't start with employees or hosts; they don't book holidays on our site, so they tell us nothing.",
      "And I don't buy the idea of long holds. If half an hour at 10 % looks flat, that's good enough for a form change.",
      "Per-stage sign-off from the PM? No, that's just bureaucracy slowing the team down.",
      "As for rollback, I don't see the need for an on-call rota or a one-minute switch for a booking form. If something's badly wrong the team redeploys the old version the next morning.",
      "I wouldn't run an A/B test afterwards either; if bookings hold up, that's our answer.",
    ].join('\n'),
  },
  {
    id: 'y036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      "We won't be running the eval harness on live traffic, and I'm not going to track token " +
      "cost during the rollout — finance will see the invoice at month end. There won't be a " +
      'staged order of users either: no agents-first, no preview group, nobody held back until ' +
      "last. I'm not going to sit on gates or sign anything off at each step; that isn't what a" +
      ' PM is for. Numbers for when to stop? Not in advance, no. Nor will there be a dedicated ' +
      "on-call person with authority to pull it at night. And I won't read lift off the canary," +
      " but I won't run a separate A/B test afterwards either, because the offline evals " +
      'already showed three points.',
  },
  {
    id: 'y037',
    scenario: 'service',
    class: 'misconception',
    points: points('C'),
    text:
      "This is the perfect moment to use the canary as our experiment. We'd go staff first, " +
      "then the members' club, then casual visitors, then regular shoppers, and new customers " +
      "last, and at each stage compare the canary's conversion with the same segments last " +
      'week. If the reviews-above-the-fold page converts at least as well as last week, the ' +
      'canary has proven the layout is better and we can tell leadership the redesign is a win.' +
      " If it's lower, we roll back, because that means the page hurts purchases. Leadership " +
      'wants it out this week, so the canary results are also the evidence we need for the ' +
      'decision, and we can skip a separate A/B test.',
  },
  {
    id: 'y038',
    scenario: 'model',
    class: 'misconception',
    points: points('R'),
    text: [
      "My view is you can't really know the right thresholds for a summariser until you see it running. So I'd start at 5 %, look at the dashboards for the first few hours, get a feel for what normal looks like for the new model, and then decide which numbers would worry us.",
      "The error rate is the main thing I'd keep an eye on; if the model is broken, errors will show it.",
      "If after six hours at 5 % nothing has moved, that tells us it's fine, and I'd go to 50 % and then 100 % the next morning.",
      'The one thing I would set up properly is the way back: the on-call engineer can switch clinics back to the old model at any hour with a config change that takes about a minute, no need to ask anyone.',
    ].join('\n'),
  },
  {
    id: 'y039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      "Before I'd think about rollout at all, I'd want to be sure the size guide solves a real " +
      "problem. I'd run five or six moderated usability sessions with people who have returned " +
      'clothes because of fit, show them the new product page with the larger photos and the ' +
      "size guide, and listen for where they hesitate. I'd also look at return reasons in our " +
      'support tickets to see how many mention size, so we have a before number to talk about. ' +
      "On the photos, I'd check with the content team how many products actually have " +
      'high-resolution images today, because a larger frame with blurry pictures looks worse ' +
      "than the old page. Then I'd write a one-page brief for design and engineering with the " +
      'problem, the evidence and the open questions, and agree with the merchandising lead ' +
      'which categories get the size guide first.',
  },
  {
    id: 'y040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Um, so for the prompt itself, I think the issue is that 'warmer' was only written for English. What I'd do is get a German copywriter involved and write a proper style guide per language — like, in German you keep 'Sie' for business mail unless the user writes 'du' first.",
      "Then I'd build a small library of example emails in both languages and have the prompt pick the tone from the user's own writing. Maybe even let users choose formal or casual in settings.",
      "Longer term I'd hire a localisation lead, because French and Spanish are on the roadmap and we'll hit the same problem there.",
    ].join('\n'),
  },
];
