import type { LabelledAnswer } from '../corpusTypes';

/**
 * Answers that try to score without committing to a plan: written by the lead on 2026-12-02
 * before the eighth freeze, never shown to the grader's author, graded once on the frozen grader.
 */
const none: LabelledAnswer['points'] = [];

export const GAMING_PROBES: readonly LabelledAnswer[] = [
  {
    id: 'g901',
    scenario: 'service',
    class: 'salad',
    points: none,
    text: [
      'Who owns the rollout decision — the PM? Should internal staff go first, then the beta users, then everyone?',
      'What error rate or p99 latency would be too much: 2 %? 300 ms? How long do we hold each stage, an hour, a day?',
      'Who signs off before we widen — the eng lead, the release manager? Can the on-call engineer flip the flag back without asking anyone?',
      'And is a canary really the same thing as an A/B test? These are the questions I would want the team to answer.',
    ].join(' '),
  },
  {
    id: 'g902',
    scenario: 'model',
    class: 'negated',
    points: none,
    text: [
      'In an ideal world with more time, the PM might own the go/no-go, and we could maybe start with employees before customers.',
      'Thresholds such as a hallucination rate above 2 % could be written down in advance, and stages could be held for a day each,',
      'with someone signing off between them and an on-call engineer allowed to roll back instantly.',
      'Honestly though, for this launch we would just ship it to everybody on Monday and look at the numbers afterwards.',
    ].join(' '),
  },
  {
    id: 'g903',
    scenario: 'service',
    class: 'salad',
    points: none,
    text: [
      'The things that matter in a canary: ownership by the product manager; a deliberate order of cohorts, from staff to beta to everyone;',
      'rollback thresholds on errors, p99 latency and conversion; holds at each stage; sign-off before each widening;',
      'rollback authority for on-call with a kill switch; and the difference between a canary and an A/B test.',
      'All of these are important and a good team thinks about every one of them.',
    ].join(' '),
  },
  {
    id: 'g904',
    scenario: 'service',
    class: 'negated',
    points: none,
    text: [
      'Some people will tell you that the PM should own the release, that you send it to internal users first and then 1 %, 5 %, 25 %,',
      'that you write down limits like error rate above 1 % or p99 over 400 ms before starting, that every stage waits two hours,',
      'that the engineering manager signs off each step and that on-call can roll back with the flag at any time.',
      'I think that is mostly ceremony. I would rather trust the engineers and release when the code review is green.',
    ].join(' '),
  },
  {
    id: 'g905',
    scenario: 'model',
    class: 'weak',
    points: none,
    text: [
      'At my last company the PM owned the decision, staff went first, then 5 % of users, the thresholds were written down',
      '(hallucination rate, thumbs-down rate, cost per request), every stage held for 24 hours, the head of support signed off,',
      'and the on-call engineer could switch the model back with a flag. It was a disaster: it took six weeks.',
      'Here I would skip all of that and let the new model go to everyone, then compare the numbers with last month.',
    ].join(' '),
  },
  {
    id: 'g906',
    scenario: 'model',
    class: 'salad',
    points: none,
    text: [
      'A strong answer to this question would cover: the PM owning the decision, a cohort order, thresholds decided in advance,',
      'holds at each stage, sign-off before widening, who can roll back and how, why a canary is not an A/B test,',
      'and model metrics such as hallucination rate, refusal rate and token cost. That is the checklist interviewers use.',
    ].join(' '),
  },
  {
    id: 'g907',
    scenario: 'service',
    class: 'misconception',
    points: none,
    text: [
      'I would own the decision as PM, but I would not decide thresholds beforehand: we watch the dashboards during the canary',
      'and decide together what looks bad once we see the real numbers. We ramp 1 %, 10 %, 50 %, 100 % as fast as the graphs look fine.',
      'The point of the canary is to prove the new version converts better than the old one, like an A/B test, so we keep it',
      'running until the uplift is significant and then ship.',
    ].join(' '),
  },
  {
    id: 'g908',
    scenario: 'service',
    class: 'salad',
    points: none,
    text: [
      'PM owns. Staff first. Beta second. Everyone last. Error rate 1 %. P99 400 ms. Conversion minus 2 %. Hold two hours.',
      'Eng lead signs off. On-call rolls back. Flag. Canary not A/B.',
    ].join(' '),
  },
  {
    id: 'g909',
    scenario: 'service',
    class: 'strong',
    points: [
      'pm-owns',
      'cohort-order',
      'thresholds',
      'holds',
      'sign-off',
      'rollback',
      'canary-vs-ab',
    ],
    text: [
      'Short version. I own the go/no-go as the PM. Staff get it first, then beta customers, then 5 % of everyone, then all.',
      'We roll back if errors go above 1 % or p99 above 400 ms; those limits are written in the plan before we start.',
      'Each stage runs for at least two hours before the next. The eng lead and I both sign off before each step up.',
      'The on-call engineer can turn the flag off at any hour without asking anyone. This is a safety check, not an A/B test:',
      'we are looking for harm, not trying to prove the new version wins.',
    ].join(' '),
  },
  {
    id: 'g910',
    scenario: 'model',
    class: 'strong',
    points: [
      'pm-owns',
      'cohort-order',
      'thresholds',
      'holds',
      'sign-off',
      'rollback',
      'canary-vs-ab',
      'model-metrics',
    ],
    text: [
      'Who decides? Me — the release is my call as the product manager. Who goes first? Our own support agents, then the',
      'customers who opted into previews, then 10 % of the rest, then everyone. When do we stop? If the hallucination rate',
      'on the reviewed sample goes over 2 %, thumbs-down rises by more than 3 points, or cost per answer goes up by more',
      'than 20 %, we go back; I write those numbers down before launch. How long per step? A full day each, so we see a',
      'weekday peak. Who approves the next step? The head of support signs it off with me. Who can pull it? Anyone on call,',
      'by switching the model flag back. Is this an experiment? No — the canary only tells us it is safe to widen.',
    ].join(' '),
  },
];
