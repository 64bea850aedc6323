import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-eighth fresh set, author c: middling (bl048–bl050), weak (bl051–bl052), salad (bl053–bl054),
 * negated (bl055–bl056), misconception-led (bl057–bl058) and off-topic (bl059–bl060) answers,
 * written blind, labelled by hand.
 */
export const FIFTY_EIGHTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: cohorts described by how long users have been active
  {
    id: 'bl048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'The single-page checkout should meet our longest-standing customers first. Customers active for three years or more have saved addresses and cards, which is exactly what the usability lab tested, so they go first. Next come customers active for one to three years, then those active for less than a year. First-time buyers, active for no time at all, come last: they have nothing saved, the page was never tested on them, and they are the people the spring campaign brings in.',
      '',
      'Before we start we set the limits: checkout completion no more than 2 % below the three-step checkout in any tenure band, payment errors no more than 0.5 % above it, page load p95 no more than 300 ms slower. A band that trips one goes back to the old checkout.',
      '',
      'The ramp moves band by band, 10 % of the band, then 50 %, then all of it, holding two days at each step and moving on only when every band is inside the limits. First orders are lumpy, so the last band gets a longer hold of four days.',
      '',
      'We want this done before the campaign, so it would start this week.',
    ].join('\n'),
  },
  // support-model-upgrade: holds given in whole weeks or fractions of a week
  {
    id: 'bl049',
    scenario: 'model',
    class: 'middling',
    points: points('P H M'),
    text: [
      'I would split it like this: I choose the hold lengths and the signals we judge the model on; the ML platform people do the switching and the deploy.',
      '',
      'We start at 2 % of conversations for half a week, then 10 % for half a week, then 30 % for a whole week, since payday questions come once a month and we want at least part of that cycle in view, then 60 % for half a week, then everyone. No stage moves on until its numbers have stayed healthy for the whole hold.',
      '',
      'At each of those gates we look at the hallucination rate from the eval harness on a sample of real conversations, the share of thumbs-down on answers, p95 latency, because the bigger model is slower, and cost per conversation, so finance gets its answer from real traffic rather than a guess.',
      '',
      'If something goes wrong we pull it back and look into it.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: a Montserratian English register, written
  {
    id: 'bl050',
    scenario: 'service',
    class: 'middling',
    points: points('T R'),
    text: [
      'We go turn it on for a slice of the listing traffic and let it run. The thing with this resizer is it only restart when we deploy, so whatever it do over a whole day is what matter, not the benchmark.',
      '',
      'The numbers dem fix before we turn it on: resize errors more than 0.3 % above the old service, p99 image time more than 200 ms worse, and memory per instance growing more than 10 % over six hours when the old one stay flat. Any one of dem, it go back.',
      '',
      'Who pull it back is the on-call engineer, any hour, and dem nuh need fi ask me or the team lead. The old service still running beside it, so is just moving the traffic weight back to zero on the load balancer, two or three minutes.',
      '',
      'Thursday is what the team want, and me nuh promise Thursday. We go see how it look after a day or two and then put it everywhere.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a closing sentence on which decision the candidate is least sure of
  {
    id: 'bl051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'I would roll the new prompt out gradually and keep an eye on how users react. Tone is subjective, so we would want people in both languages to be happy with it, and we would listen closely to what they say.',
      'If it seems to be going badly in German we could always adjust the prompt or slow down. The team knows the product well and I would trust them to spot anything odd. Keeping stakeholders informed would matter throughout.',
      'The decision I am least sure of is how quickly to go; I would probably play that by ear.',
    ].join('\n'),
  },
  // pricing-page-healthy: a diary entry written the night before the rollout starts
  {
    id: 'bl052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Wednesday evening. The pricing page goes out before Friday's campaign. It is a table change, so I am not too worried.",
      "The plan, roughly: put it out to some people, watch the numbers for a bit, and if nothing looks strange by Thursday let everyone have it, so marketing's links land on the new page. If something does look strange, we talk to engineering and work it out.",
      'Should be fine. Note to self: check in with marketing tomorrow.',
    ].join('\n'),
  },
  // search-tail-latency: the release told backwards, from the day it reached 100 % to the first request
  {
    id: 'bl053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Backwards from full rollout. 100 %.',
      'Before it: 50 %, sign-off, gate, hold, tech lead.',
      'Before that: 25 %, p99, p99.9, many-filter queries, tail latency, 200 ms, institutional licences last, free tier.',
      'Then: 5 %, internal first, opted-in, cohort, baseline, control.',
      'Then: 1 %, thresholds, 0.5 %, 2 %, pre-committed, error budget.',
      'Then the first request: PM, engineering, owner, on-call, rollback, config flag, five minutes, no approval.',
      'Canary versus A/B, randomised, safety, lift, index layout, hosting cost.',
    ].join('\n'),
  },
  // quiet-feedback-trap: holds given in whole weeks or fractions of a week
  {
    id: 'bl054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Holds: a quarter of a week, half a week, a whole week, two weeks. Ramp 1/5/20/50/100. Eval harness, one in two hundred, sampling rate, hallucination rate, sparse thumbs-down, p95, tokens per summary, cost per summary, compute. Thresholds, pre-committed, 0.5 %, 300 ms, 2 points. Vet advisers, early-access clinics, small clinics, multi-vet practices. PM-owned decisions, engineering routing. Sign-off, ML lead, gate. On-call rollback, model flag, under five minutes, no approval. Safety not improvement, randomised A/B, power, sample size.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a PM at a ride-hail surge-pricing service
  {
    id: 'bl055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'On the surge-pricing team at a ride-hail company we ship fare tweaks every week, and I have stopped believing in most of the canary ceremony, so I would keep this light.',
      '',
      'I would not split ownership between product and engineering; whoever is on the release just runs it. I would not start with employees either, and I am not going to arrange a careful order of segments for a product page with bigger photos. I also would not write rollback numbers down in advance, because every release behaves differently and fixed limits only trip on noise.',
      '',
      'No staged ramp with holds, and no sign-off at each step; that is paperwork. I would not hand anyone a rollback switch to pull on their own, and I would not bother with a randomised A/B test afterwards either.',
    ].join('\n'),
  },
  // support-model-upgrade: cohorts described by how long users have been active
  {
    id: 'bl056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'People will tell you to order cohorts by how long users have been active: staff first, then users active for years, the newest accounts last. I would not do that here; tenure bands would only slow us down.',
      'I would not fix rollback thresholds before the rollout either, and I would not hold at stages waiting for anyone to sign off. I do not think the PM needs to own any of these decisions apart from engineering.',
      'I would not gate on hallucination rate, thumbs-down, p95 latency or cost per conversation; that is a lot of dashboards for one model swap. I am not planning an on-call rollback path beyond whatever exists today, and I do not see a need for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // booking-purchases-lag: a Montserratian English register, written
  {
    id: 'bl057',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H S'),
    text: [
      'Is me as PM who decide the stages, the limits and when we go on; engineering handle the flag and the deploy.',
      '',
      'The limits we write down before we start: booking errors more than 0.5 % above the old page, p99 page load more than 200 ms worse, bookings per search down more than 2 % against the old page, counted a full day after, because guests does book later, after they talk it over at home.',
      '',
      'Stages go 5 %, 25 %, 50 %, 100 %, and each one hold a full day so the late bookings catch up. Me and the front-end lead sign before each step.',
      '',
      'Now the main thing: the canary is we A/B test. The 5 % who get the new date picker against the 95 % who nuh get it; if the canary group book more, that prove the new page better, and we carry that lift to the design team and to leadership as the result. No need for a separate experiment after; the canary done answer it.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: the release told backwards, from the day it reached 100 % to the first request
  {
    id: 'bl058',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H R A'),
    text: [
      'Told from the end: on the day the new recommendation model reached every customer, the two lines on the dashboard that matter had stayed flat the whole way, error rate and latency. That is all a model change needs watching for. If it returns recommendations without errors and on time, the recommendations are fine, so I would not trouble the team with eval scores, feedback or cost.',
      '',
      'Before 100 %, it sat at 50 % for two days, and before that at 25 % for two days, 5 % for a day and 1 % for a day. Each stage moved on only after a full day in both regions inside the limits.',
      '',
      'The limits were set before the first request: errors no more than 0.5 % above the old model and p99 latency no more than 200 ms worse, in either region.',
      '',
      'The customers reached, going back: Asian customers last, because their feature stores are the ones sized for the old model; European customers before them; beta testers before that; and our own staff first.',
      '',
      'All along, the on-call engineer in each region could switch the model flag back on a breach, without calling anyone, within five minutes.',
      '',
      'And at the start we agreed that the canary only tells us the model is safe to run; whether it recommends better baskets is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // after-the-sale-healthy: a closing sentence on which decision the candidate is least sure of
  {
    id: 'bl059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'For the outdoor-gear shop I would start with the team rather than the release. We are one front-end engineer short for the season, and moving reviews above the fold is the kind of work that stalls when one person is on holiday.',
      'I would open a role for a mid-level front-end engineer this week, ask the two seniors to run the technical interview together, and have the design lead review portfolios. Shortlist by the end of next week, offer within a month. Meanwhile a contractor we have used before picks up the gallery work.',
      'For onboarding, the new hire pairs with a senior for the first fortnight and owns a small page component by the third week.',
      'The decision I am least sure of is whether to hire someone permanent or keep extending the contractor.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a diary entry written the night before the rollout starts
  {
    id: 'bl060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Thursday night. The launch plan for the German market, written down before I forget it.',
      'The warmer assistant needs a story for German users, so marketing leads with a short video in German showing it drafting a polite reply to a landlord. The launch email goes to German-speaking users on Tuesday morning, the blog post the same morning, and a webinar for HR teams the week after.',
      'Press: two trade magazines and one interview with our head of product. Pricing stays as it is.',
      'Still to do: ask the translator for a glossary of product terms, get legal to check the German terms of service, brief the sales team tomorrow and book the webinar room.',
    ].join('\n'),
  },
];
