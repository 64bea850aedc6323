import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-first fresh set, author b: strong answers (ci021–ci027), written blind and labelled
 * by hand. Voice: a Lebanese English register in writing, a wedding-hall booking app PM whose
 * language model drafts seating plans; every answer is a museum audio guide with numbered stops.
 */
export const EIGHTY_FIRST_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade (model)
  {
    id: 'ci021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ahla w sahla, habibi. Press 1 on your handset. This tour follows our seating-plan assistant, the language model that drafts who sits where at a wedding, as it moves to a bigger model with a longer context window. Same prompt.',
      "Stop 1. Look to your left, at the two desks. On the first, what I own as PM: which households meet the new model first, the limits that stop it, how long each stage holds. On the second, engineering's: the routing, the deploy, the feature flag.",
      'Stop 2. The guest list on the wall is the order. Our own staff and their family weddings first; they forgive us and tell us everything. Then households who opted in to early access. Then ordinary bookings, neighbourhood by neighbourhood, Achrafieh before Jounieh before Zahle. Last, households with five family weddings or more booked with us, our most valuable, and couples booking with us for the first time, who have no reason to trust us yet.',
      "Stop 3. Step forward to the framed card, written before a single booking moved and never edited afterwards. Errors more than 0.5 points worse than today, khalas, it stops. p95 drafting time more than 2 seconds worse, khalas. Invented guests, names not on the couple's list, counted by the eval harness: more than 1 point worse than today, khalas. Couples' thumbs-down more than 3 points worse, khalas. Cost per seating plan more than 40 % above today, khalas; that is my answer to finance.",
      'Stop 4. The three photographs are the stages. The engagement: staff only, about 1 % of plans. The henna night: early access and Achrafieh, about 10 %. The zaffe: half the hall. Then everyone. Each holds a full summer weekend of weddings and at least 400 seating plans before anyone mentions the next.',
      'Stop 5. Under each photograph, two stamps: before every advance, the hall manager and I both put our stamp on it.',
      'Stop 6. The red switch by the exit. Whoever is on call brings back the old version, no need to wait for me, at three in the morning too: a config switch in the model routing, the old model serving again in under five minutes, no redeploy.',
      'Stop 7. The mirror. The canary tells us the bigger model is safe, not that it is better. The three eval points came from the lab; whether couples get better plans, a randomised A/B test tells us afterwards. Merci, yalla.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down (model)
  {
    id: 'ci022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Press 2, habibi. Our seating-plan prompt, rewritten warmer and more casual, was reviewed only in English; a quarter of our couples write French or Arabic, where elders expect formal address.',
      'Stop 1. I own the order, the limits and the holds; engineering owns the flag and the routing.',
      'Stop 2. Staff first, then opted-in early-access households, French and Arabic writers among them so trouble shows early, then neighbourhoods. Households with many family weddings with us go last; losing them costs most.',
      'Stop 3. Fixed before anything moves: thumbs-down more than 2 points worse than today in any language, khalas, it stops. Plans the eval harness marks too familiar with elders, more than 1 point worse, khalas. Errors more than 0.5 points worse, khalas.',
      'Stop 4. The engagement at 2 %, the henna night at 15 %, the zaffe at 50 %, each held for 300 French and 300 Arabic plans.',
      'Stop 5. Before each stage, the hall manager and I both put our stamp on it.',
      'Stop 6. Whoever is on call brings back the old prompt, no need to wait for me, any hour: one config switch, two minutes, no redeploy.',
      'Stop 7. This canary shows the warm prompt is safe, not better; better needs a randomised A/B test afterwards. Merci.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap (model)
  {
    id: 'ci023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Good evening, ahla w sahla. This is the audio guide to The Cheaper Model: our seating-plan assistant moving to a cheaper, faster language model. Press 3 and walk slowly; this exhibit is about patience.',
      'Stop 1. The quiet room. Almost nobody is talking, and that is our problem. We draft a few hundred seating plans an hour even in June, few couples rate one, and the eval harness grades one plan in two hundred. At 5 % the ratings alone would say nothing for weeks.',
      "Stop 2. The plaque by the door says who decides what. Mine, as PM: the order of households, the limits, the holds, and the budget for grading. Engineering's: the routing, the deploy, the flag and the harness itself.",
      "Stop 3. The map. Our own staff's family weddings go first; they forgive and they report. Then households who opted in to early access. Then neighbourhood by neighbourhood, Hamra, then Badaro, then the Metn. Last come households with four family weddings or more booked with us, and first-time couples: the first are worth the most, the second judge us on their very first plan.",
      'Stop 4. The framed card, written before one plan moves. On the canary side the harness grades one plan in ten, not one in two hundred; I pay for that. Invented guests more than 1 point worse than today, khalas, it stops. Broken seating rules, the divorced uncles at one table, more than 2 points worse, khalas. Plans a couple rewrites by more than half: more than 5 points worse, khalas. Errors more than 0.5 points worse, or p95 more than 1 second worse, khalas.',
      'Stop 5. The three rooms ahead are the stages: the engagement (staff, about 3 %), the henna night (early access and Hamra, 15 %), the zaffe (half). We hold each until the harness has graded 250 canary plans and a full summer weekend of weddings has passed, whichever is later. The graded count is the gate, not the clock.',
      'Stop 6. Before each door, the hall manager and I both put our stamp on it.',
      'Stop 7. The fire exit. Whoever is on call brings back the old version, no need to wait for me, midnight or Sunday lunch: a config switch in the routing, under five minutes, no new build.',
      'Stop 8. The last room. The canary shows the cheaper model is safe to keep, not that it is better; better, for couples, comes afterwards from a randomised A/B test. Yalla, merci.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations (model)
  {
    id: 'ci024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ahla w sahla. This guide covers one exhibit: a new seating-plan model that reads more about each family, past weddings and who is related to whom, from our two regional feature stores, one for Lebanon and one for the diaspora in Sydney. Those stores were sized for the old model. Press 4.',
      "Stop 1. Two clocks on the wall, Beirut and Sydney. Our team sleeps in Beirut while Sydney's families plan their weddings on Saturday morning, which is Friday night for us. Keep those clocks in mind at every stop.",
      'Stop 2. Who owns what. I own the order, the limits and the holds. Engineering owns the routing, the deploy, the flags and the sizing of the feature stores.',
      'Stop 3. The floor map is the order. Our staff first. Then opted-in early-access households in both regions, Sydney included, so its peak is inside the canary from the first stage and not discovered at the end. Then neighbourhoods, Mar Mikhael and Parramatta before the rest. Last, households with many family weddings booked with us, who matter most, and first-time couples, who have not yet decided to trust us.',
      'Stop 4. The card, signed before traffic moves, one column per region. p99 feature-store read time more than 150 ms worse than today, khalas, it stops. Errors more than 0.5 points worse, khalas. The share of suggested tables the couple accepts more than 4 points worse, khalas. Invented relatives in the eval harness more than 1 point worse, khalas.',
      "Stop 5. The stages: the engagement at 2 %, the henna night at 10 %, the zaffe at 40 %, then everyone. Each holds through a full summer weekend of weddings in both regions, Sydney's Saturday morning included, and at least 500 plans per region.",
      "Stop 6. Before each stage the hall manager and I both put our stamp on it, with Sydney's numbers on the page.",
      'Stop 7. The night desk. Whoever is on call, in Beirut at 3 a.m. or in Sydney, brings back the old version, no need to wait for me: a routing switch, a few minutes, no redeploy.',
      'Stop 8. The exit. This canary tells us the new model is safe under both peaks, not that it suggests better tables; for better, a randomised A/B test afterwards. Merci, yalla.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts (service)
  {
    id: 'ci025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Press 5. At the hall we never try a new caterer on a July Saturday; same habit here, for a food-delivery app's new payment SDK.",
      "Stop 1. Mine: order, limits, holds. Engineering's: integration, flag, routing.",
      'Stop 2. Staff phones first, then opted-in beta customers, many on Android, where the SDK is least proven, then neighbourhoods. Customers with fifty orders or more, our most valuable, and first-timers, the most fragile, go last.',
      'Stop 3. On the card before a payment moves: failed payments more than 0.5 points worse than today, khalas, it stops. p99 payment time more than 300 ms worse, khalas. Completed orders more than 2 % below the old-SDK group, khalas.',
      'Stop 4. The engagement at 1 %, the henna night at 10 %, the zaffe at 50 %, each held through a Friday dinner and 5,000 payments.',
      'Stop 5. Before each stage the ops lead and I both put our stamp on it.',
      'Stop 6. Whoever is on call brings back the old SDK, no need to wait for me, even at 4 a.m.: a remote-config flag routes payments through the old SDK, still in the build. Minutes, no app release.',
      'Stop 7. The canary says the SDK is safe, not better; whether wallet payments sell more needs a randomised A/B test afterwards. Merci.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority (service) — the field-guide entry
  {
    id: 'ci026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Natural history wing, habibi. Press 6 and stand in front of the glass case with the small yellow bird.',
      'Stop 1. Identification. The Tuesday fare-canary, Canarius tarifae: a ride-hailing release moving fare calculation to a new pricing service. First seen on a Tuesday evening; active all night, since trips peak at weekend nights and never stop. Told apart from the big-bang launch by its caution.',
      'Stop 2. Keepers. The PM, me, keeps its order of flight, its alarm limits and its resting times. Engineering keeps the cage: the routing, the deploy, the flags.',
      "Stop 3. Range. First among the company's own staff riders, who forgive and report. Then riders who opted in to the beta. Then neighbourhood by neighbourhood, Gemmayzeh before Hamra before the airport road. Riders with hundreds of trips and first-time riders come last: the first carry the most revenue, the second judge us on their first fare. At the hall we seat households with five family weddings last the same way.",
      'Stop 4. Call. Its alarm call is fixed before it leaves the nest, on the card in the case. Fare quotes that fail or differ from the old service by more than 5 %: more than 0.3 points worse than today, khalas, it stops. p99 quote time more than 200 ms worse, khalas. Completed trips more than 2 % below the old-service group, khalas. The nightly billing batch finishing over 20 minutes later than today, khalas.',
      'Stop 5. Nesting. Three moults: the engagement (1 % of trips), the henna night (10 %), the zaffe (50 %), then the whole flock. At each it rests through a full weekend of nights to 4 a.m., two nightly billing batches and at least 20,000 trips.',
      'Stop 6. Pairing. It never advances alone: before each moult the operations lead and I both put our stamp on it, as the hall manager and I do at home.',
      'Stop 7. Flight. The rollout starts on a Tuesday evening; the bird is busiest at 2 a.m. on a Saturday, when I am asleep. Whoever is on call brings back the old version, no need to wait for me: a routing switch back to the old pricing service, under five minutes, no redeploy. They tell me at breakfast.',
      'Stop 8. Similar species. Often confused with the A/B test. The canary shows the new pricing service is safe, not that its fares are better; that takes a randomised A/B test afterwards.',
      'Merci, yalla; the owls are next.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load (service)
  {
    id: 'ci027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ahla w sahla to the engineering wing. Press 7. A project-management tool moves its task storage from its own database to a managed cluster behind a new proxy. Every page reads tasks, so every page is in the exhibit.',
      'Stop 1. Look up at the ceiling fans. At the hall we once tested the air conditioning in an empty room in April; in July, with four hundred guests, it gave up. These load tests ran on warm caches.',
      "Stop 2. The two doors. Left, mine as PM: which teams move first, the limits, the holds, and when the old cluster may be switched off. Right, engineering's: the proxy, the routing, the data sync, the deploy.",
      "Stop 3. The seating chart. Our own company's workspaces first; we live in the tool all day. Then customer teams who opted in to early access. Then the rest, region by region. Last, the big paying accounts and teams in their first month: one is the revenue, the other has not decided to trust us yet; at the hall, households with five family weddings are never first served from a new kitchen.",
      'Stop 4. The card, fixed before a single read moves. Errors on task reads more than 0.2 points worse than today, khalas, it stops. p99 page load more than 250 ms worse, khalas. Proxy time-outs above 0.1 % of requests, khalas. Tasks created per active team more than 3 % worse than the old-cluster group, khalas.',
      'Stop 5. The stages: the engagement at 1 %, the henna night at 10 %, the zaffe at 50 %, then everyone. Each holds across a cold start, a Monday morning after a weekend with empty caches and everyone logging in at nine, and at least 200,000 page loads.',
      'Stop 6. At each door the platform lead and I both put our stamp on it.',
      'Stop 7. The exit. Whoever is on call brings back the old cluster, no need to wait for me, day or night: the proxy routes reads and writes back to the old database in minutes, no redeploy, and writes go to both until the zaffe is done, so nothing is lost. So the old cluster stays on past month-end if the canary is unfinished; I move that date before I give up the way back.',
      'Stop 8. The last room. The canary shows the new storage is safe, not that it is better; claiming it helps teams needs a randomised A/B test afterwards. Merci, yalla.',
    ].join('\n'),
  },
];
