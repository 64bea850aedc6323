import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-third fresh set, author C: strong answers (dy041–dy047), four on model
 * scenarios and three on service scenarios, each labelled by hand with every point of its kind.
 * The voice: a Tajik (Dushanbe) English register in speech with Tajik and Russian words (warm,
 * hospitable, teasing; "salom", "rahmat", "ha", "ne", "khub", "jon", "davay"), a PM at a Pamiri
 * hand-knitted socks (jurab) workshop whose language model suggests which socks, pattern and wool
 * suit a wearer, a gift and a budget. Every answer is a field-hockey umpire's calls, quarter by
 * quarter and circle entry by circle entry, with one penalty corner reversed on the video
 * referral. Stages: the first toe, the heel turn, every stall in Korvon; sign-off as "the eldest
 * knitter and I both count the stitches on the first pair"; holds as "a full week of Mehrgon" or a
 * count of days or orders; limits as "more than N worse than now, and we wind the wool back into
 * balls"; cohorts by Dushanbe district and years buying; rollback as "whoever is on call pegs the
 * old socks back up at the stall, no need to call me" (README-c.md says which given wordings were
 * changed and why). Drafted only in a private folder, without reading the grader.
 */
export const HUNDRED_AND_TWENTY_THIRD_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dy041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Salom, jon, sit down, the tea is coming. ' +
        'The bigger model for our jurab assistant, the one that tells a buyer which socks, pattern and wool suit her feet, her gift and her money. ' +
        'Longer memory, same prompt. ' +
        'I call it like the umpire I was for ten years, quarter by quarter.',
      'Quarter 1, before the push-back: who owns what. ' +
        'My stick is the release calls: which buyers see the bigger model first, the limits where we stop, how long we hold each stage. ' +
        'Engineering owns the pitch itself: the routing, the deploy, the flag.',
      'Quarter 1, circle entry 1: the order. ' +
        'The first toe is our own twelve knitters and their families in Sino district; they ask the assistant silly questions all day and tell me straight when it is wrong. ' +
        'The heel turn is buyers who signed up for first looks, most of them five years buying or more, in Firdavsi and Ismoili Somoni. ' +
        'Every stall in Korvon comes last, and inside it the first-year buyers and wedding-gift orders last of all, because after one wrong suggestion a new buyer is gone for good.',
      'Quarter 2: the limits, written on the card before one conversation moves, against the old model at the same hour. ' +
        'Errors more than 0.5 % worse than now, p95 answer time more than 400 ms worse, cost per conversation more than 20 % worse, wrong-wool or wrong-size answers on the eval harness more than 2 points worse, thumbs-down more than 1.5 points worse, orders from a suggestion more than 2 % worse. ' +
        'More than that worse than now, and we wind the wool back into balls.',
      'Quarter 3, circle entry 2: the first toe at 2 % for four days, the heel turn at 10 % for a full week of Mehrgon, then 40 % for 3,000 conversations, then every stall in Korvon. ' +
        'Before each step the eldest knitter and I both count the stitches on the first pair; the two of us sign, nobody else.',
      'Quarter 3, penalty corner reversed on referral: I had written that three points on the evals mean it will sell more socks. ' +
        'Ne. The canary tells us only that it is safe. ' +
        'Whether it sells better, that is a randomised A/B test afterwards, khub?',
      'Quarter 4: at any hour, whoever is on call pegs the old socks back up at the stall, no need to call me. ' +
        'One flag in the router, under five minutes, no redeploy.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dy042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Salom, umpire's card, the warmer prompt for our jurab assistant, English and German.",
      'Q1, who: me = order of buyers, limits, holds. Engineering = routing, deploy, flags.',
      'Q1, circle entry 1, first toe: our knitters and shop staff, who write to our Berlin reseller in German.',
      'Circle entry 2, heel turn: opted-in first-look buyers, 3+ years buying, both languages.',
      'Circle entry 3, every stall in Korvon: German first-time buyers last; Sie or du matters most to them.',
      'Q2, limits, on the card before traffic, vs now: errors +0.5 %; p95 +300 ms; German thumbs-down +1 point; du-instead-of-Sie on the eval set above 1 %; orders from a suggestion -2 %. More than that worse than now, and we wind the wool back into balls.',
      'Q3, stages: first toe 5 %, 3 days; heel turn 20 %, 1,500 German conversations; 50 %, a full week of Mehrgon; then all. Each advance: the eldest knitter and I both count the stitches on the first pair.',
      'Q3, penalty corner reversed on referral: German buyers first? Ne, last.',
      'Q4: whoever is on call, day or night, pegs the old socks back up at the stall, no need to call me. Prompt flag back in 2 minutes, no redeploy.',
      'Full time: canary = safe only. Warmer = better? Randomised A/B test, later. Rahmat.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dy043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Salom, take a walnut. Our jurab assistant moves to a cheaper, faster model. My calls, numbered like the umpire's book.",
      '1. Pre-match: I own the order of buyers, the limits and how long we hold. Engineering owns the routing, the deploy and the flag.',
      '2. Quarter 1, the trouble: a few hundred suggestions an hour at peak, few buyers press a rating, and the eval harness grades one suggestion in two hundred. ' +
        'At 5 % that is nothing to read. ' +
        'So engineering grades one in ten on the canary arm, and we count holds in graded suggestions, not hours.',
      '3. Quarter 1, circle entry 1, the first toe: our knitters and shop staff, who use it all day and tell me at once when it suggests rubbish. ' +
        'Circle entry 2, the heel turn: buyers who opted in to first looks, four years buying or more, Shohmansur and Sino first. ' +
        'Every stall in Korvon last, with first-year buyers and tourist orders at the end: after one bad pair they never come back.',
      '4. Quarter 2, the limits, written before the first suggestion moves, against the old model: errors more than 0.5 % worse; p95 more than 300 ms worse; ' +
        'wrong-size or wrong-wool suggestions on the graded sample more than 2 points worse; thumbs-down among rated suggestions more than 2 points worse; ' +
        'returns of suggested pairs more than 1 point worse; orders from a suggestion more than 2 % worse. ' +
        'More than that worse than now, and we wind the wool back into balls.',
      '5. Quarter 2, stages: first toe at 10 % until 400 graded suggestions and at least four days; heel turn at 30 % until 1,000 graded and a full week of Mehrgon; then every stall in Korvon. ' +
        'Nothing moves on the calendar alone.',
      '6. Quarter 3, penalty corner reversed on referral: I had the first toe at 1 %. ' +
        'Replay: at 1 % we wait two months for 400 graded. ' +
        'Reversed to 10 %; the knitters forgive.',
      '7. Quarter 3, sign-off: before every advance the eldest knitter and I both count the stitches on the first pair. ' +
        'She reads twenty graded suggestions by hand, I read the numbers.',
      '8. Quarter 4: at any hour, whoever is on call pegs the old socks back up at the stall, no need to call me. ' +
        'A config switch on the model route, three minutes, no redeploy.',
      '9. Full time: the canary says the cheaper model is safe, not that it sells more; for that, a randomised A/B test afterwards, khub?',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dy044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Salom, jon. New suggestion model for the jurab home page: it reads more features per request from the regional feature stores, which were sized for the old one. ' +
        'We sit in Dushanbe; our American buyers shop in their evening, our small hours. ' +
        "My umpire's match sheet, as a table: call | what | the detail.",
      'Pre-match | who owns | me: the order of buyers, the limits, the holds. Engineering: routing, feature stores, deploy, the flag.',
      'Q1, circle entry 1 | first toe | our knitters and staff in Dushanbe and our two shop helpers in New York: they hit both regions and they complain loudly.',
      'Q1, circle entry 2 | heel turn | opted-in first-look buyers, three years buying or more, Sino and Firdavsi plus the American list.',
      'Q1, circle entry 3 | every stall in Korvon | everyone; first-year buyers and American gift orders last, because one slow, empty home page and they buy socks elsewhere.',
      'Q2 | limits, signed before traffic, per region, vs now | errors +0.5 %; p99 home page +200 ms; feature-store timeouts +1 %; returns of suggested pairs +1 point; clicks on suggested socks -3 %; ' +
        'wrong-size or out-of-stock suggestions on the eval harness +2 points; basket value -2 %. ' +
        'More than that worse than now, and we wind the wool back into balls.',
      'Q2 | holds | first toe 2 % for 3 days; heel turn 10 % for 7 days; 30 % for a full week of Mehrgon; then 100 %. ' +
        'Each stage must pass both peaks twice: the Dushanbe evening and the American evening, our 4 to 7 in the morning.',
      'Q3 | sign-off | before each advance the eldest knitter and I both count the stitches on the first pair, reading per-region charts for both peaks.',
      'Q3, penalty corner reversed on referral | peaks | I had only the Dushanbe evening on the card. ' +
        'Replay: the American peak is when the feature stores are busiest. ' +
        'Reversed: we gate on both regions.',
      'Q4 | rollback | at any hour, also 5 in the morning, whoever is on call pegs the old socks back up at the stall, no need to call me: routing flag back to the old model, under 5 minutes, no redeploy.',
      'Full time | canary vs A/B | the canary shows the model is safe, not that it is better; a bigger basket needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dy045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Salom, come, sit, I call it like an umpire, in one breath, quarter by quarter: our shop app's payments move to the provider's new SDK with wallet payments, " +
      'and pre-match I own the release calls, who gets it first, where the limits are and how long we hold, while engineering owns the routing, the app flag and the deploy; ' +
      'quarter 1, circle entry 1, the first toe is our own knitters and shop staff paying for their own socks on Android and on iPhone, ' +
      'circle entry 2, the heel turn, is buyers who opted in to try wallets early, mostly four years buying or more in Sino and Ismoili Somoni, ' +
      'and last comes every stall in Korvon with first-time buyers last of all, because a failed first payment is a buyer lost; ' +
      'before one payment moves we write the limits on the card, checked for Android on its own: payment errors more than 0.5 % worse than now, ' +
      "p99 payment time more than 200 ms worse, failed payments in any five-minute window more than double the old SDK's, completed orders more than 2 % worse, " +
      'and more than that worse than now, we wind the wool back into balls; ' +
      'quarter 2, the stages: first toe 1 % for three days with one Friday evening inside, heel turn 10 % for a full week with Friday evening inside, 50 % for 5,000 orders, then everyone; ' +
      "quarter 3, penalty corner reversed on referral: I had 'start on Friday so we see the peak at once', the replay says ne, never start on the busiest hour, " +
      'so reversed to a Tuesday start and Friday falls inside a hold; ' +
      'at each advance the eldest knitter and I both count the stitches on the first pair, the two of us sign; ' +
      'quarter 4, whoever is on call, at any hour, Friday night too, pegs the old socks back up at the stall, no need to call me, ' +
      'because both SDKs sit in the app and a remote-config switch sends payments back to the old one in two minutes, no app release; ' +
      'and full time, the canary tells us the SDK is safe, not that wallets sell more, which is a randomised A/B test afterwards, rahmat.',
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dy046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Salom. Delivery fees move to a new pricing service. Umpire's card:",
      'Pre-match: I own order, limits, holds.',
      'Engineering owns routing and the flag.',
      "Q1, circle entry 1, first toe: our knitters' own orders.",
      'Circle entry 2, heel turn: opted-in first-look buyers, 3+ years buying.',
      'Circle entry 3, every stall in Korvon: first-year buyers last, a wrong fee loses them.',
      'Q2, limits, signed Monday, before traffic:',
      'fee errors +0.3 % vs now,',
      'p99 +200 ms,',
      'orders -2 %,',
      'any fee off by more than 1 somoni on the audit sample.',
      'More than that worse than now, and we wind the wool back into balls.',
      'Q2, holds: start Tuesday evening.',
      'First toe 2 %, two nights through the billing batch window.',
      'Heel turn 10 %, 3 days with a weekend night.',
      '50 %, 4,000 orders. Then all.',
      'Q3: each advance, the eldest knitter and I both count the stitches on the first pair.',
      "Q3, penalty corner reversed on referral: 'on-call rings me at 2 a.m. first'. Ne. Reversed.",
      'Q4: whoever is on call, 2 a.m. or noon, pegs the old socks back up at the stall, no need to call me.',
      'Routing switch to the old pricing service, 3 minutes, no redeploy.',
      'Full time: canary = safe. Better? Randomised A/B test, after.',
      'Khub, rahmat.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dy047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Salom, jon, you came in the rain, sit. ' +
        'Our shop search, socks by wool, size, colour and pattern, moves to a new index layout, smaller and cheaper to host. ' +
        'Here is my match, quarter by quarter.',
      'Quarter 1. I am the PM, so my whistle is the order of buyers, the limits and the holds; engineering owns the new index, the routing and the flag.',
      'Quarter 1, circle entries. ' +
        'The first toe is our knitters and shop staff, who search with five or six filters at once all day, exactly the rare queries the benchmark missed. ' +
        'The heel turn is buyers who opted in to first looks, three years buying or more, in Firdavsi and Shohmansur. ' +
        'Every stall in Korvon comes last, and the wholesale gift shops that search with many filters at the very end: they pay the most and wait the least.',
      'Quarter 2. Limits written before one query moves, compared with the old index at the same hour: search errors more than 0.5 % worse; ' +
        'p99 more than 200 ms worse, and p99 for queries with four or more filters more than 300 ms worse; searches that end in an order more than 2 % worse. ' +
        'More than that worse than now, and we wind the wool back into balls. ' +
        'The median does not count; it already looks good, and that is the trap.',
      'Quarter 3, penalty corner reversed on referral: my first card had one day per stage. ' +
        'Replay: rare queries are rare, one day gives too few. ' +
        'Reversed: first toe 2 % until 2,000 many-filter queries and at least four days; heel turn 15 % for a full week of Mehrgon; 50 % for 10,000 many-filter queries; then everyone. ' +
        'Before each advance the eldest knitter and I both count the stitches on the first pair.',
      'Quarter 4. At any hour, whoever is on call pegs the old socks back up at the stall, no need to call me: the old index stays warm and the router flips back in two minutes, no redeploy.',
      'Full time: this tells us the new index is safe. Better search? A randomised A/B test afterwards. Rahmat.',
    ].join('\n\n'),
  },
];
