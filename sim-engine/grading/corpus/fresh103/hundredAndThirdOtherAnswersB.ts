import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-third fresh set, author b: middling (de028–de030), weak (de031–de032), keyword
 * salad (de033–de034), negated (de035–de036), misconception-led (de037–de038) and off-topic
 * (de039–de040) answers, written blind and labelled by hand, in the same voice as the strong ones
 * (a Montevideo mate-and-yerba shop PM reading a parliament's order paper). The built-in scenario
 * is named above each answer.
 */
export const HUNDRED_AND_THIRD_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: quiet-feedback-trap
  {
    id: 'de028',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Order! Order, gurises. The item: the blend helper moves to a cheaper, faster model, and hardly anybody rates a suggestion; the harness looks at one in two hundred.',
      "Motion 1. The order: our own staff at the counter first, they'll tell us to our face; then the customers who asked for early tastings; then Malvín and Cordón regulars of four years and more; new customers last, because a bad first blend is a customer gone. Carried.",
      'Motion 2. The stages: the first sip, the full gourd, the whole thermos, each held two days.',
      'Motion 2 is withdrawn; the amended motion reads: the first sip, the full gourd and the whole thermos each stay put until 300 suggestions have been graded by the harness and 100 customers have rated one. Two quiet days prove nothing. Carried.',
      'Motion 3. What we read at every stage: the harness grade, the thumbs-down rate and what each suggestion costs us. Carried.',
      'Motion 4. The rest, the switches and who does what, I leave to the engineers; they know their kitchen. The House rises.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'de029',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "Order! The House will hear the checkout item. The three-step checkout becomes one page, with addresses and cards filled in. Returning customers loved it in the lab; Growth wants it live before the spring campaign, when first orders peak. Mirá, in the shop I never sell a new gourd I haven't tried myself, so:",
      "Motion 1. What is mine as PM: the rollback limits and the call to stop. What is the engineers': the deploy, the flag and the routing. Carried.",
      'Motion 2. Limits on checkout errors and conversion, all customers together.',
      "Motion 2 is withdrawn; the amended motion reads: limits written and signed before a single buyer sees the page, with first orders read apart from returning customers, who would hide a drop: checkout errors more than 0.5 % worse than now, and we cap the thermos; completed first orders more than 2 % below the old checkout's first-time buyers, and we cap the thermos; page p99 more than 300 ms worse than now, same. Carried.",
      "Motion 3. Whoever's on call fills the old gourd again, no need to call me: any hour, a flag back to the three-step checkout, done in a couple of minutes, no redeploy. Carried.",
      'Motion 4. How fast we go and who sees it first, ta, we sort that out with Growth next week. The House rises.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'de030',
    scenario: 'service',
    class: 'middling',
    points: points('T H S A'),
    text: [
      'Order! Order. The item: the image resizer is rewritten for the new photo format. Benchmarks say 20 % faster, the team wants it everywhere by Thursday, and the service only restarts on deploys. Like a thermos nobody rinses, bo: by evening the water tastes of yesterday.',
      'Motion 1. Limits, fixed before any listing page touches it: image p99 more than 150 ms worse than now, and we cap the thermos; image errors more than 0.5 % worse than now, and we cap the thermos; memory per instance more than 20 % above the old service at the same hour of the day, and we cap the thermos. Carried.',
      'Motion 2. The first sip, the full gourd, the whole thermos, each held six hours.',
      'Motion 2 is withdrawn; the amended motion reads: the first sip, the full gourd and the whole thermos are each held 48 hours without a restart, so a slow leak shows its face. Thursday will wait. Carried.',
      'Motion 3. At every step the master cebador, our lead engineer, and I both warm the water. Carried.',
      'Motion 4. The canary tells us whether the resizer is safe; whether sellers sell more with sharper photos is for a randomised A/B test later. Carried.',
      'Motion 5. Which sellers go first, the engineers pick. The House rises.',
    ].join('\n\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'de031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Order! Ta, gurises, quiet. The blend helper is getting the new big model, the one that remembers more of the chat.',
      'Motion 1: we try it on some people first. Carried.',
      'Motion 2: we keep an eye on it, sí, and if customers complain we go back to the old one. Carried.',
      'Motion 3: the engineers know this part better than me, so they decide the rest.',
      'Motion 3 is withdrawn; the amended motion reads: the engineers decide the rest and tell me over a mate on Friday. Carried.',
      "Motion 4: the accountant asked what it costs per chat. Mirá, we'll look at the bill at the end of the month. Carried. The House rises.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'de032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Order! One small item on the paper, gurises: the video editor's pricing page gets a clearer comparison table, and the checkout behind it stays the same.",
      "Motion 1. It's a page, bo, not heart surgery. We put it out carefully. Carried.",
      'Motion 2. Marketing launches on Friday, so it should be live by Friday. Carried.',
      'Motion 2 is withdrawn; the amended motion reads: it should be live by Thursday night, so nobody is nervous on Friday. Carried.',
      'Motion 3. Afterwards we look at the numbers and see how it went. Carried.',
      "Motion 4. Canary releases are a good habit, like rinsing the gourd: you do it even when you're sure. The House rises, ta.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'de033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Order! Order!',
      'Motion 1: canary, cohort, guardrail, warm prompt, tone, locale, Portuguese, formality, thumbs-down, LLM-as-judge, p95, synergy. Carried.',
      'Motion 2: first sip, full gourd, whole thermos, blast radius, feature flag, kill switch, observability, golden signals, north star. Carried.',
      'Motion 3: A/B, canary, safe, better, statistically, significance, velocity, mate.',
      'Motion 3 is withdrawn; the amended motion reads: A/B, canary, hallucination, eval harness, rollback, thresholds, barrios, Pocitos, Cordón, stakeholder alignment, ownership. Carried.',
      'Motion 4: master cebador, sign-off, gates, holds, on-call, config, minutes, data-driven, customer-centric, ta. Carried.',
      'The House rises, sí.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'de034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Order! Item 1, tail latency p99 p999 index layout cheaper hosting free tier institutional licences canary rollout phased cohort-based progressive delivery, put and carried. Item 2, rollback thresholds guardrails SLOs error budget observability dashboards alerting on-call runbook, carried. Motion 2 is withdrawn; the amended motion reads: rollback holds gates sign-off first sip full gourd whole thermos Carrasco Malvín years buying data-informed scalable, carried. Item 3, canary versus A/B randomisation lift significance safe better cebador warm the water, carried, bo. Item 4, filters rare queries long tail benchmark blind spots shift-left resilience mirá, carried. The House rises.',
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'de035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Order! The item: the home screen's suggested blends move to a new model that reads more features from the regional feature stores, São Paulo for us and Frankfurt for our customers in Lebanon, whose lunch comes at seven in our morning.",
      "Motion 1, that I as PM own the order of cohorts, the limits and the holds. Put. The noes have it; I'm not owning that.",
      'Motion 2, that our staff go first, then opted-in tasters, with new customers last. Defeated. No order of barrios, no Pocitos before Carrasco, nothing.',
      'Motion 3, that limits be written before traffic moves, more than N worse than now and we cap the thermos. Defeated; no limits get written down.',
      'Motion 4, that we hold at the first sip, the full gourd and the whole thermos. Defeated. No stages, no holds.',
      'Motion 4 is withdrawn; the amended motion reads: that each stage holds for three Beirut lunch peaks. Put, and defeated too, sí.',
      'Motion 5, that the master cebador and I both warm the water before each advance. Defeated; nobody signs anything.',
      "Motion 6, that whoever's on call fills the old gourd again, no need to call me, with a flag, in minutes, at any hour. Defeated. No one on call gets that switch.",
      "Motion 7, that we watch add-to-basket from suggestions and the share of fallback blends. Defeated; we won't watch model quality.",
      "Motion 8, that a randomised A/B test follows to say whether it's better. Defeated; no A/B test either.",
      'The House rises with nothing carried.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'de036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Order! Order, gurises. The booking page gets a new date picker and a shorter form, the dates kept in a new client-side store, and the team wants it at 100 % this afternoon. I've read the paper, and I'll tell you straight: nothing on it passes.",
      '',
      "1. That I own which guests see it first and when we stop: the noes have it. I don't.",
      '2. That we start with our own staff, then guests who opted in, with first-time guests last: not carried.',
      '3. That we sign limits before traffic, say more than 2 % fewer bookings than now and we cap the thermos: not carried. No limits.',
      '4. That the first sip and the full gourd each hold a full week of the Llamadas parades, or 500 bookings, since guests book hours after they look: not carried.',
      '',
      'Motion 4 is withdrawn; the amended motion reads: that each stage holds a full day for the late bookings. Also not carried.',
      '',
      '5. That the master cebador and I both warm the water before each step: not carried.',
      "6. That whoever's on call fills the old gourd again, no need to call me, with a flag, any hour: not carried.",
      "7. That a randomised A/B test comes afterwards, to learn whether it's better: not carried.",
      '',
      "Sí, that's the whole paper. The House rises.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'de037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S R M'),
    text: [
      "Order! The item: the blend helper's prompt is rewritten to sound warmer and chattier. Our team reviewed it in Spanish; a quarter of our customers write in Portuguese.",
      'Motion 1. The canary is our proof. If the thumbs-up rise at the first sip, the warm prompt is better and sells more yerba, and that question is answered; no separate A/B test needed. Carried, sí.',
      'Motion 2. The order: staff at the counter first, the Rivera staff who write in Portuguese among them; then customers who opted in to early tastings; then Cordón and Malvín regulars of three years; new customers last, because a first chat that calls a señora ‘querida’ is the last chat. Carried.',
      'Motion 3. The first sip at 2 %, the full gourd at 20 %, the whole thermos at 100 %, each held for 2,000 suggestions.',
      'Motion 3 is withdrawn; the amended motion reads: the first sip at 2 %, the full gourd at 20 %, the whole thermos at 100 %, each held for 2,000 suggestions with at least 500 in Portuguese. Carried.',
      'Motion 4. We watch the thumbs-down rate per language, the harness grade for formal address and the replies customers rewrite. Carried.',
      'Motion 5. Before each advance the master cebador, our ML lead, and I both warm the water. Carried.',
      "Motion 6. Whoever's on call fills the old gourd again, no need to call me: any hour, a prompt-version flag, back in two minutes, no redeploy. Carried. The House rises.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'de038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H A'),
    text: [
      "Order! The item: the fashion shop's product pages get bigger photos and a size guide. Staff use the live site all day to check stock and orders, and almost never buy through it.",
      'Motion 1. As PM I own the order, the holds and the call to stop; the engineers own the flag, the routing and the deploy. Carried.',
      "Motion 2. Staff first, to catch broken pages, knowing they browse and don't buy, so their conversion means nothing; then customers who opted in to previews; then regulars of three years or more in Pocitos and Punta Carretas; new customers last, since a broken size guide sends them away for good. Carried.",
      "Motion 3. Limits: we don't set them in advance. We open the dashboard at the first sip, see how conversion and errors behave, and decide then where the line goes. Mirá, you can't know the right number until you see the traffic. Carried.",
      'Motion 4. The first sip, the full gourd, the whole thermos, each held for 20,000 page views.',
      'Motion 4 is withdrawn; the amended motion reads: the first sip, the full gourd and the whole thermos are each held for 20,000 product-page views from customers, staff views not counted, and the full gourd also holds a full week of the Llamadas parades. Carried.',
      'Motion 5. The canary only shows the pages are safe; whether bigger photos sell more is a randomised A/B test afterwards. Carried. The House rises.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'de039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Order! Order, gurises. Today's paper is about what matters: how we cure a new gourd, and what the helper suggests to someone who has never had mate.",
      'Motion 1. A new calabaza is filled with used yerba and hot water, left a day, scraped, and filled again. Two days, no shortcuts. Carried.',
      'Motion 2. For first-timers the helper suggests a soft blend, sin palo, with a little cedrón or peperina, never the strong Brazilian green. Carried.',
      'Motion 3. Water at 70 to 80 degrees, never boiled, or the yerba burns and the customer blames us.',
      'Motion 3 is withdrawn; the amended motion reads: water at 70 to 80 degrees, never boiled, and every thermos we sell leaves with a card saying so. Carried.',
      'Motion 4. The vet down the road in Malvín drinks tereré all summer, so the helper gets a cold blend for January. Carried.',
      'Motion 5. The bombilla is never stirred. Whoever stirs it buys the next kilo. Carried unanimously. The House rises.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'de040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Order! The item on today's paper is the spring sale we just closed, 20 % off everything, and what it taught us.",
      'Motion 1. The thermoses sold out by Wednesday; next sale we order twice the stainless ones and half the plastic. Carried.',
      'Motion 2. The hiking gourds with leather covers went well with the Malvín scouts; we make them a bundle with a camping thermos and a kilo of yerba.',
      "Motion 2 is withdrawn; the amended motion reads: the Malvín scouts' bundle gets a camping thermos, a leather gourd and half a kilo, since the gurises carry their own backpacks. Carried.",
      'Motion 3. Returns from the sale are taken until the end of the month, receipt or no receipt, ta. Carried.',
      'Motion 4. The tent photos: whoever took them in the rain takes them again, sí. Carried.',
      'Motion 5. Next year the sale ends on a Saturday, not a Sunday at midnight; nobody wants to count stock on a Monday hangover. Carried. The House rises.',
    ].join('\n'),
  },
];
