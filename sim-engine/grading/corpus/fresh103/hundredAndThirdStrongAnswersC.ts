import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-third fresh set, author c: strong answers (de041–de047), written blind and
 * labelled by hand. Every point of the scenario's kind, in one voice: a Yangon gold-leaf workshop
 * PM announcing a lottery draw live.
 */
export const HUNDRED_AND_THIRD_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'de041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Mingalaba, a-ko. The machine is turning, and I will announce tonight's draw slowly, one ball at a time. Our gilding assistant suggests how much leaf and which pattern suit what a customer brings us, a lacquer bowl or a Buddha image. It moves to a newer, larger model with a longer memory; the prompt stays. Offline evals rose three points on short questions, kaung deh, but the long ones were not tested, and finance asks what one suggestion will now cost.",
      'First ball: who holds what. As PM I own the order of customers, the limits and the holds. The engineers own the routing, the deploy and the flag.',
      'Second ball: the order. Our own gilders see it first, because they know a good suggestion from a bad one. Then the customers who said houq-keh to early trials, mostly in Bahan and Sanchaung. Then ordinary buyers in Kamayut and Dagon. Pagoda trustees, and anyone who has bought from us for more than ten years, go last: one wrong amount of leaf on an image is something they will not forgive.',
      'Third ball: the limits, written down and agreed before a single suggestion moves. Errors more than 0.5 % worse than now; p95 latency more than 300 ms worse than now; thumbs-down more than 2 points worse than now; the eval harness grade on long questions more than 3 points worse than now; cost per suggestion more than 40 % above now. Any one of them, and we shut the beating room.',
      'Fourth ball: two days at each stage. Ball 4 is void; the redraw: not days but counts, because the long questions arrive slowly. The first sheet is 2 % and holds until 1,500 suggestions, long ones included. The bundle is 10 %, then 25 %, each holding until 6,000. Only then the whole pagoda.',
      'Fifth ball: at every one of those gates the master beater, who leads our ML work, and I both press the first leaf.',
      "Sixth ball: whoever's on call puts the old leaf back, no need to call me. At three in the morning too. It is one flag in the router, the old model back in under five minutes, no new build.",
      'Seventh ball: this draw tells us the bigger model is safe. It does not tell us it is better, ma houq-bu. Better we learn afterwards in a randomised A/B test, cost per suggestion measured on both sides, so finance gets a real answer.',
      'That is the draw, a-ko.',
    ].join('\n\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'de042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Good evening from the workshop floor, a-ko. Tonight's draw is for the warmer prompt. Our gilding assistant's system prompt has been rewritten to sound friendlier and more casual, and the English-speaking team read it and liked it, kaung deh. But a quarter of our customers write to the assistant in Burmese, and in Burmese a casual tone can land badly: a sayadaw is not spoken to like a cousin, and an elder is U or Daw, never a plain 'you'. So the draw goes gently.",
      'First ball: my part and theirs. I own who sees the prompt and in what order, the limits, and how long we hold. The engineers own the prompt flag and the routing.',
      'Second ball: our own gilders only, the English writers. Ball 2 is void; the redraw: our own gilders, and on purpose the ones who write to the assistant in Burmese, because the risk lives there and I would like it found while it is only us. Then the early-trial customers who said houq-keh, in Sanchaung and Kamayut, Burmese writers among them. Then general buyers. Monasteries, pagoda trustees and customers of more than ten years go last; a wrong word hurts them most.',
      'Third ball: the limits, fixed before the flag moves and read separately for Burmese and English. Thumbs-down more than 2 points worse than now in either language. The eval harness check on formal address, 300 Burmese requests graded for honorifics, failing more than 3 % more often than now. Errors more than 0.5 % worse than now; p95 latency more than 250 ms worse than now. Any one, and we shut the beating room.',
      'Fourth ball: the stages. The first sheet, 5 %, holds until 800 Burmese suggestions have gone out and the harness has run over them. The bundle, 25 %, holds a full week of Thingyan, when families write to us in Burmese most. Then the whole pagoda.',
      'Fifth ball: at each gate the master beater, our ML lead, and I both press the first leaf.',
      "Sixth ball: whoever's on call puts the old leaf back, no need to call me. Any hour; the prompt flag switched back in config, about two minutes, no redeploy.",
      'Seventh ball: the canary tells us the warm prompt does no harm. Whether customers like it better is for a randomised A/B test afterwards, not for this draw.',
    ].join('\n\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'de043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'A short draw, a-ko: our gilding suggestions move to a cheaper, faster model.',
      'First ball: I own the order, the limits and the holds; engineering owns routing and the flag.',
      'Second ball: our own gilders, then early-trial customers in Sanchaung who said houq-keh, then buyers in Dagon; monasteries and buyers of ten years and more last, as a thin suggestion on a sacred image hurts most.',
      'Third ball, written before traffic moves: harness grade more than 3 points worse than now, thumbs-down more than 2 points worse than now, errors more than 0.5 % worse than now. Any one, and we shut the beating room.',
      'Fourth ball: the first sheet at 1 %. Ball 4 is void; the redraw: at 1 % almost nobody rates and the harness grades one in two hundred. The first sheet is 10 %, harness raised to one in twenty, holding until 300 graded suggestions; the bundle 50 %, same count; then the whole pagoda.',
      'Fifth ball: the master beater, our ML lead, and I both press the first leaf at each gate.',
      "Sixth ball: whoever's on call puts the old leaf back, no need to call me. Any hour, one config switch, under five minutes.",
      'Seventh ball: safe is not better; better is an A/B test afterwards. Kaung deh.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'de044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Eight in the evening in Yangon, and the draw is live, a-ko. The change: a new suggestion model that reads many more features per request from our two regional feature stores, the Yangon one and the California one that serves the temples and families abroad who order leaf from us. Both were sized for the old model. The team sleeps in Yangon while California has its lunch, around half past two in the morning here. An ordinary week, no festival.',
      'First ball: the roles. As PM I own the cohort order, the limits and the holds. The engineers own the two feature stores, the routing and the flag.',
      'Second ball: cohorts, in both regions at each step, because each store must meet its own load while the slice is small. Our gilders in the workshop first; then early-trial customers who said houq-keh, in Bahan and in California; then ordinary buyers in Kamayut, Dagon and abroad; pagoda trustees and buyers of more than ten years last, the least forgiving.',
      'Third ball: the limits, written down before the first request moves, each read per region. Feature-store read time at p95 more than 150 ms worse than now. Suggestions falling back to the plain default pattern for missing features, more than 1 point worse than now. The share of suggestions a customer adds to the order more than 2 points worse than now. Thumbs-down more than 2 points worse than now. Errors more than 0.5 % worse than now. Any one, in either region, and we shut the beating room.',
      "Fourth ball: the stages. The first sheet, 5 %, holds a full day, so it lives through Yangon's evening and the California lunch at half past two, and until it has made 2,000 suggestions per region. The bundle, 25 %, holds the same way. Then the whole pagoda.",
      "Fifth ball: an alarm that wakes me. Ball 5 is void; the redraw: an alarm that wakes whoever's on call, not me. Whoever's on call puts the old leaf back, no need to call me. At half past two in the morning they switch the model flag in config and the old model is back in under five minutes, no deploy.",
      "Sixth ball: at each gate the master beater, our ML lead, and I both press the first leaf, after reading both regions' numbers.",
      'Seventh ball: the canary says the new model and its stores are safe, not that the suggestions are better; for that, a randomised A/B test afterwards.',
      'Good night, a-ko.',
    ].join('\n\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'de045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'A-ko, the draw for the task-storage move, announced live. The product is a project-management tool where every page load reads tasks from the database; task storage moves from a self-hosted database to a managed cluster behind a new proxy. The load tests passed at the expected peak, but with warm caches. In our workshop we never judge a leaf on an anvil still warm from the last beating; the morning anvil is cold and tells the truth. Same here, I think.',
      'First ball: roles. As PM I own the order of teams, the limits and the holds. The master beater, here the lead engineer, and the platform team own the proxy, the routing and the migration itself.',
      'Second ball: the order. Our own workspace first, since we forgive ourselves. Then teams that opted into early access, many of them in Bahan and Sanchaung. Then ordinary teams. Large paying teams with many years with us, and teams in their first month of trial, go last: the first we cannot afford to slow, and the second would leave before they ever trusted us.',
      'Third ball: limits, agreed before any page load moves. p99 page load more than 250 ms worse than now, read errors more than 0.5 % worse than now, proxy timeouts above 0.2 % of requests. Any one, and we shut the beating room.',
      'Fourth ball: the stages, each started with cold caches on purpose. The first sheet, 2 %, holds until it has lived through one Monday-morning rush and at least 50,000 page loads. The bundle: 10 %, then 25 %, then 50 %, each holding 100,000 page loads and one morning peak. Then the whole pagoda.',
      'Fifth ball: at each gate the master beater and I both press the first leaf.',
      "Sixth ball: the old cluster runs until the end of the month. Ball 6 is void; the redraw: the old cluster runs, with writes going to both, until the whole pagoda has held for a full week, and I will ask for the decommission date to move if it must. Whoever's on call puts the old leaf back, no need to call me: any hour, the proxy's route flipped back to the old database in about three minutes, no redeploy. Without the old cluster there is nothing to flip to.",
      'Seventh ball: the canary only shows the new storage holds, houq-keh, that it is safe. Whether it makes the tool better for teams is a randomised A/B test afterwards.',
    ].join('\n\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'de046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Draw for the payment SDK, a-ko. Short.',
      'First ball: I own cohort order, limits, holds. The master beater (the lead engineer) and the mobile team own the SDK, remote config and release.',
      'Second ball: staff phones, then the opted-in beta, then ordinary diners in Kamayut and Dagon; first-time customers and those with five years of weekly orders last, since a failed first payment loses a customer for good.',
      'Third ball, agreed before any payment moves: payment failures more than 0.5 % worse than now on Android or on iOS, counted per five minutes so bursts show; checkout p99 more than 300 ms worse than now. Either one, and we shut the beating room.',
      'Fourth ball: the first sheet on Tuesday. Ball 4 is void; the redraw: the first sheet, 2 %, holds through one Friday dinner rush and 20,000 payments; the bundle, 20 %, holds through the next Friday; then the whole pagoda.',
      'Fifth ball: the master beater and I both press the first leaf at every gate.',
      "Sixth ball: whoever's on call puts the old leaf back, no need to call me. Any hour, a remote-config flag sends payments down the old SDK path in minutes, no app release.",
      'Seventh ball: safe is not better. Whether wallets lift orders is an A/B test after. Kaung deh.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'de047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "Live from the machine, a-ko, the draw for fares. A ride-hailing app moves fare calculation to a new pricing service; the rollout starts Tuesday evening; trips never stop and peak on weekend nights; and the pricing service shares its nightly batch window with billing. First ball: I own the order of riders, the limits and the holds; the master beater, the lead engineer here, and the platform team own the routing and the deploy. Second ball: staff trips first, then riders in the opted-in beta in Bahan and Sanchaung, then ordinary riders; riders in their first month and riders of many years go last, because a wrong fare is the last fare a new rider takes and an old one remembers it. Third ball, written before the first fare moves: fares differing from the old service's shadow calculation by more than 2 % on more than 1 % of trips, pricing errors more than 0.3 % worse than now, quote p99 more than 200 ms worse than now; any one, and we shut the beating room. Fourth ball: the first sheet, 1 %, holds through two nightly batch windows and 10,000 trips; the bundle, 10 % and then 30 %, each holds through a full weekend night; then the whole pagoda. Fifth ball: the master beater and I both press the first leaf at each gate, in daylight. Sixth ball: at two in the morning, with billing's batch running, who decides? Ball 6 is void; the redraw, because that is the wrong question: whoever's on call puts the old leaf back, no need to call me. No approval from me or anyone; a routing switch to the old pricing service, under five minutes, no redeploy, and I read the note at breakfast. Seventh ball: the canary shows the new pricing is safe, houq-keh; if we ever want to say it is better for riders, that is a randomised A/B test afterwards.",
  },
];
