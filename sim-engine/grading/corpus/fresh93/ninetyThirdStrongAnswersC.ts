import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-third fresh set, author c: strong answers (cu041–cu047), written blind and labelled by hand
 * before anything was run. Every answer covers every point of its kind (model: P C T H S R A M;
 * service: P C T H S R A). Voice: a Manila English register in writing, a vineyard tasting-room
 * booking PM, every answer a page of sheet music with numbered bars and tempo markings.
 * The comment above each answer names the built-in scenario it was written for.
 */
export const NINETY_THIRD_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade (model)
  {
    id: 'cu041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Pairing Suggestions, Op. 41: a bigger model for the pairing assistant',
      "Programme note: the assistant that pairs our wines with a guest's kare-kare moves to a larger model with a longer context window. Same prompt po. Offline evals rose three points; Finance asks the cost per conversation.",
      'Bars 1–4, largo: I own the score, the order of guests, the cork limits and how long we rest. Engineering owns the instruments: routing, deploy, flag.',
      'Bars 5–12, adagio (written on the score before a single guest is moved, and signed): errors more than 0.5 % worse than now and we cork the bottle. p95 reply time more than 300 ms worse than now and we cork the bottle. Tastings booked after a pairing chat more than 2 % worse than now and we cork the bottle. Invented wines or vintages in the eval harness more than 1 point worse than now and we cork the bottle. Thumbs-down on pairings more than 1.5 points worse than now, same. Cost per conversation more than 30 % above now, same.',
      'Bars 13–20, andante (the first pick, 5 %): our own cellar and tasting-room staff in Makati and Cebu taste first. They know every label and will catch a Syrah paired with halo-halo. Rest: 400 tastings, at least two days.',
      'Bars 21–28, moderato (the crush, 25 %): wine-club members of five years or more who joined the preview list, from Manila, Cebu and Baguio. They opted in and they forgive a strange suggestion. Rest a full Holy Week, so the long questions about a whole dinner menu arrive.',
      "Bars 29–36, allegretto (the pressing, 50 %, then the bottling, 100 %): everyone else, with members of less than a year and first-time guests booking a private tasting last, kasi they are new, they have no patience for a wrong pairing, and next year's members come from them. Rest 1,000 tastings at the pressing.",
      'Fermata at every double bar: no page turns until the head winemaker and I both raise our glasses.',
      "Bars 37–40, presto: any hour, any day, whoever's on call pours the old version back, no need to call me. It is the routing switch on the flag, back to the old model in under five minutes, not a redeploy.",
      'Coda, lento: this canary tells us the bigger model is safe to pour, not that it pairs better or sells more. For that, after the bottling, a randomised A/B test. Ingat po.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down (model)
  {
    id: 'cu042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Op. 42: a warmer pairing prompt',
      'Note: English speakers reviewed it; a quarter of our guests write in Tagalog, where po and opo matter.',
      "Bars 1–4, andante: the score is mine (order, cork limits, rests); routing, flag and deploy are engineering's.",
      "Bars 5–8, adagio, signed before we play: thumbs-down more than 2 points worse than now, English and Tagalog counted apart, and we cork the bottle; the eval harness's respect score (po and opo kept) more than 3 points worse than now, same; errors more than 0.5 % or p95 more than 250 ms worse, same.",
      'Bars 9–16, moderato: the first pick, 5 %, our own tasting-room staff in Makati, Tagalog speakers included, for 300 tastings. The crush, 25 %, preview-list members of three years or more in Manila and Cebu, a full Holy Week. The bottling, 100 %, new members last: one rude suggestion loses them.',
      'Fermata: no stage turns until the head winemaker and I both raise our glasses.',
      "Bars 17–20, presto: at any hour, whoever's on call pours the old version back, no need to call me. The prompt is a config flag, switched back in two minutes, no redeploy.",
      'Coda: the canary says the warmer prompt is safe; a randomised A/B test afterwards says whether it is better. Sige po.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap (model)
  {
    id: 'cu043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Étude for a Cheaper Model, Op. 43',
      'Programme note: the pairing suggestions move to a cheaper, faster model. At the busiest hour we only make a few hundred suggestions a minute, very few guests rate a pairing, and the eval harness grades just one suggestion in two hundred. So at 5 % po, a day gives us almost nothing to read. The whole piece is written around that.',
      'Bars 1–6, andante (who holds the baton): I write the score, which guests hear it in which order, the limits and how long we rest. Engineering plays it: routing, deploy, flags. I also ask them for one thing, to grade one suggestion in ten instead of one in two hundred while the canary runs.',
      "Bars 7–14, adagio (tuning before the concert, signed before any traffic moves): wines we don't carry or vintages that don't exist, from the harness, more than 1 point worse than now and we cork the bottle. Thumbs-down on pairings more than 2 points worse than now and we cork the bottle. Tastings booked after a suggestion more than 2 % worse than now, same. Errors more than 0.5 % worse, p95 more than 200 ms worse, same. Cost per suggestion we watch too; it should fall.",
      'Bars 15–22, moderato (the first pick, 5 %): our own cellar staff and sommeliers in Makati taste first; they rate everything, so their feedback is not sparse. We rest here until 200 graded suggestions and 100 ratings, not a number of hours, because at this volume hours mean nothing.',
      'Bars 23–30, allegretto (the crush, 25 %): wine-club members of four years or more from Quezon City, Cebu and Davao who opted into the preview list. Rest until 1,000 graded suggestions and at least a full Holy Week, whichever comes later.',
      'Bars 31–38, allegro (the pressing, 50 %, then the bottling, 100 %): everyone else, with members of under a year and first-time guests last, kasi a bad first pairing is the one they remember. Rest 1,500 graded suggestions at the pressing.',
      "Double bar, fermata: the head winemaker and I both raise our glasses, or we don't advance.",
      "Bars 39–42, presto: whoever's on call pours the old version back, no need to call me, 3 a.m. on a Sunday included. It is a flag flip on the model route, under five minutes, no redeploy.",
      'Coda: this tells us the cheaper model is safe. Whether it is better for guests, that is a randomised A/B test afterwards. Sige.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations (model)
  {
    id: 'cu044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Recommended Pairings, Op. 44 (with one passage struck and played again)',
      "Programme note: the new recommendation model reads more features per request from each region's guest-history store, to suggest the wine for your lunch booking. We are in Manila. Our partner tasting room in Daly City, California, books its lunch at three in the morning our time, and the stores were sized for the old model.",
      'Bars 1–4, andante: I own the order of guests, the cork limits and the rests. Engineering owns the routing, the deploy and the flag.',
      'Bars 5–12, adagio, written and signed before the first pick: for each region on its own, errors more than 0.5 % worse than now and we cork the bottle; p99 more than 200 ms worse than now and we cork the bottle; suggestions served from the fallback list because the store timed out, more than 1 point worse than now, same; share of suggested wines added to a booking more than 2 points worse than now, same; thumbs-down more than 1.5 points worse than now, same.',
      'Bars 13–20, moderato (the first pick, 5 %): our own tasting-room staff in Makati and Daly City first, because they know the cellar and will say when a suggestion is odd. Rest: 500 bookings in each region.',
      "~~Bars 21–28, allegro (the crush, 25 %): two office days, the whole team watching the dashboard together at our lunch.~~ Struck out: our lunch is not Daly City's lunch. Da capo.",
      "Bars 21–28, played again, amended, moderato (the crush, 25 %): preview-list members of three years or more in Manila, Cebu and Daly City, who asked for early pours and forgive an odd one. Rest a full Holy Week, so each region's own lunch peak passes seven times under load, with the region limits above doing the watching at 3 a.m., not us.",
      'Bars 29–36, allegretto (the pressing, 50 %, then the bottling, 100 %): everyone else, with members of under a year last; they are new and a slow home screen loses them. Rest 2,000 bookings per region at the pressing.',
      'Fermata at each double bar: the head winemaker and I both raise our glasses, or nobody turns the page.',
      "Bars 37–40, presto: whoever's on call pours the old version back, no need to call me, at any hour. It is a config switch back to the old model, under five minutes, no redeploy.",
      "Coda: this proves it safe at every region's peak. Whether it recommends better is a randomised A/B test, later. Ingat.",
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts (service)
  {
    id: 'cu045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Op. 45: the new payment SDK, for the Friday dinner rush',
      'Bars 1–4, andante: I own the score: order, cork limits, rests. Engineering plays the routing, the SDK deploy and the flag.',
      'Bars 5–8, adagio, signed before the first pick: payment failures more than 0.5 % worse than now, Android and iOS apart, counted per five minutes so bursts show, and we cork the bottle; p99 payment time more than 300 ms worse, same; completed orders more than 2 % worse than now, same.',
      'Bars 9–16, moderato: the first pick, 2 %, our own staff ordering dinner, Android phones included. The crush, 20 %, customers who opted into the wallet beta, Manila then Cebu, for a full Holy Week so a Friday dinner passes. The bottling, 100 %, first-time customers last, since a failed first payment loses them.',
      'Fermata: nothing advances until the payments lead, our head winemaker, and I both raise our glasses.',
      "Bars 17–20, presto: at any hour, whoever's on call pours the old version back, no need to call me. The old SDK path stays behind the flag: a config switch, under five minutes, no new app build.",
      'Coda: the canary says safe; whether wallets sell more is a randomised A/B test afterwards. Sige po.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load (service)
  {
    id: 'cu046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Cold Cellar, Op. 46: task storage moves to the managed cluster',
      'Programme note: in the tasting room we never trust a bottle that was only tasted warm. Same here po. The load test passed, but with warm caches, and the old cluster is switched off at the end of the month. So the piece starts cold.',
      "Bars 1–4, largo: my part is the score, which teams move in which order, the limits, and how long we rest. Engineering's part is the proxy, the routing and the migration itself.",
      'Bars 5–12, adagio (written down before one request moves, and signed by both of us): errors on task reads and saves more than 0.3 % worse than now and we cork the bottle. p99 page load more than 250 ms worse than now and we cork the bottle. Tasks created per active team more than 2 % worse than now, same.',
      "Bars 13–20, andante (the first pick, 5 %): our own workspaces first, the company's teams in Makati and Cebu, because we use the tool all day and we complain loudly. Caches are emptied on purpose at the start. Rest three working days, Monday morning included, when everyone logs in cold.",
      'Bars 21–28, moderato (the crush, 25 %): customers of three years or more who opted into early access, from Manila, Davao and Iloilo. Rest a full Holy Week, with at least one month-end, when boards are busiest.',
      'Bars 29–36, allegretto (the pressing, 50 %, then the bottling, 100 %): everyone else, with teams in their trial month and our largest paying workspaces last; new teams leave at the first slow board, and the big ones hurt us most if it breaks. Rest 5,000 active teams at the pressing.',
      'Fermata at every double bar: the head winemaker (our database lead) and I both raise our glasses, or it waits.',
      "Bars 37–40, presto: any hour, whoever's on call pours the old version back, no need to call me. The proxy points back at the old cluster with one config change, under five minutes, no redeploy. That is why the old cluster is not switched off until a full Holy Week after the bottling, whatever the calendar says.",
      'Coda: this canary says the move is safe. If someone wants to claim the new cluster makes teams faster or happier, that is a randomised A/B test afterwards. Sige, ingat.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority (service)
  {
    id: 'cu047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Nocturne, Op. 47: fares move to the new pricing service',
      'Programme note: rides peak late on weekend nights and never really stop, and the pricing service shares its nightly batch window with billing. We start on a Tuesday evening. In the tasting room the worst spill always happens after closing, when the manager has gone home. So this piece is about 2 a.m.',
      'Bars 1–4, andante: I own the order of riders, the cork limits, the rests, and who may stop the music at night. Engineering owns the routing, the deploy and the flags.',
      "Bars 5–12, adagio (written and signed on Tuesday afternoon, before any ride moves): fare quote errors more than 0.5 % worse than now and we cork the bottle. p99 quote time more than 200 ms worse than now and we cork the bottle. Fares that differ from the old service's shadow quote by more than 5 %, on more than 1 % of rides, same. Completed trips more than 2 % worse than now, same.",
      "Bars 13–20, moderato (the first pick, 2 %): our own staff's rides in Makati and BGC first; they know it's new and will report a strange fare. Rest three nights, each with a batch window.",
      'Bars 21–28, allegretto (the crush, 20 %): riders of two years or more who opted into the beta, from Manila and Cebu. Rest a full Holy Week, which means a Friday and Saturday night at peak and seven batch windows.',
      'Bars 29–36, allegro (the pressing, 50 %, then the bottling, 100 %): everyone else, with new riders and airport trips last; a wrong fare on a first ride or a flight is the one that becomes a complaint. Rest a weekend at the pressing.',
      'Fermata at every double bar: the head winemaker, our pricing lead, and I both raise our glasses, in daylight, before the page turns.',
      "Bars 37–40, presto, the important passage: at 2 a.m. whoever's on call pours the old version back, no need to call me, and no need to call anyone else either. It is a routing switch back to the old pricing path, under five minutes, not a redeploy. They write one line in the channel and go back to bed.",
      'Coda: all this shows the new service is safe. Whether its fares earn more or keep more riders is for a randomised A/B test afterwards. Ingat po.',
    ].join('\n'),
  },
];
