import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-seventeenth fresh held-out set (fresh117), author A:
 * the other thirteen answers ds008–ds020 (middling, weak, salad, negated,
 * misconception-led, off-topic).
 * Voice: a Khmer (Siem Reap) English register in speech with Khmer words (gentle, smiling, patient;
 * "suosdei", "arkun", "jas", "min ey te", "chum reap lea"), a silk-weaving workshop whose language
 * model suggests which scarf, weave and colour suit a wearer, a gift and a budget, every answer a
 * judo referee's calls contest by contest (hajime, waza-ari, ippon, matte) with one score
 * downgraded after the video review, stages named after the silk (the first skein, the tying
 * frame, the whole night market), sign-off as "Yeay Sophea, our eldest weaver, and I both pass the
 * first scarf between our fingers", holds as "a full week of Angkor Sankranta" or a count of days
 * or orders, thresholds as "more than N worse than now, and the shuttles rest", cohorts by Siem
 * Reap village and years buying, rollback as "whoever is on call returns the old scarves to the
 * cedar chest, no need to call me".
 * Labels were set by hand when each answer was written, before anything else, and are final
 * (LABEL-NOTES-a.md, README-a.md).
 */
export const HUNDRED_AND_SEVENTEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'ds008',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      'Suosdei, jas. Our checkout for scarves becomes one page, with saved addresses and cards filled in by themselves. Returning buyers loved it when we tried it with them in the shop, and we want it live before the Khmer New Year campaign, when first orders come most.',
      '',
      'Hajime. The first thing I say: as PM I own the order of buyers and the limits. The engineers own the routing and the deploy, and how the page is switched on. Ippon.',
      '',
      'Then the order. Shop staff first, because they will try it all day. Then buyers who opted in to early access, from Wat Bo and Chreav. Then regulars by years buying, five years first, then two. First-time buyers last: the change was only tested with returning buyers, and first orders are exactly what the campaign needs. Ippon.',
      '',
      'Then the limits, which we write down before anyone sees the new page: first-order checkout completion more than 3 % worse than now, checkout errors more than 0.5 % worse than now, and the shuttles rest. Ippon.',
      '',
      'Video review, ippon downgraded to waza-ari: I first wrote one completion number for all buyers, and returning buyers would hide the first-timers. The 3 % is now for first orders alone.',
      '',
      'After that we open it wider over the weeks before the campaign. Arkun.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ds009',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      "Suosdei. Bigger model for the scarf assistant. Referee's notes:",
      '',
      'Hajime — a random 5 % of buyers get the bigger model first.',
      'Stages: the first skein 5 %, held one week; the tying frame 25 %, held one week; then the whole night market.',
      'No stage advances before Yeay Sophea, our eldest weaver, and I sign it off; we both pass the first scarf between our fingers. Ippon.',
      "What gates each advance: thumbs-down on suggestions, the eval harness's rate of suggestions for weaves we do not make, and cost per conversation, each read against the old model. Ippon.",
      'Video review, ippon downgraded to waza-ari: one week at the first skein is short for cost, so that stage now holds until 1,500 conversations as well.',
      'Matte. If it goes badly we will go back to the old model. Arkun.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ds010',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      'Suosdei. Our photo service, the one that resizes every scarf picture on the listing pages, is rewritten for a new photo format. It is faster in the benchmark, but it is only restarted when we deploy, so a slow leak would show only after a day. Judo calls:',
      '',
      '1. Hajime. Who sees it first: our weavers and shop staff, who look at scarf pages all day and will notice a slow picture. Then buyers who opted in to early access, from Sala Kamreuk and Puok. Then regulars with three years buying. New buyers last, because a slow first page is where we lose them. Ippon.',
      '',
      '2. Stages: the first skein, then the tying frame, then the whole night market. Each stage holds at least three full days with no restart, because the trouble grows over a day, and it does not advance before that. Ippon.',
      '',
      '3. Video review, ippon downgraded to waza-ari: "no restart" depends on the engineers not deploying anything else to that service during a hold; I will ask them.',
      '',
      '4. Rollback. Whoever is on call, at any hour, sends the picture traffic back to the old service with a routing switch in a few minutes, and does not wait for my approval; they return the old scarves to the cedar chest, no need to call me. Ippon.',
      '',
      '5. Matte. Thursday we will see how far we are. Arkun.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ds011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Suosdei, jas. A canary release is when you give the new thing to a few people first, and then to everybody. For our scarf assistant with the warmer prompt, I think that is good, because warm is how we speak in the shop anyway.',
      '',
      'Hajime: we try the new prompt on some buyers. Matte: we look at how they feel about it. If the Khmer buyers are not happy, we can always go back. Ippon when everyone likes it.',
      '',
      'Video review, ippon downgraded to waza-ari: maybe the Khmer translation should also be checked by somebody. The engineers know how to do these things well, so I trust them to choose the right way and tell me. Arkun.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ds012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Suosdei. This one is only a page. Our pricing page for the weaving classes gets a clearer table, nothing behind it changes, so there is not much to be afraid of.',
      '',
      'Hajime on Friday when the campaign starts. We put it out, we keep an eye on the dashboard, and if something looks strange we talk about it with the team. Waza-ari for being careful, ippon for being quick.',
      '',
      'Video review, ippon downgraded to waza-ari: maybe we show it to a few people before Friday, if there is time. Canary releases are good practice and many big companies use them, so we will do something like that. Min ey te, it will be fine. Arkun.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ds013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Suosdei. Hajime canary 5 % 20 % 50 % 100 %, feature store, regional feature store, Europe ' +
      'evening, Siem Reap 1 a.m. 4 a.m., p99 300 ms, error rate 0.5 %, hallucination rate, eval ' +
      'harness, thumbs-down, click-through 3 %, basket 2 %, cohort Wat Bo, cohort Chreav, two ' +
      'years buying, five years buying, first skein, tying frame, whole night market, waza-ari, ' +
      'ippon, matte, video review, ippon downgraded waza-ari, Yeay Sophea, sign-off, first scarf,' +
      ' fingers, cedar chest, on call, flag, routing, rollback three minutes, shuttles rest, ' +
      'randomised A/B, Angkor Sankranta, tokens per request, cost per recommendation, gate, hold,' +
      ' ramp, baseline, control, guardrail, arkun.',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ds014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Search index new layout smaller cheaper.',
      'Median faster. Tail p99 p99.9 filters rare queries 400 ms 800 ms.',
      'Hajime. Ippon. Waza-ari. Matte.',
      'Free tier, licences, weaving guild licence, Sla Kram, Kok Chak, three years, four years.',
      '1 % 5 % 25 % 50 % 100 %. Hold gate hold gate.',
      'Errors 0.5 %, latency 200 ms, conversion 2 %, baseline control.',
      'Yeay Sophea sign-off, first scarf between fingers.',
      'On call, any hour, routing switch, five minutes, cedar chest, old scarves.',
      'Video review: ippon downgraded to waza-ari.',
      'Canary safe A/B better randomised.',
      'First skein, tying frame, whole night market, shuttles rest.',
      'Suosdei, arkun, jas.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ds015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Suosdei. The cheaper model for our scarf suggestions: here is what I would not do, call by call.',
      '',
      'Hajime, and already matte. I would not split who owns what between me and the engineers; we all just do it together.',
      '',
      'I would not choose an order of buyers by village or by years buying, and I would not put our weavers first or new buyers last.',
      '',
      'I would not write any limits down before traffic moves, not 0.5 %, not 300 ms, nothing in advance.',
      '',
      'I would not name stages like the first skein or the tying frame, and I would not hold at any of them, not for a count of orders and not for a full week of Angkor Sankranta.',
      '',
      'Nobody signs off an advance, not Yeay Sophea, not me; there is no passing the first scarf between our fingers.',
      '',
      'I would not watch thumbs-down or the eval harness, and I would not gate on cost per suggestion.',
      '',
      'No on-call rollback switch either, and no returning the old scarves to the cedar chest at night.',
      '',
      'Video review, ippon downgraded to waza-ari: and no randomised A/B test afterwards. Arkun.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ds016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Suosdei, jas. Product pages with bigger scarf photos and a size guide. Our weavers and shop staff use the live site all day to check stock, but they almost never buy on it. Referee\'s calls, and every one is "no":',
      '',
      '- Hajime? No. It is not my job as PM to say who owns the order of buyers or the limits; I do not separate that from the engineering work.',
      '- Staff first, then opted-in buyers, then regulars by village and years buying? No, we will not order them at all.',
      '- Rollback limits written before the start, like orders more than 2 % worse than now? No, we do not fix any numbers beforehand.',
      '- Named stages with a hold at each? No first skein, no tying frame, no hold.',
      '- Sign-off at each step by Yeay Sophea and me? No, nobody signs.',
      '- An on-call rollback at any hour by a routing switch in minutes? No, we will not set that up.',
      '- A canary for safety and a randomised A/B test afterwards for "better"? No, neither.',
      '',
      'Video review, ippon downgraded to waza-ari: all of it. Matte. Arkun.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ds017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T'),
    text: [
      'Suosdei, jas. The bigger model for our scarf assistant. I will call it as a judo referee.',
      '',
      'Hajime. I own the order of buyers and the rollback limits; the engineers own the routing, the deploy and the flags. Ippon.',
      '',
      'The order: weavers and shop staff first, because they know every weave and tell us quickly when something is wrong; then buyers from Kok Chak and Svay Dangkum who opted in to early access; then regulars with three years buying or more; new buyers last, because a bad first suggestion loses them. Ippon.',
      '',
      'The limits, written and agreed before traffic moves: errors more than 0.5 % worse than now, p95 more than 300 ms worse than now, paid orders more than 2 % worse than now. Any one, and the shuttles rest. Ippon.',
      '',
      'And the most important call: the canary proves the bigger model is better, so the canary is our A/B test. When the canary buyers order more scarves than the others, we have our answer, and we do not need a separate test afterwards. Ippon, I think.',
      '',
      'Video review, ippon downgraded to waza-ari: the offline evals were three points up, so the canary only has to confirm what we already know. Arkun.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ds018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      'Suosdei. The booking page for a woven-to-order scarf gets a new date picker and a shorter form, and the chosen dates are kept in a new store in the browser. Buyers often book hours later, after talking it over at home. My calls:',
      '',
      'Hajime. Who goes first: our weavers and shop staff, then buyers who opted in to early access from Chreav and Wat Bo, then regulars with four years buying, and new buyers last, because a lost first booking is a lost buyer. Ippon.',
      '',
      'Stages: the first skein 5 %, the tying frame 25 %, the whole night market 100 %. Each stage holds two full days before it advances, because a lost booking shows only hours later. Ippon.',
      '',
      'Rollback: whoever is on call, any hour, turns the old booking page back on with a config switch in a few minutes, no approval needed; returns the old scarves to the cedar chest, no need to call me. Ippon.',
      '',
      'Limits, matte: we decide the limits while we watch. Writing numbers before we see real bookings is guessing; we look at the dashboard each day and decide then how much worse is too much. Waza-ari.',
      '',
      'Video review, ippon downgraded to waza-ari, the stages: two days is the least; when a weekend falls inside a stage, it holds until Monday. Arkun.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ds019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Suosdei, jas, arkun for asking about our workshop. Let me tell you how a scarf is made, like a judo referee telling a tournament from the first bow.',
      '',
      'Hajime: the cocoons come from the mulberry farms near Puok. The women boil them and reel the thread by hand, and a good reeler can feel the thread thin out before she sees it.',
      '',
      'Waza-ari: the pattern is tied on the frame before dyeing. Each bundle of threads is wrapped so the colour cannot reach it, then dyed, then wrapped again for the next colour. A scarf with five colours takes a week before the loom ever sees it.',
      '',
      'Ippon: weaving. The pattern appears slowly, one pick at a time. A big piece can take a month.',
      '',
      'Video review, ippon downgraded to waza-ari: I said a month, but a big ceremonial piece takes nearer three.',
      '',
      'Matte. Buyers in Siem Reap like deep red and gold for weddings; visitors like the soft blue. Our visitors rarely leave a rating, but they come back. Chum reap lea.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ds020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Suosdei! Last week was our big sale, twenty percent off every scarf, and it ended on Sunday at midnight. I want to tell you about it, judo referee style.',
      '',
      'Hajime on Monday morning: the queue at the shop door before we opened, mostly families from Svay Dangkum buying for weddings.',
      '',
      'Waza-ari: the indigo scarves sold out by Wednesday. Next year we dye twice as many in March.',
      '',
      'Ippon: a hotel boutique ordered two hundred of the small silk squares for their rooms. Yeay Sophea was so happy she sang at the loom.',
      '',
      'Video review, ippon downgraded to waza-ari: the boutique later cut its order to one hundred and fifty.',
      '',
      'Matte. For the product page, I think reviews above the photos is a good idea, because buyers trust other buyers, and the gallery can load when they scroll. Our photographer says the light in the morning is best for red silk. Jas, that is the week. Arkun.',
    ].join('\n'),
  },
];
