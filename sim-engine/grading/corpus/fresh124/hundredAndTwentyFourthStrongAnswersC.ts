import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-fourth fresh held-out set, author C: strong answers (dz041–dz047),
 * every point of the scenario's kind (model answers also model-metrics).
 *
 * Voice (author C): a Pashto (Peshawar) English register in speech with Pashto and Urdu words
 * (hospitable, loud, teasing; "salaam", "manana", "ho", "na", "sha", "yara"), the PM of a
 * Peshawari chappal workshop whose language model suggests which chappal, sole and size suit a
 * wearer, a gift and a budget. Every answer is a tent-pegging judge's card, run by run and rider by
 * rider, with one carried peg ruled a drop on the recording. Stages: the first tyre sole, the
 * hammering bench, all of Qissa Khwani; sign-off by Ustad Sher Afzal, the eldest chappal-maker,
 * and the PM, both bending the first tyre sole; thresholds end "we tip the nails back in the tin";
 * rollback: whoever has the duty slides the old chappals back onto the front display, no ringing
 * the PM first. Labels were set by hand before each answer was written and are final.
 */
export const HUNDRED_AND_TWENTY_FOURTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dz041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Salaam, salaam, sit, the kehwa is coming. My judge's card for the bigger model in our chappal assistant, the one that tells a customer which chappal, sole and size, for his own feet or his son-in-law's wedding.",
      '',
      "Run 1, rider Gul Zaman: ownership. Clean carry. I own the order of customers, the rollback limits and how long we hold at each stage. Bilal's engineers own the routing, the deploy and the flag; I don't touch his switches, he doesn't choose my mohallas.",
      '',
      "Run 2, rider Shah Wali: who goes first. Carry. First our own karigars and their families, because they will shout at once if the assistant talks nonsense. Next the customers who wrote their names in the shop's try-new-things register, from University Town; they asked for it. Then ordinary buyers from Saddar and Gulbahar. Last, the Andar Shehr families buying from us fifteen years or more, and anyone placing a first order, because one wrong size for a wedding party and we lose them for good.",
      '',
      'Run 3, rider Noor Alam: limits, written down before one conversation moves. Carry. Wrong-answer rate from the eval harness more than 2 points worse than today, thumbs-down more than 3 points above the old model, p95 reply time more than 800 ms slower, or cost per conversation above 9 rupees. Any one of them, and we tip the nails back in the tin. Errors alone never show a confident wrong size.',
      '',
      'Run 4, carry ruled a drop on the recording: I had written "a few days" at the hammering bench, and a few days is no hold. Corrected: the first tyre sole is 2 % of conversations for four days; the hammering bench is 20 % for a full week of Jashn-e-Baharan; then all of Qissa Khwani. No move until every limit stays green for the whole hold.',
      '',
      'Run 5, rider Sher Afzal: sign-off. Carry. Before each advance Ustad Sher Afzal, our eldest chappal-maker, and I both bend the first tyre sole in our hands: both of us sign off, or it waits.',
      '',
      'Run 6, rider Daud: rollback. Carry. Whoever has the duty that hour, two in the night included, slides the old chappals back onto the front display: one routing flag, back in under five minutes, no redeploy, and no ringing me first.',
      '',
      "Run 7, rider Yar Muhammad: what the canary can't tell. Carry. This only tells us the bigger model is safe. Whether it sells more we learn afterwards from a randomised A/B test, ho. Manana!",
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dz042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Judge's card: the warmer prompt. Salaam, a short one.",
      'Run 1 · Bilal · carry. PM (me): customer order, limits, holds. Engineering (Bilal): routing, deploy, prompt flag.',
      'Run 2 · Gul · carry. Order: karigars → try-new-things register → Saddar and Gulbahar buyers → Urdu and Pashto writers and Andar Shehr families of ten years or more last, since one "tum" to an elder costs us the whole family.',
      'Run 3 · Noor · carry. Limits fixed before the switch: thumbs-down on Urdu/Pashto chats +2 points vs old prompt; eval-harness "disrespectful address" rate above 1 %; p95 +300 ms; errors +0.5 %. Any one: nails back in the tin.',
      'Run 4, carry ruled a drop on the recording: "stages as we go". Na. First tyre sole 5 %, 3 days; hammering bench 25 %, at least 600 Urdu/Pashto chats; then all of Qissa Khwani. Hold until green.',
      'Run 5 · Sher Afzal · carry. Each advance signed off by Ustad Sher Afzal and me, both bending the first tyre sole.',
      'Run 6 · Daud · carry. Rollback: whoever has the duty, any hour, flips the prompt flag back, under 5 min, no call to me first.',
      'Run 7 · Yar · carry. Canary = safe only. Warmer = better? Randomised A/B test after. Sha.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dz043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Salaam yara, sit. A cheaper, faster model writing the suggestion slips, ho? My card, numbered.',
      "1. Run 1, rider Gul Zaman, clean carry. I own which customers go first, the limits and the holds. Bilal's team owns routing, deploy and the flag.",
      '2. Run 2, rider Shah Wali, carry. Our own karigars and their families get the cheap model first; they will tell me loudly when a Kaptaan gets the wrong sole. Then the customers who put their names in the try-new-things register. Then Saddar and Faqirabad buyers. Last, the Hayatabad families buying from us twelve years or more, and every first order: a bad first suggestion is the last one they read.',
      "3. Run 3, rider Noor Alam, carry. Feedback is thin: few people rate a slip and the harness grades one in two hundred. So during the canary the harness grades one in ten from the new model and one in ten from the old, and besides errors and latency we watch three things: the harness's wrong-size-or-wrong-sole rate, the star ratings, and how many slips the karigars send back for rewriting.",
      '4. Run 4, carry ruled a drop on the recording: I had called for limits "once we see the first week". Wrong. Written down today, before one slip moves: harness wrong-suggestion rate more than 2 points worse than the old model, slips sent back more than 3 per hundred above today, average rating down more than 0.3 stars, p95 more than 500 ms slower. Any one of them, and we tip the nails back in the tin.',
      '5. Run 5, rider Daud, carry. Holds are counted in graded slips, not days: the first tyre sole at 10 % holds until the harness has graded 400 new-model slips; the hammering bench at 30 % holds a full week of Jashn-e-Baharan and at least 800 graded slips; then all of Qissa Khwani.',
      '6. Run 6, rider Sher Afzal, carry. At every advance Ustad Sher Afzal, our eldest chappal-maker, and I both bend the first tyre sole in our hands: the two of us sign off, nobody else.',
      '7. Run 7, rider Bacha Khan, carry. Rollback: whoever has the duty that hour, night or Friday, slides the old chappals back onto the front display. One routing flag, under five minutes, no redeploy, no ringing me first.',
      "8. Run 8, rider Yar Muhammad, carry. Na, the canary won't tell me the cheap model is better, only safe. Whether it is better, a randomised A/B test afterwards tells us. Manana.",
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dz044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Salaam! Table form, like the judges' tent at the spring mela. The new basket model reads more from our two feature stores, Peshawar and London. Our customers in Bradford and Birmingham shop on their own clock: their evening rush is after midnight here, when the workshop sleeps.",
      '',
      'Run | Rider | Call | Note',
      "1 | Gul Zaman | carry | Mine: customer order, limits, holds. Bilal's team: routing, deploy, the model flag, the feature stores.",
      '2 | Shah Wali | carry | Order: karigars and family, then the try-new-things register, then Saddar and Gulbahar buyers; UK customers of five years or more and all first orders last, since they pay the most for shipping and forgive the least.',
      '3 | Noor Alam | carry | Limits fixed before any basket moves, per region: add-to-cart from suggested baskets more than 3 % worse than the old model; empty fallback baskets above 2 %; feature-store p99 more than 150 ms worse; errors +0.5 %. Any one: nails back in the tin.',
      '4 | Daud | carry | Model signals watched beside the errors: add-to-cart from baskets, fallback rate, wrong-size suggestions flagged by the eval harness.',
      '5 | Zarak | carry ruled a drop on the recording | I wrote "hold two days". Two Peshawar days can miss the Bradford rush. Now: first tyre sole 5 %, held through three UK evening peaks; hammering bench 25 %, a full week of Jashn-e-Baharan; then all of Qissa Khwani.',
      '6 | Sher Afzal | carry | Each advance: Ustad Sher Afzal, our eldest chappal-maker, and I sign off, both bending the first tyre sole.',
      '7 | Bacha Khan | carry | Rollback: whoever has the duty, 1 a.m. Peshawar time included, flips the model flag; the old chappals are back on the front display in under five minutes, no redeploy, no ringing me first.',
      '8 | Yar Muhammad | carry | Canary says safe. Better baskets? A randomised A/B test afterwards, sha.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dz045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Salaam salaam, listen, I'll give the card in one breath like the announcer at the mela: " +
      'run one, rider Gul Zaman, carry, I own the order of customers, the rollback limits and ' +
      "the holds, while Bilal's team owns the new wallet SDK, the routing and the feature flag," +
      ' and run two, rider Shah Wali, carry, the karigars pay with it first on their own ' +
      'phones, then the customers in our try-new-things register, then ordinary Saddar and ' +
      'Gulbahar buyers, and last the Hayatabad families of ten years and more and all ' +
      'first-time buyers, because a failed payment on a wedding order is a family lost, and run' +
      ' three, rider Noor Alam, carry, the limits are written before any payment moves: payment' +
      ' failures more than 0.5 points above the old SDK, counted for Android and iPhone ' +
      'separately, any single minute with more than 2 % failures since this SDK fails in ' +
      'bursts, p99 payment time more than 300 ms worse, orders per visitor down more than 2 % ' +
      'against the old-SDK group, and any one of them we tip the nails back in the tin, and run' +
      ' four, carry ruled a drop on the recording, because I said "a day at each step" and a ' +
      'day without a Friday is nothing here, so the first tyre sole is 2 % held through one ' +
      'full Friday after Jumma, the hammering bench is 20 % held a full week of Jashn-e-Baharan' +
      ' with a second Friday inside it, and only then all of Qissa Khwani, and run five, rider ' +
      'Sher Afzal, carry, Ustad Sher Afzal, our eldest chappal-maker, and I sign off each ' +
      'advance, both bending the first tyre sole, and run six, rider Daud, carry, whoever has ' +
      'the duty at that hour, Friday night or dawn, slides the old chappals back onto the front' +
      ' display, meaning the server flag back to the old SDK path in under five minutes, no app' +
      ' release, no ringing me first, and run seven, rider Yar Muhammad, carry, this canary ' +
      'tells me the wallets are safe, not that they sell more chappals, for that a randomised ' +
      'A/B test comes afterwards, sha, manana.',
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dz046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Salaam, judge's card.",
      'Delivery charges move to the new pricing service.',
      'Run 1, Gul Zaman: carry.',
      'I own the customer order, the limits, the holds.',
      "Bilal's team owns routing, deploy, flags.",
      'Run 2, Shah Wali: carry.',
      "Karigars' own orders first.",
      'Then the try-new-things register.',
      'Then Saddar and Faqirabad.',
      'Hayatabad wedding buyers of ten years or more, last: costly to lose.',
      'Run 3, Noor Alam: carry.',
      'Limits, signed before the first order moves:',
      'delivery charge wrong on more than 0.2 % of orders, checked against the old service;',
      'pricing errors +0.5 %;',
      'p99 +200 ms;',
      'checkout completion −2 % vs the old group.',
      'Any one: nails back in the tin.',
      'Run 4, carry ruled a drop on the recording:',
      'I had "start Tuesday evening and see".',
      'Now: first tyre sole 5 %, held three nights, through the batch window with the ledger;',
      'hammering bench 25 %, a full week of Jashn-e-Baharan;',
      'then all of Qissa Khwani.',
      'Run 5, Sher Afzal: carry.',
      'Ustad Sher Afzal and I both sign off every advance.',
      'Run 6, Daud: carry.',
      'Breach at 2 a.m.? Whoever has the duty flips routing back.',
      'Old chappals on the front display in under five minutes.',
      'No redeploy. No ringing me, ho.',
      'Run 7, Yar Muhammad: carry.',
      'Canary says safe, not better.',
      'Better = a randomised A/B test after.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dz047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Salaam, welcome, yara. The catalogue search moves to the smaller, cheaper index. The median search got faster; the long ones (size 11, tyre sole, Kaptaan style, brown, under 5,000 rupees) never ran in the benchmark, so I judge this card on the tail.',
      '',
      "Run 1, rider Gul Zaman: carry. I decide who gets the new index first, which numbers send it back and how long we hold. Bilal's team does the routing, the deploy and the flag.",
      '',
      'Run 2, rider Shah Wali: carry. Karigars first; they search with six filters all day. Then the try-new-things register. Then walk-in buyers from Yakatoot and Dalazak Road. Last, the shopkeepers from Bannu and Kohat who have bought wholesale from us eight years or more; they use every filter, and one slow week sends them to the next workshop.',
      '',
      'Run 3, rider Noor Alam: carry. Fixed on paper before the first search moves: p99 for searches with three or more filters more than 250 ms worse than the old index; search errors up more than 0.5 %; searches ending in an order down more than 2 % against the old index. Any one, and we tip the nails back in the tin.',
      '',
      'Run 4, rider Sher Afzal: carry. Every advance is signed off by Ustad Sher Afzal, our eldest chappal-maker, and me, both bending the first tyre sole.',
      '',
      'Run 5, carry ruled a drop on the recording: I said "a day at 10 %". Too few filtered searches in a day. Now the first tyre sole is 5 % until 3,000 filtered searches have run; the hammering bench is 25 % for a full week of Jashn-e-Baharan; then all of Qissa Khwani. No advance while any limit is red.',
      '',
      'Run 6, rider Daud: carry. Whoever has the duty, any hour, slides the old chappals back onto the front display: the routing flag back to the old index, under five minutes, no redeploy, no ringing me first.',
      '',
      'Run 7, rider Yar Muhammad: carry. The canary says safe, nothing more; whether the new index sells more is for a randomised A/B test afterwards. Manana!',
    ].join('\n'),
  },
];
