import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninetieth fresh set, author c: strong answers (cr041–cr047), written blind and labelled by hand.
 * Voice: a Rioplatense (Buenos Aires) English register in writing, a mushroom-foraging tour booking
 * PM whose language model identifies mushrooms from photos; every answer a page of classified ads.
 * Model scenarios are told as the same change landing on the writer's own mushroom-photo model.
 */
export const NINETIETH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cr041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'CLASSIFIEDS: the bigger model for our mushroom-photo assistant, same prompt, longer context. Che, one ad per practice.',
      "NOTICE, WHO DECIDES WHAT: I own the order of the baskets, the rollback limits and the holds. Engineering owns the routing, the deploy and the model flag. I don't touch their switches and they don't move my baskets.",
      "WANTED: our own guides, first. Twelve guides photograph every cap they find for a week; they know a Suillus from an Amanita and they'll tell us, a full, the moment the model gets one wrong. Next, foragers from Córdoba and Buenos Aires province who signed up for the early-access list. Then everyone else, sorted by years with us: ten-year regulars before two-year ones. First-season foragers go last, because they trust the answer most and know the least, so a bad identification hurts them worst.",
      'FOR SALE, PRICE FIXED BEFORE THE FIRST BASKET: the limits are written down and signed before one photo moves. More than 0.5 % more failed answers than now and we leave the forest. p95 latency more than 300 ms worse than now, we leave the forest. Bookings started from the ID screen down more than 2 % against the group still on the old model, same.',
      "WANTED, MODEL QUALITY: an error rate won't tell you the model called a death cap edible. We gate every stage on the misidentification rate from our eval set of 800 labelled photos (more than 1 point worse than now and we leave the forest), we watch the thumbs-down rate on answers, and we track cost per conversation, because finance asked and the bigger model eats more tokens.",
      'TO LET, FOUR STAGES: the first basket (guides only), the forest floor (early access, 5 %), the clearing (25 %), the market stall (100 %). Each one holds a full week of the autumn rains or 600 tours, whichever ends later, before its gate.',
      'WITHDRAWN: “advance when the dashboards look calm.”',
      'REPRINTED, CORRECTED: advance only when every limit above has held for the whole stage and the head mycologist and I both stamp the basket. No stamp, no next stage.',
      "SERVICES OFFERED, ANY HOUR: whoever's on call carries the old version back out, no need to call me. It's the model flag in the config, two minutes, no redeploy, 3 a.m. included.",
      "PERSONALS: this canary tells us the bigger model is safe to carry, not that it's better. Whether it books more forays we find out afterwards, with a randomised A/B test. Dale, bárbaro.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cr042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'CLASSIFIEDS: the warmer prompt for the mushroom-ID assistant. Che.',
      'NOTICE: I own the cohort order, the limits and the holds; engineering owns the routing and the prompt flag.',
      'WANTED: our own guides, first; they ask in both languages. Then early-access foragers who opted in, Spanish speakers before Portuguese speakers. Brazilian first-season foragers last: formal address matters to them and the prompt was only reviewed in Spanish.',
      'FIXED BEFORE THE FIRST BASKET: thumbs-down rate more than 2 points worse than now, in either language, and we leave the forest. Errors more than 0.5 % worse or p95 more than 250 ms worse, same.',
      'MODEL SIGNALS: we gate on the thumbs-down rate split by language and the misidentification rate on our eval photos, and we watch tokens per answer.',
      'STAGES: the first basket, the forest floor (10 %), the clearing (40 %), the market stall (100 %). Each holds 500 tours, at least 150 of them in Portuguese.',
      'WITHDRAWN: “the mycologist stamps the basket.”',
      'REPRINTED, CORRECTED: the head mycologist and I both stamp the basket at every gate.',
      "ANY HOUR: whoever's on call carries the old version back out, no need to call me. A prompt flag, under two minutes, no redeploy.",
      'PERSONALS: safe is not better; a randomised A/B test later says whether warmer books more tours.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cr043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'CLASSIFIEDS: a cheaper, faster model behind the mushroom-photo ID. Che, read the fine print: our feedback is thin.',
      "NOTICE, DIVISION OF LABOUR: mine are the cohort order, the rollback limits and how long each stage holds. Engineering's are the routing, the deploy and the flags.",
      "WANTED: our own guides, first; they photograph all day and report a bad identification the same afternoon. Then foragers who opted into early access, the old hands first (more than five years with us, Neuquén and Río Negro, where the season is on). First-season foragers and the big school groups from Mendoza go last: a newcomer can't catch a wrong answer, and a school group is the booking we can least afford to lose.",
      'NOTICE TO GRADERS: the eval harness grades one answer in two hundred, and few foragers rate an answer. At a few hundred identifications a minute that is almost nothing from a 10 % group, so for the canary we grade one in ten on both sides, new model and old, and we count graded answers, not hours.',
      'FIXED BEFORE THE FIRST BASKET, SIGNED: misidentification rate on graded answers more than 1.5 points worse than now and we leave the forest. Errors more than 0.5 % worse or p95 latency more than 300 ms worse than now, same.',
      'MODEL SIGNALS: we gate on the misidentification rate and on “safe to eat” answers given for toxic species (a single one and we leave the forest), and we watch the thumbs-down rate and the cost per identification.',
      'STAGES: the first basket (guides), the forest floor (early access, 10 %), the clearing (30 %), the market stall (100 %). Each holds until 400 graded answers have come in from the canary side, and never less than a full week of the autumn rains.',
      'WITHDRAWN: “hold three days at each stage.”',
      'REPRINTED, CORRECTED: hold until the 400 graded answers are in; three days at the old grading rate gives us too few to read anything.',
      'SIGN-OFF: the head mycologist and I both stamp the basket before each stage opens.',
      "ROLLBACK, ANY HOUR: whoever's on call carries the old version back out, no need to call me: the model flag in the config, two minutes, no redeploy.",
      "PERSONALS: cheaper and safe is what the canary proves. Whether foragers like it better waits for a randomised A/B test once it's out.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cr044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'CLASSIFIEDS: a new recommendation model for the suggested forays on our home screen, Buenos Aires and Japan offices. Che, the regional feature stores are the fragile part: they were sized for the old model.',
      'NOTICE: I own the order of cohorts, the limits and the holds. Engineering owns the routing, the deploy, the flags and the feature stores.',
      'WANTED: our own guides in both offices, first, on their phones at their own lunch hour. Then early-access foragers who opted in, Buenos Aires province and Nagano before the rest, and regulars with more than three years with us before newer ones. First-time bookers and the Tokyo corporate groups last: a slow home screen loses a first booking for good, and the groups are our biggest tours.',
      'FIXED BEFORE THE FIRST BASKET, PER REGION: p99 home-screen latency more than 200 ms worse than now in either region and we leave the forest. Feature-store timeouts above 0.3 % of requests, same. Bookings from the home screen down more than 2 % against the group on the old model, same.',
      'MODEL SIGNALS, GATED: the share of recommendations that fall back to the default basket (a timeout in disguise), click-through on recommended forays against the old model, and feature reads per request.',
      'STAGES: the first basket (guides), the forest floor (10 %), the clearing (25 %), the market stall (100 %). Each holds until it has covered two Tokyo lunch peaks and two Buenos Aires evening peaks, and at least 800 tours, because the Tokyo lunch hour is midnight here and nobody in our office sees it.',
      'WITHDRAWN: “the on-call engineer in Buenos Aires rolls back.”',
      "REPRINTED, CORRECTED: whoever's on call carries the old version back out, no need to call me, and during the canary the Tokyo on-call holds the pager through their lunch. It's a routing switch in config, under five minutes, no redeploy, at any hour.",
      'SIGN-OFF: the head mycologist and I both stamp the basket at each gate, after reading the per-region numbers, not the global average.',
      'PERSONALS: the canary shows the new model is safe to serve, not that it recommends better forays; better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cr045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "CLASSIFIEDS: the provider's new payment SDK for the delivery app. I book mushroom forays for a living, so I run this like the booking office.",
      'NOTICE: the PM, me, owns who goes first, the rollback limits and the holds. Engineering owns the SDK integration, the routing and the flags.',
      'WANTED: our own staff, first; they order lunch through the app every day, on iPhone and Android both. Then customers who opted into the early-access list, regulars with three or more years ordering before newer ones, province by province, Córdoba before Buenos Aires city. New customers on their first order go last: a failed first payment loses a customer for good.',
      "FIXED BEFORE THE FIRST BASKET: payment failures more than 0.5 % worse than now, measured per platform in five-minute windows so an Android burst can't hide in a daily average, and we leave the forest. p99 checkout latency more than 200 ms worse than now, same. Completed orders down more than 2 % against the group on the old SDK, same.",
      'STAGES: the first basket (staff), the forest floor (early access, 5 %), the clearing (25 %), the market stall (100 %). Each holds for two Friday dinners or 20,000 orders, whichever comes later; Friday dinner is when the bursts will show.',
      'WITHDRAWN: “open the market stall on Friday afternoon.”',
      'REPRINTED, CORRECTED: no stage opens on a Friday; we open on a Monday and let the Friday dinner test it.',
      "SIGN-OFF: the head of payments and I both stamp the basket at every gate. At home it's the head mycologist; here payments holds the stamp.",
      "ROLLBACK: whoever's on call carries the old version back out, no need to call me. The new SDK sits behind a flag in the payment service; flipping it back takes two minutes at any hour, no redeploy.",
      'PERSONALS: the canary says the new SDK is safe to take money with. If wallet payments raise orders, a randomised A/B test says so afterwards, not this.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cr046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'CLASSIFIEDS: the new pricing service for the ride app. Short page, che.',
      'NOTICE: I own the cohort order, the limits and the holds. Engineering owns the routing, the deploy and the flags.',
      "WANTED: our own staff riders, first; they'll report a wrong fare the same night. Then riders who opted into early access, five-year riders before new ones. First-time riders and airport runs last: a wrong fare there costs the most trust.",
      'FIXED BEFORE THE FIRST BASKET: fare errors more than 0.5 % worse than now and we leave the forest; p99 quote latency more than 200 ms worse, same; completed trips down more than 2 % against the group on the old pricing, same.',
      'STAGES: the first basket (staff), the forest floor (5 %), the clearing (25 %), the market stall (100 %). Each holds two weekend nights and one nightly billing batch.',
      'WITHDRAWN: “rollback after the duty manager approves.”',
      "REPRINTED, CORRECTED: whoever's on call carries the old version back out, no need to call me, 2 a.m. included. A routing switch, three minutes, no redeploy.",
      'SIGN-OFF: the head of pricing and I both stamp the basket at each gate.',
      'PERSONALS: safe, not better. A randomised A/B test settles better, later.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cr047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'CLASSIFIEDS: task storage moves to the managed cluster behind the new proxy. Che, I book forays, but a migration is a foray with heavier baskets.',
      'NOTICE, WHO OWNS WHAT: I own the order in which teams move, the rollback limits and the holds. Engineering owns the proxy, the data copy, the routing and the flags.',
      "WANTED: our own teams, first; we plan the whole company in this tool and we'll shout the minute a board loads slowly. Next, customer teams who opted into early access. Then the rest, region by region, the teams who've been with us longest before the newer ones. New trial teams and the big enterprise workspaces go last: a slow first week loses a trial, and an enterprise outage loses a contract.",
      'FIXED BEFORE THE FIRST BASKET: read errors more than 0.5 % worse than now and we leave the forest. p99 page load more than 200 ms worse than now, same. Tasks created per active team down more than 2 % against the teams still on the old database, same.',
      'STAGES: the first basket (our teams), the forest floor (5 %), the clearing (25 %), the drying rack (50 %), the market stall (100 %). Each holds three working days including one Monday-morning peak, and the first day of every stage runs on cold caches on purpose, because the load test only ever saw warm ones.',
      'WITHDRAWN: “decommission the old cluster at the end of the month, as planned.”',
      'REPRINTED, CORRECTED: the old cluster stays up and in sync until the market stall has held a full week; no old cluster, no rollback.',
      "SIGN-OFF: the infrastructure lead and I both stamp the basket at every gate; one stamp alone doesn't open the next stage.",
      "ROLLBACK, ANY HOUR: whoever's on call carries the old version back out, no need to call me. The proxy points back at the old cluster with a config switch in under five minutes, no redeploy.",
      "PERSONALS: the canary proves the move is safe, not that anything got better. If someone wants to claim the new cluster makes teams more productive, that's a randomised A/B test, afterwards.",
    ].join('\n'),
  },
];
