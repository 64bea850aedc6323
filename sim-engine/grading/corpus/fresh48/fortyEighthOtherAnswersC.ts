import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-eighth fresh set, author c: middling (bb048–bb050), weak (bb051–bb052), salad (bb053–bb054),
 * negated (bb055–bb056), misconception-led (bb057–bb058) and off-topic (bb059–bb060) answers,
 * written blind, labelled by hand.
 */
export const FORTY_EIGHTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: a Fijian English register, written
  {
    id: 'bb048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Bula, for this checkout one I would start with our own staff buying things through the new page, then the returning customers who signed up for previews, and the first-time buyers last, because they are the ones the lab never tested and they are the whole point of the spring campaign.',
      '',
      'Before we move anybody I want the numbers agreed: checkout errors not more than 0.5 % over the old flow, checkout completion for first orders not down more than 2 % compared to the old three-step page, and page load p99 not more than 200 ms slower.',
      '',
      'Then the ramp is 2 %, 10 %, 30 %, 60 %, 100 %, and at each one we hold three days and only go up when the numbers are inside. Io, it is very important that the first-time buyers get a proper look before the campaign, so I would start this week and not the week of the campaign.',
      '',
      'If the numbers go bad we stop the ramp and sort it out with the team.',
    ].join('\n'),
  },
  // support-model-upgrade: a glossary of the terms used, at the end
  {
    id: 'bb049',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'For the bigger model the risks I care about are cost and wrong answers about payslips, so my plan is mostly about what we watch and when we pull it.',
      '',
      "Fixed in advance, before any user talks to the new model: hallucination rate on the eval harness's payroll set no higher than 1 %, thumbs-down on answers no more than 2 points above the current model, cost per conversation no more than 25 % up, and errors within 0.5 % of the old model. Those numbers go in the release doc and do not move once the rollout has started.",
      '',
      'We would send a small share of conversations to the new model first and widen it as things look fine.',
      '',
      'If any line is crossed, the on-call engineer switches the model flag back to the current model straight away, any time of day, without checking with anybody; it takes a couple of minutes.',
      '',
      'Glossary',
      'Eval harness: the scripted set of payroll and leave questions with known answers, scored automatically.',
      'Hallucination rate: the share of answers stating something the help content does not support.',
      'Thumbs-down: the feedback button under each answer.',
      'Model flag: the setting that decides which model serves a conversation.',
    ].join('\n'),
  },
  // search-tail-latency: a decision tree told in words
  {
    id: 'bb050',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      'Let me walk it as a tree of questions.',
      '',
      'Is the question who decides? If yes, the product calls are mine: when we widen, when we hold, and what counts as bad enough to stop. How traffic is split between the indexes and how the new index is deployed belongs to the search infrastructure team, not to me.',
      '',
      'Is someone asking whether we may widen? If yes, the answer comes from two people, me and the search tech lead, both written in the release log, every single time. If either of us says no, we stay where we are.',
      '',
      'Does something look wrong in the middle of the night? If yes, the on-call engineer points search back at the old index, a config change that takes a few minutes, and does not wait for me or anybody else. If no, we keep widening until everyone is on the new index.',
      '',
      'Does the median look good while the heavy filtered queries feel slower? If yes, we take that seriously, because institutional users run those queries and they pay for the licences.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a PM at a telehealth app
  {
    id: 'bb051',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'At my telehealth company we have shipped a few model changes like this, and the main thing I learned is to go slowly. I would put the cheaper model out to some clinics first, keep an eye on how the summaries look, and keep rolling it out if people seem happy with it. Cheaper and faster is great, but summaries of patient visits are sensitive, so we would be careful and ready to go back if anything looks off. I would also keep engineering close and make sure everyone is comfortable with the plan before we go wider.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: active and passive sentences alternating
  {
    id: 'bb052',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'We would roll the new resizer out gradually. The metrics would be watched closely by the team. We would not rush to hit Thursday if something looked strange. Any issues would be raised with engineering straight away. We would keep going until it is everywhere. The faster benchmarks would be confirmed in production, hopefully, along the way.',
    ].join('\n'),
  },
  // pricing-page-healthy: digits and spelled-out numbers mixed
  {
    id: 'bb053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Pricing page canary. One percent, 5 %, twenty-five, 50, one hundred.',
      'Thresholds 0.5 % errors, two hundred ms p99, conversion minus 2 %, baseline cohort.',
      'Holds, gates, twenty-four hours, 48 hours, metric-based, time-based.',
      'Sign-off, PM, tech lead, each stage.',
      'Rollback, on-call, under five minutes, config flag, no redeploy.',
      'Employees, opted-in beta, general, enterprise last, new customers.',
      'Randomised A/B test, safe versus better, lift.',
      'PM ownership, engineering routing, Friday campaign, three hundred ms, 2 a.m.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: slash-stacked noun phrases, one stack a line
  {
    id: 'bb054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'new recommendation model / canary / Berlin / Singapore lunch peak / regional feature stores',
      'PM owns / engineering routing / deploy / employees first / opted-in early access / high-value last',
      'thresholds 0.5 % errors / p95 150 ms / add-to-basket −2 % / feature-store CPU 70 %',
      'stages 1 % / 5 % / 25 % / 50 % / 100 % / hold 24 h / metric gate / sign-off / SRE lead',
      'on-call rollback / model flag / under five minutes / no permission / any hour',
      'eval harness / offline replay / hallucination / thumbs-down / dismiss rate / token cost / compute cost',
      'canary safe / A/B randomised / better / lift / control cohort',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a Fijian English register, written
  {
    id: 'bb055',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Bula. Honestly, for a prompt tweak I would not turn it into a big process.',
      '',
      "I would not sit down and fix rollback numbers before it ships, sega, that is too much for some new wording. We also won't bother choosing who goes first, no staff first and no beta group first, nobody saved for last. There will be no stages with holds and no waiting a day at 5 %, because a prompt is not a database. I would not ask anybody to sign off each step either, since there are no steps. And I would not put someone on call with the power to roll back, we won't need that.",
      '',
      "The eval harness, hallucination checks, thumbs-down tracking, token cost, I would not set up any of those for this, it is only words in a prompt. Same with an A/B test afterwards, we won't run one. And a split between what the PM owns and what engineering owns, I would not draw one, the team just ships it together.",
    ].join('\n'),
  },
  // after-the-sale-healthy: digits and spelled-out numbers mixed
  {
    id: 'bb056',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "For a cosmetic page change I would skip the usual machinery. We won't write down 0.5 % errors or two hundred ms of latency or a 2 % conversion drop as limits before it ships. There's no cohort order either: not staff first, not beta second, nobody kept for last. We wouldn't go one percent, then 5 %, then twenty-five with a hold at each, there's no gate, and nobody signs anything off. Rollback by on-call within 5 minutes is not something we'd set up for moving reviews above the fold. No randomised A/B test afterwards, and no separate ownership between me and engineering. It goes out to one hundred percent this week, as leadership asked.",
    ].join('\n'),
  },
  // support-model-upgrade: a glossary of the terms used, at the end
  {
    id: 'bb057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H R'),
    text: [
      'A model swap is infrastructure in the end, so I would treat this like any backend change: for a model, errors and latency are the signals that matter, and if those two are clean the model is fine. Quality was already settled by the offline evals going up three points, so watching answers, feedback or cost during the canary would only add noise.',
      '',
      'As PM I own the order, the limits and the holds; engineering owns the model routing and the deploy.',
      '',
      'HR and payroll staff go first, because they will spot a broken answer, then the beta customers who opted in, then everyone else, with the large payroll customers last because a failure costs them the most.',
      '',
      'The limits are fixed before traffic moves: error rate 0.5 % above the current model, and p99 latency 300 ms worse. Nothing else is gated on.',
      '',
      'The stages are 5 %, 25 %, 50 % and 100 %, each held for 24 hours and advanced only when both numbers are inside their limits.',
      '',
      'On-call can switch the model back with a flag in under five minutes, at any hour, without asking me.',
      '',
      'Glossary',
      'Error rate: the share of requests to the assistant that fail or time out.',
      'p99 latency: the response time that 99 requests in 100 beat.',
      'Model health: errors plus latency, which is the whole picture for a model.',
      'Hold: the time spent at a stage before the next step.',
      'Flag: the switch that chooses which model answers.',
    ].join('\n'),
  },
  // booking-purchases-lag: a PM at a telehealth app
  {
    id: 'bb058',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H R'),
    text: [
      'At the telehealth app I work on we ship booking-flow changes like this all the time, and I treat the canary as our experiment: the canary cohort gets the new date picker, everyone else is the control, and at the end the canary tells us whether the new page is better. If bookings in the canary beat control, that is our proof and we go to 100 %.',
      '',
      'I own the decisions here, which share, which limits and how long to hold, and engineering owns the flag and the deploy.',
      '',
      'Because it is an experiment, the first 10 % is a random sample of guests, which is the fairest way to compare.',
      '',
      'Before we start, the rollback limits are written down: client-side errors more than 0.5 % above control, or completed bookings more than 3 % below control measured over 24 hours, because bookings here come in hours after the search.',
      '',
      'We go to 10 %, then 50 %, then 100 %, with a 24-hour hold at each stage so that the late bookings arrive before we move.',
      '',
      'The on-call engineer can turn the flag off without asking me, and guests are back on the old page within two minutes.',
      '',
      'When the canary shows more bookings, we will report that lift to leadership as the win from the redesign.',
    ].join('\n'),
  },
  // pricing-page-healthy: each item of a checklist in prose starting "Make sure"
  {
    id: 'bb059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'Make sure the campaign copy for Friday uses the same plan names as the page, so nobody clicks through from an ad and finds a different word.',
      '',
      'Make sure the paid social creative is approved by Wednesday noon, so the ads can be scheduled for Friday morning in every market.',
      '',
      'Make sure the email to lapsed subscribers is written in two lengths and tested on the main mail clients before it is queued.',
      '',
      'Make sure the tracking links carry the campaign name, so the results can be split by channel on Monday.',
      '',
      'Make sure customer support has a short note on the offer and the three plans, with the answer to the question they will hear most often.',
      '',
      'Make sure the influencer videos are reviewed by legal for the discount wording before anything is posted.',
      '',
      'Make sure someone owns the campaign inbox over the weekend and knows who to call if an ad is rejected.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: active and passive sentences alternating
  {
    id: 'bb060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'We need a German-speaking content designer on the writing-assistant team. The role will be posted this week on two job boards and with one agency in Berlin. Each candidate writes six sample replies, three formal and three casual. Those samples are scored by our localisation lead against a short rubric. The hiring manager runs the final panel with two engineers. An offer is expected within five weeks of the posting. The new designer will own the German tone guide from their first month. Their work is reviewed by the English lead every fortnight until the guide is settled. We also want a part-time reviewer for Austrian and Swiss usage. That contract is handled by the vendor team, not by us.',
    ].join('\n'),
  },
];
