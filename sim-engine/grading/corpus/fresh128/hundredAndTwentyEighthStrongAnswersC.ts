import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-eighth fresh set, author C: strong answers (ed041–ed047).
 * Voice: a Kinyarwanda (Kigali) English register in speech with Kinyarwanda and French words
 * (courteous, brisk, fond of sayings), a Kigali agaseke (woven sisal basket) cooperative whose
 * language model suggests which basket, lid pattern and size suit a home, a gift and a budget;
 * every answer a rugby referee's notes, half by half and phase by phase, with one try ruled out
 * by the TMO. Labelled by hand before anything else; labels are final (see LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_TWENTY_EIGHTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ed041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Muraho. My referee's notes for the day our basket advisor moves to the bigger model, half by half and phase by phase.",
      'Before kick-off. The advisor tells a buyer which agaseke, lid pattern and size suit her sitting room, her gift and her budget. It now moves to a larger model with a longer memory; offline evals went up three points, and our treasurer asks what one conversation will cost. I own the order in which buyers meet the new model, the limits that send it back, and how long we hold at each stage. Engineering owns the routing, the deploy and the flag.',
      'First half, phase one: weavers and shop staff go first, because they know every basket and forgive a strange answer. Phase two: the try-first list, buyers who opted in. Phase three: buyers in Kimironko and Remera sectors with two years buying or more. Last, new buyers and the hotels that order forty baskets at once: one bad suggestion loses them, and they are worth the most.',
      'Phase four: the limits, agreed before one request moves, because the walking stick for old age is cut early. Errors more than 0.5 points worse than now; p95 latency more than 300 ms worse; wrong-size or invented-pattern suggestions in the eval harness more than 2 points worse; thumbs-down more than 1 point worse; cost per conversation more than 25 % above now; orders more than 2 % worse than buyers on the old model. Any one, and we tie the sisal into sheaves.',
      "Second half. The first dyed strand at 1 %, the weavers' circle under the umuvumu tree at 10 % then 25 %, the whole Kimironko market at 50 % then 100 %. Each held three days and 500 conversations; we advance only when every limit is clean and Madamu Mukamana, who leads the cooperative, and I both wrap the first basket in banana leaf: our sign-off.",
      'TMO, phase nine: try ruled out. I had written "if it breaks, we meet in the morning". Oya. Whoever is on call, at 3 a.m. or on Sunday, flips the flag back to the old model in two minutes, no redeploy, no need to ring me; they return the old baskets to the front mat.',
      'Full time. The canary says the big model is safe, not that it sells more baskets; for that, a randomised A/B test afterwards. Murakoze.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ed042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Muraho. Referee\'s notes: the warmer advisor prompt. A quarter of buyers write French, where an elder expects "vous".',
      '1. Kick-off: I own the order of buyers, the limits and the holds; engineering owns the flag and routing.',
      '2. Order: weavers and staff first; then the opted-in try-first list; then five-year buyers in Kimisagara and Kicukiro sectors; new buyers and corporate gift clients last, they forgive least.',
      '3. Limits, fixed before traffic moves: thumbs-down more than 1 point worse than now, per language; French informal address in the eval harness more than 2 points worse; errors +0.5 points; p95 +250 ms. Past one, we tie the sisal into sheaves.',
      "4. Stages: the first dyed strand, 2 %; the weavers' circle under the umuvumu tree, 20 %; the whole Kimironko market, 100 %. Each held four days and 600 chats.",
      '5. Sign-off: Madamu Mukamana and I both wrap the first basket in banana leaf before each advance.',
      '6. TMO, phase six: try ruled out: English-only first hides the harm.',
      '7. Rollback: whoever is on call, day or night, switches the prompt flag back in a minute, no waiting for me.',
      '8. Full time: the canary shows the prompt is safe, not that it is better; better needs a randomised A/B test afterwards. Murakoze.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ed043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Muraho neza. My referee's notes for moving the basket advisor to the cheaper, faster model. Our traffic is small, a few hundred suggestions a minute on a market Saturday; few buyers press the thumbs, and the eval harness grades one suggestion in two hundred. Buhoro buhoro ni rwo rugendo, slowly slowly is the journey, and here slowly means counted, not timed.",
      'Before kick-off: I own the order of buyers, the rollback limits and the holds. Engineering owns the routing, the deploy and the flag, and for the canary it raises harness sampling to one in twenty so the counts below come in days, not months.',
      'First half, the team sheet, as a table:',
      'Stage | Who | Share | Hold before advancing',
      'The first dyed strand | weavers and shop staff | 2 % | 300 new-model suggestions graded by the harness',
      "The weavers' circle under the umuvumu tree | try-first list, opted in | 10 % | five days and 300 graded",
      'Half the market | buyers of three years or more, Kimihurura and Gikondo sectors | 40 % | a full week of Umuganura',
      'The whole Kimironko market | everyone, new buyers and hotel orders last | 100 % | -',
      'Why that order: staff know the baskets and forgive; the try-first list asked for it; new buyers and hotels are fragile and worth the most.',
      'Second half, the limits, agreed before the first suggestion moves:',
      'Signal | Roll back when',
      'Bad suggestions graded by the harness | more than 2 points worse than now',
      'Thumbs-down rate | more than 1.5 points worse than now',
      'Errors | more than 0.5 points worse',
      'p95 latency | more than 300 ms worse',
      'Orders per chat, against buyers on the old model | more than 3 % worse',
      'Any row crossed, and we tie the sisal into sheaves.',
      'TMO, phase twelve: try ruled out. I had written "advance after 24 hours at each stage". The replay shows 24 hours brings us ten graded suggestions; the gates are counts, as in the table.',
      'Sign-off: at each advance Madamu Mukamana and I both wrap the first basket in banana leaf. No wrap, no advance.',
      'Rollback: whoever is on call, at any hour, turns the model flag back; three minutes, no redeploy, no need to ring me.',
      'Full time: this tells us the cheap model is safe, not that it is better; a randomised A/B test afterwards tells us better. Murakoze.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ed044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Muraho, these are my referee's notes for the new basket-set suggestion model, in one breath as the whistle allows: " +
      "before kick-off I say what is mine, the order of buyers, the rollback limits and the holds, and what is engineering's, the routing, the deploy and the flag; " +
      "first half, phase one, the weavers and shop staff in Kigali and the two weavers' daughters who sell for us in Sydney go first because they forgive and they tell us, " +
      'then the try-first list who opted in, then buyers of three years or more from Kacyiru and Gisozi sectors and from the Sydney list, ' +
      'and last the new buyers and the hotel and embassy orders because one wrong basket set loses them and they are worth the most; ' +
      'phase two, the limits, agreed and written before any traffic moves, because the walking stick for old age is cut early: ' +
      'errors more than 0.5 points worse than now, p95 latency more than 250 ms worse in either region measured apart, feature-store timeouts more than 1 point worse, ' +
      'click-through on suggested baskets more than 3 % worse against buyers on the old model, add-to-basket rate more than 2 % worse, ' +
      'suggestions of baskets we no longer weave, graded by the eval harness, more than 1 point worse, and past any one of these we tie the sisal into sheaves; ' +
      "second half, the stages, the first dyed strand at 2 %, the weavers' circle under the umuvumu tree at 15 %, half the market at 50 %, the whole Kimironko market at 100 %, " +
      "each held three full days so each region passes its own lunch peak three times, Sydney's coming at 4 a.m. our time, and at least 800 orders, " +
      'and before each advance Madamu Mukamana and I both wrap the first basket in banana leaf, which is our sign-off; ' +
      'TMO, phase eleven, try ruled out, because I had written that we watch only the Kigali working day, ' +
      "and the replay shows the harm waits for Sydney's lunch while we sleep, so whoever is on call at that hour, without waking me or anyone, " +
      'flips the model flag back to the old model in two minutes, no redeploy, and returns the old baskets to the front mat; ' +
      'and at full time, nibyo, the canary has told us the model is safe in both regions, not that it is better, and for better we run a randomised A/B test afterwards. Murakoze.',
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ed045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Muraho. Referee's notes, short.",
      "Mobile-money payments move to the provider's new SDK.",
      'Kick-off:',
      'I own the order, the limits, the holds.',
      'Engineering owns the SDK flag and the routing.',
      'First half:',
      "Weavers' and staff phones first.",
      'Then the try-first list, opted in.',
      'Then buyers of two years or more, Nyamirambo before Remera.',
      'New buyers last: a failed first payment, they never come back.',
      'Limits, written before traffic moves:',
      'Payment failures more than 0.5 points worse on Android, counted apart.',
      'Failures above 3 % in any five-minute window; bursts hide in averages.',
      'p99 payment time more than 2 seconds worse.',
      'Paid orders more than 2 % worse than buyers on the old SDK.',
      'Past one, we tie the sisal into sheaves.',
      'Second half:',
      'The first dyed strand, 2 %, three days.',
      "The weavers' circle under the umuvumu tree, 20 %, through one Friday evening rush.",
      'The whole Kimironko market, 100 %.',
      'Sign-off at each gate: Madamu Mukamana and I both wrap the first basket in banana leaf.',
      'TMO, phase eight: try ruled out.',
      '"Start on Friday evening." Oya. Monday.',
      'Rollback: whoever is on call, any hour,',
      'flips the SDK flag back, two minutes,',
      'no redeploy, no need to call me.',
      'Full time:',
      'Canary says safe, not better.',
      'Better: a randomised A/B test, afterwards.',
      'Murakoze.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'ed046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Muraho. Referee's notes, terse. One-page checkout on the cooperative's web shop; saved addresses and mobile-money numbers filled in. Returning buyers loved it in the lab. First orders peak in the Umuganura gift season and the committee wants it live before.",
      'Pre-match',
      "- Mine: order of buyers, rollback limits, holds. Engineering's: routing, deploy, flag.",
      '- Saying for the day: the stick that beat your neighbour, throw it over the fence. Other shops lost their first-time buyers this way; we learn from them.',
      'First half: order',
      '- Ph 1: weavers, shop staff, their families. Internal, forgiving, quick to report.',
      '- Ph 2: try-first list, opted in.',
      '- Ph 3: returning buyers, 3+ years, Remera and Gisozi sectors.',
      '- Ph 4: returning buyers under 3 years, all sectors.',
      '- Last: first-time buyers. The lab never saw them, nothing is saved for them, they are who this could lose, and the season is theirs.',
      'Half-time: limits, signed before any traffic moves',
      '- checkout errors > 0.5 pts worse than now',
      '- p99 page load > 200 ms worse',
      '- checkout completion > 2 % worse vs buyers on the three-step checkout',
      "- first-time buyers' completion, counted apart once they enter: > 2 % worse",
      '- any one: we tie the sisal into sheaves',
      'Second half: stages and holds',
      '- The first dyed strand: 1 %, 2 days',
      "- The weavers' circle under the umuvumu tree: 10 %, 3 days and 400 checkouts",
      '- Half the market: 50 %, 4 days and 1,000 checkouts',
      '- The whole Kimironko market: 100 %',
      '- Sign-off at each gate: Madamu Mukamana and I both wrap the first basket in banana leaf. No wrap, no advance.',
      'TMO, ph 7: try ruled out. My note said "everyone before the season, fix later". Replay: first-timers go last with their own gate, even if the season comes first.',
      'Rollback',
      '- Whoever is on call, any hour, turns the flag back to three steps. Under 5 min, no redeploy, no approval asked. Old baskets back to the front mat.',
      'Full time',
      '- Canary = safe. Better = randomised A/B test afterwards, first-timers included.',
      'Murakoze.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ed047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Muraho. Referee's notes for moving delivery-fee calculation to the new pricing service. Our diaspora buyers order all night, Kigali time, and the new service shares a nightly batch window with hotel invoicing. We start on Tuesday evening, so the first night is the first test.",
      'Before kick-off. I own who meets the new fees first, what sends it back and how long we wait at each stage. Engineering owns the routing, the deploy and the flag. Nibyo, that is the line.',
      'First half. Weavers and shop staff place their own orders first; they will tell us if a fee looks strange. Then the try-first list, who opted in. Then buyers of four years or more in Kimihurura and Nyamirambo sectors. Hotels and new buyers last: a wrong fee on a hotel invoice costs us the account, and a new buyer who sees a strange fee simply leaves.',
      'Limits, written down on Monday, before traffic moves: fee errors more than 0.5 points worse than now; p99 fee time more than 200 ms worse; orders where the new fee differs from the old one by more than 5 % in the shadow comparison, more than 1 in 1,000; paid orders more than 2 % worse than buyers still on the old service. Cross one, and we tie the sisal into sheaves, at 2 a.m. as at noon.',
      "Second half. The first dyed strand, 2 %, held two nights so it passes the batch window twice. The weavers' circle under the umuvumu tree, 20 %, held three nights and 500 orders. Half the market, 50 %, held a full week of Umuganura. Then the whole Kimironko market. Bon, the sign-off: Madamu Mukamana and I both wrap the first basket in banana leaf before each advance; until we both have, it waits.",
      'TMO, phase ten: try ruled out. I had written: "at night the on-call rings me and I decide." The replay shows three lost hours. Whoever is on call rolls back on their own authority at any hour: a routing switch back to the old fee service, four minutes, no redeploy, no need to call me. They return the old baskets to the front mat and I read their note at breakfast.',
      'Full time. The canary tells us the new fees are safe, not that they sell more baskets. For that, a randomised A/B test afterwards. Murakoze.',
    ].join('\n\n'),
  },
];
