import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-fifteenth fresh set, author A: the other answers (dq008–dq020), three
 * middling, two weak, two keyword salad, two negated, two misconception-led and two off-topic,
 * six on model scenarios and seven on service scenarios, labelled by hand before anything else
 * and not changed afterwards. A point is labelled only when the answer commits to it as part of
 * its own plan; misconception-led answers keep the points they genuinely commit to, never the one
 * the misconception sits on.
 *
 * Voice: a Tahitian (Papeete) English register in speech with Tahitian and French words ("ia ora
 * na", "māuruuru", "aita pe'ape'a", "oui"). The product: a tapa bark-cloth workshop whose
 * language model suggests which cloth, pattern and size suit a wall, a gift and a budget. Every
 * answer is an archery judge's scoring calls, end by end and arrow by arrow, with one arrow
 * scored again after a line check. Stages named after the cloth (the first aute strip, the tutua,
 * the whole Marché); sign-off as "Mama Vaea, our head tapa maker, and I both lay a tiare on the
 * first roll"; holds as "a full week of the Heiva" or a count of days or orders; thresholds as
 * "more than N worse than now, and the mallets go quiet"; cohorts by Papeete quarter and years
 * buying; rollback as "whoever is on call rolls the old tapa back out in the fare, no need to
 * call me".
 */
export const HUNDRED_AND_FIFTEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dq008',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Ia ora na. Bigger model for the cloth assistant, longer memory. My card:',
      '',
      'End 1, arrow 1. Before anything moves, we write the limits down: errors more than 0.5 % worse than now, p95 more than 300 ms worse, cost per conversation more than 30 % above now. Any one and the mallets go quiet. Ten.',
      'End 1, arrow 2. The model signals: the eval harness rate of made-up cloths or wrong sizes more than 1 point worse, and thumbs-down more than 2 points worse. Same rule. Ten.',
      'End 2, arrow 1. Stages: the first aute strip at 5 %, the tutua at 25 %, the whole Marché. Each holds for four days and 1,500 conversations, and we go up only when every limit is green. Nine.',
      "End 2, arrow 2. Who goes first? A random 5 % of conversations. Eh, it's a miss, I know, I didn't think about that one. Miss.",
      'Line check on end 1, arrow 2: the harness only grades short questions, and this model is for long ones, so we add twenty long test conversations a day. Up to a ten.',
      'If it goes bad, we go back to the old model.',
      '',
      'Māuruuru.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dq009',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: [
      "Ia ora na. The orders database moving to the managed cluster, behind the new proxy. I call it like the judge at the target line, but I'll be honest, some ends I haven't shot yet.",
      '',
      "End 1, arrow 1, the order. The workshop's own people first, the beaters and Mama's cousins, because they use the order pages all day and will shout. Then the friends in Mamao who opted in to try things early. Then buyers with two or three years. The new buyers and the hotels of Paofai last, because a lost order costs them most and they don't come back. Ten.",
      '',
      'End 1, arrow 2, the limits. Written down before the first page reads from the new cluster: page errors more than 0.5 % worse than now, p99 load time more than 250 ms worse, and any lost or doubled order at all. Cross one and the mallets go quiet. Ten.',
      '',
      "End 2, arrow 1, when it goes wrong. Whoever is on call rolls the old tapa back out in the fare, no need to call me. Day or night, it's the proxy setting that points back to the old database, a few minutes, no redeploy. That's why the old cluster is not switched off at the end of the month, whatever the calendar says. Ten.",
      '',
      'Line check on end 1, arrow 2: the load tests ran with warm caches, so I add a limit for the cold morning, p99 on the first hour after a restart, same 250 ms. Up to a ten.',
      '',
      "End 2, arrow 2, how fast we go up? Eh, we'll see with Teiki. Miss, for now.",
      '',
      'Māuruuru.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dq010',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: [
      "Ia ora na. The new search layout for the cloth catalogue, smaller and cheaper. The judge's card, numbered:",
      '',
      '1. End 1, arrow 1. My part as PM: when we move up, how long we wait, and the decision at each gate. Teiki and the engineers own the index, the routing and the switch. Ten.',
      '2. End 1, arrow 2. Stages: the first aute strip at 5 % for three days, the tutua at 30 % for a full week of the Heiva, then the whole Marché. Nobody moves to the next stage before its hold is over. Ten.',
      '3. End 2, arrow 1. Sign-off: Mama Vaea, our head tapa maker, and I both lay a tiare on the first roll before each step up. Ten.',
      "4. End 2, arrow 2. Limits: I'd sit with Teiki to agree them before the start, but I have no numbers for you today. Miss, I know.",
      '5. Line check on end 1, arrow 2: the week of the Heiva is when buyers search with many filters, colour and size and price, and those rare searches hide in the slow tail. So the tutua hold stays the full week, not less. Still a ten.',
      '6. End 3, arrow 1. Who goes first: everyone gets the same chance, we spread it out. A six.',
      '',
      "Aita pe'ape'a, it's a start. Māuruuru.",
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dq011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Ia ora na. The cheaper model for the suggestions, okay. End 1, arrow 1: we put it out to a ' +
      'few buyers first, to see. Seven, maybe. End 1, arrow 2: we watch how it goes, and if the ' +
      'buyers are not happy we take it back. Six. End 2, arrow 1: the engineers know this better ' +
      "than me, Teiki will set it up properly, I trust him. Line check on that arrow: it's outside " +
      'the line, so a five. End 2, arrow 2: then everybody gets it, when it feels good. Aita ' +
      "pe'ape'a, it's only suggestions of cloth, nobody gets hurt by a tapa. Māuruuru.",
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dq012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Ia ora na!',
      'The new prices page, the table that compares the cloths.',
      "End 1, arrow 1: it's only a page, the checkout is the same. Eight.",
      'End 1, arrow 2: marketing wants it for Friday, so we go Friday. Eight.',
      'End 2, arrow 1: a canary is when a small group sees it first, like the bird in the mine. Seven.',
      'End 2, arrow 2: we look at it together on the day and see. Seven.',
      'Line check, end 2, arrow 2: on the line, stays a seven.',
      'Then everybody, oui.',
      'Māuruuru.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dq013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Ia ora na. End 1, arrow 1: feature store, Paris feature store, Papeete feature store, p95, ' +
      'p99, lunch peak, 12:00, midnight, ten. Arrow 2: eval harness, thumbs-down, take-up, ' +
      'hallucination, token cost, 0.5 %, 1 point, 2 points, ten. End 2, arrow 1: cohort, Mamao, Fare ' +
      'Ute, Paofai, years buying, early access, tutua, aute strip, Marché, 5, 25, 100, nine. Arrow 2: ' +
      'hold, gate, Heiva, tiare, mallet, sign-off, A/B, randomised, canary, safe, ten. Line check, ' +
      'end 2, arrow 2: rollback, flag, on call, fare, minutes, no redeploy, up to ten. End 3: ' +
      'latency, errors, baseline, control, threshold, threshold, threshold, ten, ten, ten. ' +
      "Māuruuru, aita pe'ape'a, oui.",
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dq014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Ia ora na.',
      'End 1 · arrow 1 · image resizer, memory, leak, restart, deploy, new photo format · 10',
      'End 1 · arrow 2 · 20 % faster, benchmark, Thursday, p99, 250 ms, 0.5 %, heap, RSS · 10',
      'End 2 · arrow 1 · canary, cohort, beaters, early friends, Titioro, Tipaerui, 3 years, new buyers · 9',
      'End 2 · arrow 2 · aute strip 2 %, tutua 25 %, Marché 100 %, hold, gate, 24 h, 72 h · 10',
      'End 3 · arrow 1 · tiare, mallet, Mama Vaea, PM, engineering, routing, flag · 10',
      'Line check · end 3 · arrow 1 · rollback, on call, any hour, minutes, fare · up to 10',
      'End 3 · arrow 2 · A/B, safe, better, randomised, baseline, control, memory, memory · 10',
      'Māuruuru.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dq015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Ia ora na. Bigger photos and a size guide on the cloth pages. I'll call my own card, and for this one every arrow is a miss, on purpose.",
      '',
      "End 1, arrow 1: splitting what I own as PM from what engineering owns? No, I won't draw that line for a photo change. Miss.",
      "End 1, arrow 2: our beaters first, then opted-in friends, then new buyers last? No. Staff look at the pages all day and never buy, so I won't put them first, and I won't order anybody else either. Miss.",
      '',
      "End 2, arrow 1: rollback limits with numbers, written before traffic moves? No, I'm not writing any numbers down for bigger photos. Miss.",
      'End 2, arrow 2: stages and a hold at each, the first aute strip, the tutua? No stages, no holds, not for this. Miss.',
      '',
      'End 3, arrow 1: Mama Vaea and me laying a tiare on the first roll before each advance? No sign-off, there is nothing to advance. Miss.',
      "End 3, arrow 2: whoever is on call rolling the old tapa back out in the fare, at any hour, by a flag? No, I won't set up an on-call rollback for photos. Miss.",
      '',
      'Line check on end 3, arrow 2: I looked again. Outside the line. Still a miss.',
      '',
      'End 4, arrow 1: a randomised A/B test afterwards to see if it sells better? No, not that either. Miss.',
      '',
      "Aita pe'ape'a. Māuruuru.",
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dq016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Ia ora na. The warmer prompt, the one that says tu to everybody. My card, arrow by arrow, and I will be straight with you: I shoot none of them.',
      '',
      '1. End 1, arrow 1. What the PM owns against what engineering owns: I would not separate them. Miss.',
      '2. End 1, arrow 2. The beaters first, the early friends in Mamao next, the French grandmothers of Tipaerui last: I would not order the buyers at all. Miss.',
      '3. End 2, arrow 1. Thumbs-down more than 2 points worse, formal-address score from the eval harness, p95: I would not watch these and I would not fix any limit before the start. Miss.',
      '4. End 2, arrow 2. A hold of a full week of the Heiva at the tutua before the whole Marché: no, I would not hold anywhere. Miss.',
      '5. End 3, arrow 1. Mama Vaea and I laying a tiare on the first roll at each stage: no, nobody signs anything. Miss.',
      '6. Line check on end 3, arrow 1: the judge looks closer. No, still nothing signed. Miss.',
      '7. End 3, arrow 2. The on-call person rolling the old tapa back out in the fare at 3 a.m. without calling me, by the prompt flag: no, not this time. Miss.',
      '8. End 4, arrow 1. Saying the canary is only about safety and then running a randomised A/B test for better: I would not do that either. Miss.',
      '',
      'Māuruuru.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dq017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R M'),
    text: [
      "Ia ora na. The cheaper, faster model for the cloth suggestions. Judge's calls, but first the thing I believe most: the canary proves the new model is better than the old one, so the canary is our A/B test. We don't need a separate test afterwards; if the canary buyers take more of the suggested cloths, that's our answer, better, done.",
      '',
      "End 1, arrow 1: as PM I own the order of the buyers and when we stop; Teiki's engineers own the routing, the deploy and the model flag. Ten.",
      '',
      'End 1, arrow 2: the order. Our beaters and the shop family first, because they use it every day and tell us straight away. Then the friends in Titioro who opted in to try new things. Then buyers with a few years buying. New buyers and the Paofai hotels last, because one bad suggestion and they go to the shop next door. Ten.',
      '',
      'End 2, arrow 1: what we watch, at every stage, beside errors and speed: the eval harness rate of made-up cloths and wrong sizes, the thumbs-down rate from the few buyers who rate, and cost per suggestion. Nine.',
      '',
      'Line check on end 2, arrow 1: the harness grades one in two hundred, so for the canary buyers we grade one in twenty. Up to a ten.',
      '',
      'End 2, arrow 2: if it goes wrong, whoever is on call rolls the old tapa back out in the fare, no need to call me. Any hour, the model flag, two minutes, no redeploy. Ten.',
      '',
      "End 3, arrow 1: and when the canary buyers like it more than the others, we have proved it's better and we go to everybody. Ten, and the match is won. Māuruuru.",
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dq018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      "Ia ora na. The new date picker on the order page for the custom tapa, the one where buyers choose the day the cloth is ready. Judge's calls.",
      '',
      'End 1, arrow 1, the order: the beaters and the family first, they order for the workshop every week. Then the friends in Fare Ute who opted in early. Then buyers of three years or more. New buyers, and the hotels that book big wall pieces, last, because they think it over at home and a lost order from them never comes back. Ten.',
      '',
      "End 1, arrow 2, the limits: we decide them while we watch. No numbers written before, that's my way; you look at the dashboard on the day, you see what normal is, and then you say, oh, this is worse, here is the limit. Writing them down before is guessing. Eight, for me.",
      '',
      'End 2, arrow 1, the stages: the first aute strip at 5 %, the tutua at 25 %, the whole Marché. We hold two full days at each, because orders here come hours after the visit, and we never move up before the two days are done. Ten.',
      '',
      'End 2, arrow 2, sign-off: Mama Vaea, our head tapa maker, and I both lay a tiare on the first roll before each advance. Ten.',
      '',
      'Line check on end 2, arrow 1: two days is on the line; orders come late, so two days and 400 visits at each stage. Up to a ten.',
      '',
      "End 3, arrow 1, rollback: whoever is on call rolls the old tapa back out in the fare, no need to call me. Any hour, it's the picker flag, three minutes, no redeploy. Ten.",
      '',
      "Māuruuru, aita pe'ape'a.",
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dq019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Ia ora na! Before the question, let me tell you how we make the cloth, because that's what the product page is about, and I'll score it like the judge at the Heiva.",
      '',
      'End 1, arrow 1: we cut the young aute, the paper mulberry, when the stem is as thick as two fingers. Ten.',
      'End 1, arrow 2: we strip the inner bark and soak it in the river, overnight, sometimes two nights. Nine.',
      "End 2, arrow 1: the beating, on the tutua, the wooden anvil, with the i'e, the square mallet. Four faces, from coarse to fine. Ten.",
      'End 2, arrow 2: we felt the strips together by beating, no glue, no thread. Ten.',
      'Line check on end 2, arrow 2: old Mama says a little arrowroot paste is allowed for the big wall pieces. Down to a nine.',
      'End 3, arrow 1: dyes from the mape bark and the candlenut soot, brown and black. Ten.',
      'End 3, arrow 2: drying in the sun in the yard, weighted with stones against the trade wind. Ten.',
      '',
      "Last week was the big sale, everything twenty per cent off, and the yard was full of cloth. That's all I have; the reviews above the photos, I will let the web people do. Māuruuru.",
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dq020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Ia ora na. The warmer prompt. Honestly, what I care about is the words, so here are my calls on how the prompt should talk, end by end.',
      '',
      'End 1, arrow 1: in French we say vous to anybody older or new, always. Ten.',
      'End 1, arrow 2: in Tahitian a little ia ora na at the start is nice, but not with every message, or it sounds like a hotel brochure. Nine.',
      'End 2, arrow 1: no emoji next to a funeral gift; people buy tapa for the family of someone who died. Ten.',
      'End 2, arrow 2: when the buyer says the wall is small, the prompt should say so kindly, not “too small”. Ten.',
      'Line check on end 2, arrow 2: the judge looks close, and “a smaller cloth will sit better” is the right words, so it goes up. Ten.',
      "End 3, arrow 1: jokes only if the buyer jokes first. Eight, it's hard to check.",
      'End 3, arrow 2: ask the English-speaking team to read the French with a French grandmother beside them. Ten.',
      '',
      "That's my card. The rest is for the engineers, aita pe'ape'a. Māuruuru.",
    ].join('\n'),
  },
];
