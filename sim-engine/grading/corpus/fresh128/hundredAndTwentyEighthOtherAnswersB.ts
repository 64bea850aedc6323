import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-eighth fresh set, author B: middling (ed028–ed030), weak (ed031–ed032),
 * keyword salad (ed033–ed034), negated (ed035–ed036), misconception-led (ed037–ed038) and
 * off-topic (ed039–ed040) answers.
 * Voice: a Hmong American (St Paul, Minnesota) English register in writing with Hmong words
 * ("nyob zoo", "ua tsaug", "yog", "tsis yog", "maj mam"), the PM of a St Paul paj ntaub
 * (story cloth and needlework) shop whose language model suggests which story cloth, collar or
 * pillow cover suits a home, a gift and a budget. Every answer is an ice-hockey referee's game
 * sheet with one goal overturned on the coach's challenge.
 * Labelled by hand before anything else; the labels are final. A practice named only to be
 * rejected earns nothing, and a misconception's own point is never labelled.
 */
export const HUNDRED_AND_TWENTY_EIGHTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ed028',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'Game sheet, the new payment kit in our phone app. Nyob zoo.',
      "First period. The provider's new kit adds wallet payments. It passed their certification, but their certification is not our Saturday evening, when most of our phone orders come in.",
      'Before any payment goes through the new kit, I write the limits down: payment failures 0.5 % worse than now, p99 payment time 300 ms worse, finished checkouts 2 % under the baseline. More than any of those worse than now, and we put the needles back in the tin.',
      'Second period, goal overturned on the coach\'s challenge: I had "whoever sees a problem calls me and I decide". Overturned. Whoever is on call spreads the old story cloths back out on the front table, no need to call me. Any hour, a flag back to the old kit in under five minutes, no redeploy, nobody to ask.',
      'Third period. We start with a random 5 % of phones and widen it when it looks fine, probably over the week.',
      'Final buzzer. This tells us the new kit is safe, not that it is better. If we want to know whether wallets sell more pillow covers, that is a randomised A/B test afterwards. Ua tsaug.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ed029',
    scenario: 'model',
    class: 'middling',
    points: points('P S M'),
    text: [
      'Nyob zoo. Game sheet for the bigger model behind our suggestion helper.',
      'Pre-game: as PM, my part is the calls, who sees it, when we go wider, when we stop. Engineering owns the routing, the deploy and the flags, and I leave those to them.',
      'First period: the bigger model remembers the whole conversation, so it should match the story cloth to the room and the gift better. My mother asks what it costs per conversation, so that goes on the sheet.',
      'Second period, goal overturned on the coach\'s challenge: I wrote "watch the error rate, that is enough". Overturned. For a model I watch the hallucination rate from our eval harness (does it suggest collars we never made?), the thumbs-down on suggestions and the cost per conversation, next to errors and answer time.',
      'Third period: we go 5 %, then 25 %, then everyone, moving on when the dashboards look calm. Each move up needs the eldest needleworker, who leads our model work, and me both to smooth the first story cloth flat on the table; one of us alone cannot move it.',
      'Final buzzer: if something goes wrong, we turn it back. Ua tsaug.',
    ].join('\n\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ed030',
    scenario: 'service',
    class: 'middling',
    points: points('C H'),
    text: [
      'Game sheet: the new photo resizer, the one that shrinks our story-cloth pictures for every listing. It is rewritten for a new photo format, benchmarks say 20 % faster, and my brother wants it everywhere by Thursday. The service only restarts when we deploy.',
      '',
      'First period, shift by shift:',
      'Shift 1: staff and the aunties who sew. They look at the listings all day, so they go first.',
      "Shift 2: the early-look customers who said yes to trying new things, Dayton's Bluff and the North End, most buying with us eight years or more.",
      'Shift 3: everyone else.',
      'Shift 4: new customers and the big commission buyers, last. A slow or broken picture on a first visit and they never see the cloth.',
      '',
      'Second period, goal overturned on the coach\'s challenge: "everywhere by Thursday". Overturned. Maj mam.',
      '',
      'Third period, the ramp: the first appliqué square (5 %), the quilting frame (25 %), the whole Hmongtown Marketplace. Each stage is held two full days with no restart, because a service that only restarts on deploys shows its slowness on the second day, not the first hour, and we go to the next stage only after that hold.',
      '',
      'If the pages get slow, we stop. Ua tsaug.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ed031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Game sheet, the cheaper model for our suggestion helper. Nyob zoo.',
      'First period: the new model is cheaper and faster, which is good for a small family shop like ours. The suggestions for story cloths and pillow covers should stay about the same.',
      "Second period, goal overturned on the coach's challenge: I said we would switch on a Friday. Overturned, Sunday is quieter in the shop.",
      'Third period: we put it out to some customers, keep an eye on it, and if people seem unhappy we go back to the old one. My nephew in engineering knows how to do that part, so I trust him.',
      'Final buzzer: I think it will be fine. Ua tsaug.',
    ].join('\n\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ed032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Nyob zoo. Game sheet for the new price page, the one with the table comparing sizes and prices of custom story cloths.',
      'First period: nothing behind the page changes, only the table is clearer. The checkout is the same.',
      "Second period, goal overturned on the coach's challenge: my sister wanted the old colours on the table. Overturned, the new colours stay.",
      'Third period: a canary release means a few people see it first and then everybody. We would do that before Friday, when our Facebook post for the New Year sale goes out, and we would look at it together. If something looks off, we fix it.',
      'Ua tsaug.',
    ].join('\n\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ed033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Game sheet. Nyob zoo.',
      'First period: canary, 1 % 5 % 25 % 100 %, p99 300 ms, p95, 0.5 %, feature store, timeouts, Thailand evening, St Paul 3 a.m., Frogtown, Payne-Phalen, ten years buying, thumbs-down, hallucination rate, eval harness, fallback 3 points.',
      "Second period, goal overturned on the coach's challenge: randomised A/B, safe, better, lift, 2 %, baseline, added to cart, pillow covers, collars, story cloths.",
      'Third period: first appliqué square, quilting frame, whole Hmongtown Marketplace, hold, gate, two days, 2,000 suggestions, sign-off, eldest needleworker, smooth, table.',
      'Overtime: on call, flag, five minutes, no redeploy, front table, needles, tin, cohort, staff, early-look, opted-in, first-time buyers, New Year orders, PM, engineering, routing.',
      'Yog. Ua tsaug.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ed034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Game sheet — search.',
      '1st: new index layout / smaller / cheaper / median faster / tail / p99 / p99.9 / 400 ms / 800 ms / rare queries / many filters / collars + pillow covers + story cloths / Hmong and English words.',
      "2nd, goal overturned on the coach's challenge: benchmark / warm / cold / 0.5 % / 2 % / zero results / conversion / baseline.",
      '3rd: 1 → 5 → 25 → 50 → 100 / appliqué square / quilting frame / Hmongtown Marketplace / 3 days / 5,000 searches / gate / hold.',
      'Shifts: staff / early-look / opted in / Como / North End / 6+ years / new buyers / big commissions.',
      'Overtime: on call / any hour / flag / < 5 min / front table / needles / tin / eldest needleworker / sign / A/B / safe vs better / PM vs eng.',
      'Maj mam. Ua tsaug.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ed035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Game sheet, the new commission form: a new date picker, a shorter form, and the chosen dates kept in the browser. Families talk a story cloth over at home, so orders come in hours after they look. The family wants it at 100 % this afternoon. Nyob zoo.',
      "Pre-game: I don't see why a PM should own the order of customers or the limits, and I won't draw a line between my calls and engineering's. Whoever is around decides.",
      'First period: no staff first, no early-look list, no order of neighbourhoods, no keeping the first-time buyers for last.',
      "Limits? We won't write numbers down before. Not 2 % on orders, not anything.",
      'Second period, goal overturned on the coach\'s challenge: someone wrote "hold a full day at 10 % so the late orders come in". Overturned. No stages, no holds, no gates; 100 % this afternoon.',
      "Third period: no sign-off either. The eldest needleworker and I won't be smoothing any story cloth flat on the table for a form.",
      "Overtime: we won't keep a switch back to the old form, and the on-call person won't be rolling anything back at night on their own.",
      "Final buzzer: and no A/B test afterwards, and I don't buy the talk of a canary being about safe rather than better. Tsis yog to all of it. Ua tsaug.",
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ed036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Nyob zoo. Game sheet for the warmer prompt in our shop helper, in English and in Hmong.',
      "1st period: I'm not going to split who owns what between me and engineering. I'm not going to pick who goes first either: no staff-first line, no opted-in list, no keeping the Hmong-speaking elders for last.",
      'Limits: none fixed ahead. No thumbs-down limit, no hallucination check from the eval harness, no split by language, no cost per reply.',
      "2nd period, goal overturned on the coach's challenge: the ramp from the first appliqué square to the quilting frame to the whole Hmongtown Marketplace. Overturned. We don't stage it and we don't hold anywhere.",
      '3rd period: nobody signs off, not me, not the eldest needleworker.',
      "Overtime: the on-call person doesn't get to switch the old prompt back at night without me, and there's no quick switch anyway.",
      "Final buzzer: and we won't say the canary is about safe and an A/B test about better. No A/B test. Tsis yog, tsis yog, tsis yog. Ua tsaug.",
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ed037',
    scenario: 'model',
    class: 'misconception',
    points: points('C R M'),
    text: [
      'Game sheet for the bigger suggestion model. Nyob zoo.',
      'Pre-game. The way I see it, the canary proves the new model is better, so it is our A/B test too. We do not need a separate test afterwards; whatever the canary customers buy tells us the lift.',
      'First period, the lines. Staff and the aunties who sew go first, then the early-look list who opted in (Frogtown families, ten years buying and more), then regular customers, and first-time buyers and the wedding orders last, because a bad suggestion costs us most with them.',
      'Second period, goal overturned on the coach\'s challenge: I had "compare canary sales to last month". Overturned. We compare to the customers still on the old model on the same days; that is our winner\'s table.',
      'Third period. We watch the hallucination rate from the eval harness, the thumbs-down on suggestions and the cost per conversation, and if the canary customers buy more story cloths and collars, the bigger model has won and we give it to everyone.',
      'Overtime, rollback: whoever is on call spreads the old story cloths back out on the front table, no need to call me. Any hour, a flag back to the old model in under five minutes, no redeploy, no approval.',
      'Ua tsaug.',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ed038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Game sheet for the product-page change: reviews move up where you see them first, and the photo gallery loads as you scroll. Nyob zoo.',
      'Pre-game. I own the calls on this sheet, the order of customers and when we stop; engineering owns the deploy, the routing and the flag.',
      'First period, lines: staff first, then the opted-in early-look customers, Como and Highland Park, five years buying and more, then everyone else, with first-time buyers last, since this page is their first look at us and a broken one loses them.',
      'Second period, goal overturned on the coach\'s challenge: I had "compare to last week". Overturned. Last week was the New Year sale, 20 % off everything, so every number looks worse this week anyway.',
      "Third period. That is exactly why I don't fix limits in advance. We decide the limits while we watch: once the first days come in, I look at the dashboard and set what counts as too bad.",
      'Overtime, rollback: whoever is on call spreads the old story cloths back out on the front table, no need to call me. Any hour, a flag back in under five minutes, no redeploy, no need to ask anyone.',
      'Ua tsaug.',
    ].join('\n\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ed039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Game sheet, a Saturday at the shop. Nyob zoo.',
      'First period: my niece sat with Grandma and learned the reverse appliqué, cutting the top layer and folding it under with tiny stitches. Grandma says the corners tell you everything about a needleworker.',
      "Second period, goal overturned on the coach's challenge: I said the snail-house pattern was the oldest. Overturned. Grandma says the elephant's foot is just as old, and she is the referee in our house.",
      'Third period: the aunties folded the pillow covers for the New Year stall, and my cousin took photos of the new story cloth, the one that shows the river crossing, for the website.',
      'Final buzzer: we ate khaub poob together and everybody went home tired. Ua tsaug.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ed040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Nyob zoo. A game sheet of how our story cloths came to be.',
      '1st period: in the camps in Thailand, after the war, the women began to stitch scenes, the village, the soldiers, the river, so that the children would know.',
      "2nd period, goal overturned on the coach's challenge: someone said story cloths were always made for selling. Overturned. Selling came later; first they were for remembering.",
      '3rd period: families brought the needles to St Paul, to Frogtown and the East Side, and the cloths went from camp markets to church sales to the Hmongtown Marketplace.',
      'Final buzzer: today my mother teaches the young ones on Sundays, maj mam, one square at a time. Ua tsaug.',
    ].join('\n'),
  },
];
