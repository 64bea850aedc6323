import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-first fresh held-out set, author A: strong answers (dw001–dw007), each
 * covering every point of its scenario's kind (model answers also model-metrics), labelled by hand
 * before anything else. The voice: a Zulu (Durban) English register in speech with isiZulu words
 * ("sawubona", "ngiyabonga", "yebo", "cha", "kulungile", "eish"), the PM of a Zulu beadwork
 * workshop whose language model suggests which necklace, colour pattern and length suit a wearer,
 * a gift and a budget; every answer a netball umpire's calls, quarter by quarter and centre pass
 * by centre pass, with one goal ruled out after the two umpires conferred; stages named after the
 * beadwork (the first string, the colour tray, Victoria Street Market, every stall); sign-off as
 * "Gogo Thandeka, who leads our beadworkers, and I count the first necklace aloud, bead by bead";
 * holds as Durban July race week or a count of days or orders; thresholds as "more than N worse
 * than now, and we tip the beads back into their tins"; cohorts by Durban suburb and years
 * buying; rollback as "whoever is on call drapes yesterday's necklaces back over the stand", with
 * no ringing the PM first. See README-a.md and LABEL-NOTES-a.md.
 */
export const HUNDRED_AND_TWENTY_FIRST_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dw001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Sawubona! I will umpire this one like a netball match, quarter by quarter, because that ' +
        'is how my head works.',
      'Quarter 1, first centre pass: who holds the whistle. As PM I own the release calls: the ' +
        'order in which our customers meet the bigger model, the limits that send it back, and ' +
        'how long we hold at each stage. Our engineers own the routing, the deploy and the model ' +
        'flag. Yebo, I do not touch their switches.',
      'Quarter 1, second centre pass: the order. The first string is our own beadworkers and ' +
        'shop staff, because they know every colour pattern and will shout the moment the ' +
        'assistant suggests a wedding necklace in the wrong colours. Then the colour tray: ' +
        'customers who opted in to try new things early, mostly from Glenwood and Morningside. ' +
        'Then our regulars. Last come first-time buyers and the families of ten years and more ' +
        'from Umlazi and KwaMashu who order for weddings and umemulo; a bad suggestion costs us ' +
        'most there.',
      'Quarter 2: the limits, written down and agreed before one conversation moves. Errors more ' +
        'than 0.5 % worse than now, p95 latency more than 300 ms worse than now, cost per ' +
        'conversation more than 20 % worse than now, thumbs-down on suggestions more than 2 ' +
        'points worse than now, or the eval harness finding invented patterns and wrong lengths ' +
        'more than 1 point worse than now, and we tip the beads back into their tins.',
      'Quarter 3, the ramp: the first string at 1 % for three days, the colour tray at 5 % for ' +
        'five days, 25 % for the whole of Durban July race week, 50 % for three days, then ' +
        'Victoria Street Market, every stall, at 100 %. We hold at each stage and advance only ' +
        'if every limit stayed green. Gogo Thandeka, who leads our beadworkers, and I count the ' +
        'first necklace aloud, bead by bead, before each step up.',
      'Quarter 3, goal ruled out: I wanted to read the necklace sales off the 5 % and call the ' +
        'bigger model a winner. The two umpires conferred. Cha. The canary only tells us the new ' +
        'model is safe; whether it is better, a randomised A/B test afterwards tells us.',
      "Quarter 4: if a limit trips, at any hour, whoever is on call drapes yesterday's necklaces " +
        'back over the stand: a routing switch back to the old model, done in under five ' +
        "minutes, no redeploy. They do not ring me first and they wait for nobody's yes. " +
        'Ngiyabonga!',
    ].join('\n\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dw002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "One-page checkout for the bead shop. Umpire's notes, kulungile:",
      "Q1 CP1. Mine: cohort order, limits, holds, the go-ahead. Engineers': routing, deploy, checkout flag.",
      'Q1 CP2. Order: first string = our beadworkers and staff buying on the live shop; colour ' +
        'tray = opted-in early customers (Berea, Musgrave); then returning buyers of 3+ years; ' +
        'first-time buyers last. The lab never tested them, and spring first orders matter most.',
      'Q2. Limits, signed before traffic moves: checkout errors >0.5 % worse than now; p99 page ' +
        'time >200 ms worse; first-order conversion >2 % worse vs the old-checkout cohort. Any ' +
        'one: we tip the beads back into their tins.',
      'Q3. Ramp: first string 1 %, 2 days → colour tray 5 %, 3 days → 25 %, 7 days and ~1,500 ' +
        'orders → 50 %, 3 days → Victoria Street Market, every stall. Hold at each; advance only ' +
        'if all limits green.',
      'Q3, goal ruled out: "straight into the spring campaign". Umpires conferred. Eish, no: ramp ends a week before it.',
      'Q3. Sign-off each step: Gogo Thandeka (leads our beadworkers) and me, counting the first necklace aloud.',
      'Q4. Rollback: on-call, any hour, flag flip to the three-step checkout, <5 min, no redeploy, no ringing me first.',
      'Final whistle. Canary = safe, not better. Better = randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dw003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "1. Sawubona. The change: our bead assistant's prompt is rewritten to sound warmer and " +
        'more casual. The English team reviewed it, but a quarter of our customers write to it ' +
        'in isiZulu, where respectful address, hlonipha, matters. I call it like a netball umpire.',
      '2. Quarter 1, first centre pass: my calls as PM are the order of customers, the limits, ' +
        'the holds and who says go. The engineers own the prompt flag, the routing and the deploy.',
      '3. Quarter 1, second centre pass, the order: the first string is our own beadworkers, ' +
        'English and isiZulu speakers both, because they will hear a cheeky "hey sisi" to a ' +
        'grandmother at once. The colour tray is customers who opted in to early features, ' +
        'English and isiZulu writers on purpose. Then English writers in Westville. Last, ' +
        'isiZulu writers of many years in Umlazi and KwaMashu, the gogos ordering for ' +
        'ceremonies: the likeliest to be offended and the most valuable to us.',
      '4. Quarter 2, limits written and signed before the prompt reaches anyone: thumbs-down ' +
        "more than 2 points worse than now, per language; the eval harness's formality grade on " +
        'isiZulu replies more than 5 % worse; suggestions closed without a look more than 3 % ' +
        'worse; errors more than 0.5 % worse and p95 more than 250 ms worse than now. Any one ' +
        'and we tip the beads back into their tins.',
      '5. Quarter 3, the ramp: first string at 1 % for three days; colour tray at 5 % until 400 ' +
        'isiZulu conversations are rated; 25 % for seven days; 50 % for three; then Victoria ' +
        'Street Market, every stall. We hold at each stage; we move on only when every limit ' +
        'stayed green throughout.',
      '6. Quarter 3, goal ruled out: I had planned to judge the isiZulu side by the blended ' +
        'thumbs-down. The two umpires conferred. Cha: a blended number hides a quarter of our ' +
        'customers, so each language is gated separately.',
      '7. Sign-off: Gogo Thandeka, who leads our beadworkers and reads every isiZulu reply, and ' +
        'I count the first necklace aloud, bead by bead, before any step up.',
      "8. Quarter 4, rollback: whoever is on call, at any hour, drapes yesterday's necklaces " +
        'back over the stand. The config switch brings the old prompt back in two minutes, no ' +
        'redeploy, no ringing me, no waiting for a yes.',
      '9. Final whistle: the canary tells us the warmer prompt is safe. It does not tell us ' +
        'customers like it more; that is a randomised A/B test afterwards. Ngiyabonga.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dw004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Sawubona, so our prices, every necklace plus its courier fee, move to the new pricing ' +
      'service, and orders never stop because our customers overseas shop while Durban sleeps, ' +
      'peaking on weekend nights, so I will umpire it in one breath the way the whistle never ' +
      'rests in a good netball quarter: first centre pass, I own the release calls, meaning the ' +
      'order of customers, the limits, how long we hold and who says go, while the engineers own ' +
      'the routing, the deploy and the flag; second centre pass, the first string is our own ' +
      'staff ordering on their own accounts, then the colour tray, customers who opted in to ' +
      'early features in Berea and Glenwood, then weekday regulars of many years across Durban ' +
      'North and Westville, and only last the weekend-night buyers abroad and new sign-ups, ' +
      'because the weekend night is the peak and a wrong price there costs us most; quarter ' +
      'two, written down and signed before one price comes from the new service, pricing errors ' +
      'more than 0.3 % worse than now, p99 quote time more than 200 ms worse, prices more than ' +
      "1 % off the old service's for the same basket, completed orders more than 2 % worse than " +
      'the old cohort, or the billing batch that shares its nightly window finishing more than ' +
      '15 minutes later than now, and we tip the beads back into their tins; quarter three, the ' +
      'first string at 1 % from Tuesday evening for two nights including the batch window, the ' +
      'colour tray at 5 % for three nights, 25 % through a full weekend, 50 % for two more ' +
      'nights, then Victoria Street Market, every stall, each stage held and advanced only if ' +
      'every limit stayed green, and Gogo Thandeka, who leads our beadworkers, and I count the ' +
      'first necklace aloud, bead by bead, before each advance; quarter three, goal ruled out, ' +
      'eish, I had written that the night on-call should phone me before rolling back, and the ' +
      'two umpires conferred and said cha, at 2 a.m. nobody waits for me, so quarter four, ' +
      "whoever is on call at any hour drapes yesterday's necklaces back over the stand by " +
      'flipping the routing back to the old pricing service in under five minutes, no redeploy, ' +
      'no ringing me first; and at the final whistle the canary has only told us the new ' +
      'service is safe, while whether it prices better is for a randomised A/B test afterwards, ' +
      'ngiyabonga.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dw005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Sawubona. A cheaper, faster model for our bead suggestions.',
      "Netball umpire's calls.",
      'Quarter 1. Mine: who goes first, the limits, the holds, the go-ahead.',
      "Engineers': routing, flag, deploy.",
      'Order: the first string, our beadworkers.',
      'Then the colour tray, opted-in early customers.',
      'Last: first-time buyers and Pinetown wedding orders. One bad suggestion loses them.',
      'Quarter 2. Limits, signed before traffic moves:',
      'thumbs-down more than 3 points worse than now;',
      'harness rate of invented patterns more than 2 points worse;',
      'cart adds more than 4 % worse;',
      'errors 0.5 %, p95 300 ms worse.',
      'Any one, and we tip the beads back into their tins.',
      'Quarter 3. Ratings are thin, so holds count graded suggestions, not hours.',
      'During the canary the harness grades one in twenty.',
      'First string, 1 %: 300 graded. Colour tray, 10 %: 1,000. Half: 2,000. Then every stall.',
      'Hold at each until the count is in, limits green.',
      'Goal ruled out: "a day at 5 % is plenty". Umpires conferred. Cha.',
      'Each step: Gogo Thandeka, who leads our beadworkers, and I count the first necklace aloud.',
      "Quarter 4. Whoever is on call, any hour, drapes yesterday's necklaces back over the stand:",
      'config switch to the old model, under five minutes, no redeploy, no call to me.',
      'Final whistle. Canary = safe. Better = randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dw006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Sawubona. Most of our orders are paid in the app, and payment moves to the provider's new " +
        'SDK with wallet payments. I call it like a netball match, laid out as a table.',
      '',
      'Quarter | Call | What we do',
      'Q1, centre pass 1 | Who owns what | Me: cohort order, limits, holds, the go-ahead. ' +
        'Engineers: the SDK flag, the routing, the app release.',
      'Q1, centre pass 2 | Order | First string: staff phones, iPhone and Android both. Colour ' +
        'tray: customers who opted in to early features. Then iPhone regulars from Umhlanga and ' +
        'Durban North. Android ramps on its own, a stage behind iPhone, because the new SDK is ' +
        'least proven on cheap Android handsets. Last: first-time buyers and big wedding ' +
        'orders, whom a failed payment loses for good.',
      'Q2 | Limits, written before the first payment | Payment failures more than 0.5 % worse ' +
        'than now, per platform, in 5-minute windows so a burst is not averaged away; payment ' +
        'p99 more than 500 ms worse; paid orders per checkout started more than 2 % worse than ' +
        'the old-SDK cohort. Any one: we tip the beads back into their tins.',
      'Q3 | Ramp and holds | First string 1 %, 2 days → colour tray 5 %, 3 days → 25 % over ' +
        'one Friday payday evening → 50 % over a second Friday → Victoria Street Market, every ' +
        'stall. Hold at each; advance only when every window stayed green.',
      'Q3 | Goal ruled out | "Skip the Friday, it is only one evening." The umpires conferred. ' +
        'Cha: Friday evening is the test.',
      'Q3 | Sign-off | Gogo Thandeka, who leads our beadworkers, and I count the first necklace ' +
        'aloud, bead by bead, before each step.',
      'Q4 | Rollback | Both SDKs ship in the app. Whoever is on call, any hour, drapes ' +
        "yesterday's necklaces back over the stand: remote config sends payments back to the " +
        'old SDK in minutes, no app release, no redeploy, no phoning me.',
      'Final whistle | Safe, not better | The canary says the SDK is safe. Whether wallets make ' +
        'checkout better is a randomised A/B test afterwards.',
      '',
      'Yebo, ngiyabonga.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dw007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Sawubona. The new model that picks the necklaces on our home screen reads more features ' +
        'per request from the regional feature stores, the Johannesburg one and the Sydney one, ' +
        'and those stores were sized for the old model. We sit in Durban; our customers in ' +
        'Perth shop at their lunch hour, which is six in the morning here. So I umpire this ' +
        'match across two clocks.',
      'Quarter 1. My whistle: the order of customers, the limits, the holds and the go-ahead. ' +
        "The engineers hold the routing, the model flag, the deploy and the feature stores' " +
        'capacity.',
      'The order: the first string is our own beadworkers and staff in both regions. The colour ' +
        'tray is customers who opted in to early features, in Durban (Berea, Musgrave) and in ' +
        'Perth. Then regulars of five years and more, region by region. Last, first-time ' +
        'buyers, who judge us on the first screen they see. Each region ramps on its own, and a ' +
        'Perth stage is not done until it has lived through a Perth lunch peak.',
      'Quarter 2. Limits, signed before traffic moves, per region: feature-store read p99 more ' +
        'than 50 ms worse than now; home-screen p95 more than 300 ms worse; errors or empty ' +
        'baskets more than 0.5 % worse; click-through on recommended necklaces more than 3 % ' +
        'worse; add-to-cart from recommendations more than 2 % worse; hit rate on the nightly ' +
        'offline replay more than 2 points worse. Any one, and we tip the beads back into their ' +
        'tins.',
      'Quarter 3. The ramp: first string at 1 % for two days; colour tray at 5 % for three ' +
        'days, three Perth lunch peaks included; 25 % for four days; 50 % for three; then ' +
        'Victoria Street Market, every stall. At each stage we hold, and we advance only with ' +
        "every limit green through both regions' peaks. Gogo Thandeka, who leads our " +
        'beadworkers, and I count the first necklace aloud, bead by bead, before each step up.',
      'Quarter 3, goal ruled out: I had planned the holds in Durban office hours. The two ' +
        "umpires conferred. Eish, they would never see Perth's lunch; now holds count peaks per " +
        'region.',
      "Quarter 4. Whoever is on call, at any hour, drapes yesterday's necklaces back over the " +
        'stand: the flag sends requests back to the old model in under five minutes, no ' +
        'redeploy, no ringing me, no waiting for a yes.',
      'Final whistle: the canary shows the new model is safe to run. Whether it recommends ' +
        'better, a randomised A/B test afterwards tells us. Ngiyabonga.',
    ].join('\n\n'),
  },
];
