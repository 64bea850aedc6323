import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twentieth fresh held-out set, author C: strong answers (dv041–dv047), four on
 * model scenarios and three on service scenarios, each covering every point of its kind.
 * Voice: a Kurdish (Erbil) English register in speech ("silav", "spas", "belê", "nexêr",
 * "baş e", "bi xêr hatî"), the PM of a kilim-weaving workshop whose language model suggests which
 * kilim, pattern and size suit a room, a gift and a budget; every answer a freestyle-wrestling
 * referee's calls, period by period and hold by hold, with one takedown wiped off the board on
 * the video challenge. Written blind (see README-c.md); labels set by hand when each answer was
 * written, before anything else, and final.
 */
export const HUNDRED_AND_TWENTIETH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dv041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Silav, bi xêr hatî! Sit, take tea, and let me referee this one like a freestyle bout, because a bigger model behind our kilim assistant is a heavy opponent.',
      "Period 1, first hold, the corners: I am the PM, so I own the order of customers, the rollback limits, how long each step holds and who signs. Our engineers own the routing, the deploy and the flag that sends a conversation to the big model. Nobody wrestles in the other's corner.",
      'Period 1, second hold, the order: the first weft row is our own weavers and shop staff, who ask the assistant about kilims all day and shout when it is wrong. Then the loom frame: customers who ticked the early-look box, Ankawa and Iskan buyers of one or two years, at 5 % and then 25 %. Last, the whole Qaysari: everyone, with the Tayrawa families buying from us ten years and more at the very end, because a bad suggestion for a dowry kilim costs trust we cannot weave back. Brand-new buyers go last too; their first chat is often their only chat.',
      'Period 1, third hold, the limits, chalked on the board before one conversation moves: errors more than 0.5 % above the old model, p95 answer time more than 800 ms worse than now, wrong-size suggestions in the eval harness more than 2 points worse than now, thumbs-down more than 1.5 points worse than now, cost per conversation more than 30 % above now. Any one, and the shuttle stops.',
      'Period 2, the holds: three days at the first weft row, a full week Friday to Friday at the loom frame 5 %, the same again at 25 %, then the whole Qaysari, and nothing advances until every gate is green. At each gate we sign off together: the loom mistress and I both shake out the first kilim.',
      'Period 2, video challenge: takedown wiped off the board. I had written that rollback means redeploying the old model; nexêr, far too slow. Whoever is on call, at 3 a.m. or at noon, flips the routing flag and the old model answers again within five minutes, no approval asked. They drape the old kilims back over the Qaysari balcony, no need to call me.',
      'Final whistle: this canary tells us the big model is safe, not that it is better. Better, and worth what finance pays for it, we learn from a randomised A/B test afterwards. Spas!',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dv042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Belê, belê, I am the referee today, so here are my calls, numbered like the scoreboard.',
      '1. Period 1, the handshake, who owns what. I own the decisions: which customers first, the limits, the holds, the sign-offs. Engineering owns the prompt flag, the routing and the deploy.',
      '2. Period 1, first hold, the order. First weft row: our weavers and the shop family, English and Kurdish speakers both, because they tell me to my face when the tone is rude. Loom frame: customers who opted in to early looks, with Kurdish writers from Shorsh and Brayati put in on purpose, so the Kurdish signal comes early. Last, the whole Qaysari, with the families buying ten years and more and the first-time buyers at the very end: an aunt from Tayrawa spoken to like a schoolboy does not come back.',
      "3. Period 1, second hold, the limits, fixed before the first chat moves and split by language: thumbs-down on Kurdish replies more than 2 points worse than now; the eval harness's formal-address score on Kurdish replies more than 5 % worse than now; errors more than 0.5 % above the old prompt; p95 more than 300 ms worse; kilim-to-basket more than 2 % worse than now. Any one, and the shuttle stops.",
      '4. Period 2, the holds. First weft row for four days; loom frame at 5 % for a full week and at least 300 Kurdish conversations; loom frame at 25 % for another week; then the whole Qaysari. A gate at each, and no advance until it is green.',
      '5. Sign-off. At every gate the loom mistress and I both shake out the first kilim. She reads the Kurdish replies herself; I sign with her.',
      '6. Period 2, video challenge: takedown wiped off the board. I had called "the English team reviewed the prompt, so we skip the Kurdish gate". Nexêr. The Kurdish gate stays; it is the whole reason for this bout.',
      '7. Rollback. Whoever is on call, day or night, switches the prompt flag back; the old prompt is live in under five minutes, no approval needed. They drape the old kilims back over the Qaysari balcony, no need to call me.',
      '8. Final call. The canary says the warmer prompt is safe. Whether warmer is better is a randomised A/B test afterwards, not this.',
      'Spas, and baş e.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dv043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Silav. Referee's notes, terse:",
      '- P1, corners: me = cohort order, limits, holds, sign-off. Engineering = routing, deploy, model flag.',
      '- P1, order: first weft row = weavers + shop staff (forgiving, loud). Loom frame = early-look opt-ins, Ankawa, 1–3 years buying. Whole Qaysari last; ten-years families and first-time buyers at the very end (most to lose).',
      '- P1, limits, on the board before traffic moves: errors +0.5 %; p95 +400 ms; eval-harness wrong-size rate +2 points; thumbs-down +1.5 points; kilim-to-basket −2 %. More than that worse than now, and the shuttle stops.',
      '- P2, holds by count, not clock: first weft row until 400 graded suggestions; loom frame 10 % until 400 more, then 25 % until 600; then whole Qaysari. Eval harness grades one in ten during the canary, not one in 200, or the gate reads noise.',
      '- P2, sign-off: at each gate the loom mistress and I both shake out the first kilim.',
      '- P2, video challenge: takedown wiped off the board. "Rollback = redeploy." Nexêr.',
      '- Rollback: on-call, any hour, flag back to the old model, under five minutes, no approval. They drape the old kilims back over the Qaysari balcony, no need to call me.',
      '- Last call: canary = safe, not better. Better = randomised A/B test after. Spas!',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dv044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Silav, bi xêr hatî. My calls as a table, referee style: period and hold | call | why.',
      '',
      'P1, corners | I own who goes first, the limits, the holds and the sign-off; engineering owns the model routing, the feature-store capacity and the deploy | so nobody wrestles in two corners',
      'P1, order | first weft row: weavers and shop staff in Erbil and our two packers in San Diego; loom frame: early-look customers in both regions, Erbil and San Diego each; whole Qaysari: everyone, with the ten-years-buying families of Tayrawa and the first-time buyers last | staff forgive, opt-ins expect rough edges, loyal and new buyers have the most to lose',
      'P1, limits, written before the first request moves, per region | errors +0.5 % vs the old model; p99 +250 ms; feature-store timeouts +1 %; basket-adds from recommended kilims −3 % vs now; eval harness rate of "suggests a kilim we do not stock or that does not fit the room" +2 points; thumbs-down on recommendations +1.5 points | more than that worse than now, and the shuttle stops',
      "P2, holds | first weft row 3 days; loom frame 5 % through two San Diego lunch peaks and two Erbil evenings; loom frame 25 % for a full week; then the whole Qaysari | the failure lives only at one region's peak, so every gate must cover both peaks",
      'P2, sign-off | at each gate the loom mistress and I both shake out the first kilim | two names on every step',
      'P2, video challenge | takedown wiped off the board: I had "watch Erbil daytime and advance"; nexêr, the San Diego lunch is near midnight here, so the gate waits for it | the peak we miss is the one that bites',
      'Rollback | whoever is on call, midnight included, flips the model flag back to the old recommender; under five minutes; no approval; they drape the old kilims back over the Qaysari balcony, no need to call me | the peak comes while I sleep',
      'Last call | the canary says the new model is safe; whether it recommends better kilims is a randomised A/B test afterwards | lift read off a canary cohort lies',
      '',
      'Spas!',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dv045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Silav, the whistle goes and I call the whole bout in one breath, so period one, corners first: ' +
      'I own who sees the one-page checkout and when, the rollback limits, how long each step holds ' +
      'and who signs, and engineering owns the flag, the routing and the deploy, then the first ' +
      'hold, the order: the first weft row is our weavers and shop staff buying with their staff ' +
      'discount, then the loom frame is returning customers who opted into early looks, Ankawa and ' +
      'Iskan people two years buying and more, at 5 % and then all returning customers at 25 %, and ' +
      'first-time buyers come last, a 10 % slice of them only after the returning customers have ' +
      'held, because they have no saved address or card, the lab only ever tested returning ' +
      'customers, and first orders are exactly what the spring campaign is paying for, and only ' +
      'then the whole Qaysari, then the limits, chalked on the board before a single order moves: ' +
      'checkout errors more than 0.5 % above the old checkout, p99 page time more than 200 ms worse, ' +
      'completed orders more than 2 % worse than now, and first-order conversion counted on its own ' +
      'and more than 3 % worse than now, past any one and the shuttle stops, then period two, the ' +
      'holds: four days at the first weft row, a full week Friday to Friday at 5 %, another week at ' +
      '25 %, the first-time slice until 300 first orders have come through, then the whole Qaysari, ' +
      'and at every gate the loom mistress and I both shake out the first kilim, both of us sign off ' +
      'or nothing moves, then video challenge, takedown wiped off the board, because I had first ' +
      'called "growth wants it before the campaign, so we skip the first-order slice" and nexêr, the ' +
      'slice stays even if the campaign waits a week, then the rollback: whoever is on call, Friday ' +
      'night or Sunday dawn, flips the checkout flag and the three-step checkout is back in under ' +
      'five minutes with no approval asked, they drape the old kilims back over the Qaysari balcony, ' +
      'no need to call me, and the last whistle: this canary says the one-page checkout is safe, not ' +
      'that it sells more, and for better we run a randomised A/B test afterwards, spas, baş e.',
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dv046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Silav.',
      'Period 1, corners.',
      'Mine: order of customers, limits, holds, sign-off.',
      "Engineering's: pricing routing, deploy, flag.",
      '',
      'Period 1, order.',
      'First weft row: weavers and staff.',
      'Loom frame: early-look opt-ins, Shorsh and Brayati, two years buying.',
      'Whole Qaysari: everyone; ten-years families and first-time buyers last, most to lose.',
      '',
      'Period 1, limits, on the board before Tuesday evening:',
      'kilim prices differing from the old service on more than 0.1 % of orders,',
      'errors +0.5 %,',
      'p99 +200 ms,',
      'paid orders −2 % vs now.',
      'Any one, and the shuttle stops.',
      '',
      'Period 2, holds.',
      'First weft row: 2 days.',
      'Loom frame 5 %: 3 days, two nightly billing batches inside.',
      'Loom frame 25 %: a full week.',
      'Then the whole Qaysari.',
      '',
      'Sign-off at each gate:',
      'the loom mistress and I both shake out the first kilim.',
      '',
      'Video challenge: takedown wiped off the board.',
      'I had "a night rollback waits for me". Nexêr.',
      '',
      'Rollback:',
      'whoever is on call, 2 a.m. included,',
      'flips the pricing flag, old service back in under five minutes,',
      'no approval;',
      'drapes the old kilims back over the Qaysari balcony, no need to call me.',
      '',
      'Last call: the canary shows safe, not better.',
      'Better is a randomised A/B test afterwards.',
      'Spas.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dv047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Silav, bi xêr hatî! You ask how I run it, I answer like the referee at the Erbil club, call by call.',
      "Who is in which corner? Period 1, first call. The storage move itself is engineering's: they own the proxy, the routing of reads and writes, the deploy. I own the decisions around it: which customers' pages read from the new cluster first, the limits, the holds, and who signs.",
      'Who goes first? The first weft row is our own weavers and the shop staff, who open the stock pages a hundred times a day. The loom frame is customers who opted into early looks, Iskan and Ankawa buyers of a year or two. The whole Qaysari comes last, and inside it the ten-years-buying families and the wholesale dealers go at the very end: their orders are big and their patience is small.',
      'What stops it? Written down before a single read moves: errors more than 0.5 % above the old cluster, p99 page time more than 200 ms worse than now, p99 right after a proxy restart, with cold caches, more than 300 ms worse, orders placed more than 2 % worse than now. Any one, and the shuttle stops.',
      'How long do you hold? Period 2. First weft row two days, and we restart the proxy once on purpose so the caches are cold. Loom frame 5 % for five days with a Friday evening peak inside. Loom frame 25 % for a full week. Then the whole Qaysari. A gate at each; nothing advances on a hunch. At every gate the loom mistress and I both shake out the first kilim; that is our sign-off.',
      'Any challenge? Video challenge, Period 2: takedown wiped off the board. I had "switch off the old cluster once we reach 25 %". Nexêr. We write to both clusters through the whole canary, the old one stays warm until the whole Qaysari has held a week, and the month-end decommission date moves if it must.',
      'And at 3 a.m.? Whoever is on call flips the routing back to the old cluster: minutes, not a redeploy, and no approval. They drape the old kilims back over the Qaysari balcony, no need to call me.',
      'Does it prove the new storage is better? Nexêr. The canary says it is safe. If we want to know it is better, that is a randomised A/B test afterwards. Spas!',
    ].join('\n\n'),
  },
];
