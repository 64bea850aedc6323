import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-fifth fresh set, author b — the other classes (cc028–cc040): middling, weak, salad,
 * negated, misconception-led and off-topic, written blind and labelled by hand before any
 * grading (LABEL-NOTES-b.md).
 */
export const SEVENTY_FIFTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // cc028 · quiet-feedback-trap (model) · pump-model PM in prose, holds as a count of readings
  {
    id: 'cc028',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "Out on the lease we don't call a pump healthy off one reading, and I'd treat this cheaper summariser the same way.",
      "Before any clinic sees it, I'd write down the lines against today's model: eval-harness failure rate no more than 2 points worse, vet thumbs-down no more than 3 points worse, p95 latency no more than 300 ms worse, errors no more than 0.5 % worse. Cross one and we pull it.",
      'Stages go 5 %, 25 %, 100 %, and at each one we hold until the harness has graded 250 summaries from the new model (that is my count of pump readings) and at least 100 vets have rated one. With one summary in two hundred graded, that is a good while at 5 %, and that is fine.',
      "I'd also keep an eye on what it costs per summary, since cheaper is the whole reason we're doing it.",
      "Who gets it first I'd leave to the clinic-success team.",
    ].join('\n'),
  },
  // cc029 · checkout-first-order (service) · Texan register in speech
  {
    id: 'cc029',
    scenario: 'service',
    class: 'middling',
    points: points('C A'),
    text: [
      "Well now, this one's got a trap in it. The folks who loved it in the lab were returning customers, and the ones we stand to lose are first-time buyers. So I'd pick who sees it on purpose.",
      'Our own staff shopping first. Then customers who signed up for early access. Then returning customers with saved cards, who it was built for. First-time buyers go last, since they are the ones the spring campaign is paying to bring in, and the ones most likely to trip on a page that assumes a saved address.',
      "And I'd be straight with Growth: the canary tells us the page doesn't break anything. It won't tell us the one-pager converts better. For that we run a proper randomised A/B test afterwards, with first-time buyers in both arms.",
      "We'd watch conversion and errors as it goes out and pull back if it looks bad.",
    ].join('\n'),
  },
  // cc030 · image-resizer-memory-leak (service) · "Doing:"/"Not doing:" lines, cattle-pen gates
  {
    id: 'cc030',
    scenario: 'service',
    class: 'middling',
    points: points('P H R'),
    text: [
      'Doing: engineering owns the new resizer, the deploy and the load-balancer weights; I own how fast it goes and when it stops.',
      'Doing: stages. The first gate at 5 % of image traffic, the chute at 25 %, the big pen at 100 %, and each one holds at least 48 hours with no restart, because the service only restarts on deploys and whatever goes wrong with a rewrite like this can creep up over a day.',
      "Doing: the on-call puts the old resizer back at any hour by setting the new one's load-balancer weight to zero. It takes a couple of minutes, no redeploy, and they don't need my say-so.",
      'Not doing: Thursday as a hard date.',
      'Not doing: trusting the 20 % faster benchmark on its own.',
    ].join('\n'),
  },
  // cc031 · support-model-upgrade (model) · Texan register, vague
  {
    id: 'cc031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Well, I reckon you'd want to go easy with a bigger model. Roll it out to some folks, keep an eye on how it's doing, see what people think of it.",
      "If it isn't working out, y'all can always walk it back. Finance asked about money, and we'd figure that out with them down the road.",
      "I'd lean on the engineers for the particulars; they know that side better than me. Main thing is not to rush it.",
    ].join('\n'),
  },
  // cc032 · pricing-page-healthy (service) · pump-model PM, plain and vague
  {
    id: 'cc032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honestly this is a low-risk one. It's a pricing page and the checkout doesn't change, so I'd put it out ahead of the Friday campaign a little at a time and watch how things go.",
      "Back at my job we'd never push a new pump model everywhere at once, and it's the same idea here. If something looks off we'd slow down or go back.",
      'Marketing will be happy as long as it is live Friday.',
    ].join('\n'),
  },
  // cc033 · lunch-peak-recommendations (model) · keyword fragments, Texan and oil-field words
  {
    id: 'cc033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary. Cohorts: Singapore, Berlin, staff, opt-in, pump age, oil field.',
      'Thresholds 0.5 % 200 ms 2 %. First gate, chute, big pen. Hold, gate, hold.',
      'Sign-off, nod, tailgate call, field superintendent.',
      'Rollback, on-call, old model back, config, five minutes.',
      'Eval harness, hallucination, thumbs-down, p95, tokens, cost.',
      "A/B randomised, better, safe. Feature store, lunch peak, 1 5 25 50 100. Y'all.",
    ].join('\n'),
  },
  // cc034 · search-tail-latency (service) · "Doing:"/"Not doing:" lines filled with keywords only
  {
    id: 'cc034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Doing: p99, p50, tail, filters, index, cheaper, 0.5 %, 200 ms, 2 %.',
      'Doing: internal, early access, institutions, free tier, last, first.',
      'Doing: gates, holds, chute, big pen, two crew rotations, nod, tailgate.',
      'Doing: rollback, on-call, routing, minutes, any hour, no redeploy.',
      'Not doing: A/B, better, safe, randomised.',
    ].join('\n'),
  },
  // cc035 · prompt-locale-thumbs-down (model) · Texan register, every practice turned down
  {
    id: 'cc035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Truth be told, I wouldn't fuss with most of the canary ceremony for a prompt tweak.",
      "I wouldn't send it to our own staff first or to the early-access folks; that's a lot of hoopla for a few sentences of text. I'm not fixin' to write down thresholds ahead of time either, and I wouldn't set up stages with holds or have anybody sign off between them.",
      "I wouldn't split the German users out, and I wouldn't watch thumbs-down, eval scores or token cost on their own. I wouldn't have the on-call switch the old prompt back by themselves, and I don't see the need for an A/B test afterwards.",
      "It's a prompt, not a pipeline.",
    ].join('\n'),
  },
  // cc036 · booking-purchases-lag (service) · "Doing:"/"Not doing:" lines, nearly all "Not doing"
  {
    id: 'cc036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Doing: shipping it this afternoon, like the team wants.',
      'Not doing: an internal-first or opt-in-first cohort order; everybody gets it at once.',
      'Not doing: rollback limits set in advance on errors, latency or bookings.',
      'Not doing: stages, holds or gates. No first gate, no chute, no big pen.',
      'Not doing: a sign-off from me or the product lead on anything.',
      "Not doing: an on-call rollback switch. If it's broke, we fix forward.",
      'Not doing: a randomised A/B test afterwards; the design reviews already told us what we need.',
    ].join('\n'),
  },
  // cc037 · support-model-upgrade (model) · pump-model PM, Texan register; built on "the canary is our A/B test"
  {
    id: 'cc037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R M'),
    text: [
      "The way I see it, the canary is our A/B test. The 5 % who get the bigger model are the test group, everybody else is control, and when the canary's done we'll know whether the new model is better. If the resolution rate is higher in the canary, that's our proof and we take it to 100 %. That's what answers Finance too: better answers, worth the extra cost per conversation.",
      "Order-wise, our own HR staff go first since they know payroll cold, then early-access customers who opted in, and the big enterprise accounts last because they'd be the loudest if it went wrong.",
      'Before we start we agree the lines: errors more than 0.5 % over today, p95 latency more than 300 ms over, resolution rate down 2 points against the old model. Any of those and we shut it in, same as a pump running hot.',
      'We watch the eval-harness score and the thumbs-down rate alongside cost per conversation.',
      'The on-call can put the old model back any time of night with the routing flag, in a few minutes, no need to ring me.',
    ].join('\n'),
  },
  // cc038 · staff-cohort-artifact (service) · "Doing:"/"Not doing:" lines; built on "only the PM may roll back"
  {
    id: 'cc038',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H'),
    text: [
      "Doing: the rollback decision is mine and mine alone. Staff browse all day and never buy, so the numbers at the first gate are going to look busted no matter what, and I don't want an on-call engineer pulling a healthy release at 3 a.m. off that. If anything trips, they page me and wait; nobody puts the old product pages back till I say so.",
      'Doing: staff first, then the shoppers who opted into the preview, then everyone else, with new customers last, since they have no reason to trust our sizing yet.',
      'Doing: the first gate (staff), the chute at 10 %, the big pen at 100 %, holding three days at each.',
      'Doing: lines written before we start, against shoppers still on the old pages: errors 0.5 % over, p99 page load 300 ms over, add-to-cart down 2 %. For the staff gate we judge errors and speed only, not sales.',
      'Not doing: letting anybody else make the rollback call.',
    ].join('\n'),
  },
  // cc039 · lunch-peak-recommendations (model) · pump-model PM, Texan register; a plan for building a model instead
  {
    id: 'cc039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Let me tell y'all how we'd build this kind of model, because I've done it for pumps. Out in the Permian we predict rod-pump failures from dynamometer cards, motor amps and run time.",
      'First thing is labels: every failure ticket from the workover rigs for the last three years, joined to the pump readings in the two weeks before it.',
      'Then features: card shape, fluid level, strokes per minute, pump age, which oil field it sits in. We train a gradient-boosted model, check it on a held-out year, and tune the alert cut-off so the field superintendent is not chasing false alarms every morning. Once a quarter we retrain with the new failures.',
      "For a grocery recommender I'd do the same: clean labels from past baskets, features from the feature store, and keep retraining.",
    ].join('\n'),
  },
  // cc040 · after-the-sale-healthy (service) · "Doing:"/"Not doing:" lines; a product and marketing plan instead
  {
    id: 'cc040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Doing: reviews above the fold on every product page, with the star average and the count next to the price.',
      'Doing: the photo gallery lazy-loads after the first image, so the page paints quicker on phones.',
      'Doing: ask customers for a review seven days after delivery, with a photo upload.',
      "Doing: an email to last week's sale buyers inviting them to review what they bought.",
      'Not doing: paying for reviews or hiding the one-star ones. Folks over yonder can smell that a mile off.',
      'Not doing: another sale this week; leadership wants it quiet.',
    ].join('\n'),
  },
];
