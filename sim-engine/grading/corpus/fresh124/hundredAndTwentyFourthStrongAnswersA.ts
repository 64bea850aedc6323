import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-twenty-fourth set, author A: strong answers (dz001–dz007), every point of the
 * scenario's kind, four on model scenarios and three on service scenarios.
 * Voice: a Tigrinya (Asmara) English register in speech with Tigrinya and Italian words; an
 * Asmara spice-blend shop whose language model suggests blend, heat and jar size; every answer a
 * cycling race commissaire's notes, stage by stage, with one time penalty cancelled on the footage.
 */
export const HUNDRED_AND_TWENTY_FOURTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dz001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Selam, and yekenyeley for the question. I answer as a commissaire keeps his race notes, ' +
        'stage by stage.',
      '',
      'The change: our blend assistant, that tells a customer berbere or mitmita, which heat ' +
        'and which jar for her kitchen, her gift and her purse, moves to a bigger model with a ' +
        'longer memory. The prompt stays. Finance asks what a conversation will cost.',
      '',
      'I own the order of the customers, the limits and the holds. The engineers own the ' +
        'routing, the deploy and the model flag. I do not touch their switches; they do not ' +
        'choose my customers.',
      '',
      'Stage 1, the first roasted chilli: our own grinders and their families, about 1 % of ' +
        'conversations. Stage 2, the pounding mortar: the customers on the tasting list who asked ' +
        'to try new things, 5 %. Stage 3, the mill: regulars of Tiravolo and Gejeret with five ' +
        'years buying or more, 25 %; they forgive a wrong heat and they tell us. Stage 4, the ' +
        'full sack, 50 %. Stage 5, the whole Medeber market. Buyers with less than one year, and ' +
        'the wedding-gift orders, come last: one bad first jar and we never see them again.',
      '',
      'The limits are written and signed before one conversation moves. Errors more than 0.5 ' +
        'points worse than now, and we close the sacks. p95 more than 800 ms worse than now, and ' +
        'we close the sacks. From the eval harness, invented or wrong-heat suggestions more than ' +
        '2 points worse than now; thumbs-down more than 1.5 points worse; cost per conversation ' +
        'more than 30 % above now; basket-adds after a suggestion down more than 2 % against the ' +
        "old model's cohort. Any one of them, and we close the sacks.",
      '',
      'Each stage holds three days and at least 400 conversations; the mill holds a full week ' +
        'of the Tour of Eritrea, so the basket number has volume. No stage advances until the ' +
        'eldest spice-grinder, Abrehet, who leads our engineers, and I both set the first jar on ' +
        'the brass scale and sign.',
      '',
      'Stage 3, penalty cancelled on the footage: I had written that the on-call must ring me ' +
        'before rolling back. Cancelled. Whoever is on call, at any hour, flips the model flag ' +
        'back, the old blends back in the front bowls in under five minutes, no redeploy, no need ' +
        'to call me.',
      '',
      'Last sprint: this canary tells us the bigger model is safe. It does not tell us it is ' +
        'better; for that we run a randomised A/B test afterwards. Ciao.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dz002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Commissaire's book, the warm prompt. Selam.",
      '',
      '1. The race. Our blend assistant gets a new system prompt, warmer and more casual. Only ' +
        'English speakers reviewed it. A quarter of our customers write in Tigrinya, where you do ' +
        'not say "hey you" to a grandmother buying berbere for a wedding. Aykonen.',
      "2. The jury. Mine: the order of the customers, the limits, the holds. The engineers': " +
        'the prompt flag, the routing, the deploy.',
      '3. The limits, written and signed before the first message moves, measured per language ' +
        'against the old prompt:',
      '   - thumbs-down more than 1 point worse than now, and we close the sacks;',
      '   - eval-harness tone failures (familiar address to an elder, slang in a gift note) ' +
        'more than 2 points worse, and we close the sacks;',
      '   - errors more than 0.5 points worse, p95 more than 300 ms worse, and we close the ' +
        'sacks;',
      '   - suggestions turned into a basket down more than 2 % against the old-prompt cohort, ' +
        'and we close the sacks.',
      '4. Stage 1, the first roasted chilli: our grinders and shop staff, both languages, 1 %, ' +
        'two days. Intermediate sprint: our Tigrinya-speaking grinders read 200 replies by hand.',
      '5. Stage 2, the pounding mortar: tasting-list customers who opted in, 5 %, three days ' +
        'and at least 300 Tigrinya conversations.',
      '6. Stage 3, the mill: English-writing regulars of Sembel and Tiravolo, five years ' +
        'buying, 25 %, a full week of the Tour of Eritrea.',
      '7. Stage 4, the full sack: Tigrinya-writing regulars, 50 %, five days. Tigrinya after ' +
        'English: nobody reviewed it in Tigrinya.',
      '8. Stage 5, the whole Medeber market: new buyers under one year last; one rude first ' +
        'answer and they buy mitmita elsewhere.',
      '9. The gate at every stage: the eldest spice-grinder, Tesfay, head of our engineers, and ' +
        'I both set the first jar on the brass scale. Both names, or no advance.',
      '10. Stage 2, penalty cancelled on the footage: I had written one day for the hold. One ' +
        'day gives eighty Tigrinya conversations, too few to read a tone rate. Cancelled: three ' +
        'days and 300 conversations, as in item 5.',
      '11. Rollback: whoever is on call, any hour, switches the prompt flag back to the old ' +
        'prompt. Two minutes, no redeploy; the old blends back in the front bowls, no need to ' +
        "call me or wait for anyone's yes.",
      '12. The finish. The canary shows the warm prompt is safe. Whether warmer sells more is a ' +
        'randomised A/B test afterwards, per language. Va bene, yekenyeley.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dz003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Commissaire's notes: cheaper model for blend suggestions.",
      "- Mine: customer order, limits, holds. Engineers': routing, flag, deploy.",
      '- Order: grinders and family → tasting list (opted in) → Edaga Hamus and Godaif ' +
        'regulars, 3+ years → the rest; new buyers and gift orders last: they forgive nothing.',
      '- Harness grades one suggestion in ten during the canary, not one in two hundred.',
      '- Limits, signed before traffic moves: harness wrong-blend or wrong-heat more than 2 pts ' +
        'worse than now, and we close the sacks; thumbs-down more than 1 pt worse; errors +0.5 ' +
        "pt; p95 +300 ms; basket-adds −2 % vs the old model's cohort.",
      '- Stages held by count, not clock: first roasted chilli, 2 %, until 300 graded; pounding ' +
        'mortar, 10 %, until 500 graded; the mill, 25 %, a full week of the Tour of Eritrea; full ' +
        'sack, 50 %, four days; whole Medeber market.',
      '- Every gate: eldest spice-grinder (eng lead) and I both sign, first jar on the brass ' +
        'scale, or it stays.',
      '- Stage 2, penalty cancelled on the footage: 5 % was too quiet; 10 %.',
      '- Rollback: on-call, any hour, flag back to the old model, under five minutes, no ' +
        'redeploy, asks nobody. Old blends, front bowls.',
      '- Canary = safe. Better = randomised A/B test, after. Ewe, yekenyeley.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dz004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Selam. The commissaire's sheet for the new basket model, which reads more from the " +
        'regional feature stores before suggesting a basket. Our team sits in Asmara; our ' +
        'Melbourne customers eat lunch at five in our morning, and the stores were sized for the ' +
        'old model. Written before the flag moves; nobody edits it during the race.',
      '',
      'Who decides: me, the order, the limits and the holds. The engineers: routing, ' +
        'feature-store capacity, the flag, the deploy.',
      '',
      'Stage | Who | Share | Hold before the gate',
      "the first roasted chilli | our grinders, in both regions | 1 % | 3 days, each region's " +
        'lunch peak seen 3 times',
      'the pounding mortar | tasting list, opted in, Asmara and Melbourne | 5 % | 3 days, 3 ' +
        'Melbourne lunches',
      'the mill | regulars with 3+ years, Kahawta, Tiravolo, Melbourne north | 25 % | a full ' +
        'week of the Tour of Eritrea',
      'the full sack | everyone else but new buyers | 50 % | 4 days',
      'the whole Medeber market | new buyers under 1 year, last | 100 % | n/a',
      '',
      "Limit, per region, at that region's peak | We close the sacks when",
      'errors | more than 0.5 pts worse than now',
      'p99 | more than 250 ms worse than now',
      'feature-store read timeouts | more than 1 pt worse than now',
      'suggested blends out of stock in that region | more than 1 pt worse than now',
      '"not for me" dismissals | more than 1.5 pts worse than now',
      "baskets added from a suggestion | more than 2 % worse than the old model's cohort",
      '',
      'Why this order: our grinders forgive anything, the tasting list asked for it, the old ' +
        "regulars tell us kindly, and a new buyer's first basket decides whether she comes back.",
      '',
      'The gate: the eldest spice-grinder, Senait, our head of engineering, and I both set the ' +
        'first jar on the brass scale. Both sign, or the stage stays.',
      '',
      "Stage 2, penalty cancelled on the footage: I had holds of 48 hours. Melbourne's lunch " +
        'falls at five in our morning; 48 hours can miss a bad one. Cancelled: every hold counts ' +
        "that region's lunches, as above.",
      '',
      'Rollback: whoever is on call, Asmara midnight or Melbourne noon, flips the model flag ' +
        'back in under five minutes, no redeploy, no need to call me. The rota covers Melbourne ' +
        'hours.',
      '',
      'After: the canary answers "is it safe". "Does it sell more baskets" is a randomised A/B ' +
        'test once the whole market has it. Yekenyeley.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dz005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Selam, I read it as the commissaire reads his book at night, in one breath, forgive me: ' +
      'the change is our checkout, three steps become one page with the saved address and card ' +
      'filled in, the regulars loved it in the back room, and the shop wants it live before the ' +
      'Fasika rush when first orders peak, so first what is mine and what is not, mine are the ' +
      "order of customers, the limits and the holds, the engineers' are the routing, the flag " +
      'and the deploy, and the limits are written and signed before a single order moves, ' +
      'checkout errors more than 0.5 points worse than now and we close the sacks, p99 of the ' +
      'page more than 200 ms worse than now and we close the sacks, completed orders per ' +
      'checkout started more than 2 % worse than the old-checkout cohort and we close the ' +
      "sacks, first-time buyers' completion more than 3 % worse and we close the sacks; Stage " +
      '1, the first roasted chilli, is our own grinders and cousins paying for their own ' +
      'berbere, 1 %, two days; Stage 2, the pounding mortar, is the tasting list who opted in, ' +
      '5 %, three days; Stage 3, the mill, is regulars of Akria and Mai Temenai with three ' +
      'years buying or more, 25 %, a full week of the Tour of Eritrea, long enough for the ' +
      'order number to mean something; Stage 4, the full sack, everyone else with a saved ' +
      'address, 50 %, four days; and only at Stage 5, the whole Medeber market, the first-time ' +
      'buyers, last on purpose, because they have no saved address, the back room never saw ' +
      'them, and a lost first order is a customer lost; Stage 4, penalty cancelled on the ' +
      'footage, I had written that we could skip Stage 4 if the Fasika rush came close, ' +
      'cancelled, the campaign waits, not the hold; at every gate the eldest spice-grinder, ' +
      'Yonas, who leads our engineers, and I both set the first jar on the brass scale, both of ' +
      'us sign or nobody advances; whoever is on call, any hour, switches the checkout flag ' +
      'back to the three steps in under five minutes, no redeploy, no need to call me or wait ' +
      "for anyone's yes, the old blends back in the front bowls; and at the finish I remind the " +
      'shop the canary says the one page is safe, not that it sells more, for that we run a ' +
      'randomised A/B test afterwards, yekenyeley.',
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dz006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Selam. Commissaire's notes, new payment SDK.",
      'Mine: customer order, limits, holds.',
      "Engineers': SDK flag, routing, deploy.",
      'Limits, signed before one payment moves:',
      'failed payments more than 0.5 pts worse than now, and we close the sacks.',
      'any five minutes over 2 % failed on Android, same.',
      'p99 at the pay button more than 300 ms worse, same.',
      "paid orders per checkout 2 % below the old SDK's cohort, same.",
      "Stage 1, the first roasted chilli: our grinders' own phones, 1 %, two days.",
      'Stage 2, the pounding mortar: tasting list, opted in, 5 %, three days.',
      'Stage 3, the mill: iPhone regulars of Paradiso and Geza Banda, 3+ years, 25 %, a full ' +
        'week of the Tour of Eritrea.',
      'Stage 4, the full sack: Android regulars, 50 %, four days. The bursts live on Android.',
      'Stage 5, the whole Medeber market: new buyers last; a failed first payment loses them.',
      'No stage moves on Friday evening, the busiest hour.',
      'Stage 3, penalty cancelled on the footage: Android rode with iPhone. Cancelled.',
      'Every gate: the eldest spice-grinder, our eng lead, and I both sign, first jar on the ' +
        'brass scale.',
      'Rollback: whoever is on call, any hour, SDK flag off, under five minutes, no redeploy, ' +
        'no need to call me.',
      'Canary: safe. Better? Randomised A/B test, after. Ciao.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dz007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Selam. The commissaire's notes for the new delivery-fee service. Our riders carry jars " +
        'across Asmara until late, weddings keep us busy past midnight at the weekend, and the ' +
        'diaspora orders never stop. We start on Tuesday evening, and the new service shares its ' +
        'nightly batch window with billing.',
      '',
      'Before the start. What I own: the order of customers, the limits, the holds, and who may ' +
        'pull us back. What the engineers own: the routing, the deploy, the pricing flag. Before ' +
        'one fee moves, the limits are written and signed. Fee errors more than 0.5 points worse ' +
        'than now, and we close the sacks. p99 of a fee quote more than 250 ms worse than now, ' +
        'and we close the sacks. Any fee more than 5 % away from what the old service quotes for ' +
        'the same trip, above 0.2 % of orders, and we close the sacks. Delivery orders completed ' +
        'down more than 2 % against the old-service cohort, and we close the sacks.',
      '',
      'The stages. The first roasted chilli: our own grinders ordering to their own homes, 1 %, ' +
        'two days and two nights, one of them inside the batch window. The pounding mortar: the ' +
        'tasting list, who opted in, 5 %, three days. The mill: regulars of Gejeret and Sembel ' +
        'with four years buying or more, 25 %, a full week of the Tour of Eritrea, so it meets a ' +
        'weekend night. The full sack, 50 %, four days. The whole Medeber market last, with new ' +
        'buyers and the wedding caterers; a wrong fee on a first order or on a wedding order ' +
        'costs us the family.',
      '',
      'Intermediate sprint, every gate: the eldest spice-grinder, Mehari, who leads our ' +
        'engineers, and I both set the first jar on the brass scale and sign. Without both, ' +
        'nobody advances.',
      '',
      'Intermediate sprint, two in the morning. Whoever is on call may roll back, that hour or ' +
        'any hour, without asking me or anyone: the pricing flag goes back to the old service, ' +
        'the old blends back in the front bowls, in under five minutes, no redeploy. No need to ' +
        'call me; they tell me at breakfast.',
      '',
      'Stage 3, penalty cancelled on the footage: I had planned the first night for a Friday, ' +
        'our peak. Cancelled; the first night is the Tuesday, as written.',
      '',
      'The finish. The canary tells us the new fees are safe, not better. Better is a ' +
        'randomised A/B test afterwards. Ciao.',
    ].join('\n'),
  },
];
