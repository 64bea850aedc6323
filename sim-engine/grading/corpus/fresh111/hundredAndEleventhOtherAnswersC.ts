import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-eleventh fresh set, author C: the other answers (dm048–dm060): middling
 * (dm048–dm050), weak (dm051–dm052), keyword salad (dm053–dm054), negated (dm055–dm056),
 * misconception-led (dm057–dm058) and off-topic (dm059–dm060), seven on service scenarios and six
 * on model scenarios, each labelled by hand before anything else.
 * Voice: a Lebanese (Beirut) English register in writing with Arabic and French words ("yalla",
 * "khalas", "habibi", "bonjour", "merci", "inshallah"); an olive-oil soap workshop whose language
 * model suggests which soap, scent and size suit a customer, a skin and an occasion; every answer
 * a sewing pattern's instruction sheet (numbered steps, lettered pieces) with one step cut and
 * re-stitched; stages named after the soap (the first loaf, the wrapping table, the half tower,
 * the whole tower). See README-c.md and LABEL-NOTES-c.md.
 */
export const HUNDRED_AND_ELEVENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dm048',
    scenario: 'service',
    class: 'middling',
    points: points('C T'),
    text: [
      'Pattern 48, the new payment SDK with wallet payments.',
      'Pieces: A. the customers. B. the numbers.',
      'Step 1. Piece A, the order: the workshop staff pay with it first, on their own phones; then the customers who joined the try-it-first list; then Hamra and Verdun regulars with four years buying; new customers last, because a failed payment on a first order means there is no second order.',
      'Step 2. Piece B, the numbers, agreed before any payment moves: payment failures more than 0.3 % worse than now, Android read on its own, checkout completion more than 2 % worse than now. Past that, we take the cauldron off the fire.',
      'Step 3, re-stitched: I wrote "start on Friday evening". Unpicked: not on our busiest hour, we start Monday.',
      'Step 4. Then we go wider, bit by bit, and if it breaks, we go back. The engineers know the SDK better than me; inshallah they tell me.',
      'Yalla.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dm049',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Pattern 49, the cheaper suggestion model. Bonjour.',
      '',
      "Pieces: A is mine, B is the engineers'. Piece A: I decide who sees it, what counts as too bad and how long we wait. Piece B: the routing, the flag and the deploy are the engineers' to run, not mine.",
      '',
      'Step 1. Before the new model makes a single suggestion, the limits go on paper: eval-harness quality score more than 3 points below the old model, thumbs-down rate more than 2 points higher, errors more than 0.5 % worse, p95 more than 200 ms worse. Any of these and we take the cauldron off the fire.',
      '',
      'Step 2. Few customers rate anything and the harness grades one suggestion in two hundred, so I watch the harness score and the thumbs-down every day, and ask the engineers to grade more often while it runs.',
      '',
      'Step 3, re-stitched: I had "start with a random 5 %". Unpicked; I\'m not sure yet who goes first, maybe the people who buy the most.',
      '',
      'Step 4. We widen it when it looks fine, and if something looks wrong, we go back. Khalas.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dm050',
    scenario: 'service',
    class: 'middling',
    points: points('H S R A'),
    text: [
      'Pattern 50. The new search index.',
      'Smaller, cheaper, median faster.',
      'The rare searches, scent plus skin plus size plus vegan, never tested.',
      'Step 1. Stages:',
      'the first loaf, a random 2 %,',
      'the wrapping table, 10 %,',
      'the half tower, 50 %,',
      'the whole tower.',
      'Step 2. Each stage holds five days, a weekend inside, before anything moves.',
      'Step 3. Before each move the soap master and I both wash our hands with the first bar.',
      'Step 4. Limits? We see what the slow searches look like;',
      'maybe 300 ms, maybe 500,',
      'we pick once the numbers come in.',
      'Step 5, re-stitched: had "start Friday".',
      'Moved to Tuesday, so the first weekend lands inside a hold.',
      'Step 6. Whoever is on call stacks the old bars back in the crates, no need to call me:',
      'any hour, the old index one config switch away, back in minutes, no redeploy.',
      'Step 7. The canary says the index is safe, not better.',
      'Better gets its own randomised A/B test after.',
      'Yalla.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dm051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Pattern 51. The bigger model.',
      'Piece A: the new model. Piece B: the old model.',
      'Step 1. Put the new model in for some customers.',
      'Step 2. Watch the thumbs-down.',
      'Step 3, re-stitched: was "everyone at once". Now: some customers first, then everyone.',
      'Step 4. If they complain, the engineers go back.',
      'Step 5. Tell the team how it went.',
      'Habibi, a canary is simple: small first, then all. Yalla.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dm052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: 'Pattern 52, the new pricing table. Bonjour! A canary release, for those who don\'t sew: you cut one small piece first, and if it fits, you cut the rest. Our pricing page gets a clearer table of the soap subscriptions; nothing behind it changes. Step 1: show it to a few people. Step 2: if nobody shouts, show it to everyone before the Friday campaign. Step 3, re-stitched: I had "show it on Friday"; now it is Thursday, so we have a day. If it goes wrong we switch back, it\'s only a page. Inshallah it will be fine. Merci.',
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dm053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Pattern 53. Piece A: canary 1 % 5 % 25 % 100 % Achrafieh Hamra p99 200 ms errors 0.5 % conversion 2 %. Piece B: rollback flag config routing on-call 24/7 five minutes. Piece C: soap master sign-off first bar crates cauldron fire. Step 1: memory resize photo format benchmark 20 % faster Thursday restart deploy. Step 2: cohort order staff beta regulars new customers last threshold hold gate. Step 3, re-stitched: A/B test randomised safe better canary. Step 4: half tower whole tower wrapping table first loaf. Step 5: Eid al-Fitr three days 2,000 orders. Yalla khalas habibi merci.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dm054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Pattern 54',
      'A: model, features, feature store, Sydney, lunch, 5 a.m.',
      'B: thumbs-down 1.5, eval harness 1 point, add-to-cart 2 %, p99 200 ms',
      'C: first loaf 1 %, wrapping table 5 %, half tower 50 %, whole tower',
      'Step 1: cohorts, Mar Mikhael, Sodeco, five years, staff, list',
      'Step 2: soap master, first bar, hands, each stage',
      'Step 3, re-stitched: on call, crates, old bars, routing, minutes',
      'Step 4: canary safe, A/B better, randomised',
      'Step 5: tokens, cost, hallucination, region, peak',
      'Khalas. Inshallah. Yalla.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dm055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Pattern 55, the warmer prompt, and what I won't sew into it.",
      'Piece A: what I refuse. Piece B: what is left, which is the prompt.',
      "Step 1. I won't write limits down before the French-writing customers see it. No thumbs-down line, no formal-address check, no number fixed in advance.",
      "Step 2. I won't pick an order. Not staff first, not the try-it-first list, not French-writers later. Whoever the router sends.",
      'Step 3. No stages and no holds. Not the first loaf, not the half tower; no waiting three days anywhere.',
      'Step 4. Nobody signs off. The soap master and I will not wash our hands with any first bar.',
      'Step 5, re-stitched: I had "whoever is on call can put the old prompt back". Unpicked. No on-call rollback, no flag switch; if it\'s bad, we talk about it on Monday.',
      "Step 6. I won't split what is mine from what is the engineers'.",
      'Step 7. No A/B test after, and no "the canary only means safe". We don\'t need that line.',
      'Warmer is warmer, habibi. Yalla, ship it.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dm056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: "Pattern 56. The new delivery-date picker, and the pieces I leave in the envelope. Bonjour. Step 1: no cohorts. I don't want the workshop staff first, or the early list, or the Gemmayzeh regulars before new customers; ordering people is a waste of cloth. Step 2: no limits written before we start; I won't put 2 % on orders or 200 ms on anything. Step 3, re-stitched: I had \"hold each stage until the evening orders come in\". Unpicked: no holds, no stages, it goes to the whole tower this afternoon. Step 4: no sign-off, not the soap master's, not mine. Step 5: no rollback plan and no on-call switch; nothing in the service changes, so there is nothing to roll back. Step 6: no A/B test after; I don't care to separate safe from better. Step 7: who owns what, PM or engineers, I won't cut that up either. Khalas, yalla.",
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dm057',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H R'),
    text: [
      'Pattern 57, reviews above the fold. Bonjour!',
      "Piece A, mine: the order, the limits, the holds. Piece B, the engineers': routing, flag, deploy.",
      'Step 1. The whole point, habibi: the canary proves the new page is better. The canary is our A/B test; if the canary customers buy more than everyone else, the new page wins and we keep it.',
      'Step 2. Limits before we start: errors more than 0.5 % worse than now, p99 more than 200 ms worse, orders more than 2 % below now, and we take the cauldron off the fire.',
      'Step 3. Order: workshop staff, then the try-it-first list, then Ras Beirut regulars with five years buying; new customers last, because they read the reviews most and have the least patience.',
      'Step 4. Stages: the first loaf 1 %, the wrapping table 10 %, the half tower 50 %, the whole tower; each holds four days before it moves.',
      'Step 5, re-stitched: I wrote "compare with last week". Unpicked: last week was the spring sale, 20 % off every bar, so we compare the canary customers with this week\'s others and read their lift as the win.',
      'Step 6. Whoever is on call stacks the old bars back in the crates, no need to call me: any hour, a flag switch, under five minutes, no redeploy.',
      'Step 7. Then the whole tower, and the lift from the canary goes in my report as the result. Yalla.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dm058',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H S M'),
    text: [
      'Pattern 58. The bigger adviser model.',
      'A (mine): the order, the holds, and the limits, but the limits come later.',
      "B (the engineers'): routing, flags, deploy.",
      "Step 1. Order: staff → try-it-first list → Achrafieh regulars, 5+ years buying → new customers and spa accounts last (one bad suggestion and they're gone).",
      'Step 2. Stages: the first loaf 1 % → the wrapping table 5 % → the half tower 30 % → the whole tower. Each holds three days and 2,000 conversations.',
      'Step 3. Watched every day: hallucination rate from the eval harness, thumbs-down rate, token cost per conversation.',
      'Step 4, re-stitched: I had "limits written before launch". Unpicked. We decide the limits while we watch: once we see where thumbs-down and cost settle in the first loaf, the soap master and I pick the line.',
      'Step 5. Sign-off: at each stage the soap master and I both wash our hands with the first bar.',
      'Step 6. If it looks bad, we talk and decide whether to roll back.',
      'Khalas.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dm059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Pattern 59, bigger photos and a size guide. Bonjour!',
      'Piece A: the photo. Piece B: the size guide. Piece C: the wording.',
      'Step 1. Shoot each bar on the marble by the window in the morning, when the light is soft; no flash, or the olive green turns grey.',
      'Step 2. Three angles: the stamp, the side, the cut face.',
      'Step 3. The size guide: the guest bar (40 g) lasts a weekend, the small bar (100 g) a month for one person, the big bar (200 g) a family for a month.',
      'Step 4, re-stitched: I wrote "grams only". Unpicked: grams plus how many washes, because nobody in Hamra knows what 100 g of soap means.',
      'Step 5. Laurel-oil bars get a note for dry skin, in English, French and Arabic.',
      'Step 6. Ask the staff which photo they like; they look at the site all day.',
      'Merci, yalla.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dm060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Pattern 60, the warm prompt in French. Khalas, a lesson in politeness, habibi.',
      'Piece A: the greeting. Piece B: the vous. Piece C: the goodbye.',
      'Step 1. In English the adviser may say "Hi there!"; in French it starts "Bonjour Madame" or "Bonjour Monsieur", never "Salut".',
      'Step 2. Vous always, unless the customer writes tu first.',
      'Step 3. In Arabic, "ahlan" and the customer\'s name, if we have it.',
      'Step 4, re-stitched: I had a joke about oily skin in the opening line. Unpicked; nobody likes a joke about their skin from a soap shop.',
      'Step 5. Warm means a question about the occasion ("a gift? for you?"), not emojis.',
      'Step 6. End with merci in every language; everybody in Beirut says it anyway.',
      'Inshallah the French-writing customers feel at home.',
    ].join('\n'),
  },
];
