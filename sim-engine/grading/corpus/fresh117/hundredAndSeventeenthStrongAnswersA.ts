import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-seventeenth fresh held-out set (fresh117), author A:
 * strong answers ds001–ds007 (four model, three service), each covering every point of its kind.
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
export const HUNDRED_AND_SEVENTEENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ds001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Suosdei, arkun for the question. I answer like a judo referee calling a tournament, contest by contest.',
      '',
      'Contest one, hajime: who owns what. Our scarf assistant moves to the bigger model with the longer memory. The engineers own the routing, the deploy and the flags. I own the order of customers, the rollback limits and how long we hold at each stage. Ippon.',
      '',
      'Contest two: the order. First our own weavers and shop staff in Sla Kram, because they know every weave and will tell us kindly when a suggestion is wrong. Next the buyers who opted in to try new things early, mostly from Wat Bo and Svay Dangkum. Then regular customers with three years buying or more. New buyers and the hotel boutiques come last: a bad first suggestion loses a new buyer, and the boutiques are most of our money. Ippon.',
      '',
      'Contest three: the limits, written down and agreed before one conversation moves. Errors more than 0.5 % worse than now; p95 latency more than 300 ms worse than now. From our eval harness, suggestions naming a weave or colour we do not make more than 1 point worse than now; thumbs-down on suggestions more than 2 points worse; cost per conversation more than 30 % above now. Any one of them, and the shuttles rest. Ippon.',
      '',
      'Contest four: stages and holds. The first skein is 2 % of conversations for three days and at least 2,000 conversations. The tying frame is 10 % and then 25 %, each held four days. Only then the whole night market. No stage opens until Yeay Sophea, our eldest weaver, and I sign off; we both pass the first scarf between our fingers. Ippon.',
      '',
      'Video review, ippon downgraded to waza-ari: three days at the first skein is too short to read the cost per conversation, because long gift questions come at the weekend. We hold the first skein a full week of Angkor Sankranta instead, when every family asks about gift scarves.',
      '',
      'Contest five: rollback. Whoever is on call, at any hour, returns the old scarves to the cedar chest, no need to call me and no approval to wait for. It is a routing switch back to the old model and takes under five minutes. Ippon.',
      '',
      'Contest six, matte. The canary only tells us the bigger model is safe. It does not tell us it is better, even with offline evals three points up; better we learn afterwards, with a randomised A/B test. Ippon. Chum reap lea.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ds002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Suosdei. My referee card:',
      "- Hajime. Mine: order of buyers, limits, holds. Engineers': SDK flag, routing, deploy.",
      '- Order: shop staff paying on Android → opted-in early buyers from Chreav → regulars, two years buying or more → first-time buyers and new wallet payers last (newest, least forgiving). Ippon.',
      '- Limits, fixed before traffic moves: failed payments more than 0.3 % worse than now per 10-minute window, so bursts show; p99 pay time more than 400 ms worse; paid orders more than 2 % worse than now. Any one, and the shuttles rest. Ippon.',
      '- Stages: first skein 2 % → tying frame 10 %, then 25 % → whole night market. Each held through one Friday rush and 1,500 paid orders. Ippon.',
      '- Video review, ippon downgraded to waza-ari: Android and iPhone were read together; Android now has its own limits and its own hold.',
      '- Sign-off at every advance: Yeay Sophea, our eldest weaver, and me. We both pass the first scarf between our fingers.',
      '- Rollback: whoever is on call, any hour, flips the flag back to the old SDK in under 5 minutes, no approval: returns the old scarves to the cedar chest, no need to call me.',
      '- Matte: canary = safe, not better. Better wallets? A randomised A/B test afterwards. Arkun.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ds003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Suosdei, jas. The new prompt makes our scarf assistant warmer and more casual. It was read only by our English speakers, and a quarter of our buyers write in Khmer, where speaking politely to an elder matters very much. So I call it like a judo referee, one contest at a time.',
      '',
      '1. Hajime. I own the order of buyers, the rollback limits and the holds. The engineers own the prompt flag, the routing and the deploy. Ippon.',
      '',
      '2. Order. Our weavers and shop staff first, in both languages, because they will hear a rude Khmer sentence at once. Then buyers who opted in to try things early, from Puok and Sala Kamreuk, English and Khmer together. Then regulars by years buying, three years or more before newer ones. New buyers and our older Khmer-speaking customers last: they are the ones a casual "you" would hurt most. Ippon.',
      '',
      '3. Limits, agreed before the first skein moves, read separately for English and for Khmer. Thumbs-down more than 2 points worse than now. From the eval harness, replies with the wrong form of address more than 1 point worse than now. Suggestions taken into the basket more than 3 % worse than now. Errors more than 0.5 % worse, p95 more than 250 ms worse. Any one, and the shuttles rest. Ippon.',
      '',
      '4. Video review, ippon downgraded to waza-ari: in my first draft the thumbs-down limit was one number for everyone, and three quarters English would hide the Khmer. Now every limit is per language, as written above.',
      '',
      '5. Stages. The first skein is 5 % for four days and at least 400 Khmer conversations. The tying frame is 20 %, four more days. Then the whole night market. Before each advance Yeay Sophea, our eldest weaver, and I sign off together; we both pass the first scarf between our fingers, and she reads fifty Khmer replies aloud. Ippon.',
      '',
      '6. Rollback. Whoever is on call, day or night, returns the old scarves to the cedar chest, no need to call me and no approval: the prompt flag goes back to the old prompt in two or three minutes. Ippon.',
      '',
      '7. Matte. The canary says the warm prompt is safe. It does not say it is better; a randomised A/B test afterwards answers that. Arkun.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ds004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Suosdei. Our scarf prices, with shipping, move to a new pricing service on Tuesday evening. Buyers abroad order all night, and the service shares the nightly batch window with billing. A referee's score sheet, as a table:",
      '',
      'Contest | Call | What we do',
      "1 | Hajime, ippon | Mine as PM: the order of buyers, the limits, the holds. The engineers': the routing, the deploy, the flag.",
      '2 | Ippon | Order: shop staff and weavers first, then opted-in early buyers from Kok Chak and Chreav, then regulars with four years buying or more, then everyone else. New buyers and the hotel boutiques last, because a wrong price loses a new buyer and the boutiques pay most of our wages.',
      '3 | Ippon | Limits, signed before the first order is priced: pricing errors more than 0.3 % worse than now; p99 price time more than 300 ms worse; a price that differs from the old service by more than 1 % on more than 0.5 % of orders; paid orders more than 2 % worse than now. Any one, and the shuttles rest.',
      '4 | Ippon | Stages: the first skein 2 %, the tying frame 10 % then 30 %, the whole night market 100 %. Each stage holds 48 hours and must include one nightly batch window before it advances.',
      '5 | Ippon | Sign-off for each advance: Yeay Sophea, our eldest weaver, and me. We both pass the first scarf between our fingers.',
      '6 | Ippon | Rollback: whoever is on call, at 2 a.m. or any hour, returns the old scarves to the cedar chest, no need to call me, no approval. It is a routing switch to the old pricing service, under five minutes, not a redeploy. The on-call engineer carries that authority in writing from Tuesday evening.',
      '7 | Ippon | Matte: the canary shows the new pricing service is safe. Whether it is better is for a randomised A/B test afterwards.',
      '',
      'Video review, ippon downgraded to waza-ari, contest 4: starting on Tuesday evening, the first hold would end just as the batch window opens, with the night team alone. The first skein now holds until the morning after its second batch window, so the advance is always signed in daylight.',
      '',
      'Arkun, and chum reap lea.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ds005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Suosdei.',
      'A cheaper, faster model will write our scarf suggestions.',
      'Few buyers rate, and the harness grades one in two hundred.',
      'So we count orders, not days.',
      'Hajime.',
      'I own the order, the limits, the holds.',
      'Engineers own routing and deploy.',
      'Ippon.',
      'Weavers first; opted-in early buyers from Wat Bo next;',
      'then regulars, five years buying;',
      'new buyers last, least forgiving.',
      'Ippon.',
      'Written before traffic moves:',
      'harness wrong-weave rate more than 1 point worse than now;',
      'thumbs-down more than 2 points worse;',
      'suggestions bought more than 3 % worse;',
      'errors more than 0.5 % worse;',
      'p95 more than 300 ms worse.',
      'Any one, and the shuttles rest.',
      'Ippon.',
      'The first skein, 10 %: held until 3,000 suggestions, so the harness has graded fifteen.',
      'Video review, ippon downgraded to waza-ari:',
      'fifteen graded is too few.',
      'Hold until 12,000, sixty graded.',
      'The tying frame, 40 %: the same count again.',
      'Then the whole night market.',
      'Each advance signed by Yeay Sophea, our eldest weaver, and me;',
      'we both pass the first scarf between our fingers.',
      'Whoever is on call, any hour:',
      'config switch, four minutes, no approval,',
      'the old scarves back in the cedar chest, no need to call me.',
      'Ippon.',
      'Matte: safe is not better.',
      'Better needs a randomised A/B test afterwards.',
      'Arkun.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ds006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Suosdei, so our orders and the pattern book move from the old database in the back room to' +
      ' a managed cluster behind a new proxy, and the load test passed only with warm caches, and' +
      ' the old cluster goes away at the end of the month, so I call it like a judo referee, one ' +
      'contest after another without stopping: hajime, I own the order of customers, the limits ' +
      'and the holds, and the engineers own the proxy, the routing and the deploy, ippon; then ' +
      'the order, our weavers and shop staff first because they open the pattern book a hundred ' +
      'times a day and forgive a slow page, then buyers who opted in early from Svay Dangkum and ' +
      'Sla Kram, then regulars with three years buying or more, and new buyers and the hotel ' +
      'boutiques last because one lost order there costs us the most, ippon; then the limits, ' +
      'agreed and written before any read moves, page errors more than 0.5 % worse than now, p99 ' +
      'page time more than 250 ms worse than now, orders placed more than 2 % worse than now, any' +
      ' one of them and the shuttles rest, ippon; then the stages, the first skein 1 % for two ' +
      'days, the tying frame 10 % and then 25 % for three days each, and the whole night market ' +
      'only after a Saturday evening peak has passed at 25 % with cold caches, ippon; video ' +
      'review, ippon downgraded to waza-ari, because two days at 1 % never fills a cache cold ' +
      'enough to show what the load test hid, so the engineers empty the cache at the start of ' +
      'every stage, and each stage must also live through 5,000 orders; before each advance Yeay ' +
      'Sophea, our eldest weaver, and I sign off, we both pass the first scarf between our ' +
      'fingers, ippon; whoever is on call, at any hour, returns the old scarves to the cedar ' +
      'chest, no need to call me, no approval, by switching the proxy back to the old database in' +
      ' under five minutes, which is also why the old cluster stays until two weeks after the ' +
      'whole night market, whatever the calendar says, ippon; and matte, the canary shows the new' +
      ' storage is safe, not that it is better, and if we ever want to say it is better, a ' +
      'randomised A/B test afterwards tells us that, arkun.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ds007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Suosdei. The new model that recommends scarves on our home screen reads many more features for each request from the regional feature stores, and those stores were sized for the old model. Our team sleeps in Siem Reap, but our European buyers shop in their evening, which is one to four in the morning here. So the trouble, if it comes, comes while we sleep. Let me call it as a judo referee would.',
      '',
      'Hajime, the first contest: ownership. I decide the order of buyers, the limits and the holds; the engineers decide the routing, the deploy and the flags. Ippon.',
      '',
      'The second contest: who goes first. Our weavers and shop staff, then buyers in Europe and here who opted in to early access, then regulars with two years buying or more, by village here and by country there. New buyers last, because a strange first recommendation loses them. Ippon.',
      '',
      "The third contest: limits, agreed before any request moves, read per region. Errors more than 0.5 % worse than now, p99 more than 300 ms worse than now, and feature-store timeouts more than 0.2 % worse. For the model itself: recommendations clicked more than 3 % worse, scarves added to the basket from a recommendation more than 2 % worse, and eval-harness mismatches against the buyer's stated budget more than 1 point worse. Any one, and the shuttles rest. Ippon.",
      '',
      'The fourth contest: holds. The first skein is 5 %, the tying frame 20 % and then 50 %, then the whole night market. Each stage holds three days and must cover three European evening peaks before it advances. Yeay Sophea, our eldest weaver, and I sign off each advance; we both pass the first scarf between our fingers. Ippon.',
      '',
      'Video review, ippon downgraded to waza-ari: that fourth contest first said "three days", but the European evenings are weaker on Monday and Tuesday. Each hold now includes a full weekend, or a full week of Angkor Sankranta if it falls then.',
      '',
      'The fifth contest: whoever is on call, in Siem Reap or in Europe, any hour, returns the old scarves to the cedar chest, no need to call me: a flag switch to the old model, done in three minutes, no one to ask. Ippon.',
      '',
      'Matte. The canary says the new model is safe. Whether it sells more scarves is a randomised A/B test afterwards. Arkun.',
    ].join('\n'),
  },
];
