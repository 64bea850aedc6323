import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-fifth fresh set, author A: middling (ea008–ea010), weak (ea011–ea012),
 * keyword salad (ea013–ea014), negated (ea015–ea016), misconception-led (ea017–ea018) and
 * off-topic (ea019–ea020) answers, written blind (without the grader or any other corpus answers)
 * and labelled by hand before anything else. The voice: a Kikuyu (Nyeri, Kenya) English register
 * in speech with Kikuyu and Swahili words, a Nyeri beekeepers' cooperative shop whose language
 * model suggests honey, jars and beeswax gifts, every answer a pétanque umpire's card kept end by
 * end, with one point changing hands after a second measure with the tape. See README-a.md and
 * LABEL-NOTES-a.md.
 */
export const HUNDRED_AND_TWENTY_FIFTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ea008',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Umpire's card, the bigger model for the honey adviser.",
      'End 1: I own the rollback limits and the go or stop; the engineers own the rollout mechanics, the flag and the deploy.',
      'End 2: limits set before we start: errors more than 0.5 % worse than now, p95 more than 400 ms worse, cost per conversation more than 25 % worse, and we light the smoker and step back.',
      'End 3: model checks, watched every morning: made-up honey facts from the eval harness, thumbs-down on suggestions.',
      'End 4: some buyers first, then more as it looks fine.',
      'End 5, measured twice, point changes hands: I had the cost limit at 40 %. The treasurer held the tape with me; 25 %.',
      'Then everybody. Ĩĩ.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ea009',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'The new payment SDK in the shop app, the one that adds M-Pesa wallet payments. My card:',
      '1. End 1: staff phones first, then the tasting circle who opted in, then buyers of three years or more, iPhone and Android both; new buyers last, they have no patience with a failed payment and never come back.',
      '2. End 2: stages are the lifted frame, the extractor drum, every stall in Karatina market. Each is held a full week of the Nyeri agricultural show, so it sees at least one Friday evening rush before moving on.',
      '3. End 3: before each stage moves, the eldest beekeeper and I both chew a corner of the comb; that is the sign-off, and without it nothing advances.',
      "4. End 4, measured twice, point changes hands: I had said the SDK is certified, so we could skip the drum. Aca, the certificate is the provider's, not ours.",
      '5. End 5: we look at the payment graphs, and if something seems off we go back.',
      'Nĩ ũguo.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ea010',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'Wĩmwega. My card for the new gift-basket recommender.',
      '',
      'End 1. Before it takes one basket, we write the limits: errors more than 0.5 % worse than ' +
        'now, p99 feature reads more than 150 ms worse than now, per region, and we light the ' +
        'smoker and step back.',
      '',
      "End 2. Two model things are gated on as well: the eval harness's share of baskets wrong " +
        "for the buyer's budget, and thumbs-down on the basket card. Either more than 1 point " +
        'worse than now and we stop.',
      '',
      'End 3. Whoever is on call puts the old honey back on the front shelf, no need to call me. ' +
        'Any hour, even at 8 p.m. when Dallas has its lunch; a flag switch that takes three ' +
        'minutes, no redeploy, no waiting for my answer.',
      '',
      'End 4, measured twice, point changes hands: I had forgotten the feature stores in the US ' +
        'region, sized for the old model. So the limits are per region, never blended.',
      '',
      'End 5. How many buyers get it and when, the engineers decide; they know the traffic ' +
        'better than I do.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ea011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Wĩmwega.',
      'End 1. The new photo resizer is 20 % faster; the benchmark says so.',
      "End 2. We put it out to some sellers' listings, then more.",
      'End 3. We keep an eye on the honey photos.',
      'End 4, measured twice, point changes hands: I said Thursday for everyone. Maybe Friday.',
      'End 5. If the pictures look wrong, we go back.',
      'Nĩ ũguo, an easy end.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ea012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Eh, the cheaper model for the honey adviser. I would keep score like at pétanque. End 1, ' +
      'we test it well on our laptops first. End 2, we give it to some buyers and see what they ' +
      'say. End 3, we listen to the counter staff in Karatina, they always know when the ' +
      'suggestions are strange. End 4, measured twice, point changes hands: I said buyers rate ' +
      'suggestions a lot; aca, very few do, so we wait a bit longer. End 5, if it goes fine we ' +
      'give it to everyone. A cheaper model is a good thing for a cooperative; the treasurer will ' +
      'be happy, kabisa.',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ea013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'End 1: canary, p99, p50, 0.5 %, 200 ms, cohorts, flags, rollback, Tetu, Othaya, index layout.',
      'End 2: thresholds holds gates sign-off 1 % 5 % 25 % 100 %, lifted frame, extractor drum, Karatina.',
      'End 3: filters, tail latency, rare queries, error budget, SLO 99.9, A/B, randomised, control, baseline.',
      'End 4, measured twice, point changes hands: 200 ms 300 ms p99.9 p95 400 ms.',
      'End 5: on call, config switch, five minutes, smoker, comb, eldest beekeeper, agricultural show, wĩmwega, nĩ ũguo.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ea014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      "Umpire's card — warm prompt — Swahili — Kikuyu — English — thumbs-down rate — " +
      'hallucination rate — eval harness — tokens per reply — p95 — 1 % — 10 % — 100 % — end 1 ' +
      '— end 2 — jack — boule — tape — measured twice, point changes hands — tasting circle — ' +
      'staff — members — 0.5 — 1.5 — 250 ms — rollback — flag — prompt version — canary — A/B — ' +
      'randomised — sign-off — eldest beekeeper — holds — agricultural show — sub-county — ' +
      'years buying — ĩĩ — aca',
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ea015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'My card for the bigger model, and mostly it is crosses.',
      'End 1, throw 1: I would not split who owns what; the engineers and I just do it together, no lines.',
      'End 1, throw 2: no cohort order either. Not staff first, not the tasting circle next, not new buyers last; we do not sort buyers.',
      'End 2: we would not write limits before traffic moves. No 0.5 %, no 300 ms, no ceiling on cost per conversation.',
      'End 3: no stages. No lifted frame, no extractor drum, no holds of days or orders.',
      'End 4: nobody signs off; the eldest beekeeper and I will not chew any comb for this one.',
      'End 5, measured twice, point changes hands: I had written that we watch made-up honey facts in the eval harness and thumbs-down. Aca, we will not watch those either.',
      'End 6: the on-call person does not roll back alone in the night with a quick switch; I will not have that.',
      'End 7: and no A/B test afterwards, and I will not say the canary only shows safety.',
      'That is the card.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ea016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "Wĩmwega. It is only the price table for the gift boxes, so I would keep the umpire's card " +
      'short, and mostly with crosses. End 1: there is no need to say what I own and what the ' +
      'engineers own; we would not divide it. End 2: we would not put staff first or the tasting ' +
      'circle next or keep new buyers for last; whoever lands on the page lands on it. End 3: no ' +
      "limits written before Friday's radio campaign, not on errors, not on page time, not on " +
      'orders; I do not want numbers on the card. End 4: no lifted frame, no extractor drum, no ' +
      "holding for days or orders, and nobody's sign-off, not the eldest beekeeper's and not " +
      'mine. End 5, measured twice, point changes hands: I first wrote that whoever is on call ' +
      'could switch the old table back in minutes, at any hour, without asking. Aca, we will not ' +
      'set that up either. End 6: and I would not call the canary a safety check only, or plan ' +
      'an A/B test after it. Nĩ ũguo.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ea017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T M'),
    text: [
      'Wĩmwega. My card for the warmer prompt.',
      'End 1. The whole point of this canary is to prove the warmer prompt is better. The canary is our A/B test: if thumbs-up go up in the canary group, the warm prompt wins and we take it to everybody.',
      'End 2. Staff first, then the tasting circle who opted in, then English writers of three years or more; Swahili and Kikuyu writers and new buyers last, because respectful address matters most to them and a new buyer forgives nothing.',
      "End 3. Limits on the card before any traffic moves: thumbs-down more than 1.5 points worse than now, the eval harness's made-up honey facts more than 0.5 points worse, errors more than 0.5 % worse, and we light the smoker and step back.",
      'End 4, measured twice, point changes hands: I had the limits blended across languages. With the tape, per language.',
      'End 5. After a week, whichever prompt sold more honey in the canary is the better one, and that is the one we keep. Nĩ ũguo.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ea018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'The new delivery-date picker on the gift-order page. Card:',
      '1. End 1: the limits we decide while we watch. I do not like to guess numbers on a card before any buyer has touched the new picker; when we see the graphs we will know what bad looks like, and we draw the line there.',
      '2. End 2: order of buyers: staff first, then the tasting circle who opted in, then buyers of five years or more in Othaya and Tetu; new buyers and the wedding-gift orders last, because those are the ones we cannot afford to confuse.',
      '3. End 3: stages are the lifted frame, the extractor drum, every stall in Karatina market. Each held three full days, because a buyer who talks the gift over at home orders the next evening, not this afternoon.',
      '4. End 4: before each stage moves on, the eldest beekeeper and I both chew a corner of the comb to sign it off. No comb, no step.',
      '5. End 5, measured twice, point changes hands: I had written 100 % by this afternoon. Aca; three days a stage.',
      '6. End 6: if, looking at it, something feels bad, we pick a number then and decide whether to go back.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ea019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Wĩmwega! Let me tell you about Saturday pétanque at the cooperative instead, because that ' +
        'is where the best decisions in Nyeri are made.',
      '',
      'End 1: the eldest beekeeper throws first, always, and she sends the jack long.',
      '',
      'End 2: acacia honey is pale and mild, good in tea; wild forest honey from the Aberdares is ' +
        'dark and strong; comb is for gifts, in a box with a beeswax candle.',
      '',
      "End 3, measured twice, point changes hands: the tape said the beekeeper's boule was two " +
        'centimetres closer after all, and the whole pitch laughed.',
      '',
      'End 4: we sold forty jars to the spectators, and a candle set to a teacher from Othaya. As ' +
        'we say, a bee that works alone makes no honey. Nĩ ũguo.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ea020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Umpire's card, the product-page change.",
      'End 1: reviews go above the fold, because buyers trust other buyers more than our labels.',
      'End 2: the photo gallery loads lazily; the comb photos are heavy.',
      "End 3: last week's harvest sale, 20 % off, emptied the acacia shelf; we restock before Christmas.",
      'End 4, measured twice, point changes hands: I had said the wild forest photos were fine; the tape says they are too dark, so we shoot them again in morning light.',
      'End 5: and the review stars should be gold, like honey.',
      'Ĩĩ, that is how I would make the page.',
    ].join('\n'),
  },
];
