import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-ninth fresh set, author c: middling (bm048–bm050), weak (bm051–bm052), salad (bm053–bm054),
 * negated (bm055–bm056), misconception-led (bm057–bm058) and off-topic (bm059–bm060) answers,
 * written blind and labelled by hand.
 */
export const FIFTY_NINTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak: a direct Dutch-English register; holds as "not before" a time
  {
    id: 'bm048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Honestly, the benchmark of 20 % faster tells me little. The service is only restarted on deploys, so what I want to know is how it behaves after a full day running.',
      '',
      'The order. First the internal test shop accounts and the listings of our own seller-support team. Then the sellers in the beta group, they upload a lot and they report problems quickly. Then the small sellers. The big professional sellers with thousands of listings come last, they are most of the revenue and they notice a slow listing page directly.',
      '',
      'The numbers, decided before we start and not discussed again during the rollout: image error rate more than 0.2 % above the old service, p99 resize time more than 150 ms above the old service, and memory per instance growing more than 10 % over 12 hours. When one is crossed we go back.',
      '',
      'The stages. 2 % of image traffic, moving on not before the new instances have run 24 hours without a restart. Then 10 %, not before another 24 hours. Then 50 %, again not before 24 hours and not before the memory line is flat. Then everything. So Thursday for everything is not possible, it will be the week after, and I would tell the team that now and not later.',
    ].join('\n'),
  },
  // support-model-upgrade: a former live-ops PM from mobile games, conversational
  {
    id: 'bm049',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      "Back when I ran live-ops for a mobile game, every patch went to a slice of players first, and I'd do the same with the new support model.",
      '',
      "The split of work is clear to me. Engineering picks how the traffic is routed and handles the deploy of the new model. I'm the one who decides when it goes wider, how far, and when we pause. That's my call, and I'd say so at the start so nobody is confused late at night.",
      '',
      "What I'd watch, beyond whether it errors or times out: the hallucination rate from the eval harness on a set of payroll questions, the thumbs-down rate from employees using the assistant, p95 response time, since the bigger context window will be slower, and tokens per conversation, because Finance has asked what this costs and I want a real number to give them.",
      '',
      "Then I'd widen it over a couple of weeks as things look okay.",
      '',
      "One thing I'd be careful about in the debrief: a slice of players liking a patch never meant the patch was better, and it's the same here. The three-point offline gain and a quiet canary don't show that users are better served. If we want to claim that, we run a randomised A/B test once it's fully out.",
    ].join('\n'),
  },
  // search-tail-latency: a hedged research-engineer voice, closing sentence on what to automate next time
  {
    id: 'bm050',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "I think the interesting part of this change is that the median got faster in testing, but the benchmark probably left out rare queries with many filters, so I'd design the canary mainly to see the tail.",
      '',
      "Before we start, I would fix the rollback limits and not revise them during the rollout: p99 query latency more than 300 ms above the old index, p99.9 more than 1 second above it, search error rate more than 0.2 % higher, and zero-result rate up more than 1 point. I'd also break latency down by number of filters, since an average across all queries would probably hide the problem.",
      '',
      "The stages would be 1 %, 5 %, 25 %, 50 % and 100 % of queries. At each one I'd hold until at least 50,000 queries with five or more filters have gone through the new index, which I'd guess takes a day or two at the lower stages, and only go on when all four limits are clean over that sample.",
      '',
      'If a limit is breached, the on-call search engineer switches the query router back to the old index straight away, without waiting for anyone to approve it. The old index stays warm, so that should take a minute or two.',
      '',
      "Next time, I'd automate the per-filter latency breakdown so it appears in the gate report without anyone building it by hand.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a Gibraltarian English register, written, vague
  {
    id: 'bm051',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "Well, pues, for the vets' summariser I'd not rush it. We'd put the cheaper model out to a few clinics to begin with and keep an eye on how it's doing, the usual dashboards and that.",
      '',
      "If the vets are happy and nothing looks off, we'd open it up to more of them bit by bit. If something does look off we'd have a chat with the engineers and sort it out.",
      '',
      "The model's faster and cheaper so I reckon it'll mostly be fine, but you never know with these things, so slowly does it, vale?",
    ].join('\n'),
  },
  // pricing-page-healthy: the agenda of a release kickoff meeting, item by item, with nothing decided
  {
    id: 'bm052',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'Kickoff: new pricing page',
      '',
      '1. Welcome and introductions',
      '2. A quick look at the new comparison table (design team)',
      '3. Rollout: we start small and grow it as we get comfortable',
      '4. Metrics: everyone keeps an eye on the dashboards and flags anything strange',
      '5. Friday campaign: make sure marketing knows where we are',
      '6. If anything goes wrong: get everyone on a call and decide what to do',
      '7. Any other business',
    ].join('\n'),
  },
  // night-breach-rollback-authority: slide fragments: terms and numbers, no clauses
  {
    id: 'bm053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Fare calculation canary. New pricing service.',
      'Rollback authority, on-call, 2 a.m., PM, SRE, incident commander.',
      'Segments: internal, beta riders, drivers, weekend-night cohort, high-value riders.',
      'Thresholds 0.5 % errors, p99 200 ms, fare mismatch 1 %, conversion −2 %, baseline cohort, control.',
      'Stages 1 %, 5 %, 25 %, 50 %, 100 %. Holds 24 h. Metric-based gates, time-based gates.',
      'Named sign-off, tech lead, PM.',
      'Rollback under 5 minutes, config flag, routing, no redeploy.',
      'Nightly batch window, billing system, Tuesday evening.',
      'Canary vs A/B, randomised, safety vs improvement.',
      'Ownership: PM decisions vs engineering routing, pre-committed.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: slash-stacked noun lists under a heading, no clauses
  {
    id: 'bm054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Warm prompt rollout: considerations',
      'Internal staff / German speakers / beta / enterprise last',
      'Thumbs-down rate / hallucination rate / eval harness / p95 latency / token cost / formal-address check',
      '0.5 % / 200 ms / +1 pt / 2 % / 20 %',
      '1 % / 5 % / 20 % / 50 % / 100 %',
      'Holds / gates / sign-off (PM + ML lead) / rollback flag / on-call / minutes',
      'Safety not improvement / randomised A/B / control cohort',
      'German du and Sie / tone / locale / a quarter of users',
    ].join('\n'),
  },
  // after-the-sale-healthy: a brisk founder-PM who names each practice only to wave it away
  {
    id: 'bm055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "It's a cosmetic change, reviews moved up and a lazy-loaded gallery, so I'd keep the process light.",
      '',
      "I wouldn't carve out segments or decide who sees it first, and there's no need to put staff or beta users ahead of anyone. I wouldn't write down rollback thresholds beforehand either, and I'm not going to set numbers for errors or latency or conversion against last week. There won't be stages with holds between them, and I don't see a reason for anyone to sign off each step.",
      '',
      "I'm not going to spell out who can roll back or how fast, because I don't expect we'll need to. I also don't plan to separate what I own from what engineering owns for something this small, and I won't be running an A/B test afterwards.",
      '',
      'Leadership wants it this week, and it will go out this week.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a hotel-search ranking service rejecting every practice, one paragraph per refusal group
  {
    id: 'bm056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "At the hotel-search company where I run ranking we dropped most of the canary ceremony, and I wouldn't bring it back for a recommendations model.",
      '',
      "I wouldn't order users by account size or put staff first, and I wouldn't carve out a Singapore cohort or any other region. I wouldn't fix rollback numbers ahead of time for errors, p95 or basket rate, and I wouldn't ask anyone to watch eval scores, cost per request or user feedback for it.",
      '',
      "No staged ramp with holds, no gate where the ML lead and I sign off, no rule about who on call may flip it back or in how many minutes. I wouldn't split what I own from what the ML team owns, and I wouldn't follow it with a randomised A/B test.",
      '',
      "None of that is how I'd spend the team's week.",
    ].join('\n'),
  },
  // support-model-upgrade: an eager growth PM who treats the canary as the A/B test that justifies the cost
  {
    id: 'bm057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S'),
    text: [
      'Finance wants to know if the bigger model is worth the money, and the canary is the perfect way to answer that: it is our A/B test. The users on the new model are the treatment group, everyone else is control, and if the canary cohort resolves more questions without a human, that proves the new model is better and pays for itself.',
      '',
      "Order: our own payroll team first, since they know the right answers; then the customers in the early-access programme; then small employers; big employers last, because a wrong answer about someone's pay costs most with them.",
      '',
      'Before we start, the tech lead and I agree the rollback limits: error rate 0.5 % above the old model, p95 latency 1 second above it. If it breaks either, it comes back.',
      '',
      'Stages at 5 %, 20 %, 50 % and 100 %, each held for two days before a gate review, and each advance signed off by me and the ML lead.',
      '',
      "At the end, the canary cohort's resolution rate against everyone else's is the answer for Finance. If it is up by more than the extra cost, the upgrade is proven and we can skip a separate experiment.",
    ].join('\n'),
  },
  // booking-purchases-lag: a consultant's register organised in workstreams
  {
    id: 'bm058',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R A'),
    text: [
      'I would structure this in four workstreams.',
      '',
      "Decisions workstream, which is me. As PM I own the go/no-go calls, the pace and when we pause; engineering owns the flag, the client-side store and the deploy. I don't want engineers making product calls, or me touching the routing.",
      '',
      'Exposure workstream. A random 5 % of visitors first. Random is the fairest cohort: nobody is singled out and the sample is unbiased, so it represents the whole site from day one. Then 20 %, 50 % and 100 %, holding each step for a full 24 hours, because bookings come in hours after the search.',
      '',
      "Monitoring workstream. I wouldn't lock in numbers in advance. The honest approach is to watch the booking dashboard together during the first day, see what normal variation looks like with the new date picker, and set the rollback line from what we observe then. Pre-set thresholds on a new page are guesses.",
      '',
      'Control workstream. The on-call engineer can switch the flag off at any time without asking me, and it takes about a minute.',
      '',
      'To be clear, the canary only shows the page is safe. If design wants to claim the new picker books more, that needs a randomised A/B test.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a hiring plan for the photo and size-guide work, closing sentence on what to automate next time
  {
    id: 'bm059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'For the bigger photos and the size guide we need people before we need anything else, so here is how I would staff it.',
      '',
      "We would hire two product photographers on six-month contracts and one fit model per size range, from small to extra-large, so the size guide is built on real measurements rather than the manufacturers' charts. A copywriter on the merchandising team would own the size-guide wording, reviewed by customer service, who hear most of the sizing complaints.",
      '',
      'Interviews would be two rounds: a portfolio review with the creative lead, then a paid test shoot of ten products. We would aim to have offers out within three weeks and everyone shooting by the start of next month, beginning with the best-selling categories, dresses and outerwear, and working down the catalogue.',
      '',
      'The contracts come to roughly the cost of one full-time hire for a year, which the merchandising director has already said she can find.',
      '',
      'Next time I would automate the scheduling of test shoots, which took more back-and-forth than the interviews themselves.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a go-to-market launch plan, with prospects grouped by the size of the customer's account (vets per practice)
  {
    id: 'bm060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'I would launch the cheaper, faster summaries as a headline feature at the spring veterinary conference. Marketing would build the story around time saved per visit, with a short demo video of a vet finishing notes before the next appointment.',
      '',
      "Sales would approach practices by size. Single-vet clinics get a self-serve email campaign and a month's free trial. Practices with three to ten vets get a call from an account manager and a live demo. Groups of more than ten clinics get a pricing conversation, because the lower cost per summary lets us offer them a volume discount for the first time.",
      '',
      'I would keep the monthly subscription where it is and pass some of the saving on through the volume tier, rather than cutting the list price, which is hard to raise again.',
      '',
      'Success for the launch would be two hundred new clinics signed in the quarter and a mention in at least one trade magazine.',
    ].join('\n'),
  },
];
