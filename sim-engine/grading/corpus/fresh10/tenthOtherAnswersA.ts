import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Tenth held-out batch, author A: middling (u008–u010), weak (u011–u012), salad (u013–u014),
 * negated (u015–u016), misconception-led (u017–u018) and off-topic (u019–u020) answers,
 * written blind to the grader and labelled by hand (judgement calls in LABEL-NOTES-a.md).
 */
export const TENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // image-resizer-memory-leak: middling, bullets; order, numbers, long holds, rollback path.
    id: 'u008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H R'),
    text: [
      'Image resizer rewrite:',
      '* Staff listings first, then the beta sellers, then hobby sellers, then the main seller base,',
      '  brands at the end.',
      '* Kill criteria set up front: resize errors > 0.5 % over the old service, p99 image load',
      '  > 200 ms slower, listing-page views to contact/purchase down > 2 % vs sellers on the old path.',
      "* Since the service only restarts on deploys, a leak wouldn't show in the first hour. So each",
      '  step (2 %, 10 %, 25 %, 50 %, 100 %) runs a full 24h before the next, and we watch memory',
      '  and latency creeping, not just a snapshot.',
      '* If something trips, on-call reroutes image traffic to the old resizer, any time of day;',
      '  that is a load-balancer rule, a few minutes at most.',
      "* Thursday isn't happening if the 25 % day isn't clean.",
    ].join('\n'),
  },
  {
    // lunch-peak-recommendations: middling, prose; ownership, order and model signals, no numbers.
    id: 'u009',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text:
      "I'd start by separating roles: the ML engineers own the serving and the traffic split, and I " +
      'own the product decisions around it, mainly who is exposed in what order and what we consider ' +
      'a failure. For exposure I would go internal staff, then the preview users, then the European ' +
      'customers, because the team is awake when they shop, and only then Asia, with Plus members in ' +
      'both regions last. For signals I would not rely on error rates. A recommendation model gets ' +
      'worse quietly, so I want the offline eval suite scoring a sample of live baskets, the rate at ' +
      'which people dismiss or swipe away the recommended basket, p95 latency of the home screen, and ' +
      'the compute and feature-store reads per request, since the stores were sized for the old model. ' +
      'We would set limits on those with the data science team, and then roll forward gradually as ' +
      'long as things look healthy.',
  },
  {
    // search-tail-latency: middling, terse spoken; numbers, holds, sign-off, rollback, random slice.
    id: 'u010',
    scenario: 'service',
    class: 'middling',
    points: points('T H S R'),
    text: [
      "Right. New index. I'd send a random five percent of queries to it, every user type mixed in.",
      "Limits before we start: p99 no more than 150 milliseconds over the old index, and I'd look at",
      'p99.9 too, because the median already looks fine, that is not where this breaks. Errors not up',
      'more than half a percent. Searches that end in a paper being opened, no more than two percent',
      'down against the old index. Then five, twenty, fifty, a hundred, with two days at each so the',
      'odd filter-heavy queries actually show up. The search lead signs off each step, me too. Rollback',
      "is the on-call's call, day or night, and it's a config switch back to the old index, minutes.",
    ].join(' '),
  },
  {
    // support-model-upgrade: weak, generic.
    id: 'u011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "I'd roll the new model out gradually and keep a close eye on how it does. Bigger models are " +
      'usually smarter, so I expect it to go well, but the support team should tell us if customers ' +
      'complain. On cost, I would ask engineering for an estimate and share it with finance. If ' +
      'anything looks off, we can switch back. I would also keep the release notes simple for ' +
      'customers and tell the support team a few days ahead, so they are not surprised when the ' +
      'assistant starts answering a bit differently. After a couple of weeks we should know whether ' +
      'it was worth it.',
  },
  {
    // pricing-page-healthy: weak, short and casual.
    id: 'u012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "Honestly it's a pricing table, the checkout doesn't change. I'd put it live for some people " +
      'early in the week, check nothing is broken on the page, maybe look at sign-ups, and have it ' +
      'at everyone by Thursday so marketing has it for Friday. If the new table confuses people ' +
      "we'd hear it from support pretty fast, and we can always put the old page back. I wouldn't " +
      'make a big process out of a page that is mostly copy and layout, the risk is low and the ' +
      'campaign date is fixed.',
  },
  {
    // storage-migration-under-load: salad as a list of bare nouns and numbers.
    id: 'u013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary plan:',
      '- cohorts / staff / beta / enterprise',
      '- thresholds 0.5 200ms 2%',
      '- ramp 1 5 25 50 100',
      '- holds, gates, sign-off',
      '- rollback on-call config 5 min',
      '- PM ownership',
      '- canary vs A/B',
      '- proxy, warm caches, load, cluster',
      '- p99 / errors / task writes / baseline',
      '- enterprise contracts, free tier',
      '- 24h, weekday peak, decommission end of month',
      '- infra lead + PM, release channel',
    ].join('\n'),
  },
  {
    // quiet-feedback-trap: salad as a run-on string of jargon.
    id: 'u014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Model canary eval harness hallucination thumbs-down p95 token cost per query guardrails ' +
      'pre-committed 1% 5% 25% staff pilot clinics groups last sign-off gate hold metric-based ' +
      'rollback routing config under five minutes on-call 24/7 A/B randomised safe versus better ' +
      'PM owns decisions sample one in two hundred sparse feedback volume significance sequential ' +
      'peeking baseline cohort 2% conversion 0.5% errors, vets ratings rare, grading one in ten, ' +
      'cheaper faster model, summaries per minute few hundred, holds days, gates evidence, go no-go, ' +
      'clinics groups enterprise last, staff first, pilot, p95 300ms.',
  },
  {
    // booking-purchases-lag: negated, first person, dismissing each practice in turn.
    id: 'u015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "I wouldn't overthink this one. I don't see a reason to start with staff or hosts; they don't " +
      "book the way guests do, so I'd skip straight to guests. I also wouldn't fix rollback numbers " +
      'in advance, because nobody knows what a normal afternoon of bookings looks like for a new date ' +
      'picker. No holding at each step either: the team wants 100 % today, and waiting hours between ' +
      "steps just delays that. I wouldn't make anyone sign off the steps, and I don't need an on-call " +
      "rota for rollback; if it's bad we'd fix forward with a new deploy. And no separate A/B test " +
      'afterwards, we will see in the weekly numbers whether it works.',
  },
  {
    // lunch-peak-recommendations: negated, concessive ("the textbook says X, I would not").
    id: 'u016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'The textbook answer is staff first, then early access, then the big customers last. I am not',
      'convinced that applies to a recommender, so in my plan it would not.',
      'The textbook answer is also that you pin down limits like half a percent of errors or 200 ms of',
      'p99 in advance. I would rather not commit to those on a model like this.',
      'People will tell you to watch an eval harness, dismissal rates and cost per request for model',
      'changes. Fine in theory; not something I would spend the team on here.',
      'And the classic line that a canary only shows safety and an A/B test is needed to show it is',
      'better: I do not buy that distinction, so no A/B test.',
      'Nor would I want a 24/7 rollback rota for Singapore lunch hours, or sign-offs on every step.',
    ].join('\n'),
  },
  {
    // after-the-sale-healthy: misconception-led, canary as the experiment that proves it better.
    id: 'u017',
    scenario: 'service',
    class: 'misconception',
    points: points('C'),
    text:
      'Leadership wants it out this week, so the canary is how we prove the change was worth doing. ' +
      'I would expose staff, then the club members, then the casual browsers, then regular shoppers, ' +
      'keeping first-time and pro customers for the end. At 10 % we compare the canary group with ' +
      'last week: if reviews above the fold are working, their conversion should be at least as good ' +
      'as during the sale, and a higher number there is our evidence the new layout sells better. ' +
      'Once the canary shows that lift we can skip a separate A/B test, because the canary already ' +
      'was the experiment, and go to 100 %.',
  },
  {
    // prompt-locale-thumbs-down: misconception-led, thresholds decided while watching.
    id: 'u018',
    scenario: 'model',
    class: 'misconception',
    points: points('M'),
    text: [
      "So I'd put the warmer prompt out to a slice of users and honestly just watch it for the first",
      "few days. I don't think you can know the right thresholds for a tone change in advance, so my",
      'approach is: look at the dashboards, see what normal looks like, and then decide where the lines',
      "are. The things on those dashboards would be thumbs-down per language, the eval harness's",
      'hallucination and formality scores on a sample of drafts, p95 latency and tokens per draft.',
      "If the German numbers look bad to me while I'm watching, I'd tighten things up then and there,",
      "and if they look fine I'd loosen them and speed up. That's more realistic than guessing numbers",
      'on day zero.',
    ].join(' '),
  },
  {
    // staff-cohort-artifact: off-topic, answers a product-design question instead.
    id: 'u019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'For the size guide I would start from returns data: which categories come back most often ' +
      "because of fit, and whether those customers used the existing size chart. I'd run five or six " +
      'interviews with shoppers who returned something last month, sketch two variants of the guide ' +
      '(a table and a "your usual size in brand X" picker), and test them with a clickable prototype. ' +
      'For the larger photos I would check with the studio that we have the resolution for every ' +
      'product, and agree a standard set of angles with merchandising. Success would be fewer ' +
      'fit-related returns over the next quarter.',
  },
  {
    // support-model-upgrade: off-topic, about vendor negotiation and career background.
    id: 'u020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Good question. So, a bit of background: in my last role I managed the vendor relationship for',
      'our chatbot, so the first thing I would do here is sit down with finance and the model vendor.',
      'Larger models are priced per token, and a longer context window means we may be sending much',
      'more history with each question. I would negotiate a committed-use discount, look at whether',
      'shorter conversation histories are acceptable, and build a simple spreadsheet of cost per',
      'conversation by customer plan so finance can see the margin impact. I would also check the',
      "vendor's data-processing terms, since payroll questions contain personal data, and make sure",
      'legal has signed the updated agreement.',
    ].join('\n'),
  },
];
