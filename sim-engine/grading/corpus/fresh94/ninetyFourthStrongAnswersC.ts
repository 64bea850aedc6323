import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-fourth fresh set, author c: strong answers (cv041–cv047), written blind and labelled by
 * hand. Voice: an Istanbul English register in writing, a hammam booking PM, every answer a travel
 * itinerary (see README-c.md).
 */
export const NINETY_FOURTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cv041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Hadi, here is the itinerary, abi. The change: our guest assistant, the one that tells people what a kese scrub is and to bring a swimsuit, moves to the newer, bigger model with the same prompt.',
      'Day 1 — 09:00, office in Beşiktaş. Pack: laptop, the limits sheet. I own the order of guests, the drain-the-basin numbers and how long we stay in each room; engineering owns the routing, the deploy and the flag.',
      "Day 1 — 10:00, we write the limits now, before one guest is moved: error rate more than 0.5 % worse than now and we drain the basin; p95 reply time more than 400 ms worse than now and we drain the basin; wrong answers in the eval harness more than 2 points worse than now and we drain the basin; cost per conversation more than 30 % above now and we drain the basin; bookings after a chat more than 2 % below the old model's guests and we drain the basin.",
      'Day 1 — 14:00, the warm room (1 %): our own attendants and front desk in Beşiktaş and Kadıköy first. They know the real answers and they shout quickly. We stay for 500 bookings.',
      'Day 2 — morning: cancelled, the head attendant is at the supplier in Bursa.',
      'Day 3 — 10:00, moved from Day 2: the hot marble (10 %, then 25 %). Guests who ticked “try new things first”, mostly Moda and Cihangir regulars with 3–10 years of visits. We hold a full week of Bayram at 25 %, because thumbs-down needs volume.',
      'Day 10 — 10:00, the cool-down (50 %, then 100 %): everyone else. First-time visitors and our twenty-year Fatih regulars come last: a newcomer who gets a wrong answer about the henna treatment does not come back, and the old regulars are who pays the rent. Hold 3,000 bookings at 50 %.',
      'Before each room: the head attendant (our engineering lead, Selin) and I both pour the first bowl of water.',
      'All the way through we watch: hallucination rate from the eval harness, thumbs-down on answers, p95 reply time, tokens and cost per conversation.',
      "Any hour: whoever's on call warms the old version back up, no need to call me. It is the flag switched back to the old model, two or three minutes, no redeploy.",
      'Pack for home: this only shows the bigger model is safe. Is it better? That is a randomised A/B test after 100 %, tamam? Kolay gelsin.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cv042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Abi: guests' treatment-note summaries (oils, allergies) move to a cheaper, faster model; few guests rate, and the harness grades one in two hundred.",
      "Day 1 — 08:30, Kadıköy. Pack: limits sheet. Mine: branch order, limits, holds. Engineering's: routing, deploy, flags.",
      'Day 1 — 09:00, signed before anything moves: errors more than 0.5 % worse than now and we drain the basin; p95 more than 300 ms worse, same; harness failures more than 2 points worse, same.',
      "Day 1 — 11:00, the warm room (5 %): our own team's Kadıköy branch; they read every summary. Hold until 400 new summaries are graded.",
      'Day 2 — the hot marble (25 %): opted-in branches, Üsküdar and Moda. Hold 400 more graded, about a full week of Bayram.',
      'Day 9 — cancelled, harness upgrade; moved to Day 10.',
      'Day 10 — the cool-down (50 → 100 %): Fatih last: tourists, 20-year regulars, where a lost allergy note costs most.',
      'Each advance: the head attendant (eng lead) and I both pour the first bowl of water.',
      'Watched: harness hallucination rate, thumbs-down, p95, cost per summary.',
      "Any hour, whoever's on call warms the old version back up, no need to call me: config switch, minutes, no redeploy.",
      'Safe, not better; better is a randomised A/B test afterwards. Tamam.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cv043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Kolay gelsin, abi. Itinerary for the new recommendation model: it suggests bath packages on our home screen and reads more features per request from regional feature stores sized for the old model. Our Singapore guests book at their lunch, 07:00–08:00 Istanbul time.',
      'Day 0 — evening, Karaköy office. Pack: the limits sheet and çay. I own who goes first, the limits and how long each room lasts; engineering owns the routing, the flag and the deploy.',
      "Day 0 — 21:00, before any guest moves: errors more than 0.5 % worse than now in any region and we drain the basin; p95 more than 250 ms worse than now and we drain the basin; feature-store timeouts more than 1 % worse than now and we drain the basin; package add-to-basket more than 2 % below the old model's guests and we drain the basin.",
      "Day 1 — 09:00, the warm room (2 %): our attendants and office staff, Beşiktaş and Kadıköy, on both regions' stores. They spot nonsense suggestions.",
      'Day 1 — 23:00: nobody goes home. The hold covers one Singapore lunch, when the Asian store is hottest: 24 hours and 1,500 bookings.',
      'Day 2 — cancelled: nobody on call yet for the 06:00 Istanbul shift. Rescheduled to Day 3, when Emre takes it.',
      'Day 3 — 09:00, the hot marble (10 %, then 25 %): guests who opted in to early features, many from Cihangir and Moda, 2–5 years visiting. Hold a full week of Bayram at 25 %; add-to-basket needs volume to read.',
      'Day 10 — 09:00, the cool-down (50 %, then 100 %): everyone else. First-visit guests and our 15-year regulars go last: one strange suggestion loses a first-timer, and the regulars are our best customers. Hold 48 hours at 50 %, so two Asian lunches.',
      'At every door: the head attendant (Deniz, engineering lead) and I both pour the first bowl of water.',
      'Watched and gated: click-through on suggested packages per region, hallucinated packages (ones we do not sell) from the eval harness, thumbs-down on suggestions, p95 per region, compute cost per request.',
      "At 06:00 or any hour: whoever's on call warms the old version back up, no need to call me. One flag flips traffic back to the old model in under five minutes, no redeploy.",
      'Pack last: this tells us the new model is safe. Whether it suggests better packages is a randomised A/B test after we reach 100 %. Hadi, tamam.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cv044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Tamam. The change: our guest assistant's prompt is rewritten to sound warmer and more casual, “hey, bring flip-flops!” A quarter of our guests write in German, and the team that reviewed it only speaks English. In German, “du” to a stranger at a bath is not warm, abi, it is rude.",
      "Day 1 — 09:30, Şişli office. Pack: the limits sheet in two languages. My job: the order of guests, the limits, the holds. Engineering's: the prompt flag, the routing, the deploy.",
      "Day 1 — 10:30, limits fixed before anything moves, per language: thumbs-down more than 3 points worse than now and we drain the basin; eval-harness formal-address score more than 5 % worse than now and we drain the basin; errors more than 0.5 % worse than now and we drain the basin; bookings after a chat more than 2 % below the old prompt's guests and we drain the basin.",
      'Day 1 — afternoon, the warm room (1 %): our attendants and front desk, including our German-speaking staff in Sultanahmet. They will hear a wrong “du” straight away. Hold 300 chats per language.',
      'Day 2 — the hot marble (10 %, then 25 %): guests who opted in to try new things, English and German both, from Beyoğlu and Kadıköy, up to 3 years visiting. Hold 2,000 bookings, German counted apart.',
      'Day 3 — planned move to 50 %: cancelled, German thumbs-down still too thin to read. Rescheduled to Day 6.',
      'Day 6 — the cool-down (50 %, then 100 %): everyone. First-time tourists and our 10-year German regulars go last: first-timers judge us on one chat, and the regulars book for the whole family. Hold a full week of Bayram at 50 %.',
      'Before every room: the head attendant (our engineering lead, Aylin) and I both pour the first bowl of water.',
      "Watched all the way, split by language: thumbs-down rate, the harness's formality and hallucination scores, p95 reply time, tokens per reply (warmer prompts talk longer).",
      "Any hour: whoever's on call warms the old version back up, no need to call me. The prompt flag goes back to the old prompt in two minutes, no redeploy.",
      'Pack for the way home: this tells us the warm prompt is safe, not that guests like it more. That is a randomised A/B test afterwards. Kolay gelsin.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cv045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Abi, a payment change is a new hammam boiler: never first lit on the busiest night.',
      "Day 1 — Monday 10:00. Pack: limits sheet. Mine: order, limits, holds. Engineering's: routing, SDK flag, deploy.",
      "Day 1 — 11:00, before any order moves, per platform and per minute (Android fails in bursts): payment failures more than 0.5 % worse than now and we drain the basin; p99 payment time more than 300 ms worse, same; completed orders more than 2 % below the old SDK's, same.",
      'Day 1 — 14:00, the warm room (1 %): staff phones in Beşiktaş and Kadıköy, loud daily lunch payers. Hold 2,000 orders.',
      'Day 2 — the hot marble (10 → 25 %): opted-in beta customers. Hold 10,000 orders.',
      "Day 3 — cancelled for the provider's Android patch; now Day 4.",
      'Day 4 — the cool-down (50 → 100 %): new customers and five-year regulars last (first orders lost are customers lost; regulars are revenue). Hold through one Friday dinner at 50 %.',
      'Each advance: the head attendant (eng lead) and I both pour the first bowl of water.',
      "Any hour: whoever's on call warms the old version back up, no need to call me; old-SDK config flag, minutes, no redeploy.",
      'Safe only; better wallets need a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cv046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Kolay gelsin. I book hammam treatments for a living, so I think of a fare service like our hot-water boiler: it runs all night, and someone has to be allowed to shut it at 2 a.m.',
      'Day 1 — Tuesday 18:00, Maslak office. Pack: the limits sheet, the on-call rota. As PM I own the order of riders, the limits and the holds; engineering owns the routing, the deploy and the flag for the new pricing service.',
      "Day 1 — 18:30, limits fixed before one trip moves: fare errors more than 0.5 % worse than now and we drain the basin; p99 quote time more than 200 ms worse than now and we drain the basin; trips booked after a quote more than 2 % below the old service's riders and we drain the basin; billing mismatches from the nightly batch above 0.1 % and we drain the basin.",
      'Day 1 — 19:00, the warm room (1 %): staff riders in Levent and Beşiktaş, who ride home every night and tell us when a fare looks wrong. Hold through the first nightly batch window: 1,000 trips and one billing run.',
      "Day 2 — cancelled: the batch window clashed with billing's month-end job. Rescheduled to Day 4, once billing moves its job an hour.",
      'Day 4 — 10:00, the hot marble (10 %, then 25 %): riders who opted in to the beta, 1–3 years riding. Hold through a full weekend night, the Friday and Saturday peak.',
      'Day 8 — the cool-down (50 %, then 100 %): everyone else. New riders and our ten-year airport regulars from Sarıyer go last: a wrong first fare loses a rider, and the regulars are most of the revenue. Hold 20,000 trips at 50 %.',
      'Each step up: the head attendant (Burak, the engineering lead) and I both pour the first bowl of water.',
      "2 a.m. on Saturday, or any hour: whoever's on call warms the old version back up, no need to call me, no approval from anyone. It is a routing switch back to the old pricing service, under five minutes, no redeploy, and the old service stays running until the end.",
      'On the way home: this shows the new pricing is safe. Whether it earns more is a randomised A/B test afterwards, not something we read from the canary riders.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cv047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Hadi abi. A database move is like moving our bath to a new boiler room: the water was hot in the test because the pipes were already warm.',
      "Day 1 — 09:00, Ataşehir office. Pack: the limits sheet, a cold-cache plan. Mine as PM: which teams move in what order, the limits, how long we hold. Engineering's: the proxy, the routing, the deploy.",
      'Day 1 — 10:00, limits fixed before any team moves: errors more than 0.3 % worse than now and we drain the basin; p99 page load more than 200 ms worse than now and we drain the basin; proxy connection saturation above 70 % and we drain the basin; tasks created per active user more than 2 % below the teams still on the old cluster and we drain the basin.',
      'Day 1 — 11:00, the warm room (1 %): our own workspaces, the product and support teams in Kadıköy, who live in the tool all day. Hold across one Monday-morning peak with caches cold, 50,000 page loads.',
      'Day 2 — the hot marble (5 %, then 25 %): customer teams in the early-access programme. Hold a full week of Bayram at 25 %, through two weekday peaks.',
      "Day 9 — cancelled: the managed cluster's vendor maintenance window. Rescheduled to Day 10.",
      'Day 10 — the cool-down (50 %, then 100 %): everyone else. New trial teams and our biggest, five-years-plus accounts go last: a trial team that sees a slow board never converts, and the big accounts carry the largest task lists, the hardest load.',
      'Each move: the head attendant (our engineering lead, Kerem) and I both pour the first bowl of water.',
      "Any hour: whoever's on call warms the old version back up, no need to call me. Writes go to both clusters, so the proxy sends reads and writes back to the old one in a few minutes, no redeploy. The old cluster is not decommissioned at the end of the month unless we are at 100 % with a clean week.",
      'Last: the canary proves the new storage is safe, not that it is better. For anything like “faster boards get more done”, a randomised A/B test afterwards.',
    ].join('\n'),
  },
];
