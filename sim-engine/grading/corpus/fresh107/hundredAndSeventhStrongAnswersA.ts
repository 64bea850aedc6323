import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-seventh fresh set, author a: strong answers (di001–di007), every point of the
 * scenario's kind, written blind and labelled by hand. Voice: a Lao (Vientiane) silk-weaving
 * cooperative PM reading a weaving draft row by row (README-a.md, LABEL-NOTES-a.md).
 */
export const HUNDRED_AND_SEVENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'di001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Sabaidee. Our pattern helper tells a buyer which scarf or sinh pattern, which colours and what length suit her and the occasion. It moves to a newer, larger model with a longer memory; the prompt stays. Offline checks rose three points on short questions, and our bookkeeper, Mrs Vongsa, asks what one conversation will cost.',
      "Row 1, the warp: I own the order in which buyers meet the new model, the limits and the holds. Souksavanh's engineers own the routing, the deploy and the switch; bo pen nyang, each keeps their own threads.",
      'Row 2, the colours in order: our own weavers and shop staff first, because they know a wrong pattern the moment they see it; then buyers who opted in to try new suggestions, from Chanthabouly and Sisattanak; then the rest by years buying, oldest friends first, because they forgive and they tell us; first-time buyers and the wedding orders last, because a wrong sinh for a wedding is never forgotten.',
      'Row 3, the limits, knotted before any thread moves: errors more than 0.5 % worse than now, and we cut the warp. p95 reply time more than 300 ms worse than now, the same. Thumbs-down more than 2 points worse, the same. Invented patterns found by the eval harness more than 1 point worse, the same. Cost per conversation more than 25 % worse, the same; Mrs Vongsa has her answer here.',
      'Row 4, the stages: the first cocoon at 1 %, held for 2,000 conversations; the loom at 10 %, held for 5,000; half the market held for a full week of Boun That Luang, when the festival orders come; then the whole market.',
      'Unpick row 4. Reweave it: the first cocoon holds for 2,000 conversations or two full days, whichever is longer, because the long conversations, the ones a longer memory changes, come slowly.',
      'Row 5, the fringe: at each stage the master weaver, Khamla, who leads our model work, and I both knot the first fringe before the next stage opens.',
      "Row 6, the rail: whoever's on call hangs the old scarves back on the rail, no need to call me. At any hour they flip the routing switch back to the old model; under five minutes, no redeploy, no asking.",
      'Row 7, the selvedge: this canary tells us the larger model is safe, not that it is better. Whether buyers choose better scarves with it, a randomised A/B test tells us afterwards. Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'di002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Sabaidee. A warmer, casual prompt for our pattern helper, reviewed in English only; a quarter of buyers write Lao, where elders expect 'than' and 'jao'.",
      'Row 1: I own buyer order, limits, holds. Engineers own routing, deploy, switch.',
      "Row 2: weavers and staff first (they read Lao); opted-in buyers in Xaysetha and Sikhottabong; then by years buying; new buyers and elders' wedding orders last, since rudeness to an elder costs most.",
      'Row 3, fixed before traffic: errors more than 0.5 % worse than now, and we cut the warp. p95 more than 300 ms worse, same. Lao thumbs-down more than 2 points worse, same. Harness tone check (wrong address) more than 1 point worse, same.',
      'Row 4: the first cocoon 2 %, 1,500 suggestions; the loom 10 %, 4,000; half the market, 10,000; the whole market.',
      'Unpick row 4. Reweave it: the first cocoon holds until 600 of its suggestions are in Lao.',
      'Row 5: master weaver Noy, our ML lead, and I both knot the first fringe at every stage.',
      "Row 6: whoever's on call hangs the old scarves back on the rail, no need to call me. Any hour, prompt flag off, two minutes.",
      'Row 7: canary = safe, not better; better needs a randomised A/B test afterwards.',
      'Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'di003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Sabaidee, jao. Our pattern helper moves to a cheaper, faster model. We are a small cooperative: a few hundred suggestions an hour at the busiest, few buyers press the stars, and the eval harness grades only one suggestion in two hundred. So this draft is woven slowly.',
      'Row 1 (indigo, the warp): I, the PM, own who meets the new model in which order, the limits and how long each stage holds. Engineering owns the routing, the flag and the deploy.',
      'Row 2 (saffron): our weavers first, who use the helper all day at the market stall; then buyers who opted in to early suggestions in Hadxaifong and Sisattanak; then everyone by years buying, longest first; new buyers and the boutique hotels last, because new buyers judge us once and the hotels are most of our year.',
      'Row 3 (red, knotted before anything moves): errors more than 0.5 % worse than now, and we cut the warp; p95 more than 250 ms worse than now, and we cut the warp; harness wrong-pattern rate more than 1.5 points worse than now, and we cut the warp; thumbs-down on rated suggestions more than 3 points worse than now, and we cut the warp; scarf orders after a suggestion more than 2 % worse than now, and we cut the warp.',
      'Row 4 (green): the first cocoon at 10 %, not 5 %, because at 5 % we would hear almost nothing; the loom at 25 %; half the market; the whole market. Each stage holds until the harness has graded 300 of its suggestions and buyers have rated 400, however many days that takes.',
      'Unpick row 4. Reweave it: while the canary runs, the harness grades one new-model suggestion in twenty, not one in two hundred, so the first cocoon is read in days, not a month. Counts and stages stay the same.',
      'Row 5 (gold): at each stage the master weaver, Bounmy, who leads the model team, and I both knot the first fringe; only then does the next stage open.',
      "Row 6 (silver): whoever's on call hangs the old scarves back on the rail, no need to call me. Night or day, one config switch back to the old model, under five minutes; nobody waits for a yes.",
      'Row 7 (white, the selvedge): the canary only tells us the cheaper model is safe enough. Whether it suggests better scarves is for a randomised A/B test afterwards.',
      'Khop jai lai lai.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'di004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Sabaidee. The helper on our home page that suggests a set, sinh, scarf and shoulder cloth together, gets a new model that reads more about each buyer per request from the regional feature stores: Singapore for Laos and Thailand, Oregon for our buyers in America. The stores were sized for the old model. We sit in Vientiane, but the Lao families in California shop at their lunch hour, two to four in the morning here. An ordinary week, no festival.',
      "Row 1, the warp: I own the order of buyers, the limits and the holds; Phonsavanh's engineers own the routing, the feature stores and the switch.",
      'Row 2, the first weft: staff and weavers first; then opted-in early buyers in Chanthabouly and Sikhottabong, and the California buyers who opted in; then everyone by years buying; new buyers and temple-festival group orders last, because a broken home page loses a first visitor for good and a group order is a whole village.',
      'Row 3, the limits, written before the first thread moves: errors more than 0.5 % worse than now, and we cut the warp. p99 more than 200 ms worse, the same. Feature-store timeouts more than 1 % worse, the same. Sets added to the basket more than 2 % worse, the same. Sets the eval harness marks mismatched, a festival sinh for a funeral, more than 1 point worse, the same. Cost per request more than 20 % worse, the same.',
      'Row 4, the stages: the first cocoon at 2 %, the loom at 10 %, half the market, the whole market. Each holds for 3,000 suggestions and at least one California lunch hour.',
      'Unpick row 4. Reweave it: each stage holds for 3,000 suggestions and two California lunch hours, two nights here, because the Oregon store only fills then and one night is one sample.',
      'Row 5, the fringe: at every stage the master weaver, Keo, our ML lead, and I both knot the first fringe, the morning after a California lunch.',
      "Row 6, the rail: whoever's on call hangs the old scarves back on the rail, no need to call me, at three in the morning too. The routing switch returns every buyer to the old model in under five minutes; no redeploy, no waiting for me.",
      'Row 7, the weft that holds it all: this canary says the new model is safe, not that its sets are better. For better, a randomised A/B test afterwards.',
      'Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'di005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Sabaidee. Task storage moves to a managed cluster behind a new proxy; the load tests ran warm, like judging a dye from a warm bath.',
      'Row 1: I own team order, limits, holds; engineering owns proxy, routing, switch.',
      "Row 2: our staff's teams first; opted-in beta teams next, the Sisattanak and Xaysetha offices; then by years with us; new and largest paying teams last, having most to lose.",
      'Row 3, written before traffic: errors more than 0.3 % worse than now, and we cut the warp. p99 page load more than 200 ms worse, same. Tasks saved per hour more than 2 % worse, same.',
      'Row 4: the first cocoon 1 %, 20,000 page loads; the loom 10 %, through a Monday-morning peak; half the market, 200,000 page loads; the whole market.',
      'Unpick row 2. Reweave it: staff teams first, caches emptied, so the first cocoon feels the cold.',
      'Row 5: the master weaver, lead engineer Vilaysack, and I both knot the first fringe before each stage.',
      "Row 6: whoever's on call hangs the old scarves back on the rail, no need to call me. Any hour, proxy route back to the old cluster, under five minutes.",
      'Row 7: canary says safe, not better; better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'di006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Sabaidee. You ask who may roll back at two in the morning. In our cooperative the night dyer pulls a bad vat without waking anyone, and I would like the same here. Fares move to a new pricing service; we start on Tuesday evening; trips peak on weekend nights and never stop; the service shares the nightly batch window with billing.',
      'Row 1, the warp: I own the order of riders, the limits, the holds and who may roll back. The engineers own the routing, the deploy and the fare flag.',
      'Row 2, the first colour: staff riding to work; then riders who opted in to early features, quieter districts first (at home, Hadxaifong before Chanthabouly); then riders by years riding, longest first; new riders and corporate accounts last, because a wrong fare on a first trip or a company bill is the one remembered.',
      'Row 3, knotted before Tuesday: fare-quote errors more than 0.2 % worse than now, and we cut the warp. p99 quote time more than 150 ms worse than now, the same. Fares differing from the old service by more than 1 % on more than 0.5 % of trips, the same. The billing batch finishing more than 15 minutes later than now, the same. Completed trips more than 2 % worse than now, the same.',
      'Row 4, the stages: the first cocoon at 1 %, held for 5,000 trips and two nightly batch windows; the loom at 10 %, held through a weekend night peak; half the market, held for 100,000 trips and a second weekend; then the whole market.',
      'Unpick row 4. Reweave it: Tuesday evening opens only the first cocoon, and the loom never opens before Friday morning, so its hold always contains a Friday and a Saturday night.',
      'Row 5, the fringe: the master weaver, their lead engineer Somphone, and I both knot the first fringe before each stage opens, in daylight.',
      "Row 6, the rail: whoever's on call hangs the old scarves back on the rail, no need to call me. At 2 a.m. on a Saturday the on-call engineer sets the fare flag back to the old service: under three minutes, no redeploy, no approval from me or anyone. They write it up in the morning.",
      'Row 7, the selvedge: the canary shows the new service is safe, not that it is better. Whether its fares earn more is a randomised A/B test afterwards.',
      'Khop jai.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'di007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Sabaidee. A stamp on a bolt of silk tells you the merchant paid for the stamp, not that the weave holds. So the provider's certification is welcome, but we still unroll the cloth ourselves: on Android, in bursts, at Friday dinner.",
      'Row 1 is the warp. As PM I own the order of customers, the limits and the holds; the payments engineers own the SDK integration, the routing and the payment flag.',
      'Row 2 is the first colour. Staff orders go first, then customers who opted in to try wallet payments, district by district as I would at home, Sisattanak before Sikhottabong, with iPhone and Android read apart; then customers by years ordering, oldest first, because they retry and tell us; first-time customers and restaurant-group accounts go last, as a failed first payment loses a customer and the groups are a third of Friday.',
      'Row 3 is knotted before a single payment moves, and read per platform and per five minutes, because the failures come in bursts: payment failures more than 0.3 % worse than now, and we cut the warp; any five-minute Android window with failures more than 2 % worse than now, and we cut the warp; p99 payment time more than 300 ms worse than now, and we cut the warp; completed orders more than 1.5 % worse than now, and we cut the warp.',
      'Row 4 is the stages. The first cocoon, 1 % of payments, holds for 10,000 payments with at least 4,000 on Android; the loom, 10 %, holds through one full Friday dinner; half the market holds through another; then the whole market.',
      'Unpick row 4. Reweave it: the loom holds through two Friday dinners, not one, because one Friday of bursts may be quiet by chance. Half the market still holds a Friday of its own.',
      'Row 5 is the fringe: before each stage opens, the master weaver, payments lead engineer Malaythong, and I both knot the first fringe.',
      "Row 6 is the rail: whoever's on call hangs the old scarves back on the rail, no need to call me. At any hour, Friday night included, the on-call engineer turns the payment flag back to the old SDK; a config switch, under five minutes, no redeploy, no approval.",
      'Row 7 is the selvedge. The canary tells us the new SDK is safe, not that wallets sell more; for that, a randomised A/B test comes afterwards.',
      'Khop jai.',
    ].join('\n'),
  },
];
