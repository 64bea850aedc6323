import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-fourth fresh set, author b: strong answers (df021–df027), every point of the
 * scenario's kind, written blind and labelled by hand. Voice: a Samarkand suzani-shop PM as a
 * circus ringmaster announcing the evening's acts, one act cancelled and replaced.
 */
export const HUNDRED_AND_FOURTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'df021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Assalomu alaykum, come in, the tea is coming. I am the PM of our suzani shop in Samarkand; our assistant tells a bride's mother which pattern, which colours and which size of suzani suit her dowry chest. Now the assistant moves to a bigger model with a longer memory, the prompt unchanged. Offline evals went up three points on short questions, and our accountant, aka, asks what one conversation will cost. Ladies and gentlemen, tonight's show!",
      'Act one: who holds which rope. As PM I own the order of the districts, the limits and the holds. The engineers own the routing, the deploy and the flags.',
      "Act two: the limits, written before a single conversation moves. Errors more than 0.5 % worse than now, and we put the needle down. p95 more than 800 ms worse than now, and we put the needle down. Cost per conversation more than 30 % worse than now (mana, the accountant), the same. Orders after a suggestion more than 2 % worse than the old model's group, the same.",
      'Act three: the model\'s own tricks. The eval harness counts invented patterns, a "peacock in moonlight" border we never sewed, and we watch the thumbs-down on suggestions. Hallucinations more than one point worse than now, or thumbs-down more than 3 % worse, and the needle goes down too.',
      'Act four: the guests. First our own embroiderers and shop staff, who know every pattern. Then customers who opted in to early tries. Then ordinary customers, Sattepo and Bogishamol first. Customers buying for less than one year, and the big dowry families of Registan, come last: a first suggestion is a first impression, and the big orders hurt most.',
      'Act five is cancelled! In its place: the slow parade. The first stitch is 2 % for 5,000 suggestions; the border is 20 % for a full week of Navruz; then the whole suzani. We hold at each gate and move only when every limit is green.',
      'Act six: at every gate the master embroiderer, our ML lead, and I both tie off the thread.',
      "Act seven: whoever's on call unrolls the old suzani again, no need to call me. At two in the night or at noon, they flip the model route back in the config, under five minutes, no redeploy, no waiting for anybody's yes.",
      "Finale: the canary shows only that the bigger model is safe, not that it is better. Whether it sells more suzanis, a randomised A/B test answers afterwards. Rahmat, xo'p!",
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'df022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ladies and gentlemen, xo'p!",
      'A warmer, casual prompt, reviewed in English only; a quarter of our customers write Russian, where a stranger expects "vy", not "ty".',
      'Act one: I, the PM, own district order, limits, holds; engineering owns routing, deploy, flags.',
      "Act two: limits, fixed before traffic: errors more than 0.5 % worse than now, and we put the needle down; p95 more than 300 ms worse; thumbs-down more than 3 % worse in either language; orders more than 2 % below the old prompt's group.",
      'Act three: model signals, gated: thumbs-down by language, the harness\'s rate of "ty" in Russian, invented patterns.',
      'Act four: staff first; opted-in testers; Siyob and the old town; Russian writers and first-year buyers last: they forgive least.',
      'Act five is cancelled! In its place: staff read 500 Russian suggestions before the border.',
      'Act six: first stitch 1 % for 3,000 suggestions; border 25 % for a full week of Navruz; whole suzani. Hold at each gate.',
      'Act seven: the master embroiderer, our ML lead, and I both tie off the thread at every gate.',
      "Act eight: whoever's on call unrolls the old suzani again, no need to call me: any hour, prompt flag back, two minutes, no redeploy.",
      'Finale: the canary says safe, not better; better needs a randomised A/B test afterwards. Rahmat!',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'df023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ladies and gentlemen, aka, opa, take your seats! Tonight the suggestion helper of our suzani shop moves to a cheaper, faster model. At the Navruz peak we give a few hundred suggestions a minute, few customers press the thumbs, and the eval harness grades only one suggestion in two hundred. So at 5 % we would be judging a suzani by three stitches.',
      'Act one: the ringmaster and the riggers. I, the PM, own the order of the districts, the limits and how long we hold; the engineers own the routing, the deploy and the flags.',
      "Act two: the limits, signed before the first suggestion moves. Errors more than 0.5 % worse than now, and we put the needle down. p95 more than 200 ms worse than now, and we put the needle down. The harness's hallucination rate (invented patterns) more than one point worse than now, the same. Thumbs-down more than 3 points worse than now, the same. Orders after a suggestion more than 2 % worse than the old model's group, the same.",
      'Act three: make the quiet room speak. During the canary the harness grades one suggestion in twenty, not one in two hundred, and two embroiderers read fifty canary suggestions a day. Cheap model, but we spend on eyes.',
      'Act four: the guests. Our own staff and embroiderers first, they know every pattern. Then the customers who opted into early tries. Then the ordinary districts, Bogishamol and Sattepo. Customers buying for less than one year, and the Registan hotels that order forty at a time, come last: first impressions, and the biggest orders.',
      'Act five is cancelled! In its place: a bigger first stitch, 10 % and not 5 %, because at 5 % the ratings are too thin to read.',
      'Act six: the holds. The first stitch holds until the harness has graded 1,500 canary suggestions; the border, 50 %, holds for a full week of Navruz; then the whole suzani. We advance only when every limit is green at the gate.',
      'Act seven: at every gate the master embroiderer, our ML lead, and I both tie off the thread.',
      "Act eight: whoever's on call unrolls the old suzani again, no need to call me. At any hour one config switch sends the suggestions back to the old model in three minutes; no redeploy, no approval.",
      'Finale, with a drumroll: the canary tells us the cheaper model is safe, never that it is better. For better, a randomised A/B test afterwards. Yaxshi, rahmat!',
    ].join('\n\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'df024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ladies and gentlemen, xo'p, this is the night show, the Seattle show! The home screen of our suzani shop's app shows recommended sets: a suzani, cushions, a tablecloth. A new model reads more features per request from the regional feature stores in Tashkent and in Oregon, and those stores were sized for the old model. We sit in Samarkand; our Seattle customers, many of them Samarkand families abroad, shop at their lunch, which is one in the night for us. An ordinary week, no holiday anywhere.",
      'Act 1. The ropes: I, the PM, own the district order, the limits and the holds; engineering owns the routing, the deploy and the flags.',
      "Act 2. The limits, written before traffic, per region and never averaged: errors more than 0.5 % worse than now, and we put the needle down; p99 more than 250 ms worse than now in any region, and we put the needle down; feature-store timeouts more than 1 % worse than now, the same; sets added to the basket from a recommendation more than 2 % worse than the old model's group, the same.",
      'Act 3. The model\'s own signals, on the gate: "not for me" taps, the eval harness\'s relevance score on a sample of recommendations, and how often we fall back to the default set.',
      'Act 4. The guests: staff and our embroiderers first; opted-in early testers next, in both regions; then ordinary customers of Siyob, the old town and the Seattle list; customers buying less than one year, and the wholesale hotel buyers, last, because they can least forgive.',
      'Act 5 is cancelled! In its place: the night watch. Every stage holds across at least two Seattle lunches, and the on-call screen shows Oregon on its own.',
      'Act 6. The first stitch, 1 %, for 24 hours and 20,000 recommendations; the border, 25 %, for three days; then the whole suzani. A gate at each.',
      "Act 7. The master embroiderer, our ML lead, and I both tie off the thread before every advance, in the morning, after reading the night's Oregon graphs.",
      "Act 8. Whoever's on call unrolls the old suzani again, no need to call me. At one in the night too: a config switch routes back to the old model in under five minutes, no redeploy, no approval.",
      'Finale: the canary says the new model is safe at the Seattle lunch, not that it recommends better. For that, a randomised A/B test afterwards. Rahmat, aka!',
    ].join('\n\n'),
  },
  // payment-sdk-android-bursts
  {
    id: 'df025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Assalomu alaykum, ladies and gentlemen, welcome to the big tent! Tonight's product is not my suzani shop but a food-delivery app, and its payment service moves to the provider's new SDK, which brings wallet payments. The provider certified it. Yaxshi, but in my shop even a bank-blessed new cash box waits until after the wedding season. Friday dinner is this app's wedding season.",
      'Act one: the ropes. I am the PM: I own the order of the districts, the limits and the holds. The lead engineer, for tonight our master embroiderer, and the team own the routing, the deploy, the flags.',
      "Act two: the limits, written down and signed before a single payment moves. Payment failures more than 0.3 % worse than now, measured per platform and in five-minute windows, because a burst on Android hides in a daily average: we put the needle down. p99 payment time more than 300 ms worse than now, and we put the needle down. Completed orders per started checkout more than 2 % worse than the old SDK's group, and we put the needle down.",
      'Act three: the guests. First our own staff, ordering lunch with it on Android and iPhone both. Then customers who opted into the beta. Then ordinary customers mahalla by mahalla: Sattepo, Bogishamol, then the old town. Customers ordering for less than a year, and the big office accounts, come last: a failed first payment is a lost customer, and a failed office order is forty lost dinners.',
      'Act four is cancelled! In its place: the wallets wait. The first stitch runs card payments on the new SDK only; wallets switch on at the border, once cards are clean.',
      'Act five: the stages. The first stitch is 1 % of payments, held for 20,000 payments and at least one Friday dinner. The border is 10 % and then 50 %, each held for a full week of Navruz, Friday dinner included. Then the whole suzani, 100 %. Every gate holds until all the limits are green.',
      'Act six: at each gate the master embroiderer and I both tie off the thread.',
      "Act seven: whoever's on call unrolls the old suzani again, no need to call me. Friday at nine, Sunday at three in the morning: one flag sends payments back to the old SDK in two minutes. No redeploy, nobody's approval.",
      'The finale: the canary shows the new SDK is safe, not that wallets sell more dinners. For that we run a randomised A/B test afterwards. Rahmat, opa!',
    ].join('\n\n'),
  },
  // storage-migration-under-load
  {
    id: 'df026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ladies and gentlemen! Tasks move to a managed cluster behind a new proxy. Load tests passed with warm caches; a suzani looks perfect on a warm frame and puckers in a cold room.',
      'Act 1: me, the PM: district order, limits, holds. Engineering: routing, deploy, flags.',
      "Act 2: limits, fixed before traffic: errors more than 0.5 % worse than now, and we put the needle down; p99 page load more than 200 ms worse; tasks saved per hour more than 2 % below the old cluster's group.",
      'Act 3: our staff, then opted-in beta teams, then small teams in Sattepo and Siyob; teams under one year and the biggest payers last: they forgive least.',
      'Act 4 is cancelled! In its place: every stage starts with cold caches.',
      'Act 5: first stitch 1 % for 50,000 page loads and a Monday peak; border 25 % for a full week of Navruz; whole suzani. Hold at every gate.',
      'Act 6: the master embroiderer, our lead engineer, and I both tie off the thread at each gate.',
      "Act 7: whoever's on call unrolls the old suzani again, no need to call me: any hour, proxy back to the old cluster, three minutes, no redeploy.",
      "Finale: canary means safe, not better; better is a randomised A/B test afterwards. Xo'p!",
    ].join('\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'df027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ladies and gentlemen, aka, opa, the night circus! Fares in this ride-hailing app move to a new pricing service. We start on Tuesday evening; the service shares a nightly batch window with billing; and the trips never stop, busiest on weekend nights. In my suzani shop a wedding family may knock at midnight in the season, so the one who can close the shutter must be awake. Tonight the bill starts at the end.',
      "Act one: the rollback. Whoever's on call unrolls the old suzani again, no need to call me. At two on a Saturday night the on-call engineer flips the pricing route back to the old service with one config switch: two minutes, no redeploy, no call to me or anybody first. They tell us in the morning.",
      'Act two: the ropes. I, the PM, own the order of the districts, the limits and the holds; engineering owns the routing, the deploy and the flags.',
      "Act three: the limits, fixed before Tuesday. Fare errors more than 0.2 % worse than now, and we put the needle down. p99 quote time more than 150 ms worse than now, and we put the needle down. Fares off from the old service by more than 1 % on more than 0.5 % of trips, the same. Accepted rides per quote more than 2 % worse than the old service's group, the same. The billing batch finishing more than 15 minutes later than now, the same.",
      'Act four: the riders. Staff first, then riders who opted into early features, then the quiet districts, Sattepo and Bogishamol; riders of less than one year and the corporate accounts last, because a wrong first fare or a wrong company invoice costs us the most.',
      'Act five is cancelled! In its place: the night rehearsal. Before the first stitch, the on-call team practises the switch once at two in the night on a staging copy.',
      'Act six: the stages. The first stitch, 1 %, holds for two nights with the batch window inside each; the border, 20 %, holds for a full week of Navruz, a weekend night included; then the whole suzani. A gate at every stage.',
      'Act seven: at every gate the master embroiderer, our lead engineer, and I both tie off the thread.',
      'Finale: the canary tells us the new pricing is safe, not that it earns more; earning more is a question for a randomised A/B test afterwards. Rahmat!',
    ].join('\n\n'),
  },
];
