import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-sixth fresh set, author a: the other answers (eb008–eb020): middling,
 * weak, keyword salad, negated, misconception-led and off-topic, on service and model scenarios.
 * Voice: a Luganda (Kampala) English register in speech with Luganda words; a Kampala barkcloth
 * workshop whose language model suggests wraps, cushions and wall hangings; every answer a sumo
 * referee's bout sheet, day by day, with one decision reversed at the mono-ii (the judges' conference).
 * Labelled by hand when written, before the set was graded; see LABEL-NOTES-a.md and README-a.md.
 */
export const HUNDRED_AND_TWENTY_SIXTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'eb008',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: "Oli otya! My bout sheet for the one-page checkout on our shop, the one that fills in saved addresses and mobile-money numbers by itself.\n\nWho does what: the engineers do the flag and the routing. I decide the order in which buyers meet it and the limits that stop it; those two are mine.\n\nDay 1: our own staff buy with it first; they find the rough edges and tell me over tea. Then the buyers who opted in to try new things. Buyers placing a first order come last of all: a returning buyer has saved details, a first-timer has none, and first orders are exactly what the lab never tested. The Christmas gift season, when first orders peak, is no time to surprise them.\n\nDay 4, decision reversed at the mono-ii: I had put Makindye's new buyers early, to learn fast; the judges sent them back to the end.\n\nThe limits, written before anything moves: checkout errors more than 0.5 % worse than now, first orders completed more than 2 % worse than now, payment step more than 300 ms slower than now. Past any one, and we carry the cloths in out of the sun.\n\nAfter that we open it wider when it looks good, and if something goes badly we go back to the old checkout. Webale.",
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'eb009',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: "Webale, oli otya. Bout sheet for the cheaper, faster suggestion model, in a workshop where few buyers ever rate a suggestion.\nDay 1, the first peeled bark: a random 5 % of buyers, held until the eval harness has graded 300 suggestions.\nDay 4, decision reversed at the mono-ii: the harness grades one suggestion in two hundred, far too few; the judges had it grade one in ten on both models.\nDay 5, the sunning yard: 25 %, held a full week of the Martyrs' Day pilgrimage.\nDay 12, the whole Owino market: 100 %.\nAt every stage we watch the eval-harness score (right cloth, in stock, inside the budget), how often a buyer asks for a fresh suggestion, and the thumbs-down rate.\nBefore every advance, the senior bark-beater and I both wrap the first cloth round our shoulders and sign.\nIf it looks wrong, the engineers will know how to undo it. Mpola mpola.",
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'eb010',
    scenario: 'service',
    class: 'middling',
    points: points('T S R'),
    text: "Oli otya. The gyoji's sheet for our rewritten photo service, the one that resizes every picture of every wall hanging and now reads the new photo format.\nBout 1: a random 5 % of listing pages get the new service.\nLimits, written before the first photo is resized: p99 image time more than 150 ms worse than now, image errors more than 0.3 % worse than now, memory per server more than 20 % above the old service at the same hour. Any one, and we carry the cloths in out of the sun.\nDay 4, decision reversed at the mono-ii: I wanted to drop the memory limit, since the benchmarks say 20 % faster; the judges kept it, because the service restarts only on deploys and a slow leak shows on day two, not hour two.\nThen we take it further through the week.\nEvery step wider needs the senior bark-beater and me to wrap the first cloth round our shoulders and sign.\nRollback: whoever is on call drapes the old cloths back over the shopfront rail, no need to call me: any hour, one routing switch to the old service, under five minutes, no approval asked.\nWebale.",
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'eb011',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: 'Oli otya, gyendi. Bout sheet for the new suggestion model.\nDay 1: we let the new model out to some buyers and see.\nDay 2: if the buyers are happy, more buyers.\nDay 4, decision reversed at the mono-ii: I said go faster, the judges said slower. Mpola mpola.\nDay 7: everyone, in Kampala and abroad.\nWe keep an eye on the dashboard all the while, and if something is bad we go back.\nThe engineers know the feature stores better than I do, so I trust them with the rest. Webale.',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'eb012',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: 'Oli otya! The new catalogue search index is smaller and cheaper to host, and the median search got faster in testing, so as the gyoji would say, this bout is already won.\nDay 1: we give it to our biggest buyers first, the hotels, so they feel the speed before anyone.\nDay 4, decision reversed at the mono-ii: I had said everyone on Day 2; the judges said wait until Day 5 so the engineers could finish their tidying.\nDay 5: everyone. We will keep an eye on it, and the engineers can always put it back if buyers complain. Webale.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'eb013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Bout sheet. Day 1, gunbai: canary 1 % 5 % 25 % 100 %, pricing table, comparison, p99 200 ms, error rate 0.5 %, conversion 2 %, baseline, control, cohort. Day 2: sunning yard, Owino, rollback, flag, routing, config switch, five minutes, on call 24/7. Day 4, decision reversed at the mono-ii: threshold, hold, gate, sign-off, bark-beater, dashboard, metrics, Nakawa, Kawempe, years buying, A/B, randomised, safe, better. Day 5: ramp, stages, holds, monitoring, campaign Friday, 3 days, 7 days, kill switch, feature flag, blast radius. Oli otya, yee, webale.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'eb014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Oli otya, yee, nedda, mpola mpola. Day 1, bout 1: prompt, warmer, casual, Luganda, English, 25 %, thumbs-down, eval harness, hallucination rate, tokens per conversation, p95 latency 800 ms. Day 2, bout 3: first peeled bark, sunning yard, whole Owino market, 1 % 10 % 50 % 100 %, gunbai, shimpan. Day 4, decision reversed at the mono-ii: formal address, respect, elders, cohort, Rubaga, Makindye, buyers of 10 years, thresholds 2 points worse, holds, sign-off, rollback, on call, five minutes, config flag. Day 6: canary, A/B, randomised, better, safe, model metrics, guard. Webale.',
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'eb015',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: 'Oli otya. My bout sheet for the bigger suggestion model, and you will see I have crossed out most of the lines.\nDay 1: staff first? Nedda. I will not start with the bark-beaters and the shop.\nDay 2: limits written before the first bout? Nedda. I will not fix numbers for errors, latency or cost per conversation in advance.\nDay 3: named stages, a hold at each before the next? Nedda, no first peeled bark, no sunning yard, no holds.\nDay 4, decision reversed at the mono-ii: the judges wrote a signature from the senior bark-beater before each advance into my sheet; I struck it out again. No sign-off.\nDay 5: whoever is on call switching back to the old model at 3 a.m. without asking me? Nedda, not that either.\nDay 6: watching the eval harness for suggestions of cloths we do not stock, or the thumbs-down rate, or the tokens each conversation costs? We will not.\nDay 7: an A/B test afterwards to learn whether it is better, not only safe? We will not run one.\nWebale.',
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'eb016',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Oli otya, gyendi. Bout sheet for the new date picker on our made-to-order page, where buyers choose a delivery date and often go home to talk it over before they pay.\nBout 1: deciding the order of buyers and the limits myself, apart from the engineers' routing? Nedda, I will not own those.\nBout 2: no staff first, no opted-in buyers next, no keeping new buyers for last.\nBout 3: no limits on completed orders written before traffic moves, and no waiting the hours a lost order takes to show.\nDay 4, decision reversed at the mono-ii: the judges had put a hold at each stage and the senior bark-beater's signature before each advance; I took both off again.\nBout 5: no rollback by whoever is on call at night, no flag switched back in minutes.\nBout 6: no A/B test afterwards to tell safe from better.\nThis afternoon: straight to everyone. Webale.",
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'eb017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T M'),
    text: 'Oli otya! Bout sheet for the warmer, more casual prompt on our suggestion assistant.\nThe main thing first: the canary proves the new prompt is better, so it is our A/B test. If the canary buyers give more thumbs-up than the rest, the warmer prompt has won the bout, and we need no other test.\nDay 1, the order: our own staff first, Luganda and English speakers both; then the buyers who opted in to try new things; the Luganda-writing elders of ten years and more, and buyers of under one year, last, because a disrespectful "you" loses them for good.\nThe limits, written before the first bout: thumbs-down more than 2 points worse than now, eval-harness flags for disrespectful address in Luganda more than 1 point worse than now, suggestions accepted more than 3 points worse, errors more than 0.5 % worse. Past any one, and we carry the cloths in out of the sun.\nDay 4, decision reversed at the mono-ii: I had pooled the two languages; the judges split Luganda from English.\nThen we widen it when it looks fine, and the happier the canary buyers, the sooner we call the warmer prompt the winner. Webale.',
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'eb018',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: 'Oli otya, webale. Bout sheet for our product page that moves the reviews up and loads the photo gallery only when a buyer scrolls, in the week after our Independence Day sale (20 % off every wrap, ended Sunday at midnight).\nThe main thing first: we decide the limits while we watch. After a sale nobody knows what normal looks like, so numbers written down in advance are guesses; we look at the dashboard each day and judge then.\nThe order: our own staff first, then buyers who opted in to new things, then Nakawa and Kawempe; buyers of under one year and the hotel accounts last, because they are new or they are big, and either way we cannot afford to lose them.\nDay 4, decision reversed at the mono-ii: I had Makindye before Kawempe; the judges swapped them.\nBefore each widening, the senior bark-beater and I both wrap the first cloth round our shoulders and sign.\nIf anything looks off, whoever is on call drapes the old cloths back over the shopfront rail, no need to call me: any hour, the flag back to the old page, under five minutes, no approval asked.',
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'eb019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: 'Oli otya! Before any release, let me tell you about the cloth itself, because the new size guide on our product pages is about nothing else.\nDay 1, bout 1: the mutuba tree. We peel its bark in the wet season and the tree grows it back; nobody cuts the tree down.\nDay 2, bout 2: the bark is steamed over a fire, then worked wide with grooved wooden beaters until it is three or four times its first width.\nDay 3, bout 3: in the sun it turns from cream to the deep terracotta every buyer asks for.\nDay 4, decision reversed at the mono-ii: I had the size guide in centimetres only; the judges asked for inches too, for our buyers abroad.\nDay 5, bout 5: the guide itself. A wrap is two metres by one and a half, a cushion cover fifty by fifty, a wall hanging anything from one metre to four.\nDay 6, bout 6: the photos, larger now, taken in daylight so the colour is true.\nAnd yes, our staff look at the site all day to check stock and almost never buy from it; they buy at the workshop door, with a discount. Webale.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'eb020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: 'Oli otya. You ask about the release, but the bout I want to referee is which cheaper model to choose at all.\nDay 1, bout 1: three vendors stepped into the ring. One charges by the word, one by the month, one by the conversation.\nDay 2, bout 2: we read each contract. The monthly one locks us in for a year; nedda.\nDay 3, bout 3: the per-conversation one is cheapest for a workshop our size, a few hundred suggestions an hour at the busiest.\nDay 4, decision reversed at the mono-ii: I had given the bout to the per-word vendor; the judges looked again at our long Luganda questions and gave it to the per-conversation one.\nDay 5: finance is happy, and the money saved plants two more mutuba trees in the garden behind the workshop.\nAs the elders say, the one who asks the way does not get lost. Webale.',
  },
];
