import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-ninth fresh set, author a: middling (bm008–bm010), weak (bm011–bm012), salad (bm013–bm014),
 * negated (bm015–bm016), misconception-led (bm017–bm018) and off-topic (bm019–bm020) answers,
 * written blind, labelled by hand.
 */
export const FIFTY_NINTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: every threshold phrased as "at most" or "at least"
  {
    id: 'bm008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'I would give the single-page checkout to returning customers before anyone else and keep first-time buyers for the very end, since the lab only tested returning customers and a first order is the one we can least afford to lose. Staff go ahead of both.',
      '',
      'The limits, written down before we start and measured against customers on the old checkout: checkout completion at least 98 % of control for returning customers and at least 99 % for first-time buyers; payment errors at most 0.5 % above control; p99 page load at most 300 ms above control.',
      '',
      'Stages are 5 %, 20 %, 50 % and 100 %. We hold each for at least three days and only move on if every limit held for the whole hold. First-time buyers only come in at the 50 % stage, and the spring campaign waits until they have had their three days.',
      '',
      'If a limit breaks, we stop and go back to the old checkout.',
    ].join('\n'),
  },
  // support-model-upgrade: a PM at a pet-insurance claims assistant
  {
    id: 'bm009',
    scenario: 'model',
    class: 'middling',
    points: points('P R M'),
    text: [
      'At the pet-insurance claims assistant I look after, we swapped models last year, so some of this is scar tissue.',
      '',
      'Split of work: engineering picks the routing and runs the switch; I decide how far the new model goes and when it stops. That worked for us and I would keep it.',
      '',
      'What I would watch on a bigger model is more than errors. I would have the eval harness grade a slice of live conversations for hallucinated answers, track thumbs-down from users, and watch cost per conversation, which finance has already asked about and which the longer context window will push up. p95 latency too, because bigger models are slower in the tail.',
      '',
      "Rollback is on-call's call. Whoever is on call can flip back to the current model at any time of day without asking anyone, and it is a config switch that takes a couple of minutes.",
      '',
      'I would start it on a small share of traffic and widen it over a couple of weeks as things look fine.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: one sentence on a metric the candidate deliberately does not gate on, and why
  {
    id: 'bm010',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'The worry with a service that is only restarted on deploys is slow decay, so the plan is built around time.',
      '',
      'Stages: 1 %, 10 %, 50 %, 100 %. Each stage runs for at least 36 hours without a restart before it may advance, long enough to see memory creep over a full day and into a second peak. The Thursday target moves if it has to.',
      '',
      'Thresholds, set before we start and measured against the old resizer: resize error rate no more than 0.2 % above control; p99 resize time no more than 150 ms above control; memory per instance no more than 10 % higher at hour 24 than at hour 1.',
      '',
      'The engineering lead and I sign off each advance together after reading the 24-hour memory graph.',
      '',
      "I am not gating on the new photo format's share of uploads: sellers adopt it slowly and it says nothing about whether the service holds up.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: narrated live in the present tense (invented voice)
  {
    id: 'bm011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Okay, so the new prompt is going out. We are turning it on for a few people and seeing how it feels. The team is keeping an eye on the numbers, and I am reading some of the drafts myself, because tone is a bit of a gut thing. German is on my mind, since it is a different culture, so we are being careful there. If people seem unhappy we are pulling it back. If things look fine we are letting more people have it over the next little while, and then everyone. I am also checking in with engineering now and then to make sure nothing is broken.',
    ].join('\n'),
  },
  // pricing-page-healthy: a hedged academic register (invented voice)
  {
    id: 'bm012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'One might argue that a change confined to the pricing page carries comparatively little risk, and it would seem reasonable to proceed with a degree of caution proportionate to that. The release could perhaps be exposed to a modest share of visitors in the first instance, with that share enlarged as confidence accumulates. Attention would presumably be paid to the usual indicators and, should anything appear amiss, the change could be withdrawn. It may also be prudent to coordinate with marketing, given the campaign on Friday, although the precise arrangements would be a matter for the teams involved.',
    ].join('\n'),
  },
  // search-tail-latency: sections headed by the metric they protect
  {
    id: 'bm013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'p99 latency',
      'p99, p99.9, 200 ms, 400 ms, filters, rare queries, tail, control, baseline.',
      '',
      'Error rate',
      '0.5 %, 1 %, errors vs control, timeouts, index layout, thresholds, pre-committed, numbers.',
      '',
      'Licence renewals',
      'Libraries, universities, free tier, staff, beta, segments, order, internal first, institutions last.',
      '',
      'Exposure share',
      '1 %, 5 %, 25 %, 50 %, 100 %, holds, gates, 24 h, 48 h, sign-off, PM, eng lead, go/no-go.',
      '',
      'Time to rollback',
      'On-call, any hour, flag, routing, under five minutes, no approval, authority.',
      '',
      'Hosting cost',
      'Canary, A/B, randomised, safe vs better, lift, PM owns decisions, engineering owns routing.',
    ].join('\n'),
  },
  // quiet-feedback-trap: every threshold phrased as "at most" or "at least"
  {
    id: 'bm014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Cheaper summariser, canary: at most 0.4 %, at least 48 hours, p95 at most 1.5 s, at least 2,000 graded, eval harness 1 in 200, at least 1 in 20, hallucination rate, thumbs-down, edits, at least four clinics, token cost at most 15 %, in-house vets, design partners, multi-site last, 5 % / 25 % / 50 % / 100 %, gates, holds, sign-off ML lead and PM, on-call rollback at most five minutes, flag, no approval, safety not improvement, randomised A/B, PM owns order and limits, engineering owns routing. At least. At most.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a Saint Helenian English register, written
  {
    id: 'bm015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I don't think we is need all the ceremony for a recommendation model. It only change which baskets people see on the home screen, nothing wot take money.",
      '',
      "I wouldn't bother for pick which customers go first. Staff first, beta people, the big customers last, all that ent worth it for a home screen.",
      '',
      "I wouldn't write down rollback numbers beforehand either. Nobody know wot is normal for a new model, so fixing 0.5 % or 200 ms ahead is jus guessing.",
      '',
      'No stages with holds, and no sign-off at each step. That only slow the team down.',
      '',
      "And I wouldn't watch no special model numbers like eval scores, thumbs or cost per request. The feature stores is engineering's business, not mine.",
      '',
      'Who roll back and how quick, I ent planning that neither.',
    ].join('\n'),
  },
  // after-the-sale-healthy: cohorts described by the language users write in
  {
    id: 'bm016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "This is a cosmetic change and I wouldn't dress it up as a careful canary.",
      '',
      "I wouldn't sequence it by language either. Someone might say: start with our German-reading colleagues, then the English-reading beta group, then French, Dutch and Italian shoppers, and keep the Spanish and Polish shops for last because they convert best. I don't see the point of that for moving reviews up a page.",
      '',
      "Nor would I fix rollback limits in advance, whether as conversion bands against a control or against anything else. I'm not planning stages with a hold at each one, nobody needs to sign anything off, and I won't set up rules about who can roll it back or how fast.",
      '',
      "I also wouldn't treat it as something to prove. It isn't an experiment and it isn't a safety test; it's reviews above the fold.",
      '',
      'Leadership wants it this week, so it goes out to everyone at once.',
    ].join('\n'),
  },
  // support-model-upgrade: a PM at a pet-insurance claims assistant
  {
    id: 'bm017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S R'),
    text: [
      "I will say up front where I have landed from running the claims assistant at a pet insurer: once a model has passed offline evals, the live canary is an infrastructure check, and errors and latency are all it needs to watch. The three-point eval gain already tells us the answers are good, so I would not spend canary time on hallucination grading, thumbs-down or cost per conversation; finance can have the cost from next month's invoice.",
      '',
      'Division of labour: engineering owns the routing and the deploy; I own the order, the limits, the holds and the go.',
      '',
      'Order: our own HR and payroll staff first, then opted-in beta customers, then small employers, with large employers last, because a wrong answer during their payroll run hurts most.',
      '',
      'Limits, fixed before traffic moves: error rate no more than 0.5 % above control, p99 latency no more than 400 ms above control. Nothing else.',
      '',
      'Stages: 1 %, 10 %, 50 %, 100 %, each held 24 hours and advanced only if both limits held. The engineering lead and I sign off each step.',
      '',
      'On-call may switch back to the old model at any hour without asking; it is a config flag that takes under five minutes.',
    ].join('\n'),
  },
  // booking-purchases-lag: one sentence on a metric the candidate deliberately does not gate on, and why
  {
    id: 'bm018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'The canary is where we find out whether the new date picker and the shorter form are better, so I would treat it as our A/B test and save running a separate one.',
      '',
      'Staff go first for a day to catch obvious breakage, then guests in the opted-in beta, then everyone else, with guests who have an open booking enquiry last, because they are closest to paying.',
      '',
      'Stages: 10 %, 25 %, 50 %, 100 %. Each holds 48 hours, because guests talk it over at home and a lost booking shows up hours after the visit; no stage advances before the bookings from its first day have had time to land.',
      '',
      'The number that decides it is booking conversion in the canary against the control. If the canary books more, the new page has proven itself better and goes to 100 %; if it books less, we roll back.',
      '',
      'The product director signs off each advance after reading that comparison.',
      '',
      'I am deliberately not gating on time on the booking page: a shorter form should cut it, so a drop would be the design working, not a warning.',
    ].join('\n'),
  },
  // checkout-first-order: every threshold phrased as "at most" or "at least"
  {
    id: 'bm019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'For the spring campaign, the launch plan is mostly about reach and budget. Email goes to the full list of 300,000 customers on the Monday, with at least two subject lines tried on a small send first. Paid social starts the same day, with at most 40 % of the budget in the first week so we can shift spend to whichever channel brings first orders. We want at least 12,000 first orders over the campaign and at most a 15 % discount on the hero products, so margins hold. The garden-furniture range leads the creative because it photographs well; seeds and tools go in the second wave. Influencers get samples at least ten days before launch day, and customer service needs at least two extra people on the phones in the first week. I would review the numbers with Growth every Friday and move budget accordingly.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a short magazine-style article with a headline and standfirst (invented voice)
  {
    id: 'bm020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Building the clinical-content team: who we hire next',
      '',
      'Three hires this year, in this order, and why.',
      '',
      "The first is a veterinary nurse with writing experience, part-time to begin with, who will review the examples in our style guide and answer the support team's clinical questions. Clinics trust us more when someone on our side has worked in a consulting room.",
      '',
      'The second is a data analyst who can turn usage logs into something the sales team can show a practice owner: which clinics use the tool every day and which have drifted away. We have the data but nobody whose job it is.',
      '',
      'The third is a customer-success manager for multi-site practices, which are a small share of accounts but most of the revenue, and which currently get the same onboarding as a single-vet clinic.',
      '',
      'We will advertise the nurse role through the veterinary nursing associations, the analyst role on the usual boards and the success role through referrals. Interviews include a short paid exercise. The budget allows all three by the autumn if the first two start before summer.',
    ].join('\n'),
  },
];
