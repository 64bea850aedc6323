import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-eighth fresh set, author C: the other thirteen answers (ed048–ed060):
 * middling, weak, salad, negated, misconception-led and off-topic.
 * Voice: a Kinyarwanda (Kigali) English register in speech with Kinyarwanda and French words
 * (courteous, brisk, fond of sayings), a Kigali agaseke (woven sisal basket) cooperative whose
 * language model suggests which basket, lid pattern and size suit a home, a gift and a budget;
 * every answer a rugby referee's notes, half by half and phase by phase, with one try ruled out
 * by the TMO. Labelled by hand before anything else; labels are final (see LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_TWENTY_EIGHTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ed048',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      "Muraho. Quick referee's notes from the middle of the pitch, for the bigger advisor model.",
      'First half: weavers and shop staff try it first, because they know every basket and forgive us a strange answer; then the try-first list, who opted in; hotels and new buyers come last, because they are the ones we cannot afford to lose.',
      'Second half: before anything moves we write down the limits. Suggestions the eval harness marks wrong, more than 2 points worse than now; thumbs-down more than 1 point worse; cost per conversation more than 20 % above today. Past any one, and we tie the sisal into sheaves. Those three we watch every day.',
      'TMO, phase five: try ruled out. I had only errors on the list; the replay shows errors tell us nothing about a bad basket suggestion.',
      'After that we grow it when things look calm, and if something goes wrong we go back. Yego, buhoro buhoro.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ed049',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "Referee's notes, the order book's move to the managed cluster.",
      'Our orders and weaving schedules leave our own database for a managed cluster behind a new proxy.',
      'Load tests passed, but with warm caches.',
      'The old server is switched off at the end of the month.',
      'Kick-off, Monday.',
      'Limits, fixed before the first read moves:',
      'task and order pages, p99, more than 300 ms worse than now;',
      'database errors more than 0.5 points worse;',
      'past either, we tie the sisal into sheaves.',
      'First half:',
      'the first dyed strand, 5 %, held three days, and it must live through one cold-cache morning.',
      'Second half:',
      "the weavers' circle under the umuvumu tree, 25 %, held four days;",
      'half the market, 50 %, held a full week of Umuganura;',
      'then everything.',
      'TMO, phase four: try ruled out.',
      '"Warm the caches first so the numbers look good." Oya. Cold caches are the test.',
      'Rollback:',
      'whoever is on call, any hour, switches the proxy route back to the old database,',
      'two minutes, no redeploy, no asking me.',
      'Keep the old server until the last stage has held. Murakoze.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ed050',
    scenario: 'service',
    class: 'middling',
    points: points('P C S'),
    text: [
      "Muraho. Referee's notes for the new shop search index, first half only; the second half I still owe you.",
      'Kick-off. The search moves to a smaller, cheaper index. The median search got faster in testing, but the rare ones, size and colour and lid pattern and price all at once, were never in the benchmark. My part is the order of buyers, the limits that would send us back and how long we wait; engineering owns the index, the routing and the flag.',
      'Phase one: weavers and shop staff search first, because they use every filter all day and will shout if it crawls. Phase two: the try-first list, who opted in. Phase three: ordinary buyers from Gikondo and Kacyiru sectors. Last: the hotel buyers and interior designers who search with five filters at once, because the slowness hides exactly there and they bring our biggest orders.',
      'At every step Madamu Mukamana signs off with me before more buyers move; nibyo, no one widens it alone.',
      'TMO, phase four: try ruled out. I had written "the median is faster, so we are done". The replay shows the median is not where the pain is.',
      'Numbers and the rest, after half-time.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ed051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Muraho. My referee's notes for the cheaper advisor model.",
      'First half: we give it to some buyers and see how it goes. Phase two, a few more.',
      'TMO, phase three: try ruled out. I wanted to skip the canary altogether because the model is cheaper and faster. Oya, we do a small one first, it is the safe way.',
      'Second half: if buyers seem happy we give it to everyone. If something goes wrong we can always go back to the old one. The engineers know this work well, I trust them to choose. Buhoro buhoro, as we say. Murakoze.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ed052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Muraho neza. Referee's notes for the new photo service that resizes our basket pictures.",
      'Before kick-off: benchmarks say it is 20 % faster, very good news, and the committee wants it everywhere by Thursday.',
      'First half, phase one: we release it to part of the shop and look at the dashboards. Phase two: more of the shop.',
      'TMO, phase three: try ruled out. Someone said the photos of the red-and-black lids looked blurred; we looked again and they were fine.',
      'Second half: by Thursday everyone has it, as the committee asked. If pages feel slow we will look into it with the engineers. A canary is a small release before the big one, like the first basket before the order. Yego, that is the plan.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ed053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: "Muraho. Referee's notes. First half: canary prompt warm casual vous tu French Kinyarwanda English 25 % thumbs-down eval harness p95 250 ms 0.5 points cohort Kimisagara sector five years try-first list. Phase two: 2 % 20 % 100 % strand umuvumu tree Kimironko market hold gate four days 600 chats. TMO phase six try ruled out. Second half: rollback flag on-call minute sheaves sisal banana leaf Madamu Mukamana sign-off A/B randomised safe better token cost hallucination tone formal. Yego oya nibyo bon buhoro buhoro. Thresholds holds cohorts metrics guardrails. Murakoze.",
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ed054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Referee's notes, product page:",
      '- reviews above the fold, lazy photo gallery, spring sale 20 % off, Sunday midnight, baseline, last week, this week',
      '- first half: weavers staff try-first list Remera Gisozi three years new buyers hotels',
      '- p99 200 ms, errors 0.5, conversion 2 %, 1 % 10 % 50 % 100 %, three days, 400 orders, a full week of Umuganura',
      '- TMO, phase five, try ruled out',
      '- second half: sheaves, sisal, front mat, on-call, flag, minutes, banana leaf, Madamu Mukamana',
      '- canary, A/B, randomised, safe, better, seasonality, noise, false alarm',
      '- muraho, yego, oya, bon, nibyo',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ed055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Muraho. My referee's notes for the new basket-set suggestion model, and I will be honest about what I would not do.",
      'Before kick-off: I would not split the pitch into what I own and what engineering owns; the team decides together, and no one line is mine.',
      'First half: I would not send the weavers and shop staff in first, and I would not keep a try-first list of opted-in buyers, nor hold the hotels and new buyers back to the end. Kigali and Sydney all at once, no order.',
      'Phase three: I would not write rollback limits before traffic moves, not for errors, not for latency, not for click-through on the suggested baskets, not for the eval harness, not for the feature stores.',
      "Second half: I would not name stages like the first dyed strand or the weavers' circle under the umuvumu tree, and I would not hold three days at any of them, nor count orders before widening.",
      'TMO, phase nine: try ruled out, and I would not have a TMO either: no one signs off an advance, not Madamu Mukamana, not me.',
      "I would not let whoever is on call at Sydney's lunch, 4 a.m. here, flip a flag back on their own; and I would not follow the canary with a randomised A/B test. Oya to all of it.",
    ].join('\n\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ed056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Muraho. Referee's notes for the new date picker on the custom-order page, where a buyer chooses the day her basket should be ready. Buyers often decide at home, with the family, so a lost order shows only hours later.",
      "Kick-off: no, I would not draw a line between my decisions and engineering's routing and flags.",
      'First half: no weavers-first, no try-first list, no keeping new buyers and hotels for last; it goes to whoever comes.',
      'Phase two: no limits written in advance, no number for errors, for page time or for orders against the old page.',
      'Phase three: no stages, no holds of a day or a count of orders while the late orders come in, no gate.',
      "TMO, phase six: try ruled out. No sign-off either, not Madamu Mukamana's, not mine.",
      'Second half: no on-call rollback at any hour without asking, no flag switch in minutes.',
      'Full time: no A/B test afterwards to ask whether it is better.',
      'That is all oya, and we go to 100 % this afternoon.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ed057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R'),
    text: [
      "Muraho. Referee's notes for the bigger advisor model, and one thing first, plainly: the canary proves the new model is better than the old one, so the canary is our A/B test. When the buyers on the big model order more baskets than the rest, we have our answer and we need no other test.",
      'First half. Weavers and shop staff go first, because they know the baskets and forgive a wrong suggestion; then the try-first list, who opted in; then buyers of three years or more in Remera and Kimironko sectors; new buyers and hotel orders last, because one bad suggestion loses them and they are worth the most.',
      'Before any traffic moves we write the limits down: errors more than 0.5 points worse than now, p95 latency more than 300 ms worse, orders more than 2 % worse against the old model. Past one, we tie the sisal into sheaves.',
      'TMO, phase seven: try ruled out. I had written that rollback needs my approval. The replay says oya: whoever is on call, at any hour, flips the flag back to the old model in two minutes, no redeploy, no need to call me, and returns the old baskets to the front mat.',
      "Second half. We grow the share as the lift shows, and when the big model's buyers are clearly ahead, that is the win we report to the committee. Murakoze.",
    ].join('\n\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ed058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      "Muraho. Referee's notes for the larger basket photos and the new size guide on the product pages.",
      'Kick-off. Let me say it plainly: I do not write limits before we start. We decide the limits while we watch, because until we see the staff numbers we cannot know what normal looks like; when something looks wrong to me on the day, that is the limit.',
      'First half. Weavers and shop staff first, because they are on the site all day and report quickly; then the try-first list, who opted in; then buyers of three years or more in Kicukiro and Gisozi sectors; new buyers and hotel orders last, because they are fragile and bring the most.',
      "Stages: the first dyed strand at 2 %, held three days; the weavers' circle under the umuvumu tree at 20 %, held four days and 500 orders; half the market at 50 %, held a full week of Umuganura; then the whole Kimironko market.",
      'Sign-off at every gate: Madamu Mukamana and I both wrap the first basket in banana leaf before anything advances.',
      'TMO, phase eight: try ruled out. The staff do not buy, so their orders look broken; the replay shows that is the staff, not the page.',
      'Second half. Whoever is on call, at any hour, turns the page flag back in under five minutes, no redeploy, no need to call me. Murakoze.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ed059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Muraho. My referee's notes, but today the match is how we train new weavers, because that is what the cooperative asked me about this week.",
      'First half, phase one: a new weaver starts with plain sisal, no dye, and learns to keep every row tight. Phase two: she learns the lid, which is the hardest part. Phase three: she weaves next to Madamu Mukamana for a full season.',
      'TMO, phase four: try ruled out. I had written that a new weaver can sell from her second month; the replay shows the baskets are not yet even, so the sixth month.',
      'Second half: the dyes. Black from banana roots, red and green from the market. Prices go up with the pattern: a plain agaseke, a patterned one, a wedding basket.',
      'Full time: as we say, slowly slowly is the journey. Murakoze.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ed060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Muraho neza. Referee's notes for Friday's photo shoot for the campaign that links to our new pricing page.",
      'Before kick-off: the baskets are chosen, twelve agaseke in black and natural, four wedding baskets, the tall ones with pointed lids.',
      "First half, phase one: morning light at the weavers' circle, because the sisal glows before ten. Phase two: hands at work, close up, no faces unless the weaver agrees.",
      "TMO, phase three: try ruled out. We had planned the shoot at Kimironko market; the replay of last year's photos shows too much noise behind the baskets, so we stay at the cooperative.",
      "Second half: the captions, in Kinyarwanda, French and English, short, with the weaver's name under each basket.",
      'Full time: the photographer is paid in cash and in one basket. Yego, bon, murakoze.',
    ].join('\n'),
  },
];
