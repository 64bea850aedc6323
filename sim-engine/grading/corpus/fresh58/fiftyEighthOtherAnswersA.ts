import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fifty-eighth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers (bl008–bl020), written blind and labelled by hand. */
export const FIFTY_EIGHTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak: every threshold phrased as "no more than" or "no less than"
  {
    id: 'bl008',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "The new resizer is faster in benchmarks, but it is only restarted on deploys, so I'd want to see it run for a full day before trusting it.",
      '',
      'Limits we agree before it takes any traffic:',
      '- error rate no more than 0.5 % above the old service',
      '- p99 resize latency no more than 100 ms above the old service',
      '- memory per instance no more than 20 % above its level one hour after start',
      '- listing-page load time no more than 300 ms above control',
      '',
      "We go 5 %, 25 %, 50 %, 100 %. Each step holds no less than 30 hours, so every instance lives through a full day without a restart, and we only move on if all four limits held the whole time. Thursday is not a deadline I'd keep if the memory curve is still climbing.",
      '',
      'If any limit is crossed, the on-call engineer sends the traffic back to the old resizer straight away, without waiting for anyone, through the load balancer weights; that takes under five minutes.',
    ].join('\n'),
  },
  // support-model-upgrade: a PM at a pharmacy-refill reminder app
  {
    id: 'bl009',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      "At the pharmacy-refill reminder app where I'm PM, we changed the model behind our reminder chat last year, so this one feels familiar.",
      '',
      "I'd see my job as owning the decisions, meaning who gets the new model, what would make us stop and when we move on, while the ML engineers own serving and the traffic split. I wouldn't want engineering picking business limits, and they wouldn't want me touching routing.",
      '',
      'Beyond errors and latency, I\'d watch the hallucination rate the eval harness finds in sampled conversations, especially long payslip questions, where the bigger context window matters; the thumbs-down and "talk to a person" rates; p95 latency, since a larger model is slower; and cost per conversation, because finance has asked and should get a real number rather than a guess.',
      '',
      "I'd start with a small share of users and grow it as the numbers look fine.",
      '',
      "And I'd be clear with stakeholders that the canary only tells us the model is safe. The three-point offline gain is not something the canary can confirm; if we want to say it answers better, we run a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // search-tail-latency: a sentence on what the candidate would look at a week after reaching 100 %
  {
    id: 'bl010',
    scenario: 'service',
    class: 'middling',
    points: points('C T S'),
    text: [
      'Moving search to a smaller, cheaper index is a good change, but the benchmark missed exactly the queries our institutional customers run.',
      '',
      "I'd open it to our own researchers first, then to free-tier users, who mostly run simple queries and forgive a slow search, and leave institutional licences until last, because their librarians run the long filtered queries we never tested and they are the ones who pay.",
      '',
      'The limits go into the release doc before we start: p99 latency more than 300 ms above the old index, p99.9 more than 1 second above it, zero-result rate up more than 1 point, and error rate more than 0.2 % above control.',
      '',
      "We'd ramp up over a few days, and if it looks bad we'd revert. The search team's lead signs off each widening of the audience, together with me.",
      '',
      "A week after it reaches 100 %, I'd pull the slowest thousand queries of the week and compare them with the same queries on the old index, since the tail is where this change can hide.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a Norfolk Island English register, written
  {
    id: 'bl011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Watawieh yorlye. Out here on Norfolk we're used to doing things slowly, and I'd treat this the same way. I'd put the cheaper model out to a few clinics first and keep an eye on how the summaries look and whether the vets say anything. Since not many vets rate summaries, I'd probably ring a few of them myself now and then. If things seem all right, we'd let more clinics have it over time, and if something looks off we'd pull it back and have a think. The engineers know the model side, so I'd lean on them for what's normal. Cheaper and faster is a good thing for small clinics, so I'm hopeful it'll go well.",
    ].join('\n'),
  },
  // pricing-page-healthy: decision record with Context, Decision and Consequences paragraphs
  {
    id: 'bl012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Context. Marketing launches a campaign on Friday that points at the new pricing page. Only the comparison table changes; the checkout behind it stays the same.',
      '',
      "Decision. We release the new page gradually ahead of Friday and keep an eye on the usual metrics. If anything looks wrong, we'll take a look with engineering and decide what to do.",
      '',
      "Consequences. Because the backend doesn't change, the risk is low, and the team should be comfortable having it out in time for the campaign. We'll learn how people react to the clearer table and can tweak it afterwards.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: fragments separated by slashes, no verbs (invented)
  {
    id: 'bl013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary / prompt v2 / warmer, casual tone / German, formal address, Sie, du',
      'Dogfood, beta, English, German / 1 %, 5 %, 25 %, 50 %, 100 %',
      '0.5 %, +300 ms, +2 points / p95, thumbs-down, eval harness, hallucination, tokens, cost',
      'Holds, gates, 24 h / sign-off, eng lead, PM / rollback, on-call, flag, 5 min',
      'Ownership, decisions, routing / canary, A/B, randomised, better, safe',
      'Locale, formality, feedback / dashboards, alerts, baseline, control, cohort',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: a PM at a pharmacy-refill reminder app
  {
    id: 'bl014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'PM, pharmacy-refill reminder app, payments background.',
      'Payments, SDK, wallets, Android, iOS, Friday dinner peak.',
      'Canary, cohorts, staff, beta, low-value orders, high-value orders.',
      'Payment failure rate, 0.5 %, burst errors, p99, 200 ms, checkout conversion, 2 %, baseline, control.',
      'Ramp 1, 5, 25, 50, 100.',
      'Holds, gates, sign-off, head of payments, PM.',
      'Rollback, on-call, kill switch, three minutes, any hour.',
      'Ownership, decisions, engineering, routing, deploy.',
      'Safety, improvement, A/B, randomised.',
      'Dashboards, alerts, logs, retries, reconciliation.',
    ].join('\n'),
  },
  // staff-cohort-artifact: every threshold phrased as "no more than" or "no less than" (quoted only to be rejected)
  {
    id: 'bl015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "I'd keep this light, because it's larger photos and a size guide, not a payment change.",
      '',
      "I wouldn't bother writing down limits like \"errors no more than 0.5 % above control\" or \"conversion no less than 98 % of baseline\" before we start; with staff browsing all day and hardly ever buying, any number picked in advance would be wrong anyway. I also wouldn't stage it at 1 %, 5 %, 25 % and 50 % with holds at each; for product pages that's ceremony. Nobody needs to sign off each step, and I don't see a need to decide who gets it first: staff or customers, it's the same page. I'd not set up an on-call rollback either. And I wouldn't separate what I own from what engineering owns; the team will work it out together. Running an A/B test afterwards to see whether it's better seems like overkill too.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: cohorts described by time zone (named only to be rejected)
  {
    id: 'bl016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I don't think this needs the full machinery. I wouldn't split cohorts by time zone, with UTC+1 first, then UTC+7, and UTC+8 last, because a model is a model wherever the customer is. I wouldn't fix rollback limits in advance either: no error-rate or p95 ceiling written down before launch, since we can't know what's normal for a new model. I'd skip holds at each stage, I'd skip a named sign-off, and I wouldn't set out who is allowed to roll back. I wouldn't bother with eval scores, feedback or compute cost per request; those are research metrics, not release metrics. Nor would I split what the PM decides from what the ML team decides. And I wouldn't call the canary a safety check and plan a separate A/B test; that doubles the work. We'd turn it on and let the team have a look in the morning.",
    ].join('\n'),
  },
  // support-model-upgrade: decision record with Context, Decision and Consequences paragraphs
  {
    id: 'bl017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T S'),
    text: [
      'Context. The HR and payroll support assistant moves to a bigger model with a longer context window. Offline evals rose three points on short questions, and finance wants a cost per conversation. We need evidence that the upgrade is worth its price.',
      '',
      'Decision. The canary is our experiment: the conversations on the new model are the treatment, the rest are the control, and the canary proves the bigger model is better before we pay for it everywhere. I own that call and the limits; the ML platform team owns the serving and the traffic split. HR staff get it first because they know the payroll rules and will flag wrong answers; then beta customers; large enterprise tenants go last, because a wrong payslip answer costs us most with them. Before traffic moves we fix the stop limits: errors more than 0.5 % above control, p95 latency more than 1 second above control. The head of support and I sign off every widening, and we widen to everyone once resolution rate in the canary beats the control by two points; that lift is the business case finance asked for.',
      '',
      'Consequences. We skip a separate A/B test, which saves two weeks; the canary result doubles as our proof of improvement and goes straight into the finance review.',
    ].join('\n'),
  },
  // booking-purchases-lag: cohorts described by time zone
  {
    id: 'bl018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "Bookings here lag: guests compare homes and book hours later, after talking it over at home. So I'd order the cohorts by time zone and let each one live through its own evening.",
      '',
      "Our own staff in the head office's zone, UTC+0, get the new date picker first, since they will report any oddity in the date store. Then guests browsing from UTC+1, a mid-sized market that books mostly in the evening, then UTC-5, and last UTC+10, where we earn the most per booking and support is thinnest overnight.",
      '',
      "I wouldn't write limits down beforehand. The right numbers only become obvious once you see the real curves, so we'll sit with the booking dashboard during each stage and decide then what counts as too big a drop; whatever looks wrong to the room on the day is the threshold.",
      '',
      "Each zone's stage holds for 36 hours so the delayed bookings come in, and we don't widen until that hold is over and the room is happy. Any on-call engineer can flip the feature flag off for a zone without asking, and the old page is back in about a minute.",
    ].join('\n'),
  },
  // after-the-sale-healthy: a Norfolk Island English register, written
  {
    id: 'bl019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Watawieh yorlye. Before I talk releases, the thing I'd fix first on a team like this is hiring, because that's what I've learnt running a small crew from out here on the island, where flights are few and you can't just pop in somebody new.",
      '',
      "I'd hire a second front-end engineer before the autumn, someone who has worked on a shop with reviews and photo galleries. I'd write the job ad myself with the tech lead, keep it short, and post it on the usual boards and through the team's own contacts. Interviews would be three rounds: a chat about past work, a paid take-home of four hours at most, and a conversation with the designer. I'd want an offer out within three weeks of the first interview, because good people go quickly. The first month would be pairing with the existing engineers, with one small change shipped by the end of the second week. I'd also budget one trip a year to meet the team face to face; from Norfolk that's a long way, but it's worth it.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a sentence on what the candidate would look at a week after reaching 100 %
  {
    id: 'bl020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "I'd treat this as a launch to win more clinics. The message is simple: summaries that are quicker and cheaper, so small practices can afford them. We'd build a landing page with two short clips from vets we already work with, offer a thirty-day free trial, and show up at the two biggest veterinary conferences this year with a booth and a live demo. Sales would get a one-page sheet comparing us with the two competitors clinics mention most, and we'd email our existing clinics a referral offer: a free month for each practice they bring in. Pricing stays per clinic, with a discount for groups of three or more.",
      '',
      "A week after the launch reaches 100 % of our target markets, I'd look at trial sign-ups, trial-to-paid conversion and which conference produced the leads that actually paid.",
    ].join('\n'),
  },
];
