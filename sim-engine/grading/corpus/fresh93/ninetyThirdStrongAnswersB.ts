import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-third fresh set, author b: strong answers (cu021–cu027), written blind and labelled by hand.
 * Voice: a Saigon English register in speech; a dog-grooming salon booking PM; every answer a tide
 * table read aloud, one row per tide with the plan in its note.
 */
export const NINETY_THIRD_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cu021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Dạ, anh, I read it like the tide table on the wall above our washing tubs, nhé: one row per tide, the note says what we do. The change: our coat-care assistant moves to the bigger model with the longer memory. Same prompt.',
      '05:50, low water, 0.3 m — note: the split of work. I own the order of owners, the limits and how long each hold lasts. Engineering owns the routing, the deploy and the flag.',
      '06:40, low water, 0.4 m — note: limits written down today, before one chat moves. Error rate more than 0.5 points worse than now and we put the clippers down. p95 reply time more than 700 ms worse than now, same. Bookings after a chat more than 2 % below the owners still on the old model, same.',
      '09:10, rising, 1.2 m — CANCELLED. I had written "look at the thumbs-down later and decide then". Trời ơi, no.',
      '09:30, rising, 1.4 m — note: replaces it. Model limits, fixed today too: hallucination rate from the eval harness more than 1 point worse than now, thumbs-down more than 3 points worse, tokens per conversation more than 40 % up, because chị Lan in finance asked about cost. Any one, clippers down.',
      "12:20, high water, 2.7 m — note: the bath, 1 %: our own groomers and front desk only. They know coats and complain loudly. Hold: 300 grooms' worth of chats, at least two days.",
      '15:00, ebbing, 1.9 m — note: the trim, 5 %: owners who ticked "try new things first", District 3 and Phú Nhuận first. Hold: a full week of Tết.',
      '18:30, low water, 0.5 m — note: the blow-dry, 25 % then 50 %: everyone else, district by district. Owners with us under one year, still deciding whether to trust us, and the regulars of ten years, who we cannot lose, come last at 100 %. Hold: a full week at each step.',
      '19:00, low water, 0.5 m — note: before every advance, the head groomer and I both ring the bell on the counter.',
      "21:15, rising, 1.0 m — note: whoever's on call brings the old version back to the table, no need to call me: a routing switch back to the old model, under five minutes, 3 a.m. the same as noon.",
      '00:40, high water, 2.5 m — note: this only shows the bigger model is safe. Better for owners? A randomised A/B test afterwards answers that, dạ.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cu022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Chị ơi, my table, read row by row, nhé. The change: our assistant's coat-care answers move to a cheaper, faster model. Few owners press the thumbs, and the eval harness grades one answer in two hundred, so at 5 % the signals come slowly.",
      '04:20, low water, 0.2 m — note: I own the order of owners, the limits, the holds. Engineering owns the traffic split, the deploy, the flag, and turning the harness up.',
      '05:00, low water, 0.3 m — note: limits written down before the first answer moves. Error rate more than 0.5 points worse than now and we put the clippers down. p95 reply time more than 600 ms worse than now, same. Bookings after a chat more than 2 % below the owners on the old model, same.',
      '05:30, low water, 0.3 m — note: model limits, also fixed now. Hallucination rate from the harness more than 1.5 points worse than now, thumbs-down more than 4 points worse: clippers down. During the canary the harness grades one answer in ten, so those numbers can speak.',
      '10:45, high water, 2.4 m — note: the bath, 2 %: our groomers and receptionists, who tell us when the advice for a double coat is wrong. Hold: until the harness has graded 400 answers, not by the clock.',
      '14:00, ebbing, 1.6 m — CANCELLED: "the trim after one day". One day gives the harness maybe sixty grades.',
      '14:20, ebbing, 1.5 m — note: replaces it. The trim, 10 %: owners on the early-access list, District 7 and Thủ Đức first. Hold: 400 graded answers and 150 thumbs, never fewer than 200 grooms.',
      '17:10, low water, 0.4 m — note: the blow-dry, 30 % then 60 %: the rest, district by district. First-year owners and those who have brought their dogs to us eight years or more come last: the new ones are still judging us, the old ones are the salon. Hold: a full week of Tết each.',
      '17:30, low water, 0.4 m — note: at each step the head groomer and I both ring the bell on the counter.',
      "22:50, rising, 1.3 m — note: whoever's on call brings the old version back to the table, no need to call me: a config switch to the old model, three minutes, any hour.",
      '23:55, high water, 2.2 m — note: the canary says the cheaper model is safe. Whether owners find it as good is a randomised A/B test afterwards, dạ.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cu023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Dạ, short table, anh. Change: a warmer, casual prompt; a quarter of owners write Vietnamese, where "dạ" matters.',
      '06:00, 0.4 m — note: I own order, limits, holds; engineering owns routing and flag.',
      "06:30, 0.4 m — note: fixed before any chat moves. Errors more than 0.5 points worse than now, p95 500 ms worse, bookings 2 % below the old prompt's owners, thumbs-down 3 points worse in either language, rude-address rate from the eval harness 2 points worse: any one and we put the clippers down.",
      '12:10, 2.6 m — note: the bath, 1 %: our groomers. Hold: 150 grooms.',
      '12:40, 2.5 m — CANCELLED: the trim, English opt-ins only.',
      '12:50, 2.5 m — note: instead, the trim, 5 %: opted-in owners, both languages, Districts 1 and 10. Hold: 300 grooms.',
      '18:20, 0.5 m — note: the blow-dry, 25 %, then everyone; new owners and twelve-year regulars last, they forgive least. Hold: a full week of Tết.',
      '18:25, 0.5 m — note: the head groomer and I both ring the bell on the counter each step.',
      "23:40, 1.8 m — note: whoever's on call brings the old version back to the table, no need to call me: a config flip, two minutes, any hour.",
      '00:30, 2.3 m — note: safe, not better; a randomised A/B test after.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cu024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Dạ anh, the table for our home screen. The change: the model that recommends a package to each owner reads more features per request from the regional feature stores, which were sized for the old model. We have salons in Saigon and Melbourne; the team sits in Saigon, and the Melbourne lunch rush lands at our 8 a.m., when we are still on the motorbike.',
      '05:30, low water, 0.3 m — note: I own who sees it in what order, the limits, how long we hold. Engineering owns the routing, the flag and the feature stores.',
      '06:00, low water, 0.3 m — note: written before any request moves. Error rate more than 0.5 points worse than now, or p99 home-screen time more than 200 ms worse than now, in each city on its own, and we put the clippers down. Packages booked from the home screen more than 2 % below the owners on the old model, same.',
      '06:15, low water, 0.4 m — note: model limits, fixed now too: recommendations falling back to the default package more than 2 points worse than now, the offline judge\'s relevance score on a daily sample more than 3 points worse, taps on "not for my dog" more than 2 points worse. Clippers down.',
      '11:00, high water, 2.8 m — note: the bath, 1 %: staff accounts in both cities. Hold: 48 hours, two Melbourne lunches inside it.',
      '11:30, high water, 2.8 m — CANCELLED: "the trim in Saigon only". Melbourne\'s store is the thin one.',
      '11:45, high water, 2.7 m — note: instead, the trim, 5 %: early-access owners in both cities, District 2 and Footscray first. Hold: 500 grooms and three lunch peaks per city.',
      '17:40, low water, 0.6 m — note: the blow-dry, 25 % then 50 %: everyone else, district by district. First-year owners and those who have brought their dogs ten years come last: new owners leave at the first strange suggestion, old ones are most of our bookings. Hold: a full week of Tết each.',
      '17:45, low water, 0.6 m — note: each step, the head groomer and I both ring the bell on the counter.',
      "23:20, rising, 1.5 m — note: whoever's on call brings the old version back to the table, no need to call me: a routing switch to the old model, four minutes, any hour. At our 8 a.m. the on-call engineer is awake and allowed.",
      '01:10, high water, 2.4 m — note: the canary says safe. Better? A randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cu025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Dạ, anh, I am a grooming person, so I run this like my table: one dog at a time, check the skin before the next cut. The change: the delivery app's payments move to the provider's new SDK with wallets. Most orders are paid in the apps, and Friday dinner is the busiest hour.",
      '05:10, low water, 0.2 m — note: I own the order of eaters, the limits, the holds. Engineering owns the SDK, the app builds, the remote config.',
      '05:40, low water, 0.3 m — note: fixed before any payment goes through the new SDK. Payment failures more than 0.3 points worse than now and we put the clippers down. p99 payment time more than 300 ms worse than now, same. Completed orders more than 1.5 % below the eaters on the old SDK, same. Android and iOS each on their own, in five-minute windows, because a burst hides inside a daily average.',
      '11:50, high water, 2.5 m — note: the bath, 1 %: staff and their families, both platforms. Hold: 2,000 payments and one Friday dinner.',
      '12:30, high water, 2.5 m — CANCELLED: "the trim on iOS first, Android later". Android is where bursts would show; we must see it early.',
      '12:45, high water, 2.4 m — note: replaces it. The trim, 5 %: eaters in the beta programme, both platforms, District 1 and Tân Bình first. Hold: 10,000 payments and another Friday dinner.',
      '18:00, low water, 0.4 m — note: the blow-dry, 25 % then 50 %: everyone else, district by district. People making their first order and those who have ordered with us five years or more come last: one failed first payment loses a new customer, and the old ones are the business. Hold: a full week at each, never advancing on a Friday afternoon.',
      '18:10, low water, 0.4 m — note: the engineering lead, my head groomer on this one, and I both ring the bell on the counter before each advance.',
      "22:30, rising, 1.1 m — note: both SDKs ship in the app and a remote config picks which one pays. Whoever's on call brings the old version back to the table, no need to call me: they flip that config and payments return to the old SDK in under five minutes, any hour, Friday dinner included. No app release.",
      '23:50, high water, 2.2 m — note: the canary says the SDK is safe. Whether wallets sell more is a randomised A/B test afterwards, dạ.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cu026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Dạ chị. Tasks move to a managed cluster behind a new proxy; load tests ran warm.',
      '05:30, 0.3 m — note: I own order, limits, holds; engineering owns proxy and routing.',
      '06:00, 0.3 m — note: before any read moves: errors more than 0.2 points worse than now, p99 page load 250 ms worse, tasks saved 2 % below old-cluster teams; any one, and we put the clippers down.',
      '11:20, 2.6 m — note: the bath, 1 %: our workspaces, cold caches. Hold: three days.',
      '11:50, 2.6 m — CANCELLED: old cluster off at month end.',
      '12:00, 2.5 m — note: instead, old cluster stays warm past 100 %.',
      '12:10, 2.5 m — note: the trim, 10 %: opted-in beta teams. Hold: a full week of Tết.',
      '17:30, 0.5 m — note: the blow-dry, 50 %, hold a week, then 100 %; new trial teams and long-time customers last, they leave first.',
      '17:35, 0.5 m — note: the engineering lead, my head groomer here, and I both ring the bell on the counter each step.',
      "22:00, 1.2 m — note: whoever's on call brings the old version back to the table, no need to call me: proxy back to the old cluster, two minutes, any hour.",
      '00:20, 2.3 m — note: safe, not better; a randomised A/B test after.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cu027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Dạ anh, a grooming salon closes at night and a ride app never does, so this table runs around the clock. The change: fares are calculated by a new pricing service, which shares the nightly batch window with billing. Weekend nights are the peak.',
      '17:30 Tuesday, low water, 0.4 m — note: I own the order of riders, the limits, the holds, and the rule about who may pull back at night. Engineering owns the pricing service, the routing and the deploy.',
      '18:00, low water, 0.4 m — note: limits agreed and written before the first fare moves. Pricing errors more than 0.3 points worse than now and we put the clippers down. p99 quote time more than 200 ms worse than now, same. Trips booked after a quote more than 2 % below the riders on the old service, same.',
      '19:00, rising, 1.0 m — CANCELLED: "straight into the trim on Tuesday evening".',
      "19:15, rising, 1.1 m — note: replaces it. The bath, 1 %: staff rides and drivers' own trips. Hold: 5,000 trips and two nights through the batch window.",
      '01:00 Friday, high water, 2.6 m — note: the trim, 5 %: riders in the beta programme, District 1 and District 4 first. Hold: a full weekend of night peaks.',
      '07:20 Monday, low water, 0.5 m — note: the blow-dry, 25 % then 50 %: the rest, district by district. Riders in their first month and riders with us seven years or more go last, because a wrong fare on a first ride or for a loyal rider costs most. Hold: a full week of Tết at each.',
      '07:25, low water, 0.5 m — note: each advance, the head of the pricing team, my head groomer here, and I both ring the bell on the counter. Advances happen in daylight only.',
      "02:00, high water, 2.4 m — note: the breach row. If a limit breaks at 2 a.m., whoever's on call brings the old version back to the table, no need to call me and no need to wake a director: a routing switch back to the old pricing service, three minutes. They tell me at breakfast.",
      '08:00, low water, 0.6 m — note: the canary says the service is safe. Whether new fares earn more is a randomised A/B test afterwards.',
    ].join('\n'),
  },
];
