import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-fifth fresh set, author a: the other answers (ay008–ay020), written blind and labelled by
 * hand before anything was graded. Middling ay008–ay010, weak ay011–ay012, salad ay013–ay014,
 * negated ay015–ay016, misconception-led ay017–ay018, off-topic ay019–ay020.
 */
export const FORTY_FIFTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: a spoken interview transcript with hesitations
  {
    id: 'ay008',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "Um, okay, so, the bigger model. I think the two things that matter here are Finance's cost question and whether the answers stay right.",
      '',
      "So what I'd do is put it on a small slice first, like 2 %, and we'd agree up front, before we start, that we roll back if cost per conversation is more than 25 % above the current model, or if the thumbs-down rate goes more than, say, a point and a half above what the old model gets, or if p95 latency is more than, what, 400 ms worse, because bigger models are slower. And errors 0.5 % over control, obviously. Those go in the doc before day one, not later.",
      '',
      "Then we'd go 2, 10, 30, 60 and 100, and at each one we hold for at least two days and only go up if we're inside all of those numbers.",
      '',
      "Hmm, and with the longer context window I'd also gate on the eval harness, the hallucination rate on payslip questions specifically, because that's where being wrong really hurts. Under 2 %, let's say.",
      '',
      "Yeah. So that's roughly it.",
    ].join('\n'),
  },
  // checkout-first-order: every number in parentheses
  {
    id: 'ay009',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: [
      "The risk here is first-time buyers, and the spring campaign makes them the bulk of orders, so I'd keep them out of the early groups on purpose. Staff go first, about (60) people who shop with us, then returning customers in our beta club, since the lab says they like it, then returning customers generally, and only at the end first-time buyers, who are the quickest to abandon and who matter most in the campaign.",
      '',
      'Before we switch anyone, we write down the limits: checkout conversion more than (2 %) below the old checkout, payment errors more than (0.5 %) above it, or address autofill failures above (1 %). Any one of them ends the rollout.',
      '',
      'We would move from staff to (10 %) and then to everyone. The on-call engineer can switch the old checkout back on with the feature flag in under (5) minutes, at any hour, without waiting for my approval.',
      '',
      "I'd want all this finished at least (2) weeks before the campaign starts.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: terse fragments, quantities first
  {
    id: 'ay010',
    scenario: 'model',
    class: 'middling',
    points: points('T H S M'),
    text: [
      'New recommendation model. Plan in fragments.',
      '',
      '- 0.5 % error delta vs control, 200 ms p95 delta, 40 ms feature-store p99 delta, 20 % compute-per-request increase: the rollback limits, all fixed before the first request moves.',
      '- 2 points: the most the eval-harness relevance score may drop vs the current model, scored on 1,000 sampled baskets a day.',
      '- 3 % drop in add-to-basket vs baseline: also a rollback limit.',
      '- Stages 1 %, 5 %, 25 %, 50 %, 100 %. Each held 48 h minimum, each covering one Singapore lunch peak and one Berlin evening peak. Advance only with every limit green.',
      '- One sign-off per advance: the head of data science.',
      '- Exposure: all regions at once, same share everywhere.',
      '- Breach means rollback.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: a short speech to the release team
  {
    id: 'ay011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Right, team, thanks for coming over.',
      '',
      "The new resizer is a big step: twenty per cent faster in the benchmarks and the photo format sellers keep asking for. I know we'd like it everywhere by Thursday and I think we can get there.",
      '',
      "Let's roll it out gradually, keep a close eye on the dashboards, and if anything looks off we'll deal with it together. Shout if you see anything weird. I trust this team.",
      '',
      "Let's make it a good one.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a Hong Kong English register, written
  {
    id: 'ay012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'For the new prompt, I think we should release to the users step by step and monitor the feedback closely. The German part may have some issue, so we can pay more attention on it.',
      '',
      'If the users are not happy, we can consider to change it back. Will also discuss with the engineering team for the details, as they are more familiar with the setup.',
      '',
      'Overall I believe the warmer tone will be welcomed by most of the users.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a heap of noun phrases separated by slashes
  {
    id: 'ay013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'canary / cheaper model / 5 % / 25 % / 100 % / cohort / internal clinics / beta / hold / gate / 48 h',
      'thresholds / 0.5 % / 2 % / p95 / 4 s / hallucination / eval harness / 1 in 200 / thumbs-down / sparse feedback',
      'cost per summary / -40 % / tokens / compute / sign-off / clinical lead / PM / engineering / routing',
      'rollback / on-call / 5 min / config / A/B / randomised / safe / better / control / baseline',
    ].join('\n'),
  },
  // night-breach-rollback-authority: a brief answer, then 'More detail:' sections, all fragments
  {
    id: 'ay014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Brief answer: canary, thresholds, holds, sign-off, rollback, the PM.',
      '',
      'More detail: segments',
      'Internal. Beta. Night riders. Weekend. Low risk, high value. Order.',
      '',
      'More detail: thresholds',
      '0.5 %. 200 ms. p99. 2 %. Baseline. Control. Pre-committed.',
      '',
      'More detail: ramp',
      '1, 5, 25, 50, 100. Holds. Gates. Metric-based. Time-based.',
      '',
      'More detail: authority',
      'On-call. 2 a.m. Rollback. Config. Minutes. Approval. PM. Engineering. Billing batch window.',
      '',
      'More detail: A/B',
      'Randomised. Safe. Better. Canary.',
    ].join('\n'),
  },
  // booking-purchases-lag: a PM at a music-streaming company
  {
    id: 'ay015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Where I work, on a music-streaming app, we've mostly dropped the formal canary ceremony for front-end changes, and I'd do the same here.",
      '',
      "I wouldn't bother deciding which guests go first; our staff don't book holidays on our own site anyway, and ordering segments is busywork. I wouldn't write thresholds down in advance either: numbers fixed before you've seen real traffic are guesses, and we'd only argue about them later. Stages and holds I'd skip, since the team wants it at 100 % this afternoon and a date picker isn't worth a week of gates.",
      '',
      "No sign-off step and no owner for each advance; that's process for its own sake. I'd also not set up a special rollback path or give on-call any authority of their own. And I don't think the line between what the PM decides and what engineering does matters for a change this small.",
      '',
      "Finally, I wouldn't split hairs over a canary versus an A/B test.",
    ].join('\n'),
  },
  // support-model-upgrade: assumptions listed first, then the plan built on them
  {
    id: 'ay016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Assumptions:',
      '- The larger model comes from the same vendor and the prompt is unchanged, so its behaviour should be close to the old one.',
      '- Offline evals already went up three points.',
      "- Finance's cost question can be answered from the invoice at the end of the month.",
      '',
      'Given those, I would not run an elaborate canary.',
      '',
      "I don't see a need for a segment order; staff first and big customers last wouldn't tell us anything the evals haven't. I would not fix rollback thresholds beforehand, and I'd rather not hold at each stage or collect sign-offs. Watching hallucination rate, thumbs-down or p95 latency during the rollout isn't worth the set-up here, and I wouldn't track cost per conversation during the release either.",
      '',
      "I wouldn't give on-call the right to roll back on their own, and I wouldn't separate the PM's decisions from engineering's: one team, one call. Nor would I worry about the difference between a canary and an A/B test.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: the passive voice throughout
  {
    id: 'ay017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H M'),
    text: [
      'The canary is treated as the experiment that proves the warmer prompt is better.',
      '',
      'The release decisions (which users are exposed, in what order, at what limits and for how long) are owned by the PM; the prompt deployment and the flag are handled by engineering.',
      '',
      'Internal staff are exposed first, English and German speakers both, so that tone problems are reported by colleagues; opted-in beta users are added next, and German business accounts are left to the end, since formal address matters most to them.',
      '',
      'Rollback limits are fixed before any traffic is moved: a thumbs-down rate more than 1 point above the old prompt in either language, a hallucination rate above 2 % on the eval harness, p95 latency more than 200 ms above control.',
      '',
      'Stages of 5 %, 20 %, 50 % and 100 % are used, and each is held for 48 hours, with the next one opened only while every limit is met.',
      '',
      'At the end, the thumbs-up rate of the canary group is compared with everyone else, and the lift is reported to leadership as the proof that the warmer tone wins. No separate A/B test is needed, since the canary is already our A/B test.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a short speech to the release team
  {
    id: 'ay018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Okay, everyone, a few words before the new product pages go out.',
      '',
      "Staff get them first, because you're on the live site all day and you'll spot a broken photo before any customer does. Then the loyalty members who opted in, and shoppers who are new to us come last, since a bad first impression loses them for good.",
      '',
      'We go 5 %, 25 %, 50 %, then everyone, and we hold at each stage for two days. Nothing moves up until the web lead and I have both signed off.',
      '',
      "About limits: I'm not writing numbers down today. We'll watch the conversion dashboard together while staff are on it and decide there what counts as too low. We'll know it when we see it.",
      '',
      "And if it's bad, the on-call engineer can flip the flag off at any hour without ringing me first; we're back on the old pages in two minutes.",
      '',
      'Thanks, all.',
    ].join('\n'),
  },
  // pricing-page-healthy: assumptions listed first, then the plan built on them (a hiring plan)
  {
    id: 'ay019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Assumptions:',
      '- Subscriptions to the editor grow by about 30 % next year.',
      '- Two senior engineers leave in the spring, as they have told us.',
      '- There is budget for four new hires, no more.',
      '',
      'On those, I would hire a senior backend engineer first, because the render queue has nobody who knows it well once the two leave. A product designer for the timeline comes second. The last two places go to support agents, hired in time to be trained before the busy season of wedding and graduation videos.',
      '',
      'Each candidate gets a short take-home task, a pairing session with someone from the team and a conversation about how we work. We aim to make an offer within a week of the final interview, because good people do not wait for slow companies.',
      '',
      'Onboarding is a buddy for the first month and a small real task shipped in the first week.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a PM at a music-streaming company (a product launch)
  {
    id: 'ay020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "I'm a PM at a music-streaming company, and the launch I'm proudest of is our podcast hub, so let me walk through how we launched it.",
      '',
      'We signed forty creators before announcing anything, so the hub never looked empty. Marketing ran a teaser on the home screen for two weeks, and the press got the story under embargo a few days ahead. On launch day every creator posted a trailer at the same hour, and we had a playlist of first episodes waiting on the home screen.',
      '',
      'What I learned: creators are your best channel, a launch date is a promise to them as much as to listeners, and the week after launch matters more than the day itself. We kept a small team on creator support for that whole week, and that is why most of them are still with us.',
    ].join('\n'),
  },
];
