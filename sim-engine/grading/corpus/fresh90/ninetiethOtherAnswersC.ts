import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninetieth fresh set, author c: middling (cr048–cr050), weak (cr051–cr052), keyword salad
 * (cr053–cr054), negated (cr055–cr056), misconception-led (cr057–cr058) and off-topic
 * (cr059–cr060) answers, written blind and labelled by hand. Same voice as the strong answers:
 * a Rioplatense English register, a mushroom-foraging tour booking PM, a page of classified ads.
 */
export const NINETIETH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cr048',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'CLASSIFIEDS: the bigger model for our mushroom-photo assistant.',
      "NOTICE: I decide the limits and when we stop; engineering handles the routing and the deploy, that's their laburo, not mine.",
      'FIXED BEFORE WE START: misidentification rate on our eval photos more than 1 point worse than now and we leave the forest. Thumbs-down rate more than 3 points worse than now, same. Cost per conversation more than 40 % above now, same, because finance asked.',
      'WANTED: a few percent of foragers on the new model to begin with, then more if it looks fine.',
      'WITHDRAWN: “watch the error rate only.”',
      'REPRINTED, CORRECTED: watch the error rate, and gate on the misidentification rate, the thumbs-down rate and the cost per conversation above.',
      'LOST: nothing, we hope. If something goes wrong, we go back to the old one.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cr049',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'CLASSIFIEDS: the one-page checkout for the home-and-garden shop. I book mushroom forays; this is how our office would do it.',
      "WANTED: our own staff, first, buying their own seeds and pots through the new page. Then customers who signed up for early access, gardeners who've shopped with us three years or more. First-time buyers go last, well after the spring campaign opens: the lab only tested returning customers, and a first order lost is a customer lost.",
      'STAGES: the first basket (staff), the forest floor (early access), the clearing (regulars), the market stall (everyone, first-timers included). Each stage holds for 3,000 orders before the next one opens.',
      'SIGN-OFF: the head of the shop and I both stamp the basket before every stage opens.',
      'WITHDRAWN: “first-timers in the second stage, Growth wants the numbers.”',
      'REPRINTED, CORRECTED: first-timers last. Growth waits, che.',
      "NOTICE: we'll keep an eye on how it goes and talk it over if the numbers look off.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cr050',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'CLASSIFIEDS: the new index layout for the paper search engine.',
      'FIXED BEFORE ANY TRAFFIC MOVES: p99 query latency more than 250 ms worse than now and we leave the forest; p99.9 on queries with four or more filters more than 500 ms worse, same; search errors more than 0.5 % worse, same. The median got faster in testing; the tail is where this breaks.',
      'WANTED: some share of traffic on the new index, more as the week goes on.',
      "ROLLBACK, ANY HOUR: whoever's on call carries the old index back out, no need to call me. Both indexes stay live; it's a routing switch, a couple of minutes, no rebuild, no redeploy.",
      'WITHDRAWN: “the canary will show researchers the new layout is better.”',
      'REPRINTED, CORRECTED: the canary shows it is safe to serve. Better (more papers opened, fewer refined searches) is a randomised A/B test afterwards.',
      'PERSONALS: hosting gets cheaper either way. Dale.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cr051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'CLASSIFIEDS: a cheaper model for the mushroom ID.',
      "FOR SALE: a cheaper, faster model. Finance likes it, and the foragers won't notice.",
      'WANTED: a small group of users to try it first, then everyone.',
      "NOTICE: we'll keep an eye on the ratings and see how it goes.",
      'WITHDRAWN: “everyone on Monday.”',
      'REPRINTED, CORRECTED: everyone on Wednesday, after a couple of days with the small group.',
      'LOST AND FOUND: if anything breaks, the engineers will know what to do. Bárbaro.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cr052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'CLASSIFIEDS: the new pricing page for the video editor.',
      'NOTICE: a canary release means a few users see the new thing before everyone else. Like the first basket of the season: you look at it before you fill the truck.',
      'FOR SALE: a clearer comparison table; nothing behind it changes.',
      "WANTED: a quiet launch before Friday's campaign.",
      'WITHDRAWN: “launch on Friday.”',
      "REPRINTED, CORRECTED: launch on Thursday, so it's out when marketing starts.",
      'PERSONALS: if it goes badly we can always put the old page back, che.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cr053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'CLASSIFIEDS: canary prompt mushroom.',
      'FOR SALE: canary cohort threshold rollback hold gate sign-off. Thumbs-down hallucination eval harness p95 latency tokens.',
      'WANTED: ramp ramp 1 % 5 % 25 % 100 %. Cohort Portuguese cohort Spanish cohort guides. Basket basket stamp.',
      'TO LET: rollback config flag on-call minutes. A/B randomised safe better. PM owns engineering owns.',
      'WITHDRAWN: threshold 0.5 % 200 ms.',
      'REPRINTED, CORRECTED: threshold 0.5 % 200 ms 2 %, forest, leave, market stall, autumn rains, head mycologist, che, dale.',
      'NOTICES: canary canary canary prompt warm formal usted vos eval gate hold sign-off rollback.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cr054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'CLASSIFIEDS: image resizer canary.',
      'WANTED: memory memory memory leak restart deploy cohort order guides early access sellers last.',
      'FOR SALE: thresholds errors 0.5 % p99 200 ms conversion 2 % baseline control pre-committed.',
      'LOST: holds gates stages first basket forest floor market stall, autumn rains, tours 500.',
      'FOUND: sign-off head mycologist stamp basket gate.',
      'SERVICES: rollback on-call any hour config switch minutes no redeploy no approval.',
      'WITHDRAWN: A/B.',
      'REPRINTED, CORRECTED: A/B randomised afterwards, safe not better, canary safe, canary safe.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cr055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'CLASSIFIEDS: a new recommendation model for the suggested forays on our home screen, Buenos Aires and Japan.',
      "NOT WANTED: our own guides first, then early-access foragers, then the rest. We won't keep any cohort order, by province or by years with us.",
      "NOT FOR SALE: rollback limits written in advance. We won't pin numbers on home-screen latency or feature-store timeouts before the traffic moves.",
      "NO VACANCY: stages with holds. No first basket, no forest floor, no market stall, and we won't wait out a full week of the autumn rains anywhere.",
      'WITHDRAWN: “the head mycologist and I both stamp the basket at each gate.”',
      'REPRINTED, CORRECTED: nobody stamps anything; there is no gate to stamp.',
      "NOT OFFERED: a rollback at Tokyo lunch by whoever's on call, or a config switch that brings the old version back in minutes.",
      "NOT WANTED: click-through, fallback rate or feature reads per request as gates. We won't watch model signals at all.",
      'NOT PLANNED: a randomised A/B test afterwards.',
      'NOTICE: nor do I split what I own from what engineering owns. Everyone does everything, che.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cr056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'CLASSIFIEDS: the new date picker and shorter form on the holiday-rental booking page.',
      'NOT WANTED: staff first, then early-access guests, then the rest. No order, no segments by province or by years booking with us.',
      "NOT FOR SALE: thresholds fixed before the first basket. We won't write down “more than 2 % fewer bookings than now and we leave the forest” or anything like it.",
      'NO HOLDS: no stage that waits the hours it takes for late bookings to show, and no count of bookings before the next step.',
      'WITHDRAWN: “the head of bookings and I both stamp the basket.”',
      'REPRINTED, CORRECTED: no stamp and no sign-off from anyone.',
      'NOT OFFERED: someone on call who can roll back at 3 a.m. with a flag in two minutes.',
      'NOT PLANNED: a randomised A/B test afterwards; nobody here separates safe from better.',
      "NOTICE: and I won't draw a line between what I own and what engineering owns. Dale.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cr057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H R'),
    text: [
      'CLASSIFIEDS: the warmer prompt for the mushroom-ID assistant.',
      "NOTICE, PLAIN: this canary is our A/B test. The 10 % on the warm prompt against the 90 % on the old one proves whether warmer is better, and if bookings go up in the canary group, we've proven it.",
      "WANTED: our own guides, first, since they use it in both languages all day. Then foragers who opted into early access. Portuguese-speaking first-season foragers last, because the prompt was only reviewed in Spanish and they're the ones a misplaced “vos” would put off.",
      'FIXED BEFORE THE FIRST BASKET: thumbs-down rate more than 2 points worse than now in either language and we leave the forest; errors more than 0.5 % worse, same.',
      'STAGES: the first basket (guides), the forest floor (10 %), the market stall (100 %). Each holds 500 tours before the next opens.',
      'WITHDRAWN: “rollback needs my OK.”',
      "REPRINTED, CORRECTED: whoever's on call carries the old version back out, no need to call me, any hour; it's the prompt flag, two minutes, no redeploy.",
      'PERSONALS: after the market stall we announce the lift measured in the canary group. Dale.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cr058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      "CLASSIFIEDS: bigger photos and a size guide on the fashion shop's product pages.",
      "NOTICE, PLAIN: no limits written in advance. Numbers set before you've seen the traffic are guesses, so we watch the dashboard at each stage and decide then what counts as too bad. That's how we run the tour office, and it works.",
      "WANTED: our own staff, first; they're on the product pages all day and will spot a broken size guide within the hour. Then shoppers on the early-access list, then regulars by years with us, three years or more first. First-time shoppers last: they have no habit to fall back on if the page confuses them.",
      'STAGES: the first basket (staff), the forest floor (early access), the clearing (regulars), the market stall (everyone). Each holds 2,000 orders; the staff stage holds a full week instead, because staff barely buy.',
      'SIGN-OFF: the head of e-commerce and I both stamp the basket at each gate.',
      'WITHDRAWN: “the on-call engineer asks me before rolling back.”',
      "REPRINTED, CORRECTED: whoever's on call carries the old version back out, no need to call me, any hour; a feature flag, two minutes, no redeploy.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cr059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'CLASSIFIEDS: autumn foray season, Buenos Aires province.',
      'WANTED: foragers for the Saturday foray in Tandil, boots required, baskets provided.',
      'FOR SALE: wicker baskets, knives with brushes, field guides in Spanish and English.',
      'NOTICE: never eat a mushroom identified only by an app. Our guides check every basket before anyone cooks.',
      'TO LET: cabin near the pine forest, sleeps six, mate included.',
      'WITHDRAWN: “Sunday foray at 7 a.m.”',
      'REPRINTED, CORRECTED: Sunday foray at 8 a.m.; the bus leaves from Plaza Italia.',
      'PERSONALS: the pine Suillus are coming up a full this year, che. Bárbaro.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cr060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'CLASSIFIEDS: outdoor gear, second-hand, after the spring sale.',
      'FOR SALE: two-person tent, used three times, one pole bent and straightened.',
      'FOR SALE: rain jacket, size M, bought at 20 % off last week, wrong colour.',
      'WANTED: hiking boots, size 42, broken in, for the mushroom forays around Bariloche.',
      "NOTICE: reviews are the best part of any gear page; read the three-star ones, che, they're the honest ones.",
      'WITHDRAWN: “head torch, like new.”',
      'REPRINTED, CORRECTED: head torch, like new, batteries not included.',
      'PERSONALS: looking for a foraging partner with a car, weekends in April. Dale.',
    ].join('\n'),
  },
];
