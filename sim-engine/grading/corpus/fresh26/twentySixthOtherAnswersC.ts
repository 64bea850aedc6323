import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-sixth fresh set, author c: middling, weak, salad, negated, misconception-led and
 * off-topic answers (af048–af060), written blind and labelled by hand before any grading.
 */
export const TWENTY_SIXTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'af048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text:
      "I'd start with staff, then customers who've opted into our beta, since both are " +
      'forgiving. First-time buyers go last on purpose: the lab only tested returning ' +
      "customers, and auto-filled addresses and cards don't exist for someone without an " +
      "account, so that's where a single page is most likely to hurt. Before launch we agree " +
      'the lines: first-order conversion more than 2 % below the old checkout, payment errors ' +
      'up more than half a point, p99 page load 200 ms slower. Then 1 %, 5 %, 25 %, 50 %, 100 ' +
      '%, waiting two days at each stage and a full week at 25 %, so first orders have real ' +
      'volume before the spring campaign.',
  },
  {
    id: 'af049',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text:
      "The engineers will handle switching the model and the traffic split. What's mine is " +
      'deciding what "worse" means for a payroll assistant, because error rates won\'t tell us. ' +
      "I'd want the eval harness running on real payslip and leave questions to catch made-up " +
      'figures, the thumbs-down rate and hand-offs to a human agent, p95 response time, since a ' +
      'bigger model is slower, and cost per conversation, because finance is already asking. ' +
      "And I'd be clear with leadership that a three-point eval gain plus a clean canary don't " +
      "show it's a better assistant; the canary only tells us it's safe to run. To say it's " +
      "better we'd need a proper randomised A/B test once it's out.",
  },
  {
    id: 'af050',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text:
      'Thursday is too soon. The service only restarts on deploys, so whatever goes wrong with ' +
      "a rewrite like this can take a day to show, and a benchmark that's 20 % faster on a " +
      "fresh process says nothing about hour twenty. So I'd move traffic in steps, 1 %, 10 %, " +
      '25 %, 50 %, 100 %, and hold each one for at least 36 hours without a restart, moving on ' +
      "only when the memory graph has gone flat and latency looks like the old resizer's. The " +
      "resizer's tech lead and I each sign off in the release thread before every increase. The " +
      'on-call engineer can send all traffic back to the old resizer at any time by changing ' +
      "the load-balancer weights, which takes about two minutes, and doesn't need to ask anyone " +
      'first.',
  },
  {
    id: 'af051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      "Since nothing in the backend changes, I don't think this needs much ceremony. I'd put " +
      'the new pricing page live for a small share of visitors early in the week, keep an eye ' +
      "on the numbers, and if nothing looks strange we'd open it to everyone before marketing's " +
      'campaign goes out on Friday. If something did look off, we could always switch back to ' +
      "the old table. Marketing knows the page better than I do, so I'd let them choose the " +
      'wording and just make sure it loads properly on phones. A pricing page is low risk ' +
      'compared with anything that touches payments.',
  },
  {
    id: 'af052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text:
      "I'd get a couple of people on the team who speak German to read through some outputs, " +
      'fix anything that sounds off, and then turn the new prompt on for some users. Prompts ' +
      "are cheap to change, so if people don't like it we just edit it again. We could also ask " +
      "a few German customers what they think of the tone. I wouldn't over-plan it; prompts are " +
      'the kind of thing you tune in production, and the main thing is to move fast and learn.',
  },
  {
    id: 'af053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text:
      'Canary, index layout, tail latency, p99, p99.9, free tier, institutional licences, ' +
      'filters, rare queries, 1 %, 5 %, 25 %, 200 ms, 0.5 %, rollback, routing, config, ' +
      'on-call, sign-off, gates, holds, cohorts, internal, beta, A/B, safe, better, cheaper ' +
      'hosting, median faster, benchmark, thresholds, baseline, control, dashboards, SRE, PM, ' +
      '24/7, five minutes, metric-based, time-based, segments, high-value last, new customers, ' +
      'warm up, error budget, p50 vs p99, index size, hosting bill, cost per query, shadow ' +
      'traffic, comparison, significance, week, Friday, institutions first or last, free users, ' +
      'librarians.',
  },
  {
    id: 'af054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text:
      'Summariser canary: cheaper model, faster model, vets, clinics, visit notes, eval harness ' +
      '1 in 200, hallucination, thumbs-down, sparse ratings, p95, tokens per summary, cost, 2 % ' +
      '/ 5 % / 25 % / 100 %, holds, gates, sign-off, rollback, gateway, five minutes, on-call, ' +
      'PM vs engineering, early-access clinics, multi-site last, thresholds, control, baseline, ' +
      'A/B, safe not better, sample size, few hundred a minute, sampling 1 in 10?, rated ' +
      'summaries, edits, drug names, doses, cost per clinic, rollback switch, week one, week ' +
      'two.',
  },
  {
    id: 'af055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text:
      "Honestly, I'd skip most of the textbook process here. I wouldn't start with staff, since " +
      "they browse all day and never buy, and I'm not going to rank customer segments either. I " +
      "also wouldn't write rollback thresholds down in advance: nobody knows what a size guide " +
      'does to conversion, so any number I picked today would be made up. No staged ramp with ' +
      "holds at every step and no sign-off meetings; it's a product page, not a payments " +
      "change. I don't see who would need rollback rights at night for bigger photos, and I " +
      "don't see the need for an A/B test afterwards either.",
  },
  {
    id: 'af056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text:
      "I'd push back on a lot of what usually goes into these plans. I wouldn't gate this on an " +
      "eval harness or on user feedback; recommendations aren't a chatbot, nobody hallucinates " +
      "a basket. I wouldn't hold each stage through the Singapore lunch peak either. The team " +
      "is in Berlin, and waiting for a peak that happens while we're asleep just slows us down. " +
      "I wouldn't cap compute cost per request, and I don't want a list of rollback numbers " +
      'agreed beforehand or a named person who can roll back at night. Nor would I call it a ' +
      'safety check and then run an A/B test on top; two weeks of testing for a ranking model ' +
      'is overkill.',
  },
  {
    id: 'af057',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text:
      'As PM I own the rollout plan and the call on whether it works; engineering owns the flag ' +
      'and the deploy. The point of this canary is to prove that moving reviews above the fold ' +
      'sells more, so the canary group is our test group: we compare its purchases with ' +
      "everyone else's, and if it converts better, that's our answer and we go to everyone. " +
      'Stages would be 5 %, 25 %, 50 %, 100 %, holding each for a full day and not moving up ' +
      "until that day's numbers are steady. I don't want to fix rollback thresholds up front " +
      'this week, because the sale only just ended and nobody knows what normal looks like; ' +
      "we'll watch the dashboards and decide what's too low once we see it. If we do pull it, " +
      'the on-call developer can turn the flag off at any time without waiting for approval, ' +
      "and it's instant.",
  },
  {
    id: 'af058',
    scenario: 'model',
    class: 'misconception',
    points: points('T S R'),
    text:
      "A model is a dependency like any other, so I'd watch it the way we watch a service: " +
      "errors and latency. If it answers without failing and in time, it's doing its job. The " +
      "offline evals already covered quality, so I don't see a reason to add eval or feedback " +
      'metrics in production. We write the limits down before launch: error rate more than 0.5 ' +
      '% above the old model, or p99 latency more than 400 ms worse, and we roll back. Our ' +
      'biggest enterprise payroll customers get it first, because they have the most ' +
      'conversations and we get volume fastest. The eng lead and I sign off together before ' +
      'each increase in traffic, and the on-call engineer can flip the gateway back to the old ' +
      'model at any hour, without asking, in about two minutes.',
  },
  {
    id: 'af059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text:
      'The big question for me is whether the new date picker fits how people actually book ' +
      'holiday homes. Guests rarely decide alone: they look at a few homes, talk it over at ' +
      "dinner and come back later. So I'd want the picker to show flexible dates and the price " +
      'across a whole week, and to remember the dates when someone comes back on another ' +
      "device, not just in the same browser. I'd run five or six remote interviews with couples " +
      'and families planning a summer trip, watch them use a prototype, and check the shorter ' +
      'form still asks for the number of guests and pets up front, because hosts get annoyed ' +
      "when that's missing. Then I'd work with design on the empty states and the mobile " +
      'layout.',
  },
  {
    id: 'af060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text:
      "German is where this goes wrong, so it's really a localisation question. Du versus Sie " +
      'isn\'t a style preference: writing "du" to a client you\'ve never met reads as rude, and a ' +
      "warmer English prompt pushes the model towards exactly that. I'd have the German prompt " +
      'written by a native speaker rather than translated, keep formal address as the default ' +
      'and only switch to "du" when the user\'s own draft uses it, and put together a short ' +
      'style guide with examples for greetings and sign-offs, "Liebe Grüße" against "Mit ' +
      'freundlichen Grüßen". Longer term, French and Spanish will need the same treatment ' +
      'before we launch them.',
  },
];
