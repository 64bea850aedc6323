import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-sixteenth fresh held-out set, author A: strong answers (dr001–dr007), every
 * point of the scenario's kind (model answers also M). Voice: a Yoruba (Ibadan) English register
 * in speech, an adire workshop PM whose language model suggests cloth, pattern and length, every
 * answer a cricket scorer calling the book over by over with one ball corrected by the umpires.
 * Labelled by hand before anything else, without seeing the grader (LABEL-NOTES-a.md).
 */
export const HUNDRED_AND_SIXTEENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dr001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ẹ káàárọ̀. The scorer calls the book, over by over.',
      'Over 1, ball 1, a single: what is mine. Our assistant, which tells a buyer which adire, pattern and length suit her occasion and purse, is moving to the bigger model with the longer memory. Engineering owns the routing, the deploy and the flags. I own the order the quarters go in, the rollback limits, and how long we hold at each stage.',
      'Over 2, the order. Ball 1: our own dyers and the girls at our Oje shop first, because they will tell us to our faces when the model calls an eleko cloth oniko. We dress up at home before we go out, abi? Ball 2: the buyers who signed up for early suggestions. Ball 3: ordinary buyers of Bodija and Mokola. Last ball: buyers of ten years and more, and first-timers, because one wrong aso-ebi length for a wedding party loses a whole family.',
      'Over 3, the limits, agreed before one buyer is moved: errors more than 0.5 % worse than now, p95 more than 300 ms worse, completed orders more than 2 % worse than on the old model, and we draw every cloth out of the indigo. For the model itself: wrong-pattern answers in the eval harness more than 1 point worse, thumbs-down more than 2 points worse, cost per conversation more than 30 % above now.',
      'Over 4, the stages. The first dip, 2 % of conversations; the drying line, 25 %; the whole Oje market. At the first dip we hold three days; at the drying line, a full week of the Egungun festival, because Saturday parties change what people ask.',
      "Over 5, scorer's correction: the umpires give over 4, ball 2 as four runs, not two. Three days at the first dip becomes three days and at least 600 graded conversations, whichever comes later.",
      'Over 6: before each step forward, the master dyer, Mama Àdùkẹ́, and I both wring out the first wrapper: that is our sign-off.',
      'Over 7: if a limit breaks at any hour, 2 a.m. included, whoever is on call folds the old wrappers back onto the trestle: a routing switch to the old model, under five minutes, not a redeploy, no need to wake me.',
      'Last over: this canary tells us the bigger model is safe, not that it is better. To know it sells more cloth, we run a randomised A/B test afterwards. Ẹ ṣé, ó dàbọ̀.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dr002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ẹ káàárọ̀ o. The scorer's book, over by over, for the warmer prompt on our adire assistant.",
      '',
      '1. Over 1, ball 1. I own the order of the quarters, the rollback limits and the holds; the engineers own the prompt flag, the routing and the deploy.',
      '2. Over 1, ball 2. A quarter of our buyers write to the assistant in Yoruba, where an elder is "ẹ", never "o". Only the English side of the team reviewed the prompt, so the Yoruba side is the fragile one.',
      "3. Over 2, ball 1. Order: the workshop's own dyers and tailors first, in both languages, because they will catch a cheeky reply to an iya before any buyer does. Then the early-access list, who asked to try new things. Then English-writing buyers in Bodija and Agodi. Yoruba-writing buyers, and anyone buying with us fifteen years or more, go last: a rude greeting loses them for good.",
      "4. Over 2, ball 2. Limits, signed before the flag moves: errors more than 0.5 % worse than now, p95 more than 250 ms worse, thumbs-down more than 2 points worse in either language on its own, over-familiar address in the eval harness's sample of Yoruba replies more than 1 % worse, wrong-pattern suggestions more than 1 point worse. Any one, and we draw every cloth out of the indigo.",
      '5. Over 3, ball 1. Stages: the first dip (staff, about 1 %), the drying line (early access and English-writing buyers, 20 %), the whole Oje market. Hold four days and 500 Yoruba conversations at the first dip, whichever is later; a full week of the Egungun festival at the drying line.',
      '6. Over 4, ball 1. No step forward without our sign-off: the master dyer and I both wring out the first wrapper, her eye on the Yoruba replies, mine on the numbers.',
      "7. Over 5, scorer's correction: the umpires make over 3, ball 1 three runs, not one. The 500 Yoruba conversations become 800; with so few elders on staff, 500 is too thin to read.",
      '8. Over 6, ball 1. Whoever is on call, at any hour, folds the old wrappers back onto the trestle: the prompt flag flipped back, about three minutes, no redeploy, no need to wake me.',
      '9. Over 6, ball 2. This canary says the warm prompt is safe, not that it sells more cloth; for that, a randomised A/B test after the rollout.',
      '',
      "Slowly, slowly the pig's snout gets through the fence. Ẹ ṣé.",
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dr003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Cheaper model for cloth suggestions, o jare.',
      '',
      "Ov 1, b1. Mine: order of quarters, limits, holds. Engineers': routing, flags, deploy.",
      'Ov 1, b2. Order: workshop staff → early-access list → Challenge and Ring Road buyers → buyers of 10+ years and first-timers last (most to lose).',
      'Ov 2, b1. Limits, fixed before traffic moves; more than this worse than now and we draw every cloth out of the indigo: errors 0.5 %, p95 200 ms, wrong-cloth rate (eval harness) 1 pt, thumbs-down 2 pts, orders per suggestion 2 %.',
      'Ov 2, b2. Harness grades 1 in 200 → sample raised to 1 in 20.',
      'Ov 3, b1. Stages: the first dip 5 %, the drying line 25 %, the whole Oje market.',
      'Ov 3, b2. Hold at each until 400 graded and 300 rated suggestions, never under 3 days.',
      "Over 4, scorer's correction: umpires make ov 3 b2 a four, not a two. 300 rated becomes 150: 300 takes a month.",
      'Ov 5. Sign-off at each advance: the master dyer and I both wring out the first wrapper.',
      'Ov 6. Whoever is on call, any hour, folds the old wrappers back onto the trestle. Model flag, under 5 min, no redeploy, no need to wake me.',
      'Ov 7. Canary = safe. Better? Randomised A/B test after.',
      'Ó dàbọ̀.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dr004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ẹ káàárọ̀. The book for the new basket-suggestion model, as my scoresheet. It reads more features per request from the regional feature stores, and those stores were sized for the old model.',
      '',
      'Over | Ball | Runs | Call',
      '1 | 1 | 1 | Who owns what: I own the order of the quarters, the rollback limits and the holds. Engineering owns the routing, the flags, the deploy and the feature stores.',
      '1 | 2 | 2 | Order: workshop staff first, they use the home screen daily; then early-access buyers who opted in; then Ibadan buyers of Oje and Mokola; then the diaspora buyers in Houston and London; buyers of ten years or more last, because they order aso-ebi for whole families.',
      '2 | 1 | 4 | Limits, written before any traffic moves, checked per region and never averaged: errors more than 0.5 % worse than now, p99 feature-store reads more than 150 ms worse, add-to-basket on suggested bundles more than 3 % worse, empty or wrong-size bundles in the eval harness more than 1 point worse, cost per request more than 20 % worse. Any one, and we draw every cloth out of the indigo.',
      '2 | 2 | 1 | Stages: the first dip, 2 %; the drying line, 20 %; the whole Oje market, 100 %.',
      '3 | 1 | 2 | Holds: at least three days at the first dip, a full week of the Egungun festival at the drying line, and each hold must take in the Houston lunch hour, which is our evening in Ibadan.',
      '3 | 2 | 1 | Sign-off: before each advance, the master dyer and I both wring out the first wrapper.',
      '4 | 1 | 0 | Rollback: whoever is on call, at any hour, Ibadan night or Houston noon, folds the old wrappers back onto the trestle: the model flag back to the old model, under five minutes, no redeploy, no need to wake me.',
      '4 | 2 | 1 | The canary shows the new model is safe. Whether it sells more cloth needs a randomised A/B test afterwards.',
      "5 | – | – | Over 5, scorer's correction: the umpires make over 2, ball 2 two runs, not one. The drying line is 10 %, not 20 %: the Houston store should not take a fifth of the traffic in one step.",
      '',
      'Bẹ́ẹ̀ni, that is the book. Ẹ ṣé.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dr005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Ẹ káàárọ̀, let the scorer call it straight through without stopping for drinks: over 1, ball 1, one run, the engineers own the app build, the payment routing and the remote flag, and I own the order the quarters go in, the rollback limits and how long we hold; ' +
      "ball 2, the provider's new SDK with wallet payments rides in the Android app beside the old one, behind that remote flag, so nothing we decide needs a store release; " +
      'over 2, the order, our own dyers and shop staff paying for their own wrappers first, because they will shout across the yard the moment a payment hangs, then the buyers on our early-access list who asked for wallets, then Android buyers in Sango and Agodi, and last the buyers of ten years or more and the first-time buyers, because a failed payment on a first order is a buyer we never see again, abi; ' +
      'over 3, the limits, agreed and written in the release note before one naira moves through the new SDK: payment failures more than 0.5 % worse than now in any fifteen-minute window, not the daily average, since this trouble comes in bursts, p99 payment time more than 400 ms worse, completed orders more than 2 % worse than the old-SDK buyers, and we draw every cloth out of the indigo; ' +
      "over 4, the stages, the first dip at 2 %, the drying line at 25 %, the whole Oje market, holding at each for at least three days and never advancing until a full Friday evening, our busiest hour, when Saturday's owambe cloth is bought, has passed inside the stage, and before each step the master dyer and I both wring out the first wrapper, which is to say she and I sign it off together; " +
      "over 5, scorer's correction: the umpires make over 4, ball 1 a four, not a two, because three days at the first dip should be three days and 2,000 Android payments, whichever is later; " +
      'over 6, whoever is on call, at any hour, Friday night or Sunday dawn, folds the old wrappers back onto the trestle by switching the remote flag to the old SDK, done in under five minutes, no app release, without asking anyone, no need to wake me; ' +
      'and the last over, this canary tells us the new SDK is safe, not that wallets sell more cloth, which is a question for a randomised A/B test afterwards, ẹ ṣé, ó dàbọ̀.',
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dr006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ẹ káàárọ̀.',
      'Over 1, ball 1: I own cohort order, limits, holds.',
      'Ball 2: engineering owns the proxy, routing, migration.',
      'Over 2, ball 1: workshop staff first; they use it all day.',
      'Ball 2: early-access buyers; they opted in.',
      'Ball 3: Bodija and Ring Road buyers.',
      'Ball 4: buyers of ten years and more last; heaviest order history.',
      'Over 3: limits, signed before traffic moves.',
      'Errors more than 0.5 % worse than now.',
      'p99 page load more than 250 ms worse, cold cache included.',
      'Completed orders more than 2 % worse.',
      'Any one, and we draw every cloth out of the indigo.',
      'Over 4: the first dip 5 %, the drying line 30 %, the whole Oje market.',
      'Hold four days at each, caches flushed first: the load tests ran warm.',
      "Over 5, scorer's correction: umpires make over 4, ball 1 two runs, not four. Drying line 25 %, not 30 %.",
      'Over 6: each advance signed off; the master dyer and I both wring out the first wrapper.',
      'Over 7: whoever is on call, any hour, folds the old wrappers back onto the trestle.',
      'Proxy route to the old cluster, under five minutes, no redeploy, no need to wake me.',
      'Over 8: canary shows safe, not better; better is a randomised A/B test after.',
      'Ó dàbọ̀.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dr007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ẹ káàárọ̀. The scorer reads the book, over by over.',
      'OVER 1: what I own\nBall 1, a single. Engineering owns the checkout flag, the routing and the deploy. I own the order the quarters see it in, the limits we go back on, and how long we hold.',
      'OVER 2: who sees it first\nBall 1. Our dyers and shop staff, buying their own cloth, first: they find a broken field within an hour. Ball 2. Buyers on the early-access list, who opted in. Ball 3. Returning buyers of two years or more in Bodija, Oje and Mokola; the usability lab says they like it. Ball 4, last: first-time buyers, the ones the wedding-season campaign is for. They have no saved address, no saved card, and the lab never saw them, so they are the fragile segment and go last.',
      'OVER 3: the limits\nWritten in the release note and agreed with engineering before any buyer moves: checkout errors more than 0.5 % worse than now, p99 page time more than 300 ms worse, completed orders more than 2 % worse against the old checkout, and first-order completion on its own more than 3 % worse. Any one, and we draw every cloth out of the indigo.',
      'OVER 4: the stages\nThe first dip, 2 %; the drying line, 20 %; the whole Oje market. Hold four days at the first dip; at the drying line, hold a full week of the Egungun festival and at least 300 first orders, whichever comes later, so first-timers are counted before we widen.',
      "OVER 5, scorer's correction: the umpires make over 4, ball 1 two runs, not one. The first dip holds a full week, not four days, so one weekend's buyers fall inside it.",
      'OVER 6: sign-off\nNo stage advances until the master dyer and I both wring out the first wrapper: that is our sign-off.',
      'OVER 7: going back\nWhoever is on call, at any hour, folds the old wrappers back onto the trestle: the checkout flag goes back to three steps in under five minutes, no redeploy, no approval, no need to wake me.',
      "LAST OVER\nThe canary says the one-page checkout is safe. Whether it is better, more first orders, is a randomised A/B test after the rollout, not something we read off the canary. An elder does not sit in the market and let the baby's head on its mother's back hang crooked. Ẹ ṣé.",
    ].join('\n\n'),
  },
];
