import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-third fresh set, author c: strong answers (bq041–bq047), written blind and labelled by hand before any grading. */
export const SIXTY_THIRD_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · "We will / We will not" pairs; thresholds against the old model's median day; first question asked back; company size and plan tier as cohorts
  {
    id: 'bq041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'First question back: what does a conversation cost on the old model today? Finance will ask.',
      'We will own, as PM, the cohort order, rollback limits and holds. We will not own the routing; platform engineering runs the model flag and the split.',
      'We will start with our HR staff, then assistant-beta customers, then small firms on the basic plan. We will not expose large payroll tenants on the premium tier until last: a wrong payslip answer hurts them most.',
      "We will fix limits before traffic moves, against the old model's median day: errors +0.5 points, p99 latency +300 ms, questions resolved without a ticket −2 points. We will not set limits while watching.",
      "We will gate on the eval harness's hallucination rate (+1 point at most) and cost per conversation (at most 1.4 times the old), and watch thumbs-down.",
      'We will ramp 1 %, 5 %, 25 %, 100 %, holding 24 hours per stage. We will not advance until the support lead and I sign off.',
      'We will let on-call roll back at any hour, no approval, by flipping the model flag in under five minutes. We will not redeploy.',
      'We will not read "better" from the canary; it only shows the model is safe. A randomised A/B test afterwards decides better.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · Basotho (Lesotho) English register in writing; first question asked back; thresholds against the old prompt's median day; paragraphs
  {
    id: 'bq042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Khotso. Thank you for the question, ntate.',
      'Before I answer, the first thing I would ask you back is this: is there a German speaker in the team who can read the outputs together with us? The prompt was reviewed only in English, and I am worried that German is where it will break.',
      'Now, the plan. As the PM I am the one who decides the order of the users, the limits for rolling back and how long we stay at each step. The engineers, it is them who own the prompt flag, the routing and the deploy. We agree that split in writing before we start.',
      'The order: first our own staff who write mail in both languages, then users who have opted in to the early-access programme, and I make sure German writers are inside that group on purpose, not by chance. After that English-speaking free users, then German free users, and last the paying business accounts in German, because a casual "du" to a client is the mistake that costs them the most.',
      "The limits are fixed on paper before the first user sees the new prompt, measured against the old prompt's median day over the last four weeks: error rate not more than 0.5 points above it, p95 latency not more than 250 ms above it, thumbs-down rate not more than 1.5 points above it, for English and German separately, and the share of suggestions accepted not more than 2 % below it. The eval harness also scores a sample of German outputs for the correct form of address; if formality failures go above 3 %, we stop.",
      "The stages are 1 %, 5 %, 20 %, 50 % and 100 %. We hold each one for at least two full working days so that the German thumbs-down count is big enough to read. At every gate 'M'e Lineo, the localisation lead, and myself sign off before the next step; if one of us is not satisfied, we stay.",
      'Rollback: the on-call engineer may switch back to the old prompt at any hour, day or night, by the config flag. It takes about two minutes and there is no redeploy. He does not wait for me or anybody to approve; he informs us after.',
      'Lastly, this canary tells us the warmer prompt is safe to leave on. It does not tell us it is better. For that we run a proper randomised A/B test afterwards, with its own success metric.',
      'Ke a leboha.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · tennis/padel court-booking PM; cohorts by clinic size and membership tier; thresholds against the old model's median day; numbered cohorts and a dashed list of limits
  {
    id: 'bq043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I look after a booking app for tennis and padel clubs, so my instinct is to cut users the way we cut clubs: by size and by membership tier. It maps well onto vet clinics.',
      'Ownership first. I own the decisions: who sees the cheaper model when, the limits that send it back, and how long each stage waits. Engineering owns the model routing, the deploy and the flag itself.',
      'Cohorts, in this order. One: our own clinical advisers, the vets on staff who read summaries every day. Two: clinics on the early-access list who asked to try new features. Three: single-vet clinics on the basic tier. Four: mid-size practices. Five, last: the large multi-site groups on the premium tier, because they pay the most and one wrong dose in a summary would reach many records before anyone rated it.',
      'The trap here is sparse feedback. Few vets rate, and the harness grades one summary in two hundred. So before we start I ask engineering to raise the harness sample to one in twenty for canary traffic only, and we count the holds in graded summaries, not hours.',
      "Limits, agreed and written before any traffic moves, all against the old model's median day over the last month:",
      '- summary error rate no more than 0.5 points above it;',
      '- p95 latency no more than 400 ms above it;',
      '- harness hallucination rate (invented drugs, doses, findings) no more than 1 point above it;',
      '- share of summaries heavily edited by the vet no more than 3 points above it;',
      "- cost per summary below 70 % of the old model's, or the change has no reason to exist.",
      'Stages: 2 %, 10 %, 30 %, 60 %, 100 %. Each stage holds until the harness has graded at least 400 canary summaries and two clinic days have passed, whichever is later. The gate opens only when the clinical lead, Dr Amara Osei, and I both sign off in the release channel.',
      'Rollback belongs to whoever is on call, at any hour, without asking anybody: they flip the model flag back to the old model, which takes about a minute. No redeploy, no approval.',
      'And one thing I would say clearly to the team: even if every number is green, the canary only tells us the cheaper model is safe enough. Whether vets prefer its summaries is a separate randomised A/B test we run afterwards.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · Basotho (Lesotho) English register in writing; "We will / We will not" pairs as paragraphs; thresholds against the old model's median day per region
  {
    id: 'bq044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I will write the plan as what we will do and what we will not do, because in my team at home we found it keeps everybody honest.',
      'We will divide the work clearly. Myself, as the PM, I decide the order of customers, the limits that trigger a rollback and the holds. We will not have the PM touching the routing; the ML platform engineers own the model flag, the deploy and the traffic split.',
      'We will start with staff accounts in Berlin and in Singapore, then customers who opted into the home-screen beta, then ordinary customers in Europe, then ordinary customers in South-East Asia. We will not put Asia early, because its feature stores were sized for the old model, and we will not let our biggest basket customers see it until last; they are the ones we can least afford to lose.',
      "We will write the limits before any traffic moves, measured against the old model's median day for each region separately: error rate at most 0.5 points over it, p99 home-screen latency at most 200 ms over it, feature-store read timeouts at most 1 % of requests, and add-to-basket rate at most 2 % below it. We will not decide the limits while looking at the graphs.",
      "We will also watch the model's quality: the offline eval harness on a daily sample of requests, compute cost per thousand recommendations, and the rate at which customers dismiss the baskets. If dismissals go 3 points above the median day, we stop.",
      'We will ramp 1 %, 5 %, 25 %, 50 %, 100 %, and each stage holds for at least one full day, so that it passes through a Singapore lunch peak and a Berlin evening. We will not advance before Ntate Teboho, the ML lead, and I sign off at each gate, on the numbers.',
      "We will allow the on-call engineer, at any hour, even at five in the morning Berlin time, to roll back to the old model by switching the flag; it takes under five minutes and needs no one's permission. We will not roll back by redeploying.",
      'We will not claim the new model sells more because of the canary. The canary shows it is safe; whether it is better, we shall learn from a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // booking-purchases-lag (service) · tennis/padel court-booking PM; first question asked back; thresholds against the old page's median day; short dashed list
  {
    id: 'bq045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "First I'd ask you: how long after a search does a typical booking land? On the court-booking app I run for tennis and padel clubs it's about six hours, and I'd guess longer for a holiday home.",
      'My plan, assuming half a day:',
      '- I own the order, the limits and the holds; engineering owns the flag and the routing for the new date picker.',
      "- Order: our staff, then guests in the opted-in beta, then returning guests on desktop, and first-time guests on mobile last, because they're new and the most likely to abandon.",
      "- Limits written before launch, against the old page's median day: booking-page script errors at most 0.3 points above it, p99 page load at most 250 ms above it, bookings per search at most 2 % below it.",
      '- Stages 5 %, 25 %, 50 %, 100 %, each held at least 24 hours, because bookings lag. No 100 % this afternoon.',
      '- The design lead and I sign off each gate.',
      '- On-call can switch the flag back at any hour without asking anyone; it takes two minutes, no redeploy.',
      '- This proves the page is safe, not better; a randomised A/B test afterwards settles whether the shorter form converts better.',
    ].join('\n'),
  },
  // night-breach-rollback-authority (service) · Basotho (Lesotho) English register in writing; "We will / We will not" pairs; thresholds against the old service's median day
  {
    id: 'bq046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Khotso, and thank you. Let me write it in pairs, what we will do and what we will not do.',
      'We will be clear who owns what. Myself, the PM, I own the order of riders, the rollback limits and the holds. We will not make the PM the one who flips switches; the pricing-service engineers own the routing, the deploy and the flag.',
      'We will start with our own staff and the driver-support team taking test trips, then riders who opted into the beta programme, then weekday riders in one smaller city, and the weekend night riders in the big cities last. We will not start with the big cities at night, because that is where the money and the complaints both are.',
      "We will fix the limits before Tuesday evening, against the old pricing service's median day over the past four weeks: fare-calculation errors not more than 0.3 points above it, p99 quote latency not more than 150 ms above it, and trips booked per quote not more than 2 % below it. We will not make up limits when the graphs start to move.",
      'We will ramp 1 %, 5 %, 25 %, 50 % and 100 %, with a hold of 24 hours at each stage, and every hold will include one night with the billing batch window. We will not advance at night; the gate is signed off in the morning by the pricing lead, Ntate Tumelo, and by me.',
      'We will give rollback authority to the on-call engineer at 2 a.m. the same as at 2 p.m. They switch fares back to the old service by the routing config in under five minutes, and they do not wake me or anybody for approval first; they tell us afterwards. We will not treat a redeploy as a rollback; it is too slow for a night breach.',
      'We will not read the canary as proof that the new pricing earns more. It shows it is safe. Whether the new fares are better, a randomised A/B test afterwards will tell us.',
    ].join('\n'),
  },
  // search-tail-latency (service) · first question asked back; court-booking PM; cohorts by institution size and licence tier (club size and membership tier carried over); thresholds against the old index's median day; labelled paragraphs
  {
    id: 'bq047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "My first question back would be: do we log the number of filters per query? If we can't split the slow tail by filters, the canary will look healthy on the median and we'd miss exactly what the benchmark skipped.",
      "Assuming we can, here is how I'd run it. I'll borrow from my day job: I run a booking app for tennis and padel clubs, and we roll out by club size and membership tier. Here the equivalent is institution size and licence tier.",
      "What I own and what I don't. I own the sequence of cohorts, the rollback limits and the holds. The search-infrastructure engineers own the index build, the routing between old and new index, and the deploy.",
      'Sequence. Our own staff and the librarians on our advisory panel first, then users who opted into the labs programme. Then free-tier users, then small institutions on the basic licence, then mid-size universities, and the large institutional licences last, because they pay the most and their researchers run the heavy filtered queries.',
      "Limits, written down and agreed before traffic moves, relative to the old index's median day over the last 28 days:",
      '1. search error rate not more than 0.2 points above it;',
      '2. p99 latency not more than 300 ms above it, and p99 for queries with five or more filters not more than 500 ms above it;',
      '3. searches that end in a full-text click not more than 2 % below it.',
      'Ramp. 1 %, 5 %, 20 %, 50 %, 100 %. Each stage holds at least 48 hours so that a weekday and a heavy term-time afternoon are both in it. Advancing needs the search lead and me to sign off the gate together.',
      'Rollback. Whoever is on call can route all search back to the old index at any hour, without asking; it is a config switch that takes about three minutes. We keep the old index warm until 100 % has held for a week, so rollback never means a redeploy or a rebuild.',
      "Finally: the canary tells us the cheaper index is safe. It doesn't tell us users find papers better with it. If we want that answer, we run a randomised A/B test afterwards.",
    ].join('\n'),
  },
];
