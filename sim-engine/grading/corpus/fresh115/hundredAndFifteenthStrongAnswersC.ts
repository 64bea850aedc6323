import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-fifteenth fresh held-out set, author C: strong answers (dq041–dq047), four on
 * model scenarios and three on service scenarios, written blind (neither the grader nor the other
 * answers read). Voice: a Jeju (South Korea) English register in writing with Korean and Jeju
 * words ("honjeopsseoye", "gamsahamnida", "ne", "aigo", "-nim"); the PM of an onggi (earthenware
 * jar) pottery whose language model suggests which jar, glaze and size suit a kitchen, a gift and
 * a budget; every answer a gymnastics judge's scoresheet, apparatus by apparatus, with one score
 * amended after an inquiry. Stages: the first coil, the paddle bench, the whole courtyard.
 * Labels were set by hand as each answer was written (see LABEL-NOTES-c.md and README-c.md).
 */
export const HUNDRED_AND_FIFTEENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dq041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Honjeopsseoye. My scoresheet for moving our jar-advice assistant to the bigger model, apparatus by apparatus.',
      '',
      'Floor — who owns what. 9.2. As PM I own the order in which towns and buyers meet the new model, the rollback limits, and the holds between stages. Engineering owns the routing, the deploy and the flag that sends a conversation to the old model or the new one.',
      '',
      'Pommel horse — order. 9.3. Our own potters and shop staff in Daejeong go first; they know every jar we fire and notice at once when the assistant suggests a size we do not make. Next the early tasters, buyers who opted in to try new things. Then buyers in Hallim and Aewol with five years buying or more, who forgive an odd answer and tell us about it. First-year buyers and the Jeju City restaurants that order twenty kimchi jars a season go last: one wrong suggestion and we lose them.',
      '',
      'Still rings — limits, agreed before the first conversation moves. 9.1. Errors more than 0.5 % worse than now, and we leave the clay to rest. The same for p95 latency more than 400 ms worse; hallucination rate from the eval harness (jars, glazes or sizes we do not make) more than 1 point worse; thumbs-down rate more than 2 points worse; cost per conversation more than 30 % above the old model; orders from suggestions down more than 2 % against the old-model group.',
      '',
      'Vault — stages. 8.8. The first coil: 2 % of conversations, held five days. The paddle bench: 20 %, held for a full week of the Jeju Fire Festival. The whole courtyard: 100 %. Before each advance the master potter, Boo Sun-ja-nim, and I both run our palms round the rim of the first jar; that is the sign-off.',
      '',
      'Parallel bars — rollback. 9.5. Whoever is on call, at any hour, carries the old jars back out to the jangdokdae: a flag flip to the old model in under five minutes, no redeploy, and nobody has to ring me first.',
      '',
      'High bar. 9.0. The canary shows the bigger model is safe, not that it is better. Better, and worth its cost, we learn afterwards from a randomised A/B test.',
      '',
      'Inquiry on the vault, score amended: 8.8 to 9.4. The first coil holds seven days, because staff conversations are few. Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dq042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Scoresheet — warmer system prompt, jar adviser. Ne.',
      '',
      'Floor (ownership) 9.2 — PM: cohort order, rollback limits, holds. Engineering: routing, deploy, prompt flag.',
      'Pommel horse (order) 9.0 — staff potters first; opted-in early tasters next; then Korean-writing buyers of 3+ years in Seogwipo and Jeju City, who will tell us kindly; first-year buyers and wholesale restaurants last, the least forgiving.',
      'Still rings (limits, fixed before any traffic) 9.1 — errors +0.5 %; p95 +300 ms; thumbs-down on Korean replies +2 pts; eval-harness rate of banmal (casual speech) to customers +1 pt; orders from suggestions −2 % vs the old prompt. More than that worse than now, and we leave the clay to rest.',
      'Vault (stages) 8.5 — first coil 5 %, 7 days; paddle bench 25 %, 600 Korean conversations; whole courtyard. Sign-off at each advance: the master potter and I both run our palms round the rim of the first jar.',
      'Parallel bars (rollback) 9.6 — on-call, any hour, config flag back to the old prompt, under 5 min, no redeploy; nobody has to ring me first.',
      'High bar 9.0 — canary = safe, not better. Better: randomised A/B test afterwards.',
      '',
      'Inquiry on the vault, score amended 8.5 → 9.1: the paddle bench also waits out a full week of the Jeju Fire Festival.',
      '',
      'Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dq043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Gymnastics scoresheet for the cheaper suggestion model, numbered by apparatus.',
      '',
      "1. Floor, 9.0. Mine as PM: the order of towns and buyers, the rollback limits, the length of every hold. Engineering's: the routing, the deploy, the model flag.",
      "2. Pommel horse, 9.2. Order: the workshop's own potters and staff first; then the early tasters who opted in; then Pyoseon and Seongsan buyers with three years or more, who know our jars well; last, first-year buyers and the hotel kitchens in Seogwipo, because a bad suggestion costs us a new friendship or a large order.",
      '3. Still rings, 8.4. Limits, agreed before a single suggestion moves: errors more than 0.5 % worse than now, p95 latency more than 300 ms worse, hallucination rate from the eval harness more than 1.5 points worse, thumbs-down rate more than 3 points worse, orders from suggestions down more than 3 % against the old model. Any one of them, and we leave the clay to rest.',
      '4. Vault, 9.1. Our traffic is modest, a few hundred suggestions an hour at the busiest, few buyers rate anything, and the harness grades only one suggestion in two hundred. So the slices are bigger and the holds are counted in graded suggestions, not hours: the first coil at 10 %, held until the harness has graded 300 of its suggestions; the paddle bench at 50 %, held for a full week of the Jeju Fire Festival and at least 150 ratings; then the whole courtyard.',
      '5. Parallel bars, 9.3. Sign-off: before every advance, the master potter, Hyeon Gil-su-nim, and I both run our palms round the rim of the first jar. If one of us is missing, we wait.',
      '6. High bar, 9.4. Rollback: whoever is on call, day or night, carries the old jars back out to the jangdokdae — a routing switch to the old model in under five minutes, no redeploy, and nobody has to ring me first.',
      "7. Judges' note. The canary tells us the cheaper model is safe, not that it is better. Better, we answer afterwards with a randomised A/B test.",
      '',
      'Inquiry on the still rings, score amended: 8.4 to 9.2. For the canary only, the harness grades one suggestion in ten, not one in two hundred, so the hallucination limit can actually fire.',
      '',
      'Aigo, so much counting. Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dq044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Scoresheet for the new suggestion model, written as a table. Apparatus | what we do | score.',
      '',
      'Floor | I own the order of towns and buyers, the rollback limits and the holds; engineering owns the routing, the deploy and the model flag | 9.1',
      'Pommel horse | Staff potters in Daejeong first; early tasters who opted in next; then Jeju towns by years buying, Hallim and Gujwa buyers of four years or more before Jeju City; Osaka and Los Angeles buyers after Jeju; first-year buyers and restaurant accounts last, because they leave after one bad basket | 9.0',
      'Still rings | Fixed before traffic moves, per region: errors more than 0.5 % worse than now; p99 latency more than 250 ms worse; feature-store timeouts above 0.2 %; click-through on suggestions down more than 10 % relative; thumbs-down up more than 2 points; orders from suggestions down more than 2 % against the old model. Any one of them, and we leave the clay to rest | 8.6',
      "Vault | First coil 5 %, paddle bench 25 %, whole courtyard 100 %. Each stage holds at least three full days, so every region's busiest hour passes through it, including the Los Angeles lunch hour, which is four in the morning here in Jeju. Before each advance the master potter and I both run our palms round the rim of the first jar; no palms, no advance | 9.2",
      'Parallel bars | Whoever is on call, any hour (the Los Angeles peak is our night), carries the old jars back out to the jangdokdae: the flag goes back to the old model in under five minutes, no redeploy, and nobody has to ring me first | 9.5',
      'High bar | The canary shows the new model is safe, not that it is better; whether it sells more jars is a randomised A/B test afterwards | 9.0',
      '',
      'Inquiry on the still rings, score amended: 8.6 to 9.3. The feature stores were sized for the old model, so load on the Osaka and Los Angeles stores above 70 % of capacity is a limit too.',
      '',
      'Ne, gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dq045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Scoresheet. One-page checkout for the jar shop.',
      'Ne.',
      '',
      'Floor, 9.0.',
      'Mine: the order, the limits, the holds.',
      "Engineering's: routing, deploy, the flag.",
      '',
      'Pommel horse, 9.1.',
      'Staff first.',
      'Early tasters who opted in next.',
      'Returning buyers in Aewol and Hallim, three years and more.',
      'First-time buyers last:',
      'the Fire Festival brings them,',
      'and a new checkout can lose them.',
      '',
      'Still rings, 8.7.',
      'Written before traffic moves:',
      'errors more than 0.5 % worse than now,',
      'p99 more than 200 ms worse,',
      'checkout completion down more than 2 % against the old checkout.',
      'Any of those, and we leave the clay to rest.',
      '',
      'Vault, 9.2.',
      'First coil, 5 %, three days.',
      'Paddle bench, 25 %, 1,000 orders.',
      'Whole courtyard after.',
      'Sign-off before each step:',
      'the master potter and I both run our palms round the rim of the first jar.',
      '',
      'Parallel bars, 9.4.',
      'Whoever is on call, any hour,',
      'carries the old jars back out to the jangdokdae.',
      'A flag, under five minutes, no redeploy.',
      'Nobody has to ring me first.',
      '',
      'High bar, 9.0.',
      'The canary says safe.',
      'It does not say better.',
      'Better is a randomised A/B test afterwards.',
      '',
      'Inquiry on the vault, score amended: 9.2 to 9.6.',
      'The whole courtyard opens a full week before the Jeju Fire Festival,',
      'so first orders have time to show.',
      '',
      'Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dq046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Scoresheet for moving shipping-fee calculation to the new pricing service, all in one breath, apparatus by apparatus: on the floor, 9.0, I say what is mine as PM, the order of towns and buyers, the rollback limits and the holds, and what is engineering's, the routing, the deploy and the flag, and we do not swap; " +
      'on the pommel horse, 9.1, our own staff orders go first, then the early tasters who opted in, then buyers in Hamdeok and Jocheon with four years buying or more, who will phone us if a fee looks strange, and last the overseas buyers and the first-year buyers, because a wrong fee at checkout is a first order lost and overseas orders come in all night; ' +
      "on the still rings, 8.9, the limits are written and signed on Tuesday afternoon, before the rollout starts that evening: errors more than 0.5 % worse than now, p99 more than 200 ms worse, fees that differ from the old service's on more than 0.3 % of shadow-compared orders, checkout completion down more than 2 % against the old service, and if any of those is worse than now by more than its limit, we leave the clay to rest; " +
      'on the vault, 9.0, the first coil at 2 % holds 48 hours, so it passes two of the nightly batch windows we share with billing, the paddle bench at 25 % holds 2,000 orders and one weekend night, and only then the whole courtyard, with the master potter and me both running our palms round the rim of the first jar as the sign-off before each advance; ' +
      'on the parallel bars, 9.6, the one that matters most for this change, whoever is on call at 2 a.m. or any other hour carries the old jars back out to the jangdokdae, a routing switch back to the old pricing service in under five minutes, no redeploy, no ticket, and nobody has to ring me first, because orders never stop and a breach at night cannot wait for morning; ' +
      'on the high bar, 9.0, the canary tells us the new service is safe, not that it is better, and whether its fees sell more jars is a randomised A/B test afterwards; ' +
      'and one inquiry on the vault, score amended from 9.0 to 9.4, because no stage ever advances during the batch window itself, ne, gamsahamnida.',
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dq047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Honjeopsseoye. Scoresheet: order and jar-stock storage moves from our own database to a managed cluster behind a new proxy.',
      '',
      '- Floor, 9.1 — ownership. I, the PM, own which towns and buyers move first, the rollback limits and the holds. Engineering owns the proxy routing, the migration and the read flag.',
      "- Pommel horse, 9.0 — order. The workshop's own accounts first, since staff use the stock pages all day; then the early tasters who opted in; then buyers in Gujwa and Seongsan with three years buying or more; and last the restaurant and hotel accounts and the first-year buyers, because a slow or empty stock page costs us the biggest orders and the newest trust.",
      '- Still rings, 8.8 — limits, fixed before any read moves. Errors more than 0.5 % worse than now; p99 page load more than 200 ms worse; proxy timeouts above 0.1 %; orders placed down more than 2 % against the accounts still on the old database. More than that worse than now, and we leave the clay to rest.',
      '- Vault, 9.2 — stages and holds. The load tests ran with warm caches, so every hold must include cold starts and a real peak. The first coil, 5 % of accounts, holds four days including one cache flush; the paddle bench, 30 %, holds a full week of the Jeju Fire Festival, our busiest ordering week; then the whole courtyard. Before each step the master potter, Oh Yeong-hui-nim, and I both run our palms round the rim of the first jar; without that sign-off nothing advances.',
      '- Parallel bars, 9.5 — rollback. Whoever is on call, any hour, carries the old jars back out to the jangdokdae: the proxy flag points reads back at the old database in under five minutes, no redeploy, and nobody has to ring me first. That is why the old cluster is not decommissioned at the end of the month; it stays until the whole courtyard has held two weeks.',
      '- High bar, 9.0 — the canary shows the new storage is safe. It does not show anything is better; if we ever want to claim faster pages sell more jars, that is a randomised A/B test afterwards.',
      '',
      'Inquiry on the still rings, score amended: 8.8 to 9.3. Writes go to both databases during the canary, so a rollback loses no order.',
      '',
      'Gamsahamnida.',
    ].join('\n'),
  },
];
