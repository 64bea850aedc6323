import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-fifteenth fresh set, author A: strong answers (dq001–dq007), four on model
 * scenarios and three on service scenarios, each covering every point of its kind (model answers
 * also model-metrics), labelled by hand before anything else and not changed afterwards.
 *
 * Voice: a Tahitian (Papeete) English register in speech with Tahitian and French words ("ia ora
 * na", "māuruuru", "aita pe'ape'a", "oui"). The product: a tapa bark-cloth workshop whose
 * language model suggests which cloth, pattern and size suit a wall, a gift and a budget. Every
 * answer is an archery judge's scoring calls, end by end and arrow by arrow, with one arrow
 * scored again after a line check ("Line check on end 3, arrow 1: …"). Stages named after the
 * cloth (the first aute strip, the tutua, the whole Marché); sign-off as "Mama Vaea, our head tapa
 * maker, and I both lay a tiare on the first roll"; holds as "a full week of the Heiva" or a count
 * of days, nights or orders; thresholds as "more than N worse than now, and the mallets go quiet";
 * cohorts by Papeete quarter and years buying; rollback as "whoever is on call rolls the old tapa
 * back out in the fare, no need to call me" (README-a.md says which words of the brief were
 * changed because earlier voices had used them).
 */
export const HUNDRED_AND_FIFTEENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dq001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ia ora na! I call this one like the judge on the line at the Heiva, end by end, arrow by arrow.',
      '',
      '1. End 1, arrow 1, who holds the bow. Me, as PM: the order of the buyers, the limits, the holds. Teiki and the engineers hold the routing, the deploy and the flag that sends a conversation to the bigger model. Ten.',
      '2. End 1, arrow 2, the order. Our own family and the beaters in the workshop first, they chat with the assistant all day. Then the friends in Mamao and Fare Ute who opted in to try new things early. Then buyers with three years or more buying. New buyers, under a year, and the Paofai hotels that order the big wall pieces come last, because a wrong size suggestion costs them most. Ten.',
      '3. End 2, arrow 1, the limits, written down before one conversation moves: errors more than 0.5 % worse than now, p95 more than 300 ms worse, cost per conversation more than 40 % above now, and the mallets go quiet, we roll back. Nine.',
      '4. End 2, arrow 2, the model signals. The eval harness checks a sample of answers for made-up cloths or sizes we never sell; more than 1 point worse than now and we stop. Thumbs-down rate more than 2 points worse, same. Ten.',
      '5. End 3, arrow 1, the stages. The first aute strip, 2 %, for 1,000 conversations. The tutua, 25 %, for a full week of the Heiva, because that is when the gift questions come. The whole Marché, 100 %. No stage moves before its hold is done and every limit is green. Nine.',
      '6. End 3, arrow 2, sign-off. Mama Vaea, our head tapa maker, and I both lay a tiare on the first roll before each advance. Nobody moves a stage alone. Ten.',
      "7. End 4, arrow 1, rollback. Whoever is on call rolls the old tapa back out in the fare, no need to call me: any hour, it's the flag, three minutes, no redeploy. Ten.",
      '8. Line check on end 2, arrow 1: touching the line. I first called cost 40 %, but finance wants it sharp, so 25 % more per conversation and we stop. Up to a ten.',
      "9. End 4, arrow 2: the canary says the bigger model is safe, not that it's better. Better we test after, with a randomised A/B. Ten.",
      '',
      'Māuruuru!',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dq002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ia ora na. So, the new prompt, the warmer one. I'll give it to you the way the archery judge calls it at the Heiva: end by end, every arrow gets its number.",
      '',
      "End 1. First arrow, what's mine. As PM I own the order of who sees the warm prompt, the limits we roll back on, and how long we hold at each stage. Engineering owns the routing, the deploy and the prompt flag. That arrow's a ten. Second arrow, the order. Our own people first, the beaters and the shop staff, in English and in French. Then the early-access friends in Titioro who ticked the box to try new things. Then buyers with two or more years buying, quarter by quarter. The French-writing buyers who have bought with us for ten years, and the new buyers, go last, because a cheeky «tu» to a grandmother in Tipaerui is exactly where a warm prompt hurts. Ten.",
      '',
      'End 2. Limits, written and agreed before the first message moves: thumbs-down more than 2 points worse than now, for French and English separately; the eval harness score on formal-address and on right cloth and size more than 3 % worse than now; errors more than 0.5 % worse; p95 more than 250 ms worse. Any one, and the mallets go quiet. Ten.',
      '',
      "End 3. The stages: the first aute strip at 5 % for four days, the tutua at 25 % for a full week of the Heiva, then the whole Marché. A stage only advances when its hold is over and the French numbers are inside every limit. Mama Vaea, our head tapa maker, and I both lay a tiare on the first roll before each advance. That's the sign-off, no exceptions. Nine, only because I want a second French-speaking reviewer too.",
      '',
      "Line check on end 3, arrow 1, the four days at the first stage: on the line. French messages are only a quarter, so it's four days or 2,000 French messages, whichever comes later. Up to a ten.",
      '',
      "End 4. Rollback: whoever is on call rolls the old tapa back out in the fare, no need to call me. Any hour, one prompt-flag switch, back in two minutes, no redeploy. And the last arrow: the canary only says the warm prompt is safe. Whether it's better, we answer with a randomised A/B test afterwards. Aita pe'ape'a. Māuruuru.",
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dq003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ia ora na. Judge's card, the cheaper model.",
      '',
      'End 1',
      "- arrow 1: mine as PM = order, limits, holds. Teiki's team = routing, deploy, flag. 10",
      '- arrow 2: our beaters, then opted-in early friends (Fare Ute), then buyers 3+ years; new buyers and Paofai hotels last, most to lose. 10',
      '',
      'End 2',
      '- arrow 1: limits fixed before traffic: errors +0.5 %, p95 +200 ms vs now. 10',
      '- arrow 2: harness fabrication rate +1 point, thumbs-down +2 points, wrong-size suggestions +1 point vs now = mallets go quiet, roll back. 9',
      '',
      'End 3',
      '- arrow 1: first aute strip 5 %, tutua 25 %, whole Marché 100 %. Hold each for 300 harness-graded suggestions, minimum 3 days; advance only if all green. 10',
      '- arrow 2: Mama Vaea (head tapa maker) and I both lay a tiare on the first roll before each advance. 10',
      '',
      'Line check, end 3, arrow 1: harness grading 1 in 200 is too thin; canary sample raised to 1 in 20. Now 10.',
      '',
      'End 4',
      '- arrow 1: whoever is on call rolls the old tapa back out in the fare, no need to call me. Any hour, flag switch, under 5 min, no redeploy. 10',
      '- arrow 2: canary = safe, not better. Better = randomised A/B after. 10',
      '',
      'Māuruuru.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dq004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ia ora na. The new suggestion model reads more from the feature stores, in Papeete and in Paris. Here is my judge's card as a table, oui, end | arrow | call | score:",
      '',
      "1 | 1 | I own, as PM, the order of buyers, the rollback limits and the holds; Teiki's engineers own the routing, the deploy and the model flag | 10",
      "1 | 2 | Order: the workshop's own beaters and family first; then the friends in Mamao and the Paris club who opted in to try early; then buyers with two years or more; new buyers and the big Paofai hotel accounts last, because they forgive least | 10",
      '2 | 1 | Limits, signed before any traffic moves, measured per region, each against now: errors more than 0.5 % worse, p95 more than 250 ms worse, in Paris and in Papeete separately | 10',
      "2 | 2 | Model limits: take-up of the suggested cloth (added to basket) more than 3 % worse; eval-harness suggestions of cloths we don't stock or sizes that don't fit the wall more than 1 point worse; fallback to the default list more than 2 points worse. Any one, the mallets go quiet | 9",
      '3 | 1 | Stages: the first aute strip at 5 %, the tutua at 25 %, the whole Marché at 100 %. Hold each for four days, which takes in four Paris lunch peaks, and advance only when every limit is green | 9',
      '3 | 2 | Sign-off: Mama Vaea, our head tapa maker, and I both lay a tiare on the first roll before every advance | 10',
      '4 | 1 | Rollback: whoever is on call rolls the old tapa back out in the fare, no need to call me. Paris lunch is past midnight here, so any hour it is: one flag, two minutes, no redeploy | 10',
      '4 | 2 | The canary tells us the model is safe, not that it sells better; that comes later from a randomised A/B test | 10',
      '',
      'Line check on end 3, arrow 1, the hold: the Paris lunch peak is the dangerous hour and the Paris store was sized for the old model, so the hold counts Paris lunches, not days: four lunch peaks at the tutua with p95 inside the limit, weekend included. Up to a ten.',
      '',
      "Aita pe'ape'a. Māuruuru.",
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dq005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Ia ora na, so the one-page checkout for the tapa shop, and I'll call it like the archery judge, " +
      "end 1, arrow 1, what is mine: as PM I own the order of the buyers, the limits and the holds, and Teiki's " +
      'engineers own the routing, the deploy and the checkout flag, ten; end 1, arrow 2, the order: our own ' +
      'beaters and their cousins who buy from the shop anyway, then the opted-in early friends in Mamao, then ' +
      'returning buyers with three years or more buying, quarter by quarter, and only at the very end the ' +
      'first-time buyers, because they have no saved address or card, this page was never tested on them and ' +
      'the Heiva is when most of them buy their first piece, ten; end 2, arrow 1, the limits, written down and ' +
      'agreed before the first order moves: checkout errors more than 0.5 % worse than now, p99 page time more ' +
      "than 300 ms worse, first-order conversion more than 2 % worse than the old checkout's, and the mallets go " +
      'quiet, we roll back, ten; end 2, arrow 2, the stages: the first aute strip at 2 % for three days, the ' +
      'tutua at 25 % for 2,000 orders so conversion can be read, the whole Marché at 100 %, and nothing ' +
      'advances until the hold is done and every limit is green, nine; end 3, arrow 1, sign-off: Mama Vaea, our ' +
      'head tapa maker, and I both lay a tiare on the first roll before every advance, ten; line check on end 2, ' +
      'arrow 2: 2,000 orders at the tutua touches the line, because first-time buyers only arrive at that ' +
      "stage, so it's 2,000 orders and at least 300 of them first orders, up to a ten; end 3, arrow 2, " +
      'rollback: whoever is on call rolls the old tapa back out in the fare, no need to call me, any hour, ' +
      "it's the checkout flag, under five minutes, no redeploy, ten; end 4, arrow 1, and growth will ask: the " +
      'canary tells us the page is safe, not that it sells more, so better is a randomised A/B test after, ' +
      "ten, aita pe'ape'a, māuruuru.",
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dq006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ia ora na.',
      'New pricing service for the tapa shop.',
      "Judge's calls.",
      '',
      'End 1, arrow 1.',
      'Mine, as PM: buyer order, limits, holds.',
      "Engineering's: routing, deploy, flag.",
      'Ten.',
      '',
      'End 1, arrow 2.',
      'Our beaters first.',
      'Then opted-in friends in Titioro.',
      'Then buyers of five years or more.',
      'New buyers and the hotels last; a wrong price hurts them most.',
      'Ten.',
      '',
      'End 2, arrow 1.',
      'Fixed before traffic:',
      'price errors more than 0.2 % worse than now,',
      'p99 more than 200 ms worse,',
      'and the mallets go quiet.',
      'Ten.',
      '',
      'End 2, arrow 2.',
      'First aute strip, 2 %, two nights.',
      'Tutua, 25 %, three nights, billing batch included.',
      'Whole Marché.',
      'Advance only when the hold is done and all is green.',
      'Nine.',
      '',
      'End 3, arrow 1.',
      'Mama Vaea, head tapa maker, and I both lay a tiare on the first roll.',
      'Every advance.',
      'Ten.',
      '',
      'End 3, arrow 2.',
      '2 a.m., Paris is buying.',
      'Whoever is on call rolls the old tapa back out in the fare, no need to call me.',
      'Any hour.',
      'Flag switch, three minutes, no redeploy.',
      'Ten.',
      '',
      'Line check, end 2, arrow 2:',
      "nights don't count, billing batches do.",
      'Each hold is three batch windows.',
      'Up to ten.',
      '',
      'End 4, arrow 1.',
      'The canary shows safe, not better.',
      'Better is a randomised A/B test, later.',
      'Ten.',
      '',
      'Māuruuru.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dq007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ia ora na! The new payment SDK in our app, with the wallets. Let me be the judge with the clipboard, calling each arrow out loud.',
      '',
      "First end, first arrow: who owns what. I'm the PM, so the order of the buyers, the rollback limits and how long we hold are mine. Teiki's engineers own the SDK build, the routing and the payment flag. Clean ten.",
      '',
      'First end, second arrow: the order. The beaters and the shop staff pay through the app first, on their own Android phones. Then the early friends who opted in, mostly Fare Ute and Mamao. Then buyers with three years or more, quarter by quarter. Buyers paying for the first time, and the hotels with big orders, go last: a failed payment loses them for good. Ten.',
      '',
      'Second end, first arrow: the limits, agreed and written before one payment moves, each compared with the old SDK right now. Payment failures more than 0.3 % worse, per platform. Android failures in any five-minute window more than 1 % worse, because this SDK fails in bursts and a daily average hides them. p99 payment time more than 400 ms worse. Cross any of them and the mallets go quiet. Ten.',
      '',
      'Second end, second arrow: the stages. The first aute strip at 2 % for three days. The tutua at 20 % for seven days, because Saturday-market morning is our busiest hour of the week and the bursts come with the crowd. Then the whole Marché. Nothing moves up until the hold is done and every limit is green. Nine.',
      '',
      "Line check on the second end, second arrow: seven days touches the line. It's seven days and two Saturday mornings inside every limit, and the tutua starts on a Tuesday, never the Friday before the market. Up to a ten.",
      '',
      'Third end, first arrow: sign-off. Mama Vaea, our head tapa maker, and I both lay a tiare on the first roll before every advance. Ten.',
      '',
      "Third end, second arrow: rollback. Whoever is on call rolls the old tapa back out in the fare, no need to call me. Any hour of the night, it's the payment flag, back in four minutes, no redeploy. Ten.",
      '',
      'Last arrow: the canary tells us the SDK is safe, not that wallets sell more. That one is a randomised A/B test afterwards. Ten.',
      '',
      "Māuruuru, aita pe'ape'a.",
    ].join('\n'),
  },
];
