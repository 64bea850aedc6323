import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Seventh blind set, author B: strong answers (p021–p027), every point of the scenario. */
export const SEVENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'p021',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'So, um, for the storage migration, the first thing I would say is that the go or no-go calls are mine. The DBAs and platform folks run the actual cutover, but when we widen, when we stop, that is on me.',
      'Who sees it first? Our own people, then the beta programme, then the bulk of ordinary traffic, and honestly the heaviest tenants last, because load is exactly where this breaks.',
      'Before anything ships I would have us sign a little sheet: if write errors go above, say, zero point three percent over the old path, or p99 query time climbs by more than a hundred and fifty milliseconds, or completed orders drop two percent under the baseline group, we back out. No debating it live.',
      'Steps would be one, five, twenty, fifty, a hundred, and we sit at each one until the metrics have real volume, at least a full day at twenty because that is where peak load shows up. The tech lead and I both put our names on each step before it opens.',
      'And reversal is a routing flag: the on-call engineer can flip traffic back at three in the morning without waking me, it takes a couple of minutes.',
      'Last thing: none of this tells us the new schema is better, just that it does not hurt. If we want to claim a win, that is a proper randomised test later.',
    ].join('\n'),
  },
  {
    id: 'p022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '## Ownership',
      'Product (me) decides exposure, limits and stage length. Engineering executes the split.',
      '## Audience sequence',
      '1. Staff accounts',
      '2. Insiders programme',
      '3. Coupon browsers (cheap to disappoint)',
      '4. Returning customers',
      '5. First-time buyers and wholesale, last: the former are the people this checkout can lose, the latter the most costly to upset.',
      '## Abort criteria (fixed in the launch doc, not during)',
      '- checkout error rate: > 0.4 pp above control',
      '- p99 page latency: +250 ms',
      '- first-order conversion: -1.5 % relative to the baseline cohort',
      '## Stages',
      '2 % / 10 % / 25 % / 50 % / 100 %; minimum 8 h each, 48 h at 25 % so conversion has enough orders to read. Written approval from me and the engineering manager to leave each stage.',
      '## Reverting',
      'Feature-flag switch, under five minutes, any on-call engineer, any hour.',
      '## What this does not tell us',
      'Whether the one-page flow converts better. That is a separate randomised experiment once it is out safely.',
    ].join('\n'),
  },
  {
    id: 'p023',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'In my experience the failure mode with an SDK swap like this payment one is ambiguity about who calls it, so I make it explicit: I own the decision to advance or stop and the criteria for both; the mobile platform team owns mechanics. ' +
      'Exposure goes employees on Android and iOS first, then our early-access testers, then general consumers, and we hold back high-value merchants until the end. ' +
      'Because this fails in bursts, averages will lie, so the guardrails are pre-agreed and windowed: payment failures above 0.6 % in any five-minute window versus the control group, p99 authorisation latency worse by 300 ms, or paid orders more than 2 % below baseline. Any one trips the stop. ' +
      'Ramp: 1, 5, 25, 50, 100 percent, each gate metric-based rather than a timer, with a minimum of 12 hours so we cover an evening burst; the payments lead and I co-sign every promotion. ' +
      'The kill switch is remote config, roughly two minutes to take effect, and the on-call engineer is authorised to pull it at 2 a.m. without a phone tree. ' +
      'I would be careful not to read uplift off the canary population; it is self-selected and tiny. Whether the new SDK improves conversion is a question for an A/B test afterwards.',
  },
  {
    id: 'p024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Q: Who decides?',
      'A: Me, as the PM for search. Infra owns the deploy button, I own when it moves and when it stops.',
      'Q: Which users first?',
      'A: Internal staff, then the beta programme, then a low-stakes slice of regular traffic, with enterprise search customers at the very end.',
      'Q: What would make you stop?',
      'A: Numbers I write down beforehand: error rate above control by half a percent, p99 search latency over control by 120 ms (the slowness hides in the tail so I look at p99, not the mean), and click-through to result dropping three percent versus the baseline.',
      'Q: How fast?',
      "A: Five stages, 1-5-25-50-100, no stage shorter than six hours and the 25 % stage a full day. Each promotion needs my sign-off and the search tech lead's.",
      'Q: If it goes wrong at night?',
      "A: On-call reverts the routing rule, about four minutes, without needing anyone's permission.",
      'Q: Does a clean canary mean the new index is better?',
      'A: No, it means it is safe. Better is an A/B test later.',
    ].join('\n'),
  },
  {
    id: 'p025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'ok so bigger model for the support assistant. i own the rollout calls, ml eng owns serving. ' +
      'order: support staff using it internally → beta customers who opted in → normal users → our biggest enterprise accounts last. ' +
      'stop lines agreed up front: errors >0.5% over control, p95 latency +400ms (bigger model, it will be slower, so i watch it), resolution rate -2% vs baseline. ' +
      'plus model stuff: hallucination rate from our eval set must not go over 3%, thumbs down not up more than 1 point, cost per conversation in tokens max +30%. ' +
      'stages 1/5/25/50/100, each gate opens only when metrics are green and have volume, min 12h, me + ml lead sign. ' +
      'rollback = switch the model id in config, <5 min, on-call can do it anytime. ' +
      'and to be clear the canary just says its safe, if we want to say its better we run an a/b test after.',
  },
  {
    id: 'p026',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'For the new prompt I am the one accountable for the launch decision. The prompt engineers change text, the platform does routing, but the criteria to go on or to go back, this is my responsibility.',
      'First our employees use it, then the customers in early access, then normal customers. Careful: the German locale I would treat separately and late, together with the big accounts, because friendlier tone is not translating the same.',
      'Thresholds, decided before we start and written in the ticket:',
      '* thumbs-down rate not more than 1.5 points above control, per locale, not only global',
      '* hallucinations in the offline evaluation harness under 2 %',
      '* p95 latency not worse than 200 ms, errors not more than 0.3 % over control',
      '* tokens per answer not above 20 % more',
      '* ticket deflection not down more than 2 % against baseline',
      'Steps are 1 %, 5 %, 20 %, 50 %, 100 %. We stay on each step minimum one day, because feedback is slow to come. Go to next step only with sign-off from me and the ML lead.',
      'Rollback is to switch back the prompt version in config, it takes one or two minutes, and the on-call person is allowed to do it also in the night.',
      'This canary says only if the prompt is not harmful. If it is better, we must test with randomised A/B after.',
    ].join('\n'),
  },
  {
    id: 'p027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'The recommendation model is mine to release, meaning I set the gates and I am the one who says advance or abort; the ML platform team operates it. ' +
      'I would expose it to colleagues first, then to our opted-in preview group, then to a broad low-risk audience, and only at the end to new signups and to high-spending customers. ' +
      'Since the known failure is a lunch peak in one region, every gate needs to span at least one full day in every region before it can open, and the gates are metric-driven, not clock-driven. Percentages: one, five, twenty-five, fifty, all. ' +
      'What triggers a reversal is fixed in advance: serving errors more than four tenths of a percent above control, p95 inference latency beyond 250 milliseconds over control, add-to-cart from recommendations falling more than two percent under the baseline group, offline eval hallucination (wrong-item) rate over two percent, negative feedback on recommendations up by more than a point, or tokens and compute cost per request more than a quarter higher. ' +
      'The engineering manager and I both approve each step. ' +
      'Reversal is a config change back to the old model that lands in about three minutes, and on-call may do it at any hour on their own authority. ' +
      'A good canary result only says the model does no harm; to claim it recommends better we would run a randomised A/B test afterwards.',
  },
];
