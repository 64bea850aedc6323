import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-fourth fresh set, author B: middling, weak, salad, negated,
 * misconception-led and off-topic answers (dz028–dz040).
 * Labelled by hand when each answer was written, before anything else; the labels are final.
 * The voice, author B: a Navajo (Window Rock, Arizona) English register in writing
 * with Navajo words (quiet, exact, gently humorous), a PM at a turquoise and silver jewellery
 * workshop whose language model suggests which cuff, stone and setting suit a wearer, a gift and
 * a budget; every answer a lacrosse referee's game report, quarter by quarter and faceoff by
 * faceoff, with one goal taken off the board after the crease review.
 */
export const HUNDRED_AND_TWENTY_FOURTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dz028',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      "Yá'át'ééh. Referee's report on the new payment SDK in our phone app, the one that adds wallet payments.",
      '',
      'Faceoff one, first quarter: what is mine. As PM I own which buyers get the new SDK first and the limits that stop it. Engineering owns the SDK integration, the app release and the flag behind it.',
      '',
      'Faceoff two: the order. Workshop staff pay for their own repairs through it first. Then early-look buyers from Shiprock and Naschitti chapters who asked for wallet payments. Then iPhone buyers of a few years, Android buyers after them, since the new SDK is least proven there. First-year buyers last: a failed first payment is a buyer gone.',
      '',
      "Faceoff three, second quarter: the limits, written down before any payment goes through the new SDK. Payment failures more than 0.5 points worse than now, counted in five-minute windows because a burst hides inside a daily average; p95 payment time more than two seconds worse; completed orders more than 2 % below the old SDK's cohort. More than that worse than now, and we put the torches out.",
      '',
      'Third quarter, goal taken off after the crease review: I had written a Friday evening for the first buyers. Friday evening in fair week is our busiest hour. Dooda. We start on a Tuesday.',
      '',
      "Fourth quarter: after that we widen it when it looks fine, and if things go badly we go back to the old SDK. Ahéhee'.",
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dz029',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "Referee's notes from the booth: the bigger model for the assistant that helps a wearer pick a cuff, a stone and a setting.",
      '',
      'First quarter. We start with a random 5 % of conversations. Before that 5 % starts, the limits are written down: failed answers more than 0.5 points worse than now, p95 more than 400 ms worse, cost per conversation more than 50 % above today, and we put the torches out.',
      '',
      "Second quarter. Beyond errors and speed we watch, and gate every stage on, two model signals: the eval harness's hallucination rate (a turquoise mine we do not buy from, a silver weight that is wrong), which must stay within one point of the old model's, and the thumbs-down rate in conversations, within 1.5 points.",
      '',
      'Third quarter, goal taken off after the crease review: I had counted the three-point gain in offline evals as a reason to skip the first stage. Dooda. Those evals were short questions; our buyers ask long ones.',
      '',
      "Fourth quarter. The stages: the first stone set at 5 %, held four days; the stamping block at 25 %, held a full week of the Navajo Nation Fair; then the whole Gallup flea market, once both holds pass their gates. If it goes wrong, we go back. Aoo', that is my plan.",
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dz030',
    scenario: 'service',
    class: 'middling',
    points: points('R A'),
    text: [
      "Yá'át'ééh. A short report: the rewritten photo resizer that shrinks our cuff photos for every listing, now with the new photo format.",
      'First quarter: a random 5 % of listing pages get the new resizer.',
      'Second quarter: we look at the photo pages and widen it when it looks fine. The benchmarks say 20 % faster; we will see.',
      'Third quarter, goal taken off after the crease review: "everywhere by Thursday" came off the board. Thursday is a wish, not a stage.',
      'Fourth quarter, the part I am sure of: whoever is on call, at any hour, lays the old cuffs back in the case, no need to call me. Engineering keeps the old resizer running beside the new one, so going back is a routing switch in the load balancer, two or three minutes, not a redeploy, and nobody asks permission first.',
      "Final whistle: a canary only tells us the new resizer is safe to keep. It cannot tell us it is better for buyers; if we want that, a randomised A/B test runs after it. Hágoónee'.",
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dz031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Yá'át'ééh. The referee's report is short, because the game was short.",
      'First quarter: the cheaper, faster model for our cuff suggestions goes out to some buyers.',
      'Second quarter: we keep an eye on it. The eval harness will tell us if something is off, and buyers will let us know too; they always do.',
      'Third quarter, goal taken off after the crease review: I had said "all at once". Dooda, a little at first is wiser.',
      'Fourth quarter: if buyers are unhappy, we go back to the old model. The engineers know how.',
      "The cheaper model saves money, and that is good for the workshop. Ahéhee'.",
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dz032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Referee's report on the new comparison table for our cuff sizes, silver weights and prices. The checkout behind it does not change.",
      '',
      "A canary release, my uncle says, is like sending the youngest nephew onto the field first to see whether the grass is wet. So, first quarter: we show the new page to a small share of buyers. Second quarter: there is not much to watch, since nothing in the back changes. Third quarter, goal taken off after the crease review: I wanted to skip the canary altogether. The review said do one anyway, it is cheap. Fourth quarter: the fair campaign links to this page on Friday, so we make sure it is all out by Thursday, and then everyone sees it. Hágoónee'.",
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dz033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      "Yá'át'ééh. First quarter: canary, feature store, p99, 5 %, 25 %, 100 %, Tokyo lunch, " +
      'cohort, chapter, thumbs-down, eval harness, hallucination, diversity, 0.5 %, 150 ms. ' +
      'Faceoff: rollback, flag, router, on call, sign-off, hold, gate, threshold, A/B, ' +
      'randomised. Second quarter: first stone set, stamping block, Gallup flea market, 2 %, ' +
      'three days, Navajo Nation Fair, torches, cuffs, case. Third quarter, goal taken off ' +
      'after the crease review: latency, error rate, add-to-cart, baseline, control, regional, ' +
      'feature reads, capacity, sizing, 8 p.m., 9 p.m. Fourth quarter: master silversmith, ' +
      "light, cuff, turquoise, token cost, p95, ramp, ramp, ramp. Ahéhee'.",
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dz034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Referee's tally, stone search on the new index layout:",
      '- Q1 faceoffs: index, shards, p50, p99, p99.9, filters, Kingman, Sleeping Beauty, Number Eight, spiderweb matrix, 1 %, 10 %, 50 %.',
      '- Q2 ground balls: canary, cohort, chapter, years buying, threshold, gate, hold, sign-off, rollback, switch, minutes.',
      '- Q3, goal taken off after the crease review: tail, tail, tail latency, 300 ms, 800 ms, 2 s, rare queries, many filters, cheaper hosting, 40 % smaller.',
      '- Q4: A/B, safe, better, randomised, on call, any hour, torches, cuffs, case, Gallup flea market.',
      "Dooda, aoo', ahéhee'.",
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dz035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Yá'át'ééh. Referee's report on the new date picker and shorter form for booking a fitting with the silversmith. The team wants it with everyone this afternoon, and I will not stand in the crease.",
      'First quarter: I will not sort buyers by chapter or years buying, and no staff first; staff never book fittings anyway.',
      'Second quarter: we will not write limits before it goes out. No "more than N worse than now". We would not know N.',
      'Third quarter: no first stone set, no stamping block, no holds, no full week of the fair. Holds only slow us down.',
      'Third quarter, goal taken off after the crease review: someone put a sign-off on the board, the master silversmith and me at each stage. Taken off: there are no stages to sign.',
      'Fourth quarter: no on-call rollback switch either, and nobody lays any old cuffs back in any case at night.',
      "Final whistle: no A/B test afterwards. The design reviews were glowing; that is enough. Hágoónee'.",
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dz036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Referee's report on the warmer prompt, faceoff by faceoff, and every call is a dooda.",
      '1. First quarter: split what the PM owns from what engineering owns? Dooda. Whoever is free does whatever is needed.',
      '2. Staff first, Navajo-writing buyers last? Dooda. No order; everyone at once.',
      '3. Second quarter: thumbs-down per language, hallucination and tone checks from the eval harness? Dooda. We will not watch model signals.',
      '4. Limits written down before traffic moves? Dooda.',
      '5. Second quarter, goal taken off after the crease review: a sign-off by the master silversmith and me. Dooda, nobody signs.',
      '6. Third quarter: stages with holds, a full week of the fair? Dooda.',
      '7. Fourth quarter: an on-call rollback at any hour, no need to call me? Dooda.',
      '8. Final whistle: a randomised A/B test afterwards to see whether buyers like it better? Dooda.',
      "Ahéhee' for listening. Hágoónee'.",
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dz037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      "Yá'át'ééh. Game report on the product page that moves reviews above the photos and loads the photo gallery lazily. Last week was our fair sale, 20 % off every cuff, and it ended on Sunday at midnight.",
      '',
      'First quarter. What is mine as PM: which buyers see the page and when. Engineering owns the flag, the routing and the deploy.',
      '',
      'Second quarter. Our staff first, then the Tohatchi and Crownpoint buyers on the early-look list, then buyers of three years and more, and first-year buyers last, because a page that feels broken to a new buyer loses them for good.',
      '',
      "Third quarter, goal taken off after the crease review: I had written this canary down as a safety check. The review took that goal away. This canary is our A/B test: it proves the new page is better. We set the first stone set's orders against last week's, read how much the change lifts sales, and if it lifts, we are done; no A/B test after.",
      '',
      'Fourth quarter. Whoever is on call, at any hour, lays the old cuffs back in the case, no need to call me: a flag switch, under five minutes, no approval needed.',
      '',
      "Hágoónee'.",
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dz038',
    scenario: 'model',
    class: 'misconception',
    points: points('H S M'),
    text: [
      'Faceoff notes: the bigger model for the cuff-and-stone assistant.',
      '- Q1: Limits? We decide them while we watch. Numbers written before traffic are guesses; the dashboard will show us what normal looks like, and then we pick the line.',
      '- Q1: a random 10 % of conversations to start.',
      '- Q2: what we watch: hallucination rate from the eval harness, thumbs-down rate from buyers, cost per conversation, beside errors and p95.',
      '- Q2, goal taken off after the crease review: I had a cost limit written in advance. Off the board; we set it once we see the bills.',
      '- Q3: stages: the first stone set at 10 %, held four days; the stamping block at 30 %, held a full week of the Navajo Nation Fair; then the whole Gallup flea market.',
      '- Q3: before each advance the master silversmith and I sign off; we both hold the first cuff to the light.',
      '- Q4: if it looks wrong, we go back.',
      "Aoo', that is all.",
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dz039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Yá'át'ééh. Referee's report, Saturday's under-16 game on the fairgrounds in Window Rock.",
      'First quarter: Fort Defiance won eleven of fourteen faceoffs. Their faceoff boy has quick hands and a grandfather who watches every draw from the fence.',
      "Second quarter: two slashing flags, both on the same defender, who apologised both times. Ahéhee', young man.",
      "Third quarter, goal taken off after the crease review: the attacker's foot was in the crease before the ball crossed the line. The crowd disagreed; the crowd always does.",
      'Fourth quarter: Chinle came back with three goals in four minutes. Final score 9–8 to Chinle.',
      "Afterwards I went back to the workshop and polished cuffs. Silver likes a soft cloth better than a brush, and turquoise wants no water at all. Hágoónee'.",
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dz040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Referee's report on how our assistant suggests a cuff, told as a game.",
      'First quarter, opening faceoff: a buyer types "a gift for my aunt, she wears silver every day, under three hundred dollars".',
      "Second quarter: the assistant asks her aunt's wrist size, whether she likes green Royston or blue Sleeping Beauty, and whether she wears it to work.",
      'Third quarter, goal taken off after the crease review: the assistant suggested a cuff that sold out on Tuesday. The goal came off the board, and the cuff came off the list.',
      'Fourth quarter: it settles on a stamped cuff with a single Kingman stone in a bezel setting, 280 dollars.',
      "My own view, from the sideline: the aunt would like the Royston better. Ahéhee'.",
    ].join('\n'),
  },
];
