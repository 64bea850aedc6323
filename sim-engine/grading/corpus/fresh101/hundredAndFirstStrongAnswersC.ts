import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-first fresh set, author c: strong answers (dc041–dc047), written blind and
 * labelled by hand. Every point of the scenario's kind, in one voice: a Bilbao pintxo-bar PM
 * teaching a Basque folk dance from a count sheet.
 */
export const HUNDRED_AND_FIRST_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'dc041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Aupa, dancers, line up: the fandango for the bigger brain. Our pintxo helper, the one that tells a group of six that two are vegetarian and one will not touch anchovies, moves to a newer, larger model with a longer memory. Same prompt. Offline evals went up three points on short questions, and our accountant already asked what each conversation will cost. Tira, counts.',
      'Counts 1 to 8: entrance from the left. My steps as PM are the order of the neighbourhoods, the limits and the holds. The kitchen, our engineers, own the routing, the deploy and the flags.',
      'Second eight: the slate, written before the first bar opens. Errors more than 0.5 % worse than now, and we close the bar. p95 reply time more than 300 ms worse than now, and we close the bar. Cost per conversation more than 20 % above the old model, and we close the bar. Suggestions the eval harness marks as breaking a diet, or naming a pintxo that is not on the counter, more than 1 point worse than now, and we close the bar. Thumbs-down more than 2 points worse, same.',
      'Third eight: half turn, the order. Our own waiters and cooks in Casco Viejo first; they forgive and they tell us. Then the Deusto and Indautxu regulars who signed up for early access. Then the rest of the street. People in their first year coming, and the big-group bookings from Abando, go last: one bad night and they do not come back.',
      'Fourth eight: the first bar at 2 %, the counter at 20 %, the whole street. Those counts are cut; re-set them as: the first bar at 2 %, a step at 10 %, the counter at 25 %, then the whole street. Each holds for 3,000 conversations, and the counter holds a full week of Aste Nagusia, because the long chats come on fiesta nights.',
      'Fifth eight: full turn at every gate. The head cook, Miren Etxeberria, and I both taste from the same spoon before anyone advances.',
      "Sixth eight: a line on the slate is crossed? Whoever's on call sets the old tray back on the counter, no need to call me. Any hour, four in the morning too: a flag in the router, the old model back in under five minutes, no redeploy.",
      'Last eight, the bow. This canary tells me the bigger model is safe to serve, not that it is better. Better is a randomised A/B test afterwards. Eskerrik asko, agur.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts
  {
    id: 'dc042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Aupa. Food-delivery app, new payment SDK with wallets; Friday dinner is the rush.',
      'Counts 1 to 8: mine as PM are the order, the limits and the holds; engineering owns the SDK deploy, the routing and the flags.',
      'Second eight, written before one order moves: payment failures more than 0.3 % worse than now, and we close the bar; p99 payment time more than 400 ms worse, same; completed orders more than 2 % down against the old SDK, same. Android on its own line.',
      'Third eight, entrance: staff ordering lunch in Abando first, then opted-in beta users in Deusto, then everyone; first-year customers and big office accounts last, they forgive nothing.',
      'Fourth eight: the first bar 1 %, the counter 20 %, the whole street. Those counts are cut; re-set them as: the first bar 1 % for 5,000 orders, the counter 20 % through one full Friday dinner, then the whole street.',
      'Fifth eight, turn: at each gate the head cook, Ander, our lead engineer, and I both taste from the same spoon.',
      "Sixth eight: whoever's on call flips the SDK flag, any hour, back in minutes, sets the old tray back on the counter, no need to call me.",
      'Bow: safe, not better; whether wallets sell more is a randomised A/B test afterwards. Agur.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dc043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Bai, bai, everyone on the line, today the aurresku, and slowly, because this is the one where you bow to the mayor.',
      "The change first. Our pintxo helper gets a warmer, more casual system prompt. The Spanish-speaking team reviewed it and loved it. But a quarter of our groups write in Euskara, and warm in Euskara can slide into hika, the form you use with your cousin, not with somebody's amona at the next table. So Euskara is the fragile line in this dance.",
      'Counts 1 to 8, entrance: I own the order of who hears the new prompt, the limits and the holds. The engineers own the prompt flag, the routing and the deploy. I do not touch their flag; they do not choose my neighbourhoods.',
      'Counts 9 to 16, on the slate before the first bar opens, split by language: thumbs-down more than 2 points worse than now in Euskara or in Spanish, and we close the bar. Replies the eval harness marks as hika to a stranger, more than 1 % of graded replies, and we close the bar. Regenerate clicks more than 15 % worse than now, same. Errors more than 0.5 % worse and p95 more than 200 ms worse, same.',
      'Counts 17 to 24, half turn: our own waiters and cooks first, both languages. Then the regulars who opted in to early access, Deusto and Indautxu. Then the Spanish-writing street. Last, the Euskara-writing groups from Santutxu and the people with twenty years coming to us: they are the ones a cheeky tone offends, and they are loyal, so they hear it when we are sure.',
      'Counts 25 to 32: the first bar at 5 %, then the counter, then the whole street. Those counts are cut; re-set them as: the first bar at 5 % until 2,000 suggestions in each language, the counter at 30 % for a full week of Aste Nagusia, then the whole street.',
      'Counts 33 to 40, full turn: at each gate the head cook, Miren, and I both taste from the same spoon, and she reads twenty Euskara replies herself.',
      "Counts 41 to 48: if a line is crossed, whoever's on call sets the old tray back on the counter, no need to call me. Day or night, it is a config switch to the old prompt, live in two minutes.",
      'Bow to the mayor: the canary says the warm prompt is safe, not that guests like it more. For that, a randomised A/B test afterwards. Eskerrik asko.',
    ].join('\n'),
  },
  // storage-migration-under-load
  {
    id: 'dc044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Aupa! Tira, shoes off the chairs, we start. Project-management tool: every page load reads tasks, and the tasks move from our own database to a managed cluster behind a new proxy. The load tests passed, but with warm caches. In the bars we know this one: the first hour after the fridges are restocked is the slow hour. A cold cache is a cold fridge.',
      'First eight, entrance from the back: I am the PM, so the order of teams, the limits and the holds are my steps. The engineers own the proxy, the routing, the migration and the flags.',
      'Second eight, the limits, written on the slate before one page load moves: errors more than 0.5 % worse than now, and we close the bar. p99 task-read time more than 200 ms worse than now, and we close the bar. Tasks saved per active team more than 3 % down against the teams still on the old database, and we close the bar.',
      'Third eight, turn to the right: our own workspaces first, the way our own cooks eat the new pintxo before the street does. Then the teams that opted in to the beta. Then the free teams, region by region, like Deusto then Indautxu. Teams in their first year, and the biggest paying teams, go last: they pay the most for a slow Monday.',
      'Fourth eight: the first bar at 1 %, the counter at 10 %, the whole street. Those counts are cut; re-set them as: the first bar at 1 %, the counter at 25 %, the whole street at 100 %, and every stage holds through one Monday morning with the cache cold, at least 50,000 page loads, before anyone moves.',
      'Fifth eight: at each gate the head cook, Iker Arrieta, our lead engineer, and I both taste from the same spoon.',
      "Sixth eight, the exit: the old cluster stays alive and written to, and decommissioning waits until the whole street has held a full week of Aste Nagusia, end of the month or not. If a line is crossed, whoever's on call sets the old tray back on the counter, no need to call me: at any hour, one switch in the proxy sends reads and writes to the old database in under five minutes. No redeploy.",
      'Last eight, bow: this canary says the new storage is safe under a cold peak. It does not say it is better; if we want better, that is a randomised A/B test afterwards. Eskerrik asko.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dc045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Aupa. Cheaper, faster model for our pintxo suggestions. Quiet street: a few hundred suggestions a minute, few guests rate one, the eval harness grades one in two hundred.',
      'Counts 1 to 8, my steps as PM: order, limits, holds. Engineering: routing and flags.',
      'Second eight, slate first: errors more than 0.5 % worse than now, and we close the bar; p95 more than 200 ms worse, same; harness-graded bad suggestions (wrong diet, pintxo not on the counter) more than 2 points worse, same; thumbs-down more than 3 points worse, same.',
      'Third eight, entrance: our own cooks first, then Deusto regulars who opted in, then the street; first-year guests last, they never forgive.',
      'Fourth eight: the first bar 5 %, the counter 50 %, the whole street. Those counts are cut; re-set them as: the first bar 5 % until the harness grades 300 suggestions, the counter 50 % for 300 more and a full week of Aste Nagusia, then the whole street.',
      'Fifth eight, turn: the head cook, Miren, and I both taste from the same spoon at each gate.',
      "Sixth eight: whoever's on call flips the model flag, any hour, in minutes, sets the old tray back on the counter, no need to call me.",
      'Bow: safe, not better; better is a randomised A/B test afterwards. Agur.',
    ].join('\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'dc046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Aupa, dancers. The arin-arin tonight, fast, because this one lives at night. Ride-hailing app, trips peak on weekend nights and never stop, fares move to a new pricing service, we start Tuesday evening, and pricing shares its nightly batch window with billing. My bars close at two; this app's rush starts at two.",
      'Counts 1 to 8, left foot in: as PM I own the order of riders, the limits and the holds. The engineers own the pricing service, the routing and the flags.',
      'Second eight, the slate, written Tuesday afternoon before the first trip is priced: fare errors more than 0.5 % worse than now, and we close the bar. p99 quote time more than 250 ms worse than now, and we close the bar. Completed trips per request more than 2 % down against riders on the old service, same.',
      'Third eight, half turn: staff accounts first, our own drivers and office. Then riders who opted in to the beta. Then the city, neighbourhood by neighbourhood. Riders in their first year, and business accounts, last: a wrong fare there costs us the customer.',
      'Fourth eight: the first bar at 2 %, the counter at 20 %, the whole street. Those counts are cut; re-set them as: the first bar at 2 %, the counter at 25 %, then the whole street, each held for 20,000 trips and two nights with the batch window in them.',
      'Fifth eight, full turn: at each gate the head cook, Nerea Zubiri, our lead engineer, and I both taste from the same spoon.',
      "Sixth eight, two in the morning, the batch starts, a line is crossed: whoever's on call sets the old tray back on the counter, no need to call me. Nobody asks permission; one routing switch sends fares back to the old service in under five minutes.",
      'Bow: the canary says the pricing service is safe, not that its fares earn more. That is a randomised A/B test afterwards. Agur!',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'dc047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Tira, everyone in two lines, the espata-dantza today, sticks up, nobody loses an eye.',
      "First, the change, in our bars. We have the Bilbao bars and two bars in Boise, Idaho, for the Basque families there. The suggestion model gets a new version that reads more features per request from the regional feature stores, and those stores were sized for the old model. The team is here in Bilbao. Boise's dinner rush is four or five in our morning. An ordinary week, no fiesta either side.",
      'Counts 1 to 8: entrance. I decide the order, the limits and the holds. Engineering decides the routing, the flags and the deploy.',
      'Counts 9 to 16: the slate, before the first suggestion moves, split by region so Boise is never averaged away: errors more than 0.5 % worse than now, and we close the bar. p95 suggestion time more than 200 ms worse than now, and we close the bar. Feature-store timeouts more than 1 % of requests, same. Suggestions taken, a pintxo added to the order, more than 3 % down against guests on the old model, same. Diet mistakes graded by the eval harness more than 1 point worse than now, same. Thumbs-down more than 2 points worse, same.',
      'Counts 17 to 24, half turn: our own staff in both cities first. Then regulars who opted in, Deusto and Indautxu here, the Basque Center crowd in Boise. Then the rest of the street. Guests in their first year coming go last, and so do the big families who book every Sunday: they are who we lose.',
      'Counts 25 to 32: the first bar at 5 %, the counter at 50 %, the whole street. Those counts are cut; re-set them as: the first bar at 5 %, the counter at 25 %, the whole street at 100 %, each holding at least three full Boise dinner rushes and 10,000 suggestions per region. The counter holds a full week of Aste Nagusia on our side too.',
      'Counts 33 to 40, full turn: the head cook, Miren, and I both taste from the same spoon at every gate.',
      "Counts 41 to 48: at five in the Bilbao morning, whoever's on call sets the old tray back on the counter, no need to call me. One flag, the old model back in minutes, no meeting.",
      'The bow: this canary says the new model is safe, not that it suggests better. For better we run a randomised A/B test afterwards. Eskerrik asko!',
    ].join('\n'),
  },
];
