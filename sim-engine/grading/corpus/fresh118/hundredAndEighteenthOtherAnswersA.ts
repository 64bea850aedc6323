import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-eighteenth fresh set, author A: the other answers (dt008–dt020): middling
 * (dt008–dt010), weak (dt011–dt012), keyword salad (dt013–dt014), negated (dt015–dt016),
 * misconception-led (dt017–dt018) and off-topic (dt019–dt020), six on model scenarios and seven
 * on service scenarios.
 * Voice: a Gujarati (Ahmedabad) English register in speech (brisk, friendly, bargaining; "kem
 * cho", "aabhar", "haa", "na", "bas"), the PM of a bandhani (tie-dye) workshop whose language
 * model suggests which dupatta, pattern and colour suit a wearer, a wedding and a budget; every
 * answer a kabaddi referee's calls, raid by raid, with one raid point taken back after the third
 * umpire's look. Labelled by hand before anything else; the labels are final (LABEL-NOTES-a.md).
 */
export const HUNDRED_AND_EIGHTEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dt008',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Kem cho. The bigger model for the dupatta adviser, longer context, and the accountant already asking what one conversation will cost.',
      '',
      "Raid 1. A clear line on the mat: as PM I own the rollback limits, which buyers go when and how long we hold; Iqbalbhai's team owns the routing, the flags and the deploy. They don't wait on me for switches, I don't wait on them for limits.",
      '',
      'Raid 2. Before anything moves, the limits go on paper: cost per conversation more than 25 % above the old model, thumbs-down on suggestions more than 2 points worse than now, hallucination rate in the eval harness more than 1 point worse, errors more than 0.5 % worse. Any one of them, and we pour the colour away.',
      '',
      'Raid 3. Those three model numbers, cost, thumbs-down and hallucinations, sit on the screen next to errors the whole time, and they are what the limits are checked against.',
      '',
      'Raid 4, point taken back after the third umpire\'s look: I called "offline evals went up three points, so the canary is a formality". Taken back, three points on short questions tells us nothing about long chats about a wedding.',
      '',
      'Raid 5. Then we let it out to some buyers and, if it looks fine, to more. Bas.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dt009',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'New payment SDK in our app, with UPI wallets added. Sunday evening before a wedding season is our busiest hour.',
      "1. Raid 1, order. Our staff phones first, then early-access buyers who opted in (Khadia regulars, five years buying), then general Android and iPhone buyers, and first-time buyers and wedding advance payments last: a failed payment on a first order or on a bride's advance, we never see that family again.",
      '2. Raid 2, stages. The first knot, 2 % of payments, held three days and one Sunday-evening peak. The second colour, 20 %, held four days. All of Law Garden after. Each one a gate; nothing moves until the stage before it has held.',
      '3. Raid 3, sign-off. Jigneshbhai from engineering and I both open out the first dupatta before each stage moves.',
      '4. Raid 4, point taken back after the third umpire\'s look: I called "certification passed, skip the first knot". Taken back, the provider\'s certification is not our Sunday evening.',
      '5. Raid 5, limits. The payments team will tell me what failure rate is normal. If something goes wrong, we go back to the old SDK.',
      "Haa, that's it.",
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dt010',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'Resizer rewrite for the new photo format. Calls:',
      '- Raid 1: limits, agreed before the first photo moves: p99 resize time >150 ms worse than now; errors >0.5 % worse; memory per instance >30 % above the old resizer at any hour. Any breach → we pour the colour away.',
      '- Raid 2: memory read over 24 hours at least, since nothing restarts it except a deploy.',
      '- Raid 3, point taken back (third umpire): I called "benchmark says 20 % faster, fine". Taken back: the benchmark ran for minutes, not a day.',
      '- Raid 4: rollback. Whoever is on call, any hour, pegs the old dupattas back on the line: routing to the old resizer, under five minutes, no redeploy, no need to call me.',
      '- Raid 5: the canary says safe, not better; "faster" we show with a randomised A/B test later.',
      '- Thursday? We go wide when it looks fine. Simple, na?',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dt011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: "Kem cho. The new suggestion model, I'd call it simply. Raid 1: we put it out to a few buyers first, maybe the biggest spenders, since they use the adviser most. Raid 2: we keep an eye on the dashboard, errors and such. Raid 3, point taken back after the third umpire's look: I said London and New Jersey can wait; taken back, they get it too, same day. Raid 4: if the numbers look bad, we go back. Raid 5: then everyone. Engineering knows the feature stores, they will tell me if something is wrong. Bas, aabhar.",
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dt012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "Haa, canary. Raid 1: a canary release is when a new version goes to a small part of the users first, like the bird in the mine. Raid 2: for the new search index we pick a random 5 % of searches. Raid 3, point taken back after the third umpire's look: I said 10 %; taken back, 5 % is enough. Raid 4: the median search is already faster, so we expect good news. Raid 5: we watch, we widen it when it looks fine, and if buyers complain we go back. Bas, simple.",
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dt013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: "Raid 1: canary, cohort, 1 %, 5 %, 25 %, 100 %, thumbs-down, tame, tu, Gujarati, p95, 250 ms. Raid 2: hallucination rate, eval harness, flag, config, rollback, on-call, 24/7, five minutes. Raid 3: Khadia, Raipur, Dhal ni Pol, five years, early access, staff, karigars. Raid 4, point taken back after the third umpire's look: 0.5 %, 2 %, 200 ms, prompt, warm, casual, baseline. Raid 5: sign-off, gate, hold, Navratri, nine nights, A/B, randomised, safe, better. Raid 6: first knot, second colour, Law Garden, dupatta, pour, colour, away. Kem cho, aabhar, bas.",
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dt014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Raid 1 — staff, internal, 1 %, dogfood, conversion, 0 %, baseline, control.',
      'Raid 2 — photos, size guide, p99, 200 ms, errors 0.5 %, add-to-cart.',
      'Raid 3 — holds, gates, 24 h, 72 h, Navratri, 400 orders, sign-off, PM, engineering.',
      'Raid 4, point taken back, third umpire — rollback, flag, routing, five minutes, on-call, 3 a.m.',
      'Raid 5 — Mandvi ni Pol, Astodia, ten years, new buyers, wedding, last, first.',
      'Raid 6 — canary, A/B, safe, better, randomised, lift, dashboard.',
      'Haa. Bas.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dt015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Kem cho. New price-list page for custom orders, a clearer comparison table (plain, two-colour, four-colour bandhani), the order form behind it unchanged, the campaign on Friday. My calls:',
      'Raid 1: no staff first, no early-access buyers next, no careful order of pols. Everybody sees it the same minute.',
      'Raid 2: I am not writing down rollback limits beforehand: no error number, no latency number, no conversion number against now.',
      'Raid 3: no first knot, no second colour, no holds, no gates. Not for a table of prices.',
      'Raid 4, point taken back after the third umpire\'s look: I nearly said "Jigneshbhai and I sign off each stage". Taken back: there are no stages, so nobody signs anything.',
      'Raid 5: no on-call rollback plan either, no switch, nobody pulling a price page back at 2 a.m.',
      "Raid 6: no A/B test after, and I won't split who owns what between PM and engineering; the team just ships it. Bas.",
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dt016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: "Haa, the bigger model for the adviser. Raid 1: I won't say who owns what; PM, engineering, same team, same mat. Raid 2: no order of buyers, not karigars first, not opted-in regulars next, not first-time buyers last. Raid 3: we won't fix thresholds before, not on errors, not on latency, not on cost per conversation. Raid 4: no hallucination rate from the eval harness, no thumbs-down rate, no token cost on any gate. Raid 5, point taken back after the third umpire's look: I called \"hold each stage three days\". Taken back: no stages, no holds. Raid 6: no sign-off from anybody, not Minaben, not me. Raid 7: nobody on call with a switch; we will not roll back. Raid 8: and I won't pretend an A/B test is coming. Bas.",
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dt017',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S R M'),
    text: [
      'Kem cho. The new suggestion model reads more features per request from the regional stores. Calls, raid by raid.',
      '',
      'Raid 1. Order: karigars and counter staff first, then the opted-in early-access buyers (Raipur and Khadia regulars, five years and more), then general buyers in Ahmedabad and abroad, and first-time buyers and wedding orders last, because they forgive least.',
      '',
      'Raid 2. Stages: the first knot at 2 %, held four days including two New Jersey evening peaks (4 to 7 a.m. here); the second colour at 25 %, held five days; then all of Law Garden. Each one a gate.',
      '',
      'Raid 3. What we watch at every gate: add-to-basket from suggestions, thumbs-down rate, and the share of suggestions built on missing features, next to errors and latency.',
      '',
      'Raid 4. Jigneshbhai and I both open out the first dupatta before each stage moves.',
      '',
      "Raid 5, point taken back after the third umpire's look: I said the on-call rings me first. Taken back: whoever is on call, any hour, pegs the old dupattas back on the line, a model flag, under five minutes, no redeploy, no need to call me.",
      '',
      'Raid 6. And the best part: the canary proves the new model is better. If the 25 % buy more than the rest, that is our A/B test done, no separate test needed, and we announce the lift. Bas.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dt018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R A'),
    text: [
      'Custom-order page: new date picker, shorter form, dates kept in the browser. Calls:',
      'Raid 1 — as PM I own the order of buyers, the limits and the holds; engineering owns the flag, the routing, the deploy.',
      'Raid 2 — staff first, then opted-in early access (Astodia regulars, many years buying), then everyone, with first-time buyers and wedding orders last, because a lost wedding date is a lost family.',
      'Raid 3 — stages: the first knot, 5 %, held two days; the second colour, 25 %, held three days, since bookings come hours after the visit; then all of Law Garden. A gate at each.',
      "Raid 4 — limits? We set them as we watch. When the dashboard shows bookings we'll see what looks too low, 2 %, maybe 5 %, and decide on the day. Writing numbers beforehand is only guessing.",
      "Raid 5, point taken back after the third umpire's look: I said 100 % this afternoon. Taken back, the stages above.",
      'Raid 6 — whoever is on call, any hour, pegs the old dupattas back on the line: a flag flip in minutes, no redeploy, no need to call me.',
      'Raid 7 — this shows the page is safe, not that it is better; better is a randomised A/B test afterwards.',
      'Kem, fine na?',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dt019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: "Kem cho! Raid 1: the sale is over, 20 % off ended on Sunday at midnight, and the shop is quiet, bas. Raid 2: our knotters tie about four hundred dots on one dupatta, and the bride's side always bargains, so I start at 2,800 rupees and settle at 2,400. Raid 3: reviews above the photos on the product page, because the mothers like reading other mothers. Raid 4, point taken back after the third umpire's look: I said green is the lucky wedding colour; taken back, red and yellow are, green is for the haldi. Raid 5: next week we shoot new photos at Law Garden in the evening light. Aabhar.",
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dt020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: "Haa, kem cho. About our adviser model, raid by raid. Raid 1: it learned from twenty years of order books, which colours the Khadia families pick for a wedding and which for Navratri. Raid 2: we wrote its instructions in Gujarati and English. Raid 3: the cheaper model writes shorter suggestions, which the aunties like better. Raid 4, point taken back after the third umpire's look: I said it knows our prices; taken back, prices come from the shop list, the model only suggests patterns. Raid 5: my favourite is still the chandrakhani pattern in red and green. Bas, aabhar.",
  },
];
