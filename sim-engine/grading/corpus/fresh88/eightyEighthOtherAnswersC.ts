import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-eighth fresh set, author c: middling (cp048–cp050), weak (cp051–cp052), keyword salad
 * (cp053–cp054), negated (cp055–cp056), misconception-led (cp057–cp058) and off-topic
 * (cp059–cp060) answers, written blind and labelled by hand.
 */
export const EIGHTY_EIGHTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: checkout-first-order
  {
    id: 'cp048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'A reading from the outfitter\'s day book: "Never send a first-timer down the canyon on his first day." Here ends the reading.',
      'Folks, the one-page checkout. Three points.',
      "1. Order matters. Staff buy their own garden hoses with it at dawn, then the customers who signed up for early access, then returning customers county by county, and first-time buyers last of all, since this page was tested on returning folks and a first order is a first cast: spook them and they're gone.",
      '2. The limits, agreed before the first order goes through: checkout errors more than 0.5 % worse than now and we reel in; page p99 more than 200 ms worse than now and we reel in; first-order conversion more than 2 % worse than now and we reel in.',
      '3. The day goes dawn at 1 %, the midday hatch at 10 %, the evening rise at 25 %, then everyone, and each stage holds for 2,000 completed orders before it moves, first orders counted on their own.',
      'Before the spring campaign, mind you, not during it.',
      'Bless you all, and mind your backcast.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cp049',
    scenario: 'model',
    class: 'middling',
    points: points('P R M'),
    text: [
      'A reading from the Book of the Gallatin: "A bigger net is not a better net." Here ends the reading.',
      "Friends, the bigger model with the longer context window goes under our hatch forecaster, prompt unchanged. Three things I'd say.",
      "1. I own the calls on who gets it in what order and where we stop; the engineers own how it's deployed and how the traffic is split, and I don't go fiddling with that.",
      "2. We'd watch more than errors. We'd watch the thumbs-down rate on forecasts, the wrong-hatch rate from the eval harness on a sample, and cost per conversation, since finance is already asking and a bigger model costs a heck of a lot more per answer.",
      "3. If it goes sideways, whoever's on call casts the old version back out, any hour, with the model flag; it's back in a few minutes, no redeploy, no need to call me.",
      "We'd roll it out gradual and see how it does. Go in peace.",
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cp050',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'A reading from the guide\'s almanac: "Ice on the rod guides at sunup does not mean the river is frozen." Here ends the reading.',
      "This morning's text: task storage moves to the managed cluster behind the new proxy, and those load tests ran with warm caches. Three points.",
      '1. Before any traffic moves we write the limits down: page-load p99 more than 300 ms worse than now and we reel in; database errors more than 0.5 % worse than now and we reel in; cache hit rate more than 10 points worse than now and we reel in.',
      "2. At any hour, whoever's on call casts the old version back out. We keep writing to both clusters, and the proxy points back at the old one with a single config change, a couple of minutes, no redeploy, no need to call me. So the old cluster doesn't get decommissioned at month's end until we're done.",
      "3. This tells us the new cluster is safe under real load, not that it's better; if someone wants to prove it's better, that's a randomised A/B test.",
      "We'll put some load on it, a bit at a time, and watch it. May your knots hold.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cp051',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'A reading from the river: "Patience." Here ends the reading.',
      "Friends, we're moving the hatch forecasts to a cheaper, faster model. My sermon in three short points.",
      '1. Cheaper is good. The heck of a bill we pay for the big model could buy a new drift boat.',
      "2. We'll try it on some folks first and keep an eye on things, see if anybody grumbles.",
      "3. If the forecasts go bad, we'll go back to the old one.",
      'The engineers know this stuff better than I do, and I trust them. Go in peace.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cp052',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'A reading from the outfitter\'s price list: "Prices subject to change with the river." Here ends the reading.',
      "The pricing page gets a clearer comparison table, and the checkout behind it doesn't change.",
      "Point one: it's only a page, and a canary release means showing a new version to a few folks before everyone.",
      "Point two: marketing's campaign is Friday, so we'd best have it out before then.",
      "Point three: I'd put it out to a small slice, make sure nothing looks broken, and then let it go to everybody. That's how we'd do a new brochure at the shop, too.",
      'Blessings on you and your waders.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cp053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'A reading: canary, cohort, threshold, rollback. Here ends the reading.',
      '1. Dawn cohort threshold gate hold p99 rollback flag.',
      '2. Midday hatch ramp sign-off head guide metrics error rate latency memory.',
      '3. Evening rise A/B test randomised cohort order county seasons reel in.',
      '4. Owner PM engineering routing config switch minutes on call.',
      '5. Memory leak restart deploy image resizing photo format Thursday benchmark 20 %.',
      'Canary rollback threshold hold sign-off cohort. Amen, you bet.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cp054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'A reading from the keyword psalter: prompt, warm, casual, German, thumbs-down, formal, Sie, du. Thus the reading.',
      'First: cohort internal guides opted-in early access county seasons first-season last.',
      'Second: thresholds 2 % 0.5 % 200 ms 300 ms reel in pre-committed.',
      'Third: dawn 1 % midday hatch 10 % evening rise 50 % hold gate week salmonfly.',
      'Fourth: head guide tie on the fly sign-off PM owns engineering routing flags.',
      'Fifth: rollback on call any hour config switch five minutes no redeploy.',
      'Sixth: hallucination eval harness thumbs-down token cost p95 canary versus A/B randomised.',
      'Heck of a blessing. Amen.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cp055',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'A reading from the book of the impatient angler: "Why wade when you can jump in." Here ends the reading.',
      "Folks, the new hatch model that reads more features from the regional stores. I'll tell you what we won't be doing.",
      "1. We won't be starting with our own guides and then the early-access list. No order to it, no cohorts by county or seasons; that's fussing.",
      "2. We won't be writing down any limits ahead of time, no \"more than so-much worse than now and we reel in\". I don't believe in numbers before you've seen the water.",
      "3. There'll be no dawn, no midday hatch, no evening rise, no holding a week at each.",
      '4. Nobody ties on any fly to sign off. Not the head guide, not me.',
      "5. There's no on-call person casting the old version back out in five minutes at one in the morning; I'd rather not have a way back at all.",
      "6. We won't be watching thumbs-down or the eval harness or cost per forecast, and we won't be running an A/B test afterward either.",
      'Go in peace, and good luck to us.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cp056',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      'A reading from the Epistle to the Hurried: "Today, not tomorrow." Here ends the reading.',
      "Friends, the new date picker and the shorter booking form. The team wants it at 100 % this afternoon, and I'm not going to stand in the way. My points:",
      "1. I'm not going to claim the cohort order or the limits as mine, or split that from what engineering owns.",
      "2. We will not send it to staff first, or to the early-access list, or hold back the guests who've booked with us for years. Everybody at once, this afternoon.",
      '3. I won\'t set any booking-drop limit before we start, no "more than 2 % worse than now and we reel in".',
      '4. No stages, no holds waiting on the bookings that come in hours later, and nobody signing off.',
      '5. No on-call rollback by config switch in five minutes.',
      "6. And I won't bother separating safe from better with an A/B test.",
      'Bless this afternoon, and all who book in it.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cp057',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text: [
      'A reading from the outfitter\'s brag board: "The photo proves the fish." Here ends the reading.',
      "Folks, the product page puts reviews above the fold and lazy-loads the gallery. Now hear me: the canary is our A/B test. Whatever the canary group buys against everybody else proves whether the new page is better, and that's the number I'll take to leadership this week.",
      "1. What's mine is the order of customers and how long each stage sits; engineering owns the flag and the routing.",
      "2. Staff go first, then the customers who opted into early access, then the rest country by country (county by county, as I'd say back home), with first-time customers last, since they're the ones a broken gallery would scare off.",
      '3. Dawn at 5 %, the midday hatch at 25 %, the evening rise at 50 %, each one sitting four full days before it moves, and at the end of it the lift in the canary group is our proof the page sells better.',
      "4. If something breaks, whoever's on call casts the old version back out, any hour, with the flag; a couple of minutes, no redeploy, no need to call me.",
      'Bless this page and all who scroll it.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cp058',
    scenario: 'model',
    class: 'misconception',
    points: points('C H R M'),
    text: [
      'A reading from the Lamentations of the Guide: "He tied on before he saw the hatch, and caught nothing." Here ends the reading.',
      "Friends, our hatch forecasts move to a cheaper, faster model, and feedback's thin. Here's my conviction, plain: limits set before you've seen the water are guesses. I don't write any down ahead of time. We watch the canary for its first couple of days, see what the new model's numbers look like, and pick our reel-in lines off what we see.",
      '1. Order: our guides first at dawn, then the anglers who opted in early, then by county, first-season anglers last, because a bad first forecast loses them.',
      "2. Stages: dawn at 5 %, the midday hatch at 25 %, the evening rise at 50 %, each holding until 300 harness-graded forecasts are in, and we'll turn the harness up to one in twenty so that doesn't take all summer.",
      '3. What we watch: the wrong-hatch rate from the eval harness, thumbs-down on forecasts, cost per forecast and p95.',
      "4. Whoever's on call, any hour, casts the old version back out with the model flag, a few minutes, no redeploy, no need to call me.",
      'Whatever numbers the first days give us become the lines. Go in peace.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cp059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'A reading from the catalog of waders: "Measure the inseam standing up." Here ends the reading.',
      "Friends, bigger photos and a size guide on the product pages. Let me preach on size guides, because I've sold a heck of a lot of waders.",
      '1. Sizing is the number one reason for returns. At the shop, half the waders that come back come back for the inseam, not the boot.',
      "2. Measure over the clothes you'll wear. Folks measure in their jeans and then fish in fleece in October.",
      '3. Photos should show the thing on a person, standing in water if you can, so folks see how it hangs.',
      "4. And staff: our guides try everything on in the back room; they'd never buy off the site, they just walk into the storeroom.",
      'Go in peace, and may your waders never leak.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cp060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'A reading from the river-gauge log: "Cold water, late hatch." Here ends the reading.',
      "Friends, you asked about the new model that reads more features per request. Let me tell you what those features are, because they're a heck of a story.",
      '1. Water temperature is king. Salmonflies come off when the Madison runs near 50 degrees, and the model reads the gauge every hour.',
      '2. Flow matters next. High brown water after a storm and the bugs stay put.',
      '3. Daylight and cloud. Blue-winged olives love a grey, drizzly afternoon, you bet.',
      '4. And New Zealand runs the other way round: their summer is our winter, and their lunchtime is our one in the morning, which always catches out the new guides.',
      "That's what the model knows. The rest the river tells you. Blessings on your hatches.",
    ].join('\n'),
  },
];
