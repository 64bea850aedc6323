import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-fourth fresh set, author c: middling (cv048–cv050), weak (cv051–cv052), keyword salad
 * (cv053–cv054), negated (cv055–cv056), misconception-led (cv057–cv058) and off-topic
 * (cv059–cv060) answers, written blind and labelled by hand (see LABEL-NOTES-c.md).
 */
export const NINETY_FOURTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cv048',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'Abi, short itinerary for the bigger model on our guest assistant.',
      'Day 1 — 09:00, Beşiktaş. Pack: the limits sheet. Before any guest sees it we fix the limits: wrong-treatment answers in the eval harness more than 2 points worse than now and we drain the basin; thumbs-down more than 3 points worse than now and we drain the basin; cost per conversation more than 25 % above now and we drain the basin.',
      'Day 1 — 11:00: our own attendants and front desk first, because they know every treatment and will spot a wrong answer about the kese or the foam massage.',
      'Day 1 — 16:00: guests who ticked “try new features”, mostly Moda regulars of a few years; they forgive a strange reply and tell us about it.',
      'Day 2 — morning: cancelled, the vendor of the new model had an outage. Moved to Day 3.',
      'Day 3 — 10:00: everybody else, with first-time tourists and the twenty-year Fatih regulars at the very end. The tourist never comes back after a bad answer, and the regulars are the business.',
      "Along the way I watch the harness's hallucination rate, thumbs-down, tokens and cost per conversation, and p95 reply time.",
      'Tamam, kolay gelsin.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cv049',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'Abi, a resizer that slows over the day is like a bath whose water cools by evening: you only see it if you stay until evening.',
      'Day 1 — 08:00, Şişli. Pack: a thermos. We start with a random 5 % of listing pages.',
      'That is the warm room, and we stay there a full 24 hours. The service only restarts on deploys and the slowness grows over a day, so a morning look proves nothing. Gate to leave: memory flat and pages loading as before over the whole day.',
      'Day 2 — 08:00, the hot marble, 25 %: another 24 hours, same gate.',
      "Day 3 — 09:00, the cool-down at 100 %: cancelled, a deploy restarted the service this morning, so the day's hold starts again. Rescheduled to Day 4, 09:00.",
      'Day 4 — 09:00: the cool-down, 100 %, Thursday deadline or not.',
      'Before each room, the head attendant (the engineering lead) and I both pour the first bowl of water.',
      "If something looks bad at any hour, whoever's on call warms the old version back up, no need to call me: the routing goes back to the old resizer in a few minutes, no redeploy. Hadi.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cv050',
    scenario: 'service',
    class: 'middling',
    points: points('P T A'),
    text: [
      'Tamam: academic search, a new index layout, smaller and cheaper, median faster, but rare queries with many filters were never benchmarked. I think like a bath manager: the average guest is happy, and the one who asks for the ninety-minute package is where it breaks.',
      'Day 1 — 09:00, Kadıköy, with engineering. Pack: a notebook. First we split the work: I own the limits and the call to advance or stop; engineering owns the index build, the routing and the deploy.',
      "Day 1 — 11:00, still before any query moves, we write the limits: p99 search time more than 300 ms worse than now and we drain the basin; p99 for queries with three or more filters more than 500 ms worse than now and we drain the basin; errors more than 0.3 % worse than now and we drain the basin; full-text downloads per search more than 2 % below the old layout's users and we drain the basin.",
      'Day 1 — afternoon: a random slice of traffic gets the new index, and we grow it over the week.',
      'Day 2 — the review with the library partners: cancelled, moved to Day 5.',
      'Day 5 — 10:00, with the partners: this shows the new layout is safe. Whether it finds better papers is a randomised A/B test afterwards, not the canary numbers. Kolay gelsin.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cv051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Day 1 — morning: we switch the visit-note summaries to the cheaper model for some of the branches and see how it goes. Pack: patience.',
      'Day 1 — evening: look at the feedback.',
      'Day 2 — cancelled, nobody rated anything; moved to Day 3.',
      'Day 3: if the attendants are not complaining, everybody gets it. If they complain, we go back. Kolay gelsin.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cv052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Abi, I would do it like opening a new room in the hammam: open the door a little and see who walks in.',
      'Day 1 — 10:00: the one-page checkout goes live for a random 5 % of shoppers. Pack: coffee.',
      'Day 1 — evening: check the dashboards, see if anything looks strange.',
      'Day 2 — cancelled for the spring campaign meeting, moved to Day 3.',
      "Day 3: everyone, before the campaign. If sales go down, we go back to the old checkout. The usability lab already loved it, so I don't expect much trouble.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cv053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Day 1 — morning, 07:00: canary cohort threshold gate hold sign-off rollback p95 hallucination eval harness thumbs-down feature store Singapore lunch.',
      'Day 1 — evening: warm room hot marble cool-down Bayram bookings drain basin on-call flag A/B randomised safe better.',
      'Day 2 — cancelled, rescheduled: PM owns engineering routing deploy cohort order Kadıköy Moda years visited cost per request tokens.',
      'Day 3: metrics guardrails baseline control 0.5 % 200 ms 2 % 1 % 5 % 25 % 50 % 100 % head attendant bowl of water. Hadi.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cv054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Itinerary, abi:',
      'Day 1 — 09:00, Beşiktaş — pack: canary, staff-first, opted-in, high-value-last, thresholds, pre-committed, error rate, p99, conversion.',
      'Day 1 — 15:00, Sultanahmet — pack: ramp, holds, gates, sign-off, rollback, on-call, config switch, minutes.',
      'Day 2 — cancelled → Day 3 — pack: A/B, randomised, safe-not-better, PM owns, engineering owns, Friday campaign, pricing table.',
      'Kolay gelsin.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cv055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Abi, honestly, my itinerary is short because I skip most of the stops.',
      "Day 1 — morning: no warm room with our own teams first. I don't see a reason staff should go ahead of customers, and I won't sort teams by district or by how many years they've been with us either.",
      "Day 1 — afternoon: I won't write any “more than N worse than now and we drain the basin” numbers before we start. No limits on errors or page load fixed in advance.",
      'Day 2 — no holds. Not a full week of Bayram, not a count of bookings; no hot marble, no cool-down.',
      "Day 3 — cancelled, rescheduled to Day 4, and on Day 4 I still won't ask the head attendant to pour the first bowl of water with me. No sign-off at each step.",
      "Rollback: I won't set it up so that whoever's on call warms the old version back up at any hour, and no switch is kept ready. I won't split what I own from what engineering owns, either.",
      'No A/B test afterwards. Tamam.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cv056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Day 1 — 09:00, Şişli. Pack: nothing much. I won't put our own attendants or the German-speaking front desk in first, and there is no opted-in group ahead of everyone else.",
      'Day 1 — 14:00: no limits written in advance. No thumbs-down number, no error number, no “more than 3 worse than now and we drain the basin”.',
      'Day 2 — cancelled; rescheduled to Day 4. On Day 4 there is still no warm room, no hot marble, no cool-down, no hold of any length.',
      "I won't watch thumbs-down by language, won't run the eval harness for formal address, won't look at tokens per reply.",
      "Nobody signs off each step: the head attendant and I will not pour any first bowl of water. On-call won't have a switch to warm the old prompt back up, and I'm not separating my decisions from engineering's.",
      "And no randomised A/B test after. Tamam abi, that's the plan.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cv057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: [
      "Abi, I'll say it plainly: for me the canary is our A/B test. If the guests in the warm room book more treatments after chatting with the bigger model than the guests on the old one, that proves the new model is better. That is the whole point of the trip, and no separate test afterwards.",
      'Day 1 — 09:00, Beşiktaş. Pack: the limits sheet. Written before any guest moves: errors more than 0.5 % worse than now and we drain the basin; hallucination rate in the eval harness more than 2 points worse than now and we drain the basin; cost per conversation more than 30 % above now and we drain the basin.',
      'Day 1 — 14:00, the warm room (2 %): our own attendants and front desk, because they know the real answers. Hold 500 bookings.',
      'Day 2 — the hot marble (20 %): guests who opted in, Moda and Cihangir regulars of 2–5 years. Hold a full week of Bayram.',
      'Day 5 — mid-week look at the numbers: cancelled, moved to Day 9, the end of the Bayram week.',
      "Day 9 — the cool-down (100 %): everyone else, first-timers and twenty-year regulars last, because they are the ones we can't afford to annoy. Hold 3,000 bookings, then read the booking lift from the warm-room guests and announce the better model.",
      'We watch thumbs-down, hallucination rate, tokens per conversation and p95 the whole way. Hadi.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cv058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      "Abi, the one thing I do differently: I don't write the rollback numbers before we start. With a new photo format nobody knows what normal looks like, so I look at the graphs on the first day and decide then what “worse” means. Numbers written in advance are only guesses.",
      "Day 1 — 08:00, Kağıthane office. Pack: two chargers. The warm room (2 %): our own staff's test shops and the sellers on our team, in Beşiktaş and Şişli. They upload every day and shout fast.",
      'Day 1 — 20:00: we stay overnight. The service only restarts on deploys and may slow over the day, so the hold is 24 hours.',
      'Day 2 — the hot marble (20 %): sellers who opted in to new features, 1–3 years selling with us. Hold 24 hours again.',
      "Day 3 — cancelled, the team's Thursday push. Rescheduled to Day 5; I won't rush.",
      "Day 5 — the cool-down (50 %, then 100 %): everyone. New sellers and our ten-year top sellers from Laleli go last: a new seller whose photos don't load leaves, and the top sellers carry most listings. Hold 24 hours at 50 %.",
      'Each step: the head attendant (the eng lead) and I both pour the first bowl of water.',
      "Any hour: whoever's on call warms the old version back up, no need to call me. A routing switch to the old resizer, minutes, no redeploy.",
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cv059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Abi, before the booking page, let me tell you how a proper hammam day goes; this is what our guests should read anyway.',
      'Day 1 — 10:00, Sultanahmet. Pack: a swimsuit, flip-flops, a comb. The peştemal and the nalın we give you.',
      'Day 1 — 10:15, the warm room: sit, sweat, drink water. Twenty minutes, not less.',
      'Day 1 — 10:40, the hot marble: lie on the göbektaşı; the attendant scrubs you with the kese, then the foam.',
      'Day 1 — 11:30, the cool-down: tea and lokum in the rest hall, no phone.',
      'Day 2 — the Kadıköy fish market: cancelled, it rained. Rescheduled to Day 3, after the ferry.',
      'Day 3 — 18:00, the ferry to Kadıköy, then fish by the pier. Kolay gelsin, hadi.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cv060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Tamam abi, for the recommendation model, here is our team's trip to see the Singapore partner.",
      'Day 1 — 23:55, Istanbul Airport. Pack: Type G adapter plugs, a light jacket for the air-conditioning, a peştemal as a gift.',
      'Day 2 — 17:00, Changi; hotel in Tanjong Pagar. Dinner at a hawker centre, chicken rice, then sleep.',
      "Day 3 — 09:00, the partner's spa on Orchard Road: they want our treatment catalogue translated, and to know which packages sell at lunch.",
      'Day 4 — the workshop on features for the new model: cancelled, their lead was ill. Rescheduled to Day 5, morning.',
      'Day 5 — 09:00, the workshop: which guest features to add, favourite oils, time of day, past treatments. 20:00, flight home. Hadi.',
    ].join('\n'),
  },
];
