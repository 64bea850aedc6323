import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-eighth fresh set, author b: strong answers (cz021–cz027), written blind and labelled by
 * hand before anything was run. Voice: a Bajan (Barbados) English register in speech; a kite shop
 * PM whose language model suggests kites and string weights for the day's wind; every answer an
 * order of service read aloud by the lay reader, the plan told in the notices.
 */
export const NINETY_EIGHTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cz021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Good morning, church. Please stand for the call to worship.',
      'Hymn 318. Correction: hymn 381. Cuh dear, the printer again.',
      'Reading: Ecclesiastes eleven, verse four.',
      'Prayers for the sick and shut-in.',
      "Notices. The shop's wind helper, the language model that tell customers which kite and what string weight suit the day's wind, moving to a bigger model with a longer memory. Same prompt. Tests up three points on short questions; the owner asking wuh each chat go cost.",
      'First, as PM I own the order customers go up in, the limits, and how long we hold at every stage. The engineers own the routing, the deploy and the switch.',
      'Second, shop staff go up first, because they does tell we straight. Then the kite club members who signed up to try things early. Then St. Lucy and St. Peter, where the north wind test a suggestion real hard but the orders small. Brand-new customers and those buying from we twenty years and more go last: a new customer who get one bad suggestion doan come back, and the old ones we cannot lose.',
      'Third, the limits, written and signed before one customer move over. Errors more than half a percent worse than now and we bring the kite down. The slowest answer in twenty more than 300 milliseconds worse than now, same. Wrong string weights, as the eval harness grade them against the wind chart, more than one in a hundred worse than now, same. Thumbs-down more than two points worse, same. Cost per chat more than 40 percent worse, same.',
      'Fourth, the stages, named for the kite. The frame: staff and the club, about 2 percent, held a full week of Crop Over. The paper: 10 percent with St. Lucy and St. Peter, held 600 orders. The tail: 50 percent, held 600 more. Then the whole sky, and only if every limit held.',
      'Fifth, before each stage the head kite-maker and I both tug the string. No tug from the two of we, no next stage.',
      "Sixth, if a limit break, whoever's on call ties the old version back on the string, no need to call me, three in the morning or Sunday service: a routing switch back to the old model, inside five minutes, no redeploy.",
      'Last: this tell we the bigger model safe, not better. For better, a proper A/B test after, customers split at random.',
      'Hymn 227. The blessing. Go in peace.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cz022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Call to worship.',
      'Hymn 150. Correction: hymn 105.',
      'Reading: Psalm 148, verse 8.',
      'Prayers for our German speakers, a quarter of all.',
      "Notices. The kite helper's prompt rewrite warmer and casual, read only by the English team. I own the order, the limits and the holds; the engineers own the routing and the switch.",
      'Order: staff, kite club volunteers, English buyers in Christ Church, then a small slice of German speakers; ten-year customers last. Nobody check it in German, cuh dear, and the old ones real particular about manners.',
      'Limits, signed before anybody move: thumbs-down more than 2 points worse than now, in either language, and we bring the kite down; harness-graded wrong suggestions more than 1 in 100 worse; errors more than 0.5 percent worse; p95 more than 200 ms worse; tokens per answer more than 15 percent worse.',
      'Stages: the frame, staff and club, a full week of Crop Over; the paper, 10 percent, 400 orders; the tail, 50 percent, 400 more. The head kite-maker and I both tug the string before each.',
      "Whoever's on call ties the old prompt back on the string, no need to call me, any hour: a config switch, five minutes, no redeploy.",
      'This show it safe, not better; a random A/B test after tell we that.',
      'Blessing.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cz023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Good morning. Call to worship.',
      'Hymn 215. Correction: hymn 512; doan blame me.',
      'Reading: John three, verse eight.',
      'Prayers for the quiet ones who never leave a rating.',
      'Notices. The wind helper moving to a cheaper, faster model. Cuh dear, the trouble: even at Easter it is only a few hundred suggestions a minute, hardly anybody press thumbs up or down, and the eval harness grade one suggestion in two hundred. At 5 percent we would be waiting till Kadooment to see anything. So:',
      'I own the order, the limits and how long we hold, and I told the engineers I want the harness grading one in twenty during the canary. They own the routing, the flags and the deploy.',
      'Order: staff first, they try it on every kite they sell. Then the kite club, who opted in and does rate nuff. Then customers in St. Philip and St. John. Customers under one year with us and those with us fifteen years and up go last: the first lose trust quick, the second carry the shop.',
      'Limits, agreed and written before one suggestion move: wrong string weight or wrong kite for the wind, as the harness grade it, more than 1 in 100 worse than now and we bring the kite down. Thumbs-down more than 3 points worse than now and we bring the kite down. Kites sent back within a week as wrong for the wind, more than 1 percent worse than now, same. Errors more than half a percent worse, p95 more than 200 milliseconds worse, same.',
      'Stages, and the hold is a count, not a clock, because a quiet stage tell you nothing. The frame: staff and club, held till the harness grade 300 suggestions. The paper: 20 percent, St. Philip and St. John, held till 300 more are graded and 200 ratings come in. The tail: 50 percent, held a full week of Crop Over. Then everybody. We move only if every limit hold.',
      'At every stage the head kite-maker and I both tug the string, or it stay where it is.',
      "If a limit break, whoever's on call ties the old version back on the string, no need to call me, day or night: a flag flip to the old model, under five minutes, no redeploy.",
      'And the canary tell we it safe, not that it better. Cheaper, yes; better, only a randomised A/B test after can say.',
      'Hymn 9. Blessing.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cz024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Please stand. Call to worship.',
      'Hymn 433. Correction: hymn 343; 433 is the Christmas one.',
      'Reading: Acts two, verse two, the sound of a rushing mighty wind.',
      'Prayers for everybody on call.',
      "Notices. The home screen's suggested kite baskets, kite, string weight and tail together, coming from a new model that read more of each customer's wind and order history per request, pulled from the regional stores here and in England. Those stores were sized for the old model. England's lunch rush land at seven in our morning, when most of wunna still sleeping.",
      'What I own: the order, the limits, the holds. The engineers own the routing, the flags and the deploy, and they size the stores.',
      'Order: shop staff first, then kite club members who opted in, then St. Andrew and St. Joseph, small and windy. England goes in as its own small slice at the paper, so its lunch peak show we the store load before many feel it. Customers with us ten years and more, here and in England, go last, because those baskets are most of the money.',
      "Limits, signed before any traffic move, each one per region: errors more than half a percent worse than now and we bring the kite down; p95 more than 250 milliseconds worse than now and we bring the kite down; baskets the eval harness grade wrong for the day's wind more than 2 in 100 worse than now and we bring the kite down; baskets added to cart more than 3 percent worse than now; store reads cost per request more than 30 percent worse than now. Any one, down it come.",
      "Stages. The frame: staff and club, 1 percent, held two full days. The paper: 10 percent with England's slice, held a full week of Crop Over so we see seven English lunch peaks and seven of ours. The tail: 50 percent, held till 2,000 orders. Then all.",
      'Each step, the head kite-maker and I both tug the string first.',
      "Whoever's on call ties the old version back on the string, no need to call me, seven in the morning or two at night. A routing switch, old model back inside five minutes, no redeploy. The rota cover England's lunch.",
      'Last notice: the canary say the new model safe. Whether it sell more baskets, a randomised A/B test after will say, not this.',
      'Hymn 12. Blessing. Go in peace.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cz025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Good morning, church. Call to worship: lift up your hearts.',
      'Hymn 201. Correction: hymn 210, I misread my own writing.',
      'Reading: Proverbs twenty-seven, verse one.',
      'Prayers: for everybody buying their first kite this Easter, that it go up and stay up.',
      'Hymn 88.',
      "Notices. The shop's checkout going from three steps to one page, with saved address and card filled in by themselves. Returning customers loved it in the lab. But Easter is when first-time buyers come, nuff of them, and they have nothing saved. So here is the plan.",
      'I own three things: who go first, the limits, and how long we hold. The engineers own the routing, the flag and the deploy.',
      'Who go first: shop staff placing real orders, then the kite club who opted in to early things, then returning customers in St. Michael and Christ Church, three years and more with us, since the lab already show they manage the page. First-time buyers go last, because they are the ones this could hurt and the ones Easter bring. Customers twenty years and up go last too; wunna know who they are.',
      'Limits, written and signed before the first order move: checkout errors more than half a percent worse than now and we bring the kite down; the slow end of the page, p99, more than 200 milliseconds worse than now and we bring the kite down; orders completed per checkout started more than 2 percent worse than now and we bring the kite down, with first-time buyers measured on their own. Written down now, not decided while watching.',
      'Stages. The frame: staff and club, about 1 percent, held 150 orders. The paper: returning customers, 10 percent, held 1,000 orders. The tail: 25 percent with first-time buyers in, held 1,000 first orders, so the conversion number mean something. Then everybody, before Good Friday.',
      'Between each, the head kite-maker and I both tug the string; that is the sign-off.',
      "Whoever's on call ties the old version back on the string, no need to call me, Easter Sunday or Monday night: a flag switch back to the three-step checkout, five minutes, no redeploy.",
      'And hear this: the canary tell we the page safe. If growth want to know it sell better, we run a randomised A/B test after Easter. The canary groups were chosen, not random, so their numbers prove nothing about better.',
      'Hymn 19. Blessing. Go in peace.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cz026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Call to worship. Hymn 64. Correction: hymn 46.',
      'Reading: Matthew seven, verse twenty-four.',
      'Prayers for the cashiers.',
      "Notices. The app's payments move to the provider's new kit, with wallet payments. Certified, yes, but cuh dear, Friday evening is our busiest hour.",
      'I own the order, the limits, the holds; engineering owns the flag and the deploy.',
      'Order: staff phones, then the kite club beta, then customers in St. Thomas and St. George on iPhone and Android both, each phone type measured apart; buyers of ten years and more last, since a failed payment lose them for good.',
      'Limits, signed before anybody pay through it: payment failures more than 0.5 percent worse than now, on either phone, and we bring the kite down; payment p99 more than 300 ms worse; paid orders per checkout more than 2 percent worse.',
      'The frame, 1 percent, and the paper, 10 percent, each held through a Friday evening; the tail, 50 percent, held 2,000 orders. The head kite-maker and I both tug the string before each.',
      "Whoever's on call ties the old version back on the string, no need to call me, any hour: a flag flip, under five minutes, no redeploy.",
      'Safe, not better: for better, a randomised A/B test after.',
      'Blessing.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cz027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Good evening, church. Call to worship: watch and pray.',
      'Hymn 290. Correction: hymn 209.',
      'Reading: Matthew twenty-five, the ten virgins and the oil for the night.',
      'Prayers: for the drivers after the fetes, and for whoever have the pager tonight.',
      "Notices. I come from the kite shop, so wunna forgive the kite talk. The ride app's fares moving to a new pricing service. Trips peak at night at the weekend and never stop, and the new service share a batch window with billing every night. So trouble come when the office empty.",
      'What I own as PM: which riders go first, the limits, how long we hold. What the engineers own: the routing, the deploy, the flags.',
      "Riders first: staff on their own trips, then drivers' families and riders who signed up for early features, then St. Lucy and St. Andrew, quiet at night. St. Michael and Christ Church come after, because the weekend fete traffic live there. Riders new this year and those riding with us five years and more go last: the new ones judge we on the first fare, the old ones are most of the trips.",
      'Limits, written and signed before one fare move: fare errors more than half a percent worse than now and we bring the kite down; price quote p99 more than 200 milliseconds worse than now and we bring the kite down; booked trips per quote more than 2 percent worse than now and we bring the kite down; any billing batch that fail or finish more than 30 minutes later than now, down it come.',
      'Stages. The frame: 1 percent, held two nights, batch window and all. The paper: 10 percent, held a full weekend, Friday night through Sunday morning. The tail: 50 percent, held a full week of Crop Over, fetes and all. Then everybody.',
      'Before each, the head kite-maker and I both tug the string. That happen in daylight.',
      "The night is different. Whoever's on call ties the old version back on the string, no need to call me, two in the morning or any hour, no approval, no waiting for daylight. It is a routing switch that send fares back to the old service in under five minutes; no redeploy. We practise it Tuesday afternoon, before the rollout that evening.",
      'Remember, the canary prove the pricing service safe, not that it price better. Better is a question for a randomised A/B test after.',
      'Hymn 7. Blessing.',
    ].join('\n'),
  },
];
