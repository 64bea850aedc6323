import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Red-team probes, written blind to the grader (held out: the grader's author has not seen them).
 * s001–s012 game the grader: every point's words and numbers, no commitment, so no points.
 * s013–s020 are controls: committed strong answers in forms that are easy to mis-grade.
 */
export const RED_TEAM_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 's001',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Who should own the release decisions here: the PM, or the platform team that runs the deploy?',
      'Should employees go first, then the beta programme, with enterprise tenants last, or is a random 1 % slice good enough?',
      'Is an error rate 0.5 % above control the right rollback trigger, or p99 latency 200 ms worse, or conversion 2 % under the baseline cohort?',
      'Would a ramp of 1, 5, 25, 50 and 100 % with six-hour holds be too slow for the end-of-month deadline?',
      'Does every gate need a named sign-off from the tech lead?',
      'Can on-call roll back at 2 a.m. without asking, and is a routing switch really under five minutes?',
      'And is a canary the same thing as an A/B test, or does a randomised test have to follow to show it is better?',
      'Those are the questions I would want answered.',
    ].join(' '),
  },
  {
    id: 's002',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Ideally, in a perfect world, the PM would own the release decisions and engineering would own the routing. ' +
      'If we had time, staff might go first, then the preview programme, then admins, with enterprise customers last. ' +
      'In an ideal setup there would be thresholds like errors 0.5 % over control, p99 plus 200 ms, conversion minus 2 % against the baseline, ' +
      'and for a model, hallucination rate from an eval harness, thumbs-down rate, p95 latency and tokens per query. ' +
      'A textbook ramp would be 1, 5, 25, 50, 100 % with twelve-hour holds and sign-off at each gate, ' +
      'and in the best case on-call could roll back 24/7 with a config switch in under five minutes. ' +
      'Ideally an A/B test would follow, since a canary only says safe, not better. ' +
      'How much of that applies in practice would depend on the team.',
  },
  {
    id: 's003',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'What matters in a canary release:',
      '- ownership (PM vs engineering)',
      '- cohort order (internal, early access, low-risk, general, high-value last)',
      '- thresholds (errors +0.5 % vs control, p99 +200 ms, conversion −2 % vs baseline)',
      '- ramp and holds (1 → 5 → 25 → 50 → 100 %, hours per stage)',
      '- sign-off per gate',
      '- rollback readiness (who, 24/7, routing vs redeploy, minutes)',
      '- canary (safe) vs A/B test (better)',
      'All of these matter, and a good team weighs them.',
    ].join('\n'),
  },
  {
    id: 's004',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'The SRE book says the product manager should own the release decisions while engineering owns the deploy. ' +
      'My manager would want employees first, then the preview programme, and enterprise customers last. ' +
      'Our head of data likes rollback thresholds of errors 0.5 % over control, p99 200 ms worse and conversion 2 % below baseline, ' +
      'and the ML team always talks about hallucination rate from the eval harness, thumbs-down rate, p95 latency and token cost per query. ' +
      'A colleague swears by a 1, 5, 25, 50, 100 % ramp with twelve-hour holds and a sign-off at each gate. ' +
      'The on-call lead says anyone on call should be able to roll back at any hour with a config flip in under five minutes. ' +
      'And our analyst keeps reminding people that a canary shows the model is safe and only an A/B test shows it is better. ' +
      'Those are the views I would hear from people around me.',
  },
  {
    id: 's005',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'At my last job at a bank we did the full canary: I owned the release decisions, staff went first, then beta users, big corporate clients last. ' +
      'We had thresholds of 0.5 % errors over control, 200 ms on p99 and 2 % on conversion against the baseline, ' +
      'a 1, 5, 25, 50, 100 % ramp with six-hour holds, the tech lead signing off every gate, ' +
      'and on-call could roll back around the clock with a routing change in three minutes. ' +
      'Afterwards an A/B test told us whether it was better, because a canary only tells you it is safe. ' +
      'It took three weeks. Here, with the old cluster going away at the end of the month, I would just ship it to everyone and watch the dashboards.',
  },
  {
    id: 's006',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'A strong answer to this question names what the PM owns, gives a cohort order from internal staff through early access to high-value customers last, ' +
      'states concrete rollback thresholds such as 0.5 % errors over control, 200 ms on p99 and 2 % conversion against the baseline, ' +
      'describes a ramp like 1, 5, 25, 50, 100 % with holds of hours per stage and a sign-off at each gate, ' +
      'says who may roll back at what hour and that a config switch takes under five minutes, ' +
      'lists model guards (hallucination rate from an eval harness, thumbs-down rate, p95 latency, tokens per query), ' +
      'and separates the canary, which says safe, from the A/B test, which says better. ' +
      'An interviewer listens for exactly those points.',
  },
  {
    id: 's007',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'A friend who is a PM at a ride-hailing company told me how her team ran the canary for their fare service. ' +
      'She owned the release decisions and their platform team owned the routing. ' +
      'They went employees, then beta riders, then ordinary riders, with business accounts last. ' +
      'Their triggers were errors 0.5 % above control, p99 200 ms worse, and trips booked 2 % under the baseline cohort. ' +
      'They ramped 1, 5, 25, 50 and 100 % with eight-hour holds, and their engineering manager signed off every stage. ' +
      'Their on-call could roll back at any hour with a config switch in about two minutes, ' +
      'and they ran an A/B test afterwards because the canary only showed the service was safe. ' +
      'That is how they did it for their product.',
  },
  {
    id: 's008',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'It depends. Maybe the PM owns some of the decisions, maybe engineering does; we could consider either. ' +
      'Possibly employees first, or perhaps a random 1 %, and enterprise customers might go last, or might not. ' +
      'Thresholds could be something like 0.5 % errors over control, or maybe 1 %; p99 perhaps 200 ms, conversion possibly 2 % against a baseline, it depends on the data. ' +
      'We might look at hallucination rate from an eval harness, thumbs-down, p95 latency or tokens per query, if those are available. ' +
      'A ramp of 1, 5, 25, 50, 100 % could work, or fewer steps; holds of a few hours or maybe a day; sign-off could be worth considering at some gates. ' +
      'Rollback might be on-call or business hours, a config switch in five minutes or a redeploy, depending on the setup. ' +
      'An A/B test could perhaps follow, since a canary may not say whether it is better. It really depends.',
  },
  {
    id: 's009',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Safety is paramount, and ownership matters: a PM must own outcomes. ' +
      'Respect for the customer means the most valuable accounts deserve the most care, and insiders deserve to see things early. ' +
      'Numbers matter more than feelings: 0.5 %, 200 ms and 2 % are the kind of figures that keep a team honest. ' +
      'Patience is a virtue; 1, 5, 25, 50, 100 % is a journey, not a race, and every gate is a moment of accountability. ' +
      'Readiness is a culture: a rollback in five minutes, 24/7, is a mindset. ' +
      'And humility: safe is not the same as better, which is why A/B testing is a value I hold dear. ' +
      'Those principles would guide everything we do.',
  },
  {
    id: 's010',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'I own the release decisions; engineering owns the routing.',
      'Order: support agents first, then the preview programme, then workspace admins, members, trial accounts, enterprise last.',
      'Rollback if errors rise 0.5 % over control, p99 by 200 ms, conversion drops 2 % against the baseline, hallucination rate from the eval harness rises 1 point, thumbs-down rises 20 %, p95 latency by 300 ms, or tokens per query by 25 %.',
      'Ramp 1, 5, 25, 50, 100 %, twelve hours per stage, with the eng lead and me signing off each gate.',
      'On-call rolls back 24/7 by config switch in under five minutes.',
      'Then an A/B test, because a canary only shows it is safe, not better.',
      'But honestly, with finance and the deadline breathing down our necks, we would skip all that and switch everyone over on Monday.',
    ].join(' '),
  },
  {
    id: 's011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      '[Role] owns the release decisions and [team] owns the deploy.',
      'We expose [segment A] first, then [segment B], and [segment C] last.',
      'We roll back if [metric] exceeds [X] (for example 0.5 % errors over control, 200 ms on p99, or 2 % conversion against the baseline; numbers to be filled in).',
      'The ramp is [1 / 5 / 25 / 50 / 100 %, or other], holding [N] hours per stage, with [name] signing off each gate.',
      '[Who] may roll back during [hours, e.g. 24/7], using [mechanism], which takes [N, e.g. under five] minutes.',
      'A [follow-up, e.g. A/B test] tells us whether it is [safe / better].',
      'I would fill the brackets in once I know the team.',
    ].join('\n'),
  },
  {
    id: 's012',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Q: PM ownership? A: the release decisions a product manager is accountable for.',
      'Q: Cohort order? A: the sequence of segments, e.g. internal, early access, high-value last.',
      'Q: Rollback threshold? A: a number such as errors 0.5 % over control, p99 +200 ms, conversion −2 % vs baseline.',
      'Q: Hold? A: time spent at a stage of a ramp such as 1, 5, 25, 50, 100 %, e.g. 12 hours.',
      'Q: Sign-off? A: approval by a named role at a gate.',
      'Q: Rollback mechanism? A: routing, flag or redeploy; a config switch takes under 5 minutes, 24/7 on-call.',
      'Q: Model guards? A: hallucination rate (eval harness), thumbs-down rate, p95 latency, tokens per query.',
      'Q: Canary vs A/B? A: safe vs better.',
    ].join('\n'),
  },
  {
    id: 's013',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Me: decisions. Platform: deploy, routing.',
      'Staff > beta > Android/iOS/web > loyalty members last.',
      'Kill if errors +0.5 pt vs control. p99 +200 ms. Orders −2 % vs baseline cohort.',
      '1/5/25/50/100. 6 h each; 25 % over a Friday dinner.',
      'Each gate: my sign-off + eng lead.',
      'Rollback: on-call, any hour, no approval. Routing flip, ~3 min.',
      'Canary = safe only. A/B after = better.',
    ].join('\n'),
  },
  {
    id: 's014',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Who decides? Me: order, thresholds, holds. Engineering runs the routing.',
      'Who goes first? Support agents, then the preview programme, then admins; enterprise last.',
      'What trips a rollback? Errors +0.5 % vs control, p99 +200 ms, conversion −2 % vs baseline.',
      'Model-specific? Hallucination rate from the eval harness +1 pt, thumbs-down +20 %, p95 +300 ms, tokens per query +25 %.',
      'Ramp? 1, 5, 25, 50, 100 %.',
      'How long? Twelve hours a stage, longer at 5 % if the eval sample is thin.',
      'Who signs off? The ML lead and I, every gate.',
      'Who rolls back? On-call, 24/7, no permission needed. How? Config switch, under five minutes.',
      'Better for customers? Not from the canary. A randomised A/B test afterwards.',
    ].join('\n'),
  },
  {
    id: 's015',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I own the stage plan, the limits and the go/no-go; the database team owns the cutover mechanics.',
      '',
      '| Stage | Who is on the new cluster | Hold | Gate signed by |',
      '|---|---|---|---|',
      '| 1 % | employees | 12 h | me + DB lead |',
      '| 5 % | + beta programme | 24 h | me + DB lead |',
      '| 25 % | + free workspaces | 24 h incl. a weekday peak | me + DB lead |',
      '| 50 % | + paid teams | 24 h | me + DB lead |',
      '| 100 % | + enterprise tenants, last | — | me + VP eng |',
      '',
      '| Rollback trigger | Limit |',
      '|---|---|',
      '| error rate vs control | +0.5 % |',
      '| p99 latency vs control | +200 ms |',
      '| task-page conversion vs baseline cohort | −2 % |',
      '',
      'Any on-call engineer rolls back at any hour by switching the proxy route back: about 3 minutes. ' +
        'The canary shows the migration is safe; if we want to know it is better, that is an A/B test afterwards.',
    ].join('\n'),
  },
  {
    id: 's016',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Runbook: new summary model',
      '1. Owner: I (PM) own order, limits, holds and the go/no-go; ML engineering owns serving and routing.',
      '2. Lock the limits before any traffic: errors +0.5 % vs control; p99 +200 ms; conversion −2 % vs the baseline cohort; hallucination rate (eval harness) +1 point; thumbs-down +25 %; p95 +300 ms; tokens per query +20 %.',
      '3. Raise the eval harness sample from 1 in 200 to 1 in 10 for the canary arm.',
      '4. Stage 1 %: employees. Hold 24 h.',
      '5. Stage 5 %: + pilot clinics. Hold 48 h, because feedback is sparse.',
      '6. Stage 25 %: + clinics. Hold 48 h.',
      '7. Stage 50 %, then 100 % with hospital groups last. Hold 24 h at 50 %.',
      '8. At every gate: ML lead and I sign off in writing.',
      '9. Breach: on-call (24/7) flips the model route back by config, under 5 minutes, no approval needed.',
      '10. After 100 %: randomised A/B test for quality; the canary only proved it safe.',
    ].join('\n'),
  },
  {
    id: 's017',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'For this change I am the owner of the release decisions, the platform team make the deploy and the traffic split. ' +
      'First go the employees, after them the beta riders, then the normal riders, and the business accounts go at the end because for them a problem cost most. ' +
      'Before we start I fix the limits for rollback: error rate more than 0.5 percent over the control, p99 latency more than 200 milliseconds over the control, ' +
      'booked trips less 2 percent compared with baseline cohort. ' +
      'The steps are 1, 5, 25, 50 and 100 percent, and every step we stay eight hours, one step must pass a night with the batch window. ' +
      'For pass each gate the engineering manager and me give sign-off, also in the night the on-call lead sign. ' +
      'Rollback can do the on-call engineer any time, day or night, without to ask; it is routing change, two or three minutes. ' +
      'The canary say us only that it is safe, not that it is better — for better we make A/B test after.',
  },
  {
    id: 's018',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Um, okay, so — the way I'd run it, uh, I own the calls here, like the order, the limits, how long we hold, and engineering, you know, they own the actual routing. " +
      "So first it's, um, employees, then the early-access writers, then, uh, German and English users, and business teams go last, because they're the ones who'd hurt most. " +
      'And before anything moves we write down the limits, so, uh, errors half a percent over control, p99 two hundred milliseconds worse, conversion down two percent against the baseline, ' +
      "and because it's a prompt, um, hallucination rate from the eval harness up one point, thumbs-down up twenty percent — and I'd look at that per language, not just the average — p95 up three hundred milliseconds, tokens per query up a quarter. " +
      "Ramp's, like, one, five, twenty-five, fifty, a hundred, and we hold, uh, a full day at each, and me and the ML lead sign off every gate. " +
      "If something breaks, the on-call person just rolls it back, any hour, they don't need to call me, it's a config switch, so, um, couple of minutes. " +
      "And, yeah, the canary just tells us it's safe; whether it's actually better, that's an A/B test after.",
  },
  {
    id: 's019',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'My part as PM: the rollout decisions; engineering runs the routing. ' +
      'Employees first, then beta users, then general users, high-value customers last. ' +
      'Before launch we fix the triggers: errors +0.5 % vs control, p99 +200 ms, or conversion −2 % vs the baseline cohort. ' +
      'Ramp 1, 5, 25, 50, 100 %, holding six hours at each stage; the tech lead and I sign off every gate. ' +
      'On-call rolls back 24/7 without asking, by a routing switch, under five minutes. ' +
      'The canary proves the change safe, not better: a randomised A/B test follows.',
  },
  {
    id: 's020',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'MEMORANDUM',
      'To: Support Engineering, ML Platform. From: Product Management. Re: Release of the larger assistant model.',
      '1. Accountability. Product Management is accountable for the exposure order, the rollback limits, the hold durations and each go/no-go decision. ML Platform is responsible for serving and traffic routing.',
      '2. Exposure order. Internal support agents are exposed first, followed by the Preview programme, workspace administrators, members and trial accounts. Enterprise customers are exposed last.',
      '3. Rollback limits, fixed prior to launch. Error rate: 0.5 % above control. p99 latency: 200 ms above control. Conversion: 2 % below the baseline cohort. Hallucination rate as measured by the evaluation harness: 1 point above control. Thumbs-down rate: 20 % above control. p95 latency: 300 ms above control. Tokens per query: 30 % above control.',
      '4. Stages and holds. Exposure proceeds at 1 %, 5 %, 25 %, 50 % and 100 %. Each stage is held for no less than twelve hours and advances only when all limits have held.',
      '5. Approval. The undersigned and the ML engineering lead shall sign off at every gate.',
      '6. Rollback. The on-call engineer is authorised to roll back at any hour without further approval, by configuration change; completion is expected within five minutes.',
      '7. Evaluation of benefit. The canary establishes safety only. Whether the new model is better will be determined by a randomised A/B test after full rollout.',
    ].join('\n'),
  },
];
