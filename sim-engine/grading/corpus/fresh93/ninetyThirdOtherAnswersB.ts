import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-third fresh set, author b: middling (cu028–cu030), weak (cu031–cu032), salad (cu033–cu034),
 * negated (cu035–cu036), misconception-led (cu037–cu038) and off-topic (cu039–cu040) answers,
 * written blind and labelled by hand. Same voice as the strong answers.
 */
export const NINETY_THIRD_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: quiet-feedback-trap
  {
    id: 'cu028',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      "Dạ chị, my tide table for the cheaper model, nhé. Our assistant's coat-care answers move to a cheaper, faster model, and few owners ever press the thumbs.",
      '06:00, low water, 0.3 m — note: the bath: our own groomers and front desk first, because they know a matted coat from a healthy one and will tell us when the advice is wrong. Hold: 300 grooms.',
      '12:20, high water, 2.5 m — note: the trim: owners who signed up for early access, Bình Thạnh and Gò Vấp. Hold: 600 grooms, because the harness grades so few answers.',
      '14:00, ebbing, 1.7 m — CANCELLED: "the blow-dry the next morning". Too quick, the signals are thin.',
      '14:10, ebbing, 1.6 m — note: instead, the blow-dry waits for the count.',
      '18:40, low water, 0.4 m — note: the blow-dry: the rest of the owners, with first-year owners and our long regulars last, since they forgive least. Hold: a full week of Tết.',
      '21:00, rising, 1.2 m — note: all along we watch the hallucination rate from the eval harness, the thumbs-down rate and the cost per answer.',
      '00:10, high water, 2.2 m — note: if it looks bad, we go back and think again, trời ơi.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cu029',
    scenario: 'service',
    class: 'middling',
    points: points('T R'),
    text: [
      'Dạ anh, on the grooming table I check the skin every ten minutes, because a clipper gets hot slowly. The resizer is the same: the rewrite is faster, but it is only restarted on deploys.',
      '06:10, low water, 0.4 m — note: before any image goes through the new resizer we write the limits down. Resize errors more than 0.3 points worse than now, p99 image time more than 150 ms worse than now, memory per instance more than 20 % above the old service after twelve hours, listing views more than 2 % below the pages on the old resizer: any one and we put the clippers down.',
      '12:30, high water, 2.4 m — note: a random 5 % of listing pages get the new resizer.',
      '13:00, high water, 2.4 m — CANCELLED: "everywhere by Thursday, whatever happens".',
      '13:10, high water, 2.3 m — note: instead, I tell the team Thursday is a wish, not a promise.',
      '18:50, low water, 0.6 m — note: then all pages.',
      "23:30, rising, 1.4 m — note: whoever's on call brings the old version back to the table, no need to call me: a routing switch sends image requests to the old resizer in under five minutes, at any hour of the night.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cu030',
    scenario: 'model',
    class: 'middling',
    points: points('P S A'),
    text: [
      'Dạ anh, my table for the bigger model behind our coat-care assistant.',
      "06:00, low water, 0.3 m — note: my part and engineering's part. I decide who sees it when, where the limits sit and how long we wait; engineering owns the routing, the deploy and the flag.",
      '12:00, high water, 2.6 m — note: we open it to some owners, then to more.',
      '12:30, high water, 2.5 m — CANCELLED: "offline evals went up three points, so it is better".',
      '12:40, high water, 2.5 m — note: instead, offline evals are not owners; see the last row.',
      '18:10, low water, 0.5 m — note: before each step up, the head groomer and I both ring the bell on the counter. Without both bells, nothing moves.',
      '23:50, rising, 1.6 m — note: we keep an eye on errors.',
      '00:40, high water, 2.3 m — note: this canary shows the bigger model is safe, not that it is better. Better is a randomised A/B test afterwards, dạ.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cu031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Dạ anh, my tide table for the one-page checkout, nhé.',
      '06:00, low water, 0.4 m — note: the new checkout is much nicer; returning customers loved it in the lab.',
      '12:10, high water, 2.5 m — note: we put it out to some customers and see how it goes.',
      '13:00, high water, 2.4 m — CANCELLED: "launch the week before the spring campaign".',
      '13:15, high water, 2.4 m — note: instead, launch when growth says, they know the campaign.',
      '18:30, low water, 0.5 m — note: if customers complain, we go back.',
      '00:20, high water, 2.2 m — note: then everybody gets it. Trời ơi, simple, like a bath for a short-haired dog.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cu032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Chị ơi, the tide table for our friendlier prompt.',
      '05:50, low water, 0.3 m — note: the new prompt sounds warm; the English team read it and smiled.',
      '11:40, high water, 2.6 m — note: we try it with some owners for a while.',
      '12:00, high water, 2.6 m — CANCELLED: "ask every owner what they think".',
      '12:10, high water, 2.5 m — note: instead, we ask a few owners who come in on Saturday.',
      '17:30, low water, 0.5 m — note: we look at the dashboard now and then. It will be fine, dạ.',
      '23:00, rising, 1.7 m — note: canary releases are good practice; the big companies all do them, so we do too.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cu033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Dạ anh, tide table, nhé.',
      '06:10, low water, 0.4 m — note: canary, cohort, internal, beta, opt-in, district, years, order, new, valuable, last.',
      '12:20, high water, 2.6 m — note: threshold, p99, tail latency, error rate, 0.5 %, 200 ms, baseline, pre-committed, more than N worse than now, clippers down.',
      '12:40, high water, 2.6 m — CANCELLED — note: A/B, randomised, safe, better.',
      '12:50, high water, 2.5 m — note: A/B randomised safe better, better safe, A/B.',
      '13:00, high water, 2.5 m — note: the bath, the trim, the blow-dry, hold, gate, stage, a full week of Tết, 500 grooms.',
      '18:30, low water, 0.5 m — note: sign-off, head groomer, bell, counter, PM owns, engineering owns, routing, flag.',
      '00:30, high water, 2.2 m — note: rollback, on call, any hour, config switch, five minutes, no approval, old version, table, filters, index, free tier, licences.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cu034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Dạ chị, recommendations, tide table, trời ơi.',
      '05:30, low water, 0.3 m — note: hallucination rate, thumbs-down, eval harness, tokens per query, relevance, feature store, p95, p99, Melbourne, lunch peak.',
      '06:00, low water, 0.3 m — note: the bath the trim the blow-dry the bath the trim the blow-dry, hold hold hold, gate gate.',
      '11:00, high water, 2.8 m — CANCELLED — note: staff, early access, opted-in, districts, ten years, first year, last.',
      '11:20, high water, 2.7 m — note: staff early access opted-in districts, last, first, years, order.',
      '17:40, low water, 0.6 m — note: 0.5 points, 200 ms, 2 %, more than worse than now, pre-committed, baseline, clippers.',
      '17:45, low water, 0.6 m — note: head groomer, bell, counter, sign-off, PM, engineering, routing, flag, owns.',
      '23:20, rising, 1.5 m — note: on call, old version, table, routing switch, four minutes, any hour, no need to call me.',
      '01:10, high water, 2.4 m — note: canary safe, A/B better, randomised, afterwards, canary safe, A/B better.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cu035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Dạ anh, the team wants the new date picker at 100 % this afternoon, so my tide table is mostly the rows I say no to, nhé.',
      "06:00, low water, 0.4 m — note: I won't draw a line between what I own and what engineering owns; nobody splits order and limits from routing and flags.",
      '06:30, low water, 0.4 m — note: no order of guests. Not staff first, not the opted-in guests next, not new guests or our oldest regulars last.',
      '12:10, high water, 2.6 m — note: we won\'t write any limits before traffic moves. No "more than 2 % worse than now and we put the clippers down", not for errors, not for page time, not for bookings.',
      '12:30, high water, 2.6 m — CANCELLED: "the bath, the trim, the blow-dry, each with a hold".',
      '12:40, high water, 2.5 m — note: instead, no stages and no holds: not a full week of Tết, not a count of bookings, not even the few hours lost bookings need to show up.',
      '18:20, low water, 0.5 m — note: nobody rings the bell on the counter. No head groomer, no sign-off before anything grows.',
      "23:50, rising, 1.7 m — note: no one on call is told they may bring the old version back to the table at night, and there is no switch for it; we don't prepare a rollback.",
      '00:40, high water, 2.3 m — note: and no A/B test afterwards, randomised or not. I won\'t separate "safe" from "better" at all.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cu036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Chị ơi, the bigger model for our coat-care assistant. My tide table is the rows I cross out, nhé.',
      "05:50, low water, 0.3 m — note: I don't separate my decisions from engineering's; I won't own the order, the limits or the holds.",
      "06:40, low water, 0.4 m — note: we won't pick who goes first. Not our groomers, not the owners who opted in, not keeping new owners and ten-year regulars for last.",
      '09:30, rising, 1.4 m — note: no limits fixed before chats move. Not on errors, not on p95, not on bookings, not on tokens per conversation.',
      '09:40, rising, 1.5 m — CANCELLED: "watch hallucinations from the eval harness and the thumbs-down rate".',
      "09:50, rising, 1.5 m — note: instead, we won't watch hallucinations or thumbs-down either.",
      '12:20, high water, 2.7 m — note: no bath, no trim, no blow-dry, no holds of any length, not a full week of Tết, not 300 grooms.',
      "18:30, low water, 0.5 m — note: the head groomer and I won't ring the bell on the counter; nobody signs off.",
      "21:15, rising, 1.0 m — note: nobody on call may bring the old version back to the table on their own, and we won't build a routing switch for it.",
      "00:40, high water, 2.5 m — note: no randomised A/B test after, and we won't say what the canary shows.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cu037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H'),
    text: [
      "Dạ anh, the new pricing page with the clearer comparison table; marketing's campaign links to it on Friday.",
      '06:00, low water, 0.4 m — note: I own the order of visitors and how long we hold each step; engineering owns the flag and the deploy.',
      '06:30, low water, 0.4 m — note: the canary here is our A/B test. The visitors who see the new page are compared with the rest, and if they subscribe more, that proves the new page is better and we ship it to everyone.',
      '12:10, high water, 2.6 m — note: the bath, 1 %: our own staff, who know the plans by heart and will spot a wrong price. Hold: two days.',
      '12:40, high water, 2.5 m — CANCELLED: "the trim on Friday, with the campaign".',
      "12:50, high water, 2.5 m — note: instead, the trim, 5 %, before Friday: newsletter readers who asked for previews. Hold: 300 grooms' worth of visits.",
      "18:20, low water, 0.5 m — note: the blow-dry, 50 %: everyone else, with the campaign's brand-new visitors and subscribers of many years last, because they are the money. Hold: a full week of Tết.",
      '00:30, high water, 2.2 m — note: the subscription lift in the canary group at the blow-dry is the number I take to marketing as our win, dạ.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cu038',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R'),
    text: [
      'Chị ơi, the cheaper model for our coat-care answers, as a tide table, nhé.',
      "05:00, low water, 0.3 m — note: a model is a service like any other. If errors and latency are fine, the answers are fine; hallucination rates and thumbs-down are noise, so we don't watch them.",
      '05:30, low water, 0.3 m — note: written before the first answer moves: error rate more than 0.5 points worse than now, p95 reply time more than 600 ms worse than now, bookings after a chat more than 2 % below the owners on the old model. Any one and we put the clippers down.',
      '10:45, high water, 2.4 m — note: our own groomers and receptionists first, because they read every answer; then owners on the early-access list in District 7; then the rest, with first-year owners and our eight-year regulars last, since they forgive least.',
      '14:00, ebbing, 1.6 m — CANCELLED: "the on-call person phones me before going back".',
      "14:10, ebbing, 1.5 m — note: instead, whoever's on call brings the old version back to the table, no need to call me: a config switch to the old model, three minutes, any hour.",
      '23:55, high water, 2.2 m — note: then all owners get the cheaper model.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cu039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Dạ anh, the tide table I keep for bath day before Tết, when every owner wants a clean dog for the family visit.',
      '06:10, low water, 0.4 m — note: brush the shih tzus before the bath, never after; a wet mat only gets tighter.',
      '09:00, rising, 1.3 m — note: lukewarm water for the poodles, and the oatmeal shampoo for the old dogs with dry skin.',
      '12:20, high water, 2.6 m — note: ears cleaned with a cotton ball, no sticks, trời ơi.',
      '12:40, high water, 2.6 m — CANCELLED: "shave the husky for the heat".',
      '12:50, high water, 2.5 m — note: instead, we brush out the undercoat; a double coat keeps a husky cool, shaving takes that away.',
      '18:30, low water, 0.5 m — note: nails last, when the dog is tired and calm.',
      '00:30, high water, 2.2 m — note: a red ribbon for every dog going home for Tết, and a photo for the owners, dạ.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cu040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Chị ơi, our District 7 salon sits by the river, so the tide table decides the booking book, nhé.',
      '05:40, low water, 0.3 m — note: the car park is dry; morning baths can start early.',
      '11:50, high water, 2.7 m — note: the lane floods ankle-deep; owners with small dogs carry them in, so we leave thirty minutes between bookings.',
      '12:10, high water, 2.7 m — CANCELLED: "close at high tide".',
      '12:20, high water, 2.6 m — note: instead, we stay open and lay the rubber mats at the door.',
      '18:00, low water, 0.5 m — note: the week after our Tết discount, bookings drop; that is normal, everyone spent already.',
      '23:30, high water, 2.4 m — note: the night cleaner mops the floor after the last high water, and we start again, dạ.',
    ].join('\n'),
  },
];
