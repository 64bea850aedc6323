import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-third fresh set, author c: the other answers (cu048–cu060): middling, weak, keyword salad,
 * negated, misconception-led and off-topic, written blind and labelled by hand before anything was run.
 * Same voice as the strong answers. The comment above each answer names the built-in scenario.
 */
export const NINETY_THIRD_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: checkout-first-order (service)
  {
    id: 'cu048',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      'Op. 48: the one-page checkout, before the spring campaign',
      "Bars 1–4, andante: my part po is the order and the rests; engineering's part is the flag and the deploy. I don't touch the switches, they don't choose the guests.",
      'Bars 5–12, moderato (the first pick, 5 %): our own staff buy their garden hoses through it first, in Makati and Pasig, because they will notice a wrong saved address before any customer does. Rest 500 checkouts.',
      'Bars 13–20, allegretto (the crush, 25 %): returning customers of three years or more who signed up for the preview. They are the ones the lab loved it with, and they forgive. Rest a full Holy Week.',
      'Bars 21–28, allegro (the pressing, 50 %, then the bottling, 100 %): first-time buyers last, kasi the spring campaign brings them in and nobody in the usability lab was buying for the first time. Rest 2,000 checkouts at the pressing.',
      'Bars 29–32, a tempo: after that, we see how it tastes and decide. Sige.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade (model)
  {
    id: 'cu049',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'Op. 49: the bigger pairing model, short version',
      'Bars 1–4, allegro: a random 10 % of guests get the bigger model from the start.',
      'Bars 5–12, adagio, written before that 10 % is switched on: invented wines or vintages in the eval harness more than 1 point worse than now and we cork the bottle; cost per conversation more than 25 % above now and we cork the bottle; thumbs-down on pairings more than 2 points worse than now, same; p95 more than 400 ms worse than now, same.',
      "Bars 13–16, presto: at any hour, whoever's on call pours the old version back, no need to call me. It is the model flag, switched back in a few minutes, no redeploy.",
      'Bars 17–20, allegro: when it has looked fine for a while, everyone gets it. Ingat po.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak (service)
  {
    id: 'cu050',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      'Op. 50: the rewritten image resizer',
      'Bars 1–4, andante: a wine that tastes fine when opened can turn by evening. The service is only restarted on deploys, so I want long rests, not a Thursday finish.',
      'Bars 5–16, moderato: the first pick, 5 %, rests three full days without a restart. The crush, 25 %, rests a full Holy Week. The pressing, 50 %, rests another 10,000 listing views before the bottling at 100 %.',
      'Fermata at each double bar: the head winemaker, here the lead for the image service, and I both raise our glasses before the page turns.',
      'Bars 17–20, allegretto: which sellers land in each stage, the router decides. We watch the photos and see if anything slows.',
      'Coda: the canary shows the new resizer is safe to keep. The benchmark says 20 % faster, but whether sellers actually do better with it is a randomised A/B test afterwards, not something we read off the canary.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap (model)
  {
    id: 'cu051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Op. 51: the cheaper model',
      'Bars 1–8, andante: a cheaper model is like a younger vintage po, sometimes surprising. We pour it for some guests and see if they like it.',
      'Bars 9–16, moderato: if nobody complains, we pour it for everyone. If they complain, we go back.',
      'Bars 17–20, rit.: engineering knows the details. Sige.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy (service)
  {
    id: 'cu052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Op. 52: the new pricing page',
      'Bars 1–4, allegretto: this is just a new wine list on the table, naman. Nothing behind it changes.',
      "Bars 5–12, moderato: we put it live for a few people before Friday's campaign, look at the numbers, and if they look okay, everyone gets it in time for the links.",
      "Bars 13–16, a tempo: a canary is a good habit, that's all. Ingat.",
    ].join('\n'),
  },
  // scenario: search-tail-latency (service)
  {
    id: 'cu053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Op. 53',
      'Bars 1–4, presto: canary, cohort, threshold, p99, tail latency, rollback, hold, gate, sign-off.',
      'Bars 5–8, presto: first pick, crush, bottling, Holy Week, cork the bottle, 0.5 %, 200 ms, 2 %, baseline, control.',
      'Bars 9–12, prestissimo: cellar staff, preview list, Makati, Cebu, wine-club years, free tier, institutional licences, last.',
      'Bars 13–16, prestissimo: on-call, pour, old version, config switch, five minutes, no redeploy, head winemaker, glasses.',
      'Bars 17–20, fff: safe, better, randomised, A/B, PM owns, engineering owns, routing, flags, po, sige, naman.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations (model)
  {
    id: 'cu054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Op. 54',
      'Bars 1–4, presto: recommendation model, feature store, lunch peak, Daly City, Manila, three a.m., cohort, canary.',
      'Bars 5–8, presto: hallucination rate, eval harness, thumbs-down, token cost, p95, p99, fallback, threshold, cork the bottle.',
      'Bars 9–12, prestissimo: first pick 5 %, crush 25 %, pressing 50 %, bottling 100 %, hold, gate, Holy Week, 500 bookings.',
      'Bars 13–16, prestissimo: head winemaker, raise glasses, sign-off, on-call, pour old version back, flag, minutes.',
      'Bars 17–20, fff: safe not better, randomised A/B, PM, engineering, routing, po, naman, ingat.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down (model)
  {
    id: 'cu055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Op. 55: the warmer prompt, everything I would not play',
      'Bars 1–4, andante: I would not split what I own from what engineering owns po. No separate score for me.',
      'Bars 5–8, adagio: no staff tasting first, no preview-list members next, no order of cities or club years at all.',
      'Bars 9–12, moderato: I would not write any cork limits before we start, not for thumbs-down, not for the eval harness, not for Tagalog or English.',
      'Bars 13–16, allegretto: no first pick, no crush, no bottling, no Holy Week of rests, no count of tastings between stages.',
      "Bars 17–20, allegro: no head winemaker raising a glass with me, and whoever's on call would not pour the old version back on their own.",
      "Coda: and no randomised A/B test afterwards either. Sige, that's the piece.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact (service)
  {
    id: 'cu056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Op. 56: bigger photos and a size guide, played without the usual parts',
      "Bars 1–4, andante: I won't draw a line between my decisions and engineering's, naman.",
      "Bars 5–8, moderato: we will not start with our own staff, and we won't invite preview customers of any city or any number of years before the others.",
      'Bars 9–12, adagio: no limits written down in advance, no "more than N worse than now and we cork the bottle".',
      'Bars 13–16, allegretto: no stages with names, no rests between them, and the head winemaker and I will not be raising any glasses.',
      'Bars 17–20, allegro: nobody on call pours the old version back without me, and there is no switch for it either.',
      "Coda: and we won't follow it with an A/B test. Ingat po.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade (model)
  {
    id: 'cu057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H R'),
    text: [
      'Op. 57: the bigger pairing model, and what the canary proves',
      'Bars 1–4, maestoso: let me say the main theme first po. The canary is our A/B test. If the guests at the first pick book more tastings than everyone else, that proves the bigger model is better, and we bottle it. No separate experiment needed.',
      'Bars 5–8, andante: I own the order of guests and how long we rest; engineering owns the routing, the deploy and the flag.',
      'Bars 9–16, moderato (the first pick, 5 %): our own cellar staff in Makati first, since they know every label and will catch a strange pairing. Rest 400 tastings.',
      'Bars 17–24, allegretto (the crush, 25 %): wine-club members of five years or more in Manila and Cebu who joined the preview list; they opted in and forgive. Rest a full Holy Week.',
      'Bars 25–32, allegro (the bottling, 100 %): new members last, kasi a wrong first pairing loses them.',
      "Bars 33–36, presto: at any hour, whoever's on call pours the old version back, no need to call me, with the model flag, in under five minutes, no redeploy.",
      'Coda: and the bookings at the first pick are our answer to Finance too: higher bookings, better model. Sige.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag (service)
  {
    id: 'cu058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Op. 58: the new date picker on the booking page',
      'Bars 1–4, rubato: the main theme po: limits are something you taste while it pours. Writing numbers down before the first pick is guessing. We watch the bookings on the dashboard and decide then what is too much.',
      'Bars 5–12, andante (the first pick, 5 %): our own staff book their weekend houses through it first, in Makati and Quezon City, because they know the old form by heart. Rest 300 bookings.',
      'Bars 13–20, moderato (the crush, 25 %): guests of three years or more who opted into the preview. Rest a full Holy Week, since people book after talking it over at home and the lost bookings show only hours later.',
      'Bars 21–28, allegro (the bottling, 100 %): first-time guests last; they have never seen the old form and leave at the first confusing date.',
      'Fermata at each double bar: the head winemaker, our booking lead, and I both raise our glasses before the page turns.',
      "Bars 29–32, presto: at any hour, whoever's on call pours the old version back, no need to call me: the flag goes back to the old page, under five minutes, no redeploy.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy (service)
  {
    id: 'cu059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Op. 59: the harvest-festival playlist for the tasting room',
      'Bars 1–8, andante: kundiman while guests arrive, soft, so they can read the wine list.',
      "Bars 9–16, moderato: the sommelier's talk on the first pick and the crush, with the bottling line running behind the glass.",
      'Bars 17–24, allegro: OPM hits during the food pairing, louder in Cebu, quieter in Baguio where the members are older.',
      'Bars 25–32, ritardando: the wine-club members of ten years or more get a toast, and the head winemaker and I both raise our glasses.',
      'Coda: staff clear the glasses, and we close at nine. Ingat sa pag-uwi po.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap (model)
  {
    id: 'cu060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Op. 60: how the pairing assistant thinks',
      'Bars 1–8, andante: it reads the dish first, fat, salt, acid, sweet, and then the sauce, because the sauce decides more than the meat po.',
      'Bars 9–16, moderato: sinigang wants something crisp and sour-friendly, a dry Riesling; adobo wants a red with soft tannins; lechon, a sparkling to cut the fat.',
      "Bars 17–24, allegretto: it never suggests a wine we don't have in the cellar, and it knows which vintages are nearly gone.",
      "Coda: when it's not sure, it asks the guest what they usually drink. Sige, cheers naman.",
    ].join('\n'),
  },
];
