import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-eighth fresh set, author b: the other answers (cz028–cz040) — middling, weak, keyword
 * salad, negated, misconception-led and off-topic — written blind and labelled by hand before
 * anything was run. Same voice as the strong answers: a Bajan register in speech, a kite shop PM,
 * every answer an order of service read aloud by the lay reader.
 */
export const NINETY_EIGHTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cz028',
    scenario: 'model',
    class: 'middling',
    points: points('P C H'),
    text: [
      'Call to worship. Please stand.',
      'Hymn 120. Correction: hymn 102.',
      'Reading: Psalm 107, verse 25, the stormy wind.',
      'Prayers: for the shop, and for everybody who fly.',
      'Notices. The wind helper going onto the bigger model, same prompt. My part as PM is the order customers go up in, when we stop and when we carry on; the routing and the deploy belong to the engineers, and I leave that to them.',
      'Order: staff first, because they know a bad string weight when they see one. Then the kite club, who asked to try things early. Then the parishes in the north. Brand-new customers and people buying from we twenty years go last, because those are the ones we cannot lose.',
      'Stages: the frame, staff and club, held a full week of Crop Over; the paper, a quarter of customers, held till 500 orders; the tail, everybody else. At each one we stop and look before going on.',
      'We will keep an eye on errors and on wuh the owner say about cost. If it look bad, we go back.',
      'Hymn 60. Blessing.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cz029',
    scenario: 'service',
    class: 'middling',
    points: points('T R'),
    text: [
      'Good morning. Call to worship.',
      'Hymn 330. Correction: hymn 303, sorry, wunna.',
      'Reading: Luke six, the house built on the rock.',
      'Prayers for the engineers.',
      "Notices. The shop's orders and stock moving out of our own database onto a managed cluster behind a new proxy. The load test pass, but with the caches warm, and the old database switch off end of the month.",
      'Before any page read from the new cluster we write down the limits and sign them: page errors more than half a percent worse than now and we bring the kite down; p99 page load more than 300 milliseconds worse than now and we bring the kite down; orders placed per visit more than 2 percent worse than now and we bring the kite down.',
      "If one break, whoever's on call ties the old version back on the string, no need to call me, night or day: the proxy point back at the old database in a couple minutes, no redeploy. That is why the old one stay on till we done.",
      'How fast to move, and who first, I leave to the engineers; they know the database better than me. Cuh dear, I only sell kites.',
      'Hymn 5. Blessing.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cz030',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'Call to worship: O come, let us sing.',
      'Hymn 17. Correction: hymn 71.',
      'Reading: Psalm 104, verse 3, the wings of the wind.',
      'Prayers for England, where it is lunch while we asleep.',
      'Notices. New model for the kite baskets on the home screen, reading more per customer from the regional stores, here and in England.',
      'Who go first: staff, then the kite club who opted in, then small parishes like St. Joseph, then a small piece of England, and the ten-year customers in both places last, because they buy the most and we doan want them seeing a bad basket.',
      'The limits, set before any customer see it: errors more than half a percent worse than now and we bring the kite down; p95 more than 250 milliseconds worse than now; baskets the eval harness mark wrong for the wind more than 2 in 100 worse; baskets added to cart more than 3 percent worse; cost per request more than 30 percent worse. Any of them, down it come.',
      'We watch those each morning and open it up wider when it look good.',
      'Hymn 14. Blessing.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cz031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Call to worship.',
      'Hymn 211. Correction: hymn 112.',
      'Reading: Ecclesiastes three, a time for everything.',
      'Prayers.',
      'Notices. The program that shrink the kite photos for the shop get rewrite to take the new photo format, and it 20 percent faster in the benchmark, real nice. The team want it everywhere by Thursday. I say we put it out to some people, keep a close eye, and if anything look funny we go back. The engineers know this better than me, so I trust them. Canary is like the bird in the mine: small group first, then everybody.',
      'Hymn 8. Blessing.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cz032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Call to worship. Hymn 95. Correction: hymn 59.',
      'Reading: First Kings nineteen, the still small voice.',
      'Prayers.',
      'Notices. The wind helper moving to a cheaper, faster model, which the owner real pleased about. We will turn it on for some customers and see if anybody complain. Hardly anybody rate the suggestions, so if nobody say nothing, it fine. Then we give it to everybody before Crop Over. If the kite club vex, we can always switch back.',
      'Hymn 3. Blessing.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cz033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Call to worship. Hymn 150. Correction: hymn 151.',
      'Reading: canary.',
      'Notices. Canary canary. Cohort cohort, parish, St. Michael, St. Lucy, St. Peter, years, kite club, staff. Threshold threshold, half percent, 200 milliseconds, 2 percent, baseline. Hold, gate, the frame, the paper, the tail, Crop Over, orders. Sign-off, head kite-maker, tug, string. Rollback, on call, switch, five minutes, no redeploy. A/B, randomised, safe, better. Hallucination, eval harness, thumbs-down, p95, tokens, cost per chat. PM owns, engineering owns, routing, flags. Wunna, nuff, real, cuh dear.',
      'Blessing. Canary, cohort, threshold, hold, rollback.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cz034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Hymn 66, hymn 66. Correction: hymn 99.',
      'Notices: search, index, new index, smaller, cheaper, canary. Canary rollout ramp hold gate threshold p99 tail tail latency. Frame paper tail, frame paper tail. Staff kite club parish St. James St. John St. George ten years twenty years. Before traffic, limits, numbers, more than worse than now bring the kite down. Head kite-maker tug string sign-off. On call old version string switch minutes. Safe not better A/B. PM owns engineering owns. Search canary ramp hold gate threshold p99 tail latency rollback sign-off cohort.',
      'Blessing blessing.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cz035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Call to worship. Hymn 240. Correction: hymn 420.',
      'Reading: Proverbs twenty-nine, verse one.',
      'Prayers.',
      "Notices. The helper's warmer prompt, the one only the English team read. I am not going to split who own what between me and the engineers; I doan see the point. We won't put staff or the kite club first, and we won't keep the German speakers or the long-time customers for last; no order at all. I will not write down any limits before it go out, not for thumbs-down, not for errors, not for slow answers. No frame, no paper, no tail, no holding for a week of Crop Over or a count of orders. The head kite-maker and I won't tug no string; nobody sign anything. And I will not have whoever's on call tying the old version back on the string without calling me first. We won't watch the harness grades or the token cost either, and we won't run any A/B test after. It go to everybody Saturday morning.",
      'Hymn 1. Blessing.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cz036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Good morning. Call to worship. Hymn 180. Correction: hymn 108.',
      'Reading: Mark four, verse thirty-nine, peace, be still.',
      'Prayers for the staff, who look at the site all day and never buy a thing.',
      "Notices. Bigger kite photos and a size guide on the product pages. Doan expect me to rank who go first: not staff, not the club, not by parish, not by years buying. I won't set numbers ahead of time for when we bring the kite down. I won't name stages or hold at any of them. Nobody need to sign off, not the head kite-maker, not me. I'm not having on-call roll anything back on their own, and I won't arrange any switch for it either. And I won't pretend we need an A/B test after. Nor will I say which of this is mine and which is engineering's. Cuh dear, it's photos.",
      'Hymn 2. Blessing.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cz037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H M'),
    text: [
      'Call to worship. Please stand.',
      'Hymn 404. Correction: hymn 440.',
      'Reading: Psalm 135, verse 7, the wind out of his treasuries.',
      'Prayers.',
      'Notices. The new basket model on the home screen. Wunna must understand wuh this canary is for: it is we A/B test. If the parishes on the new model buy more baskets than the rest, that prove the new model better, and we done; no separate test after.',
      'My part: the order, the limits and the holds. The engineers own the routing, the flags and the regional stores.',
      'Order: staff, then the kite club who opted in, then St. Andrew and St. Joseph, then a small piece of England so their lunch rush test the stores, and ten-year customers last, because they spend the most.',
      'Limits, signed before we start: errors more than half a percent worse than now and we bring the kite down; p95 more than 250 milliseconds worse; baskets the eval harness grade wrong for the wind more than 2 in 100 worse; add-to-cart more than 3 percent worse; store cost per request more than 30 percent worse.',
      'Stages: the frame, 1 percent, two days; the paper, 10 percent, a full week of Crop Over; the tail, 50 percent, 2,000 orders. Then everybody, and the difference in sales between the two sides is we answer.',
      'Hymn 20. Blessing.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cz038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Call to worship. Hymn 365. Correction: hymn 356.',
      'Reading: James four, verse fourteen.',
      'Prayers for the families deciding over dinner.',
      "Notices. The booking page for kite lessons at Brandon's getting a new date picker and a shorter form, with the dates kept in the customer's browser. The team want it on for everybody this afternoon. Not so fast.",
      'Now I tell wunna plain: I doan believe in writing limits down before. You cannot know wuh number matter till you see the real bookings, so I will watch the dashboard and decide when it look bad; if bookings fall off enough to worry me, I call it then.',
      'Who go first: staff booking their own lessons, then the kite club who opted in, then St. Lucy and St. Peter, where few book; families booking for the first time and customers of ten years and more last, because a lost booking from them is a lost summer.',
      'Stages: the frame, 2 percent, held 150 bookings; the paper, 10 percent, held a full week of Crop Over, since people book hours after they look; the tail, 50 percent, held 600 bookings. Then everybody.',
      'Before each stage the head kite-maker and I both tug the string.',
      "If it go wrong, whoever's on call ties the old version back on the string, no need to call me, any hour: a flag switch to the old page, five minutes, no redeploy.",
      'Hymn 6. Blessing.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cz039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Good morning, church. Call to worship.',
      'Hymn 222. Correction: hymn 232.',
      'Reading: Genesis eight, verse twenty-two, seedtime and harvest.',
      "Prayers of thanks for last week's sale.",
      'Notices. Cuh dear, wuh a week. Twenty percent off everything, and the shop sell nuff kites, more than any week since Kadooment. The product page moving the reviews up top and loading the photos as you scroll, and I must say the reviews real sweet: a lady from St. George say her grandson kite went up higher than the church steeple. Easter Monday the kite-flying at the Garrison Savannah, bring the children. Remember, a good kite want a light frame of cane, paper cut true, a tail long enough to hold her steady, and a string weight to suit the wind. The kite club meet Thursday in the hall; bring your own glue.',
      'Hymn 40. Blessing.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cz040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Call to worship. Hymn 77. Correction: hymn 97.',
      'Reading: Luke fourteen, verse twenty-eight, counting the cost.',
      'Prayers.',
      "Notices. The pricing page getting a clearer comparison table, and the marketing campaign go out Friday. Here is wuh I want on that table: three columns, the cheapest on the left, the one most people should buy in the middle with a ribbon on it, like the kites in our window. Every row a plain word, not jargon; doan make people scroll sideways on a phone. Put the monthly price big and the yearly saving small under it. The campaign email should show the table itself, not a picture of a happy man. And please, somebody check the spelling before Friday; last time we wrote 'recieve' on the banner and the whole of St. Philip laugh at we.",
      'Hymn 10. Blessing.',
    ].join('\n'),
  },
];
