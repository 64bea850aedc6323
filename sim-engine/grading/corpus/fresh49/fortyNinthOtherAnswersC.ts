import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-ninth fresh set, author c: middling (bc048–bc050), weak (bc051–bc052), salad (bc053–bc054),
 * negated (bc055–bc056), misconception-led (bc057–bc058) and off-topic (bc059–bc060) answers,
 * written blind, labelled by hand.
 */
export const FORTY_NINTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: guard rails and tripwires as the plan's vocabulary
  {
    id: 'bc048',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Guard rails first. The ones I own as PM are the decisions: the limits, and when we go wider. Engineering owns the deploy and the routing of the new model, and I leave that to them.',
      '',
      'The tripwires are written down before any conversation goes to the bigger model. Hallucination rate on the eval harness above 2 % of sampled answers. Cost per conversation more than 25 % above the current model, which is the number Finance will hold us to. p95 latency more than 400 ms worse. Error rate more than 0.5 % above the old model.',
      '',
      "Beyond that I'd keep it simple. We put a slice of traffic on the new model, keep an eye on the tripwires, and widen it when things look fine. If a tripwire goes, we go back to the old model.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts: sentences opening with "Rule:"
  {
    id: 'bc049',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Rule: staff go first, on Android and on iOS, because they order through the app every day and will report a failed payment within minutes.',
      'Rule: after staff come customers who joined the beta programme, then customers in our smaller cities; the big cities go last, since their Friday dinner volume is where a burst of failures costs the most.',
      'Rule: rollback limits are fixed before traffic moves, per platform against control. Payment failures more than 0.3 % above control, p99 payment-call latency more than 300 ms worse, completed orders down more than 1.5 % against the baseline.',
      'Rule: the ramp is 2 %, 10 %, 30 %, 100 %; each stage holds 24 hours and only advances when Android and iOS are both inside the limits.',
      'Rule: no stage advances into a Friday dinner; if a hold runs into Friday, we stay where we are until Saturday.',
      'Rule: wallet payments are read separately from cards, since they are the new path.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a hedging data scientist, with a one-line summary at the end
  {
    id: 'bc050',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      "I'm a data scientist by background, so forgive the hedging, but I think the honest answer starts with volume. A few hundred summaries a minute at peak, sparse vet ratings and an eval harness that grades one summary in two hundred probably mean a small canary can't tell us much quickly.",
      '',
      "So, tentatively: I'd move in stages of 5 %, 20 %, 50 % and 100 %, and hold each one until the eval harness has graded at least 800 of the new model's summaries, which is likely several days at 5 %. The gate at each stage would be a comparison with the old model on the eval harness's hallucination flags, on the vets' thumbs-down ratings and on cost per summary. Latency at p95 too, though I'd expect the cheaper model to win there.",
      '',
      "At each gate the ML lead and I would look at that comparison together, and both of us would sign before it moves on. I'm less sure where exactly to draw the lines; I'd want to study last month's variance before naming numbers.",
      '',
      'In short: stage by stage, gated on quality and cost, with two signatures at each step.',
    ].join('\n'),
  },
  // pricing-page-healthy: a PM at a government tax-filing service
  {
    id: 'bc051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "At the tax-filing service we release things carefully, and I'd bring the same habits here. The pricing page is customer-facing and marketing is counting on it for Friday, so I'd want it to go out gradually rather than all at once.",
      '',
      "We'd keep a close eye on the numbers as it goes out, talk to the engineering team about anything unusual, and be ready to go back to the old page if something looked wrong. Communication is the big thing for me: marketing, support and engineering all need to know what's happening. If it looks good after a while, we'd finish the rollout in time for the campaign.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: Sierra Leonean English register, written
  {
    id: 'bc052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Well, for this one I would say we take it small small. The new prompt is warmer, and that is a good thing, but the German users are different and we must respect them.',
      '',
      'So we would give it to some people first, watch how they feel about it, and listen well well to what they say. If the people are not happy, we go back to the old prompt. If everything is fine, we give it to more people until everybody has it. The engineers know this work well, so I will trust them to guide us on the details.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: remarks numbered like a code review (R1 to R7), as word heaps
  {
    id: 'bc053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'R1: canary, hallucination, Berlin, 0.5 %, sign-off, lunch peak, A/B, staff.',
      'R2: p95, cohorts, rollback, 25 %, randomised, feature stores, PM, tokens.',
      'R3: thresholds, compute cost, 150 ms, on-call, holds, Singapore, baseline, five minutes.',
      'R4: engineering, beta, 1 %, gates, safety, eval harness, 24 hours, routing.',
      'R5: better, ML lead, 50 %, pre-committed, thumbs-down, flag, saturation, 100 %.',
      'R6: ownership, Europe, 2 %, approval, control, any hour, ramp, lift.',
      'R7: LGTM, tripwire, canary, model.',
    ].join('\n'),
  },
  // search-tail-latency: guard-rail and tripwire vocabulary as a word heap
  {
    id: 'bc054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Guard rails. Tripwires. Tail latency, p99, 200 ms, free tier, gates, 0.5 %, institutional licences, sign-off, A/B.',
      'Rollback, holds, cheaper index, 1 %, 5 %, filters, randomised, on-call, safety, thresholds, pre-committed.',
      '25 %, PM, engineering, routing, five minutes, 2 %, baseline, cohort, internal, 50 %, 100 %, control.',
      'Guard rails, tripwires, tail, better, not better.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: colleagues quoted and agreed with
  {
    id: 'bc055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Our tech lead said in planning: \"It's 20 % faster in the benchmarks. We don't need a canary ceremony for a resizer.\" I agree with her, and that shapes how I'd answer.",
      '',
      "She also said: \"Let's not pick which sellers go first; it's all the same service.\" Agreed. I wouldn't order any segments.",
      '',
      'Our SRE said: "Don\'t write rollback thresholds in advance." I agree, so I wouldn\'t fix any limits up front.',
      '',
      'Someone asked about staged holds, and the team\'s answer was: "No holds, Thursday is the date." I wouldn\'t add stages or gates either, nor a sign-off at each step.',
      '',
      "On rollback, our engineering manager's view was: \"We don't need to decide who rolls back.\" I'd go along with that. And I wouldn't bother separating safe from better, or planning an A/B test.",
      '',
      'So the plan is to ship it on Thursday, everywhere.',
    ].join('\n'),
  },
  // support-model-upgrade: sentences opening with "Rule:", each a rejection
  {
    id: 'bc056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Rule: we don't write rollback thresholds before launch.",
      "Rule: no special order of customers; we won't put staff or beta users first or keep the big payroll accounts back.",
      'Rule: no staged holds or gates, since a held stage only delays the longer context window people are waiting for.',
      "Rule: nobody signs off each step, and we won't name a rollback owner in advance either.",
      "Rule: we won't track hallucinations, feedback or cost per conversation as release gates; Finance can have the cost figure at the end of the quarter.",
      "Rule: we won't split is-it-safe from is-it-better, and there's no A/B test planned.",
      "Rule: product and engineering won't divide the decisions between them.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: first person singular throughout, with a one-line summary at the end
  {
    id: 'bc057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H'),
    text: [
      "I'd treat this canary as the experiment that tells us whether the warmer prompt is better. The English team already likes it; the canary is where I prove it to everyone else.",
      '',
      "I'd start with our own staff, then users who opted into the beta, and I'd leave German users for last, because formal address matters to them and tone is where this prompt could go wrong.",
      '',
      "I'd fix the rollback limits before any traffic moves: errors more than 0.5 % above control, or latency more than 200 ms worse. For a prompt change I think errors and latency are enough; if the replies were bad, I'd see it there.",
      '',
      "I'd go 5 %, 25 %, 50 %, 100 %, holding 24 hours at each stage and moving on only when both limits held.",
      '',
      "At the end I'd compare the canary group's reply ratings with everyone else's, and if the canary group rated higher, that's my evidence the warmer tone wins; I'd report the lift to leadership.",
      '',
      'In one line: a staged canary that doubles as my A/B test for the warmer tone.',
    ].join('\n'),
  },
  // booking-purchases-lag: a PM at a government tax-filing service
  {
    id: 'bc058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      "Where I work, on the government's online tax-filing service, nothing goes to 100 % in an afternoon, and I'd push back on that here too.",
      '',
      "I'd start with staff, then guests who signed up for early access, then guests browsing from the markets where we're smallest. Guests returning to change an upcoming booking go last, since a broken date picker on an existing booking is the most expensive mistake.",
      '',
      "Stages would be 1 %, 10 %, 25 %, 50 %, 100 %. Because bookings often come hours after someone first looks, each stage holds at least 24 hours, and we don't move on until that day's bookings have come in. Each move to the next stage is signed by me and the engineering lead.",
      '',
      "As for limits, I wouldn't set them beforehand. I'd rather watch the dashboards during each stage and decide there what counts as a problem; with a lag like this, any number written in advance is a guess.",
      '',
      "And only I can roll back. If something looks wrong, engineering pages me first, I look at it and decide, and then they flip it. At the tax service that's how we keep rollbacks from happening on a hunch.",
    ].join('\n'),
  },
  // after-the-sale-healthy: colleagues quoted and agreed with
  {
    id: 'bc059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Our head of merchandising put it well last season: "The autumn range sells on photos, not on specs." I agree, so the launch of our new tent range starts with a proper photo shoot in the Dolomites, not with the spec sheets.',
      '',
      'Our email lead said: "Don\'t announce on a Monday, people are clearing their inboxes." Agreed; the newsletter goes out on a Thursday with the three hero tents at the top.',
      '',
      'The store managers told us: "Customers want to touch the fabric first." Fair point, so sample tents go to our six biggest partner shops two weeks before the online launch.',
      '',
      'And our finance partner said: "Keep the launch discount small, we just had a sale." I agree with that too: free shipping on tents instead of a percentage off.',
    ].join('\n'),
  },
  // quiet-feedback-trap: remarks numbered like a code review (R1 to R5)
  {
    id: 'bc060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'R1. The summaries team is three people and we need five by the end of summer: two machine-learning engineers and one designer who has worked with clinical software.',
      '',
      'R2. Interviews should include a take-home task based on anonymised visit notes, capped at three hours, paid.',
      '',
      'R3. Nit: the job advert talks about "rockstars". Remove it; the vets we talked to found it off-putting.',
      '',
      'R4. Every candidate spends half a day at a partner clinic during onboarding, so they see how vets actually write notes between appointments.',
      '',
      'R5. Budget is approved for two hires this quarter; the third waits for the next funding round.',
    ].join('\n'),
  },
];
