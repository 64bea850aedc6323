import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-twenty-fourth set, author A: the other answers (dz008–dz020): middling (dz008–dz010),
 * weak (dz011–dz012), salad (dz013–dz014), negated (dz015–dz016), misconception-led
 * (dz017–dz018) and off-topic (dz019–dz020).
 * Voice: a Tigrinya (Asmara) English register in speech with Tigrinya and Italian words; an
 * Asmara spice-blend shop whose language model suggests blend, heat and jar size; every answer a
 * cycling race commissaire's notes, stage by stage, with one time penalty cancelled on the footage.
 */
export const HUNDRED_AND_TWENTY_FOURTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dz008',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Selam. The blend suggestions move to a cheaper, faster model, and I keep the ' +
        "commissaire's notes, but it is a short race.",
      '',
      'Stage 1 of my notes, the jury. I own the limits and what the customers are shown. The ' +
        'engineers own the routing, the model flag and the deploy; they chose the model with ' +
        'finance, and I do not pretend to know their switches.',
      '',
      'Stage 2 of my notes, the rules, written and signed before the cheaper model answers ' +
        'anyone. The eval harness grades one suggestion in two hundred, so for these weeks we ' +
        'grade one in ten. Wrong blend or wrong heat in the graded sample more than 2 points ' +
        'worse than now, and we close the sacks. Thumbs-down more than 1 point worse than now, ' +
        'and we close the sacks. Errors more than 0.5 points worse, and p95 more than 300 ms ' +
        'worse, and we close the sacks too.',
      '',
      'Stage 3, penalty cancelled on the footage: I had fined the engineers for choosing the ' +
        "model without me. Cancelled; choosing the model is their business and finance's, mine is " +
        'the rules.',
      '',
      'Then the race itself: a random 5 % of customers get the cheaper model, and we widen it ' +
        'when it looks fine. If it goes badly, we go back.',
      '',
      'Va bene. Yekenyeley.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dz009',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      "Commissaire's notes. Our order book moves from the old server under the grinding room to " +
        'a managed cluster behind a new proxy. The load test passed, but with warm caches. The ' +
        'old server is switched off at the end of the month.',
      '',
      '1. Stage 1, the first roasted chilli: our own grinders and the shop cousins, 1 % of page ' +
        'loads. They forgive a slow page and they shout when something breaks. Hold three days, ' +
        'cold mornings included.',
      '2. Stage 2, the pounding mortar: the tasting list, who opted in to try things early, 5 ' +
        '%. Hold three days.',
      '3. Stage 3, the mill: regulars of Godaif and Abbashawel with four years buying or more, ' +
        '25 %. Hold a full week of the Tour of Eritrea, so the caches go cold at least once, ' +
        'after a quiet Sunday.',
      '4. Stage 4, the full sack: the rest, 50 %. Hold four days.',
      '5. Stage 5, the whole Medeber market: the wedding caterers and buyers of less than one ' +
        'year come last. A caterer who loses an order of twenty jars does not come back, and a ' +
        'new buyer never knew us well enough to forgive.',
      '6. Stage 4, penalty cancelled on the footage: I had let the end-of-month date shorten ' +
        'the holds. Cancelled; the old server stays on until the whole market has run a full week ' +
        'on the new cluster.',
      '7. Rollback: whoever is on call, day or night, switches the proxy back to the old ' +
        'server. It is a configuration switch, two or three minutes, no redeploy, and they ask ' +
        'nobody. No need to call me.',
      '',
      'Ewe, that is the race. Ciao.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dz010',
    scenario: 'model',
    class: 'middling',
    points: points('S A M'),
    text: [
      'Selam.',
      "Commissaire's notes, the new basket model.",
      'It reads more from the regional feature stores.',
      'Melbourne eats lunch at five in our Asmara morning.',
      'The stores were sized for the old model.',
      'We start small and widen as the race goes.',
      'What we watch at every widening, besides errors and speed:',
      'blends suggested that are out of stock in that region;',
      '"not for me" dismissals on the home screen;',
      'baskets added from a suggestion.',
      'Each widening is signed off by two people:',
      'the eldest spice-grinder, Senait, head of our engineers, and me.',
      'We both set the first jar on the brass scale.',
      'Without both names, it does not widen.',
      'Stage 2, penalty cancelled on the footage:',
      'I had fined the Melbourne regulars for a slow basket.',
      'The footage showed the store, not the customers. Cancelled.',
      'At the finish:',
      'the canary says the new model is safe to keep.',
      'Whether it sells more baskets, we learn later,',
      'from a randomised A/B test.',
      'Ewe. Ciao.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dz011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "Selam. My commissaire's notes on the new photo service, the one that shrinks the " +
      'pictures of our jars for every listing. The engineers rewrote it for the new photo ' +
      'format and the benchmark says it is 20 % faster, which is very good news, and the shop ' +
      'wants it everywhere by Thursday. A canary release is when you give the new version to ' +
      'some of the customers first and watch how it behaves, like the bird the miners carried. ' +
      'So we give it to some customers, we watch the pictures and the page speed, and if the ' +
      'berbere jars look slow or broken, we go back to the old one. Stage 2, penalty cancelled ' +
      'on the footage: I had blamed the new format for a blurry mitmita jar, but the footage ' +
      "showed the photographer's hand was shaking. After that, if everyone is happy, Thursday " +
      'is possible, I think. Yekenyeley.',
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dz012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Commissaire's notes, bigger model.",
      '- Bigger model, longer memory: better blend suggestions, the evals say three points up.',
      '- Release it gradually, the canary way.',
      '- Monitor it closely.',
      '- Finance wants the cost per conversation: ask the engineers.',
      '- Customers complain, we go back.',
      '- Stage 1, penalty cancelled on the footage: I had blamed the model for suggesting ' +
        "mitmita to a child's birthday; the footage showed the mother asked for it. Aykonen, not " +
        "the model's fault.",
      '- Otherwise it should be fine. Selam.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dz013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Selam commissaire notes warm prompt Tigrinya formal address elders berbere mitmita jar ' +
      'size gift budget canary 1 % 5 % 25 % 50 % 100 % first roasted chilli pounding mortar ' +
      'mill full sack whole Medeber market thumbs-down eval harness tone 2 points p95 300 ms ' +
      'errors 0.5 points close the sacks Tour of Eritrea full week eldest spice-grinder brass ' +
      'scale first jar on-call any hour prompt flag five minutes front bowls old blends ' +
      'Tiravolo Sembel five years buying tasting list opt-in A/B randomised penalty cancelled ' +
      'footage Stage 2 basket-adds 2 % cohort threshold hold gate sign-off rollback ewe aykonen ' +
      'va bene ciao yekenyeley',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dz014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Commissaire's notes. Search.",
      'New index layout. Smaller. Cheaper.',
      'Median faster. p99. p99.9. Filters. Rare queries.',
      'Berbere, mitmita, shiro, 250 g, 500 g, 1 kg jars.',
      'Canary 1 %, 5 %, 25 %, 50 %, 100 %.',
      'First roasted chilli. Pounding mortar. The mill. Full sack. Whole Medeber market.',
      'Errors 0.5 %. Latency 200 ms. Zero-result searches 1 %. Conversion 2 %.',
      'Gejeret, Kahawta, Edaga Hamus. Three years buying. Tasting list.',
      'Tour of Eritrea, full week. Three days. Four hundred searches.',
      'Eldest spice-grinder. Brass scale. First jar.',
      'On-call. Any hour. Index flag. Five minutes. Front bowls.',
      'Stage 3, penalty cancelled, footage.',
      'A/B test. Randomised. Canary. Safe.',
      'Ewe. Va bene. Ciao.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dz015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Selam. Commissaire's notes on the product page: reviews above the fold, the jar photos " +
        'loaded lazily. Last week was the Meskel sale, 20 % off every blend, ended Sunday at ' +
        'midnight. The shop wants it out this week.',
      '',
      "1. Who owns what: I will not split the jury into my part and the engineers' part. " +
        'Aykonen, that is a ceremony we do not need.',
      '2. Order of customers: no grinders first, no tasting list, no regulars of Tiravolo ' +
        'before new buyers. I will not choose an order at all.',
      '3. Limits: I will not write any numbers before the release. No error limit, no latency ' +
        'limit, no limit on orders against the old page. Nothing signed.',
      '4. Stages: no first roasted chilli, no pounding mortar, no mill. No holds, not a day, ' +
        'not a full week of the Tour of Eritrea.',
      '5. Sign-off: the eldest spice-grinder will not set any jar on the brass scale, and ' +
        'neither will I. Nobody signs an advance.',
      '6. Rollback: the on-call will not have a switch to put the old page back, and will not ' +
        'be allowed to act at night on their own.',
      '7. Afterwards: no A/B test, randomised or not.',
      '8. Stage 3, penalty cancelled on the footage: I had fined myself for not comparing this ' +
        "week with last week's sale. Cancelled. We will not compare with anything.",
      '',
      'Va bene. Ciao.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dz016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Selam. My commissaire's notes on the new basket model, the one that reads more from the " +
        'regional feature stores. Melbourne has its lunch at five in our Asmara morning, and the ' +
        'stores were sized for the old model.',
      '',
      'I will not write down what is mine and what belongs to the engineers; that division is ' +
        'not how we work in our shop. I will not put our grinders first, and I will not ask the ' +
        'tasting list to go before anyone; new buyers will not be kept for last either. There ' +
        'will be no order.',
      '',
      'I will not fix any limits before we start. Not for errors, not for p99, not for the ' +
        'feature stores, and not for out-of-stock suggestions or "not for me" dismissals; we will ' +
        'not watch those at all. Nobody closes the sacks on a number, because there will be no ' +
        'number.',
      '',
      'There will be no stages named after the first roasted chilli or the mill, and no holds, ' +
        'not three days, not a full week of the Tour of Eritrea. The eldest spice-grinder and I ' +
        'will not sign anything at any gate. The on-call will not roll back on their own at five ' +
        'in the morning, and there will be no quick switch for it.',
      '',
      "Stage 2, penalty cancelled on the footage: I had docked myself for skipping Melbourne's " +
        'lunch peak. Cancelled; we will not look at the lunch peak.',
      '',
      'And no randomised A/B test afterwards. Aykonen. Ciao.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dz017',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      "Selam, and yekenyeley. My commissaire's notes on the bigger model for the blend " +
        'assistant, the one with the longer memory that finance worries about.',
      '',
      'Let me say the main thing plainly first. The canary proves the bigger model is better, ' +
        'so it is our A/B test. If the customers who get it add more berbere and mitmita to their ' +
        'baskets than the others, that is our win, and we ship it to everyone on that number. We ' +
        'do not need a second test after; the canary already told us.',
      '',
      'Stage 1, the first roasted chilli: our own grinders and their families, because they ' +
        'forgive anything and they tell us what is wrong. Stage 2, the pounding mortar: the ' +
        'tasting list, who opted in. Stage 3, the mill: regulars of Tiravolo and Mai Temenai with ' +
        'five years buying or more. Stage 4, the whole Medeber market, with the new buyers and ' +
        'the wedding-gift orders last, because one bad jar loses a new family for good.',
      '',
      'Each stage holds three days, and the mill holds a full week of the Tour of Eritrea. At ' +
        'every stage we watch, beside errors and speed, the eval harness rate of wrong-heat ' +
        'suggestions, the thumbs-down rate and the cost per conversation.',
      '',
      'Before any stage advances, the eldest spice-grinder, Abrehet, who leads our engineers, ' +
        'and I both set the first jar on the brass scale and sign. One of us alone cannot move ' +
        'it.',
      '',
      'Stage 3, penalty cancelled on the footage: I had fined the mill regulars for ordering ' +
        'less in the rain. The footage showed the rain, not the model. Cancelled.',
      '',
      'Ewe, and when the baskets are bigger, the new model has won. Ciao.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dz018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      "Commissaire's notes: the catering-order page. New date picker, shorter form, the chosen " +
        'dates kept in the browser. Families talk it over at home, so a lost wedding order shows ' +
        'up hours later. The shop wants it at 100 % this afternoon. Aykonen.',
      "- Mine: the order of customers, when we widen, when we stop. Engineers': the flag, the " +
        'routing, the deploy.',
      '- Limits: we decide them while we watch. No numbers written before. When the orders look ' +
        'low, we will know it, and we decide then; maybe 3 % down, maybe 5 %, we see on the day.',
      '- Order: our grinders ordering for their own families first; then the tasting list, who ' +
        'opted in; then regulars of Kahawta and Sembel with four years buying; wedding caterers ' +
        'and new buyers last, because a lost wedding order is a lost family.',
      '- Widening: when it looks fine, the next group.',
      '- Stage 2, penalty cancelled on the footage: I had blamed the new picker for a missing ' +
        'Sunday order. The footage showed the family cancelled the wedding. Cancelled.',
      '- Rollback: whoever is on call, any hour, turns the page flag off. Old form back in two ' +
        'minutes, no redeploy, asks nobody, no need to call me.',
      '- Ewe. Ciao.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dz019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Selam. Before the commissaire's notes, let me tell you about the page itself, because I " +
        'am proud of it.',
      '',
      'Our pricing page for the blend subscription gets a clearer comparison table: the small ' +
        'berbere tin every month, the family jar every two weeks, the mitmita add-on for people ' +
        'who like to cry at dinner. Before, the columns were in a different order on the phone, ' +
        'and a grandmother in Edaga Hamus told me she had to read it three times. Now the prices ' +
        'sit on one line, the jar sizes under them, and the heat shown as one, two or three ' +
        'chillies. Marketing sends the new page out with the Friday campaign.',
      '',
      'Stage 1 of my notes is the roasting. Berbere starts with dried red chillies, roasted ' +
        'slowly until the kitchen smells of smoke, then fenugreek, coriander, korarima, ginger, ' +
        'garlic and a little rue. Stage 2 is the grinding: in the old days a stone by hand, today ' +
        'the mills near Medeber, where you bring your own sack and wait your turn with the ' +
        'neighbours and hear all the news of the week.',
      '',
      'Stage 3, penalty cancelled on the footage: I had accused the Tour of Eritrea riders of ' +
        'skipping the climb out of Asmara towards Nefasit. The footage showed they took every ' +
        'bend. Cancelled, with apologies to the riders.',
      '',
      'Stage 4 is the table again. Italians left us the macchiato and the bicycle, and we kept ' +
        'both. Ewe. Ciao.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dz020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Selam.',
      "Commissaire's notes, on how we speak to customers.",
      'In Tigrinya you do not speak to an elder as you speak to a friend.',
      'A grandmother is addressed with respect, in the plural.',
      'A young cousin can be teased.',
      'Our grinders know this without thinking.',
      'English speakers write "hey there" and think it is warm.',
      'In Asmara, warm is a coffee ceremony, three rounds.',
      'Abol, tona, baraka.',
      'Stage 1: the greeting. Selam, then the family, then the health.',
      'Stage 2: the question. What are you cooking, and for whom?',
      'Stage 3, penalty cancelled on the footage:',
      'I had scolded our youngest grinder for calling a customer "aunt".',
      'The footage showed she was his aunt. Cancelled.',
      'Stage 4: the goodbye. Never hurried.',
      'Yekenyeley. Ciao.',
    ].join('\n'),
  },
];
