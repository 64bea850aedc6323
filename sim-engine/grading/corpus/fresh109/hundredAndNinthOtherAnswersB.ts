import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-ninth fresh set, author B: middling, weak, salad, negated, misconception-led and
 * off-topic answers (dk028–dk040), labelled by hand before any grading.
 * Voice: a Paraguayan (Asunción) English register in speech with Guaraní and Jopara, the PM of a
 * ñandutí lace workshop (the lace helper), every answer a darts referee's calls with one
 * "Correction from the marker".
 */
export const HUNDRED_AND_NINTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'dk028',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      'Game on!',
      'Home-and-garden shop, one-page checkout. Lace habits anyway, nde.',
      '- Sixty. Mine as PM: the order of buyers and the limits. Routing, deploy and flags: engineering.',
      '- One hundred. Order: staff → opted-in early-access buyers by barrio (Sajonia, Recoleta, Villa Morra, Barrio Obrero, Lambaré) → returning buyers by years buying → first-time buyers last, because they are exactly who a new checkout can hurt, and the spring campaign brings the most of them.',
      '- Correction from the marker: buyers with saved cards and guest buyers counted as two cohorts, not one.',
      '- Eighty-five. Limits, written before traffic: checkout errors more than 0.5 % worse than now; first-order conversion more than 2 % worse than now; p99 checkout load more than 200 ms worse than now. Past any of them, we lay the bastidor down.',
      '- Forty-five. Then we roll it out in steps and see how it goes before the campaign.',
      '- If it goes badly, we switch it back.',
      'Game shot.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dk029',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      'Game on!',
      'The lace helper gets the bigger model. Aguyje to the engineers.',
      'Sixty.',
      'We send it to some buyers first, whoever the router picks.',
      'One hundred!',
      'Stages: the first web at 5 %, the wide frame at 25 %, the whole plaza.',
      'Each one holds 2,000 conversations before we widen.',
      'Correction from the marker: the first web holds 3,000 conversations, not 2,000, for the longer chats.',
      'Eighty-five.',
      'At every stage, Rosalía Benítez, our ML lead, and I both pull the first thread tight.',
      'We watch thumbs-down on suggestions, the hallucination rate from the eval harness and the cost per conversation.',
      'If something looks wrong, we talk and decide then.',
      'Game shot.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dk030',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: "Game on! The paper search moves to the new index, smaller, cheaper, and faster in the median, ndaje. Sixty. We put it on a random 5 % of queries, then more when the dashboards look calm. One hundred! Before any query moves we write down the limits: p99 query time more than 250 ms worse than now, p99.9 on queries with three or more filters more than 500 ms worse than now, search errors more than 0.3 % worse than now, searches followed by a download more than 2 % worse than now, and any one of them, we lay the bastidor down. Correction from the marker: the filtered queries we check are replayed from last month's real logs, not from the benchmark set. Eighty-five. At any hour, whoever is on call puts the old patterns back in the drawer, no need to call me and no approval needed: the query router points back at the old index with one config switch, in about two minutes, and the old index stays warm until the end. One hundred and eighty! And no, the canary does not tell us the new index is better for researchers; it tells us it is safe. Better is a randomised A/B test afterwards. Game shot.",
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dk031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: "Game on! Mba'éichapa! Our lace helper moves to a cheaper, faster model, and Ña Mirta the bookkeeper is already dancing a polka. Sixty. We try it on a few buyers first and keep an eye on it. One hundred! The engineers know the routing better than anybody in Paraguay, so they choose how much and when. Correction from the marker: a few buyers, not some buyers. A few. Forty-one. If buyers seem unhappy, we can always go back to the old one. Eighty-five. Cheaper and faster, what could go wrong, che ra'a? Game shot.",
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dk032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "Game on! Mba'éichapa! The video editor's pricing page gets a clearer comparison table, pretty as a ñandutí, I promise you. Sixty. A canary release means a small part of the visitors sees the new page first, and then everybody. One hundred! It is safer than a big bang; every big company does it. Forty-five. Marketing's campaign is on Friday, so we start on Wednesday and we will be at 100 % before the campaign, hopefully. Correction from the marker: Thursday, not Wednesday. Eighty-five. We look at the numbers every day, and if they are bad we fix them. Game shot.",
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dk033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Game on! Sixty. Canary image resizer 20 % faster p99 200 ms memory RSS 1 % 5 % 25 % 100 % cohort Sajonia Recoleta staff sellers rollback flag routing config five minutes. One hundred! Hold gate sign-off thresholds 0.5 % errors heap restart deploy Thursday listing page loads baseline control. Correction from the marker: 1 % 10 % 50 % 100 %. Eighty-five. On call any hour A/B randomised safe better lacemaker thread bastidor San Blas 10,000 page loads p95 p99.9 OOM. One hundred and eighty! Canary cohort hold threshold rollback sign-off. Game shot.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dk034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Game on!',
      'Twenty-six. Lace helper recommendations feature store Tokyo Asunción lunch peak midnight features per request 3× p99 read latency 150 ms.',
      'Sixty! Thumbs-down hallucination eval harness click-through add-to-basket 2 % 0.5 % cost per suggestion.',
      'One hundred! The first web the wide frame the whole plaza 5 % 25 % 100 % staff lacemakers Villa Morra Lambaré opted-in years buying.',
      'Correction from the marker: 3 % 30 % 100 %.',
      'One hundred and forty! Rosalía ML lead sign-off gate hold 3,000 suggestions on call drawer flag two minutes A/B canary.',
      'Game shot.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dk035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Game on! The lace helper gets its warmer, friendlier prompt, and our German-writing buyers in the Chaco colonies get it too.',
      'Sixty. I will not put staff and the lacemakers first, and I will not sort buyers by barrio either: no Sajonia before Lambaré, nothing like that.',
      'One hundred! We do not write limits before traffic. No thumbs-down number, no formality score from the harness, none of that.',
      'Forty-one. No stages: no first web, no wide frame, no hold of any count.',
      'Correction from the marker: not even a week of San Blas. No hold at all.',
      'Eighty-five. Rosalía and I will not sign off anything; nobody pulls a thread.',
      'One hundred and forty! The on-call will not have a switch to put the old prompt back, and I will not say who may use one.',
      'And I will not separate safe from better, nde, or run an A/B test afterwards.',
      'It goes to everybody on Monday. Game shot.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dk036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: "Game on, che ra'a! The fashion shop's product pages get bigger photos and a size guide. Sixty. We will not start with staff, we will not start with opted-in customers either, and we will not keep new or big customers for last: no order at all. One hundred! I refuse to pin numbers down before we start: no 0.5 % on errors, no 200 ms, no conversion against the baseline. Eighty-five. There will be no stages and no holds, not a count of page loads, not a week. Correction from the marker: not a count of orders either. Twenty. No sign-off from me or from the master lacemaker; nobody pulls the first thread. One hundred and eighty! The on-call will not roll anything back at night without asking first, and there is no config switch for it anyway. And I will draw no line between safe and better, and we will not run an A/B test afterwards. Game shot.",
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dk037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T'),
    text: [
      'Game on! Aguyje for asking. Outdoor-gear shop: reviews above the fold, the gallery lazy-loaded.',
      '',
      'Sixty. First and loudest: the canary proves the new page is better, so it is our A/B test. If the canary cohort buys more than everyone else, we have our answer, and leadership gets its lift number this week.',
      '',
      'One hundred! As PM I own the order of customers and the limits; engineering owns the routing and the flags. Order: staff first, then opted-in early-access customers by barrio, Sajonia, Recoleta, Villa Morra, Barrio Obrero, Lambaré, then by years buying, and new customers and our biggest spenders last, because a broken page costs us most with them.',
      '',
      'Correction from the marker: the opted-in group comes from the whole of Europe, not only the barrios. Our buyers are everywhere.',
      '',
      'Eighty-five. Limits, written before traffic: page errors more than 0.5 % worse than now, p99 load more than 200 ms worse than now, add-to-basket more than 2 % worse than now, and we lay the bastidor down.',
      '',
      'One hundred and forty! And the conversion the canary shows over last week, that is the uplift we report upstairs. Game shot.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dk038',
    scenario: 'model',
    class: 'misconception',
    points: points('C R M'),
    text: 'Game on! Jaha, nde. The lace helper moves to the cheaper, faster model. Sixty. Plain as I can say it: we decide the limits while we watch. Nobody knows in advance how many thumbs-down is too many, so Rosalía and I look at the screens and decide when it feels wrong. One hundred! What we watch, every day: the hallucination rate from the eval harness, thumbs-down on suggestions, and suggestions of patterns we do not make. Eighty-five. Order: staff and the lacemakers first, because they know every pattern by heart and say so; then opted-in buyers by barrio, Sajonia, Recoleta, Villa Morra, Barrio Obrero, Lambaré; then by years buying; new buyers and the big trousseau orders last, because those are the ones we cannot lose. Correction from the marker: Lambaré goes in with Barrio Obrero, not after it. One hundred and forty! At any hour, three in the morning included, whoever is on call puts the old patterns back in the drawer, no need to call me: one model flag in the routing config, the old model back in under five minutes, no redeploy, no approval. Forty-one. How fast we widen, we will see from the dashboards. Game shot.',
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dk039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: "Game on! Mba'éichapa, che ra'a! Before the booking page, let me tell you about ñandutí, because nobody ever asks. Sixty. It means spider web in Guaraní, and in Itauguá the women make it thread by thread, sun wheels, every one different. One hundred! My grandmother made a tablecloth that took eleven months; the priest wanted it for the altar and she said no, it was for my mother's wedding. Eighty-five. The date picker, honestly, I would paint it in ñandutí colours, red, yellow and green; guests would book a house just to look at it. Correction from the marker: red, yellow and sky blue. My grandmother would correct me too. One hundred and forty! And the shorter form, aguyje to the designers: everything short is beautiful, except lace. One hundred and eighty! That is my answer, with all my heart. Game shot.",
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dk040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Game on!',
      'Let me tell you about Tuesday darts night at the taller, because that is where I learned to run anything.',
      'Sixty. The lacemakers play the dyers, and the losers buy chipa for the whole street.',
      'One hundred! Doña Ramona has never once missed double sixteen in thirty years, I swear on San Blas.',
      'Eighty-five. The bigger model for the lace helper? The engineers chose it, it writes beautifully, it even knows Guaraní proverbs now.',
      'Correction from the marker: Doña Ramona missed double sixteen once, in 2009, the night of the storm.',
      'One hundred and forty! Finance asks what it costs per conversation, and I say: less than the chipa.',
      'One hundred and eighty! That is what I have. Game shot.',
    ].join('\n'),
  },
];
