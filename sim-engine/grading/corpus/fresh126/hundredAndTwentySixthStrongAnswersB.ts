import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-sixth fresh held-out set, author B: strong answers (eb021–eb027),
 * four on model scenarios and three on service scenarios, each covering every point of its kind.
 * Voice: an Aymara (El Alto, Bolivia) English register in writing with Aymara and Spanish words;
 * an El Alto alpaca-knitting cooperative whose language model suggests which poncho, chullo or
 * scarf suits a wearer, a climate and a budget; every answer a dressage judge's score sheet with
 * one mark revised on the video. Labelled by hand before any grading; labels are final.
 */
export const HUNDRED_AND_TWENTY_SIXTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'eb021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Kamisaki. Score sheet of the judge at C, for the larger suggestion model in our ' +
        "cooperative's shop. The assistant that tells a buyer which poncho, chullo or scarf suits " +
        'her, her climate and her purse moves to a newer, larger model with a longer context; the ' +
        'prompt stays as it is. Offline evals rose three points on short questions, and our ' +
        'treasurer asks what each conversation will now cost.',
      '',
      'Movement 1, entry and halt: what is mine. As product owner I hold the order of riders, ' +
        'the rollback limits and the holds. The engineers hold the routing, the deploy and the ' +
        'flag. Mark 8.',
      '',
      'Movement 2, the riders in order. Rider one: our own knitters and their families, who ' +
        'forgive a strange suggestion and tell us why. Rider two: the buyers on our trial list, ' +
        'who asked to see new suggestions early. Rider three: buyers of five years and more in ' +
        'Districts 3 and 4. Last: first-time buyers and the export shops, because one poor ' +
        'suggestion loses a newcomer and the shops bring the most. Mark 8.',
      '',
      'Movement 3, the limits, written and signed before one conversation moves. Errors more ' +
        "than 0.5 % worse than now, p95 more than 300 ms worse, the eval harness's " +
        'invented-garment rate more than 1.5 points worse, thumbs-down more than 2 points worse, ' +
        'or token cost per conversation more than 40 % higher, and we bag the yarn. Mark 9.',
      '',
      'Movement 4, the stages. The first skein spun, 2 %, holds three days; the dyeing pot, 10 ' +
        '%, holds 2,000 conversations; the knitting circle, 30 %, holds seven days, because long ' +
        'questions are rare; then the whole 16 de Julio fair. No stage opens until its gate is ' +
        'clean. Mark 8.',
      '',
      'Movement 5, sign-off. At every gate Doña Basilia, our eldest knitter, and I stretch the ' +
        'first poncho between our arms; without the two of us the next stage waits. Mark 9.',
      '',
      'Movement 6, mark revised on the video. I first gave 6 for the rollback, believing I had ' +
        'written only "we return". The video shows the plan says more: whoever is on call lays ' +
        'the old ponchos back out on the stall, which means that at any hour she turns the flag ' +
        'back to the old model in under five minutes, with no redeploy, and asks nobody first. ' +
        'Revised to 9.',
      '',
      'Movement 7, final halt. The canary tells us the larger model is safe. Whether it ' +
        'suggests better we learn afterwards, from a randomised A/B test. Mark 8. Yuspagara.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'eb022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Score sheet, judge at C. Shop checkout: three steps become one page; saved address and ' +
        'card fill themselves. Growth wants it before the winter campaign, when first orders ' +
        'peak.',
      '',
      "Mv 1 · mine: order of riders, limits, holds. Engineers': routing, deploy, flag. 8.",
      'Mv 2 · riders: our knitters → trial-list buyers → buyers of 3+ years, Districts 1 to 6 → ' +
        'first-time buyers last (nothing saved to fill in; the campaign is theirs). 8.',
      'Mv 3 · limits, signed before any order moves: errors +0.5 % vs now, p99 +200 ms, ' +
        'first-order completion −2 % vs old checkout → we bag the yarn. 9.',
      'Mv 4 · stages: first skein spun 2 %, 400 orders · dyeing pot 10 %, 3 days · knitting ' +
        'circle 25 %, 5 days, first orders counted apart · whole 16 de Julio fair. Gate at each. ' +
        '8.',
      'Mv 5 · sign-off each gate: eldest knitter and I, first poncho stretched between our ' +
        'arms. 9.',
      'Mv 6, mark revised on the video: rollback 7 → 9. On-call engineer, any hour, flag flip, ' +
        'about 3 min, no redeploy, no permission asked; old ponchos back on the stall.',
      'Mv 7 · canary = safe, not better. Better: randomised A/B test afterwards. 8.',
      '',
      'Jisa. Yuspagara.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'eb023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Score sheet of the judge at C: the warmer prompt.',
      '',
      'The change: the system prompt of our suggestion model is rewritten to sound warm and ' +
        'casual. It was read only by those of us who work in English. A quarter of our buyers ' +
        'write in Spanish or Aymara, and there an elder is addressed as usted, or as tata and ' +
        'mama; "hey, friend" is not a small fault.',
      '',
      '1. Entry, halt, salute: ownership. Mine are which riders go first, the limits and the ' +
        "holds. The engineers' are the prompt flag, the routing and the deploy. Mark 8.",
      '2. Rider order. Our own knitters first, in all three languages. Then the trial-list ' +
        'buyers who asked for early suggestions, with Spanish and Aymara writers placed among ' +
        'them on purpose, so the quarter that matters is seen early and not at the end. Then ' +
        'buyers of many years, district by district, Senkata and Villa Adela before the rest. ' +
        'Last, first-time buyers and the export shops, who judge us on one message. Mark 8.',
      '3. Limits, fixed and signed before the first prompt goes out, read per language: ' +
        'thumbs-down more than 2 points worse than now; the eval harness finding informal address ' +
        'in more than 1 of 100 Spanish or Aymara replies; conversations abandoned before a ' +
        'suggestion more than 3 % worse; errors more than 0.5 % worse; p95 more than 250 ms ' +
        'worse. Any one, and we bag the yarn. Mark 9.',
      '4. Stages. The first skein spun, 2 %, held four days; the dyeing pot, 10 %, held until ' +
        '1,500 Spanish and Aymara replies are graded; the knitting circle, 40 %, held five days; ' +
        'then the whole 16 de Julio fair. Each opens only through its gate. Mark 8.',
      '5. Sign-off. At each gate the eldest knitter, who writes only in Aymara and Spanish, and ' +
        'I stretch the first poncho between our arms. One of us missing, no advance. Mark 9.',
      '6. Movement 6, mark revised on the video: I had marked the rollback 5, thinking it ' +
        "waited for the engineers' morning. The video shows otherwise: whoever is on call puts " +
        'the old prompt back by turning the flag, at any hour, in two minutes, with no redeploy ' +
        'and without waiting for me. Revised to 9.',
      '7. Final halt. This canary says the warm prompt is safe. Whether buyers prefer it is for ' +
        'a randomised A/B test afterwards. Mark 8.',
      '',
      'Jallalla, and yuspagara.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'eb024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Score sheet of the judge at C, written as the riders came, without a pause: payment in ' +
      "our cooperative's app moves to the provider's new SDK, which adds QR wallet payments, " +
      "and it has passed the provider's certification, but certification is not Sunday evening " +
      'after the 16 de Julio fair, our busiest hour; Movement 1, mark 8, because I keep what is ' +
      'mine, the order of riders, the limits and the holds, and leave to the engineers what is ' +
      'theirs, the routing, the build and the flag; Movement 2, mark 8, the riders in order: ' +
      'our own knitters paying for their own orders first, then the trial-list buyers who asked ' +
      'to try the QR wallet, then buyers of four years and more in Río Seco and Ciudad ' +
      'Satélite, Android and iPhone each read apart so a fault on one cannot hide in the ' +
      'average, and last the first-time buyers and the wholesale shops, who pay the largest ' +
      'sums and forgive nothing; Movement 3, mark 9, the limits written and signed before the ' +
      'first payment moves: payment failures more than 0.5 % worse than now in any five-minute ' +
      'window and not only by the day, p99 confirmation more than 300 ms worse, paid orders ' +
      'more than 2 % below the old SDK, and we bag the yarn; Movement 4, mark 8, the stages: ' +
      'the first skein spun at 1 % for 500 paid orders, the dyeing pot at 5 % through one whole ' +
      'Sunday fair evening, the knitting circle at 25 % for four days, then the whole 16 de ' +
      'Julio fair, each behind its gate; Movement 5, mark 9, at every gate the eldest knitter ' +
      'and I stretch the first poncho between our arms, and nothing advances without us both; ' +
      'Movement 6, mark revised on the video: first I gave 7, then the video showed the plan ' +
      'plainly, whoever is on call, at midday or at 2 a.m., lays the old ponchos back on the ' +
      'stall by switching the SDK flag on the server, three minutes, no new app release, no ' +
      'call to me first, so 9; Movement 7, mark 8, the canary says the new SDK is safe, and ' +
      'whether the wallet sells more is a randomised A/B test for afterwards; yuspagara.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'eb025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Score sheet, judge at C. The change: our suggestion model moves to a cheaper, faster ' +
        'model. Suggestions come slowly, a few hundred an hour at the Sunday peak; few buyers ' +
        'rate one, and the eval harness grades only one suggestion in two hundred. So my holds ' +
        'count graded suggestions and orders, not hours.',
      '',
      'Movement | Rider or stage | What the plan says | Mark',
      "1 | Ownership | Mine: the order of riders, the limits, the holds. The engineers': " +
        'routing, deploy, flag. | 8',
      '2 | Riders | Our knitters first; trial-list buyers next; buyers of six years and more in ' +
        'Villa Dolores and Alto Lima; first-time and export buyers last, because they leave after ' +
        'one poor suggestion and carry most of the money. | 8',
      '3 | Limits | Fixed before traffic moves: eval-harness "wrong fibre or wrong size" rate ' +
        'more than 2 points worse than now; thumbs-down more than 3 points worse; exchanges ' +
        'within 14 days more than 1.5 points worse; errors more than 0.5 % worse; p95 more than ' +
        '300 ms worse. Any one, and we bag the yarn. | 9',
      '4 | Stages | For canary traffic the harness grades one suggestion in ten. The first ' +
        'skein spun, 5 %, until 300 graded suggestions; the dyeing pot, 20 %, until 800 graded ' +
        'and 80 rated; the knitting circle, 50 %, nine days, so exchanges can arrive; then the ' +
        'whole 16 de Julio fair. A gate at each. | 8',
      '5 | Sign-off | At each gate the eldest knitter and I stretch the first poncho between ' +
        'our arms. | 9',
      '6 | Rollback | Movement 6, mark revised on the video: 6 became 9. The plan names it: ' +
        'whoever is on call, at any hour, flips the model flag back and lays the old ponchos out ' +
        'on the stall within four minutes; no redeploy, no approval sought. | 9',
      '7 | Final halt | The canary answers "is it safe". "Is it better, or only cheaper" is for ' +
        'a randomised A/B test afterwards. | 8',
      '',
      'Janiwa, I would not begin at 1 %: at our traffic it would read nothing for a month. ' +
        'Yuspagara.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'eb026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Score sheet, judge at C.',
      'Change: shipping prices move to a new pricing service.',
      'It shares the nightly batch window with billing.',
      'Orders never stop; export buyers order in our night.',
      'We start Tuesday evening.',
      '',
      'Movement 1. Mine: rider order, limits, holds.',
      "Engineers': routing, deploy, flag. Mark 8.",
      '',
      'Movement 2. Riders: our knitters;',
      'then trial-list buyers;',
      'then buyers of 5+ years, El Alto districts one by one;',
      'export and first-time buyers last, dearest to lose. Mark 8.',
      '',
      'Movement 3. Written and signed before Tuesday:',
      'price errors more than 0.3 % worse than now,',
      'p99 more than 200 ms worse,',
      'paid orders 2 % below the old service,',
      'and we bag the yarn. Mark 9.',
      '',
      'Movement 4. First skein spun, 2 %, two nights, batch window included.',
      'Dyeing pot, 10 %, three nights.',
      'Knitting circle, 30 %, seven days.',
      'Whole 16 de Julio fair.',
      'A gate at each. Mark 8.',
      '',
      'Movement 5. Each gate: the eldest knitter and I stretch the first poncho between our ' +
        'arms. Mark 9.',
      '',
      'Movement 6, mark revised on the video: 5 became 9.',
      'At 2 a.m. whoever is on call lays the old ponchos back on the stall:',
      'a routing switch, three minutes, no redeploy,',
      'and she wakes nobody for permission.',
      '',
      'Movement 7. Canary: safe. Better: a randomised A/B test later. Mark 8.',
      'Yuspagara.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'eb027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Kamisaki. The judge at C, for the new suggestion model on our shop's front page. It " +
        'reads more features for every request from the regional feature stores, which were sized ' +
        'for the old model. We are in El Alto; our buyers in Japan shop at their lunch, which ' +
        'falls near midnight here, when most of us sleep.',
      '',
      'Movement 1, entry. What is mine: the order of riders, the limits, the holds. What is the ' +
        "engineers': the routing, the deploy, the flag and the size of the stores. Mark 8.",
      '',
      "Movement 2, riders in order, each with a reason. Our own knitters and the partner shop's " +
        'staff in Tokyo, who tell us plainly. Then the trial-list buyers, Bolivian and Japanese, ' +
        'who chose to see new suggestions. Then buyers of six years and more, District 8 and ' +
        'Ciudad Satélite here and the Tokyo repeat buyers there. Last, the first-time buyers in ' +
        'both regions, whose first basket decides whether they stay. Mark 8.',
      '',
      'Movement 3, limits set and signed before any request moves, read per region and per ' +
        'hour: feature-store p95 more than 80 ms worse than now; errors more than 0.5 % worse; ' +
        'click-through on suggested items more than 3 % below the old model; the eval harness ' +
        'finding an out-of-stock or wrong-season suggestion in more than 2 of 100; add-to-basket ' +
        'more than 2 % below. Any one, and we bag the yarn. Mark 9.',
      '',
      'Movement 4, the stages. The first skein spun, 2 % in each region, held three full days, ' +
        'so three Tokyo lunches fall inside it; the dyeing pot, 10 %, four days; the knitting ' +
        'circle, 35 %, seven days; then the whole 16 de Julio fair. A stage closes only when its ' +
        'gate is clean at the worst hour, not on the average. Mark 9.',
      '',
      'Movement 5, sign-off. At every gate the eldest knitter and I stretch the first poncho ' +
        'between our arms. Mark 9.',
      '',
      'Movement 6, mark revised on the video. I gave 6, fearing nobody watches at midnight. The ' +
        'plan answers it: whoever is on call, in El Alto or in Tokyo, at any hour turns the ' +
        'routing back to the old model in under five minutes, lays the old ponchos back on the ' +
        'stall without a redeploy, and does not wait for me. Revised to 9.',
      '',
      'Movement 7, final halt. The canary shows the new model is safe; whether it sells better ' +
        'is a randomised A/B test afterwards. Mark 8. Yuspagara.',
    ].join('\n'),
  },
];
