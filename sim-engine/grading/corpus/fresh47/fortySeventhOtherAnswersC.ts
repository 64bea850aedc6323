import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Forty-seventh fresh set, author c: middling (ba048–ba050), weak (ba051–ba052), salad (ba053–ba054), negated (ba055–ba056), misconception-led (ba057–ba058) and off-topic (ba059–ba060) answers, written blind and labelled by hand. */
export const FORTY_SEVENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: a Cameroonian English register, written
  {
    id: 'ba048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H S'),
    text: [
      'For this checkout, I think the danger is with the first-time buyers, so we shall be careful with them.',
      '',
      'As concerns the order: our staff shall first use the one-page checkout for their own orders, then the returning customers who are in the loyalty club, since they know the shop and the lab tested it with people like them. The first-time buyers, we shall put them last, because the spring campaign brings them and they are the ones who can leave easily.',
      '',
      'Before we start, we fix these numbers: checkout errors not more than 0.5 % above the old checkout, and first-order conversion not down more than 2 % compared to the control group. Once they are written, we do not touch them.',
      '',
      'The stages shall be 5 %, 20 %, 50 %, then everybody. At each stage we stay at least two days and look at the numbers before going higher, and the head of the checkout team and myself agree together before every new stage.',
      '',
      'If the numbers are bad, we go back to the old checkout. With this, we should be ready before the campaign starts.',
    ].join('\n'),
  },
  // support-model-upgrade: a table described in prose
  {
    id: 'ba049',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Picture a table with one row per stage, and columns for the share of conversations, how long we stay, and what must be true to move on.',
      'First row: 2 % of conversations, picked at random, held for a day.',
      'Second row: 10 %, held for two days.',
      'Third row: 50 %, held for three days.',
      'Last row: everyone.',
      "The move-on column is the same in every row, and it is agreed before the first row starts: error rate within 0.5 % of the old model, p95 response time no more than 1 second slower, the eval harness's hallucination rate on payslip questions under 2 %, and cost per conversation no more than 40 % above today's, which is the number I'd take to Finance.",
      'One more column says what happens when a row fails: we stop, go back to the current model and look at what went wrong.',
    ].join('\n'),
  },
  // search-tail-latency: units written in full
  {
    id: 'ba050',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      'As product manager I would own the decisions here: the limits for rolling back and when we move forward. The search infrastructure team owns the new index, the deploy and the traffic split.',
      '',
      'The thing to watch is the tail, not the median. The limits, agreed before any query reaches the new layout: 99th-percentile query latency no more than 300 milliseconds above the old index; 99.9th percentile no more than 1 second above it; search errors no more than 0.2 per cent above the old; and the share of searches followed by a paper download not down more than 2 per cent. We would add a set of rare, heavily filtered queries to the monitoring so they are measured at all.',
      '',
      'If any limit is crossed, the on-call search engineer switches traffic back to the old index from the routing config straight away, day or night, without asking me; that takes about 2 minutes, and the old index stays up until we are finished.',
      '',
      'Then we increase the share of traffic step by step until all of it is on the new layout.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a PM at a bank's mobile app
  {
    id: 'ba051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "In my job at the bank we put a new version of the mobile app in front of a small group first, and I'd do the same sort of thing here.",
      'Put the cheaper model on a small share of clinics, keep an eye on how the summaries look and what the vets say, and if it all seems fine, give it to more of them. If something goes wrong we can always go back.',
      "It matters to be careful because these are medical notes, even if they're for animals, so I'd take it slowly and make sure everyone is comfortable before we go all the way.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: one-page memo with a subject line and numbered paragraphs
  {
    id: 'ba052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Subject: Rolling out the new image resizer',
      '',
      '1. The new resizer is 20 % faster in benchmarks, which is good news for listing pages.',
      '',
      '2. We should not put it everywhere at once; a gradual rollout is safer.',
      '',
      '3. We will monitor performance as it goes out and keep the team informed.',
      '',
      '4. If problems appear, we will deal with them quickly.',
      '',
      '5. The aim is to be everywhere by Thursday if all goes well.',
    ].join('\n'),
  },
  // booking-purchases-lag: scrambled fragments pasted from a slide (invented voice)
  {
    id: 'ba053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Booking page, date picker, client-side store, 100 % this afternoon.',
      'Canary, internal, p99, 25, sign-off, random 1 %, enterprise.',
      'Rollback 0.5 % beta cohort, 200 ms hold, eng lead, 5, baseline.',
      'Gates, 2 %, PM ownership, flag, 50, control, high-value, hours.',
      'On-call, routing layer, 1, metric-based, 24/7, conversion, engineering ownership.',
      'A/B randomised, safety, lift, under five minutes, time-based, 100, staff.',
      'Bookings lag, delayed conversions, alignment, stakeholders, dashboards, best practice.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: units written in full, as a stream of noun phrases
  {
    id: 'ba054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Recommendation model, regional feature stores, Singapore lunch, Berlin early morning.',
      'Hallucination, 200 milliseconds, staff, thumbs-down, 5 per cent, p95, sign-off, tokens per request.',
      'Cohorts, compute cost, 25 per cent, beta, gates, 0.5 per cent, eval harness, on-call.',
      'Holds, 48 hours, 2 per cent, baseline, flag, 5 minutes, 50 per cent, rollback.',
      'Product versus engineering, ownership, routing, new customers, 100 per cent.',
      'Canary versus A/B, randomised, safety, better, lift, guardrails, north star, data-driven.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a PM at a bank's mobile app
  {
    id: 'ba055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "At the bank we have a heavy release process for the mobile app, and honestly I wouldn't bring any of it to a prompt change.",
      "I wouldn't split who owns what between me and engineering; whoever is around makes the call. I wouldn't pick staff or German speakers to go first, or hold anyone back for last.",
      "I wouldn't write rollback numbers down in advance, no 0.5 % or 200 ms lines, and I wouldn't stage it at 1, 5, 25 and 50 % with holds in between. Nobody would need to sign off a step.",
      "I wouldn't set up an on-call engineer with the authority to flip it back at night either.",
      "Thumbs-down rates, eval harness scores, p95 and token cost aren't things I'd track for a wording change, and I wouldn't follow it with a randomised A/B test. It's a prompt; we'd ship it.",
    ].join('\n'),
  },
  // pricing-page-healthy: a colon introducing every decision
  {
    id: 'ba056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "How I'd split ownership: I wouldn't. There's no point separating what the PM decides from what engineering does for a page of copy.",
      "Which users go first: I wouldn't choose. No staff first, no beta group, no saving the big accounts for the end.",
      "Rollback limits before Friday: I wouldn't fix any. No error-rate line, no latency line, no conversion floor.",
      "The ramp: there wouldn't be one. I wouldn't go through 1, 5 and 25 % or hold anywhere waiting for a gate.",
      "Who signs each step: nobody, because there wouldn't be steps.",
      "Who can roll back and how fast: I wouldn't arrange it.",
      "A randomised A/B test afterwards: I wouldn't run one either.",
      "So the whole decision: it's a static page and the checkout behind it doesn't change, so I wouldn't run a canary at all.",
    ].join('\n'),
  },
  // after-the-sale-healthy: conditions stated as "unless"
  {
    id: 'ba057',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S R'),
    text: [
      "We won't call this release done unless the canary shows it sells more: the canary is our A/B test, and its job is to prove that reviews above the fold are better than the old page.",
      '',
      'I own that call, together with the order, the limits and the holds; engineering owns the deploy and the flag.',
      '',
      "We won't go past staff unless their sessions look fine for a day. Then the customers who opted into the beta, and our biggest repeat buyers last, because they are worth the most and notice page changes first.",
      '',
      "We won't start unless the limits are written down: product-page errors no more than 0.5 % above the old page and p99 load time no more than 300 ms slower.",
      '',
      "The stages are 5 %, 25 %, 50 % and 100 %. We won't advance unless each has held 24 hours with the limits clean, and we won't go to 100 % unless the canary group's conversion beats the rest by at least 1 %; that is our proof.",
      '',
      'No step goes ahead unless the web lead and I have both signed it.',
      '',
      'The on-call engineer turns the flag off at any hour without asking me; it is instant.',
      '',
      "And we won't need a separate A/B test unless the canary is inconclusive, because the canary already tells us whether the new page is better.",
    ].join('\n'),
  },
  // support-model-upgrade: one-page memo with a subject line and numbered paragraphs
  {
    id: 'ba058',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H R A'),
    text: [
      'Subject: Canary for the new support-assistant model',
      '',
      "1. The model behind the assistant changes; the prompt does not. A model is a service like any other, so error rate and latency tell us all we need to know about it in production. Answer quality was settled by the offline evals, which came out three points up, and cost per conversation is Finance's question, not the canary's.",
      '',
      '2. I own the release decisions: the order, the limits and the holds. The ML platform team owns the deployment and the routing.',
      '',
      '3. Internal HR staff go first, then customers in the beta programme, then small accounts. Large employers go last and are never added during payroll week, because a wrong payslip answer there reaches thousands of employees at once.',
      '',
      '4. The limits are fixed before traffic moves: error rate more than 0.5 % above the old model, or p99 latency more than 500 ms worse. Nothing else is gated.',
      '',
      '5. The stages are 1 %, 10 %, 50 % and 100 %, each held 24 hours; we move on only if both limits stayed clean throughout.',
      '',
      '6. The on-call engineer may switch back to the old model at any hour without asking, through the routing flag, within five minutes.',
      '',
      '7. The canary shows that the model is safe to serve, not that customers get better answers; that is for a randomised A/B test later.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a table described in prose (hiring plan)
  {
    id: 'ba059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "I'd answer this by laying out the hiring plan for the web-shop team as a table, which I'll read out.",
      'First row: a senior front-end engineer, starting in the first quarter, because the product pages are being rebuilt and nobody owns the photo pipeline.',
      'Second row: a content designer for the size guide, part-time at first, moving to full-time if the role proves itself.',
      'Third row: a data analyst shared with merchandising, since stock and order questions come up every day from the store staff.',
      'Last row: a second QA engineer, hired once the first three are in place.',
      'The other columns are budget and interview panel; every panel is the hiring manager, one peer and someone from the business. Offers go out within a week of the final interview.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a Cameroonian English register, written (product launch)
  {
    id: 'ba060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'For the launch of the summariser in the clinics, I shall first of all organise the marketing side.',
      'At the level of communication, we shall prepare a short video showing a vet who finishes her notes in half the time, and we shall send it to the clinics on our mailing list. We shall also take a stand at the national veterinary congress, where the owners of small clinics come every year.',
      'As concerns the price, the cheaper model permits us to reduce the monthly subscription, so we shall announce a launch offer of two months free for new clinics. The sales team shall call the clinics that tried the tool before and did not continue.',
      'After one month, we shall look at how many new clinics signed, and we shall adjust the message accordingly.',
    ].join('\n'),
  },
];
