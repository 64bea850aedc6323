import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-eighth fresh set, author c: strong answers (cp041–cp047), written blind and labelled by
 * hand. Every answer is a sermon (a reading, numbered points, a closing blessing) from a Montana
 * fly-fishing guide booking PM.
 */
export const EIGHTY_EIGHTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cp041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'A reading from the Book of the Madison: "Let the guides fish the new fly first." Here ends the reading.',
      'Friends, the bigger model with the longer context goes under our hatch forecaster. Four points, you bet.',
      '1. I own the order, the rollback limits and the holds; engineering owns the routing, the deploy and the flags.',
      '2. Our own guides at dawn, then the opted-in early-season list, then anglers county by county, first-season folks last, since one bad forecast loses them.',
      '3. Written before a single cast: thumbs-down more than 2 points worse than now and we reel in; eval-harness wrong-hatch rate more than 3 points worse, cost per conversation more than 30 % worse, errors more than 0.5 % or p95 more than 400 ms worse than now, and we reel in.',
      "4. Dawn 2 %, the midday hatch 20 %, the evening rise 50 %, then the whole river, each holding for 300 trips booked, and nobody moves on till the head guide and I both tie on the fly. Day or night, whoever's on call casts the old version back out with the model flag, five minutes, no redeploy, no need to call me.",
      "Mind: this shows it's safe, not better. Better gets a randomised A/B test after.",
      'Go in peace, and tight lines.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cp042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'A reading from the guide\'s logbook: "The river won\'t wait for you to wake up." Thus ends the reading.',
      'Folks, fares move to the new pricing service, and trouble comes at 2 a.m.',
      '1. I own the rider order, the rollback limits and the holds; the platform crew owns routing and deploy.',
      '2. Staff riders first, then opted-in beta riders, then county by county, quiet towns a ways out before the city; first-season riders and airport runs last, costliest to get wrong.',
      '3. Written down Tuesday afternoon, before a trip moves: fare errors more than 0.5 % worse than now, p99 quote time more than 200 ms worse, or completed trips more than 2 % worse, and we reel in.',
      '4. Dawn 1 %, the midday hatch 10 %, the evening rise 50 %, then everyone. Each stage holds a full week of the salmonfly hatch, through a weekend night and the billing batch, and advances only once the head guide, our engineering lead, and I both tie on the fly.',
      "5. At 2 a.m. nobody waits on me: whoever's on call casts the old version back out with the routing switch, under five minutes, no redeploy, no need to call me.",
      'This proves it safe, not better; better waits for a randomised A/B test.',
      'Bless your drifts.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cp043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'A reading from the Gospel of the Big Hole, chapter six: "The cheap fly catches fish too, but count your fish before you praise it." This is the word of the river.',
      'Sit down, folks. The change: our hatch forecasts move to a cheaper, faster model. We only throw a few hundred forecasts a minute even on a June Saturday, hardly anybody thumbs one up or down, and the eval harness grades one in two hundred. So a thin canary tells you nothing.',
      "First. What's mine: the order folks see it in, the rollback limits, and how long we hold. Engineering's: the routing, the deploy and the flag.",
      "Second. The limits, fixed on paper before one forecast moves: wrong-hatch rate from the eval harness more than 3 points worse than now and we reel in; thumbs-down rate more than 2 points worse than now and we reel in; errors more than 0.5 % worse than now and we reel in; p95 more than 300 ms worse than now and we reel in. And we turn the harness up to grade one in twenty for the length of the canary, or we'd be waiting till Christmas.",
      'Third. Who fishes it —',
      '[Fire alarm. Everybody out to the parking lot. Twenty minutes later, back in the pews.]',
      "Well, that was a heck of a thing. Where was I. Third: who fishes it. Our own guides at dawn, since they check a forecast against the river every morning. Then the opted-in early-season list. Then anglers by county, Beaverhead and Madison before the rest, and folks on their first season with us last; one bad call and they're gone.",
      "Fourth. The day runs dawn at 5 %, the midday hatch at 25 %, the evening rise at 50 %, then the whole river. We don't count hours, we count forecasts: each stage holds until 400 harness-graded forecasts and 200 rated ones are in, and at the midday hatch that's about a full week of the salmonfly hatch. No stage moves on till the head guide and I both tie on the fly.",
      "Fifth. Any hour, whoever's on call casts the old version back out: it's a routing flag, back in under five minutes, no redeploy, no need to call me.",
      "Sixth. All this tells us the cheap model is safe. Whether it's better is a randomised A/B test afterwards, not a canary.",
      'Now go on out, and may the hatch come off right on time.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cp044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'A reading from the outfitter\'s ledger: "Pay the guide before the boat leaves the ramp." Here ends the reading.',
      "Brothers and sisters, this morning's text is a food-delivery app moving its payments to the provider's new SDK, wallet payments and all. I book fishing trips for a living, and a trip nobody can pay for is no trip at all.",
      'One. The split of the work. I own the cohort order, the rollback limits and the holds. Engineering owns the SDK rollout, the routing and the flags.',
      "Two. The order. Staff ordering their own lunches at dawn. Then the customers who opted into the beta. Then everyone else county by county, with Android and iPhone both in every stage so an Android burst has somewhere to show. Customers on their first order and the folks who've ordered with us five seasons or more go last; a failed payment on a first order is a customer you never see again, and the regulars are the business.",
      'Three. The limits, agreed and written down before the first payment moves: payment failures more than 0.5 % worse than now and we reel in; checkout p99 more than 200 ms worse than now and we reel in; completed orders more than 2 % worse than now and we reel in. We read each of them per platform and per five-minute window, because this SDK fails in bursts on Android, and an hourly average hides a burst like a riffle hides a rock.',
      "Four. The day. Dawn is 1 %, the midday hatch 10 %, the evening rise 25 %, then 50 % and the whole river. Each stage holds through 5,000 paid orders, call it five thousand trips, and at least one Friday dinner rush before it can move, and it moves only when the head guide, that's the payments engineering lead, and I both tie on the fly.",
      "Five. Rollback. Friday at 7 p.m. or Sunday at 3 a.m., whoever's on call casts the old version back out. Both SDKs ship in the app behind a remote flag, so it's one config switch, a couple of minutes, no redeploy and no app release, no need to call me.",
      "Six. A caution for the congregation: this canary only proves the new SDK is safe to pay with. If someone wants to know whether wallet payments lift orders, that's a randomised A/B test after we're at 100 %.",
      'Go in peace, and may every order clear on the first tap.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cp045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'A reading from the letters of the old head guide to the young ones: "Speak to each client the way he\'d speak to you." The word of the river.',
      'You bet I\'ve got a sermon on this one. The change: the system prompt on our hatch forecaster gets rewritten to sound warmer, more casual. Our English-speaking team read it over and loved it. But a good quarter of the anglers who book with us write in German, and a German angler called "du" by a stranger is a German angler who books somewhere else. So we fish it careful.',
      '1. I own the order of anglers, the rollback limits and the holds. Engineering owns the prompt deploy, the routing and the flag that picks which prompt answers.',
      "2. Dawn goes to our own guides, English and German speakers both, since they'll tell me straight if it sounds off. Then the anglers who opted in to try things early, again in both languages. Then by county, and by seasons: folks on their first season with us go last, because their first forecast is their first impression.",
      "3. Before one prompt changes, the limits go on the wall, and we read every one per language, never blended: thumbs-down rate more than 2 points worse than now in either language and we reel in; the eval harness's tone-and-register fail rate more than 3 points worse than now and we reel in; wrong-hatch rate more than 2 points worse than now and we reel in; errors more than 0.5 % or p95 more than 300 ms worse than now and we reel in.",
      '4. The stages: dawn 2 %, the midday hatch 20 %, the evening rise 50 %, then the whole river. Each holds till we have 500 German conversations and 500 English ones in it, and we move up only when the head guide and I both tie on the fly.',
      "5. If a limit trips, whoever's on call casts the old version back out, day or night: it's a prompt flag, the old prompt is back in a minute or two, no redeploy, no need to call me.",
      '6. Mark this: a clean canary says the warm prompt is safe. Whether anglers like it better, or book more, is for a randomised A/B test afterward.',
      'Go on now, and may your drifts be drag-free.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cp046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'A reading from the Sunday fishing report: "The big trout hold in the deep runs, where nobody bothers to drift a nymph." Here endeth the reading.',
      "Friends, the text is a paper search engine moving to a new, smaller index layout. The median got faster in testing. But nobody benchmarked the rare queries with a pile of filters on them, and that's the deep run where this one's trouble lies. Let me walk you through it the way I'd guide a new river.",
      'First, who holds what. I own the order of users, the rollback limits, and how long each stage holds. Engineering owns the routing between the indexes, the deploy and the flags.',
      "Second, the order, and why. Our own staff at dawn; they search all day and they use the filters. Then the researchers who opted into the beta. Then free-tier users region by region (county by county, I'd say back home), and only after that the institutional licences, with the libraries that have been with us ten seasons or more last of all: a slow search there is a renewal lost.",
      'Third, the limits, set before the first query moves: p99 latency more than 200 ms worse than now and we reel in; p99 on queries with three or more filters more than 300 ms worse than now and we reel in; errors and timeouts more than 0.5 % worse than now and we reel in; searches that end in a download more than 2 % worse than now and we reel in. We watch the tail, not the median, because the median is the part that got better.',
      'Fourth, the stages: dawn at 1 %, the midday hatch at 10 %, the evening rise at 30 %, then 60 % and the whole river. Each holds until at least 20,000 filtered queries have run through it, and a full weekday of term-time traffic besides. No stage advances till the head guide, our search lead, and I both tie on the fly.',
      "Fifth, the way back. Whoever's on call, any hour, casts the old version back out: the router points at the old index, which stays warm the whole way, in about two minutes, no redeploy, no need to call me.",
      "Sixth, and last: the canary says the smaller index is safe. If we want to claim searchers like it better, that's a randomised A/B test afterwards.",
      'Go in peace, and may all your queries come back quick.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cp047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'A reading from the book of the far rivers: "When it is evening on the Yellowstone, it is afternoon on the Tongariro." Thus the reading.',
      "The change: our hatch model moves to a new version that pulls more features for every forecast from the regional feature stores, one in Montana and one in New Zealand for our guides down south. The team's here in Bozeman. The New Zealand lunch rush, lands around one in the morning our time. And those stores were sized for the old model. You can see where this is heading, a ways off.",
      'Point the first. I own the order, the rollback limits and the holds; engineering owns the routing, the deploy, the flags and the feature stores themselves.',
      'Point the second. Who fishes it first. Our own guides, in both countries, at dawn. Then the anglers in both regions who opted in to early forecasts. Then by county up here and by region down there, with first-season anglers and the lodges that book a whole season off our forecasts last. Both regions in every stage, because a canary that only fishes Montana never sees the New Zealand lunch.',
      "Point the third. The limits go on the board before one forecast moves, and we read them per region and per hour: errors or fallback-to-default forecasts more than 0.5 % worse than now and we reel in; p95 more than 250 ms worse than now and we reel in; thumbs-down on forecasts more than 2 points worse than now and we reel in; the eval harness's wrong-hatch rate more than 3 points worse than now and we reel in.",
      'Point the fourth. Dawn runs 2 %, the midday hatch 15 %, the evening rise 40 %, then the whole river. Each stage holds a full week of the salmonfly hatch, so it sees seven New Zealand lunch peaks and seven of ours, and it advances only when the head guide and I both tie on the fly.',
      "Point the fifth. The lunch peak comes at 1 a.m. here. So whoever's on call, in either country, casts the old version back out the minute a limit trips: a routing flag, under five minutes, no redeploy, no need to call me.",
      "Point the sixth. A canary that comes through clean tells us the new model is safe to serve. It doesn't tell us the forecasts are better. For that, a randomised A/B test afterward.",
      'The Lord keep your lines tight and your feature stores cool. Amen.',
    ].join('\n'),
  },
];
