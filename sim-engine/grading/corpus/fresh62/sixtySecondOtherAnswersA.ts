import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-second fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers (bp008–bp020), written blind and labelled by hand before any grading. */
export const SIXTY_SECOND_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load · Vincentian English in writing; first day hour by hour then summarised
  {
    id: 'bp008',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "The load test ran with warm caches, so the first day on the new cluster is where the truth come out. I'd move a random 5 % of page loads to the managed cluster behind the new proxy to start, and here is that first day:",
      '- 7 in the morning: 5 % on, caches cold. Watch page-load times as teams log in.',
      '- 9: the morning rush of teams opening their boards; this the hour that matter.',
      '- 1 in the afternoon: compare error rate and p99 page load with the old database.',
      "- 6 in the evening: quiet; check the proxy's connection counts.",
      '',
      "The limits are written down before that 7 o'clock switch: more than 0.4 % extra task-read errors, more than 300 ms added to p99 page load, or tasks saved per hour falling 2 % below the old cluster's, and we go back.",
      '',
      'After that first day: 25 % for two full working days, then 50 % for two days, then 100 %, each stage held until the numbers sit inside those limits for the whole hold, and the old cluster stays warm until a week after 100 %, decommission date or no.',
      '',
      'If any limit breaks, the on-call engineer turns the proxy back to the old cluster — a routing change, five minutes at most — day or night, without waiting on anybody.',
    ].join('\n'),
  },
  // support-model-upgrade · rooftop-solar PM; plain prose, no numbers
  {
    id: 'bp009',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      "I'd split it like we do at the solar installer where I look after the quote-and-financing app: engineering owns the switch to the bigger model — routing, config, the deploy — and I own who meets it first and what we judge it on.",
      '',
      'Who first: our own payroll and HR people use the assistant before any customer does, since they can tell a wrong leave answer in a second. Then customers who signed up for early access. Big employers, and anyone in the middle of a payroll run, go last; a wrong answer about a payslip in that week is the kind of thing that loses an account.',
      '',
      'What we judge it on, beyond it not breaking: the eval harness on real payslip and leave questions, not only the short ones where it scored three points up; the thumbs-up and thumbs-down in the chat; and the cost per conversation, because Finance asked and a longer context window can get expensive fast.',
      '',
      "I'd keep an eye on all of that and we'd widen when it looks right.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · Vincentian English in writing; cohorts by island and seller type
  {
    id: 'bp010',
    scenario: 'service',
    class: 'middling',
    points: points('C S A'),
    text: [
      'The benchmark say 20 % faster, and the team want it everywhere by Thursday. Before that, I want a proper order.',
      '',
      "First, the listings our own staff keep as test shops — we see every resized photo ourselves. Then sellers who opted in to the new photo format, because they want it and will tell us when it look wrong. Then the ordinary sellers on the mainland. The big sellers — the ones whose listings carry most of the marketplace's sales — go last, along with sellers who just joined, because a broken gallery in their first week is how we lose them.",
      '',
      'Every time we widen from one group to the next, the head of seller operations, Miss Ollivierre, is the one who say yes. Not the team that wrote the service and not the calendar.',
      '',
      "And one thing I'd tell the team straight: the canary won't prove the new service is faster or better for buyers. It only tells us it doesn't break anything. If we want to know it's better, we run a randomised A/B test after it's fully out.",
      '',
      "How long each group stays in, I'd work out with engineering.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Vincentian English in writing; vague
  {
    id: 'bp011',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "Summaries for vet clinics is important work, so I would take it careful. I'd put the cheaper model out to a small set of clinics first and make sure we watching how it go. The team would monitor the metrics and the feedback, and if the vets not happy we would bring back the old model. Once everybody comfortable, we roll it out to the rest. The main thing is good communication with the clinics so nobody get surprised.",
    ].join('\n'),
  },
  // pricing-page-healthy · rooftop-solar PM; casual and vague
  {
    id: 'bp012',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Honestly this is a low-risk one — it's a pricing page and the checkout doesn't change. At the solar installer I work for, we change our quote page all the time and we just keep an eye on it. I'd let it out gradually before Friday's campaign, check the numbers look normal, and make sure marketing and engineering are talking to each other. If something looks off, we fix it quickly. I'd also want the page looking good on phones, since most campaign clicks come from there.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · keyword string with numbers, no clauses; islands and routes thrown in
  {
    id: 'bp013',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Canary, Singapore, feature store, staff, thresholds, 24 hours, p99, islands, early access, 0.3 %, rollback, basket, eval harness, Berlin, sign-off, 1 %, 5 %, routes, 150 ms, gates, on-call, config, baseline, A/B, thumbs-down, 25 %, lunch, randomised, hallucination, ML lead, compute cost, 50 %, any hour, PM, owns, engineering, 2 %, five minutes, redeploy, holds, p95, tokens, control, safe, better, 100 %.',
      'Key canary concepts for the recommendation model: all of them important, all of them covered.',
    ].join('\n'),
  },
  // after-the-sale-healthy · buzzword sentences with floating numbers; routes and islands as buzzwords
  {
    id: 'bp014',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      "In terms of the canary, it's about cohort-first thinking, threshold-first thinking and rollback-first thinking, synergised across routes and islands. Holds and gates and sign-offs, 1, 5, 25, 100, the baseline, the control, last week's sale, 20 % off, Sunday midnight, p99, 0.5 %, 200 ms, conversion. PM ownership meets engineering ownership in a canary-versus-A/B alignment. Rollback readiness: config, minutes, on-call, any hour. Safe, better, randomised. That's the framework end to end, reviews above the fold, gallery lazy-loaded.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Vincentian English in writing; every practice dismissed in turn
  {
    id: 'bp015',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I will be honest, I don't see the need for the usual ceremony on a prompt change. I wouldn't split out who owns what between me and engineering; is one team. I wouldn't bother picking staff or beta users to go first, and I wouldn't put the German users in any special place in the order. I wouldn't write down rollback limits beforehand either, and I wouldn't track thumbs-down rate, eval scores per language or token cost. No stages with holds, and nobody signing off a step. I'm not going to set up an on-call person with a switch to flip it back at night. And I don't think an A/B test afterward is worth the trouble. It's a wording change; it goes out.",
    ].join('\n'),
  },
  // booking-purchases-lag · a colleague's full plan turned down piece by piece
  {
    id: 'bp016',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "My colleague Shanika came to me with a whole canary plan for the date picker, and I turned down every piece of it. She wanted staff and opted-in guests first and our repeat bookers last; I said we won't order the groups at all. She wanted limits on booking errors, p99 and bookings per search fixed before the start; I said we won't be fixing any numbers in advance. She wanted stages of 5 %, 25 % and 50 %, each held overnight because bookings come in hours later; we won't hold anywhere. She wanted the product director to sign off each step, and on-call allowed to switch the flag back at 3 a.m. without asking; neither is in my plan. She even wanted a randomised A/B test afterwards to see if the shorter form books more. Not doing that either. Design reviews were glowing and the service doesn't change, so it goes to 100 % this afternoon.",
    ].join('\n'),
  },
  // support-model-upgrade · Vincentian English in writing; misconception: the canary is the A/B test and proves the model better
  {
    id: 'bp017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S R M'),
    text: [
      'The way I see it, the canary is our A/B test. The small group gets the bigger model, everybody else keep the old one, and at the end the canary cohort tell us whether the new model is better. If their resolution rate come out higher, that is our proof and we go to 100 %.',
      '',
      'Who own what: I decide the cohorts, the limits and the holds; engineering run the routing and the model config.',
      '',
      'Cohorts: our own HR staff first, because they know payslips; then early-access customers who opted in; big employers in their payroll week last, since a bad answer cost them most.',
      '',
      "Limits fixed before we start: errors no more than 0.5 % above the old model, p95 latency no more than 400 ms worse, tickets raised per conversation no more than 3 % above baseline. On the model side, the eval harness factual-error rate must not rise, thumbs-down no more than 2 points up, and cost per conversation inside 25 % of today's.",
      '',
      'Stages 5 %, 25 %, 50 %, each held three days, and the support director sign each one with me. On-call can flip the routing back to the old model at any hour in under five minutes, no permission needed.',
      '',
      'If after the 50 % stage the canary group resolve more questions than the rest, we call the bigger model the winner and roll out. No separate A/B test needed; the canary already did that job.',
    ].join('\n'),
  },
  // search-tail-latency · rooftop-solar PM; misconception: limits set while watching; colleague's objection answered (wrongly) mid-answer
  {
    id: 'bp018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R A'),
    text: [
      "I don't believe in picking rollback numbers in a meeting before we've seen any traffic; you'd be guessing. At the solar-quote app I run, we let the first stage show us what normal looks like and set the limits off the dashboard as we go, and I'd do the same here.",
      '',
      'Ownership: I decide which users go first, how long we hold, and who says go. The search platform team owns the index build, the routing between old and new index, and the deploy.',
      '',
      'Order: our own librarians and staff first, since they run the odd many-filter queries daily and will notice. Then free-tier users who opted into the beta. Institutional licences last: they pay the bills, and their researchers are the ones running the rare, heavy queries.',
      '',
      "Stages: 2 %, 10 %, 30 %, 60 %, 100 %, each held two days. At each one I watch p99 and the error graph with the search lead, and we decide then what counts as too slow; if it looks worse than we're comfortable with, we stop. The head of search signs off every advance.",
      '',
      'A colleague asked, "Shouldn\'t we agree the p99 limit up front?" I said no: until we see the tail with real filters, any number is made up. We\'ll know bad when we see it.',
      '',
      'Rollback: the on-call engineer can route queries back to the old index at any hour, a config switch that takes a couple of minutes, without asking me.',
      '',
      'And the canary only shows the new index is safe; a randomised A/B test afterwards tells us if researchers find papers better with it.',
    ].join('\n'),
  },
  // staff-cohort-artifact · a content-production and staff-training plan for the size guide, week by week
  {
    id: 'bp019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'For the size guide to be worth anything, the content has to be right, so my plan is about that. Week one, the merchandising team measures every garment in the spring range against the fit model and enters the numbers into the product database. Week two, the photographer reshoots the top 200 products at the larger image size, in natural light, with the same model, so customers can compare across pages. Week three, store staff get a short training on the size guide so they can explain it when customers ask in the shop, and customer service gets a script for returns where the size was wrong. I\'d track the return rate for "wrong size" as our success measure over the next quarter and review it with the buying team each month.',
    ].join('\n'),
  },
  // quiet-feedback-trap · Vincentian English in writing; a cost-cutting plan instead of a release plan
  {
    id: 'bp020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "Since the whole point of the change is cost, here is how I'd get the cost per summary down further. First, cache the clinic boilerplate that every note repeats, so we stop paying to send it each time. Second, batch the overnight summaries for clinics that don't need them before next morning. Third, trim the prompt: we send the whole visit history where the last three visits would do. Fourth, renegotiate the volume tier with the model provider once we have three months of usage. I'd report the savings to finance every month in a simple sheet, per clinic, with a target of a third off by the end of the year. Back home in Kingstown we would call that cutting your coat to suit your cloth.",
    ].join('\n'),
  },
];
